"""Tests for counter_app.domain.identity: customer identity validation and masking."""

from __future__ import annotations

import re
from datetime import date

import pytest
from identity_reference import (
    USCC_ALPHABET,
    credit_code,
    gb11643_check,
    gb32100_check,
    refusal,
    resident_id,
    wrong_char,
)

from counter_app.domain.identity import (
    IdType,
    birth_date_from_resident_id,
    credit_code_check_char,
    normalize_id_number,
    normalize_text,
    resident_id_check_digit,
    validate_credit_code,
    validate_id_number,
    validate_resident_id,
)
from counter_app.views.errors import error_message as describe

TODAY = date(2024, 6, 1)


CJK = re.compile(r"[\u4e00-\u9fff]")


# --------------------------------------------------------------------------------------------
# Reference implementations agree with known values
# --------------------------------------------------------------------------------------------


def test_reference_weights_match_the_standards() -> None:
    assert [pow(2, 17 - k, 11) for k in range(17)] == [
        7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
    ]  # fmt: skip
    assert [pow(3, k, 31) for k in range(17)] == [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ]  # fmt: skip


# --------------------------------------------------------------------------------------------
# normalize_text / normalize_id_number
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１２３", "123"),
        ("ＡＢＣａｂｃ", "ABCabc"),
        ("  张三  ", "张三"),
        ("\u3000张三\u3000", "张三"),
        ("3＃楼", "3#楼"),
        ("北京市，朝阳区（东区）", "北京市，朝阳区（东区）"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("110105 19491231 002x", "11010519491231002X"),
        ("１１０１０５－１９４９", "1101051949"),
        (" e1234-5678 ", "E12345678"),
        ("h\u300012345678", "H12345678"),
        ("110105\u201319491231", "11010519491231"),
    ],
)
def test_normalize_id_number(raw: str, expected: str) -> None:
    assert normalize_id_number(raw) == expected


# --------------------------------------------------------------------------------------------
# Resident ID check digit and birth date
# --------------------------------------------------------------------------------------------


def test_known_example_check_digit_is_x() -> None:
    assert gb11643_check("11010519491231002") == "X"
    assert resident_id_check_digit("11010519491231002") == "X"


@pytest.mark.parametrize(
    "first17",
    [
        "11010519491231002",
        "11010119900307123",
        "44030419851215001",
        "31011520000229004",  # leap day
        "65010219000101000",  # earliest allowed birth date
        "51010720240601567",  # born today
        "21020319770512889",
        "37020219680808111",
        "50010319991231999",
        "33010620101010777",
        "43010219550505055",
    ],
)
def test_check_digit_matches_reference(first17: str) -> None:
    assert resident_id_check_digit(first17) == gb11643_check(first17)


def test_check_digit_covers_every_outcome() -> None:
    # Varying the sequence number walks through all eleven remainders.
    seen = {resident_id_check_digit(f"11010519900101{n:03d}") for n in range(200)}
    assert seen == set("0123456789X")


@pytest.mark.parametrize("bad", ["1101051949123100", "110105194912310021", "1101051949123100A", ""])
def test_check_digit_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError, match="17 digits"):
        resident_id_check_digit(bad)


def test_birth_date_from_resident_id() -> None:
    assert birth_date_from_resident_id(resident_id("11010519491231002")) == date(1949, 12, 31)


def test_birth_date_from_resident_id_impossible_date() -> None:
    issue = refusal(birth_date_from_resident_id, resident_id("11010519990231002"))
    assert issue.code == "id.birth_date"
    assert issue.params["value"] == "19990231"


# --------------------------------------------------------------------------------------------
# validate_resident_id
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first17",
    [
        "11010519491231002",
        "11010119900307123",
        "44030419851215001",
        "31011520000229004",
        "65010219000101000",
        "51010720240601567",
    ],
)
def test_valid_resident_ids(first17: str) -> None:
    number = resident_id(first17)
    assert validate_resident_id(number, TODAY) == number
    assert validate_id_number(IdType.RESIDENT_ID, number, TODAY) == number


def test_known_example_with_x_is_valid() -> None:
    assert validate_resident_id("11010519491231002X", TODAY) == "11010519491231002X"


def test_lowercase_x_is_uppercased() -> None:
    assert validate_resident_id("11010519491231002x", TODAY) == "11010519491231002X"


def test_full_width_digits_are_normalised() -> None:
    assert (
        validate_resident_id("１１０１０５１９４９１２３１００２Ｘ", TODAY) == "11010519491231002X"
    )
    assert (
        validate_resident_id("１１０１０５１９４９１２３１００２ｘ", TODAY) == "11010519491231002X"
    )


@pytest.mark.parametrize(
    "raw",
    [
        "  11010519491231002X  ",
        "\t11010519491231002X\n",
        "\u300011010519491231002X\u3000",
        "110105 19491231 002X",
        "110105-19491231-002X",
    ],
)
def test_spaces_and_hyphens_are_removed(raw: str) -> None:
    assert validate_resident_id(raw, TODAY) == "11010519491231002X"


def test_wrong_check_digit_names_the_expected_digit() -> None:
    number = resident_id("11010119900307123")
    expected = number[-1]
    bad = number[:-1] + wrong_char(expected, "0123456789X")
    issue = refusal(validate_resident_id, bad, TODAY)
    assert issue.code == "id.check_digit"
    assert issue.field == "id_number"
    assert issue.params["expected"] == expected
    assert issue.params["actual"] == bad[-1]
    assert f"应为 {expected}" in describe(issue)


def test_wrong_check_digit_for_known_example() -> None:
    issue = refusal(validate_resident_id, "110105194912310021", TODAY)
    assert describe(issue).startswith("身份证号校验位错误：应为 X")


def test_impossible_birth_date() -> None:
    issue = refusal(validate_resident_id, resident_id("11010519990231002"), TODAY)
    assert issue.code == "id.birth_date"
    assert describe(issue) == "出生日期 19990231 不存在"


@pytest.mark.parametrize("birth", ["19991301", "19990001", "19990100", "20230229", "00000101"])
def test_other_impossible_birth_dates(birth: str) -> None:
    issue = refusal(validate_resident_id, resident_id(f"110105{birth}002"), TODAY)
    assert issue.code == "id.birth_date"
    assert issue.params["value"] == birth


def test_future_birth_date() -> None:
    issue = refusal(validate_resident_id, resident_id("11010520240602002"), TODAY)
    assert issue.code == "id.birth_future"
    assert issue.params["value"] == "20240602"
    assert "20240602" in describe(issue)


def test_birth_date_today_is_accepted() -> None:
    number = resident_id("11010520240601002")
    assert validate_resident_id(number, TODAY) == number


def test_birth_before_1900() -> None:
    issue = refusal(validate_resident_id, resident_id("11010518991231002"), TODAY)
    assert issue.code == "id.birth_too_early"
    assert "18991231" in describe(issue)


def test_seventeen_digits() -> None:
    issue = refusal(validate_resident_id, "11010519491231002", TODAY)
    assert issue.code == "id.length"
    assert issue.params["expected"] == 18
    assert issue.params["actual"] == 17
    assert describe(issue) == "身份证号应为 18 位，现为 17 位"


def test_nineteen_digits() -> None:
    issue = refusal(validate_resident_id, resident_id("11010519491231002") + "1", TODAY)
    assert issue.code == "id.length"
    assert issue.params["actual"] == 19


@pytest.mark.parametrize(
    ("raw", "char", "position"),
    [
        ("1101051949123I002X", "I", 14),
        ("11O10519491231002X", "O", 3),
        ("110105194912310O2X", "O", 16),
        ("110105.19491231002X", ".", 7),
        ("张三", "张", 1),
    ],
)
def test_letters_inside_are_refused(raw: str, char: str, position: int) -> None:
    issue = refusal(validate_resident_id, raw, TODAY)
    assert issue.code == "id.chars"
    assert issue.params["char"] == char
    assert issue.params["position"] == position
    assert char in describe(issue)


def test_x_in_the_middle_is_refused() -> None:
    issue = refusal(validate_resident_id, "1101051949X2310021", TODAY)
    assert issue.code == "id.x_position"


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", " - "])
def test_empty_resident_id(raw: str) -> None:
    issue = refusal(validate_resident_id, raw, TODAY)
    assert issue.code == "id.empty"


def test_resident_id_with_hmt_region_suggests_other_type() -> None:
    issue = refusal(validate_resident_id, resident_id("81000019900101001"), TODAY)
    assert issue.code == "id.resident_region"
    assert issue.params["actual"] == "81"
    assert "港澳台居民居住证" in describe(issue)


# --------------------------------------------------------------------------------------------
# Other document types
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_hmt_residence_permit_valid(prefix: str) -> None:
    number = resident_id(f"{prefix}19900101001")
    assert validate_id_number(IdType.HMT_RESIDENCE, number, TODAY) == number
    lower = number.lower()
    assert validate_id_number(IdType.HMT_RESIDENCE, lower, TODAY) == number


def test_hmt_residence_permit_wrong_region() -> None:
    issue = refusal(
        validate_id_number, IdType.HMT_RESIDENCE, resident_id("11010519491231002"), TODAY
    )
    assert issue.code == "id.hmt_region"
    assert issue.params["actual"] == "11"
    assert "81" in describe(issue)


def test_hmt_residence_permit_checks_digit_and_date() -> None:
    number = resident_id("81000019900101001")
    bad = number[:-1] + wrong_char(number[-1], "0123456789")
    issue = refusal(validate_id_number, IdType.HMT_RESIDENCE, bad, TODAY)
    assert issue.code == "id.check_digit"
    assert describe(issue).startswith("居住证号码校验位错误")

    issue = refusal(
        validate_id_number, IdType.HMT_RESIDENCE, resident_id("82000019990231001"), TODAY
    )
    assert issue.code == "id.birth_date"

    issue = refusal(validate_id_number, IdType.HMT_RESIDENCE, "8300001990010100", TODAY)
    assert issue.code == "id.length"
    assert issue.params["id_type"] == "hmt_residence"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("E12345678", "E12345678"),
        ("e1234 5678", "E12345678"),
        ("ＧＢ１２３４５", "GB12345"),
        ("A1234", "A1234"),
        ("AB34567890123456789C", "AB34567890123456789C"),
        ("  p-123-456  ", "P123456"),
    ],
)
def test_passport_valid(raw: str, expected: str) -> None:
    assert validate_id_number(IdType.PASSPORT, raw, TODAY) == expected


@pytest.mark.parametrize(("raw", "actual"), [("A123", 4), ("A" * 21, 21)])
def test_passport_length(raw: str, actual: int) -> None:
    issue = refusal(validate_id_number, IdType.PASSPORT, raw, TODAY)
    assert issue.code == "id.length_range"
    assert (issue.params["min"], issue.params["max"], issue.params["actual"]) == (5, 20, actual)
    assert "5–20" in describe(issue)


@pytest.mark.parametrize(
    ("raw", "char"), [("E1234/5678", "/"), ("护照12345", "护"), ("E1234.56", ".")]
)
def test_passport_chars(raw: str, char: str) -> None:
    issue = refusal(validate_id_number, IdType.PASSPORT, raw, TODAY)
    assert issue.code == "id.chars"
    assert issue.params["char"] == char
    assert "字母和数字" in describe(issue)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("H12345678", "H12345678"),
        ("M1234567890", "M1234567890"),
        ("h 1234 5678", "H12345678"),
        ("Ｍ１２３４５６７８", "M12345678"),
    ],
)
def test_hm_permit_valid(raw: str, expected: str) -> None:
    assert validate_id_number(IdType.HM_PERMIT, raw, TODAY) == expected


@pytest.mark.parametrize(
    "raw", ["H1234567", "H123456789", "H123456789012", "C12345678", "12345678", "HH12345678"]
)
def test_hm_permit_invalid(raw: str) -> None:
    issue = refusal(validate_id_number, IdType.HM_PERMIT, raw, TODAY)
    assert issue.code == "id.hm_permit_format"
    assert "H 或 M" in describe(issue)


@pytest.mark.parametrize("id_type", list(IdType))
def test_every_id_type_refuses_empty(id_type: IdType) -> None:
    issue = refusal(validate_id_number, id_type, "  ", TODAY)
    assert issue.code == "id.empty"
    assert issue.params["id_type"] == id_type.value


def test_id_type_values_and_labels() -> None:
    assert [t.value for t in IdType] == ["resident_id", "hmt_residence", "passport", "hm_permit"]
    assert IdType.RESIDENT_ID.label == "居民身份证"
    assert IdType.HMT_RESIDENCE.label == "港澳台居民居住证"
    assert IdType.PASSPORT.label == "护照"
    assert IdType.HM_PERMIT.label == "港澳居民来往内地通行证"


# --------------------------------------------------------------------------------------------
# Unified social credit code
# --------------------------------------------------------------------------------------------


def test_known_real_credit_code_is_valid() -> None:
    assert gb32100_check("91350100M000100Y4") == "3"
    assert credit_code_check_char("91350100M000100Y4") == "3"
    assert validate_credit_code("91350100M000100Y43") == "91350100M000100Y43"


@pytest.mark.parametrize(
    "first17",
    [
        "91110000MA01ABCD1",
        "12100000400000012",
        "52440300MJL123456",
        "93440101MA5XXXXXK",
        "31110000123456789",
        "Y1110000000000000",
        "91440300WWWWWWWW0",
    ],
)
def test_credit_code_check_char_matches_reference(first17: str) -> None:
    assert credit_code_check_char(first17) == gb32100_check(first17)
    code = credit_code(first17)
    assert validate_credit_code(code) == code


def test_credit_code_check_char_covers_alphabet() -> None:
    seen = {credit_code_check_char(f"9111000012345{n:04d}") for n in range(400)}
    assert seen == set(USCC_ALPHABET)


@pytest.mark.parametrize("bad", ["91350100M000100Y", "91350100M000100YI4", ""])
def test_credit_code_check_char_rejects_bad_input(bad: str) -> None:
    with pytest.raises(ValueError, match="17 credit-code"):
        credit_code_check_char(bad)


@pytest.mark.parametrize(
    "raw",
    ["91350100m000100y43", " 9135 0100 M000 100Y 43 ", "９１３５０１００Ｍ０００１００Ｙ４３"],
)
def test_credit_code_normalisation(raw: str) -> None:
    assert validate_credit_code(raw) == "91350100M000100Y43"


def test_credit_code_wrong_check() -> None:
    bad = "91350100M000100Y4" + wrong_char("3", USCC_ALPHABET)
    issue = refusal(validate_credit_code, bad)
    assert issue.code == "uscc.check"
    assert issue.field == "credit_code"
    assert issue.params["expected"] == "3"
    assert "应为 3" in describe(issue)


@pytest.mark.parametrize("letter", ["I", "O", "Z", "S", "V"])
def test_credit_code_forbidden_letters(letter: str) -> None:
    raw = "91350100M000100" + letter + "43"
    issue = refusal(validate_credit_code, raw)
    assert issue.code == "uscc.chars"
    assert issue.params["char"] == letter
    assert issue.params["position"] == 16
    assert "I、O、Z、S、V" in describe(issue)


def test_credit_code_other_bad_char() -> None:
    issue = refusal(validate_credit_code, "91350100M000100#43")
    assert issue.code == "uscc.chars"
    assert "数字和大写字母" in describe(issue)


@pytest.mark.parametrize(
    ("raw", "actual"), [("91350100M000100Y4", 17), ("91350100M000100Y433", 19)]
)
def test_credit_code_wrong_length(raw: str, actual: int) -> None:
    issue = refusal(validate_credit_code, raw)
    assert issue.code == "uscc.length"
    assert issue.params["actual"] == actual
    assert f"现为 {actual} 位" in describe(issue)


def test_credit_code_empty() -> None:
    issue = refusal(validate_credit_code, " ")
    assert issue.code == "uscc.empty"
