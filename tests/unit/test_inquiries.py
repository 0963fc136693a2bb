"""Information requests (issue 12 §3): recorded without any worker identity, validated like
the rest of the desk's input, listed and searched newest first, counted apart from
complaints, and turned into a complaint that keeps their text, both naming each other."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.inquiries import InquiryInput
from desktop.domain.validation import ValidationErrors
from desktop.messages import HaloError
from desktop.store.schema import schema_version
from tests.conftest import make_intake


def ask(core, **overrides) -> str:
    fields = {"channel": "telepon", "topic": "biaya_penempatan",
              "question": "Berapa biaya resmi penempatan ke Taiwan?",
              "answer": "Dijelaskan komponen biaya menurut peraturan; tidak ada biaya lain.",
              **overrides}
    return core.inquiries.record(InquiryInput(**fields))


def fields_of(exc: ValidationErrors) -> set[str]:
    return {e.field for e in exc.errors}


def test_a_question_is_recorded_with_no_identity_and_not_counted_as_a_case(officer):
    inquiry_id = ask(officer)
    row = officer.inquiries.get(inquiry_id)
    assert (row.channel, row.topic, row.name, row.phone) == ("telepon", "biaya_penempatan", "", "")
    assert officer.cases.count() == 0 and officer.inquiries.count() == 1
    (change,) = officer.store.query("SELECT entity, case_id FROM changes WHERE entity = 'inquiry'")
    assert tuple(change) == ("inquiry", inquiry_id)  # its own sync root


@pytest.mark.parametrize(("overrides", "field"), [
    ({"question": "  "}, "inquiry.question"),
    ({"topic": ""}, "inquiry.topic"),
    ({"topic": "ramalan"}, "inquiry.topic"),
    ({"channel": "merpati"}, "inquiry.channel"),
    ({"phone": "0812-ABC"}, "inquiry.phone"),
    ({"complainant_type": "alien"}, "inquiry.complainant_type"),
    ({"received_at": datetime.now(UTC) + timedelta(days=2)}, "inquiry.received_at"),
    ({"received_at": datetime(1999, 12, 31, 12, tzinfo=UTC)}, "inquiry.received_at"),
])
def test_bad_input_is_refused_with_the_field_and_nothing_is_written(officer, overrides, field):
    with pytest.raises(ValidationErrors) as info:
        ask(officer, **overrides)
    assert field in fields_of(info.value)
    assert officer.inquiries.count() == 0


def test_optional_name_and_phone_are_normalised(officer):
    row = officer.inquiries.get(ask(officer, name="  Budi   Santoso ", phone="0812 3456 7890",
                                    complainant_type="calon_tki"))
    assert (row.name, row.phone, row.complainant_type) == (
        "Budi Santoso", "+6281234567890", "calon_tki")


def test_listed_newest_first_and_searched_by_text_or_phone(officer):
    now = datetime.now(UTC)
    old = ask(officer, question="Syarat paspor untuk Hong Kong?", topic="dokumen_persyaratan",
              received_at=now - timedelta(days=3))
    new = ask(officer, question="Apakah PT Maju Jaya berizin?", topic="legalitas_pptkis",
              phone="+62 813-1111-2222")
    assert [r.id for r in officer.inquiries.list()] == [new, old]
    assert [r.id for r in officer.inquiries.list("paspor")] == [old]
    assert [r.id for r in officer.inquiries.list("0813 1111 2222")] == [new]
    assert [r.id for r in officer.inquiries.list("100%_")] == []  # LIKE wildcards are text


def test_turning_a_request_into_a_complaint_links_both(officer):
    inquiry_id = ask(officer, name="Siti Aminah", phone="0812-3456-7890")
    number = officer.cases.record_intake(make_intake(), inquiry_id=inquiry_id)
    row = officer.inquiries.get(inquiry_id)
    case = officer.cases.get(number)
    assert row.complaint_number == number
    (step,) = [e for e in case.events if e["event_type"] == "dari_permintaan_informasi"]
    assert step["data"]["inquiry"] == inquiry_id
    with pytest.raises(HaloError) as info:  # once only
        officer.cases.record_intake(make_intake(), inquiry_id=inquiry_id)
    assert info.value.code == "inquiry_already_complaint"
    assert officer.cases.count() == 1


def test_a_bad_complaint_leaves_the_request_unconverted(officer):
    inquiry_id = ask(officer)
    with pytest.raises(ValidationErrors):
        officer.cases.record_intake(make_intake(**{"complaint__description": ""}),
                                    inquiry_id=inquiry_id)
    assert officer.inquiries.get(inquiry_id).complaint_number == ""


def test_the_admin_reads_but_cannot_record(admin_core, officer):
    ask(officer)
    assert len(admin_core.inquiries.list()) == 1
    with pytest.raises(HaloError):
        ask(admin_core)


def test_schema_has_the_inquiry_migration():
    assert schema_version() >= 5



def test_two_windows_cannot_make_one_request_two_complaints(officer):
    inquiry_id = ask(officer)
    stale = officer.inquiries.get(inquiry_id)  # as a second window read it
    officer.cases.record_intake(make_intake(), inquiry_id=inquiry_id)
    with pytest.raises(HaloError) as info, officer.write() as tx:
        officer.inquiries.mark_made(tx, stale, "other-case", "SBY-2026-A-99999")
    assert info.value.code == "inquiry_already_complaint"
