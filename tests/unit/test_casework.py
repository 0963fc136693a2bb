"""Case work rules (desktop/domain/casework.py): referrals, summons, directory entries, closure
proposals and family contacts, as checked before they are stored and as derived after."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain import casework as cw
from desktop.domain.reference import Reference
from desktop.domain.validation import ValidationErrors

REF = Reference.from_seed()
TODAY = date(2026, 6, 10)  # a Wednesday
WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 6, 10, 9, 0, tzinfo=WIB)


def fields_of(exc: ValidationErrors) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def referral(**kw) -> cw.ReferralInput:
    base = {"stakeholder_id": "s-1", "addressee": "KBRI Kuala Lumpur", "kind": "perwakilan",
            "method": "surat", "letter_no": "B.123/PP/VI/2026", "sent_on": "08/06/2026",
            "request": "Mohon bantuan pemulangan.", "legal_basis": "consent_oral",
            "consent_on": "08/06/2026"}
    return cw.ReferralInput(**{**base, **kw})


def test_a_referral_gets_its_kind_s_default_reply_time_in_working_days():
    out = cw.normalize_referral(referral(), REF, TODAY)
    assert out["sent_on"] == "2026-06-08"
    # 14 working days after Monday 8 June: 16 June (Islamic New Year) is not one.
    assert out["reply_due"] == "2026-06-29"
    assert out["letter_no"] == "B.123/PP/VI/2026"
    pptkis = cw.normalize_referral(referral(kind="pptkis"), REF, TODAY)
    assert pptkis["reply_due"] == "2026-06-18"  # 7 working days, 16 June again skipped


def test_a_referral_sent_today_when_no_date_is_given():
    assert cw.normalize_referral(referral(sent_on=""), REF, TODAY)["sent_on"] == "2026-06-10"


@pytest.mark.parametrize(("override", "field", "code"), [
    ({"reply_due": "01/06/2026"}, "reply_due", "referral_due_before_sent"),
    ({"sent_on": "01/06/2026", "reply_due": "05/06/2026"}, "reply_due", "referral_due_past"),
    ({"sent_on": "11/06/2026"}, "sent_on", "validation.date_future"),
    ({"addressee": ""}, "addressee", "validation.required"),
    ({"method": "merpati"}, "method", "unknown_choice"),
    ({"request": "  "}, "request", "validation.required"),
])
def test_a_referral_s_bad_input_is_named_at_its_field(override, field, code):
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_referral(referral(**override), REF, TODAY)
    assert fields_of(info.value)[field] == code


def test_a_reply_dated_before_the_referral_was_sent_is_refused():
    sent = {"sent_on": "2026-06-08", "reply_on": "", "withdrawn_on": ""}
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_reply(cw.ReplyInput("05/06/2026", "Sudah dipulangkan."), sent, TODAY)
    error = info.value.errors[0]
    assert (error.field, error.code) == ("reply_on", "referral_reply_before_sent")
    # The date as people write it, in each language.
    assert "(8 Juni 2026)" in error.text("id") and "(8 June 2026)" in error.text("en")
    out = cw.normalize_reply(cw.ReplyInput("", "Sudah dipulangkan."), sent, TODAY)
    assert out == {"reply_on": "2026-06-10", "reply_summary": "Sudah dipulangkan."}


def test_a_referral_answered_or_withdrawn_takes_no_second_reply():
    answered = {"sent_on": "2026-06-08", "reply_on": "2026-06-09", "withdrawn_on": ""}
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_reply(cw.ReplyInput("", "Lagi."), answered, TODAY)
    assert fields_of(info.value) == {"reply_on": "referral_already_closed"}


def test_a_summons_meeting_is_in_the_office_zone_and_never_in_the_past():
    inp = cw.SummonsInput("s-9", "PT Maju Jaya (demo)", "B.7/2026", "12/06/2026", "09.30",
                          "Kantor BP3TKI Surabaya")
    out = cw.normalize_summons(inp, NOW, WIB)
    assert out["meeting_at"] == "2026-06-12T02:30:00.000000Z"
    inp.meeting_on, inp.meeting_time = "10/06/2026", "08.59"
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_summons(inp, NOW, WIB)
    assert fields_of(info.value) == {"meeting_on": "summons_meeting_past"}
    inp.meeting_time = "9 pagi"
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_summons(inp, NOW, WIB)
    assert fields_of(info.value) == {"meeting_time": "time_format"}


def test_a_summons_outcome_needs_the_attendance():
    assert cw.normalize_summons_outcome(cw.SummonsOutcomeInput("tidak_hadir", ""), REF) == {
        "attendance": "tidak_hadir", "result": ""}
    with pytest.raises(ValidationErrors):
        cw.normalize_summons_outcome(cw.SummonsOutcomeInput("", "x"), REF)


def test_a_directory_entry_is_checked_like_any_form():
    out = cw.normalize_stakeholder(cw.StakeholderInput(
        "pptkis", " PT  Sinar  Harapan ", "", "KEP.123/2020", "aktif", "Jl. Contoh 1",
        "031-1234567", "info@contoh.co.id"), REF)
    assert out["name"] == "PT Sinar Harapan" and out["phone"] == "+62311234567"
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_stakeholder(cw.StakeholderInput("bank", "", "XX", phone="abc"), REF)
    assert set(fields_of(info.value)) == {"kind", "name", "country", "phone"}


def test_a_closure_proposal_follows_the_closing_rules():
    out = cw.normalize_proposal(cw.ProposalInput("selesai", "dipulangkan", "", "Sudah pulang."),
                                REF, "SBY-2026-A-00001")
    assert out == {"proposed_status": "selesai", "proposed_outcome": "dipulangkan",
                   "proposed_duplicate_of": "", "proposal_summary": "Sudah pulang."}
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_proposal(cw.ProposalInput("selesai", "duplikat", "", "x"), REF,
                              "SBY-2026-A-00001")
    assert fields_of(info.value) == {"outcome": "outcome_mismatch",
                                     "duplicate_of": "duplicate_of_required"}
    with pytest.raises(ValidationErrors) as info:
        cw.normalize_proposal(cw.ProposalInput("proses", "dipulangkan", "", "x"), REF, "N")
    assert "status" in fields_of(info.value)


@pytest.mark.parametrize(("row", "state"), [
    ({"reply_due": "2026-06-12"}, cw.SENT),
    ({"reply_due": "2026-06-09"}, cw.OVERDUE),
    ({"reply_due": "2026-06-09", "reply_on": "2026-06-08"}, cw.ANSWERED),
    ({"reply_due": "2026-06-09", "withdrawn_on": "2026-06-09"}, cw.WITHDRAWN),
])
def test_a_referral_s_state(row, state):
    assert cw.referral_state(row, TODAY) == state


def test_three_failed_contacts_in_a_row_mean_contact_is_lost():
    assert cw.failed_contact_streak(["tersambung", "tidak_diangkat", "salah_nomor"], REF) == 2
    assert not cw.contact_lost(["tidak_diangkat", "tersambung", "tidak_diangkat"], REF)
    assert cw.contact_lost(["tersambung", "tidak_diangkat", "pesan_ditinggalkan",
                            "salah_nomor"], REF)


def test_an_agency_missing_two_summons_is_flagged():
    assert not cw.agency_flagged(["hadir", "tidak_hadir", ""], REF)
    assert cw.agency_flagged(["tidak_hadir", "hadir", "tidak_hadir"], REF)


def test_urgency_comes_from_the_category_or_a_person():
    assert cw.is_urgent({"category": "meninggal_dunia", "urgent": ""}, REF)
    assert cw.is_urgent({"category": "lainnya", "urgent": "1"}, REF)
    assert not cw.is_urgent({"category": "biaya_berlebih", "urgent": ""}, REF)


def test_a_summons_is_suggested_without_a_ktkln_or_for_an_agency_complaint():
    assert cw.summons_suggested({"category": "lainnya"}, "tidak_ada", REF)
    assert cw.summons_suggested({"category": "biaya_berlebih"}, "ada", REF)
    assert not cw.summons_suggested({"category": "sakit"}, "ada", REF)
