"""The Chinese fonts used in generated PDFs.

ReportLab's built-in CJK fonts (STSong-Light and friends) are not embedded, so a
machine or printer without them shows boxes.  The application ships Noto Sans SC as
TrueType files and embeds subsets of them in every PDF instead.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from counter_app.paths import resource_path

CJK_FONT = "NotoSansSC"
CJK_FONT_BOLD = "NotoSansSC-Bold"

_FILES = {
    CJK_FONT: "NotoSansSC-Regular.ttf",
    CJK_FONT_BOLD: "NotoSansSC-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def _keep_tables(font: Any) -> None:
    """Read each table of the font file once, not once per document.

    To embed the glyphs a document uses, ReportLab copies tables out of the font file for every
    PDF it writes - ``glyf`` included, the whole 10 MB of outlines, to take a few kilobytes from
    it. That copy was a sixth of the time a receipt takes. The tables never change, so the first
    copy of each is kept (about 10 MB per face, held as long as the font is registered).
    """
    face = font.face
    face.get_table = functools.cache(face.get_table)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode map of one embedded subset, with every character written in UTF-16.

    A PDF's ToUnicode map gives each glyph code its text as UTF-16BE hex. ReportLab writes the
    code point itself, which is right only inside the Basic Multilingual Plane: a name with a
    character such as 𬌗 (U+2C317) printed correctly but copied out, searched or read back by a
    machine as something else. Characters beyond the plane need their surrogate pair.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(
            f"<{code:02X}> <{chr(cp).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for code, cp in enumerate(subset)
        ),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def register_cjk_fonts() -> None:
    """Make ``CJK_FONT`` and ``CJK_FONT_BOLD`` available to ReportLab; safe to call repeatedly.

    Paragraph markup ``<b>`` switches to the bold face; ``<i>`` keeps the upright face,
    since Chinese has no italic.
    """
    global _registered
    with _lock:
        if _registered:
            return

        # Imported here: reportlab is slow to import and is only needed once something prints.
        from reportlab.pdfbase import pdfmetrics, ttfonts
        from reportlab.pdfbase.ttfonts import TTFont

        # Every embedded subset takes its text map from here (see _to_unicode_cmap).
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap

        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise FileNotFoundError(
                    f"CJK font {path} is missing; rebuild it with tools/make_fonts.py"
                )
            font = TTFont(name, str(path))
            _keep_tables(font)
            pdfmetrics.registerFont(font)

        pdfmetrics.registerFontFamily(
            CJK_FONT,
            normal=CJK_FONT,
            bold=CJK_FONT_BOLD,
            italic=CJK_FONT,
            boldItalic=CJK_FONT_BOLD,
        )
        _registered = True
