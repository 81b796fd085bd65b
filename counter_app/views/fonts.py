"""Load the bundled Chinese font into Qt and make it the application font.

Counter machines may have no CJK font installed, in which case Qt draws boxes for every
Chinese character.  Both faces are loaded so that bold text uses the real Bold file:
Qt's synthetic bold paints each glyph twice, which duplicates the text in PDFs.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from counter_app.paths import resource_path

FONT_FILES = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")

# Fonts added to QFontDatabase stay for the life of the process; adding them again
# would register duplicate faces.
_family: str | None = None


def load_app_fonts() -> str:
    """Register the bundled font files with Qt and return their family name.

    Needs a QGuiApplication.  Raises RuntimeError if a file is missing or unreadable.
    """
    global _family
    if _family is not None:
        return _family

    families: set[str] = set()
    for filename in FONT_FILES:
        path = resource_path("fonts", filename)
        font_id = QFontDatabase.addApplicationFont(str(path))
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
        if not loaded:
            raise RuntimeError(
                f"Qt could not load the bundled font {path}"
                f" ({'file missing' if not path.is_file() else 'unreadable font file'});"
                " rebuild it with tools/make_fonts.py"
            )
        families.update(loaded)

    if len(families) != 1:
        raise RuntimeError(f"bundled font files disagree on their family: {sorted(families)}")
    _family = families.pop()
    return _family


def apply_app_font(app: QApplication, point_size: int = 11) -> None:
    """Make the bundled font the default for every widget; safe to call more than once.

    11 pt keeps dense forms readable on a counter screen at normal viewing distance.
    """
    font = QFont(load_app_fonts())
    font.setPointSize(point_size)
    app.setFont(font)
