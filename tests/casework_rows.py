"""The office's case work written straight through the outbox (core.write()), with the
fields and values the desktop stores (desktop/domain/casework.py normalises them): the
data layer's tests use these, whatever the services above them look like.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from desktop.formatting import iso_utc


def _case_id(core, number: str) -> str:
    return core.store.query_one("SELECT id FROM cases WHERE case_number = ?", (number,))[0]


def assign_officer(core, number: str, officer: str) -> None:
    with core.write() as tx:
        tx.update("case", _case_id(core, number), {"officer": officer, "updated_at": tx.now})


def flag_urgent(core, number: str, reason: str) -> None:
    with core.write() as tx:
        tx.update("case", _case_id(core, number),
                  {"urgent": "1", "urgent_reason": reason, "updated_at": tx.now})


def propose_closure(core, number: str, status: str = "selesai", outcome: str = "dipulangkan",
                    summary: str = "Pekerja sudah pulang.") -> None:
    with core.write() as tx:
        tx.update("case", _case_id(core, number), {
            "proposed_status": status, "proposed_outcome": outcome,
            "proposed_duplicate_of": "", "proposal_summary": summary,
            "proposed_by": tx.user, "proposed_at": tx.now, "updated_at": tx.now})


def add_referral(core, number: str, *, stakeholder_id: str = "", addressee: str = "KBRI Kuala Lumpur",
                 sent_on: date | None = None, due_days: int = 14) -> str:
    sent = sent_on or date(2026, 12, 1)
    referral_id = str(uuid.uuid4())
    with core.write() as tx:
        tx.insert("referral", {
            "id": referral_id, "case_id": _case_id(core, number),
            "stakeholder_id": stakeholder_id, "addressee": addressee, "method": "surat",
            "letter_no": "B.123/PP/XII/2026", "sent_on": sent.isoformat(),
            "request": "Mohon bantuan pemulangan.",
            "reply_due": (sent + timedelta(days=due_days)).isoformat(),
            "created_by": tx.user, "created_at": tx.now, "updated_at": tx.now})
    return referral_id


def answer_referral(core, referral_id: str, summary: str, on: str = "2026-12-05") -> None:
    with core.write() as tx:
        tx.update("referral", referral_id,
                  {"reply_on": on, "reply_summary": summary, "updated_at": tx.now})


def add_summons(core, number: str, *, agency: str = "PT Maju Jaya Abadi",
                stakeholder_id: str = "", meeting_at: datetime | None = None) -> str:
    summons_id = str(uuid.uuid4())
    at = meeting_at or datetime(2026, 12, 10, 2, 0, tzinfo=UTC)
    with core.write() as tx:
        tx.insert("summons", {
            "id": summons_id, "case_id": _case_id(core, number), "stakeholder_id": stakeholder_id,
            "agency": agency, "letter_no": "B.45/PP/XII/2026", "meeting_at": iso_utc(at),
            "place": "Ruang rapat BP3TKI", "attendance": "", "result": "",
            "created_by": tx.user, "created_at": tx.now, "updated_at": tx.now})
    return summons_id


def record_attendance(core, summons_id: str, attendance: str, result: str = "") -> None:
    with core.write() as tx:
        tx.update("summons", summons_id,
                  {"attendance": attendance, "result": result, "updated_at": tx.now})


def add_stakeholder(core, name: str, *, office_code: str | None = None, kind: str = "pptkis",
                    demo: str = "") -> str:
    """A local partner of the PC's office (office_code: its office unless given)."""
    entry_id = str(uuid.uuid4())
    with core.write() as tx:
        tx.insert("stakeholder", {
            "id": entry_id, "kind": kind, "name": name, "country": "",
            "licence_no": "KEP.123/2020" if kind == "pptkis" else "",
            "licence_status": "aktif" if kind == "pptkis" else "",
            "address": "Jl. Raya Darmo 10, Surabaya", "phone": "+62318410040",
            "email": "", "office_code": core.office.code if office_code is None else office_code,
            "demo": demo, "active": "1", "created_by": tx.user, "created_at": tx.now,
            "updated_at": tx.now})
    return entry_id


def edit_stakeholder(core, entry_id: str, **fields) -> None:
    with core.write() as tx:
        tx.update("stakeholder", entry_id, {**fields, "updated_at": tx.now})


def record_status(core, number: str, new: str, at: datetime, outcome: str = "") -> None:
    """A status change as desktop/services/cases.py records it (the case's status and a
    perubahan_status event with {from, to}), at `at`."""
    case_id = _case_id(core, number)
    old = core.store.query_one("SELECT status FROM cases WHERE id = ?", (case_id,))[0]
    with core.store.write(core.session.username, at) as tx:
        fields = {"status": new, "updated_at": tx.now}
        if outcome:
            fields["outcome"] = outcome
        tx.update("case", case_id, fields)
        tx.insert("event", {
            "id": str(uuid.uuid4()), "case_id": case_id, "event_type": "perubahan_status",
            "occurred_at": tx.now, "recorded_at": tx.now, "user": tx.user, "device": tx.device,
            "summary": "", "channel": "", "next_contact_due": "",
            "data": f'{{"from":"{old}","to":"{new}"}}'})
