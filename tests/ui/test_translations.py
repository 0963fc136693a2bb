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
