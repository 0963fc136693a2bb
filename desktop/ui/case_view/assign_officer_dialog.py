"""A supervisor chooses (or changes, or clears) a case's handling officer.

Only accounts that may handle a case are offered: active, of a role that handles cases,
central accounts that have logged in here included (core.handling.officers). The list is
typed into: a few letters of the name or the username pick the officer, Enter or Ctrl+Enter
saves. The core checks again, so an account removed meanwhile is refused with a message.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from desktop.domain.models import CaseDetail
from desktop.domain.roles import role_label
from desktop.services.handling import Officer
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.errors import error_text

NOBODY = ""  # the combo's data for "no officer": the case becomes unassigned


class AssignOfficerDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, names: dict | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.current = detail.case.get("officer") or ""
        self.officers: list[Officer] = []
        names = names or {}
        self.setWindowTitle(self.tr("Handling officer of {number}").format(
            number=detail.case_number))
        self.save_button.setText(self.tr("&Assign"))
        self.save_button.setEnabled(False)  # until the list has loaded
        now = QLabel(names.get(self.current) or self.current if self.current
                     else self.tr("Nobody yet"))
        now.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Handled now by:"), now)
        self.officer = self._officer_combo()
        self.add_row(self.tr("&Officer:"), "officer", self.officer)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        self.note.setPlaceholderText(self.tr("Optional, e.g. Budi is on leave until Monday"))
        self.add_row(self.tr("&Note:"), "note", self.note)
        hint = QLabel(self.tr("Type a few letters of the name to filter. Only active accounts "
                              "whose role handles cases are listed."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        self.form.addRow("", hint)
        self.resize(520, self.sizeHint().height())
        self.officer.setFocus()
        handling = ctx.core.handling
        ctx.tasks.run_db(handling.officers, self._officers_loaded, self._load_failed)

    def _officer_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(self.tr("Loading the officers…"))
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def _officers_loaded(self, officers: list[Officer]) -> None:
        self.officers = list(officers)
        combo = self.officer
        combo.clear()
        combo.addItem(self.tr("Nobody (unassigned)"), NOBODY)
        for officer in self.officers:
            combo.addItem(self.officer_text(officer), officer.username)
        combo.lineEdit().setPlaceholderText(self.tr("Name or username"))
        # Start from the officer handling it now, so Enter alone changes nothing by mistake.
        combo.setCurrentIndex(max(combo.findData(self.current), 0) if self.current else -1)
        if not self.current:
            combo.setEditText("")
        self.save_button.setEnabled(True)

    def officer_text(self, officer: Officer) -> str:
        role = role_label(officer.role, self.ctx.lang)
        return f"{officer.full_name} ({officer.username}) — {role}"

    def _load_failed(self, exc: BaseException) -> None:
        self.errors.set("officer", error_text(exc, self.ctx.lang))

    # -- choosing --------------------------------------------------------------------------
    def chosen(self) -> str | None:
        """The username typed or picked ('' = nobody); None when the text names no single
        officer (the error is shown at the field)."""
        combo = self.officer
        text = " ".join(combo.currentText().split()).casefold()
        items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        for label, data in items:
            if label.casefold() == text:
                return data
        matches = [data for label, data in items if data != NOBODY and text
                   and (text in label.casefold() or text == data)]
        if len(matches) == 1:
            return matches[0]
        self.errors.clear()
        if not text:
            self.errors.set("officer", self.tr("Choose an officer, or “Nobody (unassigned)”."))
        elif matches:
            self.errors.set("officer", self.tr(
                "Several officers match “{text}”: type more of the name or pick one from "
                "the list.").format(text=combo.currentText().strip()))
        else:
            self.errors.set("officer", self.tr(
                "No active officer matches “{text}”.").format(text=combo.currentText().strip()))
        combo.setFocus()
        return None

    def save(self) -> None:
        if self._busy or not self.save_button.isEnabled():
            return
        if self.chosen() is None:
            return
        super().save()

    def call(self):
        handling, key = self.ctx.core.handling, self.case_key
        username, note = self.chosen() or "", self.note.text()
        return lambda: handling.assign(key, username, note)
