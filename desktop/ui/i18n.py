"""Qt Linguist translations. Source strings are English; Bahasa Indonesia is the default."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for tr in translators:
        app.removeTranslator(tr)
