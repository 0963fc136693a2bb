"""Referrals to partners and PPTKIS summons: records on the case and steps on its timeline.

A referral is sent to a directory entry (or a name typed for a one-off), waits for a reply
until its due date, and is answered or withdrawn; the status `dirujuk` needs one still
open. It records what sharing the case's data with its addressee rests on (UU PDP): the
complainant's consent, recorded by the person logged in, or another legal basis; one made
before that was asked has none until someone records it. A summons asks a placement agency
to a clarification meeting; its outcome is recorded when the meeting has taken place, and
an agency that stays away twice is flagged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.domain import case_events as ce
from desktop.domain import casework
from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.roles import Perm
from desktop.formatting import zone_info
from desktop.messages import HaloError, Msg

if TYPE_CHECKING:
    from desktop.core import Core

REFERRED, ANSWERED, WITHDRAWN = ce.REFERRAL_SENT, ce.REFERRAL_ANSWERED, ce.REFERRAL_WITHDRAWN
SUMMONED, SUMMONS_OUTCOME = ce.SUMMONED, ce.SUMMONS_OUTCOME

MSG_UNKNOWN = Msg("referral_unknown", "Rujukan ini tidak ditemukan.", "Referral not found.")
MSG_CASE_CLOSED = Msg("summons_case_closed",
                      "Kasus ini sudah selesai atau ditutup; buka kembali dulu untuk memanggil.",
                      "This case is resolved or closed; reopen it first to summon anyone.")
MSG_SUMMONS_UNKNOWN = Msg("summons_unknown", "Panggilan ini tidak ditemukan.",
                          "Summons not found.")


@dataclass(frozen=True)
class PendingReferral:
    """A referral still waiting for its reply, as the "Rujukan menunggu jawaban" list shows it."""

    id: str
    case_number: str
    addressee: str
    stakeholder_id: str
    sent_on: str
    reply_due: str
    state: str  # terkirim or terlambat
    days_overdue: int
    seq: int = 0  # the case's, to open it
    worker_name: str = ""
    officer: str = ""  # the case's handling officer ('' = nobody yet)
    basis_recorded: bool = True  # what sharing its data rests on is recorded (UU PDP)


class ReferralService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- referrals -------------------------------------------------------------------------
    def refer(self, case_key: str | int, inp: casework.ReferralInput) -> str:
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        case = core.cases.resolve_for_edit(case_key)
        fields = casework.with_recorder(casework.normalize_referral(
            inp, core.reference, core.cases.today(), self._received_on(case)),
            core.session.username)
        referral_id = str(uuid.uuid4())
        with core.write() as tx:
            tx.insert("referral", {"id": referral_id, "case_id": case["id"], **fields,
                                   "reply_on": "", "reply_summary": "", "withdrawn_on": "",
                                   "created_by": tx.user, "created_at": tx.now,
                                   "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], REFERRED, fields["request"],
                                   data={"referral_id": referral_id,
                                         "addressee": fields["addressee"]})
            tx.update("case", case["id"], {"updated_at": tx.now})
        return referral_id

    def record_basis(self, referral_id: str, inp: casework.BasisInput) -> None:
        """Record (or change) what sharing this referral's data rests on: a normal synced
        update of the referral, in whatever state it is (a letter already sent still needs
        its basis on record)."""
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        row = self._referral(referral_id)
        case = core.cases.resolve_for_edit(row["case_id"])
        fields = casework.with_recorder(casework.normalize_basis(
            inp, core.cases.today(), self._received_on(case)), core.session.username)
        if all(row.get(name, "") == value for name, value in fields.items()):
            return  # as recorded already: nothing to sync
        with core.write() as tx:
            tx.update("referral", referral_id, {**fields, "updated_at": tx.now})
            tx.update("case", row["case_id"], {"updated_at": tx.now})

    def _received_on(self, case: dict) -> date:
        received = datetime.fromisoformat(case["received_at"].replace("Z", "+00:00"))
        return received.astimezone(zone_info(self.core.office.tz)).date()

    def answer(self, referral_id: str, inp: casework.ReplyInput) -> bool:
        """Record the reply; True when it was the case's last open referral (the form then
        offers to move a referred case back to `proses`)."""
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        row = self._referral(referral_id)
        core.cases.resolve_for_edit(row["case_id"])  # restricted, anonymised: refused
        fields = casework.normalize_reply(inp, row, core.cases.today())
        with core.write() as tx:
            tx.update("referral", referral_id, {**fields, "updated_at": tx.now})
            core.cases.record_step(tx, row["case_id"], ANSWERED, fields["reply_summary"],
                                   data={"referral_id": referral_id,
                                         "addressee": row["addressee"]})
            tx.update("case", row["case_id"], {"updated_at": tx.now})
        return core.cases.open_referrals(row["case_id"]) == 0

    def withdraw(self, referral_id: str, note: str = "") -> bool:
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        row = self._referral(referral_id)
        core.cases.resolve_for_edit(row["case_id"])  # restricted, anonymised: refused
        if row["reply_on"] or row["withdrawn_on"]:
            raise HaloError(casework.MSG_ALREADY_ANSWERED, field="referral")
        note = v.normalize_text(note, "note", 1000)
        with core.write() as tx:
            tx.update("referral", referral_id, {"withdrawn_on": core.cases.today().isoformat(),
                                                "updated_at": tx.now})
            core.cases.record_step(tx, row["case_id"], WITHDRAWN, note,
                                   data={"referral_id": referral_id,
                                         "addressee": row["addressee"]})
            tx.update("case", row["case_id"], {"updated_at": tx.now})
        return core.cases.open_referrals(row["case_id"]) == 0

    def of_case(self, case_key: str | int) -> list[dict]:
        case = self.core.cases.resolve(case_key)
        today = self.core.cases.today()
        rows = self.store.query_dicts(
            "SELECT * FROM referrals WHERE case_id = ? ORDER BY sent_on, created_at",
            (case["id"],))
        for row in rows:
            row["state"] = casework.referral_state(row, today)
        return rows

    def pending(self, stakeholder_id: str = "", overdue_only: bool = False) -> list[PendingReferral]:
        """Every referral waiting for a reply, overdue ones first (the longest overdue
        first), then by due date; optionally of one addressee."""
        self.core.require(Perm.CASE_READ)
        today = self.core.cases.today()
        sql = ("SELECT r.id, c.case_number, r.addressee, r.stakeholder_id, r.sent_on,"
               " r.reply_due, c.seq, coalesce(w.name, ''), c.officer, r.legal_basis,"
               " r.consent_on, r.consent_by"
               " FROM referrals r JOIN cases c ON c.id = r.case_id"
               " LEFT JOIN workers w ON w.case_id = c.id"
               " WHERE r.reply_on = '' AND r.withdrawn_on = ''"
               f" AND {self.core.cases.visible_sql('c')}")  # restricted: supervisors only
        params: list = []
        if stakeholder_id:
            sql += " AND r.stakeholder_id = ?"
            params.append(stakeholder_id)
        if overdue_only:
            sql += " AND r.reply_due < ?"
            params.append(today.isoformat())
        out = []
        for (rid, number, addressee, sid, sent_on, due, seq, worker, officer, basis,
             consent_on, consent_by) in self.store.query(
                sql + " ORDER BY r.reply_due, r.sent_on", params):
            late = (today - date.fromisoformat(due)).days if due else 0
            out.append(PendingReferral(
                rid, number, addressee, sid, sent_on, due,
                casework.OVERDUE if late > 0 else casework.SENT, max(late, 0), seq, worker,
                officer, pdp.basis_complete(basis, consent_on, consent_by)))
        return sorted(out, key=lambda p: (p.state != casework.OVERDUE, p.reply_due))

    def _referral(self, referral_id: str) -> dict:
        rows = self.store.query_dicts("SELECT * FROM referrals WHERE id = ?", (referral_id,))
        if not rows:
            raise HaloError(MSG_UNKNOWN, field="referral")
        return rows[0]

    # -- PPTKIS summons ----------------------------------------------------------------------
    def summon(self, case_key: str | int, inp: casework.SummonsInput) -> str:
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        case = core.cases.resolve_for_edit(case_key)
        if case["status"] in st.CLOSED:
            raise HaloError(MSG_CASE_CLOSED, field="status")
        fields = casework.normalize_summons(inp, core.now(), zone_info(core.office.tz))
        summons_id = str(uuid.uuid4())
        with core.write() as tx:
            tx.insert("summons", {"id": summons_id, "case_id": case["id"], **fields,
                                  "attendance": "", "result": "", "created_by": tx.user,
                                  "created_at": tx.now, "updated_at": tx.now})
            core.cases.record_step(tx, case["id"], SUMMONED, fields["place"],
                                   data={"summons_id": summons_id, "agency": fields["agency"],
                                         "meeting_at": fields["meeting_at"]})
            tx.update("case", case["id"], {"updated_at": tx.now})
        return summons_id

    def record_summons_outcome(self, summons_id: str,
                               inp: casework.SummonsOutcomeInput) -> None:
        core = self.core
        core.require(Perm.REFERRAL_ADD)
        rows = self.store.query_dicts("SELECT * FROM summons WHERE id = ?", (summons_id,))
        if not rows:
            raise HaloError(MSG_SUMMONS_UNKNOWN, field="summons")
        row = rows[0]
        fields = casework.normalize_summons_outcome(inp, core.reference)
        with core.write() as tx:
            tx.update("summons", summons_id, {**fields, "updated_at": tx.now})
            core.cases.record_step(tx, row["case_id"], SUMMONS_OUTCOME, fields["result"],
                                   data={"summons_id": summons_id, "agency": row["agency"],
                                         "attendance": fields["attendance"]})
            tx.update("case", row["case_id"], {"updated_at": tx.now})

    def summons_of_case(self, case_key: str | int) -> list[dict]:
        case = self.core.cases.resolve(case_key)
        return self.store.query_dicts(
            "SELECT * FROM summons WHERE case_id = ? ORDER BY meeting_at", (case["id"],))

    def agency_flagged(self, stakeholder_id: str) -> bool:
        """Summoned and stayed away twice (in the summons this PC holds)."""
        rows = self.store.query("SELECT attendance FROM summons WHERE stakeholder_id = ?",
                                (stakeholder_id,))
        return casework.agency_flagged((r[0] for r in rows), self.core.reference)
