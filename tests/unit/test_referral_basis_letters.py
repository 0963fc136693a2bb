"""A referral letter needs a recorded basis for sharing (issue 14 §1.4, UU PDP): without one
it is not made (so neither printed nor saved); with one it states it in a line; the case
file lists each referral's basis; the demo's referrals carry a plausible basis."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.demo import bulk_generate, generate_cases  # noqa: E402
from desktop.domain import casework as cw  # noqa: E402
from desktop.domain import data_protection as pdp  # noqa: E402
from desktop.domain.reference import Reference  # noqa: E402
from desktop.formatting import format_date  # noqa: E402
from desktop.messages import HaloError  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.receipt.case_file_steps import Words, partner_items  # noqa: E402
from desktop.receipt.letters import LetterBasis, basis_sentence  # noqa: E402
from desktop.session.login import log_in  # noqa: E402
from desktop.session.setup import InitRequest, initialize  # noqa: E402
from tests import casework_rows as rows  # noqa: E402
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake  # noqa: E402

KL = "KBRI Kuala Lumpur"


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


@pytest.fixture
def budi(login):
    return login("budi", "case_officer")


@pytest.fixture
def number(budi):
    return budi.cases.record_intake(make_intake())


def letter_actions(core) -> list[str]:
    return [a for (a,) in core.store.query(
        "SELECT action FROM audit_log WHERE action LIKE 'letter_%'")]


# -- no basis, no letter ----------------------------------------------------------------------

def test_an_old_referral_without_basis_gets_no_letter_until_one_is_recorded(budi, number):
    old = rows.add_referral(budi, number)  # made before this release
    with pytest.raises(HaloError) as info:
        budi.letters.referral_letter(old)
    error = info.value
    assert (error.code, error.field) == ("referral_letter_needs_basis", "legal_basis")
    assert error.text("id").startswith(
        f"Surat rujukan kepada {KL} belum dapat dicetak atau disimpan: dasar berbagi data")
    assert "persetujuan pengadu (lisan atau tertulis, dengan tanggalnya)" in error.text("id")
    assert error.text("en").startswith(f"The referral letter to {KL} cannot be printed or saved")
    assert "vital interest, or a legal obligation" in error.text("en")
    assert letter_actions(budi) == []  # nothing made, nothing to print or save
    budi.referrals.record_basis(old, cw.BasisInput(pdp.VITAL_INTEREST))
    pdf = budi.letters.referral_letter(old)
    budi.letters.record_printed(pdf)
    assert letter_actions(budi) == ["letter_printed"]


def test_an_incomplete_consent_that_arrived_by_sync_is_no_basis(budi, number):
    rid = rows.add_referral(budi, number)
    with budi.write() as tx:  # consent without who recorded it: not complete
        tx.update("referral", rid, {"legal_basis": "consent_oral", "consent_on": "2026-12-01"})
    with pytest.raises(HaloError) as info:
        budi.letters.referral_letter(rid)
    assert info.value.code == "referral_letter_needs_basis"


# -- the letter's line ------------------------------------------------------------------------

def refer(core, number, **kw) -> str:
    base = {"addressee": KL, "kind": "perwakilan", "method": "surat", "letter_no": "B.1/2026",
            "request": "Mohon bantuan pemulangan."}
    return core.referrals.refer(number, cw.ReferralInput(**{**base, **kw}))


def test_the_letter_states_an_oral_consent_its_date_and_who_recorded_it(budi, number, login):
    today = budi.cases.today()
    rid = refer(budi, number, legal_basis=pdp.CONSENT_ORAL, consent_on=today.isoformat())
    # Whoever prints it, the line names who recorded the consent.
    text = text_of(login("kasi", "supervisor").letters.referral_letter(rid))
    assert (f"Data pribadi dalam surat ini kami sampaikan atas persetujuan lisan pengadu yang "
            f"diberikan pada tanggal {format_date(today)} (dicatat oleh Budi).") in text
    assert ("Mohon data tersebut dijaga kerahasiaannya dan hanya digunakan untuk penanganan "
            "pengaduan ini (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi).") in text
    english = text_of(budi.letters.referral_letter(rid, lang="en"))
    assert (f"shared with the complainant's oral consent, given on {format_date(today, 'en')} "
            "(recorded by Budi)") in english


def test_the_letter_states_vital_interest_or_the_legal_duty(budi):
    death = budi.cases.record_intake(make_intake(complaint__category="meninggal_dunia"))
    vital = text_of(budi.letters.referral_letter(
        refer(budi, death, legal_basis=pdp.VITAL_INTEREST)))
    assert ("Data pribadi dalam surat ini kami sampaikan untuk melindungi kepentingan vital TKI "
            "yang bersangkutan.") in vital
    duty = text_of(budi.letters.referral_letter(refer(
        budi, death, legal_basis=pdp.LEGAL_OBLIGATION,
        basis_note="Pasal 7 UU No. 18 Tahun 2017 <pelindungan>.")))
    assert ("untuk memenuhi kewajiban menurut peraturan perundang-undangan: Pasal 7 UU No. 18 "
            "Tahun 2017 <pelindungan>.") in duty


def test_a_written_consent_line_and_the_letter_stays_one_page(budi, number):
    today = budi.cases.today()
    pdf = budi.letters.referral_letter(refer(
        budi, number, legal_basis=pdp.CONSENT_WRITTEN, consent_on=today.isoformat(),
        basis_note="Surat persetujuan dipindai."))
    assert (f"atas persetujuan tertulis pengadu tertanggal {format_date(today)} (dicatat oleh "
            "Budi)") in text_of(pdf)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1


def test_the_basis_sentence_on_its_own():
    consent = LetterBasis(pdp.CONSENT_ORAL, date(2026, 12, 3), "Budi <Santoso>")
    assert basis_sentence(consent, "id").startswith(
        "Data pribadi dalam surat ini kami sampaikan atas persetujuan lisan pengadu yang "
        "diberikan pada tanggal 3&nbsp;Desember&nbsp;2026 (dicatat oleh Budi &lt;Santoso&gt;).")
    assert basis_sentence(LetterBasis("unknown"), "id") == ""


# -- the case file -----------------------------------------------------------------------------

def test_the_case_file_lists_each_referrals_basis(budi, number, login):
    today = budi.cases.today()
    refer(budi, number, legal_basis=pdp.CONSENT_ORAL, consent_on=today.isoformat())
    refer(budi, number, addressee="Polda Jawa Timur", kind="polisi",
          legal_basis=pdp.LEGAL_OBLIGATION, basis_note="Laporan tindak pidana")
    rows.add_referral(budi, number, addressee="RS Bhayangkara", sent_on=today)
    kasi = login("kasi", "supervisor")
    text = text_of(kasi.case_files.render(number, "id"))
    for expected in (
            "Dasar berbagi data: Persetujuan lisan pengadu, diberikan "
            f"{format_date(today)}, dicatat oleh Budi",
            "Dasar berbagi data: Kewajiban menurut undang-undang",
            "Keterangan dasar: Laporan tindak pidana",
            "Dasar berbagi data: BELUM DICATAT"):
        assert expected in text, expected
    english = text_of(kasi.case_files.render(number, "en"))
    assert "Basis for sharing the data: NOT RECORDED" in english
    assert "Basis for sharing the data: A legal obligation" in english


def test_case_file_basis_lines_from_rows():
    w = Words(Reference.from_seed(), "WIB", "id", {"budi": "Budi Santoso"})
    row = {"addressee": KL, "sent_on": "2026-12-01", "method": "surat", "reply_due": "",
           "state": "terkirim", "legal_basis": "consent_written", "consent_on": "2026-11-30",
           "consent_by": "budi", "basis_note": "Surat\npersetujuan."}
    [item] = partner_items([row], [], w)
    assert item.lines[-2:] == (
        "Dasar berbagi data: Persetujuan tertulis pengadu, diberikan 30 November 2026, "
        "dicatat oleh Budi Santoso", "Keterangan dasar: Surat persetujuan.")


# -- the demo ----------------------------------------------------------------------------------

@pytest.fixture(scope="module", params=["services", "bulk"])
def demo(request, tmp_path_factory):
    paths = DataPaths(tmp_path_factory.mktemp(request.param) / "data")
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("kasi", "Kepala Seksi", "supervisor", STAFF_PW)
    admin.accounts.add_user("budi", "Budi Petugas", "case_officer", STAFF_PW)
    admin.close()
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    (generate_cases if request.param == "services" else bulk_generate)(core, 120, seed=5)
    yield core
    core.close()


def test_demo_referrals_rest_on_a_plausible_basis_and_their_letters_print(demo):
    found = demo.store.query_dicts(
        "SELECT r.*, c.category FROM referrals r JOIN cases c ON c.id = r.case_id")
    assert found
    assert all(cw.has_basis(r) for r in found)
    for r in found:
        if r["category"] in pdp.VITAL_CATEGORIES:
            assert r["legal_basis"] == pdp.VITAL_INTEREST
        else:
            assert r["legal_basis"] in pdp.CONSENTS
            assert r["consent_by"] == r["created_by"] and r["consent_on"] == r["sent_on"]
    assert {r["legal_basis"] for r in found} >= {pdp.CONSENT_ORAL, pdp.CONSENT_WRITTEN}
    written = next(r for r in found if r["legal_basis"] == pdp.CONSENT_WRITTEN)
    assert "persetujuan tertulis pengadu" in text_of(demo.letters.referral_letter(written["id"]))


def test_demo_consent_is_never_after_today(demo):
    today = demo.cases.today()
    consents = [date.fromisoformat(c) for (c,) in demo.store.query(
        "SELECT consent_on FROM referrals WHERE consent_on != ''")]
    assert consents and max(consents) <= today and min(consents) > today - timedelta(days=800)
