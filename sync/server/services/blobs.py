"""Attachment content on the server: by SHA-256, stored once, received in pieces, owned by
the offices that proved they hold it.

A device may send a content when an attachment of a case in its scope names it (or one it
attached itself, after the case moved away), once that attachment's metadata reached the
server (the sync round pushes it). Each office's upload is kept apart, under a key of its
own, and resumes where that copy stops: the device asks for the offset, sends the rest.
When the last byte arrives the copy is hashed: a wrong hash throws it away, so a damaged
copy is never kept or handed out; a right one makes the office an owner (blob_owners) and
the content is kept under its name, once: a second office's upload only proves it has it.

A device may fetch a content only when an attachment in its scope names it and the office
that created that attachment row (the device of its insert in the change log) owns the
content. So a row naming someone else's hash grants nothing, while a case transferred to
another office keeps its attachments readable there. To an office that does not own a
content the server never tells that it exists: its upload starts from nothing received.

When the retention run anonymises a case (services/retention.py) the content of its
attachments is deleted, unless a case still in use names the same content; the attachment
rows stay, with their hash, so the content is refused from then on (Gone): no PC that was
offline can upload it again for that case, and none can fetch it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from desktop.messages import Msg
from sync.server.db.tables import (
    attachments,
    blob_chunks,
    blob_owners,
    blobs,
    cases,
    changes,
    devices,
    offices,
)
from sync.server.db.upsert import insert_for
from sync.server.errors import Conflict, Gone, NotFound, Unprocessable
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
MSG_BLOB_ERASED = Msg(
    "blob_content_erased",
    "Isi lampiran ini sudah dihapus karena masa retensi kasusnya berakhir (UU PDP); isinya "
    "tidak diterima dan tidak dikirim lagi.",
    "This attachment's content was deleted when its case's retention period ended (UU PDP); "
    "it is neither accepted nor sent again.")


@dataclass(frozen=True)
class BlobState:
    sha256: str
    size: int
    received: int
    complete: bool

    def wire(self) -> dict:
        return {"sha256": self.sha256, "size": self.size, "received": self.received,
                "complete": self.complete}


def upload_key(office_code: str, sha: str) -> str:
    """Where an office's copy of a content is received until it hashed right: a key of
    that office's own, so no office ever sees (or finishes) another's upload."""
    return hashlib.sha256(f"upload:{office_code}:{sha}".encode("ascii")).hexdigest()


def _of_live_cases():
    """Attachments joined to their case, of cases not anonymised."""
    return attachments.join(cases, and_(cases.c.id == attachments.c.case_id,
                                        cases.c.anonymised_at == ""))


def _size_to_upload(conn: Connection, actor: Actor, sha: str) -> int:
    """The size an attachment the device may send content for gives it, else NotFound
    (Gone when only anonymised cases name it)."""
    stmt = (select(attachments.c.size).select_from(_of_live_cases())
            .where(attachments.c.sha256 == sha))
    if not actor.national:
        stmt = stmt.where(cases.c.office_code == actor.office_code)
    size = conn.execute(stmt.limit(1)).scalar()
    if size is None:
        # The PC that attached it may still send it after the case moved to another office
        # (it keeps the content until then): nothing recorded there is lost.
        size = conn.execute(
            select(attachments.c.size)
            .select_from(_of_live_cases().join(changes, _insert_of_attachment()))
            .where(attachments.c.sha256 == sha, changes.c.device == actor.device)
            .limit(1)).scalar()
    if size is None:
        raise _missing(conn, actor, sha)
    return int(size)


def _missing(conn: Connection, actor: Actor, sha: str) -> NotFound | Gone:
    """Why a content is not to be had: erased by the retention run (said only to an office
    whose anonymised case names it), or unknown here."""
    if erased(conn, sha, None if actor.national else actor.office_code):
        return Gone(MSG_BLOB_ERASED, field="sha256")
    return NotFound(MSG_BLOB_UNKNOWN, field="sha256")


def erased(conn: Connection, sha: str, office_code: str | None = None) -> bool:
    """Whether the content is named by anonymised cases (of this office, if given) and by
    no case still in use."""
    named = select(attachments.c.id).select_from(
        attachments.join(cases, cases.c.id == attachments.c.case_id)
    ).where(attachments.c.sha256 == sha)
    gone = named.where(cases.c.anonymised_at != "")
    if office_code is not None:
        gone = gone.where(cases.c.office_code == office_code)
    return (conn.execute(gone.limit(1)).first() is not None
            and conn.execute(named.where(cases.c.anonymised_at == "").limit(1)).first() is None)


def erase_contents(conn: Connection, shas: list[str]) -> int:
    """Delete the stored content of these hashes, and every office's partial upload of
    them, unless a case not anonymised names the content; returns how many contents were
    stored whole. The attachment rows stay: their hash refuses the content from now on."""
    codes = list(conn.scalars(select(offices.c.code)))
    deleted = 0
    for sha in sorted(set(shas)):
        if not erased(conn, sha):
            continue
        keys = [sha, *(upload_key(code, sha) for code in codes)]
        stored = conn.execute(select(blobs.c.sha256).where(
            blobs.c.sha256 == sha, blobs.c.complete.is_(True))).first() is not None
        conn.execute(delete(blob_chunks).where(blob_chunks.c.sha256.in_(keys)))
        conn.execute(delete(blob_owners).where(blob_owners.c.sha256 == sha))
        conn.execute(delete(blobs).where(blobs.c.sha256.in_(keys)))
        deleted += stored
    return deleted


def _granted_size(conn: Connection, actor: Actor, sha: str) -> int:
    """The size of a content the device may fetch: an attachment in its scope names it and
    the office that created that row owns the content; else NotFound."""
    # A row written centrally has no device: its case's office then (as the migration did).
    creator = func.coalesce(devices.c.office_code, changes.c.office_code)
    stmt = (select(attachments.c.size)
            .select_from(_of_live_cases().join(changes, _insert_of_attachment())
                         .outerjoin(devices, devices.c.id == changes.c.device)
                         .join(blob_owners, and_(blob_owners.c.sha256 == attachments.c.sha256,
                                                 blob_owners.c.office_code == creator)))
            .where(attachments.c.sha256 == sha))
    if not actor.national:
        stmt = stmt.where(cases.c.office_code == actor.office_code)
    size = conn.execute(stmt.limit(1)).scalar()
    if size is None:
        raise _missing(conn, actor, sha)
    return int(size)


def _insert_of_attachment():
    return and_(changes.c.entity == "attachment", changes.c.entity_id == attachments.c.id,
                changes.c.op == "insert")


def _owned(conn: Connection, office_code: str, sha: str) -> bool:
    """Whether the office proved it holds the content, and the content is stored whole."""
    return conn.execute(
        select(blobs.c.sha256).select_from(blobs.join(
            blob_owners, blob_owners.c.sha256 == blobs.c.sha256))
        .where(blobs.c.sha256 == sha, blobs.c.complete.is_(True),
               blob_owners.c.office_code == office_code)).first() is not None


def state(conn: Connection, actor: Actor, sha: str) -> BlobState:
    """How much of a content the device's office has sent (complete once it owns it)."""
    size = _size_to_upload(conn, actor, sha)
    if _owned(conn, actor.office_code, sha):
        return BlobState(sha, size, size, True)
    received = conn.execute(select(blobs.c.received).where(
        blobs.c.sha256 == upload_key(actor.office_code, sha))).scalar()
    return BlobState(sha, size, int(received or 0), False)


def append(conn: Connection, actor: Actor, now: datetime, sha: str, offset: int,
           data: bytes) -> tuple[BlobState, bool]:
    """Add a piece of the office's copy at `offset`; returns the new state and whether the
    copy turned out damaged (then it was thrown away, and this transaction must still
    commit)."""
    size = _size_to_upload(conn, actor, sha)
    if _owned(conn, actor.office_code, sha):
        return BlobState(sha, size, size, True), False  # another PC of the office sent it
    # The content's own row (nothing stored yet), and the office's copy.
    for key in (sha, upload_key(actor.office_code, sha)):
        conn.execute(insert_for(conn, blobs).values(sha256=key, size=size, received=0,
                                                    complete=False, created_at=now)
                     .on_conflict_do_nothing(index_elements=["sha256"]))
    key = upload_key(actor.office_code, sha)
    # Locked: two PCs of an office uploading the same scan take turns (SQLite: one writer).
    received = int(conn.execute(select(blobs.c.received).where(blobs.c.sha256 == key)
                                .with_for_update()).scalar_one())
    if offset != received:
        raise Conflict(MSG_BLOB_OFFSET, field="offset", details={"received": received},
                       received=received)
    if received + len(data) > size:
        raise Unprocessable(MSG_BLOB_TOO_LONG, field="body")
    if data:
        conn.execute(insert(blob_chunks).values(sha256=key, offset=offset, data=data))
    received += len(data)
    if received < size:
        conn.execute(update(blobs).where(blobs.c.sha256 == key).values(received=received))
        return BlobState(sha, size, received, False), False
    if erased(conn, sha):
        # Its case was anonymised while the copy came in (the check above read it earlier).
        raise Gone(MSG_BLOB_ERASED, field="sha256")
    if _hash(conn, key) != sha:
        conn.execute(delete(blob_chunks).where(blob_chunks.c.sha256 == key))
        conn.execute(update(blobs).where(blobs.c.sha256 == key).values(received=0))
        return BlobState(sha, size, 0, False), True
    _keep(conn, now, actor.office_code, sha, key, size)
    return BlobState(sha, size, size, True), False


def _keep(conn: Connection, now: datetime, office_code: str, sha: str, key: str,
          size: int) -> None:
    """The office's copy hashed right: it becomes the stored content unless the content
    is stored already (then the copy only proved the office has it); the office owns it."""
    stored = conn.execute(select(blobs.c.complete).where(blobs.c.sha256 == sha)
                          .with_for_update()).scalar_one()
    if not stored:
        # Pieces under the content's own name are a partial upload of an earlier release.
        conn.execute(delete(blob_chunks).where(blob_chunks.c.sha256 == sha))
        conn.execute(update(blob_chunks).where(blob_chunks.c.sha256 == key).values(sha256=sha))
        conn.execute(update(blobs).where(blobs.c.sha256 == sha)
                     .values(size=size, received=size, complete=True))
    conn.execute(delete(blob_chunks).where(blob_chunks.c.sha256 == key))
    conn.execute(delete(blobs).where(blobs.c.sha256 == key))
    conn.execute(insert_for(conn, blob_owners).values(sha256=sha, office_code=office_code,
                                                      created_at=now)
                 .on_conflict_do_nothing(index_elements=["sha256", "office_code"]))


def _hash(conn: Connection, key: str) -> str:
    h = hashlib.sha256()
    for (data,) in conn.execute(select(blob_chunks.c.data).where(blob_chunks.c.sha256 == key)
                                .order_by(blob_chunks.c.offset)):
        h.update(data)
    return h.hexdigest()


def read(conn: Connection, actor: Actor, sha: str, start: int) -> tuple[BlobState, bytes]:
    """The complete content from byte `start` on (a download resuming where it stopped)."""
    _granted_size(conn, actor, sha)
    row = conn.execute(select(blobs.c.size, blobs.c.complete)
                       .where(blobs.c.sha256 == sha)).first()
    if row is None or not row.complete:
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
    size = int(row.size)
    return BlobState(sha, size, size, True), bytes(out)
