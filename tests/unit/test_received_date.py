"""The day a letter, email, fax or message arrived (issue 12 §4): kept as that day in the
office's zone beside the time it was typed in; never in the future, never before 2000."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.domain.validation import ValidationErrors
from tests.conftest import make_intake


def test_a_letter_keeps_the_day_it_arrived(officer):
    from desktop.formatting import zone_info

    number = officer.cases.record_intake(make_intake(
        complaint__channel="surat", complaint__received_on="02/01/2026",
        complainant__address="Jl. Kenanga 5"))
    case = officer.cases.get(number).case
    local = datetime.fromisoformat(case["received_at"].replace("Z", "+00:00")).astimezone(
        zone_info(officer.office.tz))
    assert (local.date().isoformat(), local.hour, local.minute) == ("2026-01-02", 0, 0)
    assert case["created_at"] > case["received_at"]  # both are kept


@pytest.mark.parametrize(("typed", "code"), [
    ("31/12/1999", "received_before_2000"),
    ("01/01/2099", "received_in_future"),
    ("31/02/2026", None),
])
def test_an_impossible_arrival_day_is_refused_at_its_field(officer, typed, code):
    with pytest.raises(ValidationErrors) as info:
        officer.cases.record_intake(make_intake(complaint__channel="surat",
                                                complaint__received_on=typed))
    (err,) = [e for e in info.value.errors if e.field == "complaint.received_on"]
    assert code is None or err.code == code
    assert officer.cases.count() == 0
