"""The case's referrals and PPTKIS summons (tab "Referrals" of the case window).

The panel runs its own dialogs and says `changed` after every successful write; the window
then reloads the case and calls set_case again. Its actions carry shortcuts for the
window's menu. Letters (surat rujukan, surat panggilan) are rendered by core.letters and
shown like the receipt: in memory, printed or saved where the officer says. A referral
without a recorded basis for sharing the case's data (UU PDP; those made before it was
asked) says so, and its letter waits until the basis is recorded.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import casework
from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm, can
from desktop.formatting import format_date_short, format_datetime
from desktop.ui.case_view.header import parse_utc
from desktop.ui.context import UiContext
from desktop.ui.errors import show_error
from desktop.ui.letter_dialog import REFERRAL_LETTER, SUMMONS_LETTER, LetterDialog
from desktop.ui.widgets import window_action

OVERDUE_COLOUR, ANSWERED_COLOUR, WITHDRAWN_COLOUR = "#c0392b", "#1e7b34", "#777777"
HINT_STYLE = "color: #8a3b00;"
DETAILS_STYLE = "color: palette(dark); padding: 2px 0;"
NAME_WIDTH = 180
OPEN_STATES = (casework.SENT, casework.OVERDUE)


def summons_offered(detail: CaseDetail, reference) -> bool:
    """"Panggil PPTKIS" is put forward when the KTKLN is missing or the category points at
    the placement agency."""
    ktkln = next((d["state"] for d in detail.documents if d["doc_type"] == "ktkln"), "")
    return casework.summons_suggested(detail.case, ktkln, reference)


def load_casework(core, case_id, detail: CaseDetail | None = None
                  ) -> tuple[list[dict], list[dict], bool]:
    """Runs on the database thread: the case's referrals (with their state and the full
    name of who recorded a consent, `consent_by_name`), its summons (each with
    `agency_flagged`) and whether a summons is put forward (`detail`: the case when the
    caller has read it already)."""
    detail = detail or core.cases.get(case_id)
    referrals = core.referrals.of_case(case_id)
    names = core.accounts.names() if referrals else {}
    for row in referrals:
        row["consent_by_name"] = names.get(row.get("consent_by", "")) or row.get("consent_by", "")
    summons = core.referrals.summons_of_case(case_id)
    flagged: dict[str, bool] = {}
    for row in summons:
        sid = row.get("stakeholder_id", "")
        if sid and sid not in flagged:
            flagged[sid] = core.referrals.agency_flagged(sid)
        row["agency_flagged"] = flagged.get(sid, False)
    return referrals, summons, summons_offered(detail, core.reference)


class ReferralsPanel(QWidget):
    changed = Signal()  # a referral or summons was written: the window reloads the case

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: CaseDetail | None = None
        self.referrals: list[dict] = []
        self.summons: list[dict] = []
        self.summons_offered = False
        self.dialog = None  # the open dialog (a form or a letter)
        self._tips: dict[QAction, str] = {}
        self._build_actions()
        self._build_referrals()
        self._build_summons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.referrals_caption)
        layout.addWidget(self.referrals_table, 3)
        layout.addWidget(self.referral_details)
        layout.addLayout(self.referral_buttons)
        layout.addSpacing(8)
        layout.addWidget(self.summons_caption)
        layout.addWidget(self.summons_hint)
        layout.addWidget(self.summons_table, 2)
        layout.addWidget(self.summons_details)
        layout.addLayout(self.summons_buttons)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(slot, keys: str = "") -> QAction:
            return window_action(self, slot, keys, self._tips)  # words: retranslate

        self.refer_action = action(self.refer, "Ctrl+R")
        self.reply_action = action(self.record_reply, "Ctrl+Shift+R")
        self.withdraw_action = action(self.withdraw)
        self.referral_letter_action = action(self.print_referral_letter)
        self.basis_action = action(self.record_basis)
        self.summon_action = action(self.summon, "Ctrl+Shift+P")
        self.outcome_action = action(self.record_outcome)
        self.summons_letter_action = action(self.print_summons_letter)
        self._separator = QAction(self)
        self._separator.setSeparator(True)

    def _table(self, columns: int, actions: list[QAction]) -> QTreeWidget:
        table = QTreeWidget()
        table.setColumnCount(columns)
        table.setRootIsDecorated(False)
        table.setUniformRowHeights(True)
        table.setAllColumnsShowFocus(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.header()
        header.setStretchLastSection(True)
        # The name takes what the short columns leave; a long one is cut, whole in the details.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, NAME_WIDTH)
        for column in range(1, columns - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The menu key (or Shift+F10) offers the row's actions.
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions(actions)
        table.currentItemChanged.connect(lambda *_: self._current_changed())
        return table

    @staticmethod
    def _details_label() -> QLabel:
        """The chosen row in full: what was asked and answered, which the columns cut."""
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(DETAILS_STYLE)
        return label

    def _buttons(self, actions: list[QAction]) -> tuple[QHBoxLayout, list[QPushButton]]:
        row = QHBoxLayout()
        made = []
        for act in actions:
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(act.trigger)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        return row, made

    def _build_referrals(self) -> None:
        self.referrals_caption = QLabel()
        self.referrals_caption.setStyleSheet("font-weight: bold;")
        self.referrals_table = self._table(6, [self.reply_action, self.withdraw_action,
                                               self.referral_letter_action, self.basis_action])
        self.referrals_table.itemActivated.connect(lambda *_: self._activate_referral())
        self.referral_details = self._details_label()
        self.referral_buttons, buttons = self._buttons([
            self.refer_action, self.reply_action, self.withdraw_action,
            self.referral_letter_action, self.basis_action])
        (self.refer_button, self.reply_button, self.withdraw_button,
         self.referral_letter_button, self.basis_button) = buttons

    def _build_summons(self) -> None:
        self.summons_caption = QLabel()
        self.summons_caption.setStyleSheet("font-weight: bold;")
        self.summons_hint = QLabel()
        self.summons_hint.setWordWrap(True)
        self.summons_hint.setStyleSheet(HINT_STYLE)
        self.summons_hint.hide()
        self.summons_table = self._table(4, [self.outcome_action, self.summons_letter_action,
                                             self.summon_action])
        self.summons_table.itemActivated.connect(lambda *_: self._activate_summons())
        self.summons_details = self._details_label()
        self.summons_buttons, buttons = self._buttons([
            self.summon_action, self.outcome_action, self.summons_letter_action])
        self.summon_button, self.outcome_button, self.summons_letter_button = buttons

    def _button_pairs(self) -> list[tuple[QPushButton, QAction]]:
        return [(self.refer_button, self.refer_action), (self.reply_button, self.reply_action),
                (self.withdraw_button, self.withdraw_action),
                (self.referral_letter_button, self.referral_letter_action),
                (self.basis_button, self.basis_action),
                (self.summon_button, self.summon_action),
                (self.outcome_button, self.outcome_action),
                (self.summons_letter_button, self.summons_letter_action)]

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Words in ctx.lang; the rows follow at the next set_case."""
        self.referrals_caption.setText(self.tr("Referrals sent"))
        self.summons_caption.setText(self.tr("PPTKIS summonses"))
        self.summons_hint.setText(self.tr(
            "The KTKLN is missing or the complaint is about the placement agency: summon the "
            "agency (PPTKIS) for clarification."))
        self.referrals_table.setHeaderLabels([
            self.tr("To"), self.tr("State"), self.tr("Reply due"), self.tr("Sent"),
            self.tr("How sent"), self.tr("Letter no.")])
        self.referrals_table.setAccessibleName(self.tr("Referrals sent"))
        self.summons_table.setHeaderLabels([
            self.tr("Agency"), self.tr("Meeting"), self.tr("Attendance"), self.tr("Place")])
        self.summons_table.setAccessibleName(self.tr("PPTKIS summonses"))
        for act, text in (
                (self.refer_action, self.tr("&New referral…")),
                (self.reply_action, self.tr("Record repl&y…")),
                (self.withdraw_action, self.tr("&Withdraw referral…")),
                (self.referral_letter_action, self.tr("Print r&eferral letter…")),
                (self.basis_action, self.tr("&Basis for sharing…")),
                (self.summon_action, self.tr("Summon PPT&KIS…")),
                (self.outcome_action, self.tr("Record &meeting outcome…")),
                (self.summons_letter_action, self.tr("Print s&ummons letter…"))):
            act.setText(text)
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "").rstrip("…")
            self._tips[act] = f"{plain} ({keys})" if keys else plain
        if self.detail is not None:
            self._fill()
        self._update_actions()

    def tab_title(self) -> str:
        waiting = sum(1 for r in self.referrals if r.get("state") in OPEN_STATES)
        if waiting:
            return self.tr("&Referrals ({count} waiting)").format(count=waiting)
        return self.tr("&Referrals")

    def actions(self) -> list[QAction]:
        """The window's menu entries, in order (hides QWidget.actions on purpose)."""
        return [self.refer_action, self.reply_action, self.withdraw_action,
                self.referral_letter_action, self.basis_action, self._separator,
                self.summon_action,
                self.outcome_action, self.summons_letter_action]

    # -- showing -----------------------------------------------------------------------------
    def set_case(self, detail: CaseDetail, referrals: list[dict], summons: list[dict],
                 summons_offered: bool) -> None:
        self.detail = detail
        self.referrals = list(referrals)
        self.summons = list(summons)
        self.summons_offered = summons_offered
        self._fill()
        self._update_actions()

    def _fill(self) -> None:
        keep_referral = self._current_id(self.referrals_table)
        keep_summons = self._current_id(self.summons_table)
        self.referrals_table.clear()
        for row in self.referrals:
            self.referrals_table.addTopLevelItem(self._referral_item(row))
        self.summons_table.clear()
        for row in self.summons:
            self.summons_table.addTopLevelItem(self._summons_item(row))
        # Where the officer was; otherwise the first referral still waiting for its reply.
        first_open = next((r["id"] for r in self.referrals if r["state"] in OPEN_STATES), None)
        self._select(self.referrals_table, keep_referral or first_open)
        self._select(self.summons_table, keep_summons)
        self.summons_hint.setVisible(self.summons_offered and not self.summons
                                     and not self._closed())
        self._show_details()

    def _referral_item(self, row: dict) -> QTreeWidgetItem:
        ref, lang = self.ctx.core.reference, self.ctx.lang
        state, colour = self._state_text(row)
        item = QTreeWidgetItem([
            row["addressee"], state, _short(row.get("reply_due", "")),
            _short(row.get("sent_on", "")),
            ref.label("referral_method", row.get("method", ""), lang), row.get("letter_no", "")])
        item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
        item.setToolTip(0, row["addressee"])
        if not casework.has_basis(row):
            item.setText(0, "⚠ " + row["addressee"])
            item.setForeground(0, QColor(OVERDUE_COLOUR))
            item.setToolTip(0, self.no_basis_text())
        if colour:
            item.setForeground(1, QColor(colour))
        if row["state"] == casework.OVERDUE:
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
        return item

    def _state_text(self, row: dict) -> tuple[str, str]:
        state = row["state"]
        if state == casework.OVERDUE:
            days = (self.ctx.core.cases.today() - date.fromisoformat(row["reply_due"])).days
            return self.tr("Overdue ({days} days)").format(days=days), OVERDUE_COLOUR
        if state == casework.ANSWERED:
            return self.tr("Answered"), ANSWERED_COLOUR
        if state == casework.WITHDRAWN:
            return self.tr("Withdrawn"), WITHDRAWN_COLOUR
        return self.tr("Waiting for reply"), ""

    def _summons_item(self, row: dict) -> QTreeWidgetItem:
        ref, lang, tz = self.ctx.core.reference, self.ctx.lang, self.ctx.core.office.tz
        attendance = (ref.label("attendance", row["attendance"], lang) if row.get("attendance")
                      else self.tr("Not recorded yet"))
        agency = row["agency"]
        item = QTreeWidgetItem([
            agency, format_datetime(parse_utc(row["meeting_at"]), tz, lang), attendance,
            row.get("place", "")])
        item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
        item.setToolTip(0, agency)
        if row.get("agency_flagged"):
            item.setText(0, "⚠ " + agency)
            item.setForeground(0, QColor(OVERDUE_COLOUR))
            item.setToolTip(0, self.flagged_text(agency))
        if row.get("attendance") == casework.MISSED:
            item.setForeground(2, QColor(OVERDUE_COLOUR))
        return item

    def no_basis_text(self) -> str:
        return self.tr("The basis for sharing the data has not been recorded.")

    def flagged_text(self, agency: str) -> str:
        return self.tr("{agency} stayed away from summonses more than once and is flagged in "
                       "the directory.").format(agency=agency)

    # -- the chosen row in full ---------------------------------------------------------------
    def _current_changed(self) -> None:
        self._show_details()
        self._update_actions()

    def _show_details(self) -> None:
        referral, summons = self.current_referral(), self.current_summons()
        for label, text in ((self.referral_details,
                             self._referral_text(referral) if referral else ""),
                            (self.summons_details, self._summons_text(summons) if summons else "")):
            label.setText(text)
            label.setVisible(bool(text))

    def _referral_text(self, row: dict) -> str:
        lines = [self.tr("Asked: {request}").format(request=_one_line(row.get("request", "")))]
        if row.get("reply_on"):
            lines.append(self.tr("Reply of {date}: {summary}").format(
                date=_short(row["reply_on"]), summary=_one_line(row.get("reply_summary", ""))))
        elif row.get("withdrawn_on"):
            lines.append(self.tr("Withdrawn on {date}.").format(date=_short(row["withdrawn_on"])))
        lines += self._basis_lines(row)
        return "\n".join(lines)

    def _basis_lines(self, row: dict) -> list[str]:
        """What sharing with the addressee rests on, or what to record before the letter."""
        if not casework.has_basis(row):
            return [self.tr("The basis for sharing the data has not been recorded: record the "
                            "complainant's consent or another legal basis before the letter "
                            "can be printed.")]
        code = row["legal_basis"]
        label = pdp.LEGAL_BASIS_LABELS[code][1 if self.ctx.lang == "en" else 0]
        if code in pdp.CONSENTS:
            line = self.tr("Basis for sharing: {basis}, given {date}, recorded by {name}").format(
                basis=label, date=_short(row["consent_on"]),
                name=row.get("consent_by_name") or row["consent_by"])
        else:
            line = self.tr("Basis for sharing: {basis}").format(basis=label)
        lines = [line]
        if row.get("basis_note"):
            lines.append(self.tr("About the basis: {note}").format(
                note=_one_line(row["basis_note"])))
        return lines

    def _summons_text(self, row: dict) -> str:
        lines = []
        if row.get("agency_flagged"):
            lines.append(self.flagged_text(row["agency"]))
        if row.get("letter_no"):
            lines.append(self.tr("Letter {number}").format(number=row["letter_no"]))
        if row.get("result"):
            lines.append(self.tr("Result: {result}").format(result=_one_line(row["result"])))
        return "\n".join(lines)

    @staticmethod
    def _current_id(table: QTreeWidget) -> str | None:
        item = table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    @staticmethod
    def _select(table: QTreeWidget, wanted: str | None) -> None:
        for i in range(table.topLevelItemCount()):
            item = table.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == wanted:
                table.setCurrentItem(item)
                return
        if table.topLevelItemCount():
            table.setCurrentItem(table.topLevelItem(0))

    # -- what is chosen ----------------------------------------------------------------------
    def current_referral(self) -> dict | None:
        rid = self._current_id(self.referrals_table)
        return next((r for r in self.referrals if r["id"] == rid), None)

    def current_summons(self) -> dict | None:
        sid = self._current_id(self.summons_table)
        return next((s for s in self.summons if s["id"] == sid), None)

    def open_referral(self) -> dict | None:
        """The referral a reply or withdrawal is for: the chosen one if it still waits, or
        the only one still waiting."""
        current = self.current_referral()
        if current is not None and current["state"] in OPEN_STATES:
            return current
        waiting = [r for r in self.referrals if r["state"] in OPEN_STATES]
        return waiting[0] if len(waiting) == 1 else None

    def _letter_allowed(self) -> bool:
        current = self.current_referral()
        return current is not None and casework.has_basis(current)

    def _closed(self) -> bool:
        return self.detail is not None and self.detail.case["status"] in st.CLOSED

    # -- enabling ----------------------------------------------------------------------------
    def _update_actions(self) -> None:
        loaded = self.detail is not None
        may = can(self.ctx.core.session.role, Perm.REFERRAL_ADD)
        closed = self._closed()
        role_why = self.tr("Your role cannot refer cases or summon agencies.")
        closed_why = self.tr("The case is resolved or closed; reopen it first.")
        checks = (
            (self.refer_action, not closed, closed_why),
            (self.reply_action, self.open_referral() is not None,
             self.tr("Choose a referral that is still waiting for its reply.")),
            (self.withdraw_action, self.open_referral() is not None,
             self.tr("Choose a referral that is still waiting for its reply.")),
            (self.referral_letter_action, self._letter_allowed(),
             self.tr("Record the basis for sharing the data first: the complainant's consent "
                     "with its date, vital interest or a legal obligation.")
             if self.current_referral() is not None else self.tr("Choose a referral first.")),
            (self.basis_action, self.current_referral() is not None,
             self.tr("Choose a referral first.")),
            (self.summon_action, not closed, closed_why),
            (self.outcome_action, self.current_summons() is not None,
             self.tr("Choose a summons first.")),
            (self.summons_letter_action, self.current_summons() is not None,
             self.tr("Choose a summons first.")),
        )
        # An anonymised case can only be read (the services refuse the rest too).
        anonymised = loaded and bool(self.detail.case.get("anonymised_at"))
        for act, allowed, why in checks:
            if anonymised:
                allowed, why = False, self.tr("The case was anonymised: it can only be read.")
            act.setEnabled(loaded and may and allowed)
            tip = self._tips[act]
            if loaded and not may:
                tip = f"{tip} — {role_why}"
            elif loaded and not allowed:
                tip = f"{tip} — {why}"
            act.setToolTip(tip)
        for button, act in self._button_pairs():
            button.setText(act.text())
            button.setEnabled(act.isEnabled())
            button.setToolTip(act.toolTip())
        # Put forward when the case points at the agency; from the menu at any time.
        self.summon_button.setVisible(self.summons_offered or bool(self.summons))

    # -- running the dialogs -------------------------------------------------------------------
    def _open(self, dialog, on_saved) -> None:
        self.dialog = dialog
        dialog.saved.connect(on_saved)
        # Window-modal: other cases and the list stay usable.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def refer(self) -> None:
        if self.detail is None or not self.refer_action.isEnabled():
            return
        from desktop.ui.case_view.referral_dialog import ReferralDialog

        self._open(ReferralDialog(self.ctx, self.detail, self), self._referred)

    def _referred(self, saved) -> None:
        self.changed.emit()
        if saved.status_error is not None:
            QMessageBox.warning(self, self.tr("Referral saved"), self.tr(
                "The referral was saved, but the case status was not changed: {reason}").format(
                reason=saved.status_error.text(self.ctx.lang)))
        if saved.method == "surat" and self._ask(self.tr("Print the referral letter"), self.tr(
                "The referral was saved. Print the referral letter now?")):
            self._letter(REFERRAL_LETTER, saved.referral_id)

    def record_basis(self) -> None:
        referral = self.current_referral()
        if self.detail is None or referral is None or not self.basis_action.isEnabled():
            return
        from desktop.ui.case_view.referral_dialog import BasisDialog

        self._open(BasisDialog(self.ctx, referral, self.detail.case.get("category", ""), self),
                   lambda _r: self.changed.emit())

    def record_reply(self) -> None:
        referral = self.open_referral()
        if self.detail is None or referral is None or not self.reply_action.isEnabled():
            return
        from desktop.ui.case_view.reply_dialog import ReplyDialog

        self._open(ReplyDialog(self.ctx, referral, self), self._closed_referral)

    def withdraw(self) -> None:
        referral = self.open_referral()
        if self.detail is None or referral is None or not self.withdraw_action.isEnabled():
            return
        from desktop.ui.case_view.reply_dialog import WithdrawDialog

        self._open(WithdrawDialog(self.ctx, referral, self), self._closed_referral)

    def _closed_referral(self, last: bool) -> None:
        self.changed.emit()
        detail = self.detail
        if not (last and detail is not None and detail.case["status"] == st.DIRUJUK
                and can(self.ctx.core.session.role, Perm.STATUS_CHANGE)):
            return
        # No referral is open any more: the case is the office's to handle again.
        label = self.ctx.core.reference.label("status", st.PROSES, self.ctx.lang)
        if not self._ask(self.tr("No referral left open"), self.tr(
                "No referral of this case is waiting for a reply any more. Move the case back "
                "to status “{status}”?").format(status=label)):
            return
        cases, key = self.ctx.core.cases, detail.case["seq"]
        self.ctx.tasks.run_db(lambda: cases.change_status(key, st.PROSES),
                              lambda _r: self.changed.emit(),
                              lambda exc: show_error(self, exc, self.ctx.lang))

    def summon(self) -> None:
        if self.detail is None or not self.summon_action.isEnabled():
            return
        from desktop.ui.case_view.summons_dialog import SummonsDialog

        self._open(SummonsDialog(self.ctx, self.detail, self), self._summoned)

    def _summoned(self, summons_id: str) -> None:
        self.changed.emit()
        if self._ask(self.tr("Print the summons letter"), self.tr(
                "The summons was saved. Print the summons letter (surat panggilan) now?")):
            self._letter(SUMMONS_LETTER, summons_id)

    def record_outcome(self) -> None:
        summons = self.current_summons()
        if summons is None or not self.outcome_action.isEnabled():
            return
        from desktop.ui.case_view.summons_outcome_dialog import SummonsOutcomeDialog

        dialog = SummonsOutcomeDialog(self.ctx, summons, self)
        self._open(dialog, lambda _r: self._outcome_saved(summons, dialog.attendance.code()))

    def _outcome_saved(self, summons: dict, attendance: str) -> None:
        self.changed.emit()
        sid = summons.get("stakeholder_id", "")
        if attendance != casework.MISSED or not sid:
            return
        referrals = self.ctx.core.referrals
        self.ctx.tasks.run_db(lambda: referrals.agency_flagged(sid),
                              lambda flagged: self._tell_flagged(summons, flagged))

    def _tell_flagged(self, summons: dict, flagged: bool) -> None:
        if flagged and not summons.get("agency_flagged"):
            QMessageBox.information(self, self.tr("Agency flagged"), self.tr(
                "{agency} has now stayed away from summonses more than once and is flagged in "
                "the directory. Tell your supervisor.").format(agency=summons["agency"]))

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    # -- letters -----------------------------------------------------------------------------
    def print_referral_letter(self) -> None:
        referral = self.current_referral()
        if referral is not None and self.referral_letter_action.isEnabled():
            self._letter(REFERRAL_LETTER, referral["id"])

    def print_summons_letter(self) -> None:
        summons = self.current_summons()
        if summons is not None and self.summons_letter_action.isEnabled():
            self._letter(SUMMONS_LETTER, summons["id"])

    def _letter(self, kind: str, item_id: str) -> None:
        if self.detail is None:
            return
        dialog = LetterDialog(self.ctx, kind, item_id, self.detail.case_number, self)
        self.dialog = dialog
        dialog.open()

    def _activate_referral(self) -> None:
        # Enter on a referral still waiting records its reply; on another, its letter
        # (or, without a basis for sharing, what to record before it).
        current = self.current_referral()
        if current is not None and current["state"] in OPEN_STATES:
            self.record_reply()
        elif current is not None and not casework.has_basis(current):
            self.explain_missing_basis(current)
        else:
            self.print_referral_letter()

    def explain_missing_basis(self, referral: dict) -> None:
        """Say why the letter waits and what to record; offer to record it now."""
        if self._ask(self.tr("Basis for sharing not recorded"), self.tr(
                "The letter to {addressee} shares the complainant's and the worker's personal "
                "data. First record what that rests on: the complainant's consent (oral or "
                "written, with its date), vital interest, or a legal obligation.\n\nRecord "
                "it now?").format(addressee=referral["addressee"])):
            self.record_basis()

    def _activate_summons(self) -> None:
        self.record_outcome()


def _short(iso: str) -> str:
    return format_date_short(date.fromisoformat(iso)) if iso else ""


def _one_line(text: str) -> str:
    return " ".join((text or "").split())
