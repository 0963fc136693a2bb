"""Run inside the client's network namespace: a loopback forwarder to the server's address.

The desktop refuses http:// to anything but this machine, so the sync process talks to
http://127.0.0.1:PORT here and this forwards every request across the capped veth link.
Usage: python netns_forward.py SERVER_HOST SERVER_PORT LISTEN_PORT; prints "ready" once
listening and the server answers connections (bounded: 60 s), then serves until killed.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.sync.fault_proxy import FaultProxy  # noqa: E402


def main() -> None:
    host, port, listen = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for _ in range(600):  # the server process may still be starting
        try:
            socket.create_connection((host, port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    proxy = FaultProxy(port, host, listen_port=listen).start()
    print("ready", proxy.port, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
