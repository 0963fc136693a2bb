"""A client that hangs up mid-request is an ordinary event on a slow link, not a server error.

Once, a PC whose link dropped while it sent a sync body was logged with a full traceback
(ClientDisconnect on POST /api/v1/sync), as an unhandled error of the server.
"""

from __future__ import annotations

import logging
import socket
import threading

import pytest

from sync import protocol
from tests.live_server import LiveServer

pytestmark = pytest.mark.usefixtures("backend")

WAIT_TICKS = 2000  # at 10 ms: a bound, never reached unless the server hangs


def _hang_up_mid_body(port: int, token: str, method: str, path: str) -> None:
    head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
            "Content-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n")
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head.encode("ascii") + b"\x1f\x8b" + b"x" * 998)


def _access_record(caplog, route: str):
    done = threading.Event()
    for _ in range(WAIT_TICKS):
        found = [r for r in caplog.records
                 if r.name == "halotki.server.access" and getattr(r, "route", "") == route]
        if found:
            return found[0]
        done.wait(0.01)
    raise AssertionError("the server never finished the request")


@pytest.mark.parametrize(("method", "path", "route"), [
    ("POST", protocol.SYNC_PATH, protocol.SYNC_PATH),
    ("POST", protocol.REBUILD_PATH, protocol.REBUILD_PATH),
    ("PUT", f"{protocol.BLOBS_PATH}/{'0' * 64}?offset=0", f"{protocol.BLOBS_PATH}/{{sha256}}"),
], ids=["sync", "rebuild", "blob-piece"])
def test_a_client_hanging_up_mid_body_is_one_quiet_line(ctx, devices, caplog, method, path,
                                                        route):
    sby = devices["SBY"]
    caplog.clear()
    with caplog.at_level(logging.DEBUG), LiveServer(ctx) as server:
        _hang_up_mid_body(server.port, sby.credential.token, method, path)
        access = _access_record(caplog, route)
    assert access.status == 499  # "client closed the request", as proxies log it
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]
    [line] = [r for r in caplog.records if r.name.startswith("halotki.server")
              and r.name != "halotki.server.access"]
    assert line.levelno == logging.INFO and "disconnect" in line.getMessage()
    assert line.route == route and sby.credential.secret not in line.getMessage()
