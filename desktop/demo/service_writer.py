"""The services writer: a planned case recorded through the public services one call at a
time, exactly as the office would through the UI (permissions, validation, the outbox, the
search index and the deadline clock all exercised for real).

The core's clock is moved to each step's moment while it is recorded (the caller puts it
back), and each step is done by its person (desktop/demo/officers.py Cast.acting).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.demo import inquiries
from desktop.demo import plan as P
from desktop.demo.officers import Cast
from desktop.demo.plan import SERVICE_DELAY, CasePlan, Step
from desktop.domain.models import DOC_PRESENT


def at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def record_with_services(core, cast: Cast, plan: CasePlan, numbers: list[str]) -> str:
    asked = inquiries.plan_inquiries(plan, core.reference, core.office.tz)
    with cast.acting(core, plan.recorder):  # the requests asked around it, then the case
        made_from = inquiries.record_with_services(core, asked)
        core.now = at(plan.recorded_at)
        number = core.cases.record_intake(plan.intake, inquiry_id=made_from)
    ids: dict[tuple[str, int], str] = {}  # the referrals' and summonses' ids by plan key
    for step in plan.steps:
        core.now = at(step.at + SERVICE_DELAY)
        with cast.acting(core, step.actor):
            _step(core, number, step, numbers, ids)
    return number


def _step(core, number: str, step: Step, numbers: list[str], ids: dict) -> None:
    cases, handling, referrals = core.cases, core.handling, core.referrals
    kind = step.kind
    if kind == "event":
        cases.add_event(number, step.code, step.summary, channel=step.channel,
                        occurred_at=step.at, next_contact_due=step.due,
                        spoke_with=step.spoke_with, result=step.result)
    elif kind == "status":
        survivor = numbers[step.duplicate_of] if step.duplicate_of is not None else ""
        cases.change_status(number, step.code, outcome=step.outcome, duplicate_of=survivor,
                            note=step.summary)
    elif kind == "document":
        cases.set_document(number, step.code, DOC_PRESENT)
    elif kind == P.ASSIGN:
        handling.assign(number, step.data, step.summary)
    elif kind == P.TAKE:
        handling.take(number)
    elif kind == P.URGENT:
        handling.flag_urgent(number, step.summary)
    elif kind == P.REFER:
        ids["referral", step.key] = referrals.refer(number, step.data)
    elif kind == P.REPLY:
        referrals.answer(ids["referral", step.key], step.data)
    elif kind == P.WITHDRAW:
        referrals.withdraw(ids["referral", step.key], step.summary)
    elif kind == P.SUMMON:
        ids["summons", step.key] = referrals.summon(number, step.data)
    elif kind == P.SUMMONS_OUTCOME:
        referrals.record_summons_outcome(ids["summons", step.key], step.data)
    elif kind == P.PROPOSE:
        handling.propose_closure(number, step.data)
    elif kind == P.APPROVE:
        handling.approve_closure(number)
    elif kind == P.RETURN:
        handling.return_proposal(number, step.summary)
    else:
        raise ValueError(f"unknown step kind {kind!r}")
