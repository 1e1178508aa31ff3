"""Loading the app's translations (resources/translations/secondround_<lang>.qm) and Qt's own.

English, the language of the source texts, has a translation too: the singular and plural forms of the
texts with a count (``%n``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from secondround_desktop.paths import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def translation_file(language: str) -> str:
    return str(resource_path("translations", f"secondround_{language}.qm"))


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` and make it the default locale.

    Call before any window is built: texts are translated when widgets are made. Calling again first
    removes what the previous call installed.
    """
    remove_translations(app)
    QLocale.setDefault(QLocale(language))
    if language != "en":
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s at %s", language, translation_file(language))
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
