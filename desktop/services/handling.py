"""Who handles a case, how urgent it is, and closing it with a supervisor's approval.

Each change is a field of the case (so it syncs and two PCs choosing differently offline
become a conflict for a person) and a step on the timeline saying who did it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.domain import casework
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.accounts import normalize_username
from desktop.domain.case_events import (  # noqa: F401  (the UI names them from here too)
    APPROVED,
    ASSIGNED,
    FLAGGED,
    PROPOSAL_FIELDS,
    PROPOSED,
    RETURNED,
    UNFLAGGED,
)
from desktop.domain.roles import Perm, Role, can
from desktop.formatting import format_datetime
from desktop.messages import HaloError, Msg

if TYPE_CHECKING:
    from desktop.core import Core


MSG_NOT_AN_OFFICER = Msg(
    "officer_not_assignable",
    "Akun ini tidak dapat menangani kasus: akun tidak dikenal, tidak aktif, atau perannya "
    "tidak menangani kasus.",
    "This account cannot handle cases: it is unknown, inactive, or its role does not handle "
    "cases.")
MSG_CASE_CLOSED = Msg(
    "case_closed_already",
    "Kasus ini sudah selesai atau ditutup.",
    "This case is already resolved or closed.")
MSG_NO_PROPOSAL = Msg(
    "proposal_missing",
    "Kasus ini tidak sedang menunggu persetujuan.",
    "This case is not awaiting approval.")
MSG_PROPOSAL_OPEN = Msg(
    "proposal_pending",
    "Kasus ini sudah menunggu persetujuan penutupan.",
    "This case is already awaiting approval of its closure.")
MSG_STALE_PROPOSAL = Msg(
    "proposal_stale",
    "Kasus ini berubah sesudah diusulkan untuk ditutup ({at}). Periksa perubahannya, lalu "
    "setujui tetap atau kembalikan usulan itu.",
    "This case changed after its closure was proposed ({at}). Look at the changes, then "
    "approve it anyway or return the proposal.")
MSG_NOT_URGENT = Msg(
    "urgent_flag_missing",
    "Kasus ini tidak ditandai mendesak oleh seseorang (kategorinya sendiri mungkin mendesak).",
    "This case is not flagged urgent by a person (its category may be urgent by itself).")


class StaleProposal(HaloError):
    """The case changed after the proposal: approving needs a second, informed yes."""


@dataclass(frozen=True)
class Officer:
    username: str
    full_name: str
    role: str


class HandlingService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- the handling officer --------------------------------------------------------------
    def officers(self, include_inactive: bool = False) -> list[Officer]:
        """Accounts that may handle a case: active, of a role that handles cases (central
        accounts that have logged in here included). With include_inactive, also removed
        ones (whose closed cases still name them)."""
        rows = self.store.query(
            "SELECT username, full_name, role FROM users WHERE active = 1 OR ?"
            " ORDER BY full_name", (int(include_inactive),))
        return [Officer(*r) for r in rows if can(r[2], Perm.CASE_HANDLE)]

    def assign(self, case_key: str | int, username: str, note: str = "") -> None:
        """A supervisor sets (or with '' clears) a case's handling officer."""
        core = self.core
        core.require(Perm.CASE_ASSIGN)
        self._set_officer(case_key, self._checked_officer(username), note)

    def take(self, case_key: str | int) -> None:
        """A case officer takes an unassigned case for themselves (front office records
        a case to themselves the same way, when their role handles cases)."""
        core = self.core
        core.require(Perm.CASE_HANDLE)
        self._set_officer(case_key, core.session.username, "")

    def _checked_officer(self, username: str) -> str:
        name = normalize_username(username)
        if not name:
            return ""
        row = self.store.query_one("SELECT role, active FROM users WHERE username = ?", (name,))
        if row is None or not row[1] or not can(Role(row[0]), Perm.CASE_HANDLE):
            raise HaloError(MSG_NOT_AN_OFFICER, field="officer")
        return name

    def _set_officer(self, case_key: str | int, officer: str, note: str) -> None:
        core = self.core
        case = core.cases.resolve_for_edit(case_key)
        note = v.normalize_text(note, "note", 1000)
        if case["officer"] == officer:
            return
        with core.write() as tx:
            tx.update("case", case["id"], {"officer": officer, "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], ASSIGNED, note,
                                   data={"from": case["officer"], "to": officer})

    def unassign_all_of(self, tx, username: str) -> list[str]:
        """An account removed here: its open cases become unassigned (in the caller's
        transaction); returns their numbers, for the supervisor's list."""
        rows = self.store.query(
            "SELECT id, case_number FROM cases WHERE officer = ? AND status NOT IN (?, ?)",
            (username, st.SELESAI, st.DITUTUP))
        for case_id, _number in rows:
            tx.update("case", case_id, {"officer": "", "updated_at": tx.now})
            self.core.cases.record_step(tx, case_id, ASSIGNED, "",
                                        data={"from": username, "to": "", "removed": True})
        return [r[1] for r in rows]

    # -- urgency ---------------------------------------------------------------------------
    def flag_urgent(self, case_key: str | int, reason: str) -> None:
        """Anyone who records steps may flag a case urgent, with a reason."""
        core = self.core
        core.require(Perm.EVENT_ADD)
        case = core.cases.resolve_for_edit(case_key)
        if case["status"] in st.CLOSED:
            raise HaloError(MSG_CASE_CLOSED, field="status")
        reason = v.normalize_text(reason, "urgent_reason", 1000, required=True)
        with core.write() as tx:
            tx.update("case", case["id"], {"urgent": "1", "urgent_reason": reason,
                                           "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], FLAGGED, reason)

    def clear_urgent(self, case_key: str | int, note: str = "") -> None:
        """Only a supervisor clears the flag (a category that is urgent stays urgent)."""
        core = self.core
        core.require(Perm.URGENT_CLEAR)
        case = core.cases.resolve_for_edit(case_key)
        if case["urgent"] != "1":
            raise HaloError(MSG_NOT_URGENT, field="urgent")
        note = v.normalize_text(note, "note", 1000)
        with core.write() as tx:
            tx.update("case", case["id"], {"urgent": "", "urgent_reason": "",
                                           "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], UNFLAGGED, note)

    def is_urgent(self, case: dict) -> bool:
        return casework.is_urgent(case, self.core.reference)

    # -- closure approval ------------------------------------------------------------------
    def propose_closure(self, case_key: str | int, proposal: casework.ProposalInput) -> None:
        """A case officer proposes to resolve or close; a supervisor approves or returns."""
        core = self.core
        core.require(Perm.CLOSURE_PROPOSE)
        case = core.cases.resolve_for_edit(case_key)
        if case["status"] in st.CLOSED:
            raise HaloError(MSG_CASE_CLOSED, field="status")
        if case["proposed_status"]:
            raise HaloError(MSG_PROPOSAL_OPEN, field="status")
        fields = casework.normalize_proposal(proposal, core.reference, case["case_number"])
        # What the approval will apply must be a move the pipeline allows from here.
        st.check_transition(case["status"], fields["proposed_status"])
        survivor = fields["proposed_duplicate_of"]
        if survivor and not core.store.query_one(
                "SELECT 1 FROM cases WHERE case_number = ?"
                f" AND {core.cases.visible_sql('cases')}", (survivor,)):
            raise st.StatusError(st.MSG_DUPLICATE_UNKNOWN, field="duplicate_of")
        with core.write() as tx:
            tx.update("case", case["id"], {**fields, "proposed_by": tx.user, "proposed_at": tx.now,
                                           "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], PROPOSED, fields["proposal_summary"],
                                   data={"status": fields["proposed_status"],
                                         "outcome": fields["proposed_outcome"]})

    def approve_closure(self, case_key: str | int, *, despite_changes: bool = False) -> None:
        """Apply the proposal through the status rules. A case changed after it was proposed
        is refused unless the supervisor, told so, approves anyway."""
        core = self.core
        core.require(Perm.CLOSURE_APPROVE)
        case = self._proposed(case_key)
        if case["updated_at"] > case["proposed_at"] and not despite_changes:
            raise StaleProposal(MSG_STALE_PROPOSAL, field="status", at=format_datetime(
                datetime.fromisoformat(case["proposed_at"]), core.office.tz))
        core.cases.change_status(case["id"], case["proposed_status"],
                                 outcome=case["proposed_outcome"],
                                 duplicate_of=case["proposed_duplicate_of"],
                                 approved_proposal=True)

    def return_proposal(self, case_key: str | int, note: str) -> None:
        core = self.core
        core.require(Perm.CLOSURE_APPROVE)
        case = self._proposed(case_key)
        note = v.normalize_text(note, "note", 1000, required=True)
        with core.write() as tx:
            tx.update("case", case["id"], {**dict.fromkeys(PROPOSAL_FIELDS, ""),
                                           "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], RETURNED, note,
                                   data={"proposed_by": case["proposed_by"]})

    def _proposed(self, case_key: str | int) -> dict:
        case = self.core.cases.resolve_for_edit(case_key)
        if not case["proposed_status"]:
            raise HaloError(MSG_NO_PROPOSAL, field="status")
        return case
