"""Which hosts count as this machine: the one place both the server and the client decide it."""

from __future__ import annotations

import ipaddress

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback_host(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and the usual names of this machine; never resolves DNS.

    Resolving would let a DNS answer decide whether plain HTTP is allowed.
    """
    host = (host or "").strip().lower().strip("[]")
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
