"""Every code the domain and the services raise is worded in views/messages.py, in English and
in Chinese, and every screen words errors through the one error_message()."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from counter_app.domain.amounts import AMOUNT_CODES, AmountError, parse_amount
from counter_app.domain.cash import CASH_CODES
from counter_app.domain.errors import Conflict, CounterError, InvalidInput, PermissionDenied
from counter_app.domain.identity import (
    ISSUE_CODES,
    IdType,
    ValidationIssue,
    resident_id_check_digit,
    validate_resident_id,
)
from counter_app.services.approvals import APPROVAL_CODES, ApprovalRefused
from counter_app.services.customers_dto import CUSTOMER_CODES, FieldError, FieldErrors
from counter_app.services.payments.errors import PAYMENT_CODES, ReceiptNotFound
from counter_app.services.readings_file import (
    FILE_ERROR_CODES,
    ROW_ERROR_CODES,
    TEMPLATE_HEADER,
    ImportRefused,
    RowError,
)
from counter_app.services.reports_dto import REPORT_CODES
from counter_app.services.shifts_dto import SHIFT_CODES
from counter_app.views import translation
from counter_app.views.errors import error_message
from counter_app.views.messages import (
    CONTEXT,
    FALLBACKS,
    TEMPLATES,
    WORDED_CODES,
    render,
    template_key,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "counter_zh_CN.ts"
QM = ROOT / "resources" / "translations" / "counter_zh_CN.qm"

# CJK ideographs and punctuation, kana, Hangul, full-width forms (which include ￥ and （）).
CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
PLACEHOLDER = re.compile(r"\{(\w*)\}")

# Codes worded by what they hold rather than by a template of their own.
NOT_WORDED = {
    "field_errors": "each of its field errors is worded on its own line",
    "approval.error": "a base class: each approval error carries its own code",
    # shifts, day close and reports: families whose members carry their own codes
    "cash.count_invalid": "a base class: each count error carries its own code",
    "shift.error": "a base class: each shift refusal carries its own code",
    "shift.input": "a base class: each shift input error carries its own code",
    "day.error": "a base class: each day-close refusal carries its own code",
    "report.error": "a base class: each report refusal carries its own code",
    "export.error": "a base class: each export failure carries its own code",
}


# ----------------------------------------------------------------------------- the scan

DOTTED = re.compile(r"^[a-z][a-z_]*(?:\.[a-z][a-z_]*)+$")
PLAIN = re.compile(r"^[a-z][a-z_]*(?:\.[a-z][a-z_]*)*$")


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _params(args: ast.arguments) -> list[str]:
    names = [a.arg for a in (*args.posonlyargs, *args.args)]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


def _strings(node: ast.AST, pattern: re.Pattern[str] = DOTTED) -> set[str]:
    return {
        n.value
        for n in ast.walk(node)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and pattern.match(n.value)
    }


class _Scan:
    """Every code raised in the modules under ``packages``, read from their source.

    A code is: the ``code = "..."`` of an error class; a string given as the ``code`` of an
    error whose constructor starts with ``code`` (``ValidationIssue("id.length", ...)``,
    ``super().__init__("approval.required", ...)``) or of a function with a ``code`` parameter
    (``errors.add("phone", "phone.empty")``); a string assigned to a variable ``code``; and
    an f-string such as ``f"{prefix}.empty"`` built from a parameter, once per string the
    callers pass for it.
    """

    def __init__(self, *packages: Path) -> None:
        self.trees = [
            ast.parse(path.read_text(encoding="utf-8"))
            for package in packages
            for path in sorted(package.rglob("*.py"))
        ]
        self.bases: dict[str, list[str]] = {}
        self.inits: dict[str, list[str]] = {}
        # Several functions may share a name (``add`` of a field-error list and of a report):
        # each is a way to give a code if any of them takes one.
        functions: dict[str, list[list[str]]] = {}
        for tree in self.trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    self.bases[node.name] = [n for b in node.bases if (n := _name(b))]
                    for item in node.body:
                        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                            self.inits[node.name] = _params(item.args)
                elif isinstance(node, ast.FunctionDef) and node.name != "__init__":
                    functions.setdefault(node.name, []).append(_params(node.args))
        self.errors = {"CounterError"}
        while more := {
            c for c, bs in self.bases.items() if c not in self.errors and set(bs) & self.errors
        }:
            self.errors |= more
        self.code_at = {c: 0 for c in self.errors if self._init(c)[:1] == ["code"]}
        self.code_at |= {
            f: ps.index("code")
            for f, signatures in functions.items()
            for ps in signatures[::-1]
            if "code" in ps
        }

    def _init(self, cls: str) -> list[str]:
        while cls in self.bases:
            if cls in self.inits:
                return self.inits[cls]
            known = [b for b in self.bases[cls] if b in self.bases]
            if not known:
                break
            cls = known[0]
        return []

    def codes(self) -> set[str]:
        codes: set[str] = set()
        for tree in self.trees:
            parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name in self.errors:
                    for item in node.body:
                        if isinstance(item, ast.Assign) and "code" in map(_name, item.targets):
                            codes |= _strings(item.value, PLAIN)
                elif isinstance(node, ast.Assign) and not isinstance(
                    parents.get(node), ast.ClassDef
                ):
                    codes |= self._assigned(node)
                elif isinstance(node, ast.Call):
                    codes |= self._given(node, parents)
        return codes

    def _assigned(self, node: ast.Assign) -> set[str]:
        codes: set[str] = set()
        for target in node.targets:
            if _name(target) == "code":
                codes |= _strings(node.value)
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                for t, v in zip(target.elts, node.value.elts, strict=False):
                    if _name(t) == "code":
                        codes |= _strings(v)
        return codes

    def _given(self, call: ast.Call, parents: Mapping[ast.AST, ast.AST]) -> set[str]:
        callee = _name(call.func)
        index = self.code_at.get(callee or "")
        if callee == "__init__" and isinstance(call.func, ast.Attribute):
            owner = self._enclosing(call, parents, ast.ClassDef)
            if isinstance(owner, ast.ClassDef) and any(
                self._init(n)[:1] == ["code"] for b in owner.bases if (n := _name(b))
            ):
                index = 0
        if index is None:
            return set()
        arg = call.args[index] if len(call.args) > index else None
        arg = arg or next((k.value for k in call.keywords if k.arg == "code"), None)
        if arg is None:
            return set()
        codes = _strings(arg)
        for fstring in (n for n in ast.walk(arg) if isinstance(n, ast.JoinedStr)):
            codes |= self._expand(fstring, call, parents)
        return codes

    @staticmethod
    def _enclosing(node: ast.AST, parents: Mapping[ast.AST, ast.AST], kind: type) -> ast.AST | None:
        while node in parents:
            node = parents[node]
            if isinstance(node, kind):
                return node
        return None

    def _expand(
        self, fstring: ast.JoinedStr, call: ast.Call, parents: Mapping[ast.AST, ast.AST]
    ) -> set[str]:
        holes = [v for v in fstring.values if isinstance(v, ast.FormattedValue)]
        if len(holes) != 1 or not isinstance(holes[0].value, ast.Name):
            return set()
        param = holes[0].value.id
        function = self._enclosing(call, parents, ast.FunctionDef)
        if not isinstance(function, ast.FunctionDef):
            return set()
        name = function.name
        if name == "__init__":
            owner = self._enclosing(function, parents, ast.ClassDef)
            name = owner.name if isinstance(owner, ast.ClassDef) else name
        names = _params(function.args)
        if param not in names:
            return set()
        index = names.index(param)
        codes: set[str] = set()
        for tree in self.trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _name(node.func) == name:
                    arg = node.args[index] if len(node.args) > index else None
                    arg = arg or next((k.value for k in node.keywords if k.arg == param), None)
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        codes.add(
                            "".join(
                                arg.value if v is holes[0] else str(getattr(v, "value", ""))
                                for v in fstring.values
                            )
                        )
        return {c for c in codes if DOTTED.match(c)}


RAISED = _Scan(ROOT / "counter_app" / "domain", ROOT / "counter_app" / "services").codes()


def test_the_scan_finds_codes_raised_every_way() -> None:
    assert {
        "permission_denied",  # an error class's code
        "shift.none_open",
        "id.check_digit",  # ValidationIssue("id.check_digit", ...)
        "name.too_long",  # f"{prefix}.too_long" with "name" passed for prefix
        "amount.too_many_decimals",
        "meter.duplicate",  # errors.add("meter_number", "meter.duplicate", ...)
        "id.name_mismatch",  # key, column, code = ..., "id.name_mismatch"
        "import.no_header",
        "reading.below_previous",  # a row error: _error(row, column, code, params)
        "payment.cash_short",
    } <= RAISED


def test_the_exported_code_sets_are_raised() -> None:
    exported = ISSUE_CODES | AMOUNT_CODES | CUSTOMER_CODES | ROW_ERROR_CODES | FILE_ERROR_CODES
    exported |= PAYMENT_CODES | APPROVAL_CODES
    exported |= CASH_CODES | SHIFT_CODES | REPORT_CODES
    assert exported - RAISED == set()


def test_every_raised_code_has_a_template() -> None:
    assert RAISED - WORDED_CODES - set(NOT_WORDED) == set()


def test_no_template_for_a_code_nobody_raises() -> None:
    unused = WORDED_CODES - RAISED
    assert unused == set()


# ----------------------------------------------------------------------------- both languages

# A value for every param a template reads; ASCII, so any CJK in the output is the template's.
REPRESENTATIVE: dict[str, object] = {
    "id_type": str(IdType.RESIDENT_ID),
    "char": "O",
    "position": 5,
    "expected": "7",
    "actual": 17,
    "min": 5,
    "max": 50,
    "value": "19850317",
    "where": "hall.code",
    "codepoint": "U+202E",
    "decimals": 3,
    "minimum": Decimal("0.01"),
    "maximum": Decimal("100000.00"),
    "registered_name": "Wang Wu",
    "account_number": "G20260001",
    "name": "Property deed",
    "tenders_total": Decimal("100.00"),
    "amount": Decimal("120.50"),
    "approved_amount": Decimal("100.00"),
    "received": Decimal("50"),
    "cash": Decimal("70.50"),
    "suggested": Decimal("99.87"),
    "credit": Decimal("12.30"),
    "needed": Decimal("45.60"),
    "total": Decimal("345.60"),
    "receipt_no": "H01-2026-00000001",
    "refund_receipt_no": "H01-2026-00000002",
    "remaining": 4,
    "until": datetime(2026, 11, 23, 2, 15, tzinfo=UTC),
    "detail": "developer text",
    "code": "some.code",
    "closed_on": date(2026, 10, 31),
    "tariff_class": "residential",
    "on": date(2026, 11, 20),
    "period": "2026-11",
    "number": "B2026110001",
    "read_on": date(2026, 11, 20),
    "today": date(2026, 11, 23),
    "previous_read_on": date(2026, 10, 20),
    "previous": Decimal("1234.500"),
    "reading": Decimal("1200.000"),
    "rows": [3, 7],
    "path": "readings.csv",
    "size": 11 * 1024 * 1024,
    "max_bytes": 10 * 1024 * 1024,
    "max_rows": 5000,
    "missing": ["read_on", "reading"],
    "counter_number": 2,
    "employee_no": "G1002",
    "business_date": date(2026, 11, 22),
    "max_days": 366,
    # administration
    "hall": "H09",
    "tier": 2,
    "lower": Decimal("350"),
    "effective_from": date(2027, 1, 1),
    "day": date(2027, 2, 8),
    "year": 2027,
    "key": "security.idle_lock_minutes",
    "low": 1,
    "high": 120,
    # complaints
    "owner_name": "Chen Jing",
    "earliest": datetime(2026, 11, 23, 1, 30, tzinfo=UTC),
    "due_at": datetime(2026, 11, 24, 15, 59, tzinfo=UTC),
    "max_length": 1000,
    "filename": "site-photo.jpg",
    "max_count": 20,
    "kind": "solution_done",
    "start": date(2026, 11, 1),
    "end": date(2026, 10, 31),
    # service requests
    "type_name": "Relocation",
    "balance": Decimal("12.30"),
    "fee": Decimal("200.00"),
    "status": "accepted",
    "step": "complete",
    "owner": "Wang Fang",
    # shifts, day close and reports
    "denomination": Decimal("0.50"),
    "opening_float": Decimal("300.00"),
    "counted": Decimal("250.00"),
    "variance": Decimal("-10.00"),
    "available": Decimal("480.00"),
    "closed_by": "M1001",
    "counters": [2, 3],
    "clerks": ["G1002 Li Na", "G1003 Zhao Lei"],
    "count": 1,
    "date_from": date(2026, 11, 1),
    "date_to": date(2026, 10, 31),
    "month": 13,
    # backups
    "found": "12",
    "table": "customers",
    "key_id": "4f2c9a1b7d3e8a60",
    "backup_key_id": "0b1d2e3f4a5b6c7d",
    "company": "Demo Gas",
    "backend": "sqlite",
    "live": "postgresql",
    "entry": 42,
    "revision": "0099",
    "version": 2,
    "tool": "pg_dump",
    # text at the boundary
    "character": "U+0000",
    "length": 10000,
}

# The params that choose each wording other than a code's own.
VARIANT_PARAMS: dict[str, dict[str, object]] = {
    "auth_failed/remaining": {"remaining": 4},
    "account_locked/until": {"until": datetime(2026, 11, 23, 2, 15, tzinfo=UTC)},
    "permission_denied/hall_required": {"hall_required": True},
    "invalid_input/reason": {"field": "reason"},
    "not_found/customer": {"entity": "customer"},
    "conflict/anonymised": {"anonymised": True},
    "id.chars/passport": {"id_type": str(IdType.PASSPORT)},
    "uscc.chars/unused_letter": {"char": "I"},
    "account.not_found/as_number": {"account_number": "999", "as_number": True},
    "account.not_found/no_number": {"account_id": 7},
    "import.file_type/xls": {"suffix": ".xls"},
    "void.refund_required/day_closed": {"problem": "day_closed"},
}

# Chinese that says more than the English source (params only the Chinese names).
CHINESE_EXTRA: dict[str, set[str]] = {"reading.below_previous": {"reading", "previous_read_on"}}


def _code(key: str) -> str:
    return key.split("/")[0]


def _params_for(key: str) -> dict[str, object]:
    base = {k: v for k, v in REPRESENTATIVE.items() if k not in {"as_number", "problem"}}
    if key == "account.not_found/no_number":
        base.pop("account_number")
    return {**base, **VARIANT_PARAMS.get(key, {})}


@pytest.fixture
def qm() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM))
    return translator


def test_every_variant_is_chosen_by_its_params() -> None:
    variants = {k for k in TEMPLATES if "/" in k}
    assert variants == set(VARIANT_PARAMS)
    for key in variants:
        assert template_key(_code(key), _params_for(key)) == key, key


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_has_chinese_with_the_same_params(key: str, qm: QTranslator) -> None:
    source = TEMPLATES[key]
    chinese = qm.translate(CONTEXT, source)
    assert chinese, f"no Chinese for {key}: run tools/translations.py update, fill and release"
    assert CJK.search(chinese), chinese
    english_params = set(PLACEHOLDER.findall(source))
    assert set(PLACEHOLDER.findall(chinese)) == english_params | CHINESE_EXTRA.get(key, set())


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_renders_plainly_in_both_languages(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = "no.such_code" if key in FALLBACKS else _code(key)
    unknown = key if key in FALLBACKS else "error"
    monkeypatch.setattr(translation, "_language", "en")
    english = render(code, _params_for(key), unknown=unknown)
    monkeypatch.setattr(translation, "_language", "zh_CN")
    chinese = render(code, _params_for(key), unknown=unknown)
    english_only = english
    for column in TEMPLATE_HEADER:  # the file's column names are Chinese in both languages
        english_only = english_only.replace(column, "")
    assert not CJK.search(english_only), (key, english)
    assert CJK.search(chinese), (key, chinese)
    for text in (english, chinese):
        assert not PLACEHOLDER.search(text), (key, text)
        assert "None" not in text, (key, text)
        assert "?" not in text, (key, text)  # every param the template reads was given


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_a_message_survives_missing_params(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for language in ("en", "zh_CN"):
        monkeypatch.setattr(translation, "_language", language)
        text = render(_code(key), VARIANT_PARAMS.get(key, {}))
        assert text.strip()
        assert not PLACEHOLDER.search(text), (key, text)
        assert "None" not in text, (key, text)


# ----------------------------------------------------------------------------- formatting


def test_amounts_read_as_yuan_and_times_in_hall_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translation, "_language", "en")
    assert render("payment.cash_short", {"received": Decimal("50"), "cash": Decimal("1234.5")}) == (
        "Cash received ¥50.00 is less than the cash due ¥1,234.50."
    )
    until = datetime(2026, 11, 23, 2, 15, tzinfo=UTC)  # 10:15 in the hall (UTC+8)
    assert render("account_locked", {"until": until}).endswith("locked until 10:15.")
    monkeypatch.setattr(translation, "_language", "zh_CN")
    assert render("account_locked", {"until": until}) == "密码错误次数过多，账号已锁定至 10:15。"
    assert render("row.duplicate_account", {"account_number": "1", "rows": [3, 7]}) == (
        "户号 1 在文件中出现多次且内容不同（第 3、7 行）"
    )


def test_id_numbers_are_named_by_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translation, "_language", "zh_CN")
    assert render("id.empty", {"id_type": IdType.PASSPORT}) == "请输入护照号码"
    assert render("id.empty", {}) == "请输入身份证号"
    assert render("id.empty", {"id_type": "unknown"}) == "请输入证件号码"
    monkeypatch.setattr(translation, "_language", "en")
    assert (
        render("id.empty", {"id_type": IdType.HM_PERMIT})
        == "Please enter the travel permit number."
    )


def test_a_chinese_param_is_kept_as_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translation, "_language", "en")
    text = render("id.name_mismatch", {"registered_name": "王五"})
    assert "“王五”" in text
    assert not CJK.search(text.replace("王五", ""))


# ----------------------------------------------------------------------------- error_message


def test_same_meaning_in_both_languages_for_real_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    first17 = "11010519850317123"
    expected = resident_id_check_digit(first17)
    wrong = "0" if expected != "0" else "1"
    with pytest.raises(ValidationIssue) as caught:
        validate_resident_id(first17 + wrong, date(2026, 11, 23))
    issue = caught.value
    assert isinstance(issue, CounterError)
    assert f"应为 {expected}。" in error_message(issue)
    monkeypatch.setattr(translation, "_language", "en")
    english = error_message(issue)
    assert english.startswith("The check digit of the ID card number is wrong: it should be ")
    assert f"should be {expected}." in english

    with pytest.raises(AmountError) as amount:
        parse_amount("12.345")
    assert error_message(amount.value) == (
        "The amount can have at most two decimal places (to the fen); it has 3."
    )
    with pytest.raises(AmountError) as too_big:
        parse_amount("100001")
    assert "¥100,000.00" in error_message(too_big.value)
    meter = FieldError("meter_number", "meter.duplicate", {"value": "GM7", "account_number": "G1"})
    assert error_message(meter) == "Meter number GM7 is already registered to account G1."
    monkeypatch.setattr(translation, "_language", "zh_CN")
    assert error_message(meter) == "表号 GM7 已登记在户号 G1 下"


def test_field_errors_read_one_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Screens without a widget per field (the customer view, the approval dialog) show
    service errors through error_message(): sentences, never "field: code"."""
    errors = FieldErrors(
        [
            FieldError("phone", "phone.length", {"expected": 11, "actual": 10}),
            FieldError("reason", "reason.empty", {}),
        ]
    )
    assert error_message(errors) == "手机号应为 11 位数字，现为 10 位\n请填写修改原因"
    monkeypatch.setattr(translation, "_language", "en")
    assert error_message(errors).splitlines() == [
        "The mobile number must have 11 digits; it has 10.",
        "Please give the reason for the change.",
    ]


def test_a_screen_adds_what_it_knows(monkeypatch: pytest.MonkeyPatch) -> None:
    closed = Conflict("the account is closed", closed_on=date(2026, 10, 31))
    closed.code = "account.closed"
    assert error_message(closed, account_number="G9") == "户号 G9 已销户（2026-10-31）"
    assert error_message(closed, closed_on="never") == "户号 ? 已销户（2026-10-31）"


def test_rows_and_files_of_an_import(monkeypatch: pytest.MonkeyPatch) -> None:
    row = RowError(3, "A", "户号", "account_number", "account.not_found", {"account_number": "9"})
    assert error_message(row) == "户号 9 不存在"
    refused = ImportRefused("import.no_header", missing=["reading"])
    assert (
        error_message(refused)
        == "找不到表头：第一行应为 户号、抄表日期、本次读数（缺少：本次读数）"
    )
    monkeypatch.setattr(translation, "_language", "en")
    assert error_message(refused).endswith("Missing: 本次读数.")


def test_unknown_codes_fall_back_by_kind() -> None:
    assert error_message(ValidationIssue("no.such_code", "x")) == "输入内容有误（no.such_code）"
    assert error_message(AmountError("amount.unknown")) == "金额有误（amount.unknown）"
    assert error_message(FieldError("x", "no.such_code", {})) == "输入内容有误（no.such_code）"
    row = RowError(2, "B", "日期", "read_on", "no.such_code", {})
    assert error_message(row) == "数据有误（no.such_code）"
    assert error_message(ImportRefused("import.new")) == "无法导入（import.new）"

    class Newcomer(Conflict):
        code = "newcomer.clash"

    assert error_message(Newcomer("a clash")) == "与已有记录冲突：a clash"

    class Odd(CounterError):
        code = "odd.thing"

    assert error_message(Odd("it broke")) == "操作未能完成：it broke"


def test_generic_errors_and_their_variants(monkeypatch: pytest.MonkeyPatch) -> None:
    assert error_message(PermissionDenied("no")) == "您的角色无权执行此操作。"
    own = ApprovalRefused("approval.own_request", "no approving one's own", own_request=True)
    assert error_message(own) == "不能审批自己发起的申请，请由其他值班长审批。"
    missing = ReceiptNotFound("no such receipt", receipt_no="H01-2026-00000099")
    assert error_message(missing) == "收据 H01-2026-00000099 不存在"
    assert error_message(InvalidInput("a reason is required", field="reason")) == "请填写原因"
    monkeypatch.setattr(translation, "_language", "en")
    assert error_message(InvalidInput("bad thing", field="x")) == (
        "Some input is not valid: bad thing"
    )


def test_the_installed_language_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    # install_language needs a QApplication; the language it records is all messages read.
    monkeypatch.setattr(translation, "_language", "zh_CN")
    assert render("amount.empty") == "请输入金额"
    monkeypatch.setattr(translation, "_language", "en")
    assert render("amount.empty") == "Please enter the amount."


def test_the_templates_are_in_the_translation_file() -> None:
    text = TS.read_text(encoding="utf-8")
    assert f"<name>{CONTEXT}</name>" in text


def test_a_code_worded_in_two_modules_is_refused() -> None:
    from counter_app.views.messages import merged_templates

    assert merged_templates({"a.b": "x"}, {"c.d": "y"}) == {"a.b": "x", "c.d": "y"}
    with pytest.raises(ValueError, match=r"a\.b"):
        merged_templates({"a.b": "x"}, {"a.b": "y"})
