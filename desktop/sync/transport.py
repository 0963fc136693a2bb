"""The sync calls over the client's one pooled session: gzip'd protocol bodies both ways.

Counts the bytes that really cross the wire (the gzip'd bodies), which the sync log and
the benchmarks report.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

import requests

from desktop.sync import errors as e
from desktop.sync.api import CentralClient, _error
from sync import protocol


@dataclass
class WireStats:
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0


class SyncTransport:
    def __init__(self, client: CentralClient) -> None:
        self.client = client
        self.stats = WireStats()

    def round(self, message: dict[str, Any]) -> dict[str, Any]:
        return self._post(protocol.SYNC_PATH, message)

    def rebuild(self, after: str) -> dict[str, Any]:
        return self._post(protocol.REBUILD_PATH, {"after": after})

    def _headers(self, content_type: str) -> dict[str, str]:
        c = self.client
        if c.credential is None:
            raise e.NotEnrolled()
        headers = {"Authorization": f"Bearer {c.credential.token}", "Content-Type": content_type,
                   "Accept": protocol.CONTENT_TYPE + ", application/json"}
        if c.user:
            headers["X-Halotki-User"] = c.user
        return headers

    def request(self, method: str, path: str, *, data: bytes | None = None,
                content_type: str = protocol.CONTENT_TYPE, headers: dict | None = None,
                ok: tuple[int, ...] = (200,), stream: bool = False) -> requests.Response:
        """One call; with stream=True the body is left for the caller to read (and count)."""
        c = self.client
        all_headers = {**self._headers(content_type), **(headers or {})}
        try:
            resp = c._session.request(method, c.server_url + path, data=data,
                                      headers=all_headers, timeout=c.timeout, verify=c.verify,
                                      allow_redirects=False, stream=stream)
            # Read it all here unless streaming: a cut body is then a connection error.
            body = b"" if stream and resp.status_code in ok else resp.content
        except requests.exceptions.SSLError:
            raise e.CertificateError() from None
        except requests.exceptions.RequestException:
            raise e.ServerUnreachable() from None
        self.stats.requests += 1
        self.stats.bytes_up += len(data or b"")
        self.stats.bytes_down += len(body)
        if resp.status_code not in ok:
            try:
                err = resp.json()
            except ValueError:
                err = None
            raise _error(resp.status_code, err)
        return resp

    def _post(self, path: str, message: dict[str, Any]) -> dict[str, Any]:
        body = protocol.encode({"v": protocol.VERSION, **message})
        resp = self.request("POST", path, data=body)
        try:
            out = protocol.decode(resp.content)
        except protocol.ProtocolError:
            if _cut_short(resp.content):
                raise e.ServerUnreachable() from None
            raise e.BadResponse(status=resp.status_code) from None
        if not isinstance(out, dict) or out.get("v") != protocol.VERSION:
            raise e.BadResponse(status=resp.status_code)
        return out


def _cut_short(body: bytes) -> bool:
    """An answer that ends inside its gzip stream, or before it: the link was cut.

    requests refuses a body shorter than its Content-Length, but when the cut falls inside
    the headers there is no length to check and the status line alone reads as a 200. The
    server always sends a whole gzip stream, so this is a lost connection (try again
    later), not a server that answers something else (check the address).
    """
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inflater.decompress(body, protocol.MAX_BODY + 1)
    except zlib.error:
        return False
    return not inflater.eof and not inflater.unconsumed_tail
