"""Referral letters and PPTKIS summons as PDF (desktop/receipt/letters.py,
desktop/services/letters.py): what they say, in Indonesian dates, and how they are saved."""

from __future__ import annotations

import io
import os
import stat
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.domain import casework as cw  # noqa: E402
from desktop.domain.roles import PermissionDenied  # noqa: E402
from desktop.formatting import format_date, weekday_name, zone_info  # noqa: E402
from desktop.messages import HaloError  # noqa: E402
from desktop.receipt.letters import (  # noqa: E402
    LetterOffice,
    ReferralLetterData,
    SummonsLetterData,
    WorkerIdentity,
    office_city,
    render_referral_letter,
    render_summons_letter,
)
from desktop.services.receipts import ExportFailed  # noqa: E402
from tests.conftest import make_intake  # noqa: E402


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def core(login):
    return login("budi", "case_officer")


@pytest.fixture
def case(core):
    return core.cases.record_intake(make_intake(worker__pptkis="PT Maju Jaya Abadi"))


def refer(core, number, **kw) -> str:
    kl = core.directory.search("kuala lumpur")[0]
    base = {"stakeholder_id": kl.id, "addressee": kl.name, "kind": "perwakilan",
            "letter_no": "B.123/BP3TKI-SBY/XII/2026",
            "request": "Mohon bantuan menghubungi majikan agar gaji PMI dibayar.",
            "legal_basis": "consent_oral", "consent_on": core.cases.today().isoformat()}
    return core.referrals.refer(number, cw.ReferralInput(**{**base, **kw}))


def summon(core, number, agency_id="", agency="PT Maju Jaya Abadi", days=3, **kw) -> str:
    day = (core.cases.today() + timedelta(days=days)).isoformat()
    base = {"stakeholder_id": agency_id, "agency": agency, "letter_no": "B.77/2026",
            "meeting_on": day, "meeting_time": "09.30",
            "place": "Ruang rapat BP3TKI Surabaya"}
    return core.referrals.summon(number, cw.SummonsInput(**{**base, **kw}))


# -- the referral letter ------------------------------------------------------------------------

def test_the_referral_letter_names_the_number_addressee_case_worker_and_dates(core, case):
    rid = refer(core, case)
    [row] = core.referrals.of_case(case)
    text = text_of(core.letters.referral_letter(rid))
    today = core.cases.today()
    due = date.fromisoformat(row["reply_due"])
    for expected in ("B.123/BP3TKI-SBY/XII/2026", "Yth. KBRI Kuala Lumpur",
                     f"Perihal : Rujukan penanganan kasus {case}", "Dewi Lestari", "B1234567",
                     "Malaysia", "Tan Ah Kow", "PT Maju Jaya Abadi", "Gaji tidak dibayar",
                     "Gaji belum dibayar selama 6 bulan.",
                     "Mohon bantuan menghubungi majikan agar gaji PMI dibayar.",
                     f"Surabaya, {format_date(today)}",
                     f"paling lambat tanggal {format_date(due)}",
                     "a.n. Kepala BP3TKI Surabaya", "Budi", "Sifat : Biasa",
                     "dapat menghubungi Budi di BP3TKI Surabaya, telepon +62 31 8410040",
                     "Jl. Raya Juanda, Sidoarjo"):
        assert expected in text, expected
    assert "di tempat" in text  # the directory holds no address for this mission


def test_the_addressee_address_comes_from_the_directory(core, case):
    entry = core.directory.add(cw.StakeholderInput(kind="rumah_sakit", name="RSUD Dr. Soetomo",
                                                   address="Jl. Mayjen Prof. Dr. Moestopo 6-8"))
    rid = refer(core, case, stakeholder_id=entry, addressee="RSUD Dr. Soetomo",
                kind="rumah_sakit")
    text = text_of(core.letters.referral_letter(rid))
    assert "Yth. RSUD Dr. Soetomo Jl. Mayjen Prof. Dr. Moestopo 6-8" in text
    assert "di tempat" not in text


def test_a_one_off_addressee_without_letter_number_leaves_room_to_write_it(core, case):
    rid = refer(core, case, stakeholder_id="", addressee="Kepala Desa Sumberjo",
                kind="lainnya", letter_no="")
    text = text_of(core.letters.referral_letter(rid))
    assert "Nomor : ......" in text and "Yth. Kepala Desa Sumberjo" in text


def test_an_urgent_case_is_sent_as_urgent(core):
    number = core.cases.record_intake(make_intake(complaint__category="meninggal_dunia"))
    assert "Sifat : Segera" in text_of(core.letters.referral_letter(refer(core, number)))


def test_the_referral_letter_in_english_for_the_ui_language(core, case):
    text = text_of(core.letters.referral_letter(refer(core, case), lang="en"))
    assert f"Referral for handling of case {case}" in text and "Dear Sir or Madam" in text
    assert f"Surabaya, {format_date(core.cases.today(), 'en')}" in text


# -- the summons ------------------------------------------------------------------------------------

def test_the_summons_letter_gives_the_meeting_in_indonesian_and_what_to_bring(core, case):
    agency = core.directory.add(cw.StakeholderInput(
        kind="pptkis", name="PT Maju Jaya Abadi", address="Jl. Raya Darmo 45, Surabaya"))
    sid = summon(core, case, agency)
    pdf = core.letters.summons_letter(sid)
    [row] = core.referrals.summons_of_case(case)
    meeting = datetime.fromisoformat(row["meeting_at"].replace("Z", "+00:00")).astimezone(
        zone_info("WIB"))
    text = text_of(pdf)
    for expected in ("B.77/2026", "Yth. Pimpinan PT Maju Jaya Abadi",
                     "Jl. Raya Darmo 45, Surabaya",
                     f"Panggilan klarifikasi pengaduan {case}",
                     f"{weekday_name(meeting.date())}, {format_date(meeting.date())}",
                     "09.30 WIB s.d. selesai", "Ruang rapat BP3TKI Surabaya",
                     "Dewi Lestari", "SIP3MI", "Mohon membawa", "+62 31 8410040",
                     "Sifat : Penting"):
        assert expected in text, expected
    assert page_count(pdf) == 1


def test_unknown_letters_say_so(core):
    for render, code in ((core.letters.referral_letter, "referral_unknown"),
                         (core.letters.summons_letter, "summons_unknown")):
        with pytest.raises(HaloError) as info:
            render("no-such-id")
        assert info.value.code == code


def test_front_office_does_not_print_letters(officer, core, case):
    rid = refer(core, case)
    with pytest.raises(PermissionDenied):
        officer.letters.referral_letter(rid)


# -- saving -----------------------------------------------------------------------------------------

def test_export_writes_only_that_file_private_and_audits_the_case(core, case, tmp_path):
    pdf = core.letters.referral_letter(refer(core, case))
    target = core.letters.export(pdf, tmp_path / "rujukan.pdf")
    assert target.read_bytes() == pdf
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    [audit] = core.store.query_dicts(
        "SELECT target, detail FROM audit_log WHERE action = 'letter_exported'")
    assert audit == {"target": case, "detail": "surat_rujukan"}


def test_export_to_a_missing_folder_fails_clearly(core, case, tmp_path):
    pdf = core.letters.summons_letter(summon(core, case))
    missing = tmp_path / "no-such-folder" / "panggilan.pdf"
    with pytest.raises(ExportFailed) as info:
        core.letters.export(pdf, missing)
    assert str(missing) in info.value.text("id") and not missing.exists()
    assert core.store.query("SELECT 1 FROM audit_log WHERE action = 'letter_exported'") == []


def test_printing_is_audited_with_the_case(core, case):
    pdf = core.letters.summons_letter(summon(core, case))
    core.letters.record_printed(pdf)
    [audit] = core.store.query_dicts(
        "SELECT target, detail FROM audit_log WHERE action = 'letter_printed'")
    assert audit == {"target": case, "detail": "surat_panggilan"}


# -- rendering on its own ------------------------------------------------------------------------

OFFICE = LetterOffice("BP3TKI Kupang", "Jl. Frans Seda, Kupang, NTT", "+62 380 8553160", "WITA",
                      "Kupang")
WORKER = WorkerIdentity("Maria Goreti <b>Nahak</b>", "C7654321", "Malaysia", "Lim & Sons",
                        "", "Ingin dipulangkan")


def referral_data(**kw) -> ReferralLetterData:
    base = ReferralLetterData(
        office=OFFICE, letter_no="B.9/2026", dated=date(2026, 11, 22), addressee="KJRI Kuching",
        addressee_address="", case_number="KPG-2026-A-00007", received_on=date(2026, 11, 20),
        worker=WORKER, summary="Ingin pulang.", request="Mohon fasilitasi pemulangan.",
        reply_due=date(2026, 12, 4), officer_name="Yohanes Bria")
    return replace(base, **kw)


def test_dates_are_written_the_indonesian_way_and_markup_is_literal():
    text = text_of(render_referral_letter(referral_data()))
    assert "Kupang, 22 November 2026" in text and "4 Desember 2026" in text
    assert "20 November 2026" in text
    assert "Maria Goreti <b>Nahak</b>" in text and "Lim & Sons" in text


def test_a_long_request_still_renders_and_the_signature_stays_with_the_closing():
    long = "Mohon bantuan. " * 400
    pdf = render_referral_letter(referral_data(request=long, summary=long))
    text = text_of(pdf)
    assert "…" in text and page_count(pdf) <= 3
    last = pypdf.PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
    assert "Demikian surat ini" in last and "Yohanes Bria" in last


def test_without_reply_date_the_letter_still_asks_for_a_reply():
    text = text_of(render_referral_letter(referral_data(reply_due=None)))
    assert "Kami mohon jawaban" in text and "paling lambat" not in text


def test_an_office_without_phone_is_contacted_through_the_officer():
    text = text_of(render_referral_letter(referral_data(office=replace(OFFICE, phone=""))))
    assert "menghubungi Yohanes Bria di BP3TKI Kupang." in text and "telepon" not in text


def test_the_meeting_is_shown_in_the_offices_zone():
    data = SummonsLetterData(
        office=OFFICE, letter_no="", dated=date(2026, 11, 22), agency="PT Timor Jaya",
        agency_address="", case_number="KPG-2026-A-00007", worker=WORKER,
        meeting_at=datetime(2026, 11, 30, 1, 0, tzinfo=UTC), place="Kantor BP3TKI Kupang",
        officer_name="Yohanes Bria")
    text = text_of(render_summons_letter(data))
    assert "Senin, 30 November 2026" in text and "09.00 WITA s.d. selesai" in text
    assert "+62 380 8553160" in text


def test_same_input_gives_identical_bytes_and_no_personal_data_in_metadata():
    pdf = render_referral_letter(referral_data())
    assert pdf == render_referral_letter(referral_data())
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert "Maria" not in " ".join(str(v) for v in meta.values())
    assert meta.title == "Rujukan penanganan kasus KPG-2026-A-00007"


@pytest.mark.parametrize(("name", "city"), [
    ("BP3TKI Surabaya", "Surabaya"), ("BP3TKI Tanjung Pinang", "Tanjung Pinang"),
    ("Kantor Pusat (Crisis Center) Jakarta", "Jakarta"), ("", "")])
def test_the_city_a_letter_is_written_in(name, city):
    assert office_city(name) == city
