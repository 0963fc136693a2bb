"""Canary markers in attachments: a scan's content never reaches the disk in plaintext.

A PDF and a PNG carry unique markers in their bytes (uncompressed, so a plaintext copy would
show them), in their file names and in the note. They are attached, listed, read back,
opened in the in-app viewer, backed up and exported; then every file under the data folder
and the private temp folder is scanned. The exported copy, where the person chose, is the
one place the markers may be, and the scan must find them there (it is not blind).
"""

from __future__ import annotations

import secrets
import string
import struct
import tempfile
import zlib
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake
from tests.fault.test_canary import scan


def _word() -> str:
    return "Canaryqzx" + "".join(secrets.choice(string.ascii_lowercase) for _ in range(10))


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose content stream shows `text` uncompressed."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def png_with_text(text: str) -> bytes:
    """A small PNG with `text` in a tEXt chunk, as scanner software writes its metadata."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\x00" + b"\xc0" * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + text.encode()) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


def test_attachment_content_never_reaches_the_disk_in_plaintext(tmp_path, private_tmp, qtbot):
    from desktop.ui.case_view.attachment_viewer import AttachmentViewer

    paths = DataPaths(tmp_path / "data")
    in_pdf, in_png, in_name, in_note = (_word() for _ in range(4))
    markers = [in_pdf, in_png, in_name, in_note]
    pdf, png = pdf_with_text(in_pdf), png_with_text(in_png)
    assert in_pdf.encode() in pdf and in_png.encode() in png  # a plaintext copy would show

    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("kasi", "Kepala Seksi", "supervisor", STAFF_PW)
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    number = core.cases.record_intake(make_intake())
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / f"surat {in_name}.pdf").write_bytes(pdf)
    att_pdf = core.attachments.attach(number, scans / f"surat {in_name}.pdf", note=f"dari {in_note}")
    att_png = core.attachments.attach(number, png, f"foto {in_name}.png")
    core.attachments.set_scan_folder(scans)
    assert {a.id for a in core.cases.get(number).attachments} == {att_pdf.id, att_png.id}
    assert core.attachments.content(att_pdf.id) == pdf

    # Opening in the app: from memory, whatever Qt does with images and PDFs.
    for att, data in ((att_pdf, pdf), (att_png, png)):
        viewer = AttachmentViewer(None, att, data, True)
        qtbot.addWidget(viewer)
        viewer.show()
        if att.mime == "application/pdf":
            qtbot.waitUntil(lambda v=viewer: v.page_count() == 1, timeout=5000)
        else:
            assert viewer.has_image()
        viewer.close()

    paths.backups.mkdir(mode=0o700, exist_ok=True)
    admin.maintenance.backup(paths.backups / "cadangan.zip")
    exported = tmp_path / "exported"
    exported.mkdir()
    core.attachments.export(att_pdf.id, exported / "salinan.pdf")

    assert scan([paths.root, private_tmp], markers) == []
    core.close()
    admin.close()
    assert scan([paths.root, private_tmp], markers) == []
    # The scanner does see the marker where content was meant to go.
    assert scan([exported], [in_pdf])
