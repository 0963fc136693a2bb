"""The services' input checks for a planned case's steps, made where the case is planned.

For the bulk writer, what a person would type is checked by the same domain validators the
services use (desktop/domain/validation.py, casework.py) and kept on the step as the values
the service would store (`Step.fields`). Checking here rather than in the writer keeps the
writer's single transaction-holding process free for writing: for large runs planning
happens in a helper process alongside it. What depends on the store (the case's status,
its open referrals, a pending proposal, who may do what) is checked by the writer.

Pure: a refusal is a fault of the planner (PlanError), never of anyone's input.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop.demo import plan as P
from desktop.demo.plan import SERVICE_DELAY, CasePlan
from desktop.domain import casework as cw
from desktop.domain import validation as v
from desktop.domain.reference import Reference

FAMILY_CONTACT = "kontak_keluarga"


class PlanError(RuntimeError):
    """A planned step the services would refuse: a fault of the planner, never of input."""


def check_steps(plan: CasePlan, ref: Reference, zone: ZoneInfo) -> None:
    """Check each step's input as its service would and keep the values it would store."""
    sent: dict[int, str] = {}  # a referral's sent_on, by the plan's key
    for step in plan.steps:
        moment = step.at + SERVICE_DELAY  # the core's clock when the service is called
        today = moment.astimezone(zone).date()
        kind = step.kind
        if kind == "event":
            step.fields = _event(plan, step, ref, today)
        elif kind == "status":
            step.fields = {"note": v.normalize_text(step.summary, "status.note", max_len=4000)}
        elif kind in (P.ASSIGN, P.TAKE, P.WITHDRAW):
            step.fields = {"note": v.normalize_text(step.summary, "note", 1000)}
            if kind == P.WITHDRAW:
                step.fields["withdrawn_on"] = today.isoformat()
        elif kind == P.URGENT:
            step.fields = {"reason": v.normalize_text(step.summary, "urgent_reason", 1000,
                                                      required=True)}
        elif kind == P.RETURN:
            step.fields = {"note": v.normalize_text(step.summary, "note", 1000, required=True)}
        elif kind == P.REFER:
            step.fields = cw.normalize_referral(step.data, ref, today,
                                                plan.received_at.astimezone(zone).date())
            sent[step.key] = step.fields["sent_on"]
        elif kind == P.REPLY:
            referral = {"sent_on": sent[step.key], "reply_on": "", "withdrawn_on": ""}
            step.fields = cw.normalize_reply(step.data, referral, today)
        elif kind == P.SUMMON:
            step.fields = cw.normalize_summons(step.data, moment, zone)
        elif kind == P.SUMMONS_OUTCOME:
            step.fields = cw.normalize_summons_outcome(step.data, ref)
        elif kind == P.PROPOSE:
            # The case number only matters to a duplicate closure, which the demo never
            # proposes (its duplicates are closed directly by the supervisor).
            step.fields = cw.normalize_proposal(step.data, ref, "")
            if step.fields["proposed_duplicate_of"]:
                raise PlanError(f"case {plan.index}: a proposal to close as a duplicate")


def _event(plan: CasePlan, step: P.Step, ref: Reference, today) -> dict[str, str]:
    """As CaseService.add_event."""
    if not ref.has("event_type", step.code) or ref.extra("event_type", step.code).get("system"):
        raise PlanError(f"case {plan.index}: {step.code!r} is not a step people add")
    if step.channel and not ref.has("channel", step.channel):
        raise PlanError(f"case {plan.index}: unknown channel {step.channel!r}")
    if step.due is not None and step.due < today:
        raise PlanError(f"case {plan.index}: a next contact due before the contact")
    fields = {"summary": v.normalize_text(step.summary, "event.summary", max_len=4000,
                                          required=True)}
    if step.code == FAMILY_CONTACT:
        if not step.channel or (step.result and not ref.has("contact_result", step.result)):
            raise PlanError(f"case {plan.index}: a family contact without channel or result")
        fields["spoke_with"] = v.normalize_name(step.spoke_with, "event.spoke_with")
    return fields
