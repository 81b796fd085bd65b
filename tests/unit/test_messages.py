"""Every validation and service code has plain English wording next to its Chinese one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

import pytest

from counter_app.domain.amounts import AMOUNT_CODES, AmountError, parse_amount
from counter_app.domain.identity import (
    ISSUE_CODES,
    IdType,
    ValidationIssue,
    describe,
    resident_id_check_digit,
    validate_resident_id,
)
from counter_app.services.customers import CUSTOMER_CODES, describe_field_error
from counter_app.services.payments.messages import PAYMENT_CODES
from counter_app.views import messages, translation
from counter_app.views.messages import ENGLISH_CODES, english, localized

ALL_CODES = sorted(ISSUE_CODES | AMOUNT_CODES | CUSTOMER_CODES | PAYMENT_CODES)

# CJK ideographs and punctuation, kana, Hangul, full-width forms (which include ￥ and （）).
CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
PLACEHOLDER = re.compile(r"\{[^{}]*\}")

# A value for every param any renderer reads; all ASCII so any CJK in the output is ours.
REPRESENTATIVE: dict[str, object] = {
    "id_type": str(IdType.RESIDENT_ID),
    "char": "O",
    "position": 5,
    "expected": "7",
    "actual": 17,
    "min": 5,
    "max": 50,
    "value": "19850317",
    "codepoint": "U+202E",
    "decimals": 3,
    "minimum": Decimal("0.01"),
    "maximum": Decimal("100000.00"),
    "field": "amount",
    "registered_name": "Wang Wu",
    "account_number": "G20260001",
    "name": "Property deed",
    "kind": "individual",
    "tenders_total": Decimal("100.00"),
    "amount": Decimal("120.50"),
    "received": Decimal("50"),
    "cash": Decimal("70.50"),
    "suggested": Decimal("99.87"),
    "credit": Decimal("12.30"),
    "needed": Decimal("45.60"),
    "problem": "expired",
    "receipt_no": "R20261123000001",
    "refund_receipt_no": "R20261124000002",
}

# Params that choose between wordings, each alternative rendered on its own.
VARIANTS: dict[str, list[Mapping[str, object]]] = {
    "id.chars": [{**REPRESENTATIVE, "id_type": t} for t in IdType],
    "id.empty": [{"id_type": t} for t in IdType] + [{"id_type": "unknown"}],
    "uscc.chars": [{"char": "I", "position": 3}, {"char": "a", "position": 3}],
    "payment.approval_invalid": [{"problem": p} for p in ("expired", "used", "other", None)],
    "void.refund_required": [{"problem": "day_closed"}, {"problem": "other_day"}],
}


def _renderings(code: str) -> list[Mapping[str, object]]:
    return [REPRESENTATIVE, {}, *VARIANTS.get(code, [])]


def test_the_code_sets_are_the_tables_the_chinese_comes_from() -> None:
    assert len(ALL_CODES) == len(ISSUE_CODES) + len(AMOUNT_CODES) + len(CUSTOMER_CODES) + len(
        PAYMENT_CODES
    ), "a code is in two tables; one English wording cannot serve both"
    assert "id.check_digit" in ISSUE_CODES
    assert "amount.too_many_decimals" in AMOUNT_CODES
    assert "meter.duplicate" in CUSTOMER_CODES
    assert "payment.cash_short" in PAYMENT_CODES


def test_every_code_has_an_english_message() -> None:
    assert set(ALL_CODES) - ENGLISH_CODES == set()


def test_no_english_message_for_a_code_nobody_raises() -> None:
    assert ENGLISH_CODES - set(ALL_CODES) == set()


@pytest.mark.parametrize("code", ALL_CODES)
def test_english_renders_plainly_with_and_without_params(code: str) -> None:
    for params in _renderings(code):
        text = english(code, params)
        assert text, (code, params)
        assert not CJK.search(text), (code, params, text)
        assert not PLACEHOLDER.search(text), (code, params, text)
        assert "None" not in text, (code, params, text)
        assert localized(code, params, "中文", language="en") == text


@pytest.mark.parametrize("code", ALL_CODES)
def test_chinese_mode_returns_the_chinese_unchanged(code: str) -> None:
    assert localized(code, REPRESENTATIVE, "原样返回的中文", language="zh_CN") == "原样返回的中文"


def test_a_chinese_param_is_kept_as_typed() -> None:
    text = localized("id.name_mismatch", {"registered_name": "王五"}, "中文", language="en")
    assert "“王五”" in text
    assert not CJK.search(text.replace("王五", ""))


def test_unknown_code_falls_back_to_the_chinese() -> None:
    assert localized("no.such_code", {}, "输入内容有误（no.such_code）", language="en") == (
        "输入内容有误（no.such_code）"
    )
    assert english("no.such_code", {}) is None


def test_same_meaning_as_the_chinese_for_real_errors() -> None:
    first17 = "11010519850317123"
    expected = resident_id_check_digit(first17)
    wrong = "0" if expected != "0" else "1"
    with pytest.raises(ValidationIssue) as caught:
        validate_resident_id(first17 + wrong, date(2026, 11, 23))
    issue = caught.value
    assert issue.code == "id.check_digit"
    assert expected in describe(issue)
    en = localized(issue.code, issue.params, describe(issue), language="en")
    assert en.startswith("The check digit of the ID card number is wrong: it should be ")
    assert f"should be {expected}." in en

    with pytest.raises(AmountError) as amount:
        parse_amount("12.345")
    assert localized(
        amount.value.code, amount.value.params, amount.value.message, language="en"
    ) == ("The amount can have at most two decimal places (to the fen); it has 3.")
    with pytest.raises(AmountError) as too_big:
        parse_amount("100001")
    assert "¥100,000.00" in localized(
        too_big.value.code, too_big.value.params, too_big.value.message, language="en"
    )

    params = {"value": "GM7000000003", "account_number": "G1"}
    chinese = describe_field_error("meter.duplicate", params)
    assert localized("meter.duplicate", params, chinese, language="zh_CN") == chinese
    assert localized("meter.duplicate", params, chinese, language="en") == (
        "Meter number GM7000000003 is already registered to account G1."
    )


def test_the_installed_language_decides_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # install_language needs a QApplication; what it records is all localized() reads.
    monkeypatch.setattr(translation, "_language", "zh_CN")
    assert localized("amount.empty", {}, "请输入金额") == "请输入金额"
    monkeypatch.setattr(translation, "_language", "en")
    assert localized("amount.empty", {}, "请输入金额") == "Please enter the amount."
    assert messages.current_language() == "en"


def test_the_common_error_message_words_field_and_payment_codes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Screens without a widget per field (the customer view, the approval dialog) show
    service errors through error_message(): sentences, never "field: code"."""
    from counter_app.services.customers import FieldError, FieldErrors
    from counter_app.services.payments.errors import ReceiptNotFound
    from counter_app.views.errors import error_message

    errors = FieldErrors(
        [
            FieldError("phone", "phone.length", {"expected": 11, "actual": 10}, "手机号应为 11 位"),
            FieldError("reason", "reason.empty", {}, "请填写修改原因"),
        ]
    )
    missing = ReceiptNotFound("no such receipt", receipt_no="H01-2026-00000099")
    monkeypatch.setattr(translation, "_language", "zh_CN")
    assert error_message(errors) == "手机号应为 11 位\n请填写修改原因"
    assert error_message(missing) == "收据 H01-2026-00000099 不存在"
    monkeypatch.setattr(translation, "_language", "en")
    shown = error_message(errors).splitlines()
    assert shown[0] == "The mobile number must have 11 digits; it has 10."
    assert len(shown) == 2
    assert "reason" in shown[1].lower()
    assert "H01-2026-00000099" in error_message(missing)
    assert ":" not in error_message(missing).split("H01")[0]  # not "field: code"
