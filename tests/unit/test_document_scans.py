"""A document's scan on the checklist (issue 12 §4): an attachment names the checklist item
(document type) it shows; the case groups its scans by item; an unknown item is refused."""

from __future__ import annotations

import json

import pytest

from desktop.domain.validation import ValidationError
from tests.conftest import make_intake
from tests.unit.test_attachments import png_bytes


@pytest.fixture
def case(officer) -> str:
    return officer.cases.record_intake(make_intake())


def test_a_scan_names_its_checklist_item_and_travels_with_it(officer, case):
    case_id = officer.cases.resolve(case)["id"]
    scan = officer.attachments.attach(case, png_bytes(), "paspor.png", doc_type="paspor")
    officer.attachments.attach(case, png_bytes(3, 3), "foto-lain.png")
    assert scan.doc_type == "paspor"
    grouped = officer.attachments.scans_by_document(case_id)
    assert list(grouped) == ["paspor"] and [a.id for a in grouped["paspor"]] == [scan.id]
    (sent,) = [json.loads(f) for (f,) in officer.store.query(
        "SELECT fields FROM changes WHERE entity = 'attachment' AND entity_id = ?", (scan.id,))]
    assert sent["doc_type"] == "paspor"


def test_an_unknown_checklist_item_is_refused_and_nothing_is_attached(officer, case):
    with pytest.raises(ValidationError) as info:
        officer.attachments.attach(case, png_bytes(), "x.png", doc_type="ijazah_palsu")
    assert info.value.field == "attachment.doc_type"
    assert officer.attachments.list(case) == []
