"""Install the user interface language (Simplified Chinese by default)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from counter_app.paths import resource_path

_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> bool:
    """Load the translation for ``language``; English needs none. Returns True when loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if not ours.load(str(resource_path("translations", f"counter_{language}.qm"))):
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    # Qt's own strings (OK/Cancel buttons, dialogs) when the Qt build ships them.
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return True
