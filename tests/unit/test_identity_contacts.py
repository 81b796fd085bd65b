"""Tests for counter_app.domain.identity: phone numbers, names, addresses and masking."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from identity_reference import refusal, resident_id

from counter_app.domain.identity import (
    ADDRESS_MAX_LENGTH,
    ISSUE_CODES,
    ORG_NAME_MAX_LENGTH,
    PERSON_NAME_MAX_LENGTH,
    IdType,
    ValidationIssue,
    mask_id_number,
    mask_phone,
    names_similar,
    validate_address,
    validate_credit_code,
    validate_id_number,
    validate_mobile,
    validate_org_name,
    validate_person_name,
    validate_resident_id,
)
from counter_app.views.errors import error_message as describe

TODAY = date(2024, 6, 1)
CJK = re.compile(r"[\u4e00-\u9fff]")


# --------------------------------------------------------------------------------------------
# Mobile phone
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        ("19912345678", "19912345678"),
        ("+8613812345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("＋８６１３８１２３４５６７８", "13812345678"),
        ("  13812345678  ", "13812345678"),
    ],
)
def test_mobile_valid(raw: str, expected: str) -> None:
    assert validate_mobile(raw) == expected


@pytest.mark.parametrize("second", "3456789")
def test_mobile_every_valid_second_digit(second: str) -> None:
    number = f"1{second}012345678"
    assert validate_mobile(number) == number


@pytest.mark.parametrize(
    ("raw", "char"), [("138abcd5678", "A"), ("1381234567８a", "A"), ("+1 2025550123", "+")]
)
def test_mobile_letters_refused(raw: str, char: str) -> None:
    issue = refusal(validate_mobile, raw)
    assert issue.code == "phone.chars"
    assert issue.params["char"] == char


@pytest.mark.parametrize(
    ("raw", "actual"), [("1381234567", 10), ("138123456789", 12), ("+86138123456", 9)]
)
def test_mobile_wrong_length(raw: str, actual: int) -> None:
    issue = refusal(validate_mobile, raw)
    assert issue.code == "phone.length"
    assert issue.params["actual"] == actual
    assert f"现为 {actual} 位" in describe(issue)


@pytest.mark.parametrize("raw", ["12345678901", "11012345678", "10012345678", "23812345678"])
def test_mobile_bad_prefix(raw: str) -> None:
    issue = refusal(validate_mobile, raw)
    assert issue.code == "phone.format"
    assert issue.field == "phone"
    assert describe(issue).startswith("手机号应为 1 开头的 11 位数字")


def test_mobile_empty_and_custom_field() -> None:
    issue = refusal(validate_mobile, "", field="emergency_phone")
    assert issue.code == "phone.empty"
    assert issue.field == "emergency_phone"


# --------------------------------------------------------------------------------------------
# Person names
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("张三", "张三"),
        ("  张三  ", "张三"),
        ("张  三", "张 三"),
        ("张\u3000\u3000三", "张 三"),
        ("阿卜杜·热合曼", "阿卜杜·热合曼"),
        ("阿卜杜•热合曼", "阿卜杜·热合曼"),
        ("阿卜杜．热合曼", "阿卜杜·热合曼"),
        ("阿卜杜・热合曼", "阿卜杜·热合曼"),
        ("阿卜杜 · 热合曼", "阿卜杜·热合曼"),
        ("John  Smith", "John Smith"),
        ("Ｊｏｈｎ", "John"),
        ("José Müller", "José Müller"),
        ("Jose\u0301", "José"),
        ("Иван Петров", "Иван Петров"),
        ("𠀀𪚥", "𠀀𪚥"),
        ("李" * PERSON_NAME_MAX_LENGTH, "李" * PERSON_NAME_MAX_LENGTH),
    ],
)
def test_person_name_valid(raw: str, expected: str) -> None:
    assert validate_person_name(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", "\t\n"])
def test_person_name_empty(raw: str) -> None:
    issue = refusal(validate_person_name, raw)
    assert issue.code == "name.empty"
    assert issue.field == "name"
    assert describe(issue) == "姓名不能为空"


def test_person_name_too_long() -> None:
    issue = refusal(validate_person_name, "李" * 51)
    assert issue.code == "name.too_long"
    assert issue.params == {"max": 50, "actual": 51}
    assert describe(issue) == "姓名最长 50 字，现为 51 字"


def test_person_name_length_counts_after_collapsing() -> None:
    raw = "李" * 49 + "      " + "四"
    issue = refusal(validate_person_name, raw)
    assert issue.params["actual"] == 51
    assert validate_person_name("  " + "李" * 50 + "  ") == "李" * 50


@pytest.mark.parametrize(
    ("raw", "char"),
    [
        ("张三😀", "😀"),
        ("❤张三", "❤"),
        ("张三\u2b50", "\u2b50"),
        ("张\U0001f1e8\U0001f1f3", "\U0001f1e8"),
    ],
)
def test_person_name_emoji(raw: str, char: str) -> None:
    issue = refusal(validate_person_name, raw)
    assert issue.code == "name.emoji"
    assert issue.params["char"] == char
    assert describe(issue).startswith("姓名不能包含表情符号")


@pytest.mark.parametrize(
    ("raw", "codepoint"),
    [
        ("张\x00三", "U+0000"),
        ("张\x07三", "U+0007"),
        ("张\u202e三", "U+202E"),
        ("张\x1f三", "U+001F"),
    ],
)
def test_person_name_control(raw: str, codepoint: str) -> None:
    issue = refusal(validate_person_name, raw)
    assert issue.code == "name.control"
    assert issue.params["codepoint"] == codepoint
    assert codepoint in describe(issue)


@pytest.mark.parametrize(
    ("raw", "char"),
    [
        ("' OR 1=1 --", "'"),
        ("张三' OR 1=1 --", "'"),
        ("张三1", "1"),
        ("张三１", "1"),
        ("Robert'); DROP TABLE customers;--", "'"),
        ("张三<script>", "<"),
        ("张三@", "@"),
        ("张三.", "."),
        ("张-三", "-"),
        ("\u0301张三", "\u0301"),
    ],
)
def test_person_name_chars(raw: str, char: str) -> None:
    issue = refusal(validate_person_name, raw)
    assert issue.code == "name.chars"
    assert issue.params["char"] == char
    assert f"“{char}”" in describe(issue)


@pytest.mark.parametrize("raw", ["·热合曼", "阿卜杜·", "阿卜杜··热合曼", "阿卜杜·•热合曼", "·"])
def test_person_name_dot_position(raw: str) -> None:
    issue = refusal(validate_person_name, raw)
    assert issue.code == "name.dot"


def test_person_name_custom_field() -> None:
    issue = refusal(validate_person_name, "", field="emergency_name")
    assert issue.field == "emergency_name"


# --------------------------------------------------------------------------------------------
# Organisation names
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("北京市燃气集团有限责任公司", "北京市燃气集团有限责任公司"),
        ("华为技术（深圳）有限公司", "华为技术（深圳）有限公司"),
        ("3M中国有限公司", "3M中国有限公司"),
        ("ＡＢＣ 贸易 (上海) 有限公司", "ABC 贸易 (上海) 有限公司"),
        ("Procter & Gamble Co., Ltd.", "Procter & Gamble Co., Ltd."),
        ("第１２３号门市部", "第123号门市部"),
        ("  某某  公司  ", "某某 公司"),
        ("厂" * ORG_NAME_MAX_LENGTH, "厂" * ORG_NAME_MAX_LENGTH),
    ],
)
def test_org_name_valid(raw: str, expected: str) -> None:
    assert validate_org_name(raw) == expected


def test_org_name_errors() -> None:
    cases = {
        "": "org_name.empty",
        "厂" * 101: "org_name.too_long",
        "某公司🏭": "org_name.emoji",
        "某\x00公司": "org_name.control",
        "某公司' OR 1=1 --": "org_name.chars",
        "某公司#": "org_name.chars",
    }
    for raw, code in cases.items():
        issue = refusal(validate_org_name, raw)
        assert issue.code == code, raw
        assert issue.field == "org_name"
        assert describe(issue).startswith("单位名称")


def test_org_name_too_long_params() -> None:
    issue = refusal(validate_org_name, "厂" * 101)
    assert issue.params == {"max": 100, "actual": 101}


# --------------------------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("北京市朝阳区建国路88号", "北京市朝阳区建国路88号"),
        ("朝阳区建国路88号院3#楼2单元501", "朝阳区建国路88号院3#楼2单元501"),
        ("海淀区中关村大街(东侧)1号", "海淀区中关村大街(东侧)1号"),
        ("海淀区中关村大街（东侧）1号", "海淀区中关村大街（东侧）1号"),
        ("浦东新区世纪大道１００号，Ａ座", "浦东新区世纪大道100号，A座"),
        ("  天河区  体育西路  ", "天河区 体育西路"),
        ("1-2-301 室；收件人：张三。", "1-2-301 室；收件人：张三。"),
        ("Room 5, No. 8 Lane 100, Xuhui", "Room 5, No. 8 Lane 100, Xuhui"),
        ("地" * ADDRESS_MAX_LENGTH, "地" * ADDRESS_MAX_LENGTH),
    ],
)
def test_address_valid(raw: str, expected: str) -> None:
    assert validate_address(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "1号楼'; DROP TABLE customers; --",
        "' OR 1=1 --",
        "幸福路 1 号 /* comment */ UNION SELECT * FROM users",
    ],
)
def test_address_sql_fragment_is_plain_text(raw: str) -> None:
    assert validate_address(raw) == raw


@pytest.mark.parametrize("raw", ["", "   ", "\u3000\t"])
def test_address_empty(raw: str) -> None:
    issue = refusal(validate_address, raw)
    assert issue.code == "address.empty"
    assert describe(issue) == "地址不能为空"


def test_address_2000_chars() -> None:
    issue = refusal(validate_address, "地" * 2000)
    assert issue.code == "address.too_long"
    assert issue.field == "address"
    assert issue.params == {"max": 200, "actual": 2000}
    assert describe(issue) == "地址最长 200 字，现为 2000 字"


def test_address_201_chars() -> None:
    issue = refusal(validate_address, "地" * 201)
    assert issue.params["actual"] == 201


@pytest.mark.parametrize(("raw", "char"), [("幸福路1号🏠", "🏠"), ("幸福路👍1号", "👍")])
def test_address_emoji(raw: str, char: str) -> None:
    issue = refusal(validate_address, raw)
    assert issue.code == "address.emoji"
    assert issue.params["char"] == char
    assert describe(issue).startswith("地址不能包含表情符号")


@pytest.mark.parametrize("raw", ["幸福路\x001号", "幸福路\x1b[31m1号", "幸福路\u200b1号"])
def test_address_control(raw: str) -> None:
    issue = refusal(validate_address, raw)
    assert issue.code == "address.control"


def test_address_angle_brackets() -> None:
    issue = refusal(validate_address, "幸福路<b>1号</b>")
    assert issue.code == "address.chars"
    assert issue.params["char"] == "<"


def test_address_line_breaks_collapse() -> None:
    assert validate_address("北京市\n朝阳区\r\n建国路") == "北京市 朝阳区 建国路"


# --------------------------------------------------------------------------------------------
# Masking
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("110101199003071234", "110101********1234"),
        ("11010519491231002X", "110105********002X"),
        ("E12345678", "E1*****78"),
        ("M1234567890", "M1*******90"),
        ("A1234", "A1*34"),
        ("1234", "****"),
        ("", ""),
    ],
)
def test_mask_id_number(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("010-12345678", "010****5678"),
        ("12345", "***45"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


# --------------------------------------------------------------------------------------------
# names_similar
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张三", "张三"),
        (" 张三 ", "张 三"),
        ("阿卜杜·热合曼", "阿卜杜•热合曼"),
        ("阿卜杜·热合曼", "阿卜杜热合曼"),
        ("张三", "张三丰"),  # containment
        ("张三丰", "三丰"),
        ("张三", "张四"),  # one substitution
        ("王小明", "王晓明"),
        ("王小明", "王明"),  # one deletion
        ("John Smith", "john smith"),
        ("Ｊｏｈｎ", "John"),
    ],
)
def test_names_similar(a: str, b: str) -> None:
    assert names_similar(a, b)
    assert names_similar(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张三", "李四"),
        ("王小明", "李大明"),
        ("张", "李"),  # single characters: edit distance does not count
        ("", "张三"),
        ("", ""),
        ("欧阳娜娜", "欧阳明明"),
    ],
)
def test_names_not_similar(a: str, b: str) -> None:
    assert not names_similar(a, b)
    assert not names_similar(b, a)


# --------------------------------------------------------------------------------------------
# describe()
# --------------------------------------------------------------------------------------------

# One representative issue per code, with the params the validators produce.
SAMPLE_ISSUES: dict[str, ValidationIssue] = {
    "id.empty": ValidationIssue("id.empty", "id_number", {"id_type": "resident_id"}),
    "id.length": ValidationIssue(
        "id.length", "id_number", {"id_type": "resident_id", "expected": 18, "actual": 17}
    ),
    "id.length_range": ValidationIssue(
        "id.length_range", "id_number", {"id_type": "passport", "min": 5, "max": 20, "actual": 3}
    ),
    "id.chars": ValidationIssue(
        "id.chars", "id_number", {"id_type": "resident_id", "char": "A", "position": 5}
    ),
    "id.x_position": ValidationIssue("id.x_position", "id_number", {"id_type": "resident_id"}),
    "id.check_digit": ValidationIssue(
        "id.check_digit", "id_number", {"id_type": "resident_id", "expected": "X", "actual": "1"}
    ),
    "id.birth_date": ValidationIssue("id.birth_date", "id_number", {"value": "19990231"}),
    "id.birth_future": ValidationIssue("id.birth_future", "id_number", {"value": "20990101"}),
    "id.birth_too_early": ValidationIssue("id.birth_too_early", "id_number", {"value": "18991231"}),
    "id.hmt_region": ValidationIssue(
        "id.hmt_region", "id_number", {"id_type": "hmt_residence", "actual": "11"}
    ),
    "id.resident_region": ValidationIssue(
        "id.resident_region", "id_number", {"id_type": "resident_id", "actual": "81"}
    ),
    "id.hm_permit_format": ValidationIssue(
        "id.hm_permit_format", "id_number", {"id_type": "hm_permit", "value": "H1234"}
    ),
    "uscc.empty": ValidationIssue("uscc.empty", "credit_code"),
    "uscc.length": ValidationIssue("uscc.length", "credit_code", {"expected": 18, "actual": 17}),
    "uscc.chars": ValidationIssue("uscc.chars", "credit_code", {"char": "I", "position": 3}),
    "uscc.check": ValidationIssue("uscc.check", "credit_code", {"expected": "3", "actual": "4"}),
    "phone.empty": ValidationIssue("phone.empty", "phone"),
    "phone.chars": ValidationIssue("phone.chars", "phone", {"char": "A"}),
    "phone.length": ValidationIssue("phone.length", "phone", {"expected": 11, "actual": 10}),
    "phone.format": ValidationIssue("phone.format", "phone", {"value": "12345678901"}),
    "name.empty": ValidationIssue("name.empty", "name"),
    "name.too_long": ValidationIssue("name.too_long", "name", {"max": 50, "actual": 51}),
    "name.emoji": ValidationIssue("name.emoji", "name", {"char": "😀"}),
    "name.control": ValidationIssue(
        "name.control", "name", {"char": "\x07", "codepoint": "U+0007"}
    ),
    "name.chars": ValidationIssue("name.chars", "name", {"char": "'"}),
    "name.dot": ValidationIssue("name.dot", "name"),
    "org_name.empty": ValidationIssue("org_name.empty", "org_name"),
    "org_name.too_long": ValidationIssue(
        "org_name.too_long", "org_name", {"max": 100, "actual": 101}
    ),
    "org_name.emoji": ValidationIssue("org_name.emoji", "org_name", {"char": "🏭"}),
    "org_name.control": ValidationIssue(
        "org_name.control", "org_name", {"char": "\x00", "codepoint": "U+0000"}
    ),
    "org_name.chars": ValidationIssue("org_name.chars", "org_name", {"char": "#"}),
    "address.empty": ValidationIssue("address.empty", "address"),
    "address.too_long": ValidationIssue(
        "address.too_long", "address", {"max": 200, "actual": 2000}
    ),
    "address.emoji": ValidationIssue("address.emoji", "address", {"char": "🏠"}),
    "address.control": ValidationIssue(
        "address.control", "address", {"char": "\x00", "codepoint": "U+0000"}
    ),
    "address.chars": ValidationIssue("address.chars", "address", {"char": "<"}),
}


def test_samples_cover_every_code() -> None:
    assert set(SAMPLE_ISSUES) == ISSUE_CODES


@pytest.mark.parametrize("code", sorted(SAMPLE_ISSUES))
def test_describe_gives_chinese_message(code: str) -> None:
    message = describe(SAMPLE_ISSUES[code])
    assert message.strip()
    assert CJK.search(message), message
    assert code not in message  # a specific message, not the generic fallback


@pytest.mark.parametrize("code", sorted(SAMPLE_ISSUES))
def test_describe_survives_missing_params(code: str) -> None:
    message = describe(ValidationIssue(code, "x"))
    assert CJK.search(message)


@pytest.mark.parametrize(
    ("issue", "message"),
    [
        (SAMPLE_ISSUES["id.check_digit"], "身份证号校验位错误：应为 X"),
        (SAMPLE_ISSUES["id.birth_date"], "出生日期 19990231 不存在"),
        (SAMPLE_ISSUES["id.length"], "身份证号应为 18 位，现为 17 位"),
        (SAMPLE_ISSUES["phone.format"], "手机号应为 1 开头的 11 位数字"),
        (SAMPLE_ISSUES["address.too_long"], "地址最长 200 字，现为 2000 字"),
        (SAMPLE_ISSUES["name.emoji"], "姓名不能包含表情符号"),
    ],
)
def test_describe_wording(issue: ValidationIssue, message: str) -> None:
    assert describe(issue).startswith(message)


def test_describe_unknown_code_falls_back() -> None:
    message = describe(ValidationIssue("something.new", "x"))
    assert "something.new" in message
    assert CJK.search(message)


def test_validation_issue_attributes() -> None:
    issue = ValidationIssue("id.length", "id_number", {"actual": 17})
    assert isinstance(issue, Exception)
    assert (issue.code, issue.field, issue.params) == ("id.length", "id_number", {"actual": 17})
    assert "id.length" in str(issue)
    assert ValidationIssue("name.empty", "name").params == {}


def test_every_issue_a_validator_raises_has_a_message() -> None:
    raised: set[str] = set()
    attempts: list[Callable[[], object]] = [
        lambda: validate_resident_id("", TODAY),
        lambda: validate_resident_id("1", TODAY),
        lambda: validate_resident_id("A", TODAY),
        lambda: validate_resident_id("1101051949X2310021", TODAY),
        lambda: validate_resident_id("110105194912310021", TODAY),
        lambda: validate_resident_id(resident_id("11010519990231002"), TODAY),
        lambda: validate_resident_id(resident_id("11010520990101002"), TODAY),
        lambda: validate_resident_id(resident_id("11010518000101002"), TODAY),
        lambda: validate_resident_id(resident_id("81000019900101001"), TODAY),
        lambda: validate_id_number(IdType.HMT_RESIDENCE, resident_id("11010519491231002"), TODAY),
        lambda: validate_id_number(IdType.PASSPORT, "A1", TODAY),
        lambda: validate_id_number(IdType.HM_PERMIT, "X1", TODAY),
        lambda: validate_credit_code(""),
        lambda: validate_credit_code("I"),
        lambda: validate_credit_code("1"),
        lambda: validate_credit_code("91350100M000100Y44"),
        lambda: validate_mobile(""),
        lambda: validate_mobile("a"),
        lambda: validate_mobile("1"),
        lambda: validate_mobile("12345678901"),
        lambda: validate_person_name(""),
        lambda: validate_person_name("李" * 51),
        lambda: validate_person_name("😀"),
        lambda: validate_person_name("\x00"),
        lambda: validate_person_name("1"),
        lambda: validate_person_name("·李"),
        lambda: validate_org_name(""),
        lambda: validate_org_name("厂" * 101),
        lambda: validate_org_name("😀"),
        lambda: validate_org_name("\x00"),
        lambda: validate_org_name("#"),
        lambda: validate_address(""),
        lambda: validate_address("地" * 201),
        lambda: validate_address("😀"),
        lambda: validate_address("\x00"),
        lambda: validate_address("<"),
    ]
    for attempt in attempts:
        raised.add(refusal(attempt).code)
    assert raised == ISSUE_CODES
