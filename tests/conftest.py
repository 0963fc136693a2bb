"""Shared fixtures: a fresh encrypted store per test, with fast (but still Argon2id) key slots."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.crypto.keyslots import MINIMUM_KDF  # noqa: E402
from desktop.domain.models import (  # noqa: E402
    ComplainantInput,
    ComplaintInput,
    IntakeInput,
    WorkerInput,
)
from desktop.paths import DataPaths  # noqa: E402
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize  # noqa: E402
from tests.cli_runner import CliRunner, drop_log_handlers  # noqa: E402

TEST_KDF = MINIMUM_KDF
ADMIN, ADMIN_PW = "admin", "admin-pass-123"
STAFF_PW = "staff-pass-123"


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def admin_core(paths):
    core = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW,
                                         device_label="PC-Loket"), TEST_KDF)
    yield core
    core.close()


def _login_as(paths, admin_core, username: str, role: str):
    if not admin_core.accounts.get(username):
        admin_core.accounts.add_user(username, username.title(), role, STAFF_PW)
    return log_in(paths, username, STAFF_PW, TEST_KDF)


@pytest.fixture
def login(paths, admin_core):
    """login(username, role) -> a Core for a staff member with that role (created on demand)."""
    opened = []

    def _login(username: str, role: str):
        core = _login_as(paths, admin_core, username, role)
        opened.append(core)
        return core

    yield _login
    for core in opened:
        core.close()


@pytest.fixture
def officer(login):
    return login("petugas", "front_office")


@pytest.fixture
def supervisor(login):
    return login("kasi", "supervisor")


def make_intake(**overrides) -> IntakeInput:
    """A realistic walk-in complaint; keyword overrides use 'worker__name' style paths."""
    intake = IntakeInput(
        complainant=ComplainantInput(name="Siti Aminah", relation="ibu", nik="3578014101800001",
                                     phones="0812-3456-7890", address="Jl. Kenanga 5, Surabaya"),
        worker=WorkerInput(name="Dewi Lestari", sex="P", birth_date="12/03/1995",
                           passport="B1234567", destination_country="MY",
                           job="pekerja_rumah_tangga", employer_name="Tan Ah Kow"),
        complaint=ComplaintInput(category="gaji_tidak_dibayar", channel="datang_langsung",
                                 description="Gaji belum dibayar selama 6 bulan."),
    )
    for key, value in overrides.items():
        part, _, attr = key.partition("__")
        setattr(getattr(intake, part), attr, value) if attr else setattr(intake, part, value)
    return intake


@pytest.fixture
def intake_factory():
    return make_intake


@pytest.fixture
def cli_runner(monkeypatch, capsys):
    """Runs `halotki` (cli_runner.halotki(...)) or `halotki-server` (cli_runner.server(...))
    in-process: tests/cli_runner.py."""
    yield CliRunner(monkeypatch, capsys)
    drop_log_handlers()


@pytest.fixture
def live_server(server_ctx):
    """A live central server (tests/live_server.py) serving the test's `server_ctx` fixture
    (each test folder that uses it defines one)."""
    from tests.live_server import LiveServer

    with LiveServer(server_ctx) as server:
        yield server


def ticking_clock(start):
    """A core clock frozen at `start` that moves 1 ms per reading, like time passing."""
    from datetime import timedelta
    from itertools import count

    ticks = count()
    return lambda: start + timedelta(milliseconds=next(ticks))
