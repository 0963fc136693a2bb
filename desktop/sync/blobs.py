"""Moving attachment content: resumable uploads and downloads, in small pieces.

Upload: ask the server how much it has, send the rest in pieces no bigger than a
sixteenth of the file (and BLOB_CHUNK), so a cut link re-sends at most one piece. After
each piece the engine may run a change round first: a large upload never holds back small
changes. Download: on demand, from the first byte not yet here (a `Range` request), kept
piece by piece in the encrypted store, so a cut download resumes where it stopped.

Content of a case the retention run anonymised is refused by the server both ways (410,
ERASED): an upload of it is over, with nothing to send; a download says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import requests

from desktop.store.replica import Replica
from desktop.sync import errors as e
from desktop.sync.transport import SyncTransport
from sync import protocol

MIN_PIECE = 16 * 1024
ERASED = "blob_content_erased"  # the server's code (sync/server/services/blobs.py)


def piece_size(size: int) -> int:
    return max(MIN_PIECE, min(protocol.BLOB_CHUNK, size // 16))


def _path(sha256: str) -> str:
    return f"{protocol.BLOBS_PATH}/{sha256}"


def _offset(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def _received(out: Any) -> int:
    """How much of a content the server has, from its answer (api.MALFORMED if absent)."""
    received = _offset(out["received"])
    if received is None:
        raise TypeError("received")
    return received


def _state(out: Any) -> dict:
    _received(out)
    return out


def server_state(transport: SyncTransport, sha256: str) -> dict:
    return transport.answer("GET", _path(sha256), _state, content_type="application/json")


def upload(replica: Replica, transport: SyncTransport, sha256: str, size: int,
           progress: Callable[[int, int], None] | None = None,
           should_pause: Callable[[], bool] | None = None) -> bool:
    """Send what the server lacks of one content; False if it paused for other work."""
    try:
        return _upload(replica, transport, sha256, size, progress, should_pause)
    except e.Conflict as exc:
        if exc.server_code != ERASED:
            raise
    # Its case was anonymised: the content is never sent (the case's anonymisation, which
    # the same sync brings, deletes it here).
    replica.mark_uploaded(sha256, size)
    return True


def _upload(replica: Replica, transport: SyncTransport, sha256: str, size: int,
            progress: Callable[[int, int], None] | None,
            should_pause: Callable[[], bool] | None) -> bool:
    received = server_state(transport, sha256)["received"]
    piece = piece_size(size)
    while received < size:
        replica.mark_uploaded(sha256, received)
        if progress:
            progress(received, size)
        if should_pause is not None and should_pause():
            return False
        data = replica.read_blob(sha256, received, piece)
        if not data:
            raise e.BadResponse(status=0)  # the local content is shorter than its size
        try:
            received = transport.answer("PUT", f"{_path(sha256)}?offset={received}",
                                        _received, data=data)
        except e.Conflict as exc:  # another copy moved on (or a piece was lost): ask again
            if exc.server_code == ERASED:
                raise
            received = _conflict_offset(transport, sha256, exc)
    replica.mark_uploaded(sha256, size)
    if progress:
        progress(size, size)
    return True


def _conflict_offset(transport: SyncTransport, sha256: str, conflict: e.Conflict) -> int:
    """Where to go on after a refused piece: the refusal says, or else the server's state."""
    said = _offset(conflict.details.get("received"))
    return said if said is not None else server_state(transport, sha256)["received"]


def download(replica: Replica, transport: SyncTransport, sha256: str, size: int,
             now: Callable[[], datetime],
             progress: Callable[[int, int], None] | None = None) -> None:
    """Fetch one content into the store, resuming from what is already here."""
    have = replica.blob_progress(sha256)
    stored = have[1] if have else 0
    if stored >= size:
        return
    headers = {"Range": f"bytes={stored}-"} if stored else {}
    resp = transport.request("GET", f"{_path(sha256)}/content", content_type="application/json",
                             headers=headers, ok=(200, 206), stream=True)
    piece = piece_size(size)
    buffer = bytearray()
    try:
        for chunk in resp.iter_content(chunk_size=piece):
            buffer += chunk
            while len(buffer) >= piece or (buffer and stored + len(buffer) >= size):
                take = bytes(buffer[:piece])
                del buffer[:piece]
                stored = replica.append_download(sha256, size, stored, take, now())
                if stored < 0:
                    raise e.BadResponse(status=resp.status_code)  # damaged: start over later
                if progress:
                    progress(stored, size)
            transport.stats.bytes_down += len(chunk)
    except requests.exceptions.RequestException:
        # The stream was cut: what is stored stays; the next try resumes after it.
        raise e.ServerUnreachable() from None
    finally:
        resp.close()
    if stored < size:  # the answer ended early: what is stored stays, the next try resumes
        raise e.AnswerCut(status=resp.status_code)
