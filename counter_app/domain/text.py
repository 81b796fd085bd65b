"""Text at the boundary: what a person typed is checked once, before any service works on it
(docs/domain.md §11 "Text at the boundary").

Every public service method takes its typed text through :func:`check_arguments` (the
``@requires`` decorator calls it after the permission check), so a control character or an
absurd length is refused in one place with a code the views word, instead of reaching the
database: PostgreSQL refuses a NUL byte with a driver error, SQLite stores it as it is.

What is checked: ``str`` arguments and the ``str`` fields of the request objects a screen
fills in (dataclasses of the services), also inside lists, tuples and dicts. Not checked:
passwords (they are hashed, never stored or searched) and what the services made themselves
and hand back (printed documents, approval grants, register entries: the frozen dataclasses
of :mod:`counter_app.domain`; a readings file as parsed, :data:`MADE_BY_SERVICES`).

Codes (:class:`TextRefused`): ``text.control_character`` (``field``, ``position`` counted from
1, ``character`` as ``U+0000``) and ``text.too_long`` (``field``, ``length``,
``max_length``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from counter_app.domain.errors import CodedError, InvalidInput

#: The longest text any field takes. Each field's own, tighter limit (a name's 50, an
#: address's 200, a complaint's 2,000 characters) is checked by its service and worded beside
#: the field; this one stops absurd input (a pasted page, 10,000 characters) before any work.
TEXT_MAX_LENGTH = 4000

#: Fields where a person may type several lines: tab, line feed and carriage return are
#: allowed there.
MULTILINE_FIELDS = frozenset(
    {
        "note",
        "description",
        "content",
        "demands",
        "resolution",
        "record",
        "agreement",
        "handover_note",
        "what_was_done",
    }
)
#: One-line fields whose service folds every run of whitespace into one space (the identity
#: rules of names and addresses, the search box): a line break pasted into them is a space.
FOLDED_FIELDS = frozenset({"name", "address", "supply_address", "query"})
#: Every other field is one line that is kept as typed - a tender reference, a queue ticket,
#: a reason, a number or a code - and takes no tab or line break.

#: Parameters that are never checked: a password goes to the hash function only.
_UNCHECKED = frozenset({"self", "password", "old_password", "new_password"})

# C0 controls, DEL and the C1 controls; the multi-line variant spares tab, LF and CR.
_CONTROL_LINE = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lines and paragraphs of Unicode itself: a line break by another name.
_UNICODE_BREAKS = re.compile("[\u2028\u2029]")

#: Objects of the services that a service made and is handed back, not typed: a readings
#: file as parsed (its cells are the file's, checked by the import row by row and worded with
#: their row and column; an Excel header may well hold a line break).
MADE_BY_SERVICES = frozenset({"ParsedReadings"})
#: Values that hold no text (money, dates, counts, an attachment's bytes).
_NOT_TEXT = (bytes, bytearray, memoryview, int, float, Decimal, date)
#: How deep request objects nest (a request holding a new customer holding a list ...).
_MAX_DEPTH = 6


class TextRefused(CodedError, InvalidInput):
    """Typed text that no field takes: ``text.control_character`` or ``text.too_long``."""


def clean_text(
    value: str, field: str, *, multiline: bool = False, max_len: int | None = None
) -> str:
    """``value`` when a field may hold it; raise :class:`TextRefused` otherwise.

    Args:
        value: What was typed.
        field: The field's name, given back in the error.
        multiline: The field may hold several lines (tab, LF and CR allowed, as in a field
            of :data:`FOLDED_FIELDS`).
        max_len: The most characters; :data:`TEXT_MAX_LENGTH` by default.
    """
    limit = TEXT_MAX_LENGTH if max_len is None else max_len
    if len(value) > limit:
        raise TextRefused("text.too_long", field=field, length=len(value), max_length=limit)
    breaks = multiline or field in FOLDED_FIELDS
    found = (_CONTROL_TEXT if breaks else _CONTROL_LINE).search(value)
    if found is None and not breaks:
        found = _UNICODE_BREAKS.search(value)
    if found is not None:
        raise TextRefused(
            "text.control_character",
            field=field,
            position=found.start() + 1,
            character=f"U+{ord(found.group()):04X}",
        )
    return value


def has_control_character(value: str) -> bool:
    """Whether a one-line text holds a control character (or a line break)."""
    return _CONTROL_LINE.search(value) is not None or _UNICODE_BREAKS.search(value) is not None


def check_arguments(arguments: Mapping[str, Any]) -> None:
    """Check every typed text among a service call's ``arguments`` (name → value).

    Raises:
        TextRefused: the first text no field takes.
    """
    for name, value in arguments.items():
        if name not in _UNCHECKED:
            _check(value, name, 0)


def _check(value: Any, field: str, depth: int) -> None:
    if value is None:
        return
    if isinstance(value, str):
        clean_text(value, field, multiline=field in MULTILINE_FIELDS)
    elif isinstance(value, PurePath):
        clean_text(str(value), field)
    elif depth >= _MAX_DEPTH or isinstance(value, _NOT_TEXT):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name in _typed_fields(type(value)):
            _check(getattr(value, name), name, depth + 1)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _check(key, field, depth + 1)
            _check(item, field, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        _check_each(value, field, depth + 1)


def _check_each(values: Iterable[Any], field: str, depth: int) -> None:
    for item in values:
        _check(item, field, depth)


@functools.cache
def _typed_fields(cls: type) -> tuple[str, ...]:
    """The fields of a request object to check (worked out once per class). None of a
    document, grant or register entry from :mod:`counter_app.domain`: the services made them
    from checked input, and they go back only to be printed or used."""
    if cls.__module__.startswith("counter_app.domain.") or cls.__qualname__ in MADE_BY_SERVICES:
        return ()
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in _UNCHECKED)
