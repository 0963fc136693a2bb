"""Links between cases, and what the front desk does when an intake matches a case.

Saving an intake while possible duplicates show offers three ways (case_links.ADD_VISIT,
NEW_RELATED, NEW_DISTINCT): this visit goes on the existing case's timeline instead of a
new case; a new complaint linked to the existing one as related; a new case recorded
anyway, with the reason it is not the same. Closing a case as a duplicate links it to the
case kept; reopening it ends that link. Every link is two rows (desktop/domain/case_links.py),
each travelling with its own case.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from desktop.domain import case_events as ce
from desktop.domain import case_links as cl
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.case_links import IntakeLink
from desktop.domain.intake import normalize_intake
from desktop.domain.models import IntakeInput
from desktop.domain.roles import Perm
from desktop.messages import HaloError
from desktop.services import anonymised

if TYPE_CHECKING:
    from desktop.core import Core


class LinkService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    # -- reading -----------------------------------------------------------------------
    def of_case(self, case_id: str) -> list[cl.CaseLink]:
        """The case's current links, oldest first; a duplicate link ended by a reopening
        is no longer shown (the timeline keeps it)."""
        self.core.require(Perm.CASE_READ)
        # A linked restricted case shows by its number only (its worker's name is hidden).
        shown = self.core.cases.visible_sql("c")
        rows = self.store.query(
            "SELECT l.id, l.kind, l.other_case_id, l.other_number, l.reason, l.created_by,"
            f" l.created_at, c.seq, CASE WHEN {shown} THEN coalesce(w.name, '') ELSE '' END,"
            " coalesce(c.status, '')"
            " FROM case_links l LEFT JOIN cases c ON c.id = l.other_case_id"
            " LEFT JOIN workers w ON w.case_id = c.id"
            " WHERE l.case_id = ? AND l.ended_at = '' ORDER BY l.created_at, l.id", (case_id,))
        seen: set[tuple[str, str]] = set()
        out = []
        for r in rows:
            if (r[1], r[2]) in seen:  # the same link made on two PCs before they synced
                continue
            seen.add((r[1], r[2]))
            out.append(cl.CaseLink(id=r[0], kind=r[1], other_case_id=r[2], other_number=r[3],
                                   reason=r[4], created_by=r[5], created_at=r[6],
                                   other_seq=r[7], other_worker=r[8], other_status=r[9]))
        return out

    # -- the front desk's decision -----------------------------------------------------
    def check_intake_link(self, link: IntakeLink, number: str = "") -> tuple[dict, str]:
        """The case an intake links to and the reason, checked before anything is written."""
        if link.decision not in (cl.NEW_RELATED, cl.NEW_DISTINCT):
            raise ValueError(f"not a decision that records a case: {link.decision!r}")
        other = self._case_by_number(link.other_number)
        if other["case_number"] == number:
            raise HaloError(cl.MSG_LINK_SELF, field="link.other_number")
        reason = v.normalize_text(link.reason, "link.reason", max_len=cl.REASON_MAX)
        reason = " ".join(reason.split())
        if link.decision == cl.NEW_DISTINCT and not reason:
            raise HaloError(cl.MSG_LINK_REASON, field="link.reason")
        return other, reason

    def add_visit(self, other_number: str, inp: IntakeInput) -> str:
        """Record this visit or call on the existing case's timeline instead of opening a new
        case; returns the existing case's number. What was said is validated as an intake
        (the same rules), and kept as the step's text."""
        core = self.core
        core.require(Perm.CASE_CREATE)
        case = self._case_by_number(other_number)
        if case["status"] in st.CLOSED:
            raise HaloError(cl.MSG_LINK_CLOSED, field="link.other_number",
                            number=case["case_number"])
        now = core.now()
        data = normalize_intake(inp, core.reference, now, core.cases.today(), core.office.tz)
        summary = visit_summary(data.complainant, data.case["description"])
        with core.write() as tx:
            core.cases.record_step(
                tx, case["id"], ce.REPEAT_VISIT, summary, channel=data.case["channel"],
                occurred_at=data.case["received_at"],
                data={"complainant": data.complainant.get("name", ""),
                      "phones": data.complainant.get("phones", "")})
            tx.update("case", case["id"], {"updated_at": tx.now})
        return case["case_number"]

    # -- writing links -----------------------------------------------------------------
    def write_pair(self, tx, case: dict, other: dict, kind: str, reason: str = "") -> None:
        """Both rows of a link and a step on both timelines, in the caller's transaction."""
        for this, that, k in ((case, other, kind), (other, case, cl.MIRROR[kind])):
            tx.insert("link", {
                "id": str(uuid.uuid4()), "case_id": this["id"], "other_case_id": that["id"],
                "other_number": that["case_number"], "kind": k, "reason": reason,
                "ended_at": "", "created_by": tx.user, "created_at": tx.now})
            self.core.cases.record_step(tx, this["id"], ce.LINKED, reason,
                                        data={"kind": k, "other": that["case_number"]})

    def link_duplicate(self, tx, case: dict, survivor_number: str) -> None:
        """The case is being closed as a duplicate of `survivor_number` (checked to exist)."""
        survivor = self._case_by_number(survivor_number)
        self.write_pair(tx, case, survivor, cl.DUPLICATE_OF)

    def end_duplicate(self, tx, case: dict) -> None:
        """The case reopened: it is a duplicate no more (both rows end; the timeline keeps
        the step). The kept case's row is ended only where this PC holds it."""
        rows = self.store.query(
            "SELECT id, other_case_id FROM case_links WHERE case_id = ? AND kind = ?"
            " AND ended_at = ''", (case["id"], cl.DUPLICATE_OF))
        for link_id, other_id in rows:
            tx.update("link", link_id, {"ended_at": tx.now})
            for (mirror_id,) in self.store.query(
                    "SELECT id FROM case_links WHERE case_id = ? AND other_case_id = ?"
                    " AND kind = ? AND ended_at = ''", (other_id, case["id"], cl.KEPT_FOR)):
                tx.update("link", mirror_id, {"ended_at": tx.now})

    def _case_by_number(self, number: str) -> dict:
        wanted = " ".join((number or "").split()).upper()
        rows = self.store.query_dicts("SELECT * FROM cases WHERE case_number = ?", (wanted,))
        # Every caller writes to the case found (a step, a link row): a restricted case is
        # unknown to whoever may not see it (not even its existence shows), and an
        # anonymised one takes nothing more.
        if not rows or (rows[0]["restricted_at"] and not self.core.cases.sees_restricted()):
            raise HaloError(cl.MSG_LINK_UNKNOWN, field="link.other_number", number=wanted)
        anonymised.refuse_edit(rows[0])
        return rows[0]


def visit_summary(complainant: dict, description: str) -> str:
    """The step's text: who came back and what they said."""
    who = complainant.get("name", "")
    phones = complainant.get("phones", "")
    head = " · ".join(p for p in (who, phones) if p)
    return f"{head}\n{description}".strip() if head else description

