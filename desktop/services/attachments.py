"""Files attached to a case (scans, photos, PDFs), kept inside the encrypted store.

The content lives in the local blob tables of the SQLCipher database, content-addressed by
SHA-256, so it is encrypted at rest like everything else and the same scan attached to two
cases is stored once. Reading it back verifies the hash: damaged content is an error, never
wrong bytes. The only way content leaves the store in plaintext is `export`, to the place a
person chose, and that is audited. A case the retention run anonymised takes no new
attachment, and its attachments' content is gone (deleted on the server and on every PC).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import unicodedata
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import validation as v
from desktop.domain.intake import MSG_UNKNOWN_CODE
from desktop.domain.models import Attachment
from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg
from desktop.services import audit
from desktop.services.receipts import ExportFailed

if TYPE_CHECKING:
    from desktop.core import Core

log = logging.getLogger(__name__)

MAX_SIZE = 20 * 1024 * 1024
FILENAME_MAX = 120
EVENT_TYPE = "lampiran_ditambahkan"
SCAN_FOLDER_KEY = "scan_folder"

# mime -> (name people know it by, file extensions that fit it; the first is the default)
TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "application/pdf": ("PDF", (".pdf",)),
    "image/jpeg": ("JPEG", (".jpg", ".jpeg", ".jfif")),
    "image/png": ("PNG", (".png",)),
    "image/tiff": ("TIFF", (".tif", ".tiff")),
    "image/webp": ("WebP", (".webp",)),
    "image/heic": ("HEIC", (".heic", ".heif")),
}
# HEIF major brands of phone photos (iPhones save HEIC by default).
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}

MSG_EMPTY = Msg(
    "attachment_empty",
    "Berkas ini kosong (0 bita), jadi tidak dilampirkan. Pindai ulang atau pilih berkas lain.",
    "This file is empty (0 bytes), so it was not attached. Scan it again or choose another file.",
)
MSG_TOO_BIG = Msg(
    "attachment_too_big",
    "Berkas terlalu besar: {size_id} MB, paling besar 20 MB. Pindai dengan resolusi lebih rendah "
    "atau bagi menjadi beberapa berkas.",
    "The file is too big: {size_en} MB, at most 20 MB. Scan at a lower resolution or split it "
    "into several files.",
)
MSG_TYPE = Msg(
    "attachment_type",
    "Jenis berkas ini tidak dapat dilampirkan. Yang dapat dilampirkan hanya hasil pindaian dan "
    "foto: PDF, JPEG, PNG, TIFF, WebP atau HEIC.",
    "This kind of file cannot be attached. Only scans and photos can be attached: PDF, JPEG, "
    "PNG, TIFF, WebP or HEIC.",
)
MSG_UNREADABLE = Msg(
    "attachment_unreadable",
    "Berkas tidak dapat dibaca ({reason}). Periksa apakah berkas masih ada dan tidak sedang "
    "dibuka program lain, lalu coba lagi.",
    "The file could not be read ({reason}). Check that it still exists and is not open in "
    "another program, then try again.",
)
MSG_NOT_FOUND = Msg("attachment_not_found", "Lampiran tidak ditemukan.", "Attachment not found.")
MSG_NOT_DOWNLOADED = Msg(
    "attachment_not_downloaded",
    "Isi lampiran ini belum diunduh ke komputer ini. Lampiran dapat dibuka setelah "
    "sinkronisasi dengan server.",
    "The content of this attachment has not been downloaded to this PC yet. It can be opened "
    "after syncing with the server.",
)
MSG_ERASED = Msg(
    "attachment_content_erased",
    "Isi lampiran ini telah dihapus karena masa retensi kasusnya berakhir (UU PDP); yang "
    "tersisa hanya keterangannya.",
    "This attachment's content was deleted when its case's retention period ended (UU PDP); "
    "only its details remain.",
)
MSG_DAMAGED = Msg(
    "attachment_damaged",
    "Isi lampiran ini rusak di komputer ini (tidak cocok dengan sidik jarinya), jadi tidak "
    "ditampilkan. Hubungi administrator kantor.",
    "The content of this attachment is damaged on this PC (it does not match its fingerprint), "
    "so it is not shown. Ask the office administrator.",
)


class AttachmentNotFound(HaloError):
    exit_code = 7

    def __init__(self) -> None:
        super().__init__(MSG_NOT_FOUND)


class AttachmentNotDownloaded(HaloError):
    def __init__(self) -> None:
        super().__init__(MSG_NOT_DOWNLOADED)


class AttachmentErased(HaloError):
    def __init__(self) -> None:
        super().__init__(MSG_ERASED)


class AttachmentDamaged(HaloError):
    def __init__(self) -> None:
        super().__init__(MSG_DAMAGED)


class AttachmentUnreadable(HaloError):
    exit_code = 5

    def __init__(self, reason: str) -> None:
        super().__init__(MSG_UNREADABLE, field="attachment.file", reason=reason)


_SELECT = """
SELECT a.id, a.case_id, a.sha256, a.filename, a.mime, a.size, a.note, a.created_at, a.created_by,
       coalesce(b.size = a.size AND b.stored = b.size, 0), a.doc_type
FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256
"""


class AttachmentService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- attaching -----------------------------------------------------------------------
    def attach(self, case_key: str | int, source: Path | str | bytes, filename: str = "",
               note: str = "", doc_type: str = "") -> Attachment:
        """Attach a file (a path, or its bytes with `filename`) to a case, in one transaction:
        the content, the attachment row, a timeline entry and the case's updated_at.
        `doc_type`: the checklist item (a document type) this is the scan of."""
        core = self.core
        core.require(Perm.CASE_EDIT)
        case = core.cases.resolve_for_edit(case_key)
        if isinstance(source, bytes | bytearray | memoryview):
            data = bytes(source)
        else:
            path = Path(source)
            data = _read(path)
            filename = filename or path.name
        mime = check_content(data)
        name = normalize_filename(filename, mime)
        note = v.normalize_text(note, "attachment.note", max_len=500)
        if doc_type and not core.reference.has("document_type", doc_type):
            raise v.ValidationError(MSG_UNKNOWN_CODE, field="attachment.doc_type")
        sha = hashlib.sha256(data).hexdigest()
        with core.write() as tx:
            tx.put_blob(sha, data)
            row = {"id": str(uuid.uuid4()), "case_id": case["id"], "sha256": sha, "filename": name,
                   "mime": mime, "size": len(data), "note": note, "created_at": tx.now,
                   "created_by": tx.user, "doc_type": doc_type}
            tx.insert("attachment", row)
            # The one place that knows an event row's shape; the timeline shows what was added.
            core.cases._event(tx, case["id"], EVENT_TYPE, summary=f"{name}\n{note}".strip(),
                              data={"attachment_id": row["id"]})
            tx.update("case", case["id"], {"updated_at": tx.now})
        return Attachment(**row, local=True)

    def read_scans(self, scans: dict[str, Path | str]) -> dict[str, tuple[bytes, str]]:
        """{document type: (content, file name)} of scans chosen at the intake, each read and
        checked (size, type, a known checklist item) before the complaint is saved, so a bad
        file stops the save with nothing written. Errors name the item
        ("documents.<type>")."""
        out: dict[str, tuple[bytes, str]] = {}
        for doc_type, source in scans.items():
            field = f"documents.{doc_type}"
            if not self.core.reference.has("document_type", doc_type):
                raise v.ValidationError(MSG_UNKNOWN_CODE, field=field)
            path = Path(source)
            try:
                data = _read(path)
                check_content(data)
            except v.ValidationError as exc:
                raise v.ValidationError(exc.msg, field=field, **exc.params) from exc
            except AttachmentUnreadable as exc:
                raise v.ValidationError(exc.msg, field=field, **exc.params) from exc
            out[doc_type] = (data, path.name)
        return out

    def scans_by_document(self, case_id: str) -> dict[str, list[Attachment]]:
        """{document type: its scans, newest first}: what the checklist shows per item."""
        out: dict[str, list[Attachment]] = {}
        for a in self.of_case(case_id):
            if a.doc_type:
                out.setdefault(a.doc_type, []).append(a)
        return out

    # -- reading -------------------------------------------------------------------------
    def list(self, case_key: str | int) -> list[Attachment]:
        """The case's attachments, newest first, each saying whether its content is here."""
        return self.of_case(self.core.cases.resolve(case_key)["id"])

    def of_case(self, case_id: str) -> list[Attachment]:
        self.core.require(Perm.CASE_READ)
        rows = self.store.query(_SELECT + " WHERE a.case_id = ? ORDER BY a.created_at DESC, a.rowid DESC",
                                (case_id,))
        return [_attachment(r) for r in rows]

    def get(self, attachment_id: str) -> Attachment:
        self.core.require(Perm.CASE_READ)
        row = self.store.query_one(_SELECT + " WHERE a.id = ?", (attachment_id,))
        if row is None:
            raise AttachmentNotFound()
        att = _attachment(row)
        self.core.cases.resolve(att.case_id)  # a restricted case's: supervisors only
        return att

    def content(self, attachment_id: str) -> bytes:
        """The file's bytes, in memory, checked against their SHA-256."""
        att = self.get(attachment_id)
        case = self.store.query_one("SELECT anonymised_at FROM cases WHERE id = ?",
                                    (att.case_id,))
        if case is not None and case[0]:
            raise AttachmentErased()
        if not att.local:
            raise AttachmentNotDownloaded()
        chunks = self.store.query("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY idx",
                                  (att.sha256,))
        data = b"".join(bytes(c[0]) for c in chunks)
        if len(data) != att.size or hashlib.sha256(data).hexdigest() != att.sha256:
            log.warning("attachment content does not match its sha256")
            raise AttachmentDamaged()
        return data

    # -- leaving the store ---------------------------------------------------------------
    def export(self, attachment_id: str, target: Path | str) -> Path:
        """Write a copy where the person chose; the audit trail records it (never the name)."""
        core = self.core
        core.require(Perm.EXPORT)
        att = self.get(attachment_id)
        data = self.content(attachment_id)
        number = self.store.query_one("SELECT case_number FROM cases WHERE id = ?", (att.case_id,))
        target = Path(target)
        written = False
        try:
            with core.write() as tx:
                core.audit.add(tx, audit.EXPORTED, target=number[0] if number else "",
                               detail=f"attachment {att.id}")
                _write_atomic(target, data)
                written = True
        except BaseException:
            # Not audited, so not left behind either.
            if written:
                target.unlink(missing_ok=True)
            raise
        return target

    # -- the scanner folder ----------------------------------------------------------------
    def scan_folder(self) -> str:
        """Where the last attached file came from; in the encrypted store, since a folder
        name can be personal data (a folder per complainant)."""
        return self.store.meta(SCAN_FOLDER_KEY, "") or ""

    def set_scan_folder(self, folder: str | Path) -> None:
        self.store.set_meta(SCAN_FOLDER_KEY, str(folder))


# -- checks (pure) ---------------------------------------------------------------------------

def sniff_type(data: bytes) -> str | None:
    """The mime type by the content's magic bytes, whatever the file is called."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIC_BRANDS:
        return "image/heic"
    return None


def check_content(data: bytes) -> str:
    """Size 1 byte to 20 MiB and a known type; returns the mime type."""
    if not data:
        raise v.ValidationError(MSG_EMPTY, field="attachment.file")
    if len(data) > MAX_SIZE:
        raise _too_big(len(data))
    mime = sniff_type(data)
    if mime is None:
        raise v.ValidationError(MSG_TYPE, field="attachment.file")
    return mime


def _too_big(size: int) -> v.ValidationError:
    mb = f"{size / (1024 * 1024):.1f}"
    return v.ValidationError(MSG_TOO_BIG, field="attachment.file", size_en=mb,
                             size_id=mb.replace(".", ","))


_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*]')
_RESERVED_NAMES = re.compile(r"(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?")


def normalize_filename(name: str, mime: str) -> str:
    """A name that is safe to show and to save under on Windows and Linux: no folders, no
    invisible characters, at most FILENAME_MAX characters, an extension that fits the content."""
    base = re.split(r"[/\\]", name or "")[-1]
    base = unicodedata.normalize("NFC", base)
    # Format characters include the right-to-left override that disguises "gpj.exe".
    base = "".join(" " if c in "\t\r\n" else c for c in base
                   if c in "\t\r\n" or unicodedata.category(c) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    base = " ".join(_UNSAFE_CHARS.sub("_", base).split()).strip(" .")
    extensions = TYPES[mime][1]
    stem, ext = os.path.splitext(base)
    if ext.lower() not in extensions:
        stem, ext = base, extensions[0]
    stem = stem or "lampiran"
    if _RESERVED_NAMES.fullmatch(stem):
        stem = "_" + stem
    stem = stem[:FILENAME_MAX - len(ext)].rstrip(" .") or "lampiran"
    return stem + ext


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_SIZE:
            raise _too_big(path.stat().st_size)
        with open(path, "rb") as fh:
            data = fh.read(MAX_SIZE + 1)  # it may have grown since
    except OSError as exc:
        raise AttachmentUnreadable(exc.strerror or type(exc).__name__) from exc
    return data


def _write_atomic(target: Path, data: bytes) -> None:
    """The complete copy or nothing: a half-written file would look like a damaged scan."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial")
    except OSError as exc:
        raise ExportFailed(target, exc.strerror or type(exc).__name__) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportFailed(target, exc.strerror or type(exc).__name__) from exc
        raise


def _attachment(row: tuple) -> Attachment:
    return Attachment(*row[:9], local=bool(row[9]), doc_type=row[10])
