"""Sync end to end: a live server (uvicorn on loopback, SQLite and PostgreSQL) and real
encrypted desktop stores, each enrolled as a device of its office.

The server's fixtures come from tests/server; here the server keeps real time, since the
desktops' clocks do and a fixed server clock would make every desktop clock look wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from desktop.core import Core
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from desktop.sync.engine import SyncEngine, SyncReport
from desktop.sync.transport import SyncTransport
from sync.credentials import DeviceCredential
from sync.server.context import ServerContext
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF
from tests.server.conftest import (  # noqa: F401 - fixtures shared with the server tests
    backend,
    db_url,
    pg_admin_url,
    pg_session_url,
    settings,
    sqlite_template,
)
from tests.server.helpers import issue_code


def real_time() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def server_ctx(settings):  # noqa: F811 - the fixture imported above
    ctx = ServerContext.create(settings, real_time)
    yield ctx
    ctx.close()


@pytest.fixture
def live_url(live_server) -> str:
    """The URL of the live server (tests/live_server.py) serving `server_ctx`."""
    return live_server.url


@dataclass
class Pc:
    """An office PC: its encrypted store, logged in as a supervisor, enrolled centrally."""

    office: str
    core: Core
    credential: DeviceCredential
    url: str
    national: bool = False

    def engine(self, url: str | None = None) -> SyncEngine:
        client = CentralClient(url or self.url, self.credential, user=self.core.session.username)
        return SyncEngine(Replica(self.core.store), SyncTransport(client),
                          office_code=self.office, national=self.national,
                          user=self.core.session.username)

    def clock_ahead(self, ms: int) -> None:
        """This PC's clock reads `ms` later (so its next edit is surely the newer one)."""
        real = self.core.store.clock._clock
        self.core.store.clock._clock = lambda: real() + ms

    def sync(self, url: str | None = None) -> SyncReport:
        report = self.engine(url).run()
        assert report.outcome in ("ok", "clock"), report.error
        return report


@pytest.fixture
def make_pc(tmp_path, live_url, server_ctx):
    made: list[Core] = []

    def _make(office: str, name: str | None = None) -> Pc:
        with CentralClient(live_url) as client:
            enrolment = client.enrol(issue_code(server_ctx, office), f"PC-{office}")
        paths = DataPaths(tmp_path / (name or f"{office}-{enrolment.device_letter}"))
        admin = initialize(paths, InitRequest(office, ADMIN, "Admin", ADMIN_PW,
                                              device_letter=enrolment.device_letter), TEST_KDF)
        admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
        admin.close()
        core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
        made.append(core)
        return Pc(office, core, enrolment.credential, live_url, enrolment.national)

    yield _make
    for core in made:
        core.close()


@pytest.fixture
def halotki_on(cli_runner):
    """halotki_on(pc, *argv): `halotki --data-dir <the PC's folder> --lang en ...` in-process,
    as the PC's supervisor."""
    def run(pc: Pc, *argv: str):
        return cli_runner.halotki(*argv, data_dir=pc.core.paths.root, user="kasi",
                                  password=STAFF_PW, lang="en")

    return run


@pytest.fixture
def proxy(live_url):
    """A fault proxy in front of the live server (tests/sync/fault_proxy.py)."""
    from tests.sync.fault_proxy import FaultProxy

    with FaultProxy(int(live_url.rsplit(":", 1)[1])) as p:
        yield p
