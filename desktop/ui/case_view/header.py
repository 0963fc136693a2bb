"""The top strip of a case: number, status, urgency, a restriction, category, when received,
next contact due; who handles it, its deadline clock and a closure waiting for approval."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import casework
from desktop.domain import status as st
from desktop.domain.deadlines import Clock
from desktop.domain.models import CaseDetail
from desktop.formatting import format_date, format_datetime, format_received, zone_info

# Closed cases are grey, waiting ones amber, the rest blue: readable at a glance.
BADGE_COLOURS = {
    st.BARU: "#1f6fb2", st.VALIDASI: "#1f6fb2", st.MENUNGGU_DOKUMEN: "#b26a00",
    st.PROSES: "#1f6fb2", st.DIRUJUK: "#6a4bb2", st.SELESAI: "#2e7d32", st.DITUTUP: "#616161",
}
RED, AMBER, GREY = "#c0392b", "#b26a00", "#616161"
OVERDUE_STYLE = f"color: {RED}; font-weight: bold;"
LOST_CONTACT_STYLE = ("QLabel { color: #8e1b10; background: #fdecea; border: 1px solid #e6a39a;"
                      " border-radius: 4px; padding: 4px 8px; font-weight: bold; }")
URGENT_BADGE_STYLE = (f"QLabel {{ color: white; background: {RED}; border-radius: 9px;"
                      " padding: 2px 10px; font-weight: bold; }")
URGENT_REASON_STYLE = f"QLabel {{ color: {RED}; font-weight: bold; }}"
PROPOSAL_STYLE = ("QLabel { color: #6b4300; background: #fff4e0; border: 1px solid #e0a040;"
                  " border-radius: 4px; padding: 1px 8px; font-weight: bold; }")
UNASSIGNED_STYLE = f"color: {AMBER}; font-weight: bold;"
# A restricted case (issue 14 §1.2): only a supervisor opens it, and should see at once
# that its data is for their eyes only.
RESTRICTED_BADGE_STYLE = ("QLabel { color: white; background: #37474f; border-radius: 9px;"
                          " padding: 2px 10px; font-weight: bold; }")
# How wide the urgent reason may grow on the top line before it is cut (the full text is in
# the tooltip): the top line stays one line at 1366 pixels.
REASON_WIDTH = 420


def parse_utc(text: str) -> datetime:
    """Stored timestamps are UTC with a Z suffix."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def working_days(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("CaseHeader", "1 working day")
    return QCoreApplication.translate("CaseHeader", "{n} working days").format(n=n)


def clock_text(clock: Clock) -> tuple[str, str]:
    """What the header says of the deadline clock, and its colour ('' = the normal text):
    running "Deadline: day N of M", near or past it, paused, or where it stopped."""
    day, target = clock.day, clock.target
    if clock.stopped:
        return QCoreApplication.translate(
            "CaseHeader", "Finished on day {day} of {target}").format(day=day, target=target), GREY
    if day == 0 and not clock.paused and not clock.paused_days:
        # Received on a weekend or a holiday: day 1 is the next working day.
        return QCoreApplication.translate(
            "CaseHeader", "Deadline: {days}, from the next working day").format(
            days=working_days(target)), ""
    text = QCoreApplication.translate("CaseHeader", "Deadline: day {day} of {target}").format(
        day=day, target=target)
    if clock.paused:
        return text + " · " + QCoreApplication.translate(
            "CaseHeader", "paused — waiting for documents, {days}").format(
            days=working_days(clock.paused_days)), AMBER
    if clock.past:
        return text + " — " + QCoreApplication.translate(
            "CaseHeader", "{days} past the deadline").format(
            days=working_days(clock.day - clock.target)), RED
    colour = ""
    if clock.near:
        colour = AMBER
        text += " — " + (QCoreApplication.translate("CaseHeader", "due today")
                         if clock.remaining <= 0 else QCoreApplication.translate(
                             "CaseHeader", "{days} left").format(days=working_days(clock.remaining)))
    if clock.paused_days:
        text += " · " + QCoreApplication.translate(
            "CaseHeader", "was paused {days}").format(days=working_days(clock.paused_days))
    return text, colour


def verify_text(clock: Clock, today: date, lang: str) -> tuple[str, str]:
    """While the case is new or being verified: by when verification is due (public service
    practice: within 3 working days), red once that day has passed."""
    if clock.verify_due is None or clock.stopped:
        return "", ""
    when = format_date(clock.verify_due, lang)
    if today > clock.verify_due:
        return QCoreApplication.translate(
            "CaseHeader", "verification overdue since {date}").format(date=when), RED
    return QCoreApplication.translate("CaseHeader", "verify by {date}").format(date=when), ""


class CaseHeader(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = QLabel()
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.urgent = QLabel()
        self.urgent.setStyleSheet(URGENT_BADGE_STYLE)
        self.urgent_reason = QLabel()
        self.urgent_reason.setStyleSheet(URGENT_REASON_STYLE)
        self.restricted = QLabel()
        self.restricted.setObjectName("restrictedBadge")
        self.restricted.setStyleSheet(RESTRICTED_BADGE_STYLE)
        self.restricted.hide()
        self.category = QLabel()
        self.received = QLabel()
        self.next_contact = QLabel()
        self.worker = QLabel()
        self.officer = QLabel()
        self.deadline = QLabel()
        self.proposal = QLabel()
        self.proposal.setStyleSheet(PROPOSAL_STYLE)
        self.contact_lost = self._lost_contact_label()
        self.failed_contacts = 0  # the run of failed family contacts, while contact is lost
        self.overdue = False
        self.is_urgent = False
        self._build_layout()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addSpacing(12)
        top.addWidget(self.status)
        top.addSpacing(8)
        top.addWidget(self.urgent)
        top.addWidget(self.urgent_reason)
        top.addSpacing(8)
        top.addWidget(self.restricted)
        top.addSpacing(24)
        top.addWidget(self.category, 1)
        top.addWidget(self.next_contact)
        middle = QHBoxLayout()
        middle.addWidget(self.worker, 1)
        middle.addWidget(self.received)
        handling = QHBoxLayout()
        handling.addWidget(self.officer)
        handling.addSpacing(24)
        handling.addWidget(self.deadline)
        handling.addStretch(1)
        handling.addWidget(self.proposal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addLayout(handling)
        layout.addWidget(self.contact_lost)

    def _lost_contact_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("contactLost")
        label.setWordWrap(True)
        label.setStyleSheet(LOST_CONTACT_STYLE)
        label.hide()
        return label

    def set_case(self, detail: CaseDetail, today: date,
                 names: Mapping[str, str] | None = None) -> None:
        """`names`: username -> full name (accounts this PC knows), for the officer."""
        ref, lang, tz = self.ctx.core.reference, self.ctx.lang, self.ctx.core.office.tz
        case = detail.case
        names = names or {}
        self.number.setText(case["case_number"])
        status = case["status"]
        self.status.setText(ref.label("status", status, lang))
        self.status.setStyleSheet(
            "QLabel {{ color: white; background: {}; border-radius: 9px; padding: 2px 10px;"
            " font-weight: bold; }}".format(BADGE_COLOURS.get(status, "#616161")))
        self.category.setText(ref.label("category", case["category"], lang))
        # The office matters once central starts transferring cases between offices.
        office = ref.label("office", case.get("office_code") or "", lang)
        received = parse_utc(case["received_at"])
        recorded = parse_utc(case.get("created_at") or case["received_at"])
        zone = zone_info(tz)
        if received.astimezone(zone).date() == recorded.astimezone(zone).date():
            self.received.setText(self.tr("Received {when} · {office}").format(
                when=format_datetime(received, tz, lang), office=office))
        else:  # a letter or message that arrived before it was typed in: both dates
            self.received.setText(self.tr("Received {when} · recorded {recorded} · {office}")
                                  .format(when=format_received(received, tz, lang),
                                          recorded=format_datetime(recorded, tz, lang),
                                          office=office))
        worker = detail.worker.get("name") or ""
        complainant = detail.complainant.get("name") or ""
        self.worker.setText(self.tr("Worker: {worker}   ·   Complainant: {complainant}").format(
            worker=worker or "—", complainant=complainant or "—"))
        self._set_next_contact(case.get("next_contact_due") or "", status, today)
        self._set_urgent(case)
        self._set_restricted(case, names)
        self._set_officer(case, names)
        self._set_deadline(detail.deadline, today)
        self._set_proposal(case, names)

    def set_contact_lost(self, failed: int, status: str) -> None:
        """Warn while contact with the family is lost (`failed` contacts in a row, 0 when it
        is not); a closed case needs no more calls, so it shows no warning."""
        self.failed_contacts = failed if status not in st.CLOSED else 0
        self.contact_lost.setText(self.tr(
            "⚠ Contact with the family lost: {n} failed attempts in a row. Try another "
            "channel or number.").format(n=self.failed_contacts))
        self.contact_lost.setVisible(self.failed_contacts > 0)

    def _set_next_contact(self, due_text: str, status: str, today: date) -> None:
        if not due_text or status in st.CLOSED:
            self.next_contact.setText(self.tr("No next contact planned") if status not in st.CLOSED
                                      else "")
            self.next_contact.setStyleSheet("color: palette(mid);")
            self.overdue = False
            return
        due = date.fromisoformat(due_text)
        shown = format_date(due, self.ctx.lang)
        self.overdue = due < today
        if self.overdue:
            self.next_contact.setText(self.tr("Next contact OVERDUE since {date}").format(date=shown))
            self.next_contact.setStyleSheet(OVERDUE_STYLE)
        else:
            self.next_contact.setText(self.tr("Next contact due {date}").format(date=shown))
            self.next_contact.setStyleSheet("font-weight: bold;")

    def _set_urgent(self, case: dict) -> None:
        """Flagged by a person (with the reason they gave, beside the badge) or urgent by its
        category (named just after); a resolved or closed case no longer jumps the queue."""
        ref, lang = self.ctx.core.reference, self.ctx.lang
        self.is_urgent = casework.is_urgent(case, ref) and case["status"] not in st.CLOSED
        flagged = case.get("urgent") == "1"
        if flagged:
            reason = " ".join((case.get("urgent_reason") or "").split())
        else:
            reason = self.tr("urgent category: {category}").format(
                category=ref.label("category", case["category"], lang))
        self.urgent.setText(self.tr("URGENT"))
        self.urgent.setToolTip(reason)
        self.urgent_reason.setText(self.urgent_reason.fontMetrics().elidedText(
            reason, Qt.TextElideMode.ElideRight, REASON_WIDTH) if flagged else "")
        self.urgent_reason.setToolTip(reason)
        self.urgent.setVisible(self.is_urgent)
        self.urgent_reason.setVisible(self.is_urgent and flagged and bool(reason))

    def _set_restricted(self, case: dict, names: Mapping[str, str]) -> None:
        """The badge of a restricted case, who restricted it, when and why in its tooltip."""
        since = case.get("restricted_at") or ""
        self.restricted.setVisible(bool(since))
        if not since:
            self.restricted.setToolTip("")
            return
        by = case.get("restricted_by") or ""
        self.restricted.setText(self.tr("Restricted"))
        self.restricted.setToolTip(self.tr(
            "Restricted by {name} on {when}. Only supervisors see this case, and each view "
            "is recorded.\nReason: {reason}").format(
            name=names.get(by) or by or "—",
            when=format_datetime(parse_utc(since), self.ctx.core.office.tz, self.ctx.lang),
            reason=case.get("restriction_reason") or "—"))

    def _set_officer(self, case: dict, names: Mapping[str, str]) -> None:
        officer = case.get("officer") or ""
        if officer:
            self.officer.setText(self.tr("Handling officer: {name}").format(
                name=names.get(officer) or officer))
            self.officer.setStyleSheet("")
            self.officer.setToolTip(officer)
        elif case["status"] in st.CLOSED:
            self.officer.setText(self.tr("No handling officer"))
            self.officer.setStyleSheet("color: palette(mid);")
            self.officer.setToolTip("")
        else:
            # Visibly nobody's: a supervisor assigns it, or a case officer takes it.
            self.officer.setText(self.tr("No handling officer yet"))
            self.officer.setStyleSheet(UNASSIGNED_STYLE)
            self.officer.setToolTip(self.tr(
                "A supervisor assigns an officer (Handling menu); a case officer can take "
                "the case."))

    def _set_deadline(self, clock: Clock | None, today: date) -> None:
        self.deadline.setVisible(clock is not None)
        if clock is None:
            return
        text, colour = clock_text(clock)
        verify, verify_colour = verify_text(clock, today, self.ctx.lang)
        if verify:
            text, colour = f"{text} · {verify}", verify_colour or colour
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        if clock.stopped:
            self.deadline.setToolTip(self.tr(
                "The clock stopped when the case was resolved or closed."))
            return
        self.deadline.setToolTip(self.tr(
            "Working days since the complaint was received, weekends and Indonesian holidays "
            "excluded; the clock pauses while the case waits for documents. Target reached "
            "on {date}.").format(date=format_date(clock.due, self.ctx.lang)))

    def _set_proposal(self, case: dict, names: Mapping[str, str]) -> None:
        proposed = case.get("proposed_status") or ""
        self.proposal.setVisible(bool(proposed))
        if not proposed:
            return
        ref, lang = self.ctx.core.reference, self.ctx.lang
        by = case.get("proposed_by") or ""
        self.proposal.setText(self.tr("Awaiting approval: {status} proposed by {name}").format(
            status=ref.label("status", proposed, lang), name=names.get(by) or by or "—"))
        self.proposal.setToolTip(case.get("proposal_summary") or "")
