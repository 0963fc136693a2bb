"""The desktop against a live central server: uvicorn on loopback (SQLite), real HTTP, real
encrypted stores. The server's clock is fixed and moved on by hand (codes expire, rate-limit
windows pass) so nothing depends on when the test runs.
"""

from __future__ import annotations

import socket
from dataclasses import replace

import pytest

from desktop.paths import DataPaths
from sync.server.config import RateLimit
from sync.server.context import ServerContext
from sync.server.services import devices as device_service
from sync.server.services import staff
from sync.server.services.actor import cli_actor
from tests.live_server import LiveServer
from tests.server.conftest import (  # noqa: F401 - fixtures shared with the server tests
    db_url,
    sqlite_template,
)
from tests.server.helpers import Clock, issue_code

CENTRAL_PW = "pusat-rahasia-1"
# Low enough to reach in a test, below the desktop's own 5 free attempts.
USER_LIMIT = RateLimit(3, 600)


@pytest.fixture
def backend() -> str:
    return "sqlite"


@pytest.fixture
def server_clock() -> Clock:
    return Clock()


@pytest.fixture
def server_ctx(db_url, server_clock):  # noqa: F811 - the fixture imported above
    from sync.server.config import Settings

    settings = replace(Settings(database_url=db_url, fast_kdf=True), verify_user_limit=USER_LIMIT)
    ctx = ServerContext.create(settings, server_clock)
    yield ctx
    ctx.close()


class CentralServer(LiveServer):
    """The live server (tests/live_server.py) and what central staff do on it; stop() is
    like the office's internet going away: nothing listens at the URL any more."""

    # -- what central staff do with `halotki-server` --

    def code(self, office: str = "SBY", ttl_hours: int = 24) -> str:
        return issue_code(self.ctx, office, ttl_hours)

    def add_account(self, username: str, office: str = "SBY", role: str = "case_officer",
                    full_name: str = "Budi Santoso", password: str = CENTRAL_PW) -> dict:
        with self.ctx.db.write() as conn:
            return dict(staff.add(conn, cli_actor(), self.ctx.now(), self.ctx.passwords,
                                  username=username, full_name=full_name, office_code=office,
                                  role=role, password=password))

    def deactivate(self, user_id: str) -> None:
        with self.ctx.db.write() as conn:
            staff.change(conn, cli_actor(), self.ctx.now(), self.ctx.passwords, user_id,
                         active=False)

    def revoke(self, device_id: str, reason: str) -> None:
        with self.ctx.db.write() as conn:
            device_service.revoke(conn, cli_actor(), self.ctx.now(), device_id, reason)


@pytest.fixture
def server(server_ctx):
    with CentralServer(server_ctx) as live:
        yield live


@pytest.fixture
def closed_url() -> str:
    """A loopback URL where nothing listens (an office without internet)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def pc_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "pc")
