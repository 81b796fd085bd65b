"""The bundled CJK fonts survive a ReportLab PDF: embedded, and the text reads back exactly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from printing_helpers import loads_reportlab
from pypdf import PdfReader

from counter_app.printing.fonts import CJK_FONT, CJK_FONT_BOLD, register_cjk_fonts

# 户 shares its glyph with the Kangxi radical ⼾ in the source font, 胶 with 㬵; 堃 and 喆
# are rare characters that turn up in customers' names.
REGULAR_LINE = "户号 缴费 营业厅"
BOLD_LINE = "壹佰贰拾叁元肆角伍分"
NAMES_PLAIN = "户主 王堃 胶州"
NAMES_BOLD = "张喆"


def build_pdf(path: Path) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    register_cjk_fonts()
    canvas = Canvas(str(path))
    canvas.setFont(CJK_FONT, 16)
    canvas.drawString(50, 780, REGULAR_LINE)
    canvas.setFont(CJK_FONT_BOLD, 16)
    canvas.drawString(50, 750, BOLD_LINE)
    # <b> must pick the registered bold face, not fail or fake it.
    para = Paragraph(
        f"{NAMES_PLAIN} <b>{NAMES_BOLD}</b>",
        ParagraphStyle("names", fontName=CJK_FONT, fontSize=16, leading=20),
    )
    para.wrap(450, 100)
    para.drawOn(canvas, 50, 710)
    canvas.save()


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "fonts.pdf"
    build_pdf(path)
    return path


def page_fonts(pdf: Path) -> dict[str, Any]:
    page = PdfReader(pdf).pages[0]
    fonts = page["/Resources"]["/Font"]
    return {str(key): fonts[key].get_object() for key in fonts}


def test_chinese_text_reads_back_exactly(pdf: Path) -> None:
    text = PdfReader(pdf).pages[0].extract_text()

    assert text.splitlines() == [REGULAR_LINE, BOLD_LINE, f"{NAMES_PLAIN} {NAMES_BOLD}"]
    assert "⼾" not in text
    assert "㬵" not in text


def test_both_faces_are_embedded(pdf: Path) -> None:
    cjk = {
        str(font["/BaseFont"]): font
        for font in page_fonts(pdf).values()
        if "NotoSansSC" in str(font["/BaseFont"])
    }

    # Embedded subsets are tagged "ABCDEF+PostScriptName".
    faces = {name.split("+", 1)[1] for name in cjk}
    assert faces == {"NotoSansSC-Regular", "NotoSansSC-Bold"}
    for name, font in cjk.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "/ToUnicode" in font, f"{name} cannot be copied as text"


def test_register_is_idempotent() -> None:
    from reportlab.pdfbase import pdfmetrics

    register_cjk_fonts()
    register_cjk_fonts()

    assert {CJK_FONT, CJK_FONT_BOLD} <= set(pdfmetrics.getRegisteredFontNames())


def test_importing_does_not_load_reportlab() -> None:
    assert not loads_reportlab("counter_app.printing.fonts")


# Characters beyond the Basic Multilingual Plane (CJK Extension B and later) turn up in names:
# 𬌗 is U+2C317 and 𡎚 U+2139A, both in the bundled font. They must read back as themselves.
RARE_NAMES = "王𬌗明 李𡎚"


def test_characters_beyond_the_basic_plane_read_back(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    register_cjk_fonts()
    path = tmp_path / "rare.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(CJK_FONT, 16)
    canvas.drawString(50, 780, RARE_NAMES)
    canvas.setFont(CJK_FONT_BOLD, 16)
    canvas.drawString(50, 750, RARE_NAMES)
    canvas.save()

    assert PdfReader(path).pages[0].extract_text().splitlines() == [RARE_NAMES, RARE_NAMES]


def test_a_receipt_for_a_rare_name_reads_back_with_it() -> None:
    from dataclasses import replace

    from printing_helpers import pdf_text
    from test_printing_receipt import CASH

    from counter_app.printing.receipt import LAYOUTS, render_receipt

    for layout in LAYOUTS:
        text = pdf_text(render_receipt(replace(CASH, account_name="王𬌗明"), layout))
        assert "王𬌗明" in text, layout
