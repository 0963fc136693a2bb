"""Every file dialog of the application: saving a receipt, a letter or a copy of an
attachment, and choosing a scan to attach.

Qt's own dialog, not the system's: the system dialog speaks the system's language and
ignores the application's, while Qt's dialog takes its words from the application's
catalogue (Qt ships no Indonesian one; desktop/ui/qt_strings.py lists its texts so our
catalogue has them). It starts in the folder chosen last in this run of the program, else
the one the caller suggests, else the person's Documents folder, and never in the
program's own folder (where Qt goes when a folder does not exist).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QSplitter, QWidget

_last_folder: Path | None = None  # where the person last chose a file, this run


def documents_folder() -> Path:
    """The person's Documents folder, or their home folder if it does not exist."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def start_folder(suggested: str | Path | None = None) -> Path:
    for folder in (_last_folder, Path(suggested) if suggested else None):
        if folder is not None and folder.is_absolute() and folder.is_dir():
            return folder
    return documents_folder()


def forget_last_folder() -> None:
    """Back to the Documents folder (another person logs in; tests)."""
    global _last_folder
    _last_folder = None


def save_file(parent: QWidget | None, title: str, suggested: str | Path, filters: str) -> str:
    """Ask where to save; `suggested` is a file name, or a path whose folder is a fallback
    start. Returns the chosen path, or "" when cancelled."""
    suggested = Path(suggested)
    folder = suggested.parent if suggested.parent != Path() else None
    dialog = _dialog(parent, title, start_folder(folder), filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    return _run(dialog)


def open_file(parent: QWidget | None, title: str, folder: str | Path | None,
              filters: str) -> str:
    """Ask for an existing file, starting in `folder` if it exists. Returns its path, or ""."""
    start = Path(folder) if folder and Path(folder).is_dir() else start_folder()
    dialog = _dialog(parent, title, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def _dialog(parent: QWidget | None, title: str, folder: Path, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(folder), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(p)) for p in _places()] + [QUrl("file:")])
    dialog.setDirectory(str(folder))
    dialog.resize(860, 520)
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None:  # Qt's places list is too narrow for "Documents" by default
        splitter.setSizes([170, 690])
    return dialog


def _places() -> list[Path]:
    """Documents first, then the other folders people save to (those that exist)."""
    found: list[Path] = []
    for location in (QStandardPaths.StandardLocation.DocumentsLocation,
                     QStandardPaths.StandardLocation.DesktopLocation,
                     QStandardPaths.StandardLocation.DownloadLocation,
                     QStandardPaths.StandardLocation.HomeLocation):
        path = QStandardPaths.writableLocation(location)
        if path and Path(path).is_dir() and Path(path) not in found:
            found.append(Path(path))
    return found


def _run(dialog: QFileDialog) -> str:
    global _last_folder
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        path = dialog.selectedFiles()[0]
        _last_folder = Path(path).parent
        return path
    finally:
        dialog.deleteLater()
