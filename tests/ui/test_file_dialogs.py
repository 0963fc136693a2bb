"""Every file dialog (desktop/ui/file_dialogs.py): Qt's own dialog in the person's language,
starting in their Documents folder, then where they last chose a file (issue 12 §5.4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
)

from desktop.ui import file_dialogs
from desktop.ui.i18n import install_translators, remove_translators

# What Qt's dialog says in English; none of it may show in Bahasa Indonesia.
ENGLISH = {"&Look in:", "Look in:", "File &name:", "Files of &type:", "&Save", "&Open", "Save",
           "Open", "Cancel", "Back", "Forward", "Parent Directory", "Create New Folder",
           "List View", "Detail View", "Name", "Size", "Type", "Date Modified"}


@pytest.fixture
def documents(tmp_path, monkeypatch):
    """A home of the test's own, with a Documents folder (Qt reads $HOME each time)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    assert Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)) == home / "Documents"
    file_dialogs.forget_last_folder()
    yield home / "Documents"
    file_dialogs.forget_last_folder()


@pytest.fixture
def indonesian(qapp):
    installed = install_translators(qapp, "id")
    yield
    remove_translators(qapp, installed)
    QLocale.setDefault(QLocale(QLocale.Language.English))  # as the UI tests expect


def answer(qtbot, act) -> dict:
    """Run `act(dialog)` on the file dialog once it is open; returns what it saw."""
    seen: dict = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look)
            return
        seen.update(describe(dialog))
        act(dialog)

    QTimer.singleShot(0, look)
    return seen


def describe(dialog: QFileDialog) -> dict:
    def label(name: str) -> str:
        return dialog.findChild(QLabel, name).text()

    buttons = dialog.findChild(QDialogButtonBox, "buttonBox").buttons()
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    return {
        "native": not dialog.testOption(QFileDialog.Option.DontUseNativeDialog),
        "folder": Path(dialog.directory().absolutePath()),
        "labels": [label("lookInLabel"), label("fileNameLabel"), label("fileTypeLabel")],
        "buttons": sorted(b.text() for b in buttons),
        "tips": sorted(b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()),
        "columns": [model.headerData(c, tree.header().orientation()) for c in range(4)],
    }


def test_in_indonesian_it_speaks_indonesian_and_starts_in_documents(qtbot, documents,
                                                                   indonesian):
    seen = answer(qtbot, lambda d: d.reject())
    chosen = file_dialogs.save_file(None, "Simpan tanda terima", "SBY-2026-A-00001.pdf",
                                    "Berkas PDF (*.pdf)")
    assert chosen == ""
    assert not seen["native"]  # the system's dialog would follow the system's language
    assert seen["folder"] == documents
    assert seen["labels"] == ["Cari &di:", "&Nama berkas:", "&Jenis berkas:"]
    assert seen["buttons"] == ["&Simpan", "Batal"]
    assert seen["columns"] == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    assert {"Kembali", "Maju", "Folder induk", "Buat folder baru"} <= set(seen["tips"])
    shown = {*seen["labels"], *seen["buttons"], *seen["tips"], *seen["columns"]}
    assert not shown & ENGLISH


def test_open_in_indonesian(qtbot, documents, indonesian):
    seen = answer(qtbot, lambda d: d.reject())
    assert file_dialogs.open_file(None, "Lampirkan", None, "Semua berkas (*)") == ""
    assert seen["folder"] == documents
    assert seen["buttons"] == ["&Buka", "Batal"]


def test_in_english_the_same_dialog_speaks_english(qtbot, documents):
    seen = answer(qtbot, lambda d: d.reject())
    file_dialogs.save_file(None, "Save receipt", "x.pdf", "PDF files (*.pdf)")
    assert seen["labels"] == ["&Look in:", "File &name:", "Files of &type:"]
    assert seen["buttons"] == ["&Save", "Cancel"]


def test_it_starts_where_the_last_file_was_chosen(qtbot, documents):
    usb = documents.parent / "usb"
    usb.mkdir()

    def choose(dialog: QFileDialog) -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(usb / "tanda-terima.pdf"))
        dialog.accept()

    answer(qtbot, choose)
    chosen = file_dialogs.save_file(None, "Save", documents / "SBY-1.pdf", "PDF files (*.pdf)")
    assert chosen == str(usb / "tanda-terima.pdf")
    seen = answer(qtbot, lambda d: d.reject())
    file_dialogs.save_file(None, "Save", documents / "SBY-2.pdf", "PDF files (*.pdf)")
    assert seen["folder"] == usb  # this run remembers, over the suggested folder
    # A folder that no longer exists is never where it opens (Qt would go to the program's).
    usb.rmdir()
    seen = answer(qtbot, lambda d: d.reject())
    file_dialogs.open_file(None, "Attach", documents.parent / "gone", "All files (*)")
    assert seen["folder"] == documents


def test_without_a_documents_folder_it_starts_at_home(qtbot, documents):
    documents.rmdir()
    seen = answer(qtbot, lambda d: d.reject())
    file_dialogs.save_file(None, "Save", "x.pdf", "PDF files (*.pdf)")
    assert seen["folder"] == documents.parent
    assert seen["folder"] != Path.cwd()
    QCoreApplication.processEvents()
