"""Validation and normalisation of customer identity data typed at the counter.

Clerks type ID numbers, phone numbers, names and addresses from paper documents, often with a
Chinese input method left in full-width mode. Everything here first normalises what was typed,
then either returns the canonical value to store or raises :class:`ValidationIssue` with a
machine code and its params. The views word the code (``counter_app.views.messages``), so
nothing in this module depends on Qt or the database, and nothing here is a sentence for people.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum

from counter_app.domain.errors import CodedError, InvalidInput


class IdType(StrEnum):
    """Identity documents accepted for individual customers. Values are stored: never rename."""

    RESIDENT_ID = "resident_id"  # 居民身份证
    HMT_RESIDENCE = "hmt_residence"  # 港澳台居民居住证
    PASSPORT = "passport"  # 护照
    HM_PERMIT = "hm_permit"  # 港澳居民来往内地通行证

    @property
    def label(self) -> str:
        """The document's name as printed on forms, in Simplified Chinese."""
        return _ID_TYPE_LABELS[self]


_ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.RESIDENT_ID: "居民身份证",
    IdType.HMT_RESIDENCE: "港澳台居民居住证",
    IdType.PASSPORT: "护照",
    IdType.HM_PERMIT: "港澳居民来往内地通行证",
}


class ValidationIssue(CodedError, InvalidInput):
    """A typed value that cannot be accepted.

    Attributes:
        code: Stable machine code such as ``"id.check_digit"``; views key messages on it.
        field: Name of the input field the value came from, so a view can focus it.
        params: Details for the message, e.g. the expected check digit or the offending
            character.
    """

    def __init__(self, code: str, field: str, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code, **dict(params or {}))
        self.field = field
        self.params: dict[str, object] = dict(params or {})

    def __str__(self) -> str:
        return (
            f"{self.field}: {self.code} {self.params}"
            if self.params
            else f"{self.field}: {self.code}"
        )

    def __repr__(self) -> str:
        return f"ValidationIssue({self.code!r}, {self.field!r}, {self.params!r})"


def _free_text_codes(*kinds: str) -> frozenset[str]:
    return frozenset(
        f"{k}.{issue}" for k in kinds for issue in ("empty", "too_long", "emoji", "control")
    )


#: Every code the validators of this module raise.
ISSUE_CODES: frozenset[str] = frozenset(
    {
        "id.empty",
        "id.length",
        "id.length_range",
        "id.chars",
        "id.x_position",
        "id.check_digit",
        "id.birth_date",
        "id.birth_future",
        "id.birth_too_early",
        "id.hmt_region",
        "id.resident_region",
        "id.hm_permit_format",
        "uscc.empty",
        "uscc.length",
        "uscc.chars",
        "uscc.check",
        "phone.empty",
        "phone.chars",
        "phone.length",
        "phone.format",
        "name.dot",
        "name.chars",
        "org_name.chars",
        "address.chars",
    }
) | _free_text_codes("name", "org_name", "address")


# --------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------

_FULLWIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E are U+0021..U+007E shifted by this amount

# Full-width punctuation that Chinese text uses on purpose. Turning "，" into "," in an address
# would change how it prints, so free text keeps these; codes and numbers convert everything.
_CJK_TEXT_PUNCTUATION = frozenset("！（），：；？～")

_TO_ASCII_ALL: dict[int, int] = {cp: cp - _FULLWIDTH_OFFSET for cp in range(0xFF01, 0xFF5F)}
_TO_ASCII_ALL[0x3000] = 0x20
_TO_ASCII_TEXT: dict[int, int] = {
    cp: to for cp, to in _TO_ASCII_ALL.items() if chr(cp) not in _CJK_TEXT_PUNCTUATION
}

_ASCII_UPPER: dict[int, int] = {cp: cp - 32 for cp in range(ord("a"), ord("z") + 1)}

# Python's str.isspace() also accepts the ASCII separators U+001C..U+001F, which are control
# characters we want to refuse, so whitespace is defined explicitly.
_EXTRA_WHITESPACE = frozenset("\t\n\r\v\f\u2028\u2029")

# Hyphen look-alikes that keyboards and copy-paste put into grouped numbers.
_HYPHENS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")

# Separators people type in minority and foreign names; the standard one is U+00B7.
_NAME_DOT = "·"
_NAME_DOT_VARIANTS = str.maketrans(
    {
        "•": _NAME_DOT,
        "．": _NAME_DOT,
        "・": _NAME_DOT,
        "･": _NAME_DOT,
        "‧": _NAME_DOT,
        "∙": _NAME_DOT,
        "⋅": _NAME_DOT,
    }
)


def _is_whitespace(ch: str) -> bool:
    return ch in _EXTRA_WHITESPACE or unicodedata.category(ch) == "Zs"


def _strip(s: str) -> str:
    start, end = 0, len(s)
    while start < end and _is_whitespace(s[start]):
        start += 1
    while end > start and _is_whitespace(s[end - 1]):
        end -= 1
    return s[start:end]


def _collapse_whitespace(s: str) -> str:
    out: list[str] = []
    pending_space = False
    for ch in _strip(s):
        if _is_whitespace(ch):
            pending_space = True
            continue
        if pending_space:
            out.append(" ")
            pending_space = False
        out.append(ch)
    return "".join(out)


def normalize_text(s: str) -> str:
    """Convert full-width ASCII look-alikes to ASCII and trim surrounding whitespace.

    Full-width letters, digits, the ideographic space and symbols such as ``＃`` or ``－``
    become their ASCII forms. Full-width punctuation that Chinese prose uses natively
    (``，：；！？（）～``) is kept, so an address prints the way it was written.

    Args:
        s: Text as typed.

    Returns:
        The converted text without leading or trailing whitespace.
    """
    return _strip(s.translate(_TO_ASCII_TEXT))


def _normalize_code(raw: str) -> str:
    """Full conversion for numbers and codes: every full-width form, no separators, upper case."""
    converted = raw.translate(_TO_ASCII_ALL).translate(_ASCII_UPPER)
    return "".join(ch for ch in converted if ch not in _HYPHENS and not _is_whitespace(ch))


def normalize_id_number(raw: str) -> str:
    """Normalise an identity document number before validation or storage.

    Full-width characters become ASCII, spaces and hyphens anywhere are dropped (clerks copy
    numbers in groups) and letters are upper-cased, so a trailing ``x`` becomes ``X``.

    Args:
        raw: The number as typed.

    Returns:
        The normalised number; it may still be invalid.
    """
    return _normalize_code(raw)


# --------------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------------

_EMOJI_RANGES: tuple[tuple[int, int], ...] = (
    (0x1F000, 0x1FAFF),  # pictographs, emoticons, transport, flags (regional indicators) ...
    (0x2600, 0x27BF),  # miscellaneous symbols and dingbats: ☀ ★ ✂ ❤
    (0x231A, 0x231B),
    (0x23E9, 0x23FA),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    # Joiners and selectors only occur inside emoji sequences in what clerks type; reporting
    # them as emoji is clearer than calling them invisible control characters.
    (0x200D, 0x200D),
    (0x20E3, 0x20E3),
    (0xFE0E, 0xFE0F),
    (0xE0020, 0xE007F),
)


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _EMOJI_RANGES)


def _is_control(ch: str) -> bool:
    # Format characters (Cf) include bidi overrides that make stored text display misleadingly;
    # unassigned, private-use and surrogate code points cannot be printed reliably.
    return unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def has_forbidden_characters(value: str) -> bool:
    """Whether ``value`` holds emoji or control characters, which no stored name or address
    may (docs/domain.md §3); for texts without a validator of their own (hall names)."""
    return any(_is_emoji(ch) or _is_control(ch) for ch in value)


def _is_letter_or_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] in {"L", "M"}


def _codepoint(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _check_characters(value: str, field: str, prefix: str, allowed: Callable[[str], bool]) -> None:
    for ch in value:
        if _is_emoji(ch):
            raise ValidationIssue(f"{prefix}.emoji", field, {"char": ch})
        if _is_control(ch):
            raise ValidationIssue(
                f"{prefix}.control", field, {"char": ch, "codepoint": _codepoint(ch)}
            )
        if not allowed(ch):
            raise ValidationIssue(f"{prefix}.chars", field, {"char": ch})


def _check_length(value: str, field: str, prefix: str, max_length: int) -> None:
    if not value:
        raise ValidationIssue(f"{prefix}.empty", field)
    if len(value) > max_length:
        raise ValidationIssue(
            f"{prefix}.too_long", field, {"max": max_length, "actual": len(value)}
        )


# --------------------------------------------------------------------------------------------
# Resident identity card (GB 11643-1999) and Hong Kong / Macau / Taiwan residence permit
# --------------------------------------------------------------------------------------------

RESIDENT_ID_LENGTH = 18
_RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID_CHECK = "10X98765432"  # indexed by the weighted sum mod 11 (ISO 7064 MOD 11-2)
_EARLIEST_BIRTH = date(1900, 1, 1)
_HMT_REGIONS = {"81": "香港", "82": "澳门", "83": "台湾"}
_ID_FIELD = "id_number"


def resident_id_check_digit(first17: str) -> str:
    """Compute the check character of an 18-digit resident ID number.

    Args:
        first17: The first 17 characters, all ASCII digits.

    Returns:
        ``"0"`` to ``"9"`` or ``"X"``.

    Raises:
        ValueError: If ``first17`` is not exactly 17 ASCII digits; that is a programming
            error, not a typing mistake.
    """
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"expected 17 digits, got {first17!r}")
    total = sum(int(d) * w for d, w in zip(first17, _RESIDENT_ID_WEIGHTS, strict=True))
    return _RESIDENT_ID_CHECK[total % 11]


def birth_date_from_resident_id(number: str) -> date:
    """Read the birth date encoded in positions 7 to 14 of an 18-character ID number.

    Args:
        number: A normalised 18-character resident ID or residence permit number.

    Returns:
        The birth date.

    Raises:
        ValidationIssue: ``id.birth_date`` if those positions are not a real calendar date.
    """
    digits = number[6:14]
    if len(digits) != 8 or not (digits.isascii() and digits.isdigit()):
        raise ValidationIssue("id.birth_date", _ID_FIELD, {"value": digits})
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise ValidationIssue("id.birth_date", _ID_FIELD, {"value": digits}) from None


def _validate_eighteen_char_id(raw: str, today: date, id_type: IdType) -> str:
    number = normalize_id_number(raw)
    base = {"id_type": str(id_type)}
    if not number:
        raise ValidationIssue("id.empty", _ID_FIELD, base)
    # Characters before length: "第 5 位的 O 不是数字" helps more than "长度不对" when a
    # letter O was typed for a zero.
    for position, ch in enumerate(number, start=1):
        if not (ch.isascii() and (ch.isdigit() or ch == "X")):
            raise ValidationIssue("id.chars", _ID_FIELD, {**base, "char": ch, "position": position})
    if len(number) != RESIDENT_ID_LENGTH:
        raise ValidationIssue(
            "id.length",
            _ID_FIELD,
            {**base, "expected": RESIDENT_ID_LENGTH, "actual": len(number)},
        )
    if "X" in number[:-1]:
        raise ValidationIssue("id.x_position", _ID_FIELD, base)

    region = number[:2]
    if id_type is IdType.HMT_RESIDENCE and region not in _HMT_REGIONS:
        raise ValidationIssue("id.hmt_region", _ID_FIELD, {**base, "actual": region})
    if id_type is IdType.RESIDENT_ID and region in _HMT_REGIONS:
        # Residence permits share the format; the clerk most likely picked the wrong type.
        raise ValidationIssue("id.resident_region", _ID_FIELD, {**base, "actual": region})

    # The birth date is checked before the check digit because it names the exact mistake,
    # whereas a wrong check digit only says that some digit is wrong.
    born = birth_date_from_resident_id(number)
    if born > today:
        raise ValidationIssue("id.birth_future", _ID_FIELD, {**base, "value": number[6:14]})
    if born < _EARLIEST_BIRTH:
        raise ValidationIssue("id.birth_too_early", _ID_FIELD, {**base, "value": number[6:14]})

    expected = resident_id_check_digit(number[:17])
    if number[17] != expected:
        raise ValidationIssue(
            "id.check_digit", _ID_FIELD, {**base, "expected": expected, "actual": number[17]}
        )
    return number


def validate_resident_id(raw: str, today: date) -> str:
    """Validate a 居民身份证 number.

    Args:
        raw: The number as typed; full-width digits, spaces, hyphens and ``x`` are accepted.
        today: The business date; birth dates after it are refused.

    Returns:
        The normalised 18-character number.

    Raises:
        ValidationIssue: With an ``id.*`` code describing the first problem found.
    """
    return _validate_eighteen_char_id(raw, today, IdType.RESIDENT_ID)


PASSPORT_MIN_LENGTH = 5
PASSPORT_MAX_LENGTH = 20
_HM_PERMIT_RE = re.compile(r"[HM][0-9]{8}(?:[0-9]{2})?")


def _validate_passport(raw: str) -> str:
    number = normalize_id_number(raw)
    base = {"id_type": str(IdType.PASSPORT)}
    if not number:
        raise ValidationIssue("id.empty", _ID_FIELD, base)
    for position, ch in enumerate(number, start=1):
        if not (ch.isascii() and ch.isalnum()):
            raise ValidationIssue("id.chars", _ID_FIELD, {**base, "char": ch, "position": position})
    if not PASSPORT_MIN_LENGTH <= len(number) <= PASSPORT_MAX_LENGTH:
        raise ValidationIssue(
            "id.length_range",
            _ID_FIELD,
            {
                **base,
                "min": PASSPORT_MIN_LENGTH,
                "max": PASSPORT_MAX_LENGTH,
                "actual": len(number),
            },
        )
    return number


def _validate_hm_permit(raw: str) -> str:
    number = normalize_id_number(raw)
    base = {"id_type": str(IdType.HM_PERMIT)}
    if not number:
        raise ValidationIssue("id.empty", _ID_FIELD, base)
    if not _HM_PERMIT_RE.fullmatch(number):
        raise ValidationIssue("id.hm_permit_format", _ID_FIELD, {**base, "value": number})
    return number


def validate_id_number(id_type: IdType, raw: str, today: date) -> str:
    """Validate an identity document number of the given type.

    Args:
        id_type: The document the customer presented.
        raw: The number as typed.
        today: The business date, used for birth-date checks on 18-character numbers.

    Returns:
        The normalised number to store.

    Raises:
        ValidationIssue: With an ``id.*`` code; ``params["id_type"]`` names the document.
    """
    if id_type is IdType.RESIDENT_ID:
        return validate_resident_id(raw, today)
    if id_type is IdType.HMT_RESIDENCE:
        return _validate_eighteen_char_id(raw, today, IdType.HMT_RESIDENCE)
    if id_type is IdType.PASSPORT:
        return _validate_passport(raw)
    if id_type is IdType.HM_PERMIT:
        return _validate_hm_permit(raw)
    raise ValueError(f"unknown id type {id_type!r}")


# --------------------------------------------------------------------------------------------
# Unified social credit code (GB 32100-2015)
# --------------------------------------------------------------------------------------------

CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_LENGTH = 18
_CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_CODE_VALUES = {ch: i for i, ch in enumerate(CREDIT_CODE_ALPHABET)}
_CREDIT_FIELD = "credit_code"


def credit_code_check_char(first17: str) -> str:
    """Compute the check character (position 18) of a unified social credit code.

    Args:
        first17: The first 17 characters, from :data:`CREDIT_CODE_ALPHABET`.

    Returns:
        One character of :data:`CREDIT_CODE_ALPHABET`.

    Raises:
        ValueError: If ``first17`` has the wrong length or characters outside the alphabet.
    """
    if len(first17) != 17 or any(ch not in _CREDIT_CODE_VALUES for ch in first17):
        raise ValueError(f"expected 17 credit-code characters, got {first17!r}")
    total = sum(
        _CREDIT_CODE_VALUES[ch] * w for ch, w in zip(first17, _CREDIT_CODE_WEIGHTS, strict=True)
    )
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(raw: str) -> str:
    """Validate a 统一社会信用代码.

    Args:
        raw: The code as typed; full-width characters, spaces, hyphens and lower case are
            accepted.

    Returns:
        The normalised 18-character code.

    Raises:
        ValidationIssue: ``uscc.empty``, ``uscc.chars``, ``uscc.length`` or ``uscc.check``.
    """
    code = _normalize_code(raw)
    if not code:
        raise ValidationIssue("uscc.empty", _CREDIT_FIELD)
    for position, ch in enumerate(code, start=1):
        if ch not in _CREDIT_CODE_VALUES:
            raise ValidationIssue("uscc.chars", _CREDIT_FIELD, {"char": ch, "position": position})
    if len(code) != CREDIT_CODE_LENGTH:
        raise ValidationIssue(
            "uscc.length", _CREDIT_FIELD, {"expected": CREDIT_CODE_LENGTH, "actual": len(code)}
        )
    expected = credit_code_check_char(code[:17])
    if code[17] != expected:
        raise ValidationIssue(
            "uscc.check", _CREDIT_FIELD, {"expected": expected, "actual": code[17]}
        )
    return code


# --------------------------------------------------------------------------------------------
# Mobile phone
# --------------------------------------------------------------------------------------------

MOBILE_LENGTH = 11
_COUNTRY_PREFIXES = ("+86", "0086", "86")


def validate_mobile(raw: str, *, field: str = "phone") -> str:
    """Validate a mainland China mobile number.

    Args:
        raw: The number as typed; full-width digits, spaces, hyphens and a ``+86`` or ``86``
            country prefix are accepted.
        field: Field name reported in a :class:`ValidationIssue`, e.g. ``"emergency_phone"``.

    Returns:
        The 11-digit number without prefix.

    Raises:
        ValidationIssue: ``phone.empty``, ``phone.chars``, ``phone.length`` or
            ``phone.format``.
    """
    number = _normalize_code(raw)
    if not number:
        raise ValidationIssue("phone.empty", field)
    for prefix in _COUNTRY_PREFIXES:
        # Only strip a bare "86" when what remains is a full number, since no mainland
        # mobile starts with 86 but a mistyped one might be short.
        if number.startswith(prefix) and (
            prefix.startswith("+") or len(number) == len(prefix) + MOBILE_LENGTH
        ):
            number = number[len(prefix) :]
            break
    for ch in number:
        if not (ch.isascii() and ch.isdigit()):
            raise ValidationIssue("phone.chars", field, {"char": ch})
    if len(number) != MOBILE_LENGTH:
        raise ValidationIssue(
            "phone.length", field, {"expected": MOBILE_LENGTH, "actual": len(number)}
        )
    if number[0] != "1" or number[1] not in "3456789":
        raise ValidationIssue("phone.format", field, {"value": number})
    return number


# --------------------------------------------------------------------------------------------
# Names and addresses
# --------------------------------------------------------------------------------------------

PERSON_NAME_MAX_LENGTH = 50
ORG_NAME_MAX_LENGTH = 100
ADDRESS_MAX_LENGTH = 200

_ORG_NAME_EXTRA = frozenset("·()（）&.,-、")
# Angle brackets would let an address be rendered as markup by widgets that auto-detect rich
# text; nothing in a postal address needs them.
_ADDRESS_FORBIDDEN = frozenset("<>")


def _normalize_name(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw.translate(_NAME_DOT_VARIANTS))
    text = _collapse_whitespace(normalize_text(text))
    # "阿卜杜 · 热合曼" and "阿卜杜·热合曼" are the same name; keep one spelling.
    return text.replace(f" {_NAME_DOT}", _NAME_DOT).replace(f"{_NAME_DOT} ", _NAME_DOT)


def _person_name_char_allowed(ch: str) -> bool:
    return ch == " " or ch == _NAME_DOT or _is_letter_or_mark(ch)


def validate_person_name(raw: str, *, field: str = "name") -> str:
    """Validate an individual's name.

    Letters of any script, spaces and the middle dot ``·`` used in minority and foreign names
    are allowed; ``•`` and ``．`` are converted to ``·``. Digits and symbols are refused.

    Args:
        raw: The name as typed.
        field: Field name reported in a :class:`ValidationIssue`, e.g. ``"emergency_name"``.

    Returns:
        The name, trimmed, with whitespace runs collapsed to one space.

    Raises:
        ValidationIssue: ``name.empty``, ``name.too_long``, ``name.emoji``, ``name.control``,
            ``name.chars`` or ``name.dot``.
    """
    name = _normalize_name(raw)
    _check_length(name, field, "name", PERSON_NAME_MAX_LENGTH)
    _check_characters(name, field, "name", _person_name_char_allowed)
    if name.startswith(_NAME_DOT) or name.endswith(_NAME_DOT) or _NAME_DOT * 2 in name:
        raise ValidationIssue("name.dot", field)
    if unicodedata.category(name[0])[0] == "M":
        # A combining mark with nothing to combine with is invisible garbage.
        raise ValidationIssue("name.chars", field, {"char": name[0]})
    return name


def _org_name_char_allowed(ch: str) -> bool:
    return (
        ch == " "
        or ch in _ORG_NAME_EXTRA
        or (ch.isascii() and ch.isdigit())
        or _is_letter_or_mark(ch)
    )


def validate_org_name(raw: str, *, field: str = "org_name") -> str:
    """Validate an organisation's registered name.

    Like a person's name, but up to 100 characters and also allowing digits, parentheses
    (half- and full-width) and ``& . , - 、`` as found in registered company names.

    Args:
        raw: The name as typed.
        field: Field name reported in a :class:`ValidationIssue`.

    Returns:
        The name, trimmed, with whitespace runs collapsed to one space.

    Raises:
        ValidationIssue: ``org_name.empty``, ``org_name.too_long``, ``org_name.emoji``,
            ``org_name.control`` or ``org_name.chars``.
    """
    name = unicodedata.normalize("NFC", normalize_text(raw.replace("•", _NAME_DOT)))
    name = _collapse_whitespace(name)
    _check_length(name, field, "org_name", ORG_NAME_MAX_LENGTH)
    _check_characters(name, field, "org_name", _org_name_char_allowed)
    return name


def _address_char_allowed(ch: str) -> bool:
    return ch not in _ADDRESS_FORBIDDEN


def validate_address(raw: str, *, field: str = "address") -> str:
    """Validate a postal or service address.

    Any printable text is accepted (Chinese, letters, digits, ordinary punctuation, ``#``,
    ``号``, brackets...), except emoji, control characters and ``< >``. Text that happens to
    look like SQL is just text: the database layer binds parameters.

    Args:
        raw: The address as typed.
        field: Field name reported in a :class:`ValidationIssue`.

    Returns:
        The address, trimmed, with whitespace runs collapsed to one space.

    Raises:
        ValidationIssue: ``address.empty``, ``address.too_long``, ``address.emoji``,
            ``address.control`` or ``address.chars``.
    """
    address = _collapse_whitespace(unicodedata.normalize("NFC", normalize_text(raw)))
    _check_length(address, field, "address", ADDRESS_MAX_LENGTH)
    _check_characters(address, field, "address", _address_char_allowed)
    return address


# --------------------------------------------------------------------------------------------
# Masking and duplicate detection
# --------------------------------------------------------------------------------------------


def mask_id_number(number: str) -> str:
    """Mask a document number for screens and printouts.

    Numbers of 18 characters or more keep the first 6 and last 4 (``110101********1234``);
    shorter numbers keep the first 2 and last 2; numbers of 4 characters or fewer are fully
    masked because keeping 4 characters would reveal all of them.

    Args:
        number: A document number, normally already normalised.

    Returns:
        The masked number, with one ``*`` per hidden character.
    """
    value = normalize_id_number(number)
    if len(value) >= RESIDENT_ID_LENGTH:
        head, tail = 6, 4
    elif len(value) > 4:
        head, tail = 2, 2
    else:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


def mask_phone(phone: str) -> str:
    """Mask a phone number for screens and printouts.

    Args:
        phone: A mobile number (any accepted input form) or another phone number.

    Returns:
        ``138****5678`` for mobiles; otherwise the first 3 and last 4 characters with the rest
        starred, or all but the last 2 starred for very short numbers.
    """
    try:
        value = validate_mobile(phone)
    except ValidationIssue:
        value = _normalize_code(phone)
    if len(value) >= 8:
        return value[:3] + "*" * (len(value) - 7) + value[-4:]
    if len(value) > 2:
        return "*" * (len(value) - 2) + value[-2:]
    return "*" * len(value)


def _name_key(name: str) -> str:
    # Spaces and the middle dot are dropped so "阿卜杜 热合曼", "阿卜杜·热合曼" and
    # "阿卜杜热合曼" compare equal; casefold for Latin-script names.
    return _normalize_name(name).replace(" ", "").replace(_NAME_DOT, "").casefold()


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def names_similar(a: str, b: str) -> bool:
    """Tell whether two names are close enough to warn about a possible duplicate customer.

    Used together with an identical phone number. Names are compared after normalisation,
    ignoring spaces, ``·`` and letter case.

    Args:
        a: One name as typed or stored.
        b: The other name.

    Returns:
        True if the names are equal, one contains the other, or both have at least 2
        characters and differ by at most one insertion, deletion or substitution.
    """
    ka, kb = _name_key(a), _name_key(b)
    if not ka or not kb:
        return False
    if ka in kb or kb in ka:
        return True
    return min(len(ka), len(kb)) >= 2 and _within_one_edit(ka, kb)
