"""A live central server for tests: uvicorn serving `create_app(ctx)` on loopback in a thread.

Real HTTP on real sockets. It can be stopped (like the office's internet going away) and a
new one started on the same database to restart the server. Every wait here has a bound
(uvicorn's start and stop). The `live_server` fixture in tests/conftest.py serves the
test's `server_ctx`.
"""

from __future__ import annotations

import asyncio
import socket
import threading

import uvicorn

from sync.server.context import ServerContext

START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 10.0
_TICK_S = 0.01


def loopback_socket() -> socket.socket:
    """A listening socket for a test server on 127.0.0.1 (any free port).

    Made with IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections only when the
    listening socket says its protocol, and without it every small answer waits ~40 ms for
    a delayed ACK.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    return sock


class _Server(uvicorn.Server):
    async def main_loop(self) -> None:
        # uvicorn looks at should_exit every 0.1 s; tests stop and start servers often.
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            await asyncio.sleep(_TICK_S)
            should_exit = await self.on_tick(counter // 10)


class LiveServer:
    """uvicorn on loopback in a thread, serving one ServerContext (or the given app of it);
    stop() and start a new one on the same database to restart the server.

    `LiveServer(ctx).start()` ... `.stop()`, or `with LiveServer(ctx) as server: ...`.
    """

    def __init__(self, ctx: ServerContext, app=None) -> None:
        if app is None:
            from sync.server.api.app import create_app

            app = create_app(ctx)
        self.ctx = ctx
        self._sock = loopback_socket()
        self.port = self._sock.getsockname()[1]
        self._server = _Server(uvicorn.Config(app, log_config=None, access_log=False,
                                              lifespan="off"))
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self._thread.start()
        started = threading.Event()
        for _ in range(int(START_TIMEOUT_S / _TICK_S)):  # bounded: uvicorn starts in ms
            if self._server.started or not self._thread.is_alive():
                break
            started.wait(_TICK_S)
        if not self._server.started:
            self.stop()
            raise RuntimeError("the test server did not start")
        return self

    def stop(self) -> None:
        """Nothing listens at the URL any more (again: nothing happens)."""
        if self._server.should_exit:
            return
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=STOP_TIMEOUT_S)  # bounded: it looks every 10 ms
        self._sock.close()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
