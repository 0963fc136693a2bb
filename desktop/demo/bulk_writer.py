"""The bulk writer: a planned case's rows, many cases per transaction, as the services write
them one call at a time.

Each step writes the rows, change records and search-index rows of the service call it
stands for (desktop/services/cases.py record_intake, add_event, change_status, set_document;
handling.py assign, take, flag_urgent, propose_closure, approve_closure, return_proposal;
referrals.py refer, answer, withdraw, summon, record_summons_outcome; the information
requests asked around a case as inquiries.py record and mark_made: desktop/demo/
inquiries.py), and checks what that
call checks: the rights of whoever does the step, the status transitions, the open referral
`dirujuk` needs; the inputs were checked by the same domain validators where the case was
planned (desktop/demo/checks.py: `Step.fields`). Only the per-call transaction, the
re-reading of the case and the `updated_at` rewrites (already this transaction's time) are
skipped. The demo package sits beside the services, not on
them, hence the mirrored event codes below.

Rows carry the transaction's time (`recorded_at`, `created_at`, `proposed_at`): a bulk store
is recorded today; events, referrals and summonses are dated by the plan.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.demo import inquiries
from desktop.demo import plan as P
from desktop.demo.checks import PlanError
from desktop.demo.officers import Cast, require_role
from desktop.demo.plan import CasePlan, Step
from desktop.domain import casework as cw
from desktop.domain import status as st

# The timeline steps the services write, and the proposal's fields: the same rows here.
from desktop.domain.case_events import (
    APPROVED,
    ASSIGNED,
    FAMILY_CONTACT,
    FLAGGED,
    PROPOSAL_FIELDS,
    PROPOSED,
    RETURNED,
    SUMMONED,
    SUMMONS_OUTCOME,
)
from desktop.domain.case_events import REFERRAL_ANSWERED as ANSWERED
from desktop.domain.case_events import REFERRAL_SENT as REFERRED
from desktop.domain.case_events import REFERRAL_WITHDRAWN as WITHDRAWN
from desktop.domain.intake import NormalizedIntake
from desktop.domain.models import DOC_PRESENT
from desktop.domain.roles import Perm


def iso_us(moment: datetime) -> str:
    """As desktop/formatting.py iso_utc (isoformat is the quicker of the two)."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


@dataclass
class _Case:
    """What the services would read back from the store between two calls."""

    id: str
    number: str
    status: str = st.BARU
    officer: str = ""
    next_contact_due: str = ""
    documents: dict[str, str] = field(default_factory=dict)
    proposal: dict[str, str] = field(default_factory=dict)
    referrals: dict[int, dict] = field(default_factory=dict)  # by the plan's key
    summonses: dict[int, dict] = field(default_factory=dict)

    def open_referrals(self) -> int:
        return sum(1 for r in self.referrals.values() if not (r["reply_on"] or r["withdrawn_on"]))


class BulkWriter:
    def __init__(self, core, cast: Cast, handlers: set[str]) -> None:
        self.core = core
        self.cases = core.cases
        self.ref = core.reference
        self.cast = cast
        self.handlers = handlers  # usernames that may handle cases (HandlingService.officers)
        self._steps = {
            "event": self._event, "status": self._status, "document": self._document,
            P.ASSIGN: self._assign, P.TAKE: self._assign, P.URGENT: self._urgent,
            P.REFER: self._refer, P.REPLY: self._reply, P.WITHDRAW: self._withdraw,
            P.SUMMON: self._summon, P.SUMMONS_OUTCOME: self._summons_outcome,
            P.PROPOSE: self._propose, P.APPROVE: self._approve, P.RETURN: self._return,
        }

    def write(self, tx, plan: CasePlan, data: NormalizedIntake, numbers: list[str]) -> str:
        caller = tx.user
        recorder = self.cast.session(plan.recorder)
        require_role(recorder.role, Perm.CASE_CREATE)
        tx.user = recorder.username
        try:  # the information requests asked around it, then the case
            asked = inquiries.plan_inquiries(plan, self.ref, self.core.office.tz)
            made_from = inquiries.write_bulk(tx, self.core, asked)
            case = self._intake(tx, plan, data)
            if made_from is not None:
                inquiries.mark_bulk_made(tx, self.core, made_from, case.id, case.number,
                                         iso_us(plan.recorded_at))
        finally:
            tx.user = caller
        for step in plan.steps:
            session = self.cast.session(step.actor)
            tx.user = session.username  # who did it: the rows and their changes say so
            try:
                self._steps[step.kind](tx, case, step, session.role, numbers)
            finally:
                tx.user = caller
        return case.number

    def _intake(self, tx, plan: CasePlan, data: NormalizedIntake) -> _Case:
        """What CaseService.record_intake writes (a case recorded unassigned)."""
        core, cases = self.core, self.cases
        case_id = str(uuid.uuid4())
        number = cases._next_case_number(tx, plan.recorded_at)
        tx.insert("case", {
            "id": case_id, "case_number": number, "office_code": core.office.code,
            "status": st.BARU, **data.case, "officer": "", "outcome": "", "duplicate_of": "",
            "next_contact_due": "", "created_at": tx.now, "created_by": tx.user,
            "updated_at": tx.now,
        })
        tx.insert("worker", {"id": str(uuid.uuid4()), "case_id": case_id, **data.worker})
        tx.insert("complainant", {"id": str(uuid.uuid4()), "case_id": case_id, **data.complainant})
        for doc_type, state in data.documents.items():
            tx.insert("document", {
                "id": f"{case_id}:{doc_type}", "case_id": case_id, "doc_type": doc_type,
                "state": state, "note": "", "updated_at": tx.now,
            })
        cases._event(tx, case_id, "pengaduan_diterima", summary="",
                     channel=data.case["channel"], occurred_at=data.case["received_at"])
        return _Case(case_id, number, documents=dict(data.documents))

    # -- helpers -----------------------------------------------------------------------------
    def _step(self, tx, case: _Case, event_type: str, summary: str, step: Step,
              data: dict | None = None) -> None:
        """What CaseService.record_step writes, dated by the plan."""
        self.cases._event(tx, case.id, event_type, summary, occurred_at=iso_us(step.at),
                          data=data)

    # -- cases.py ----------------------------------------------------------------------------
    def _event(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.EVENT_ADD)
        f = step.fields
        due = step.due.isoformat() if step.due else ""
        data = None
        if step.code == FAMILY_CONTACT:
            data = {"result": step.result, "spoke_with": f["spoke_with"]}
        self.cases._event(tx, case.id, step.code, f["summary"], step.channel, iso_us(step.at),
                          due, data)
        # A contact without a new due date means the follow-up was done.
        if (due or step.code == FAMILY_CONTACT) and due != case.next_contact_due:
            tx.update("case", case.id, {"next_contact_due": due})
            case.next_contact_due = due

    def _status(self, tx, case: _Case, step: Step, role, numbers, approved: bool = False) -> None:
        old, new = case.status, step.code
        st.check_transition(old, new)
        reopen = st.is_reopen(old, new)
        closing = new in st.CLOSED
        require_role(role, Perm.CASE_REOPEN if reopen else (
            (Perm.CLOSURE_APPROVE if approved else Perm.CASE_CLOSE) if closing
            else Perm.STATUS_CHANGE))
        if new == st.DIRUJUK and not case.open_referrals():
            raise PlanError(f"{case.number}: 'dirujuk' without an open referral")
        note = step.fields["note"] if step.fields else ""
        fields: dict = {"status": new}
        proposal = dict(case.proposal)
        if closing:
            if approved:
                outcome, survivor = proposal["proposed_outcome"], proposal["proposed_duplicate_of"]
            else:
                outcome = step.outcome
                survivor = numbers[step.duplicate_of] if step.duplicate_of is not None else ""
            fields.update(self.cases._closing_fields(
                {"case_number": case.number}, new, outcome, survivor))
        elif reopen:
            fields.update({"outcome": "", "duplicate_of": ""})
        if (closing or reopen) and proposal:
            fields.update(dict.fromkeys(PROPOSAL_FIELDS, ""))
            case.proposal = {}
        tx.update("case", case.id, fields)
        # As CaseService.change_status: a duplicate is linked to the case kept, a reopening
        # ends that link.
        links = self.cases.core.links
        if fields.get("duplicate_of"):
            links.link_duplicate(tx, {"id": case.id, "case_number": case.number},
                                 fields["duplicate_of"])
        elif reopen:
            links.end_duplicate(tx, {"id": case.id})
        data = {"from": old, "to": new}
        if fields.get("outcome"):
            data["outcome"] = fields["outcome"]
        if fields.get("duplicate_of"):
            data["duplicate_of"] = fields["duplicate_of"]
        if closing:
            data["proposed_by"] = proposal.get("proposed_by", "") if approved else ""
        self.cases._event(tx, case.id, "dibuka_kembali" if reopen else "perubahan_status",
                          summary=note, occurred_at=iso_us(step.at), data=data)
        if approved:
            self._step(tx, case, APPROVED, "", step,
                       {"proposed_by": proposal["proposed_by"], "status": new})
        elif proposal and closing:
            self._step(tx, case, RETURNED, "", step,
                       {"proposed_by": proposal["proposed_by"], "closed_directly": True})
        case.status = new

    def _document(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.CASE_EDIT)
        if case.documents.get(step.code) == DOC_PRESENT:
            return
        tx.update("document", f"{case.id}:{step.code}", {"state": DOC_PRESENT})
        case.documents[step.code] = DOC_PRESENT
        self.cases._event(tx, case.id, "dokumen_diterima",
                          summary=self.ref.label("document_type", step.code),
                          occurred_at=iso_us(step.at), data={"doc_type": step.code})

    # -- handling.py -------------------------------------------------------------------------
    def _assign(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        if step.kind == P.TAKE:
            require_role(role, Perm.CASE_HANDLE)
            officer = tx.user
        else:
            require_role(role, Perm.CASE_ASSIGN)
            officer = step.data
        if officer and officer not in self.handlers:
            raise PlanError(f"{case.number}: {officer!r} does not handle cases")
        note = step.fields["note"]
        if case.officer == officer:
            return
        tx.update("case", case.id, {"officer": officer})
        self._step(tx, case, ASSIGNED, note, step, {"from": case.officer, "to": officer})
        case.officer = officer

    def _urgent(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.EVENT_ADD)
        reason = step.fields["reason"]
        tx.update("case", case.id, {"urgent": "1", "urgent_reason": reason})
        self._step(tx, case, FLAGGED, reason, step)

    def _propose(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.CLOSURE_PROPOSE)
        if case.status in st.CLOSED or case.proposal:
            raise PlanError(f"{case.number}: a proposal on a closed or proposed case")
        fields = {**step.fields, "proposed_by": tx.user, "proposed_at": tx.now}
        tx.update("case", case.id, fields)
        self._step(tx, case, PROPOSED, fields["proposal_summary"], step,
                   {"status": fields["proposed_status"], "outcome": fields["proposed_outcome"]})
        case.proposal = fields

    def _approve(self, tx, case: _Case, step: Step, role, numbers) -> None:
        require_role(role, Perm.CLOSURE_APPROVE)
        if not case.proposal:
            raise PlanError(f"{case.number}: approving without a proposal")
        # Proposed in this transaction, so never changed since (StaleProposal cannot be).
        self._status(tx, case, Step(step.at, "status", case.proposal["proposed_status"]),
                     role, numbers, approved=True)

    def _return(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.CLOSURE_APPROVE)
        if not case.proposal:
            raise PlanError(f"{case.number}: returning without a proposal")
        note = step.fields["note"]
        proposed_by = case.proposal["proposed_by"]
        tx.update("case", case.id, dict.fromkeys(PROPOSAL_FIELDS, ""))
        self._step(tx, case, RETURNED, note, step, {"proposed_by": proposed_by})
        case.proposal = {}

    # -- referrals.py ------------------------------------------------------------------------
    def _refer(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.REFERRAL_ADD)
        fields = cw.with_recorder(step.fields, tx.user)  # as ReferralService.refer
        row = {"id": str(uuid.uuid4()), "case_id": case.id, **fields, "reply_on": "",
               "reply_summary": "", "withdrawn_on": "", "created_by": tx.user,
               "created_at": tx.now, "updated_at": tx.now}
        tx.insert("referral", row)
        self._step(tx, case, REFERRED, fields["request"], step,
                   {"referral_id": row["id"], "addressee": fields["addressee"]})
        case.referrals[step.key] = row

    def _reply(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.REFERRAL_ADD)
        row = case.referrals[step.key]
        if row["reply_on"] or row["withdrawn_on"]:
            raise PlanError(f"{case.number}: answering a settled referral")
        fields = step.fields
        tx.update("referral", row["id"], fields)
        self._step(tx, case, ANSWERED, fields["reply_summary"], step,
                   {"referral_id": row["id"], "addressee": row["addressee"]})
        row.update(fields)

    def _withdraw(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.REFERRAL_ADD)
        row = case.referrals[step.key]
        if row["reply_on"] or row["withdrawn_on"]:
            raise PlanError(f"{case.number}: withdrawing a settled referral")
        fields = {"withdrawn_on": step.fields["withdrawn_on"]}
        tx.update("referral", row["id"], fields)
        self._step(tx, case, WITHDRAWN, step.fields["note"], step, {"referral_id": row["id"]})
        row.update(fields)

    def _summon(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.REFERRAL_ADD)
        if case.status in st.CLOSED:
            raise PlanError(f"{case.number}: summoning on a closed case")
        fields = step.fields
        row = {"id": str(uuid.uuid4()), "case_id": case.id, **fields, "attendance": "",
               "result": "", "created_by": tx.user, "created_at": tx.now, "updated_at": tx.now}
        tx.insert("summons", row)
        self._step(tx, case, SUMMONED, fields["place"], step,
                   {"summons_id": row["id"], "agency": fields["agency"],
                    "meeting_at": fields["meeting_at"]})
        case.summonses[step.key] = row

    def _summons_outcome(self, tx, case: _Case, step: Step, role, _numbers) -> None:
        require_role(role, Perm.REFERRAL_ADD)
        row = case.summonses[step.key]
        fields = step.fields
        tx.update("summons", row["id"], fields)
        self._step(tx, case, SUMMONS_OUTCOME, fields["result"], step,
                   {"summons_id": row["id"], "agency": row["agency"],
                    "attendance": fields["attendance"]})

