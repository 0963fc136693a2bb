"""Saving what is held about the person: as a PDF to hand to them, or as JSON.

Ask where (the reports' default folder, a name without the person's name in it: file names
end up in recent-file lists), write on the database thread (the core writes whole or nothing
and audits the export), then say where it went with a button that opens the folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.services.subject_access import PersonRecord
from desktop.ui import file_dialogs
from desktop.ui.errors import show_error
from desktop.ui.reports.export_flow import ask_open_folder, open_folder
from desktop.ui.widgets import set_busy_cursor

_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
NAME_WORDS = {"id": "Data pribadi", "en": "Personal data"}


def suggested_name(office_code: str, day: str, fmt: str, lang: str) -> str:
    """'Data pribadi SBY 2026-11-15.pdf' ('Personal data …' in English)."""
    word = NAME_WORDS["en" if lang == "en" else "id"]
    return _UNSAFE_IN_NAME.sub("-", f"{word} {office_code} {day}") + f".{fmt}"


class SubjectExport(QObject):
    finished = Signal(object)  # the saved path; None when cancelled or failed

    def __init__(self, window: QWidget, ctx) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.busy = False
        self.saved_path: Path | None = None

    def filters(self, fmt: str) -> str:
        return self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("JSON files (*.json)")

    def ask_target(self, fmt: str, lang: str) -> Path | None:
        core = self.ctx.core
        name = suggested_name(core.office.code, core.cases.today().isoformat(), fmt, lang)
        title = (self.tr("Save the PDF for the person") if fmt == "pdf"
                 else self.tr("Save as JSON"))
        chosen = file_dialogs.save_file(self.window, title,
                                        Path(core.reports.default_folder()) / name,
                                        self.filters(fmt))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != "." + fmt:
            target = target.with_name(target.name + "." + fmt)
        return target

    def start(self, record: PersonRecord, fmt: str, lang: str) -> bool:
        """Ask for the file and write it in the background; False when nothing started.
        `lang` is the PDF's language (the JSON has codes, not words)."""
        if self.busy:
            return False
        target = self.ask_target(fmt, lang if fmt == "pdf" else self.ctx.lang)
        if target is None:
            return False
        self._set_busy(True)
        service = self.ctx.core.subject_access
        self.ctx.tasks.run_db(lambda: service.export(record, fmt, target, lang),
                              self._done, self._failed)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        set_busy_cursor(self.window, busy)

    def _done(self, path) -> None:
        self._set_busy(False)
        self.saved_path = Path(path)
        text = self.tr("Saved to:\n{path}\n\nIt holds personal data: hand it only to the "
                       "person or to whom they authorised, and delete your copy when it is "
                       "no longer needed.").format(path=str(path))
        if ask_open_folder(self.window, self.tr("Personal data saved"), text,
                           self.tr("&Open folder")):
            open_folder(self.saved_path)
        self.finished.emit(self.saved_path)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_error(self.window, exc, self.ctx.lang)
        self.finished.emit(None)
