"""The sync calls over the client's one pooled session: gzip'd protocol bodies both ways.

Counts the bytes that really cross the wire (the gzip'd bodies), which the sync log and
the benchmarks report. Answers are read by api.read_answer, like the client's own: a cut
one is "offline, try again later".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import requests

from desktop.sync import errors as e
from desktop.sync.api import CentralClient, read_answer, refusal
from sync import protocol

T = TypeVar("T")


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

    def rebuild_cases(self, ids: list[str]) -> dict[str, Any]:
        return self._post(protocol.REBUILD_PATH, {"ids": ids})

    def drift(self, buckets: dict[str, str]) -> dict[str, Any]:
        return self._post(protocol.DRIFT_PATH, {"buckets": buckets})

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
            raise refusal(resp)
        return resp

    def answer(self, method: str, path: str, parse: Callable[[Any], T], *,
               data: bytes | None = None, content_type: str = protocol.CONTENT_TYPE) -> T:
        """One call whose answer is JSON, read by `parse` (see api.read_answer)."""
        resp = self.request(method, path, data=data, content_type=content_type)
        return read_answer(resp, parse, ok=(200,))

    def _post(self, path: str, message: dict[str, Any]) -> dict[str, Any]:
        body = protocol.encode({"v": protocol.VERSION, **message})
        resp = self.request("POST", path, data=body)
        return read_answer(resp, _message, ok=(200,), decode=protocol.decode)


def _message(out: Any) -> dict[str, Any]:
    """A protocol answer: an object of this protocol's version."""
    if not isinstance(out, dict):
        raise TypeError("not an object")
    if out.get("v") != protocol.VERSION:
        raise e.BadResponse(status=200)  # whole, but of another version: not a cut
    return out
