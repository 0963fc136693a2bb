"""The case timeline, newest first: what was done, when, by whom, and what comes next."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.models import CaseDetail
from desktop.domain.reference import Reference
from desktop.formatting import format_date, format_datetime
from desktop.ui.case_view.header import parse_utc

STATUS_EVENTS = {"perubahan_status", "dibuka_kembali"}


def event_title(event: dict, ref: Reference, lang: str) -> str:
    """The event type, or for a status change "Status: <from> → <to> (<outcome>)"."""
    kind = event["event_type"]
    data = event.get("data") or {}
    if kind not in STATUS_EVENTS or "to" not in data:
        return ref.label("event_type", kind, lang)
    text = QCoreApplication.translate("TimelineView", "Status: {old} → {new}").format(
        old=ref.label("status", data.get("from", ""), lang), new=ref.label("status", data["to"], lang))
    if data.get("outcome"):
        text += " ({})".format(ref.label("outcome", data["outcome"], lang))
    if kind == "dibuka_kembali":
        text = "{}: {}".format(ref.label("event_type", kind, lang), text)
    return text


def event_details(event: dict, ref: Reference, lang: str) -> list[str]:
    """The smaller lines under an event's title: channel, next contact, duplicate."""
    lines = []
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
    return lines


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
        self.events: list[dict] = []
        self.retranslate()

    def retranslate(self) -> None:
        """The name; the events follow at the next set_case."""
        self.setAccessibleName(self.tr("Timeline"))

    def set_case(self, detail: CaseDetail) -> None:
        core, lang = self.ctx.core, self.ctx.lang
        ref, tz = core.reference, core.office.tz
        self.events = list(reversed(detail.events))
        blocks = []
        for event in self.events:
            when = format_datetime(parse_utc(event["occurred_at"]), tz, lang)
            title = escape(event_title(event, ref, lang))
            meta = "{} · {}".format(escape(when), escape(event.get("user") or ""))
            html = [f'<p style="margin:0; color:#555;">{meta}</p>',
                    f'<p style="margin:0; font-weight:bold;">{title}</p>']
            summary = event_summary(event, ref, lang)
            if summary:
                summary = escape(summary).replace("\n", "<br>")
                html.append(f'<p style="margin:2px 0 0 0;">{summary}</p>')
            for line in event_details(event, ref, lang):
                html.append(f'<p style="margin:0; color:#1f6fb2;">{escape(line)}</p>')
            blocks.append('<tr><td style="border-bottom: 1px solid #d0d0d0; padding: 6px 2px;">'
                          + "".join(html) + "</td></tr>")
        if not blocks:
            blocks.append("<tr><td>{}</td></tr>".format(escape(self.tr("Nothing recorded yet."))))
        # A table for thin rules between events: Qt's rich text draws <hr> as a heavy bar.
        self.setHtml('<table width="100%" cellspacing="0" style="border-collapse: collapse;">'
                     + "".join(blocks) + "</table>")

    def text(self) -> str:
        return self.toPlainText()
