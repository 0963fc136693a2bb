"""The central server as `halotki-server serve --workers N` runs it, plus the bench's echo
route (tests.bench.sync_env), in its own processes: `python -m tests.bench.sync_server`.

Each worker builds its context from HALOTKI_SERVER_DB like sync.server.asgi does. Only the
bench starts this; it binds 127.0.0.1.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
import uvicorn

from sync.server.config import ENV_DB, Settings
from sync.server.context import ServerContext
from tests.bench.sync_env import bench_app

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT_S = 60.0


def app_factory():
    return bench_app(ServerContext.create(Settings.from_env()))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`with ServerProcess(db_url, workers) as url:` the server up, stopped afterwards."""

    def __init__(self, db_url: str, workers: int) -> None:
        self.db_url, self.workers = db_url, workers
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> str:
        import os

        env = dict(os.environ, **{ENV_DB: self.db_url})
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.sync_server", "--port", str(self.port),
             "--workers", str(self.workers)], cwd=ROOT, env=env)
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the bench server exited ({self.proc.returncode})")
            try:
                if requests.get(self.url + "/health", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError("the bench server did not start")
            time.sleep(0.2)
        return self.url

    def __exit__(self, *exc) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()  # uvicorn stops its workers on SIGTERM
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sync_server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args(argv)
    uvicorn.run("tests.bench.sync_server:app_factory", factory=True, host="127.0.0.1",
                port=args.port, workers=args.workers, access_log=False, log_config=None,
                log_level="warning", server_header=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
