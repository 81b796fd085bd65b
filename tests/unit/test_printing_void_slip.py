"""冲正凭证 on the 80 mm roll and on A5: it says void, what was reversed and who approved it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from printing_helpers import (
    LONG_ADDRESS,
    assert_one_a5_sheet,
    assert_one_roll_page,
    assert_within_the_roll,
    issued_at,
    loads_reportlab,
    pdf_metadata,
    pdf_text,
    rendered_texts,
)

from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.money import amount_in_capitals
from counter_app.domain.receipts import ReceiptTender, VoidSlip, VoidSlipBill
from counter_app.printing.void_slip import LAYOUTS, render_void_slip

ISSUED = issued_at(datetime(2026, 3, 5, 11, 40, 12, tzinfo=LOCAL_TZ))
WECHAT_REFERENCE = "4200002871202603051234567890"

MIXED = VoidSlip(
    issued=ISSUED,
    receipt_no="H01-2026-00001234",
    kind="缴费",
    original_paid_at=datetime(2026, 3, 5, 10, 12, 4, tzinfo=LOCAL_TZ),
    voided_at=datetime(2026, 3, 5, 11, 40, 12, tzinfo=LOCAL_TZ),
    business_date=date(2026, 3, 5),
    account_number="0100123456",
    account_name="张伟",
    address="北京市朝阳区建国路88号现代城5号楼1203室",
    amount=Decimal("1421.19"),
    amount_in_capitals=amount_in_capitals(Decimal("1421.19")),
    late_fee=Decimal("18.31"),
    tenders=(
        ReceiptTender("微信支付", Decimal("1000.00"), WECHAT_REFERENCE),
        ReceiptTender("现金", Decimal("421.19")),
    ),
    bills=(
        VoidSlipBill("2025-11", Decimal("161.82"), Decimal("10.36")),
        VoidSlipBill("2025-12", Decimal("241.06"), Decimal("7.95")),
    ),
    prepaid_volume=None,
    balance_before=Decimal("1012.30"),
    balance_after=Decimal("12.30"),
    reason="客户重复缴费，要求退回",
    requested_by="C0123",
    approved_by="M1001",
)

PREPAID = replace(
    MIXED,
    receipt_no="H01-2026-00001236",
    kind="购气",
    amount=Decimal("300.00"),
    amount_in_capitals=amount_in_capitals(Decimal("300.00")),
    late_fee=Decimal("0.00"),
    tenders=(ReceiptTender("现金", Decimal("300.00")),),
    bills=(),
    prepaid_volume=Decimal("114.94"),
    balance_before=Decimal("0.00"),
    balance_after=Decimal("0.00"),
    reason="IC卡写卡失败",
    notes=("IC卡未写入，购气量已冲回。",),
)

SLIPS = {"mixed": MIXED, "prepaid": PREPAID}


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def layout(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def texts(layout: str) -> dict[str, str]:
    return rendered_texts(render_void_slip, SLIPS, layout)


# ----------------------------------------------------------------------------- content


@pytest.mark.parametrize(
    "expected",
    [
        "北京燃气朝阳区东三环营业厅",
        "服务热线：96777",
        "冲正凭证",
        "作废",
        "原收据已作废，款项退还客户",
        "客户联",
        "原收据号",
        "H01-2026-00001234",
        "缴费时间 2026-03-05 10:12",
        "冲正时间 2026-03-05 11:40",
        "3号窗口",
        "李娜（工号 C0123）",
        "0100123456",
        "张伟",
        "北京市朝阳区建国路88号现代城5号楼1203室",
        "冲回账单（账单恢复为未缴）",
        "2025-11",
        "161.82",
        "10.36",
        "2025-12",
        "241.06",
        "7.95",
        "恢复为未缴",
        "冲正金额 ¥1,421.19",
        "其中违约金 ¥18.31",
        "壹仟肆佰贰拾壹元壹角玖分",
        "退还 微信支付 ¥1,000.00",
        f"交易单号 {WECHAT_REFERENCE}",
        "退还 现金 ¥421.19",
        "冲正前余额 ¥1,012.30",
        "冲正后余额 ¥12.30",
        "冲正原因 客户重复缴费，要求退回",
        "申请人 工号 C0123",
        "审批人 工号 M1001",
        "客户签字：",
        "经办人：",
        "审批人：",
    ],
)
def test_void_slip_says(texts: dict[str, str], expected: str) -> None:
    assert expected in texts["mixed"]


def test_tenders_handed_back_in_the_order_paid(texts: dict[str, str]) -> None:
    text = texts["mixed"]
    assert text.index("退还 微信支付") < text.index("退还 现金")


@pytest.mark.parametrize(
    "expected",
    [
        "H01-2026-00001236",
        "原业务 购气",
        "冲回购气量 114.94 m³",
        "冲正金额 ¥300.00",
        "叁佰元整",
        "退还 现金 ¥300.00",
        "冲正原因 IC卡写卡失败",
        "IC卡未写入，购气量已冲回。",
    ],
)
def test_prepaid_void_slip_says(texts: dict[str, str], expected: str) -> None:
    assert expected in texts["prepaid"]


def test_prepaid_void_slip_has_no_bills_or_late_fee(texts: dict[str, str]) -> None:
    assert "冲回账单" not in texts["prepaid"]
    assert "违约金" not in texts["prepaid"]
    assert "交易单号" not in texts["prepaid"]


def test_very_long_address_prints_in_full(layout: str) -> None:
    text = pdf_text(render_void_slip(replace(MIXED, address=LONG_ADDRESS), layout))
    assert LONG_ADDRESS in "".join(text.split())


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="thermal80"):
        render_void_slip(MIXED, "a6")


# ----------------------------------------------------------------------------- paper


def test_thermal_slip_is_one_page_80_mm_wide() -> None:
    assert_one_roll_page(render_void_slip(MIXED))


def test_a5_slip_is_an_a5_sheet() -> None:
    assert_one_a5_sheet(render_void_slip(MIXED, "a5"))


def test_nothing_runs_past_the_printable_width() -> None:
    """Every line drawn on the roll ends inside the 72 mm the head prints."""
    for slip in (*SLIPS.values(), replace(MIXED, address=LONG_ADDRESS)):
        assert_within_the_roll(render_void_slip(slip))


# ----------------------------------------------------------------------------- output


def test_rendering_is_deterministic(layout: str) -> None:
    for slip in SLIPS.values():
        assert render_void_slip(slip, layout) == render_void_slip(slip, layout)


def test_slip_pdf_names_itself() -> None:
    metadata = pdf_metadata(render_void_slip(MIXED))

    assert metadata.title == "冲正凭证"
    assert metadata.subject == "冲正凭证 H01-2026-00001234"


def test_importing_the_slip_does_not_load_reportlab() -> None:
    assert not loads_reportlab("counter_app.printing.void_slip")


def test_void_slip_names_the_company(layout: str) -> None:
    hall = replace(MIXED.issued.hall, company="杭城燃气有限公司")
    slip = replace(MIXED, issued=replace(MIXED.issued, hall=hall))
    assert "收款单位 杭城燃气有限公司" in pdf_text(render_void_slip(slip, layout))
