"""What the printed documents' tests share: the hall that issues them and ways to read a PDF."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

import pytest
from pypdf import DocumentInformation, PdfReader

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.documents import HallHeader, IssuedBy
from counter_app.printing.fonts import CJK_FONT, CJK_FONT_BOLD, register_cjk_fonts
from counter_app.printing.page import MM, THERMAL_80

D = TypeVar("D")

HALL = HallHeader(
    code="H01",
    name="北京燃气朝阳区东三环营业厅",
    address="北京市朝阳区东三环中路39号院2号楼1层",
    hotline="96777",
)

# 200 characters with no space to break at: the wrapper has to split between Han characters.
LONG_ADDRESS = ("浙江省杭州市西湖区文三路" + "翠苑街道华星路社区第八十八号院" * 14)[:200]


def issued_at(printed_at: datetime) -> IssuedBy:
    """The document as counter 3's clerk 李娜 prints it at ``printed_at``."""
    return IssuedBy(
        hall=HALL,
        counter_number=3,
        clerk_employee_no="C0123",
        clerk_name="李娜",
        printed_at=printed_at,
    )


ISSUED = issued_at(datetime(2026, 3, 5, 10, 12, 30, tzinfo=LOCAL_TZ))


def pdf_text(pdf: bytes) -> str:
    """All pages' text with every run of whitespace made one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def rendered_texts(
    render: Callable[[D, str], bytes], documents: Mapping[str, D], layout: str
) -> dict[str, str]:
    """The text of each of ``documents`` rendered in ``layout``, by the same names."""
    return {name: pdf_text(render(document, layout)) for name, document in documents.items()}


def pdf_metadata(pdf: bytes) -> DocumentInformation:
    """The PDF's document information (title, subject, ...)."""
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    return metadata


def without_spaces(value: str) -> str:
    return re.sub(r"\s+", "", value)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [
        (float(page.mediabox.width), float(page.mediabox.height))
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def assert_one_roll_page(pdf: bytes) -> tuple[float, float]:
    """The PDF is one page of the 80 mm roll, 10 to 40 cm long; returns its width and length."""
    sizes = page_sizes(pdf)
    assert len(sizes) == 1
    width, height = sizes[0]
    assert width == pytest.approx(80 * MM)
    assert 100 * MM < height < 400 * MM
    return width, height


def assert_one_a5_sheet(pdf: bytes) -> None:
    """The PDF is a single A5 sheet that counts itself as page 1 of 1."""
    assert page_sizes(pdf) == [pytest.approx((148 * MM, 210 * MM))]
    assert "第 1 页 / 共 1 页" in pdf_text(pdf)


def text_extents(pdf: bytes) -> list[tuple[float, float, str]]:
    """Where each string drawn on the first page starts and ends: its placement and the
    font's widths."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    extents: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        face = CJK_FONT_BOLD if str(font["/BaseFont"]).endswith("-Bold") else CJK_FONT
        width = stringWidth(text.rstrip("\n"), face, size) * tm[0] * cm[0]
        extents.append((x, x + width, text))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return extents


def assert_within_the_roll(pdf: bytes) -> None:
    """Every line drawn on the 80 mm roll ends inside the 72 mm the head prints."""
    register_cjk_fonts()
    left, right = THERMAL_80.frame_left, THERMAL_80.frame_right
    for x0, x1, drawn in text_extents(pdf):
        assert x0 >= left - 0.01, drawn
        assert x1 <= right + 0.01, drawn


def loads_reportlab(*modules: str) -> bool:
    """Whether importing ``modules`` in a fresh interpreter loads ReportLab."""
    code = f"import sys, {', '.join(modules)}; print('reportlab' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip() != "False"
