"""The top strip of a case: number, status, category, when received, next contact due."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain import status as st
from desktop.domain.models import CaseDetail
from desktop.formatting import format_date, format_datetime

# Closed cases are grey, waiting ones amber, the rest blue: readable at a glance.
BADGE_COLOURS = {
    st.BARU: "#1f6fb2", st.VALIDASI: "#1f6fb2", st.MENUNGGU_DOKUMEN: "#b26a00",
    st.PROSES: "#1f6fb2", st.DIRUJUK: "#6a4bb2", st.SELESAI: "#2e7d32", st.DITUTUP: "#616161",
}
OVERDUE_STYLE = "color: #c0392b; font-weight: bold;"


def parse_utc(text: str) -> datetime:
    """Stored timestamps are UTC with a Z suffix."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


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
        self.category = QLabel()
        self.received = QLabel()
        self.next_contact = QLabel()
        self.worker = QLabel()

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addSpacing(12)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.category, 1)
        top.addWidget(self.next_contact)
        bottom = QHBoxLayout()
        bottom.addWidget(self.worker, 1)
        bottom.addWidget(self.received)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def set_case(self, detail: CaseDetail, today: date) -> None:
        ref, lang, tz = self.ctx.core.reference, self.ctx.lang, self.ctx.core.office.tz
        case = detail.case
        self.number.setText(case["case_number"])
        status = case["status"]
        self.status.setText(ref.label("status", status, lang))
        self.status.setStyleSheet(
            "QLabel {{ color: white; background: {}; border-radius: 9px; padding: 2px 10px;"
            " font-weight: bold; }}".format(BADGE_COLOURS.get(status, "#616161")))
        self.category.setText(ref.label("category", case["category"], lang))
        # The office matters once central starts transferring cases between offices.
        office = ref.label("office", case.get("office_code") or "", lang)
        self.received.setText(self.tr("Received {when} · {office}").format(
            when=format_datetime(parse_utc(case["received_at"]), tz, lang), office=office))
        worker = detail.worker.get("name") or ""
        complainant = detail.complainant.get("name") or ""
        self.worker.setText(self.tr("Worker: {worker}   ·   Complainant: {complainant}").format(
            worker=worker or "—", complainant=complainant or "—"))
        self._set_next_contact(case.get("next_contact_due") or "", status, today)

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
