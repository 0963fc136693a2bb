"""The case's records as the case file prints them: timeline steps, referrals and summons,
links, in the reader's language.

Pure: it takes the rows the services read (events with their `data` parsed, referral and
summons rows, links) and the reference lists, and returns plain text. The screen's timeline
(desktop/ui/case_view/timeline_view.py) says the same things through Qt's translations; the
core has no Qt, so the printed words are here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain import case_events as ce
from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain.case_links import CaseLink
from desktop.domain.casework import has_basis
from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime
from desktop.receipt.case_file import Item, Step
from desktop.receipt.case_file_text import has, t

STATUS_EVENTS = {"perubahan_status", "dibuka_kembali"}
OFFICE_EVENTS = {"ditugaskan", "dialihkan"}  # central moved the case: data names offices
PARTNER_EVENTS = {ce.REFERRAL_SENT, ce.REFERRAL_ANSWERED, ce.REFERRAL_WITHDRAWN, ce.SUMMONED,
                  ce.SUMMONS_OUTCOME}


def instant(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Words:
    """What turns codes, usernames and timestamps into the reader's text."""

    ref: Reference
    tz: str
    lang: str
    names: Mapping[str, str] = field(default_factory=dict)

    def t(self, code: str, **params: object) -> str:
        return t(code, self.lang, **params)

    def label(self, kind: str, code: str) -> str:
        return self.ref.label(kind, code, self.lang) if code else ""

    def person(self, username: str) -> str:
        return self.names.get(username) or username

    def when(self, stamp: str) -> str:
        return format_datetime(instant(stamp), self.tz, self.lang) if stamp else ""

    def day(self, iso: str) -> str:
        return format_date(date.fromisoformat(iso[:10]), self.lang) if iso else ""


# -- the timeline ------------------------------------------------------------------------------


def steps(events: Iterable[dict], w: Words, referrals: Mapping[str, dict] | None = None,
          summons: Mapping[str, dict] | None = None) -> tuple[Step, ...]:
    """Every event, in the order given (oldest first). `referrals`/`summons`: rows by id, so
    a referral's step names its letter and due date, a summons's its meeting."""
    referrals, summons = referrals or {}, summons or {}
    return tuple(step(e, w, referrals, summons) for e in events)


def step(event: dict, w: Words, referrals: Mapping[str, dict],
         summons: Mapping[str, dict]) -> Step:
    data = event.get("data") or {}
    details: list[str] = []
    contact = _contact_line(event, w)
    if contact:
        details.append(contact)
    # The short facts share one line: a 200-step timeline stays a few pages shorter.
    facts = []
    if event.get("channel"):
        facts.append(w.t("cf.ev.channel", channel=w.label("channel", event["channel"])))
    if event.get("next_contact_due"):
        facts.append(w.t("cf.ev.next_contact", date=w.day(event["next_contact_due"])))
    facts += _partner_lines(event, w, referrals, summons)
    if facts:
        details.append(" · ".join(facts))
    if data.get("duplicate_of"):
        details.append(w.t("cf.ev.duplicate_of", number=data["duplicate_of"]))
    linked = _link_step_line(event, w)
    if linked:
        details.append(linked)
    who = _handling_line(event, w)
    if who:
        details.append(who)
    return Step(when=w.when(event.get("occurred_at", "")), title=title(event, w),
                who=w.person(event.get("user") or ""), summary=_summary(event, w),
                details=tuple(details), alert=_alert(event, w))


def title(event: dict, w: Words) -> str:
    """The type label, and what the step is about."""
    kind, data = event["event_type"], event.get("data") or {}
    label = w.label("event_type", kind)
    if kind == ce.FAMILY_CONTACT and data.get("result"):
        return f"{label}: {w.label('contact_result', data['result'])}"
    if kind == ce.ASSIGNED:
        old, new = w.person(data.get("from") or ""), w.person(data.get("to") or "")
        if not new:
            return w.t("cf.ev.officer_removed", name=old)
        return f"{label}: {old} \u2192 {new}" if old else f"{label}: {new}"
    if kind in (ce.PROPOSED, ce.APPROVED) and data.get("status"):
        text = f"{label}: {w.label('status', data['status'])}"
        if data.get("outcome"):
            text += f" ({w.label('outcome', data['outcome'])})"
        return text
    if kind in PARTNER_EVENTS and (data.get("addressee") or data.get("agency")):
        text = f"{label}: {data.get('addressee') or data.get('agency')}"
        if data.get("attendance"):
            text += f": {w.label('attendance', data['attendance'])}"
        return text
    if kind in OFFICE_EVENTS and data.get("to"):
        old, new = w.label("office", data.get("from", "")), w.label("office", data["to"])
        return f"{label}: {old} \u2192 {new}" if old else f"{label}: {new}"
    if kind in STATUS_EVENTS and "to" in data:
        text = w.t("cf.ev.status", old=w.label("status", data.get("from", "")),
                   new=w.label("status", data["to"]))
        if data.get("outcome"):
            text += f" ({w.label('outcome', data['outcome'])})"
        return f"{label}: {text}" if kind == "dibuka_kembali" else text
    return label


def _summary(event: dict, w: Words) -> str:
    """What was typed; a received document (named by the core in Indonesian) in the
    reader's language."""
    summary = event.get("summary") or ""
    doc_type = (event.get("data") or {}).get("doc_type")
    if doc_type and summary == w.ref.label("document_type", doc_type, "id"):
        return w.label("document_type", doc_type)
    return summary


def _failed_contact(event: dict, w: Words) -> bool:
    result = (event.get("data") or {}).get("result") or ""
    return (event["event_type"] == ce.FAMILY_CONTACT and bool(result)
            and bool(w.ref.extra("contact_result", result).get("failed")))


def _alert(event: dict, w: Words) -> bool:
    return event["event_type"] in (ce.FLAGGED, ce.RETURNED) or _failed_contact(event, w)


def _contact_line(event: dict, w: Words) -> str:
    name = (event.get("data") or {}).get("spoke_with")
    if event["event_type"] != ce.FAMILY_CONTACT or not name:
        return ""
    return w.t("cf.ev.tried" if _failed_contact(event, w) else "cf.ev.spoke", name=name)


def _partner_lines(event: dict, w: Words, referrals: Mapping[str, dict],
                   summons: Mapping[str, dict]) -> list[str]:
    """A referral's letter and due date, a summons's letter and meeting, on its first step."""
    kind, data = event["event_type"], event.get("data") or {}
    out: list[str] = []
    if kind == ce.REFERRAL_SENT:
        row = referrals.get(data.get("referral_id", ""))
        if row:
            if row.get("method"):
                out.append(w.t("cf.ev.method", method=w.label("referral_method", row["method"])))
            if row.get("letter_no"):
                out.append(w.t("cf.ev.letter", no=row["letter_no"]))
            if row.get("reply_due"):
                out.append(w.t("cf.ev.reply_due", date=w.day(row["reply_due"])))
    elif kind == ce.SUMMONED:
        row = summons.get(data.get("summons_id", ""))
        meeting = data.get("meeting_at") or (row or {}).get("meeting_at", "")
        if meeting:
            out.append(w.t("cf.ev.meeting", when=w.when(meeting)))
        if row and row.get("letter_no"):
            out.append(w.t("cf.ev.letter", no=row["letter_no"]))
    return out


def _link_step_line(event: dict, w: Words) -> str:
    data = event.get("data") or {}
    if event["event_type"] != ce.LINKED or not data.get("other"):
        return ""
    code = f"cf.link.{data.get('kind')}"
    return w.t(code, number=data["other"]) if has(code) else data["other"]


def _handling_line(event: dict, w: Words) -> str:
    """Who assigned whom, who proposed and who approved, or that nobody else approved."""
    kind, data = event["event_type"], event.get("data") or {}
    user = w.person(event.get("user") or "")
    proposer = w.person(data.get("proposed_by") or "")
    if kind == ce.ASSIGNED:
        if data.get("removed"):
            return w.t("cf.ev.account_removed")
        if not data.get("to"):
            return w.t("cf.ev.unassigned", name=user)
        if data["to"] == event.get("user"):
            return w.t("cf.ev.taken", name=user)
        return w.t("cf.ev.assigned_by", name=user)
    if kind == ce.RETURNED and proposer:
        code = "cf.ev.set_aside" if data.get("closed_directly") else "cf.ev.returned_by"
        return w.t(code, proposer=proposer, name=user)
    closing = kind == "perubahan_status" and data.get("to") in st.CLOSED
    if (kind == ce.APPROVED or closing) and proposer:
        return w.t("cf.ev.approved_by", proposer=proposer, name=user)
    if closing and data.get("proposed_by") == "":
        return w.t("cf.ev.closed_directly", name=user)
    return ""


# -- referrals and summons -----------------------------------------------------------------------


def partner_items(referrals: Iterable[dict], summons: Iterable[dict], w: Words
                  ) -> tuple[Item, ...]:
    """Each referral (state, letter, request, reply) then each summons (meeting, attendance,
    result), as the case's record of them stands now."""
    out = []
    for r in referrals:
        letter = w.t("cf.ref.letter", no=r["letter_no"]) if r.get("letter_no") else ""
        lines = [w.t("cf.ref.sent", date=w.day(r.get("sent_on", "")) or "-",
                     method=w.label("referral_method", r.get("method", "")) or "-",
                     letter=letter, due=w.day(r.get("reply_due", "")) or "-")]
        state = r.get("state", "")
        if has(f"cf.ref.s.{state}"):
            lines.append(w.t("cf.ref.state", state=w.t(f"cf.ref.s.{state}")))
        if r.get("request"):
            lines.append(w.t("cf.ref.request", text=" ".join(r["request"].split())))
        lines += _basis_lines(r, w)
        if r.get("reply_on"):
            lines.append(w.t("cf.ref.reply", date=w.day(r["reply_on"]),
                             text=" ".join((r.get("reply_summary") or "").split())))
        if r.get("withdrawn_on"):
            lines.append(w.t("cf.ref.withdrawn", date=w.day(r["withdrawn_on"])))
        out.append(Item(w.t("cf.ref.title", addressee=r.get("addressee", "")), tuple(lines)))
    for s in summons:
        letter = w.t("cf.ref.letter", no=s["letter_no"]) if s.get("letter_no") else ""
        lines = [w.t("cf.sum.meeting", when=w.when(s.get("meeting_at", "")) or "-",
                     place=" ".join((s.get("place") or "-").split()), letter=letter)]
        attendance = (w.label("attendance", s["attendance"]) if s.get("attendance")
                      else w.t("cf.sum.not_yet"))
        lines.append(w.t("cf.sum.attendance", attendance=attendance))
        if s.get("result"):
            lines.append(w.t("cf.sum.result", text=" ".join(s["result"].split())))
        out.append(Item(w.t("cf.sum.title", agency=s.get("agency", "")), tuple(lines)))
    return tuple(out)


def _basis_lines(r: dict, w: Words) -> list[str]:
    """What sharing the case's data with the addressee rests on (UU PDP), or that nobody
    has recorded it yet."""
    if not has_basis(r):
        return [w.t("cf.ref.basis_none")]
    basis = pdp.LEGAL_BASIS_LABELS[r["legal_basis"]][1 if w.lang == "en" else 0]
    if r["legal_basis"] in pdp.CONSENTS:
        lines = [w.t("cf.ref.basis_consent", basis=basis, date=w.day(r["consent_on"]),
                     who=w.person(r["consent_by"]))]
    else:
        lines = [w.t("cf.ref.basis", basis=basis)]
    if r.get("basis_note"):
        lines.append(w.t("cf.ref.basis_note", text=" ".join(r["basis_note"].split())))
    return lines


# -- links -------------------------------------------------------------------------------------


def link_items(links: Iterable[CaseLink], w: Words) -> tuple[Item, ...]:
    out = []
    for link in links:
        code = f"cf.link.{link.kind}"
        relation = w.t(code, number=link.other_number) if has(code) else link.other_number
        if link.other_seq is None:
            head = w.t("cf.link.elsewhere", relation=relation)
        else:
            head = w.t("cf.link.line", relation=relation, worker=link.other_worker or "-",
                       status=w.label("status", link.other_status) or "-")
        lines = (w.t("cf.link.reason", text=link.reason),) if link.reason else ()
        out.append(Item(head, lines))
    return tuple(out)
