"""开户确认单 and 一次性告知单: what the customer takes home says exactly what it should."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from printing_helpers import (
    ISSUED,
    LONG_ADDRESS,
    loads_reportlab,
    page_sizes,
    pdf_metadata,
    pdf_text,
    without_spaces,
)
from pypdf import PdfReader

from counter_app.domain.documents import (
    AccountOpeningConfirmation,
    MissingDocumentsNotice,
)
from counter_app.printing.account_opening import AccountOpeningDocument, render_account_opening
from counter_app.printing.barcodes import code128, qr_code
from counter_app.printing.document import PdfDocument, content_hash
from counter_app.printing.flowables import Field, key_value_table, signature_block, title
from counter_app.printing.missing_documents import render_missing_documents_notice
from counter_app.printing.page import A4, A5, MM, Flowable, Sheet

OPENING = AccountOpeningConfirmation(
    issued=ISSUED,
    account_number="12345678",
    customer_name="张伟",
    customer_kind="个人",
    id_label="居民身份证",
    id_masked="110105********002X",
    phone_masked="138****5678",
    supply_address="北京市朝阳区建国路88号现代城5号楼1203室",
    utility_kind="燃气",
    tariff_class="居民生活用气（第一阶梯）",
    billing_mode="预付费(IC卡)",
    meter_number="MT2026030500871",
    opened_on=date(2026, 3, 5),
    request_number="SR-H01-2026-000456",
    request_type="通气点火",
    request_deadline=date(2026, 3, 26),
    documents_received=("居民身份证复印件", "房屋产权证明复印件", "燃气设施安装验收单"),
)

RECEIVED = ("居民身份证原件及复印件", "户主委托书（非户主本人办理时）")
MISSING = ("房屋产权证明或购房合同", "燃气设施安装验收单")

NOTICE = MissingDocumentsNotice(
    issued=ISSUED,
    notice_number="SR-H01-2026-000457",
    customer_name="王芳",
    phone_masked="139****1234",
    business="开户/报装",
    address="北京市朝阳区望京西园三区312号楼4单元502室",
    documents_required=(RECEIVED[0], MISSING[0], RECEIVED[1], MISSING[1]),
    documents_received=RECEIVED,
    documents_missing=MISSING,
)


@pytest.fixture(scope="module")
def opening_text() -> str:
    return pdf_text(render_account_opening(OPENING))


@pytest.fixture(scope="module")
def notice_text() -> str:
    return pdf_text(render_missing_documents_notice(NOTICE))


# ----------------------------------------------------------------------------- 开户确认单


@pytest.mark.parametrize(
    "expected",
    [
        "开户确认单",
        "12345678",
        "张伟",
        "个人",
        "居民身份证",
        "110105********002X",
        "138****5678",
        "北京市朝阳区建国路88号现代城5号楼1203室",
        "用气地址",
        "居民生活用气（第一阶梯）",
        "预付费(IC卡)",
        "MT2026030500871",
        "2026年3月5日",
        "通气点火工单号 SR-H01-2026-000456，预计办结日期 2026年3月26日",
        "1. 居民身份证复印件",
        "2. 房屋产权证明复印件",
        "3. 燃气设施安装验收单",
        "请勿私自改装",
        "发现燃气泄漏",
        "拨打服务热线 96777",
        "客户签字：",
        "经办人：",
        "日期：",
    ],
)
def test_account_opening_says(opening_text: str, expected: str) -> None:
    assert expected in opening_text


def test_account_opening_header_and_footer(opening_text: str) -> None:
    assert "北京燃气朝阳区东三环营业厅" in opening_text
    assert "服务热线：96777" in opening_text
    assert "第 1 页 / 共 1 页" in opening_text
    assert "开户确认单 12345678 打印时间：2026-03-05 10:12" in opening_text
    assert "打印时间：2026-03-05 10:12" in opening_text
    assert "经办人：李娜（工号 C0123）" in opening_text
    assert "3号窗口" in opening_text


def test_account_opening_without_deadline_promises_no_date() -> None:
    text = pdf_text(render_account_opening(replace(OPENING, request_deadline=None)))

    assert "通气点火工单号 SR-H01-2026-000456，办结日期以工作人员通知为准" in text
    assert "预计办结日期" not in text


def test_account_opening_safety_notes_follow_the_utility() -> None:
    text = pdf_text(render_account_opening(replace(OPENING, utility_kind="电力")))

    assert "用电地址" in text
    assert "请勿私拉乱接电线" in text
    assert "发现燃气泄漏" not in text


def test_markup_characters_in_customer_data_print_literally() -> None:
    name = "北京A&B<科技>有限公司"
    text = pdf_text(render_account_opening(replace(OPENING, customer_name=name)))

    assert name in text


def test_account_opening_fits_a5() -> None:
    pdf = AccountOpeningDocument(A5).render(replace(OPENING, supply_address=LONG_ADDRESS))
    sizes = page_sizes(pdf)

    assert sizes[0] == pytest.approx((148 * MM, 210 * MM))
    text = pdf_text(pdf)
    assert without_spaces(LONG_ADDRESS) in without_spaces(text)
    assert f"共 {len(sizes)} 页" in text


# ----------------------------------------------------------------------------- 一次性告知单


@pytest.mark.parametrize(
    "expected",
    [
        "一次性告知单",
        "SR-H01-2026-000457",
        "王芳",
        "139****1234",
        "开户/报装",
        "北京市朝阳区望京西园三区312号楼4单元502室",
        "尚需补交的材料（共 2 项）",
        "一次性告知：以上为办理该业务所需补齐的全部材料，补齐后即可办理。",
        "营业厅地址：北京市朝阳区东三环中路39号院2号楼1层",
        "服务热线：96777",
        "客户签收：",
        "经办人：",
    ],
)
def test_notice_says(notice_text: str, expected: str) -> None:
    assert expected in notice_text


@pytest.mark.parametrize("document", [*RECEIVED, *MISSING])
def test_notice_checklist_gives_every_document_its_status(notice_text: str, document: str) -> None:
    status = "缺少" if document in MISSING else "已收"

    assert f"{document} {status}" in notice_text


def missing_section(text: str) -> str:
    start = text.index("尚需补交的材料")
    return text[start : text.index("一次性告知：", start)]


def test_missing_list_names_exactly_the_missing_documents(notice_text: str) -> None:
    section = missing_section(notice_text)

    assert re.findall(r"\d+\. (\S+)", section) == list(MISSING)
    for document in RECEIVED:
        assert document not in section


def test_missing_list_with_many_items_runs_onto_a_second_page() -> None:
    required = tuple(f"证明材料第{n}项（加盖公章的复印件）" for n in range(1, 16))
    notice = replace(
        NOTICE,
        documents_required=(*RECEIVED, *required),
        documents_received=RECEIVED,
        documents_missing=required,
    )
    pdf = render_missing_documents_notice(notice)
    text = pdf_text(pdf)

    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2
    assert "第 1 页 / 共 2 页" in text
    assert "第 2 页 / 共 2 页" in text
    # A loose second page still names its document.
    assert "一次性告知单 SR-H01-2026-000457" in pages[1].extract_text()
    section = missing_section(text)
    assert "尚需补交的材料（共 15 项）" in section
    assert re.findall(r"\d+\. (\S+)", section) == list(required)
    for document in RECEIVED:
        assert document not in section


# ----------------------------------------------------------------------------- both


@pytest.mark.parametrize(
    "render",
    [
        lambda address: render_account_opening(replace(OPENING, supply_address=address)),
        lambda address: render_missing_documents_notice(replace(NOTICE, address=address)),
    ],
    ids=["account_opening", "missing_documents"],
)
def test_very_long_address_wraps_and_prints_in_full(render: Callable[[str], bytes]) -> None:
    pdf = render(LONG_ADDRESS)

    assert len(LONG_ADDRESS) == 200
    assert without_spaces(LONG_ADDRESS) in without_spaces(pdf_text(pdf))


def test_rendering_is_deterministic() -> None:
    assert render_account_opening(OPENING) == render_account_opening(OPENING)
    assert render_missing_documents_notice(NOTICE) == render_missing_documents_notice(NOTICE)


def test_content_hash_is_sha256_hex() -> None:
    pdf = render_account_opening(OPENING)
    digest = content_hash(pdf)

    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert digest == content_hash(render_account_opening(OPENING))
    assert digest != content_hash(render_account_opening(replace(OPENING, customer_name="张伟伟")))


def test_documents_are_a4_by_default() -> None:
    size = page_sizes(render_missing_documents_notice(NOTICE))[0]

    assert A4.width_mm == 210
    assert size == pytest.approx((210 * MM, 297 * MM))


class SlipForTests(PdfDocument[AccountOpeningConfirmation]):
    """A minimal document on the framework, as the next receipt or slip would be written."""

    title = "测试凭条"

    def reference(self, doc: AccountOpeningConfirmation) -> str:
        return doc.account_number

    def build_story(self, doc: AccountOpeningConfirmation, sheet: Sheet) -> list[Flowable]:
        return [
            title(sheet, self.title),
            key_value_table(sheet, [Field("户号", doc.account_number), Field("户名", "赵六")]),
            qr_code(f"https://verify.example.cn/r/{doc.account_number}", size_mm=20),
            code128(doc.account_number),
            signature_block(sheet, ["客户签字"], dated=False),
        ]


def test_a_new_document_needs_only_its_story() -> None:
    pdf = SlipForTests(A5).render(OPENING)
    text = pdf_text(pdf)

    assert "测试凭条" in text
    assert "户号 12345678" in text
    assert "客户签字：" in text
    assert "测试凭条 12345678" in text
    assert pdf_metadata(pdf).title == "测试凭条"


def test_barcode_refuses_what_code128_cannot_encode() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        code128("开户-001")


def test_importing_the_documents_does_not_load_reportlab() -> None:
    assert not loads_reportlab(
        "counter_app.printing.page",
        "counter_app.printing.document",
        "counter_app.printing.flowables",
        "counter_app.printing.barcodes",
        "counter_app.printing.qr",
        "counter_app.printing.account_opening",
        "counter_app.printing.missing_documents",
    )
