"""What sharing a referral's data with its addressee rests on (issue 14 §1.4, UU PDP): the
rules (desktop/domain/casework.py) and the service that records it when the referral is
made or afterwards (desktop/services/referrals.py)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.domain import casework as cw
from desktop.domain import data_protection as pdp
from desktop.domain.reference import Reference
from desktop.domain.roles import PermissionDenied
from desktop.domain.validation import ValidationErrors
from desktop.messages import HaloError
from tests import casework_rows as rows
from tests.conftest import make_intake

REF = Reference.from_seed()
TODAY = date(2026, 6, 10)
RECEIVED = date(2026, 6, 1)
KL = "KBRI Kuala Lumpur"


def referral(**kw) -> cw.ReferralInput:
    base = {"addressee": KL, "kind": "perwakilan", "method": "surat", "sent_on": "08/06/2026",
            "request": "Mohon bantuan pemulangan."}
    return cw.ReferralInput(**{**base, **kw})


def basis(legal_basis: str = pdp.CONSENT_ORAL, consent_on: str = "05/06/2026",
          note: str = "") -> dict[str, str]:
    return cw.normalize_basis(cw.BasisInput(legal_basis, consent_on, note), TODAY, RECEIVED)


def refused(fn, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as info:
        fn(*args, **kwargs)
    return {e.field: e.code for e in info.value.errors}


# -- the rules -------------------------------------------------------------------------------

def test_consent_keeps_its_date_and_the_recorder_is_the_person_logged_in():
    oral = cw.with_recorder(basis(), "budi")
    assert oral == {"legal_basis": "consent_oral", "consent_on": "2026-06-05",
                    "basis_note": "", "consent_by": "budi"}
    written = cw.with_recorder(basis(pdp.CONSENT_WRITTEN, "01/06/2026",
                                     "Surat persetujuan dipindai."), "rina")
    assert written == {"legal_basis": "consent_written", "consent_on": "2026-06-01",
                       "basis_note": "Surat persetujuan dipindai.", "consent_by": "rina"}
    assert pdp.basis_complete(**{k: written[k] for k in ("legal_basis", "consent_on",
                                                          "consent_by")})


def test_vital_interest_and_legal_obligation_record_no_consent_even_if_a_date_was_typed():
    vital = cw.with_recorder(basis(pdp.VITAL_INTEREST), "budi")
    assert vital == {"legal_basis": "vital_interest", "consent_on": "", "basis_note": "",
                     "consent_by": ""}
    duty = cw.with_recorder(basis(pdp.LEGAL_OBLIGATION, note="UU 18/2017 Pasal 7"), "budi")
    assert (duty["legal_basis"], duty["consent_on"], duty["consent_by"], duty["basis_note"]) == (
        "legal_obligation", "", "", "UU 18/2017 Pasal 7")
    assert cw.has_basis(vital) and cw.has_basis(duty)


@pytest.mark.parametrize(("kw", "field", "code"), [
    ({"legal_basis": ""}, "legal_basis", "referral_basis_missing"),
    ({"legal_basis": "persetujuan"}, "legal_basis", "referral_basis_missing"),
    ({"consent_on": ""}, "consent_on", "referral_consent_date_missing"),
    ({"consent_on": "11/06/2026"}, "consent_on", "validation.date_future"),
    ({"consent_on": "31/05/2026"}, "consent_on", "referral_consent_before_case"),
    ({"consent_on": "kemarin"}, "consent_on", "validation.date_format"),
    ({"legal_basis": pdp.LEGAL_OBLIGATION}, "basis_note", "referral_obligation_note_missing"),
    ({"legal_basis": pdp.LEGAL_OBLIGATION, "note": "x" * 501}, "basis_note",
     "validation.text_too_long"),
    ({"note": "Dipindai\x00"}, "basis_note", "validation.control_chars"),
])
def test_a_bad_basis_is_named_at_its_field(kw, field, code):
    assert refused(basis, **kw) == {field: code}


def test_the_messages_say_what_to_record_in_both_languages():
    with pytest.raises(ValidationErrors) as info:
        basis(consent_on="31/05/2026")
    [error] = info.value.errors
    assert error.text("id") == (
        "Tanggal persetujuan tidak boleh sebelum pengaduan diterima (1 Juni 2026).")
    assert error.text("en") == (
        "Consent cannot be dated before the complaint was received (1 June 2026).")
    for msg in (cw.MSG_BASIS_MISSING, cw.MSG_CONSENT_DATE_MISSING, cw.MSG_OBLIGATION_NOTE):
        assert msg.text("id") != msg.text("en") and msg.text("id") and msg.text("en")
    assert "kewajiban menurut undang-undang" in cw.MSG_BASIS_MISSING.text("id")


def test_a_referral_without_basis_is_refused_with_every_other_fault_at_once():
    assert refused(cw.normalize_referral, referral(addressee=""), REF, TODAY, RECEIVED) == {
        "addressee": "validation.required", "legal_basis": "referral_basis_missing"}
    out = cw.normalize_referral(referral(legal_basis=pdp.CONSENT_ORAL, consent_on="08/06/2026"),
                                REF, TODAY, RECEIVED)
    assert (out["legal_basis"], out["consent_on"], out["basis_note"]) == (
        "consent_oral", "2026-06-08", "")
    assert "consent_by" not in out  # never typed: the service sets it


def test_vital_interest_is_offered_first_where_the_category_expects_it():
    for category in pdp.VITAL_CATEGORIES:
        assert cw.basis_order(category)[0] == pdp.VITAL_INTEREST
    assert cw.basis_order("gaji_tidak_dibayar") == pdp.LEGAL_BASES
    assert sorted(cw.basis_order("meninggal_dunia")) == sorted(pdp.LEGAL_BASES)


def test_a_row_has_a_basis_only_when_it_is_complete():
    assert not cw.has_basis({})
    assert not cw.has_basis({"legal_basis": "", "consent_on": "", "consent_by": ""})
    assert not cw.has_basis({"legal_basis": "consent_oral", "consent_on": "2026-06-05",
                             "consent_by": ""})
    assert cw.has_basis({"legal_basis": "vital_interest", "consent_on": "", "consent_by": ""})


# -- the service -------------------------------------------------------------------------------

@pytest.fixture
def budi(login):
    return login("budi", "case_officer")


def refer(core, number, **kw) -> str:
    today = core.cases.today().isoformat()
    base = {"addressee": KL, "kind": "perwakilan", "method": "surat", "letter_no": "B.1/2026",
            "request": "Mohon bantuan pemulangan.", "legal_basis": pdp.CONSENT_ORAL,
            "consent_on": today}
    return core.referrals.refer(number, cw.ReferralInput(**{**base, **kw}))


def referral_changes(core, referral_id: str) -> list[dict]:
    return [json.loads(f) for (f,) in core.store.query(
        "SELECT fields FROM changes WHERE entity = 'referral' AND entity_id = ? ORDER BY hlc",
        (referral_id,))]


def test_a_referral_records_its_basis_with_the_person_logged_in(budi):
    number = budi.cases.record_intake(make_intake())
    rid = refer(budi, number)
    [row] = budi.referrals.of_case(number)
    assert (row["id"], row["legal_basis"], row["consent_on"], row["consent_by"]) == (
        rid, "consent_oral", budi.cases.today().isoformat(), "budi")
    # It travels with the referral's insert (synced like every field of it).
    [insert] = referral_changes(budi, rid)
    assert insert["legal_basis"] == "consent_oral" and insert["consent_by"] == "budi"


def test_a_referral_without_basis_writes_nothing(budi):
    number = budi.cases.record_intake(make_intake())
    with pytest.raises(ValidationErrors) as info:
        refer(budi, number, legal_basis="")
    assert [e.field for e in info.value.errors] == ["legal_basis"]
    assert budi.referrals.of_case(number) == []
    assert "rujukan_dikirim" not in [e["event_type"] for e in budi.cases.get(number).events]


def test_consent_cannot_predate_the_complaint(budi):
    received = budi.cases.today() - timedelta(days=10)
    number = budi.cases.record_intake(make_intake(
        complaint__received_on=received.strftime("%d/%m/%Y")))
    with pytest.raises(ValidationErrors) as info:
        refer(budi, number, consent_on=(received - timedelta(days=1)).isoformat())
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("consent_on", "referral_consent_before_case")]
    refer(budi, number, consent_on=received.isoformat())  # the day it was received: fine


def test_an_old_referral_gets_its_basis_afterwards_as_a_synced_update(budi, login):
    number = budi.cases.record_intake(make_intake())
    old = rows.add_referral(budi, number)  # made before this release: no basis
    assert not cw.has_basis(budi.referrals.of_case(number)[0])
    kasi = login("kasi", "supervisor")
    kasi.referrals.record_basis(old, cw.BasisInput(pdp.VITAL_INTEREST))
    [row] = budi.referrals.of_case(number)
    assert (row["legal_basis"], row["consent_on"], row["consent_by"]) == ("vital_interest", "", "")
    # Changing it later is another update, with who recorded the consent.
    budi.referrals.record_basis(old, cw.BasisInput(
        pdp.CONSENT_WRITTEN, budi.cases.today().strftime("%d/%m/%Y"), "Surat bertanda tangan."))
    updates = referral_changes(budi, old)[1:]
    assert [u.get("legal_basis") for u in updates] == ["vital_interest", "consent_written"]
    assert updates[-1]["consent_by"] == "budi"
    assert updates[-1]["basis_note"] == "Surat bertanda tangan."
    # The same basis again changes nothing and sends nothing.
    budi.referrals.record_basis(old, cw.BasisInput(
        pdp.CONSENT_WRITTEN, budi.cases.today().isoformat(), "Surat bertanda tangan."))
    assert len(referral_changes(budi, old)) == 3


def test_a_bad_basis_afterwards_leaves_the_referral_as_it_was(budi):
    number = budi.cases.record_intake(make_intake())
    old = rows.add_referral(budi, number)
    with pytest.raises(ValidationErrors) as info:
        budi.referrals.record_basis(old, cw.BasisInput(pdp.LEGAL_OBLIGATION, "", " "))
    assert [e.field for e in info.value.errors] == ["basis_note"]
    assert budi.referrals.of_case(number)[0]["legal_basis"] == ""
    assert len(referral_changes(budi, old)) == 1


def test_who_may_record_a_basis_and_of_which_referral(budi, officer):
    number = budi.cases.record_intake(make_intake())
    old = rows.add_referral(budi, number)
    with pytest.raises(PermissionDenied):
        officer.referrals.record_basis(old, cw.BasisInput(pdp.VITAL_INTEREST))
    with pytest.raises(HaloError) as info:
        budi.referrals.record_basis("no-such-referral", cw.BasisInput(pdp.VITAL_INTEREST))
    assert (info.value.code, info.value.field) == ("referral_unknown", "referral")


def test_an_anonymised_case_takes_no_new_basis(budi):
    number = budi.cases.record_intake(make_intake())
    old = rows.add_referral(budi, number)
    case_id = budi.cases.resolve(number)["id"]
    with budi.write() as tx:  # as the retention run leaves it (it arrives by sync)
        tx.update("case", case_id, {"anonymised_at": tx.now})
    with pytest.raises(HaloError) as info:
        budi.referrals.record_basis(old, cw.BasisInput(pdp.VITAL_INTEREST))
    assert (info.value.code, info.value.field) == ("case_anonymised_read_only", "case")
    assert "dianonimkan" in info.value.text("id") and "anonymised" in info.value.text("en")
    assert budi.referrals.of_case(number)[0]["legal_basis"] == ""


def test_the_waiting_list_says_which_referrals_lack_a_basis(budi):
    number = budi.cases.record_intake(make_intake())
    with_basis = refer(budi, number)
    without = rows.add_referral(budi, number, sent_on=budi.cases.today())
    recorded = {p.id: p.basis_recorded for p in budi.referrals.pending()}
    assert recorded == {with_basis: True, without: False}
