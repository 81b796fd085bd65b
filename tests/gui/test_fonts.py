"""Qt draws Chinese with the bundled font on screen and in PDFs, with no CJK font installed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontInfo,
    QFontMetrics,
    QImage,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from counter_app.views.fonts import apply_app_font, load_app_fonts

pytestmark = pytest.mark.gui

COUNTER_WORDS = "户号缴费营业厅"
# Rare characters from customers' names, and 胶, whose glyph the source font shared with 㬵.
NAME_CHARS = "堃喆胶"


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    apply_app_font(qapp)
    return qapp


def test_app_font_is_the_bundled_family(app: QApplication) -> None:
    family = load_app_fonts()

    assert family == "Noto Sans SC"
    # An exact match, not a substitute chosen because the family was unknown.
    assert QFontInfo(app.font()).family() == family
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(family))


def test_loading_twice_is_harmless(app: QApplication) -> None:
    families_before = QFontDatabase.families()

    apply_app_font(app, point_size=14)

    assert QFontDatabase.families() == families_before
    assert app.font().pointSize() == 14
    apply_app_font(app)


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_app_font_has_the_glyphs(app: QApplication, bold: bool) -> None:
    font = QFont(app.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    raw = QRawFont.fromFont(font)

    for char in COUNTER_WORDS + NAME_CHARS:
        assert metrics.inFontUcs4(ord(char)), char
        assert raw.supportsCharacter(ord(char)), char
    # Qt picks the real Bold file rather than emboldening the Regular outlines.
    assert QFontInfo(font).styleName() == ("Bold" if bold else "Regular")


def grab(qtbot: QtBot, text: str) -> QImage:
    label = QLabel(text)
    qtbot.addWidget(label)
    return label.grab().toImage()


def test_label_draws_real_glyphs(app: QApplication, qtbot: QtBot) -> None:
    image = grab(qtbot, COUNTER_WORDS)
    background = image.pixel(0, 0)

    inked = sum(
        image.pixel(x, y) != background for x in range(image.width()) for y in range(image.height())
    )
    assert inked > 0.05 * image.width() * image.height()
    # Missing glyphs all draw as the same box, so two different strings would look alike.
    assert grab(qtbot, "户号缴") != grab(qtbot, "费营业")


def test_qt_pdf_text_extracts_as_written(app: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    document = QTextDocument()
    document.setDefaultFont(app.font())
    document.setHtml(f"<p>户号 缴费</p><p><b>营业厅</b></p><p>王{NAME_CHARS}</p>")
    document.print_(writer)
    del writer  # the file is finished when the writer goes away

    page = PdfReader(path).pages[0]
    text = page.extract_text()
    fonts = page["/Resources"]["/Font"]
    # Qt writes "/NotoSansSC-Bold"; a subset tag "ABCDEF+" would be dropped as well.
    faces = {str(fonts[key].get_object()["/BaseFont"]).split("+")[-1].lstrip("/") for key in fonts}

    assert "户号" in text
    assert "营业厅" in text
    assert f"王{NAME_CHARS}" in text
    assert "⼾" not in text
    assert "㬵" not in text
    assert {"NotoSansSC-Regular", "NotoSansSC-Bold"} <= faces
