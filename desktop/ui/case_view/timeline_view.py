"""The case timeline, newest first: what was done, when, by whom, and what comes next."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain import status as st
from desktop.domain.case_events import FAMILY_CONTACT
from desktop.domain.models import CaseDetail
from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime
from desktop.services.handling import APPROVED, ASSIGNED, FLAGGED, PROPOSED, RETURNED, UNFLAGGED
from desktop.services.referrals import (
    ANSWERED,
    REFERRED,
    SUMMONED,
    SUMMONS_OUTCOME,
    WITHDRAWN,
)
from desktop.ui.case_view.header import parse_utc

STATUS_EVENTS = {"perubahan_status", "dibuka_kembali"}
# The steps of services/handling.py: the officer, urgency, closure proposals.
HANDLING_EVENTS = {ASSIGNED, FLAGGED, UNFLAGGED, PROPOSED, APPROVED, RETURNED}
# The steps of services/referrals.py, titled with the partner they went to.
PARTNER_EVENTS = {REFERRED, ANSWERED, WITHDRAWN, SUMMONED, SUMMONS_OUTCOME}
# The style draws no focus frame around a read-only text view: a person tabbing through the
# window must see where the keys go (the padding keeps the text still when it thickens).
FOCUS_FRAME_STYLE = ("QTextBrowser { border: 1px solid #b8b8b8; padding: 1px; }"
                     " QTextBrowser:focus { border: 2px solid palette(highlight); padding: 0; }")


STEP_TABLE = '<table width="100%" cellspacing="0" style="border-collapse: collapse;">'


def person(names: Mapping[str, str] | None, username: str) -> str:
    """A username as people know it: the account's full name when this PC knows it."""
    return (names or {}).get(username) or username


def event_title(event: dict, ref: Reference, lang: str,
                names: Mapping[str, str] | None = None) -> str:
    """The event type; for a family contact with its result "<type>: <result>"; for a
    status change "Status: <from> → <to> (<outcome>)"; for a handling step the officer or
    the proposal it is about."""
    kind = event["event_type"]
    data = event.get("data") or {}
    label = ref.label("event_type", kind, lang)
    if kind == FAMILY_CONTACT and data.get("result"):
        # Whether it got through reads first: "Contact with the family: No answer".
        return f"{label}: {ref.label('contact_result', data['result'], lang)}"
    if kind in HANDLING_EVENTS:
        return _handling_title(kind, label, data, ref, lang, names)
    if kind in PARTNER_EVENTS and (data.get("addressee") or data.get("agency")):
        # To whom: "Referral sent: KBRI Kuala Lumpur", "Summons outcome: PT …: Attended".
        text = f"{label}: {data.get('addressee') or data.get('agency')}"
        if data.get("attendance"):
            text += f": {ref.label('attendance', data['attendance'], lang)}"
        return text
    if kind not in STATUS_EVENTS or "to" not in data:
        return label
    text = QCoreApplication.translate("TimelineView", "Status: {old} → {new}").format(
        old=ref.label("status", data.get("from", ""), lang), new=ref.label("status", data["to"], lang))
    if data.get("outcome"):
        text += f" ({ref.label('outcome', data['outcome'], lang)})"
    if kind == "dibuka_kembali":
        text = f"{label}: {text}"
    return text


def _handling_title(kind: str, label: str, data: dict, ref: Reference, lang: str,
                    names: Mapping[str, str] | None) -> str:
    if kind == ASSIGNED:
        old, new = person(names, data.get("from") or ""), person(names, data.get("to") or "")
        if not new:
            return QCoreApplication.translate(
                "TimelineView", "Handling officer removed: {name}").format(name=old)
        return f"{label}: {old} → {new}" if old else f"{label}: {new}"
    if kind in (PROPOSED, APPROVED) and data.get("status"):
        text = f"{label}: {ref.label('status', data['status'], lang)}"
        if data.get("outcome"):
            text += f" ({ref.label('outcome', data['outcome'], lang)})"
        return text
    return label


def event_details(event: dict, ref: Reference, lang: str,
                  names: Mapping[str, str] | None = None) -> list[str]:
    """The smaller lines under an event's title: whom a contact reached, channel, next
    contact, duplicate, and who did what in a handling step."""
    lines = []
    contact = contact_person(event, ref)
    if contact:
        lines.append(contact)
    if event.get("channel"):
        lines.append(QCoreApplication.translate("TimelineView", "Channel: {channel}").format(
            channel=ref.label("channel", event["channel"], lang)))
    if event.get("next_contact_due"):
        lines.append(QCoreApplication.translate("TimelineView", "Next contact due {date}").format(
            date=format_date(date.fromisoformat(event["next_contact_due"]), lang)))
    duplicate_of = (event.get("data") or {}).get("duplicate_of")
    if duplicate_of:
        lines.append(QCoreApplication.translate("TimelineView", "Duplicate of {number}").format(
            number=duplicate_of))
    linked = link_line(event)
    if linked:
        lines.append(linked)
    who = handling_line(event, names)
    if who:
        lines.append(who)
    return lines


def link_line(event: dict) -> str:
    """Which case a link step names, and how the two relate."""
    data = event.get("data") or {}
    other = data.get("other")
    if event.get("event_type") != "kasus_ditautkan" or not other:
        return ""
    texts = {
        "related": QCoreApplication.translate("TimelineView", "Related to case {number}"),
        "duplicate_of": QCoreApplication.translate("TimelineView", "Duplicate of {number}"),
        "kept_for": QCoreApplication.translate("TimelineView",
                                               "Kept; case {number} is its duplicate"),
        "distinct": QCoreApplication.translate("TimelineView",
                                               "Checked: not the same as case {number}"),
    }
    return texts.get(data.get("kind"), "{number}").format(number=other)


def handling_line(event: dict, names: Mapping[str, str] | None = None) -> str:
    """Who assigned whom, who proposed and who approved, or that nobody else approved."""
    kind, data = event["event_type"], event.get("data") or {}
    user = person(names, event.get("user") or "")
    proposer = person(names, data.get("proposed_by") or "")
    if kind == ASSIGNED:
        if data.get("removed"):
            return QCoreApplication.translate(
                "TimelineView", "The account was removed from this PC: the case waits for a "
                "new handling officer.")
        if not data.get("to"):
            return QCoreApplication.translate("TimelineView", "Unassigned by {name}").format(
                name=user)
        if data["to"] == event.get("user"):
            return QCoreApplication.translate(
                "TimelineView", "Taken by {name} for themselves").format(name=user)
        return QCoreApplication.translate("TimelineView", "Assigned by {name}").format(name=user)
    if kind == RETURNED and proposer:
        if data.get("closed_directly"):
            return QCoreApplication.translate(
                "TimelineView", "The proposal by {proposer} was set aside: {name} closed the "
                "case directly").format(proposer=proposer, name=user)
        return QCoreApplication.translate(
            "TimelineView", "Proposal by {proposer} returned by {name}").format(
            proposer=proposer, name=user)
    closing = kind == "perubahan_status" and data.get("to") in st.CLOSED
    if (kind == APPROVED or closing) and proposer:
        return QCoreApplication.translate(
            "TimelineView", "Proposed by {proposer}, approved by {name}").format(
            proposer=proposer, name=user)
    if closing and data.get("proposed_by") == "":
        # A supervisor closed it directly; closures from before approvals carry no key.
        return QCoreApplication.translate(
            "TimelineView", "Closed directly by {name}, without anyone else's approval").format(
            name=user)
    return ""


def title_colour(event: dict, ref: Reference) -> str:
    """A failed contact stands out amber (a run of them means lost contact), an urgent
    flag red, a returned proposal amber."""
    kind = event["event_type"]
    if kind == FLAGGED:
        return "#c0392b"
    if kind == RETURNED or failed_contact(event, ref):
        return "#b26a00"
    return ""


def failed_contact(event: dict, ref: Reference) -> bool:
    """A family contact that did not get through (the reference list says which fail)."""
    result = (event.get("data") or {}).get("result") or ""
    return (event["event_type"] == FAMILY_CONTACT and bool(result)
            and bool(ref.extra("contact_result", result).get("failed")))


def contact_person(event: dict, ref: Reference) -> str:
    """Whom a family contact reached ("Spoke with Ibu Sri"), or tried to."""
    name = (event.get("data") or {}).get("spoke_with")
    if event["event_type"] != FAMILY_CONTACT or not name:
        return ""
    if failed_contact(event, ref):
        text = QCoreApplication.translate("TimelineView", "Tried to reach {name}")
    else:
        text = QCoreApplication.translate("TimelineView", "Spoke with {name}")
    return text.format(name=name)


def event_summary(event: dict, ref: Reference, lang: str) -> str:
    """What was typed; a received document, named by the core in Indonesian, in `lang`."""
    summary = event.get("summary") or ""
    doc_type = (event.get("data") or {}).get("doc_type")
    if doc_type and summary == ref.label("document_type", doc_type, "id"):
        return ref.label("document_type", doc_type, lang)
    return summary


class TimelineView(QTextBrowser):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setOpenLinks(False)
        self.setStyleSheet(FOCUS_FRAME_STYLE)
        self.events: list[dict] = []
        self.retranslate()

    def retranslate(self) -> None:
        """The name; the events follow at the next set_case."""
        self.setAccessibleName(self.tr("Timeline"))

    def set_case(self, detail: CaseDetail, names: Mapping[str, str] | None = None) -> None:
        """`names`: username -> full name, so steps say who assigned whom in people's names."""
        core, lang = self.ctx.core, self.ctx.lang
        ref, tz = core.reference, core.office.tz
        self.events = list(reversed(detail.events))
        blocks = []
        for event in self.events:
            when = format_datetime(parse_utc(event["occurred_at"]), tz, lang)
            title = escape(event_title(event, ref, lang, names))
            meta = "{} · {}".format(escape(when), escape(person(names, event.get("user") or "")))
            colour = title_colour(event, ref)
            colour = f" color:{colour};" if colour else ""
            html = [f'<p style="margin:0; color:#555;">{meta}</p>',
                    f'<p style="margin:0; font-weight:bold;{colour}">{title}</p>']
            summary = event_summary(event, ref, lang)
            if summary:
                summary = escape(summary).replace("\n", "<br>")
                html.append(f'<p style="margin:2px 0 0 0;">{summary}</p>')
            for line in event_details(event, ref, lang, names):
                html.append(f'<p style="margin:0; color:#1f6fb2;">{escape(line)}</p>')
            blocks.append('<tr><td style="border-bottom: 1px solid #d0d0d0; padding: 6px 2px;">'
                          + "".join(html) + "</td></tr>")
        if not blocks:
            blocks.append("<tr><td>{}</td></tr>".format(escape(self.tr("Nothing recorded yet."))))
        # A table per step, for the thin rule under it (Qt's rich text draws <hr> as a heavy
        # bar); one table of every step is laid out in one go, six times slower at 200 steps.
        self.setHtml("".join(f"{STEP_TABLE}{block}</table>" for block in blocks))

    def text(self) -> str:
        return self.toPlainText()
