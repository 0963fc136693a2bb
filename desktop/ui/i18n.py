"""Qt Linguist translations. Source strings are English; Bahasa Indonesia is the default."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.context import UiContext

log = logging.getLogger(__name__)


def translations_dir() -> str:
    return str(resources.files("desktop.ui").joinpath("translations"))


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load the app's and Qt's own catalogue for `lang`; keep the returned objects alive."""
    installed: list[QTranslator] = []
    app_tr = QTranslator(app)
    if app_tr.load(f"halotki_{lang}", translations_dir()):
        app.installTranslator(app_tr)
        installed.append(app_tr)
    elif lang != "en":
        log.warning("translation catalogue for %s not found; run 'make translations'", lang)
    qt_tr = QTranslator(app)
    if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    QLocale.setDefault(locale_for(lang))
    return installed


def locale_for(lang: str) -> QLocale:
    """Number formats of the language: 12.345 in Bahasa Indonesia, 12,345 in English."""
    return QLocale("id_ID" if lang == "id" else "en_US")


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for tr in translators:
        app.removeTranslator(tr)


def switch_language(ctx: UiContext, lang: str) -> None:
    """Use `lang` from now on: reinstall the catalogues and tell every window to retranslate.

    Windows retranslate in changeEvent(LanguageChange). Qt sends that event only when a
    catalogue is really installed or removed, and English needs none, so it is posted to
    every window here as well (retranslating twice is harmless).
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    ctx.settings.language = lang
    if app is None:
        return
    remove_translators(app, ctx.translators)
    ctx.translators = install_translators(app, lang)
    if isinstance(app, QApplication):
        for widget in QApplication.topLevelWidgets():
            QCoreApplication.postEvent(widget, QEvent(QEvent.Type.LanguageChange))
