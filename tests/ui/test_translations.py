"""Bahasa Indonesia is the default language: every UI string must have its translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "desktop" / "ui" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def _messages(ts: Path):
    for message in ET.parse(ts).getroot().iter("message"):
        yield message.findtext("source"), message.find("translation")


def test_every_indonesian_message_is_translated():
    unfinished = [src for src, tr in _messages(TRANSLATIONS / "halotki_id.ts")
                  if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()]
    assert unfinished == []


def test_placeholders_survive_translation():
    for src, tr in _messages(TRANSLATIONS / "halotki_id.ts"):
        assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(tr.text or "")), src


def test_every_ui_string_is_in_the_catalogue(tmp_path):
    """New tr() strings without a translation fail here, listing what to translate."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (TRANSLATIONS.parent).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    fresh.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="id_ID"></TS>')
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    wanted = {src for src, _tr in _messages(fresh)}
    have = {src for src, _tr in _messages(TRANSLATIONS / "halotki_id.ts")}
    assert sorted(wanted - have) == []


def test_indonesian_catalogue_translates_a_real_dialog(qapp, tmp_path):
    from desktop.ui.i18n import install_translators, remove_translators

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = TRANSLATIONS / "halotki_id.qm"
    if not qm.exists():
        subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / "halotki_id.ts"), "-qm", str(qm)],
                       check=True)
    installed = install_translators(qapp, "id")
    try:
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("MainWindow", "&New complaint…") == "Pengaduan &baru…"
    finally:
        remove_translators(qapp, installed)


def test_qt_standard_buttons_speak_indonesian(qapp):
    """Qt has no Indonesian catalogue of its own; ours must cover its standard buttons."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from desktop.ui.i18n import install_translators, remove_translators

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / "halotki_id.ts"), "-qm",
                    str(TRANSLATIONS / "halotki_id.qm")], check=True)
    installed = install_translators(qapp, "id")
    try:
        Std = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(Std.Save | Std.Cancel | Std.Close)
        assert [box.button(b).text() for b in (Std.Save, Std.Cancel, Std.Close)] == [
            "Simpan", "Batal", "Tutup"]
        question = QMessageBox(QMessageBox.Icon.Question, "", "",
                               QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        assert question.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
        assert question.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    finally:
        remove_translators(qapp, installed)


def _translating_wrappers(tree) -> set[str]:
    """Functions that hand one of their parameters to translate()/tr()."""
    import ast

    found = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = {a.arg for a in fn.args.args}
        for call in ast.walk(fn):
            if isinstance(call, ast.Call):
                name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                idx = 1 if name == "translate" else 0
                if (name in ("translate", "tr") and len(call.args) > idx
                        and isinstance(call.args[idx], ast.Name) and call.args[idx].id in params):
                    found.add(fn.name)
    return found


def test_no_literal_goes_through_a_wrapper_lupdate_cannot_see():
    """lupdate reads tr()/translate() literals only; a literal passed to a helper that
    translates its argument never reaches the catalogue (mark it QT_TRANSLATE_NOOP)."""
    import ast

    offenders = []
    for path in sorted(TRANSLATIONS.parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _translating_wrappers(tree)
        for call in ast.walk(tree):
            if (isinstance(call, ast.Call) and getattr(call.func, "id", None) in wrappers
                    and call.args and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)):
                offenders.append(f"{path.name}:{call.lineno}")
    assert offenders == []
