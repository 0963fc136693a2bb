"""The server's files are private whatever the umask: folders 0700, files 0600 (the
database, its WAL and shared-memory files, the server key)."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from sync.server.config import DB_FILE, KEY_FILE, Settings
from sync.server.context import ServerContext
from sync.server.db.engine import Database
from sync.server.services import enrolment
from sync.server.services.actor import cli_actor
from sync.server.setup import rotate_key

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@contextmanager
def umask(mask: int):
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o000], ids=["umask-022", "umask-000"])
def test_the_embedded_server_s_folder_and_files_are_private(cli_runner, tmp_path, mask):
    from sync.server.cli.main import main

    data = tmp_path / "new" / "data"
    with umask(mask):
        result = cli_runner.run(main, ["--data-dir", str(data), "migrate"],
                                env={"HALOTKI_TEST_FAST_KDF": "1"})
        assert result.code == 0, result.err
        ctx = ServerContext.create(Settings.from_env(data_dir=str(data), fast_kdf=True))
        try:
            with ctx.db.write() as conn:  # a write: the WAL and shared-memory files exist now
                enrolment.issue(conn, cli_actor(), ctx.now(), "SBY", timedelta(hours=1))
            rotate_key(ctx)  # the rewritten key file too
            files = [data / DB_FILE, data / f"{DB_FILE}-wal", data / f"{DB_FILE}-shm",
                     data / KEY_FILE]
            assert all(f.exists() for f in files)
            assert {f.name: oct(mode(f)) for f in files} == {f.name: "0o600" for f in files}
            assert oct(mode(data)) == oct(mode(data.parent)) == "0o700"
            assert sorted(p.name for p in data.iterdir()) == sorted(f.name for f in files)
        finally:
            ctx.close()


def test_an_existing_database_file_is_tightened(tmp_path):
    path = tmp_path / "old.db"
    sqlite3.connect(path).close()
    path.chmod(0o644)  # what an older server left
    db = Database(f"sqlite:///{path}")
    try:
        with db.read():
            pass
    finally:
        db.dispose()
    assert oct(mode(path)) == "0o600"


def test_a_folder_the_server_did_not_make_is_left_alone(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o1777)  # like /tmp
    settings = Settings.from_env(data_dir=str(shared))
    assert settings.database_url.endswith(f"{shared}/{DB_FILE}")
    assert oct(mode(shared)) == "0o1777"
