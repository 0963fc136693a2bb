"""A supervisor settles a closure proposal: approve it (the case is resolved or closed as
proposed) or return it to the officer with a note. Both go on the timeline.

A case that changed after it was proposed (a step, a correction, a document, perhaps from
another PC) is not approved blindly: the core refuses, the dialog lists what changed since
and the supervisor may then approve anyway.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QWidget

from desktop.domain.models import DOC_PRESENT, CaseDetail
from desktop.formatting import format_datetime
from desktop.services.handling import PROPOSED, StaleProposal
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.case_view.header import parse_utc
from desktop.ui.case_view.timeline_view import event_summary, event_title, person
from desktop.ui.errors import error_text
from desktop.ui.sync.field_labels import document_type, field_label, value_text
from desktop.ui.widgets import grow_to_fit

STALE_STYLE = ("QLabel { color: #6b4300; background: #fff4e0; border: 1px solid #e0a040;"
               " border-radius: 4px; padding: 6px; }")
SUMMARY_CHARS = 120  # of a step's summary in the list of changes


def changes_since(detail: CaseDetail, history: Sequence, since: str, ctx,
                  names: Mapping[str, str] | None = None) -> list[str]:
    """What happened to the case after `since` (a stored UTC time), oldest first: timeline
    steps, corrections of its details (core.history.of_case) and documents, one line each."""
    ref, lang, tz = ctx.core.reference, ctx.lang, ctx.core.office.tz
    found: list[tuple[str, str]] = []

    def when(at: str) -> str:
        return format_datetime(parse_utc(at), tz, lang)

    received = set()  # documents whose "received" step is listed already
    for event in detail.events:
        if event["recorded_at"] <= since or event["event_type"] == PROPOSED:
            continue
        received.add((event.get("data") or {}).get("doc_type"))
        text = "{} · {}: {}".format(when(event["recorded_at"]), person(names, event["user"]),
                                    event_title(event, ref, lang, names))
        summary = " ".join(event_summary(event, ref, lang).split())
        if summary:
            cut = summary[:SUMMARY_CHARS] + ("…" if len(summary) > SUMMARY_CHARS else "")
            text += f" — {cut}"
        found.append((event["recorded_at"], text))
    for change in history:
        if change.at <= since:
            continue
        old, new = (value_text(ref, change.entity, change.field, raw, lang)
                    for raw in (change.old, change.new))
        name = field_label(change.entity, change.field)
        found.append((change.at, f"{when(change.at)} · {person(names, change.user)}: "
                                 f"{name}: {old} → {new}"))
    for doc in detail.documents:
        if (doc.get("updated_at") or "") <= since or (
                doc["state"] == DOC_PRESENT and doc["doc_type"] in received):
            continue
        state = value_text(ref, "document", "state", doc["state"], lang)
        found.append((doc["updated_at"], "{} · {}: {}".format(
            when(doc["updated_at"]), document_type(ref, doc["id"], lang), state)))
    return [text for _at, text in sorted(found)]


class ApprovalDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, names: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.case = detail.case
        self.names = dict(names or {})
        self.mode = "approve"
        self.despite_changes = False  # told what changed, the supervisor approves anyway
        self.changes: list[str] = []
        self.setWindowTitle(self.tr("Closure proposed for {number}").format(
            number=detail.case_number))
        self._build_proposal()
        self._build_stale()
        self.note = self.summary_edit()
        self.note.setMaximumHeight(110)
        self.note.setPlaceholderText(self.tr("Needed to return it: what the officer should "
                                             "do or add"))
        self.add_row(self.tr("N&ote to the officer:"), "note", self.note)
        self._build_buttons()
        self.resize(600, self.sizeHint().height())
        self.save_button.setFocus()

    def _build_proposal(self) -> None:
        case, ref, lang = self.case, self.ctx.core.reference, self.ctx.lang
        status = ref.label("status", case["proposed_status"], lang)
        outcome = ref.label("outcome", case["proposed_outcome"], lang)
        proposed = QLabel(f"{status} — {outcome}")
        proposed.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Proposed:"), proposed)
        if case.get("proposed_duplicate_of"):
            self.form.addRow(self.tr("Duplicate of:"), QLabel(case["proposed_duplicate_of"]))
        by = person(self.names, case.get("proposed_by") or "")
        at = case.get("proposed_at") or ""
        when = format_datetime(parse_utc(at), self.ctx.core.office.tz, lang) if at else ""
        self.form.addRow(self.tr("Proposed by:"), QLabel(f"{by} · {when}" if when else by))
        summary = QLabel(case.get("proposal_summary") or "")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = summary
        self.form.addRow(self.tr("Summary:"), summary)

    def _build_stale(self) -> None:
        self.stale = QLabel()
        self.stale.setWordWrap(True)
        self.stale.setStyleSheet(STALE_STYLE)
        self.stale.hide()
        self.changes_view = QTextBrowser()
        self.changes_view.setMaximumHeight(150)
        self.changes_view.setAccessibleName(self.tr("Changes since the proposal"))
        self.changes_view.hide()
        # Between the proposal and the note: read what changed, then decide.
        self.form.addRow(self.stale)
        self.form.addRow(self.changes_view)

    def _build_buttons(self) -> None:
        self.save_button.setText(self.tr("&Approve"))
        self.return_button = QPushButton(self.tr("&Return to the officer"))
        self.return_button.setAutoDefault(False)
        self.buttons.addButton(self.return_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.return_button.clicked.connect(self.return_proposal)

    # -- the two answers -------------------------------------------------------------------
    def approve(self) -> None:
        self.mode = "approve"
        super().save()

    def return_proposal(self) -> None:
        self.mode = "return"
        super().save()

    def save(self) -> None:
        # Save (Ctrl+Enter, Enter) approves; returning is its own button.
        self.approve()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.return_button.setEnabled(not busy)

    def call(self):
        handling, key = self.ctx.core.handling, self.case_key
        if self.mode == "return":
            note = self.note.toPlainText()
            return lambda: handling.return_proposal(key, note)
        despite = self.despite_changes
        return lambda: handling.approve_closure(key, despite_changes=despite)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, StaleProposal):
            super()._failed(exc)
            return
        self._set_busy(False)
        self.errors.clear()
        # Read the case again (the change may have come from another PC): list what changed.
        core, key = self.ctx.core, self.case_key
        self.ctx.tasks.run_db(lambda: (core.cases.get(key), core.history.of_case(key)),
                              self._show_stale, self._reload_failed)

    def _show_stale(self, loaded) -> None:
        detail, history = loaded
        since = self.case.get("proposed_at") or ""
        self.changes = changes_since(detail, history, since, self.ctx, self.names)
        by = person(self.names, self.case.get("proposed_by") or "")
        self.stale.setText(self.tr(
            "This case changed after {name} proposed it. Look at what changed since, then "
            "approve anyway or return the proposal with a note.").format(name=by))
        if self.changes:
            items = "".join(f"<li>{escape(line)}</li>" for line in self.changes)
            self.changes_view.setHtml(f"<ul style='-qt-list-indent: 1;'>{items}</ul>")
        else:
            self.changes_view.setPlainText(self.tr(
                "The case was updated after the proposal, but no step, correction or document "
                "change is recorded here; look at the case before approving."))
        self.stale.show()
        self.changes_view.show()
        grow_to_fit(self)
        self.despite_changes = True
        self.save_button.setText(self.tr("&Approve anyway"))
        self.save_button.setFocus()

    def _reload_failed(self, exc: BaseException) -> None:
        self.errors.set(None, error_text(exc, self.ctx.lang))
