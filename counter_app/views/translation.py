"""Install the user interface language (Simplified Chinese by default)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from counter_app.paths import resource_path

_installed: list[QTranslator] = []
# The language Qt's tr() strings are shown in. Messages worded outside Qt (validation codes from
# the domain and services, see views/messages.py) follow it so a screen never mixes languages.
_language = "zh_CN"


def current_language() -> str:
    """The language :func:`install_language` last put into effect; ``"zh_CN"`` before any call.

    ``"en"`` also when a translation failed to load, because Qt then shows its English source
    strings and the other messages should match them.
    """
    return _language


def install_language(app: QApplication, language: str) -> bool:
    """Load the translation for ``language``; English needs none. Returns True when loaded."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if not ours.load(str(resource_path("translations", f"counter_{language}.qm"))):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    _language = language
    # Qt's own strings (OK/Cancel buttons, dialogs) when the Qt build ships them.
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return True
