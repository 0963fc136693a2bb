"""The full case file (berkas kasus): every section in the PDF's text, the whole timeline,
"Halaman N dari M" on every page, both languages, audited, refused to the front office."""

from __future__ import annotations

import io
import os
from datetime import timedelta

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.domain import casework as cw  # noqa: E402
from desktop.domain.models import WorkerInput  # noqa: E402
from desktop.domain.roles import PermissionDenied  # noqa: E402
from desktop.receipt.case_file import (  # noqa: E402
    CaseFileData,
    Item,
    Pair,
    Step,
    render_case_file,
)
from desktop.reports.files import ExportCancelled, ExportWriteFailed  # noqa: E402
from desktop.services import audit  # noqa: E402
from desktop.services.cases import CaseNotFound  # noqa: E402
from tests.conftest import make_intake  # noqa: E402

DESCRIPTION = "Gaji belum dibayar selama enam bulan; paspor ditahan majikan di Johor Bahru."


@pytest.fixture
def sup(login):
    return login("kasi", "supervisor")


@pytest.fixture
def budi(login):
    return login("budi", "case_officer")


def rich_case(sup, budi) -> tuple[str, str]:
    """A case with something in every section; returns (its number, the linked case's)."""
    other = sup.cases.record_intake(make_intake(worker__name="Rina Wati"))
    number = sup.cases.record_intake(make_intake(complaint__description=DESCRIPTION))
    sup.handling.assign(number, "budi")
    budi.cases.set_document(number, "paspor", "ada")
    budi.cases.set_document(number, "ktkln", "tidak_ada", "Hilang di penampungan")
    budi.cases.add_event(number, "kontak_keluarga", "Ibu Siti menanyakan kabar.",
                         channel="telepon", spoke_with="Ibu Siti", result="tersambung",
                         next_contact_due=budi.cases.today() + timedelta(days=3))
    ref_id = budi.referrals.refer(number, cw.ReferralInput(
        addressee="KBRI Kuala Lumpur", kind="perwakilan", method="surat",
        letter_no="B.1/2026", request="Mohon bantuan menagih gaji.",
        legal_basis="consent_oral", consent_on=budi.cases.today().isoformat()))
    budi.cases.change_status(number, "dirujuk")
    budi.referrals.answer(ref_id, cw.ReplyInput("", "KBRI sudah menghubungi majikan."))
    tomorrow = (budi.cases.today() + timedelta(days=1)).isoformat()
    summons_id = budi.referrals.summon(number, cw.SummonsInput(
        "", "PT Maju Jaya", "B.7/2026", tomorrow, "09.30", "Kantor BP3TKI Surabaya"))
    budi.referrals.record_summons_outcome(summons_id, cw.SummonsOutcomeInput(
        "hadir", "PPTKIS bersedia membayar."))
    budi.attachments.attach(number, b"%PDF-1.4\n%%EOF\n", "paspor-dewi.pdf", doc_type="paspor")
    budi.cases.update_people(number, worker=WorkerInput(
        name="Dewi Lestari Putri", sex="P", birth_date="12/03/1995", passport="B1234567",
        destination_country="MY", job="pekerja_rumah_tangga", employer_name="Tan Ah Kow"))
    # The other case is closed as this one's duplicate: a link on both.
    sup.cases.change_status(other, "ditutup", outcome="duplikat", duplicate_of=number)
    return number, other


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split())
            for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return " ".join(pages(pdf))


@pytest.fixture
def out(tmp_path):
    """An empty folder to save into (tmp_path holds the data folder too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def audit_rows(core, action: str) -> list[tuple[str, str]]:
    return [(r["user"], r["target"]) for r in core.audit.recent() if r["action"] == action]


# -- what it holds ---------------------------------------------------------------------------------


def test_every_section_is_in_the_case_file(sup, budi):
    number, other = rich_case(sup, budi)
    text = text_of(sup.case_files.render(number, "id"))
    for expected in (
            "BERKAS KASUS", number, "Dicetak", "oleh Kasi", "RAHASIA",
            "1. Identitas TKI", "Dewi Lestari Putri", "B1234567", "Malaysia", "Perempuan",
            "2. Identitas pengadu", "Siti Aminah", "+62 812-3456-7890",
            "3. Pengaduan", "Gaji tidak dibayar", "Datang langsung", DESCRIPTION,
            "Petugas penanganan Budi", "Hari kerja ke-",
            "4. Daftar periksa dokumen", "Fotokopi paspor", "Hilang di penampungan",
            "Belum ada",
            "5. Rujukan dan panggilan PPTKIS", "Rujukan kepada KBRI Kuala Lumpur",
            "surat no. B.1/2026", "KBRI sudah menghubungi majikan.",
            "Panggilan klarifikasi kepada PT Maju Jaya", "Kehadiran: Hadir",
            "PPTKIS bersedia membayar.",
            "6. Linimasa penanganan", "Pengaduan diterima", "Kontak dengan keluarga: Tersambung",
            "Berbicara dengan Ibu Siti", "Rujukan dikirim: KBRI Kuala Lumpur",
            "Status: Baru → Dirujuk", "Hasil panggilan PPTKIS: PT Maju Jaya: Hadir",
            "Ditetapkan oleh Kasi",
            "7. Lampiran (1)", "paspor-dewi.pdf", "PDF",
            "8. Ringkasan riwayat perubahan", "Jumlah perubahan data", "TKI: Nama",
            "9. Kasus terkait", f"Dipertahankan; kasus {other} duplikatnya", "Rina Wati"):
        assert expected in text, expected


def test_english_case_file(sup, budi):
    number, _ = rich_case(sup, budi)
    pdf = sup.case_files.render(number, "en")
    text = text_of(pdf)
    for expected in ("CASE FILE", "Printed", "CONFIDENTIAL", "1. The worker (TKI)",
                     "2. The complainant", "3. The complaint", "Unpaid wages",
                     "4. Document checklist", "Missing", "5. Referrals and PPTKIS summons",
                     "6. Timeline", "Contact with the family: Reached", "7. Attachments (1)",
                     "8. Summary of the change history", "9. Linked cases", "Female"):
        assert expected in text, expected
    texts = pages(pdf)
    assert f"Page 1 of {len(texts)}" in texts[0]
    assert "Halaman" not in text


def test_every_step_of_a_200_step_timeline_and_page_n_of_m(sup):
    number = sup.cases.record_intake(make_intake())
    for i in range(200):
        sup.cases.add_event(number, "catatan", f"Langkah-{i:03d} koordinasi dengan KBRI.")
    pdf = sup.case_files.render(number, "id")
    texts = pages(pdf)
    whole = " ".join(texts)
    assert all(f"Langkah-{i:03d}" in whole for i in range(200))
    assert "6. Linimasa penanganan (201 langkah" in whole  # the intake's step, then 200
    total = len(texts)
    assert total > 5
    assert f"Halaman 1 dari {total}" in texts[0]
    assert f"Halaman {total} dari {total}" in texts[-1]
    for n, page in enumerate(texts, 1):
        assert f"Halaman {n} dari {total}" in page, n
    # Oldest first: the steps follow each other in order through the pages.
    positions = [whole.index(f"Langkah-{i:03d}") for i in range(200)]
    assert positions == sorted(positions)


def test_a_long_description_and_a_word_without_spaces_wrap_within_the_page(sup):
    long_word = "x" * 300
    description = ("Uraian panjang. " * 240)[:3600] + " " + long_word
    number = sup.cases.record_intake(make_intake(complaint__description=description))
    sup.cases.add_event(number, "catatan", "Akhir-catatan " + "kalimat panjang " * 240)
    texts = pages(sup.case_files.render(number, "id"))
    whole = "".join(texts).replace(" ", "")
    assert long_word in whole  # split over lines, never cut off at the edge
    assert "Akhir-catatan" in " ".join(texts)


# -- audit, permission, errors --------------------------------------------------------------------


def test_render_and_export_are_audited_with_the_case_number(sup, budi, out):
    number, _ = rich_case(sup, budi)
    budi.case_files.render(number)
    assert audit_rows(budi, audit.CASE_FILE_PRINTED) == [("budi", number)]
    assert audit_rows(budi, audit.CASE_FILE_EXPORTED) == []
    target = out / "berkas.pdf"
    steps = []
    assert budi.case_files.export(number, target, "en", progress=lambda d, t: steps.append(
        (d, t))) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    assert audit_rows(budi, audit.CASE_FILE_EXPORTED) == [("budi", number)]
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    assert os.listdir(out) == ["berkas.pdf"]


def test_front_office_may_not_print_or_export_the_case_file(sup, officer, out):
    number = sup.cases.record_intake(make_intake())
    with pytest.raises(PermissionDenied):
        officer.case_files.render(number)
    with pytest.raises(PermissionDenied):
        officer.case_files.export(number, out / "x.pdf")
    assert list(out.iterdir()) == []
    assert audit_rows(sup, audit.CASE_FILE_PRINTED) == []
    assert audit_rows(sup, audit.CASE_FILE_EXPORTED) == []


def test_an_unknown_case_number_is_a_clear_error(sup, out):
    with pytest.raises(CaseNotFound) as caught:
        sup.case_files.render("SBY-1999-A-00001")
    assert caught.value.text("id") == "Kasus tidak ditemukan."
    assert caught.value.text("en") == "Case not found."
    with pytest.raises(CaseNotFound):
        sup.case_files.export("SBY-1999-A-00001", out / "x.pdf")
    assert list(out.iterdir()) == []


def test_a_cancelled_export_leaves_no_file_and_no_audit_row(sup, out):
    number = sup.cases.record_intake(make_intake())
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= 4  # written to the hidden file, not yet renamed into place

    with pytest.raises(ExportCancelled):
        sup.case_files.export(number, out / "x.pdf", cancelled=cancelled)
    assert list(out.iterdir()) == []
    assert audit_rows(sup, audit.CASE_FILE_EXPORTED) == []


def test_export_into_a_missing_folder_is_a_clear_error(sup, out):
    number = sup.cases.record_intake(make_intake())
    with pytest.raises(ExportWriteFailed) as caught:
        sup.case_files.export(number, out / "missing" / "x.pdf")
    assert "missing" in caught.value.text("en")
    assert audit_rows(sup, audit.CASE_FILE_EXPORTED) == []


# -- the renderer alone ---------------------------------------------------------------------------


def minimal_data(**overrides) -> CaseFileData:
    base = dict(
        case_number="SBY-2026-A-00042", office_name="BP3TKI Surabaya", office_address="",
        office_phone="", status="Baru", received="1 Maret 2026, 09.00 WIB",
        printed_at="2 Maret 2026, 10.00 WIB", printed_by="Kasi", worker=(Pair("Nama", "Dewi"),),
        complainant=(Pair("Nama", "Siti"),), complaint=(Pair("Diterima", "1 Maret 2026"),),
        description="", documents=(), partners=(), steps=(), attachments=(), history=(),
        links=(), history_note="Data kasus belum pernah diubah sejak dicatat.")
    return CaseFileData(**{**base, **overrides})


def test_empty_sections_say_so():
    text = text_of(render_case_file(minimal_data()))
    assert text.count("Tidak ada.") == 5  # checklist, referrals, timeline, attachments, links
    assert "Data kasus belum pernah diubah sejak dicatat." in text
    assert "Halaman 1 dari 1" in text


def test_typed_text_is_escaped_and_characters_outside_the_font_do_not_break_it():
    steps = (Step("1 Maret 2026", "Catatan <b>&", "Kasi", "Nguyễn <i>tag</i> & 日本"),)
    items = (Item("Rujukan kepada <KBRI>", ("a & b",)),)
    pdf = render_case_file(minimal_data(steps=steps, partners=items))
    text = text_of(pdf)
    assert "Catatan <b>&" in text and "Nguyen <i>tag</i> & ??" in text
    assert "Rujukan kepada <KBRI>" in text


def test_same_data_same_bytes():
    assert render_case_file(minimal_data()) == render_case_file(minimal_data())
