"""缴费收据 on the 80 mm roll and on A5: every figure the customer relies on, whole and legible."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from printing_helpers import (
    ISSUED,
    LONG_ADDRESS,
    assert_one_a5_sheet,
    assert_one_roll_page,
    assert_within_the_roll,
    loads_reportlab,
    page_sizes,
    pdf_metadata,
    pdf_text,
    rendered_texts,
    without_spaces,
)
from pypdf import PdfReader

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.money import amount_in_capitals
from counter_app.domain.receipts import Receipt, ReceiptBillLine, ReceiptTender, ReceiptTierLine
from counter_app.printing.document import PdfDocument, measure_story
from counter_app.printing.flowables import spacer, text
from counter_app.printing.fonts import CJK_FONT, register_cjk_fonts
from counter_app.printing.page import MM, THERMAL_80, Flowable, Sheet, build_styles
from counter_app.printing.pieces import wrap_text
from counter_app.printing.qr import qr_matrix
from counter_app.printing.receipt import LAYOUTS, render_receipt

PAID_AT = datetime(2026, 3, 5, 10, 12, 4, tzinfo=LOCAL_TZ)

# Residential gas, 1‰ a day late fee.  November stays in tier 1; December crosses 300 m³ for
# the year (30 m³ left in tier 1, 52 m³ in tier 2).  Paid on 2026-03-05: 64 and 33 days late.
NOVEMBER = ReceiptBillLine(
    period="2025-11",
    previous_reading=Decimal("1152"),
    previous_read_on=date(2025, 10, 31),
    current_reading=Decimal("1214"),
    current_read_on=date(2025, 11, 30),
    usage=Decimal("62"),
    unit="m³",
    tiers=(ReceiptTierLine(1, Decimal("62"), Decimal("2.61"), Decimal("161.82")),),
    bill_amount=Decimal("161.82"),
    paid_now=Decimal("161.82"),
    late_fee=Decimal("10.36"),
    late_fee_days=64,
)
DECEMBER = ReceiptBillLine(
    period="2025-12",
    previous_reading=Decimal("1214"),
    previous_read_on=date(2025, 11, 30),
    current_reading=Decimal("1296"),
    current_read_on=date(2025, 12, 31),
    usage=Decimal("82"),
    unit="m³",
    tiers=(
        ReceiptTierLine(1, Decimal("30"), Decimal("2.61"), Decimal("78.30")),
        ReceiptTierLine(2, Decimal("52"), Decimal("3.13"), Decimal("162.76")),
    ),
    bill_amount=Decimal("241.06"),
    paid_now=Decimal("241.06"),
    late_fee=Decimal("7.95"),
    late_fee_days=33,
)

CASH = Receipt(
    issued=ISSUED,
    receipt_no="H01-2026-00001234",
    paid_at=PAID_AT,
    business_date=date(2026, 3, 5),
    account_number="0100123456",
    account_name="张伟",
    address="北京市朝阳区建国路88号现代城5号楼1203室",
    utility_kind="燃气",
    kind="缴费",
    bills=(NOVEMBER, DECEMBER),
    late_fee_total=Decimal("18.31"),
    late_fee_waived=Decimal("0.00"),
    total=Decimal("421.19"),
    total_in_capitals=amount_in_capitals(Decimal("421.19")),
    tenders=(ReceiptTender("现金", Decimal("421.19")),),
    cash_received=Decimal("500.00"),
    change=Decimal("78.81"),
    balance_before=Decimal("0.00"),
    balance_after=Decimal("0.00"),
    qr_payload="CTR1|H01-2026-00001234|42119|0100123456|2026-03-05T02:12:04Z|9f2c4e7a1b3d5e6f7a8b",
)

FEBRUARY = ReceiptBillLine(
    period="2026-02",
    previous_reading=Decimal("3468"),
    previous_read_on=date(2026, 1, 31),
    current_reading=Decimal("3918"),
    current_read_on=date(2026, 2, 28),
    usage=Decimal("450"),
    unit="m³",
    tiers=(
        ReceiptTierLine(1, Decimal("300"), Decimal("2.61"), Decimal("783.00")),
        ReceiptTierLine(2, Decimal("150"), Decimal("3.13"), Decimal("469.50")),
    ),
    bill_amount=Decimal("1252.50"),
    paid_now=Decimal("1252.50"),
    late_fee=Decimal("0.00"),
    late_fee_days=0,
)
WECHAT_REFERENCE = "4200002871202603051234567890"

MIXED = replace(
    CASH,
    receipt_no="H01-2026-00001235",
    account_number="0100765432",
    account_name="王芳",
    address="北京市朝阳区望京西园三区312号楼4单元502室",
    bills=(FEBRUARY,),
    late_fee_total=Decimal("0.00"),
    total=Decimal("1252.50"),
    total_in_capitals=amount_in_capitals(Decimal("1252.50")),
    tenders=(
        ReceiptTender("微信支付", Decimal("1000.00"), WECHAT_REFERENCE),
        ReceiptTender("现金", Decimal("252.50")),
    ),
    cash_received=Decimal("300.00"),
    change=Decimal("47.50"),
    balance_before=Decimal("12.30"),
    balance_after=Decimal("12.30"),
    qr_payload="CTR1|H01-2026-00001235|125250|0100765432|2026-03-05T02:12:04Z|07b1e5d98c2a4f1e3b6d",
)

ALIPAY_REFERENCE = "2026030522001412345678901234"

PREPAID = replace(
    CASH,
    receipt_no="H01-2026-00001236",
    account_number="0200456789",
    account_name="刘洋",
    address="北京市朝阳区朝阳北路101号朝阳大悦城公寓2单元1806室",
    kind="购气",
    bills=(),
    late_fee_total=Decimal("0.00"),
    total=Decimal("300.00"),
    total_in_capitals=amount_in_capitals(Decimal("300.00")),
    tenders=(ReceiptTender("支付宝", Decimal("300.00"), ALIPAY_REFERENCE),),
    cash_received=Decimal("0.00"),
    change=Decimal("0.00"),
    balance_before=Decimal("0.00"),
    balance_after=Decimal("0.00"),
    prepaid_volume=Decimal("114.94"),
    qr_payload="CTR1|H01-2026-00001236|30000|0200456789|2026-03-05T02:12:04Z|5d0c3b9e6f41a7c2d8e0",
    notes=("IC卡已写卡，请将卡插入燃气表确认到账。",),
)

REPRINT = replace(
    CASH,
    issued=replace(ISSUED, printed_at=datetime(2026, 3, 6, 9, 5, 41, tzinfo=LOCAL_TZ)),
    reprint_no=1,
    original_printed_at=datetime(2026, 3, 5, 10, 12, 30, tzinfo=LOCAL_TZ),
)

VOIDED = replace(MIXED, voided=True)

RECEIPTS = {
    "cash": CASH,
    "mixed": MIXED,
    "prepaid": PREPAID,
    "reprint": REPRINT,
    "voided": VOIDED,
}


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def layout(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def texts(layout: str) -> dict[str, str]:
    return rendered_texts(render_receipt, RECEIPTS, layout)


# ----------------------------------------------------------------------------- content


@pytest.mark.parametrize(
    "expected",
    [
        "北京燃气朝阳区东三环营业厅",
        "服务热线：96777",
        "燃气缴费收据",
        "客户联",
        "H01-2026-00001234",
        "2026-03-05 10:12",
        "3号窗口",
        "李娜（工号 C0123）",
        "0100123456",
        "张伟",
        "北京市朝阳区建国路88号现代城5号楼1203室",
        "2025-11",
        "2025-12",
        "1152",
        "1214",
        "1296",
        "2025-10-31",
        "2025-11-30",
        "2025-12-31",
        "62 m³",
        "82 m³",
        "阶梯1：62 m³ × 2.61 元 = 161.82",
        "阶梯1：30 m³ × 2.61 元 = 78.30",
        "阶梯2：52 m³ × 3.13 元 = 162.76",
        "241.06",
        "逾期 64 天",
        "10.36",
        "逾期 33 天",
        "7.95",
        "违约金合计 ¥18.31",
        "合计 ¥421.19",
        "肆佰贰拾壹元壹角玖分",
        "现金 ¥421.19",
        "实收现金 ¥500.00",
        "找零 ¥78.81",
        "缴费前余额 ¥0.00",
        "缴费后余额 ¥0.00",
        "扫码核验收据真伪",
    ],
)
def test_cash_receipt_says(texts: dict[str, str], expected: str) -> None:
    assert expected in texts["cash"]


def test_cash_receipt_is_neither_reprint_nor_void(texts: dict[str, str]) -> None:
    assert "补打" not in texts["cash"]
    assert "作废" not in texts["cash"]
    assert "减免" not in texts["cash"]


@pytest.mark.parametrize(
    "expected",
    [
        "H01-2026-00001235",
        "0100765432",
        "王芳",
        "阶梯1：300 m³ × 2.61 元 = 783.00",
        "阶梯2：150 m³ × 3.13 元 = 469.50",
        "1,252.50",
        "合计 ¥1,252.50",
        "壹仟贰佰伍拾贰元伍角",
        "微信支付 ¥1,000.00",
        f"交易单号 {WECHAT_REFERENCE}",
        "现金 ¥252.50",
        "实收现金 ¥300.00",
        "找零 ¥47.50",
        "缴费前余额 ¥12.30",
        "缴费后余额 ¥12.30",
    ],
)
def test_mixed_tender_receipt_says(texts: dict[str, str], expected: str) -> None:
    assert expected in texts["mixed"]


def test_tenders_appear_in_the_order_paid(texts: dict[str, str]) -> None:
    text = texts["mixed"]
    assert text.index("微信支付") < text.index(WECHAT_REFERENCE) < text.index("现金 ¥252.50")


@pytest.mark.parametrize(
    "expected",
    [
        "购气收据",
        "H01-2026-00001236",
        "0200456789",
        "刘洋",
        "合计 ¥300.00",
        "叁佰元整",
        "支付宝 ¥300.00",
        f"交易单号 {ALIPAY_REFERENCE}",
        "购气量 114.94 m³",
        "IC卡已写卡，请将卡插入燃气表确认到账。",
    ],
)
def test_prepaid_receipt_says(texts: dict[str, str], expected: str) -> None:
    assert expected in texts["prepaid"]


def test_prepaid_receipt_without_cash_shows_no_change(texts: dict[str, str]) -> None:
    assert "找零" not in texts["prepaid"]
    assert "实收现金" not in texts["prepaid"]
    assert "账期" not in texts["prepaid"]


def test_reprint_is_marked_with_count_and_original_time(texts: dict[str, str]) -> None:
    text = texts["reprint"]
    assert "补打 第 1 次" in text
    assert "原打印时间：2026-03-05 10:12" in text
    assert "打印时间：2026-03-06 09:05" in text  # this copy's own print line
    # Nothing else changes: same receipt, no new transaction.
    for expected in ("H01-2026-00001234", "合计 ¥421.19", "找零 ¥78.81"):
        assert expected in text


def test_later_reprints_count_on(layout: str) -> None:
    text = pdf_text(render_receipt(replace(REPRINT, reprint_no=2), layout))
    assert "补打 第 2 次" in text


def test_voided_receipt_is_marked(texts: dict[str, str]) -> None:
    text = texts["voided"]
    assert "作废" in text
    assert "本收据已作废，不作为缴费凭证" in text
    assert "H01-2026-00001235" in text  # a voided receipt keeps its number
    assert "作废" not in texts["mixed"]


def test_waived_late_fee_is_shown_as_a_reduction(layout: str) -> None:
    waived = replace(
        CASH,
        late_fee_waived=Decimal("18.31"),
        total=Decimal("402.88"),
        total_in_capitals=amount_in_capitals(Decimal("402.88")),
        tenders=(ReceiptTender("现金", Decimal("402.88")),),
        change=Decimal("97.12"),
    )
    text = pdf_text(render_receipt(waived, layout))
    assert "违约金合计 ¥18.31" in text
    assert "违约金减免 -¥18.31" in text
    assert "合计 ¥402.88" in text
    assert "肆佰零贰元捌角捌分" in text


def test_partly_paid_bill_shows_what_this_payment_settles(layout: str) -> None:
    partial = replace(
        MIXED,
        bills=(replace(FEBRUARY, paid_now=Decimal("800.00")),),
        total=Decimal("800.00"),
        total_in_capitals=amount_in_capitals(Decimal("800.00")),
    )
    assert "本次缴纳 800.00" in pdf_text(render_receipt(partial, layout))


def test_markup_characters_in_customer_data_print_literally(layout: str) -> None:
    name = "北京A&B<科技>有限公司"
    assert name in pdf_text(render_receipt(replace(CASH, account_name=name), layout))


def test_very_long_address_wraps_and_prints_in_full(layout: str) -> None:
    pdf = render_receipt(replace(CASH, address=LONG_ADDRESS), layout)

    assert without_spaces(LONG_ADDRESS) in without_spaces(pdf_text(pdf))


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="thermal80"):
        render_receipt(CASH, "a4-landscape")


# ----------------------------------------------------------------------------- paper


def test_thermal_receipt_is_one_page_80_mm_wide() -> None:
    width, _height = assert_one_roll_page(render_receipt(CASH))

    assert width == pytest.approx(226.77, abs=0.01)


def test_thermal_receipt_grows_with_its_bills() -> None:
    one = page_sizes(render_receipt(replace(CASH, bills=(NOVEMBER,))))[0][1]
    two = page_sizes(render_receipt(CASH))[0][1]
    twelve = page_sizes(render_receipt(replace(CASH, bills=(NOVEMBER, DECEMBER) * 6)))

    assert one < two
    assert len(twelve) == 1
    assert twelve[0][1] > two + 10 * (two - one) * 0.9


def test_thermal_receipt_leaves_no_more_paper_than_its_margins() -> None:
    """The measured length is what the content takes: no blank tail on the roll."""
    for receipt in RECEIPTS.values():
        pdf = render_receipt(receipt)
        _, height = page_sizes(pdf)[0]
        placed = _text_placements(pdf)
        body = [y for _, y, _ in placed if y > THERMAL_80.margin_bottom_mm * MM]

        # The footer's print line is the lowest text, at its baseline; the body ends just
        # above the footer, and the header starts at the top of the page.
        assert min(y for _, y, _ in placed) == pytest.approx(THERMAL_80.footer_baseline_mm * MM)
        assert min(body) < (THERMAL_80.margin_bottom_mm + 8) * MM
        assert max(y for _, y, _ in placed) > height - THERMAL_80.margin_top_mm * MM


def _text_placements(pdf: bytes) -> list[tuple[float, float, str]]:
    """Where each drawn string starts on the page: x and baseline, after all transformations."""
    placed: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: object) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            placed.append((x, y, text))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return placed


def test_a5_receipt_is_an_a5_sheet() -> None:
    assert_one_a5_sheet(render_receipt(CASH, "a5"))


def test_a5_receipt_with_many_bills_runs_onto_more_pages() -> None:
    many = replace(CASH, bills=(NOVEMBER, DECEMBER) * 8)
    pdf = render_receipt(many, "a5")

    pages = len(page_sizes(pdf))
    assert pages > 1
    text = pdf_text(pdf)
    assert f"第 {pages} 页 / 共 {pages} 页" in text
    assert text.count("阶梯2：52 m³ × 3.13 元 = 162.76") == 8
    assert "合计 ¥421.19" in text


def test_nothing_runs_past_the_printable_width() -> None:
    """Every line drawn on the roll ends inside the 72 mm the head prints."""
    for receipt in (*RECEIPTS.values(), replace(CASH, address=LONG_ADDRESS)):
        assert_within_the_roll(render_receipt(receipt))


# ----------------------------------------------------------------------------- codes


def test_receipt_carries_its_qr_code(layout: str) -> None:
    qr = _drawn_qr(render_receipt(CASH, layout))

    assert qr.rows == qr_matrix(CASH.qr_payload).rows
    # Big enough to scan off the paper: 0.4 mm modules at the least, and with its quiet zone
    # (four modules each side) 26 mm across or more.
    assert qr.module >= 0.4 * MM - 0.01
    assert qr.size + 8 * qr.module >= 26 * MM - 0.01


def test_long_qr_payload_grows_the_code_and_still_fits(layout: str) -> None:
    payload = CASH.qr_payload + "|" + "a1b2c3d4e5" * 40
    pdf = render_receipt(replace(CASH, qr_payload=payload), layout)
    qr = _drawn_qr(pdf)
    page = LAYOUTS[layout]

    assert qr.rows == qr_matrix(payload).rows
    assert qr.module >= 0.4 * MM - 0.01
    assert qr.left >= page.margin_left_mm * MM - 0.01
    assert qr.left + qr.size <= (page.width_mm - page.margin_right_mm) * MM + 0.01


@pytest.mark.parametrize("length", [1, 20, 60, 100, 180, 300, 900])
def test_qr_encoder_builds_the_symbols_reportlab_builds(length: int) -> None:
    """ReportLab's encoder, slow but long in use, is the reference: every mask, module for
    module, from version 1 to past version 7 (version information) and 10 (long counts)."""
    from reportlab.graphics.barcode import qrencoder

    payload = ("https://verify.example.cn/r/h01-2026-00001234?" * 30)[:length]
    chosen = qr_matrix(payload)
    for mask in range(8) if chosen.version < 15 else (0, chosen.mask):
        reference = qrencoder.QRCode(chosen.version, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(qrencoder.QR8bitByte(payload))
        reference.makeImpl(False, mask)
        expected = tuple("".join("1" if dark else "0" for dark in row) for row in reference.modules)

        assert qr_matrix(payload, mask=mask).rows == expected


def test_qr_encoder_takes_any_text_and_refuses_too_much() -> None:
    assert qr_matrix("核验 H01-2026-00001234").size == 25  # UTF-8 bytes, version 2
    assert qr_matrix("x" * 2331).version == 40
    with pytest.raises(ValueError, match="too many"):
        qr_matrix("x" * 2332)


def test_receipt_number_barcode_reads_back(layout: str) -> None:
    for receipt in (CASH, MIXED):
        assert _read_code128(_drawn_barcode(render_receipt(receipt, layout))) == receipt.receipt_no


@dataclass(frozen=True)
class DrawnQr:
    rows: tuple[str, ...]
    module: float  # points
    left: float  # points from the page's left edge, quiet zone excluded
    size: float  # points, quiet zone excluded


Rect = tuple[float, float, float, float]


def _filled_paths(pdf: bytes) -> list[tuple[list[Rect], list[float]]]:
    """Each filled path of rectangles on the first page, with the transformation it was
    drawn under (only scaling and translation are followed)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    operations = page.get_contents().operations  # type: ignore[union-attr]
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    saved: list[list[float]] = []
    paths: list[tuple[list[Rect], list[float]]] = []
    current: list[Rect] = []
    for operands, operator in operations:
        if operator == b"q":
            saved.append(list(ctm))
        elif operator == b"Q":
            ctm = saved.pop()
        elif operator == b"cm":
            a, _, _, d, e, f = (float(value) for value in operands)
            ctm = [ctm[0] * a, 0.0, 0.0, ctm[3] * d, ctm[0] * e + ctm[4], ctm[3] * f + ctm[5]]
        elif operator == b"re":
            x, y, width, height = (float(value) for value in operands)
            current.append((x, y, width, height))
        elif operator in (b"f", b"f*", b"B", b"B*", b"S", b"n"):
            if operator in (b"f", b"f*") and current:
                paths.append((current, list(ctm)))
            current = []
    return paths


def _drawn_qr(pdf: bytes) -> DrawnQr:
    """The QR code read back from the page: the rectangles of its one filled path."""
    rects, ctm = max(_filled_paths(pdf), key=lambda path: len(path[0]))
    left = min(x for x, _, _, _ in rects)
    top = max(y + height for _, y, _, height in rects)
    unit = min(height for _, _, _, height in rects)
    size = round((max(x + width for x, _, width, _ in rects) - left) / unit)
    grid = [["0"] * size for _ in range(size)]
    for x, y, width, height in rects:
        row = round((top - y - height) / unit)
        start = round((x - left) / unit)
        for column in range(start, start + round(width / unit)):
            grid[row][column] = "1"
    return DrawnQr(
        rows=tuple("".join(row) for row in grid),
        module=unit * ctm[0],
        left=left * ctm[0] + ctm[4],
        size=size * unit * ctm[0],
    )


def _drawn_barcode(pdf: bytes) -> list[int]:
    """Widths of the bars and spaces, in modules, of the one path whose rectangles stand in
    a line: the barcode."""
    for rects, _ in _filled_paths(pdf):
        if len(rects) > 10 and len({(y, height) for _, y, _, height in rects}) == 1:
            bars = sorted((round(x), round(width)) for x, _, width, _ in rects)
            widths: list[int] = []
            for (x, width), (next_x, _) in zip(bars, [*bars[1:], (None, None)], strict=True):
                widths.append(width)
                if next_x is not None:
                    widths.append(next_x - x - width)
            return widths
    raise AssertionError("no barcode on the page")


def _read_code128(widths: list[int]) -> str:
    """Decode Code 128 (sets B and C, as receipt numbers use) and check its checksum."""
    from reportlab.graphics.barcode.code128 import _patterns

    def element_widths(pattern: str) -> tuple[int, ...]:
        return tuple(ord(letter.lower()) - ord("a") + 1 for letter in pattern)

    symbols = {element_widths(pattern): value for value, pattern in _patterns.items()}
    values: list[int] = []
    position = 0
    while position < len(widths):
        size = 7 if len(widths) - position == 7 else 6  # the stop symbol has a seventh bar
        values.append(symbols[tuple(widths[position : position + size])])
        position += size
    start, *data, check, stop = values
    assert stop == 106
    assert (start + sum(index * value for index, value in enumerate(data, 1))) % 103 == check

    text = ""
    code_set = {104: "B", 105: "C"}[start]
    for value in data:
        if value == 99:
            code_set = "C"
        elif value == 100:
            code_set = "B"
        elif code_set == "C":
            text += f"{value:02d}"
        else:
            text += chr(value + 32)
    return text


# ----------------------------------------------------------------------------- output


def test_rendering_is_deterministic(layout: str) -> None:
    for receipt in RECEIPTS.values():
        assert render_receipt(receipt, layout) == render_receipt(receipt, layout)


def test_receipt_pdf_names_itself() -> None:
    metadata = pdf_metadata(render_receipt(CASH))

    assert metadata.title == "缴费收据"
    assert metadata.subject == "缴费收据 H01-2026-00001234"


def test_wrapping_keeps_numbers_whole_and_punctuation_off_line_starts() -> None:
    register_cjk_fonts()
    lines = wrap_text("北京市朝阳区建国路88号现代城5号楼1203室，近地铁站", CJK_FONT, 8, 8 * 13.5)

    assert "".join(lines) == "北京市朝阳区建国路88号现代城5号楼1203室，近地铁站"
    assert all(not line.startswith("，") for line in lines)
    assert any("1203" in line for line in lines)


def test_importing_the_receipt_does_not_load_reportlab() -> None:
    assert not loads_reportlab("counter_app.printing.receipt")


# ----------------------------------------------------------------------------- the roll


class RollSlip(PdfDocument[Receipt]):
    """Any document can go on the roll: it only needs a story."""

    title = "测试小票"

    def reference(self, doc: Receipt) -> str:
        return doc.receipt_no

    def build_story(self, doc: Receipt, sheet: Sheet) -> list[Flowable]:
        return [text(f"第{n}行 {doc.account_name}", sheet.styles.normal) for n in range(1, 21)]


def test_a_roll_page_is_as_long_as_its_story() -> None:
    pdf = RollSlip(THERMAL_80).render(CASH)
    reader = PdfReader(io.BytesIO(pdf))
    [(width, height)] = page_sizes(pdf)
    line = THERMAL_80.font_size * 1.6  # the normal style's leading

    assert width == pytest.approx(80 * MM)
    margins = (THERMAL_80.margin_top_mm + THERMAL_80.margin_bottom_mm) * MM
    assert height == pytest.approx(margins + 20 * line, abs=1.5)
    page_text = pdf_text(pdf)
    assert "第1行 张伟" in page_text
    assert "第20行 张伟" in page_text
    # The roll's chrome: hall and hotline on top, the print line below, no page count.
    assert "北京燃气朝阳区东三环营业厅 服务热线：96777" in page_text
    assert "测试小票 H01-2026-00001234" in page_text
    assert "打印时间：2026-03-05 10:12" in page_text
    assert "页" not in page_text
    assert len(reader.pages) == 1


def test_a_measured_story_fits_its_frame_exactly() -> None:
    register_cjk_fonts()
    sheet = Sheet(page=THERMAL_80, width=THERMAL_80.frame_width, styles=build_styles(THERMAL_80))
    story = [text("一行", sheet.styles.normal), spacer(5), text("两行", sheet.styles.normal)]

    assert measure_story(story, sheet.width) == pytest.approx(2 * 8 * 1.6 + 5 * MM)


def test_receipt_names_the_company_that_was_paid(layout: str) -> None:
    hall = replace(CASH.issued.hall, company="杭城燃气有限公司")
    receipt = replace(CASH, issued=replace(CASH.issued, hall=hall))
    assert "收款单位 杭城燃气有限公司" in pdf_text(render_receipt(receipt, layout))
    # A deployment that has not named its company prints no empty line for it.
    assert "收款单位" not in pdf_text(render_receipt(CASH, layout))
