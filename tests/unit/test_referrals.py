"""Referrals and PPTKIS summons (desktop/services/referrals.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain import casework as cw
from desktop.domain.status import StatusError
from desktop.domain.validation import ValidationErrors
from desktop.formatting import zone_info
from desktop.messages import HaloError
from tests.conftest import make_intake

KL = "KBRI Kuala Lumpur"


@pytest.fixture
def officer_core(login):
    return login("budi", "case_officer")


def _refer(core, number, **kw) -> str:
    base = {"addressee": KL, "kind": "perwakilan", "method": "surat",
            "letter_no": "B.1/2026", "request": "Mohon bantuan pemulangan.",
            "legal_basis": "vital_interest"}
    return core.referrals.refer(number, cw.ReferralInput(**{**base, **kw}))


def test_a_referral_is_a_record_and_a_timeline_step(officer_core):
    core = officer_core
    number = core.cases.record_intake(make_intake())
    rid = _refer(core, number)
    [row] = core.referrals.of_case(number)
    assert (row["id"], row["addressee"], row["state"], row["method"]) == (
        rid, KL, cw.SENT, "surat")
    assert row["sent_on"] == core.cases.today().isoformat() and row["reply_due"]
    [step] = [e for e in core.cases.get(number).events if e["event_type"] == "rujukan_dikirim"]
    assert step["data"]["referral_id"] == rid and step["summary"] == "Mohon bantuan pemulangan."


def test_status_dirujuk_needs_an_open_referral_and_the_last_reply_says_so(officer_core):
    core = officer_core
    number = core.cases.record_intake(make_intake())
    with pytest.raises(StatusError) as info:
        core.cases.change_status(number, "dirujuk")
    assert info.value.code == "status_needs_referral"
    first, second = _refer(core, number), _refer(core, number, addressee="Polda Jawa Timur",
                                                  kind="polisi")
    core.cases.change_status(number, "dirujuk")
    assert core.referrals.answer(first, cw.ReplyInput("", "Sedang diproses KBRI.")) is False
    assert core.referrals.withdraw(second, "Tidak perlu lagi.") is True  # the last one open
    states = {r["id"]: r["state"] for r in core.referrals.of_case(number)}
    assert states == {first: cw.ANSWERED, second: cw.WITHDRAWN}
    with pytest.raises(HaloError):
        core.referrals.answer(first, cw.ReplyInput("", "Lagi."))


def test_pending_referrals_list_overdue_ones_first_and_filters_by_addressee(officer_core):
    core = officer_core
    a = core.cases.record_intake(make_intake())
    b = core.cases.record_intake(make_intake())
    late = _refer(core, a, stakeholder_id="s-kl", sent_on=_days_ago(core, 30),
                  reply_due=core.cases.today().isoformat())
    core.now = lambda: datetime.now(zone_info("WIB")) + timedelta(days=10)
    fresh = _refer(core, b, stakeholder_id="s-polda", addressee="Polda", kind="polisi")
    pending = core.referrals.pending()
    assert [p.id for p in pending] == [late, fresh]
    assert pending[0].state == cw.OVERDUE and pending[0].days_overdue == 10
    case = core.cases.resolve(a)
    assert (pending[0].seq, pending[0].worker_name, pending[0].officer) == (
        case["seq"], "Dewi Lestari", "")
    assert [p.id for p in core.referrals.pending(stakeholder_id="s-polda")] == [fresh]
    assert [p.id for p in core.referrals.pending(overdue_only=True)] == [late]


def _days_ago(core, n: int) -> str:
    return (core.cases.today() - timedelta(days=n)).isoformat()


def test_a_summons_and_its_outcome_and_an_agency_that_stays_away_twice(officer_core):
    core = officer_core
    number = core.cases.record_intake(make_intake(complaint__category="biaya_berlebih"))
    tomorrow = (core.cases.today() + timedelta(days=1)).isoformat()
    inputs = cw.SummonsInput("s-pt", "PT Maju Jaya (demo)", "B.7/2026", tomorrow, "09.30",
                             "Kantor BP3TKI")
    first = core.referrals.summon(number, inputs)
    second = core.referrals.summon(number, inputs)
    with pytest.raises(ValidationErrors):
        core.referrals.record_summons_outcome(first, cw.SummonsOutcomeInput("", ""))
    core.referrals.record_summons_outcome(first, cw.SummonsOutcomeInput("tidak_hadir", ""))
    assert not core.referrals.agency_flagged("s-pt")
    core.referrals.record_summons_outcome(second, cw.SummonsOutcomeInput("tidak_hadir", "x"))
    assert core.referrals.agency_flagged("s-pt")
    kinds = [e["event_type"] for e in core.cases.get(number).events]
    assert kinds.count("panggilan_pptkis") == 2 and kinds.count("hasil_panggilan") == 2
