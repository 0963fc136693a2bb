"""Attachment content on the server: by SHA-256, stored once, received in pieces.

A device may send or fetch a content only when an attachment of a case in its scope names
it, and that attachment's metadata reached the server first (the sync round pushes it).
An upload resumes where the server's copy stops: the device asks for the offset, sends the
rest. When the last byte arrives the content is hashed; a wrong hash throws the pieces
away, so a damaged copy is never kept or handed out.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from desktop.messages import Msg
from sync.server.db.tables import attachments, blob_chunks, blobs, cases, changes
from sync.server.db.upsert import insert_for
from sync.server.errors import Conflict, NotFound, Unprocessable
from sync.server.services.actor import Actor

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MSG_BLOB_UNKNOWN = Msg("blob_not_found", "Lampiran ini tidak ada di server.",
                       "This attachment is not on the server.")
MSG_BLOB_OFFSET = Msg("blob_offset_mismatch",
                      "Server sudah menerima {received} bita dari lampiran ini; lanjutkan dari situ.",
                      "The server already has {received} bytes of this attachment; go on from there.")
MSG_BLOB_TOO_LONG = Msg("blob_too_long", "Lampiran lebih panjang dari ukurannya.",
                        "The attachment is longer than its size.")
MSG_BLOB_DAMAGED = Msg("blob_damaged",
                       "Isi lampiran rusak dalam perjalanan (tidak cocok); kirim ulang.",
                       "The attachment's content was damaged on the way (no match); send it again.")
MSG_BLOB_RANGE = Msg("blob_range_invalid", "Rentang unduhan tidak sah.",
                     "The download range is not valid.")
MSG_BLOB_INCOMPLETE = Msg("blob_incomplete", "Lampiran ini belum lengkap di server.",
                          "This attachment is not complete on the server yet.")


@dataclass(frozen=True)
class BlobState:
    sha256: str
    size: int
    received: int
    complete: bool

    def wire(self) -> dict:
        return {"sha256": self.sha256, "size": self.size, "received": self.received,
                "complete": self.complete}


def _size_in_scope(conn: Connection, actor: Actor, sha: str, uploading: bool = False) -> int:
    """The size an attachment in this device's scope gives the content, else NotFound."""
    stmt = (select(attachments.c.size)
            .select_from(attachments.join(cases, cases.c.id == attachments.c.case_id))
            .where(attachments.c.sha256 == sha))
    if not actor.national:
        stmt = stmt.where(cases.c.office_code == actor.office_code)
    size = conn.execute(stmt.limit(1)).scalar()
    if size is None and uploading:
        # The PC that attached it may still send it after the case moved to another office
        # (it keeps the content until then): nothing recorded there is lost.
        size = conn.execute(
            select(attachments.c.size)
            .select_from(attachments.join(changes, and_(changes.c.entity == "attachment",
                                                        changes.c.entity_id == attachments.c.id)))
            .where(attachments.c.sha256 == sha, changes.c.device == actor.device,
                   changes.c.op == "insert").limit(1)).scalar()
    if size is None:
        raise NotFound(MSG_BLOB_UNKNOWN, field="sha256")
    return int(size)


def state(conn: Connection, actor: Actor, sha: str, uploading: bool = False) -> BlobState:
    size = _size_in_scope(conn, actor, sha, uploading)
    row = conn.execute(select(blobs).where(blobs.c.sha256 == sha)).mappings().first()
    if row is None:
        return BlobState(sha, size, 0, False)
    return BlobState(sha, int(row["size"]), int(row["received"]), bool(row["complete"]))


def append(conn: Connection, actor: Actor, now: datetime, sha: str, offset: int,
           data: bytes) -> tuple[BlobState, bool]:
    """Add a piece at `offset`; returns the new state and whether the content turned out
    damaged (then it was thrown away, and this transaction must still commit)."""
    size = _size_in_scope(conn, actor, sha, uploading=True)
    conn.execute(insert_for(conn, blobs).values(sha256=sha, size=size, received=0,
                                                complete=False, created_at=now)
                 .on_conflict_do_nothing(index_elements=["sha256"]))
    # Locked: two PCs uploading the same scan take turns (SQLite: one writer anyway).
    row = conn.execute(select(blobs).where(blobs.c.sha256 == sha)
                       .with_for_update()).mappings().one()
    received, complete = int(row["received"]), bool(row["complete"])
    if complete:
        return BlobState(sha, size, size, True), False  # another PC uploaded the same content
    if offset != received:
        raise Conflict(MSG_BLOB_OFFSET, field="offset", details={"received": received},
                       received=received)
    if received + len(data) > size:
        raise Unprocessable(MSG_BLOB_TOO_LONG, field="body")
    if data:
        conn.execute(insert(blob_chunks).values(sha256=sha, offset=offset, data=data))
    received += len(data)
    complete = received == size
    if complete and _hash(conn, sha) != sha:
        conn.execute(delete(blob_chunks).where(blob_chunks.c.sha256 == sha))
        conn.execute(update(blobs).where(blobs.c.sha256 == sha).values(received=0))
        return BlobState(sha, size, 0, False), True
    conn.execute(update(blobs).where(blobs.c.sha256 == sha)
                 .values(received=received, complete=complete))
    return BlobState(sha, size, received, complete), False


def _hash(conn: Connection, sha: str) -> str:
    h = hashlib.sha256()
    for (data,) in conn.execute(select(blob_chunks.c.data).where(blob_chunks.c.sha256 == sha)
                                .order_by(blob_chunks.c.offset)):
        h.update(data)
    return h.hexdigest()


def read(conn: Connection, actor: Actor, sha: str, start: int) -> tuple[BlobState, bytes]:
    """The complete content from byte `start` on (a download resuming where it stopped)."""
    st = state(conn, actor, sha)
    if not st.complete:
        raise NotFound(MSG_BLOB_INCOMPLETE, field="sha256")
    pieces = conn.execute(
        select(blob_chunks.c.offset, blob_chunks.c.data)
        .where(blob_chunks.c.sha256 == sha,
               or_(blob_chunks.c.offset >= start,
                   blob_chunks.c.offset + func.length(blob_chunks.c.data) > start))
        .order_by(blob_chunks.c.offset)).all()
    out = bytearray()
    for offset, data in pieces:
        out += data[max(0, start - offset):]
    return st, bytes(out)
