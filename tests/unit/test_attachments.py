"""Attachments: checked on the way in, stored once per content, exact on the way out."""

from __future__ import annotations

import hashlib
import struct
import zlib

import pytest

from desktop.domain.roles import PermissionDenied
from desktop.domain.validation import ValidationError
from desktop.paths import DataPaths
from desktop.services import audit
from desktop.services.attachments import (
    FILENAME_MAX,
    MAX_SIZE,
    AttachmentDamaged,
    AttachmentNotDownloaded,
    AttachmentNotFound,
    AttachmentUnreadable,
    normalize_filename,
    sniff_type,
)
from desktop.services.receipts import ExportFailed
from desktop.session.login import log_in
from desktop.store.errors import WriteFailed
from desktop.store.outbox import BLOB_CHUNK
from tests.conftest import STAFF_PW, TEST_KDF, make_intake


def png_bytes(width: int = 2, height: int = 2) -> bytes:
    """A real (tiny, grey) PNG, so the test needs no imaging library."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x11" * 300 + b"\xff\xd9"
TIFF = b"II*\x00\x08\x00\x00\x00" + b"\x00" * 64
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 40
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 40


@pytest.fixture
def case(officer) -> str:
    return officer.cases.record_intake(make_intake())


@pytest.fixture
def pdf(officer, case) -> bytes:
    return officer.receipts.render(case)


def count(core, table: str) -> int:
    return core.store.query_one(f"SELECT count(*) FROM {table}")[0]


# -- attaching ---------------------------------------------------------------------------------

def test_attach_a_pdf_records_row_content_event_and_touches_the_case(officer, case, pdf):
    before = officer.cases.resolve(case)["updated_at"]
    att = officer.attachments.attach(case, pdf, "Surat kuasa.pdf", note="Dibawa ibu pelapor")
    assert (att.filename, att.mime, att.size, att.local) == ("Surat kuasa.pdf", "application/pdf",
                                                             len(pdf), True)
    assert att.sha256 == hashlib.sha256(pdf).hexdigest()
    assert att.created_by == "petugas"
    detail = officer.cases.get(case)
    assert detail.attachments == [att]
    assert detail.case["updated_at"] >= before and detail.case["updated_at"] == att.created_at
    event = detail.events[-1]
    assert event["event_type"] == "lampiran_ditambahkan"
    assert event["summary"] == "Surat kuasa.pdf\nDibawa ibu pelapor"
    assert event["data"] == {"attachment_id": att.id}
    assert officer.reference.label("event_type", "lampiran_ditambahkan") == "Lampiran ditambahkan"
    assert officer.reference.label("event_type", "lampiran_ditambahkan", "en") == "Attachment added"
    change = officer.store.query_one(
        "SELECT op, case_id, user FROM changes WHERE entity = 'attachment' AND entity_id = ?", (att.id,))
    assert change == ("insert", detail.case["id"], "petugas")
    assert officer.attachments.content(att.id) == pdf


@pytest.mark.parametrize(("data", "name", "mime"), [
    (JPEG, "foto-paspor.jpg", "image/jpeg"),
    (png_bytes(), "ktp.png", "image/png"),
    (TIFF, "pindaian.tif", "image/tiff"),
    (WEBP, "foto.webp", "image/webp"),
    (HEIC, "IMG_0001.HEIC", "image/heic"),
])
def test_scans_and_photos_are_accepted_by_their_content(officer, case, data, name, mime):
    att = officer.attachments.attach(case, data, name)
    assert (att.mime, att.filename) == (mime, name)
    assert officer.attachments.content(att.id) == data


def test_attach_from_a_path_takes_the_file_name(officer, case, tmp_path):
    scan = tmp_path / "Scans" / "kartu keluarga.png"
    scan.parent.mkdir()
    scan.write_bytes(png_bytes())
    att = officer.attachments.attach(case, scan)
    assert att.filename == "kartu keluarga.png"
    assert officer.attachments.content(att.id) == scan.read_bytes()


def test_a_missing_file_is_a_clear_error(officer, case, tmp_path):
    with pytest.raises(AttachmentUnreadable) as exc:
        officer.attachments.attach(case, tmp_path / "hilang.pdf")
    assert "tidak dapat dibaca" in exc.value.text("id")
    assert "could not be read" in exc.value.text("en")
    assert count(officer, "attachments") == 0


def test_large_content_is_chunked_and_reassembled(officer, case):
    data = png_bytes() + bytes(range(256)) * (BLOB_CHUNK * 2 // 256 + 10)
    att = officer.attachments.attach(case, data, "besar.png")
    chunks = officer.store.query("SELECT idx, length(data) FROM blob_chunks WHERE sha256 = ? ORDER BY idx",
                                 (att.sha256,))
    assert [c[0] for c in chunks] == [0, 1, 2]
    assert all(c[1] == BLOB_CHUNK for c in chunks[:2]) and sum(c[1] for c in chunks) == len(data)
    assert officer.attachments.content(att.id) == data


def test_the_same_content_on_two_cases_is_stored_once(officer, case, pdf):
    other = officer.cases.record_intake(make_intake(worker__name="Rina Wati", worker__passport="C7654321"))
    first = officer.attachments.attach(case, pdf, "a.pdf")
    second = officer.attachments.attach(other, pdf, "b.pdf")
    assert first.id != second.id and first.sha256 == second.sha256
    assert count(officer, "attachments") == 2
    assert count(officer, "blobs") == 1
    assert count(officer, "blob_chunks") == -(-len(pdf) // BLOB_CHUNK)
    assert officer.attachments.content(second.id) == pdf
    assert officer.maintenance.check().ok, officer.maintenance.check().first_problem()


# -- refused -----------------------------------------------------------------------------------

def test_empty_files_are_refused(officer, case):
    with pytest.raises(ValidationError) as exc:
        officer.attachments.attach(case, b"", "kosong.pdf")
    assert exc.value.field == "attachment.file"
    assert "kosong" in exc.value.text("id") and "empty" in exc.value.text("en")


def test_more_than_20_mib_is_refused(officer, case):
    with pytest.raises(ValidationError) as exc:
        officer.attachments.attach(case, b"%PDF-" + b"\x00" * MAX_SIZE, "besar.pdf")
    assert "20,0 MB" in exc.value.text("id") and "20.0 MB" in exc.value.text("en")
    assert count(officer, "blobs") == 0 and count(officer, "attachments") == 0


def test_a_too_big_file_is_refused_before_it_is_read(officer, case, tmp_path):
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as fh:  # sparse: 1 GiB on paper, nothing on the disk
        fh.write(b"%PDF-")
        fh.truncate(1 << 30)
    with pytest.raises(ValidationError) as exc:
        officer.attachments.attach(case, huge)
    assert "1024,0 MB" in exc.value.text("id")


def test_exactly_20_mib_is_accepted(officer, case):
    data = b"%PDF-" + b"\x01" * (MAX_SIZE - 5)
    att = officer.attachments.attach(case, data, "pas.pdf")
    assert att.size == MAX_SIZE
    assert officer.attachments.content(att.id) == data


@pytest.mark.parametrize("data", [
    b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100,  # Windows program
    b"\x7fELF\x02\x01\x01" + b"\x00" * 100,  # Linux program
    b"#!/bin/sh\nrm -rf /\n",
    b"PK\x03\x04" + b"\x00" * 100,  # zip, docx
    b"Surat pernyataan biasa",
    b"  %PDF-1.7 not at the start",
])
def test_unknown_types_and_programs_are_refused_naming_what_is_allowed(officer, case, data):
    with pytest.raises(ValidationError) as exc:
        officer.attachments.attach(case, data, "surat.pdf")
    for lang in ("id", "en"):
        text = exc.value.text(lang)
        assert all(kind in text for kind in ("PDF", "JPEG", "PNG", "TIFF"))
    assert count(officer, "attachments") == 0 and count(officer, "blobs") == 0


def test_sniffing_ignores_the_file_name():
    assert sniff_type(b"%PDF-1.4") == "application/pdf"
    assert sniff_type(b"MZ%PDF-") is None


# -- file names --------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "expected"), [
    ("C:\\Users\\loket\\Scans\\ktp ibu.pdf", "ktp ibu.pdf"),
    ("../../etc/passwd", "passwd.pdf"),
    ("/home/loket/Pindaian/surat.PDF", "surat.PDF"),
    ("surat\x00\x07 kuasa\n.pdf", "surat kuasa.pdf"),
    ("foto\u202egpj.exe", "fotogpj.exe.pdf"),  # right-to-left override removed
    ("scan.exe", "scan.exe.pdf"),
    ("  . surat: a/b?.pdf . ", "b_.pdf"),
    ('a<b>c"d|e*.pdf', "a_b_c_d_e_.pdf"),
    ("CON.pdf", "_CON.pdf"),
    ("", "lampiran.pdf"),
    ("...", "lampiran.pdf"),
    ("Cafe\u0301.pdf", "Caf\u00e9.pdf"),
])
def test_file_names_are_normalised(given, expected):
    assert normalize_filename(given, "application/pdf") == expected


def test_long_file_names_are_cut_keeping_the_extension():
    name = normalize_filename("x" * 300 + ".jpeg", "image/jpeg")
    assert len(name) == FILENAME_MAX and name.endswith("x.jpeg")


def test_the_stored_name_has_no_path(officer, case, pdf):
    att = officer.attachments.attach(case, pdf, "C:\\Scans\\..\\..\\Windows\\surat.pdf")
    assert att.filename == "surat.pdf"
    assert officer.cases.get(case).events[-1]["summary"] == "surat.pdf"


# -- roles -------------------------------------------------------------------------------------

def test_the_administrator_may_read_but_not_attach(officer, admin_core, case, pdf):
    att = officer.attachments.attach(case, pdf, "a.pdf")
    with pytest.raises(PermissionDenied):
        admin_core.attachments.attach(case, pdf, "b.pdf")
    assert [a.id for a in admin_core.attachments.list(case)] == [att.id]
    assert admin_core.attachments.content(att.id) == pdf
    assert count(officer, "attachments") == 1


def test_front_office_may_not_save_copies(officer, case, pdf, tmp_path):
    att = officer.attachments.attach(case, pdf, "a.pdf")
    with pytest.raises(PermissionDenied):
        officer.attachments.export(att.id, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


# -- reading back ------------------------------------------------------------------------------

def test_a_damaged_chunk_is_an_error_never_wrong_bytes(officer, case):
    data = png_bytes() + b"\x42" * (BLOB_CHUNK + 100)
    att = officer.attachments.attach(case, data, "ktp.png")
    officer.store.raw_connection.execute(
        "UPDATE blob_chunks SET data = ? WHERE sha256 = ? AND idx = 1",
        (b"\x43" * 100, att.sha256))
    with pytest.raises(AttachmentDamaged) as exc:
        officer.attachments.content(att.id)
    assert "rusak" in exc.value.text("id") and "damaged" in exc.value.text("en")


def test_a_missing_chunk_is_an_error_too(officer, case):
    data = png_bytes() + b"\x42" * (BLOB_CHUNK + 100)
    att = officer.attachments.attach(case, data, "ktp.png")
    officer.store.raw_connection.execute("DELETE FROM blob_chunks WHERE sha256 = ? AND idx = 1",
                                         (att.sha256,))
    with pytest.raises(AttachmentDamaged):
        officer.attachments.content(att.id)


def test_an_unknown_attachment_is_not_found(officer):
    with pytest.raises(AttachmentNotFound):
        officer.attachments.content("no-such-id")


def _received(core, case_key: str, data: bytes) -> str:
    """An attachment as sync delivers it: the row first, the content later."""
    case_id = core.cases.resolve(case_key)["id"]
    with core.write() as tx:
        tx.insert("attachment", {"id": "att-remote-1", "case_id": case_id,
                                 "sha256": hashlib.sha256(data).hexdigest(), "filename": "dari pusat.pdf",
                                 "mime": "application/pdf", "size": len(data), "note": "",
                                 "created_at": tx.now, "created_by": "pusat"})
    return "att-remote-1"


def test_a_received_attachment_without_content_says_not_downloaded(officer, case, pdf):
    att_id = _received(officer, case, pdf)
    [att] = officer.attachments.list(case)
    assert att.id == att_id and not att.local
    with pytest.raises(AttachmentNotDownloaded) as exc:
        officer.attachments.content(att_id)
    assert "belum diunduh" in exc.value.text("id") and "not been downloaded" in exc.value.text("en")


def test_a_partly_downloaded_blob_is_not_local_until_complete(officer, case, pdf):
    att_id = _received(officer, case, pdf)
    sha = hashlib.sha256(pdf).hexdigest()
    conn = officer.store.raw_connection
    conn.execute("INSERT INTO blobs (sha256, size, stored, created_at) VALUES (?, ?, ?, '')",
                 (sha, len(pdf), 10))
    conn.execute("INSERT INTO blob_chunks (sha256, idx, data) VALUES (?, 0, ?)", (sha, pdf[:10]))
    assert not officer.attachments.get(att_id).local
    with pytest.raises(AttachmentNotDownloaded):
        officer.attachments.content(att_id)
    # Attaching the same file here completes the content for both.
    officer.attachments.attach(case, pdf, "sama.pdf")
    assert officer.attachments.get(att_id).local
    assert officer.attachments.content(att_id) == pdf
    assert count(officer, "blobs") == 1


# -- export ------------------------------------------------------------------------------------

def test_export_writes_the_exact_copy_and_is_audited(supervisor, case, pdf, tmp_path):
    att = supervisor.attachments.attach(case, pdf, "Surat kuasa Siti.pdf")
    target = tmp_path / "keluar" / "salinan.pdf"
    target.parent.mkdir()
    assert supervisor.attachments.export(att.id, target) == target
    assert target.read_bytes() == pdf
    assert sorted(p.name for p in target.parent.iterdir()) == ["salinan.pdf"]  # no temp file left
    entry = supervisor.audit.recent(1)[0]
    assert (entry["action"], entry["user"], entry["target"]) == (audit.EXPORTED, "kasi", case)
    assert att.id in entry["detail"]
    assert "Siti" not in entry["detail"] + entry["target"]  # the file name is personal data


def test_export_replaces_an_existing_file(supervisor, case, pdf, tmp_path):
    att = supervisor.attachments.attach(case, pdf, "a.pdf")
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    supervisor.attachments.export(att.id, target)
    assert target.read_bytes() == pdf


def test_a_failed_export_leaves_nothing_and_is_not_audited(supervisor, case, pdf, tmp_path):
    att = supervisor.attachments.attach(case, pdf, "a.pdf")
    audits = count(supervisor, "audit_log")
    with pytest.raises(ExportFailed) as exc:
        supervisor.attachments.export(att.id, tmp_path / "no-such-folder" / "a.pdf")
    assert "Pilih folder lain" in exc.value.text("id")
    assert count(supervisor, "audit_log") == audits


def test_export_of_damaged_content_writes_nothing(supervisor, case, tmp_path):
    att = supervisor.attachments.attach(case, png_bytes(), "a.png")
    supervisor.store.raw_connection.execute("UPDATE blob_chunks SET data = x'00' WHERE sha256 = ?",
                                            (att.sha256,))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(AttachmentDamaged):
        supervisor.attachments.export(att.id, out / "a.png")
    assert list(out.iterdir()) == []


# -- failures and consistency ------------------------------------------------------------------

TABLES = ("attachments", "blobs", "blob_chunks", "events", "changes", "cases", "audit_log")


def test_a_full_disk_leaves_no_attachment_and_no_blob(officer, case):
    before = {t: count(officer, t) for t in TABLES}
    updated = officer.cases.resolve(case)["updated_at"]
    conn = officer.store.raw_connection
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(WriteFailed):
        officer.attachments.attach(case, png_bytes() + b"\x00" * (BLOB_CHUNK * 2), "ktp.png")
    assert {t: count(officer, t) for t in TABLES} == before
    assert officer.cases.resolve(case)["updated_at"] == updated
    assert not conn.in_transaction
    conn.execute("PRAGMA max_page_count = 1073741823")
    att = officer.attachments.attach(case, png_bytes() + b"\x00" * (BLOB_CHUNK * 2), "ktp.png")
    assert officer.attachments.get(att.id).local
    assert officer.maintenance.check().ok, officer.maintenance.check().first_problem()


def test_the_consistency_check_stays_ok(officer, supervisor, case, pdf, tmp_path):
    officer.attachments.attach(case, pdf, "a.pdf")
    officer.attachments.attach(case, png_bytes(), "b.png")
    att = supervisor.attachments.attach(case, pdf, "c.pdf")
    supervisor.attachments.export(att.id, tmp_path / "c.pdf")
    report = supervisor.maintenance.check()
    assert report.ok, report.first_problem()


# -- reference data of older stores ------------------------------------------------------------

def test_a_store_from_before_the_event_type_still_knows_it(paths, officer, case, pdf):
    conn = officer.store.raw_connection
    conn.execute("DELETE FROM ref_items WHERE kind = 'event_type' AND code = 'lampiran_ditambahkan'")
    conn.execute("UPDATE ref_items SET active = 0 WHERE kind = 'channel' AND code = 'faksimili'")
    again = log_in(paths, "petugas", STAFF_PW, TEST_KDF)
    try:
        assert again.reference.label("event_type", "lampiran_ditambahkan", "en") == "Attachment added"
        assert again.reference.extra("event_type", "lampiran_ditambahkan") == {"system": True}
        # What the store switched off stays off; opening wrote no reference row.
        assert not again.reference.has("channel", "faksimili")
        assert again.store.query_one(
            "SELECT count(*) FROM ref_items WHERE code = 'lampiran_ditambahkan'")[0] == 0
        again.attachments.attach(case, pdf, "a.pdf")
        assert again.cases.get(case).events[-1]["event_type"] == "lampiran_ditambahkan"
    finally:
        again.close()


def test_a_new_store_has_the_event_type_as_a_row(officer):
    row = officer.store.query_one(
        "SELECT label_id, label_en FROM ref_items WHERE kind = 'event_type' AND code = 'lampiran_ditambahkan'")
    assert row == ("Lampiran ditambahkan", "Attachment added")


# -- the scanner folder ------------------------------------------------------------------------

def test_the_scan_folder_is_remembered_in_the_encrypted_store(paths: DataPaths, officer, tmp_path):
    folder = tmp_path / "Pindaian Siti Aminah"
    assert officer.attachments.scan_folder() == ""
    officer.attachments.set_scan_folder(folder)
    assert officer.attachments.scan_folder() == str(folder)
    for path in paths.root.rglob("*.json"):
        assert b"Siti Aminah" not in path.read_bytes()
