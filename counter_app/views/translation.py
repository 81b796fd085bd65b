"""Install the user interface language (Simplified Chinese by default).

Two catalogues make a language: ours (``resources/translations``) and Qt's own, for the words
Qt draws itself: the file dialog's "Look in:" and "Files of type:", standard buttons, the print
preview. Qt's catalogues ship inside the PySide6 package, so an installed wheel finds them there.
"""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from counter_app.paths import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
# The language Qt's tr() strings are shown in. Messages worded outside Qt (validation codes from
# the domain and services, see views/messages.py) follow it so a screen never mixes languages.
_language = "zh_CN"


# Words Qt draws whose Chinese its own catalogue lacks: Qt 6 gave the file dialog's labels
# mnemonics, and qtbase_zh_CN.qm still has only "Look in:" and "Files of type:". Ours carries
# them in Qt's context; Qt asks every installed catalogue until one answers.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def current_language() -> str:
    """The language :func:`install_language` last put into effect; ``"zh_CN"`` before any call.

    ``"en"`` also when a translation failed to load, because Qt then shows its English source
    strings and the other messages should match them.
    """
    return _language


def qt_translation_dirs() -> list[Path]:
    """Folders that may hold Qt's own catalogues (``qtbase_zh_CN.qm``), most likely first:
    the Qt build's translations folder, then the one inside the PySide6 package."""
    found: list[Path] = []
    for folder in (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ):
        if folder.is_dir() and folder not in found:
            found.append(folder)
    return found


def _load_qt_catalogue(app: QApplication, language: str) -> bool:
    for folder in qt_translation_dirs():
        qt_base = QTranslator(app)
        if qt_base.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
            return True
    return False


def install_language(app: QApplication, language: str) -> bool:
    """Load the translation for ``language``; English needs none. Returns True when loaded.

    Qt's own catalogue is loaded with ours; the application's display name, which Qt adds to
    every window title, follows the language too.
    """
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = "en"
    loaded = True
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        ours = QTranslator(app)
        loaded = ours.load(str(resource_path("translations", f"counter_{language}.qm")))
        if loaded:
            app.installTranslator(ours)
            _installed.append(ours)
            _language = language
            if not _load_qt_catalogue(app, language):
                log.warning(
                    "Qt's own %s catalogue not found in %s", language, qt_translation_dirs()
                )
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Service Hall Counter"))
    return loaded
