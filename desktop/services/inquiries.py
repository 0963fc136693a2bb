"""Information requests: recorded in seconds, listed and searched newest first, counted
apart from complaints, and turned into a complaint when the question was one after all.

Each request is its own sync root (sync/protocol.py ROOTS): an office holds its own, the
national office all of them. Turning one into a complaint records the complaint and marks
the request in one transaction; both then name each other (the request its complaint's
number, the complaint's timeline the request).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from desktop.domain import case_events as ce
from desktop.domain import inquiries as iq
from desktop.domain import validation as v
from desktop.domain.roles import Perm
from desktop.messages import HaloError, Msg

if TYPE_CHECKING:
    from desktop.core import Core

_COLUMNS = ("rowid, id, received_at, channel, topic, question, answer, name, phone,"
            " complainant_type, created_by, complaint_number")
MAX_LISTED = 500
MSG_RESTRICTED = Msg(
    "inquiry_restricted",
    "Data permintaan informasi ini dibatasi oleh supervisor.",
    "This information request's data is restricted by a supervisor.")


class InquiryService:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.store = core.store

    def record(self, inp: iq.InquiryInput) -> str:
        """Validate and store one request; returns its id."""
        core = self.core
        core.require(Perm.CASE_CREATE)
        fields = iq.normalize_inquiry(inp, core.reference, core.now())
        inquiry_id = str(uuid.uuid4())
        with core.write() as tx:
            tx.insert("inquiry", {"id": inquiry_id, "office_code": core.office.code, **fields,
                                  "complaint_id": "", "complaint_number": "",
                                  "created_by": tx.user, "created_at": tx.now,
                                  "updated_at": tx.now})
        return inquiry_id

    def list(self, text: str = "", limit: int = MAX_LISTED) -> list[iq.InquiryRow]:
        """Newest first; `text` matches the question, the answer, the name or the phone
        (a phone typed in any form). Restricted requests only for a supervisor."""
        self.core.require(Perm.CASE_READ)
        where, params = self._visible_where(), []
        wanted = " ".join((text or "").split())
        if wanted:
            like = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            terms = ["question LIKE ? ESCAPE '\\'", "answer LIKE ? ESCAPE '\\'",
                     "name LIKE ? ESCAPE '\\'"]
            params = [like, like, like]
            phone = _phone_form(wanted)
            if phone:
                terms.append("phone = ?")
                params.append(phone)
            where += (" AND " if where else " WHERE ") + "(" + " OR ".join(terms) + ")"
        rows = self.store.query(f"SELECT {_COLUMNS} FROM inquiries{where}"
                                " ORDER BY received_at DESC, rowid DESC LIMIT ?", (*params, limit))
        return [iq.InquiryRow(*r) for r in rows]

    def get(self, inquiry_id: str) -> iq.InquiryRow:
        self.core.require(Perm.CASE_READ)
        row = self.store.query_one(f"SELECT {_COLUMNS} FROM inquiries WHERE id = ?",
                                   (inquiry_id,))
        if row is None:
            raise HaloError(iq.MSG_UNKNOWN, field="inquiry")
        if not self.core.cases.sees_restricted() and self.core.restriction.is_restricted(
                "inquiry", inquiry_id):
            raise HaloError(MSG_RESTRICTED, field="inquiry")
        return iq.InquiryRow(*row)

    def count(self) -> int:
        """The requests this person sees (the list's "of N")."""
        return self.store.query_one("SELECT count(*) FROM inquiries" + self._visible_where())[0]

    def _visible_where(self) -> str:
        """Restricted requests (issue 14 §1.2) are for supervisors' eyes only."""
        return "" if self.core.cases.sees_restricted() else " WHERE restricted_at = ''"

    def check_convertible(self, inquiry_id: str) -> iq.InquiryRow:
        row = self.get(inquiry_id)
        if row.complaint_number:
            raise HaloError(iq.MSG_ALREADY_MADE, field="inquiry", number=row.complaint_number)
        return row

    def mark_made(self, tx, row: iq.InquiryRow, case_id: str, number: str) -> None:
        """In the complaint's transaction: the request names its complaint, the complaint's
        timeline the request."""
        made = self.store.query_one("SELECT complaint_number FROM inquiries WHERE id = ?",
                                    (row.id,))
        if made and made[0]:  # another window made it a complaint meanwhile: undone whole
            raise HaloError(iq.MSG_ALREADY_MADE, field="inquiry", number=made[0])
        tx.update("inquiry", row.id, {"complaint_id": case_id, "complaint_number": number,
                                      "updated_at": tx.now})
        self.core.cases.record_step(tx, case_id, ce.FROM_INQUIRY, row.question[:500],
                                    data={"inquiry": row.id, "received_at": row.received_at,
                                          "topic": row.topic})


def _phone_form(text: str) -> str:
    try:
        return v.normalize_phone(text)
    except v.ValidationError:
        return ""
