"""Receipt numbers as people type and scanners read them (docs/domain.md §5).

A receipt number is the hall's code, the year and an 8-digit sequence: ``H01-2026-00001234``.
The receipt's Code 128 barcode holds exactly that; some scanners are set up to drop the
hyphens, and a clerk may type full-width characters, spaces or a dash that only looks like a
hyphen. :func:`receipt_number_in` reads all of those back to the printed form, for the
customer search and for the auditor's check by number alone; :func:`format_receipt_number`
writes that form, so the format is defined here once for writing and reading.
"""

from __future__ import annotations

import re

from counter_app.domain.identity import normalize_text

_YEAR_DIGITS = 4
_SEQ_DIGITS = 8
_HYPHEN_LIKE = re.compile("[\u2010-\u2015\u2212\ufe63\uff0d]")
# A hall code (up to 8 letters and digits, a letter first), the year, the sequence.
_DASHED = re.compile(rf"([A-Z][A-Z0-9]{{0,7}})-(\d{{{_YEAR_DIGITS}}})-(\d{{{_SEQ_DIGITS}}})")
_BARE = re.compile(rf"([A-Z][A-Z0-9]{{0,7}}?)(\d{{{_YEAR_DIGITS}}})(\d{{{_SEQ_DIGITS}}})")


def format_receipt_number(hall_code: str, year: int, seq: int) -> str:
    """The printed receipt number of the hall's ``seq``-th receipt of ``year``."""
    return f"{hall_code}-{year:0{_YEAR_DIGITS}d}-{seq:0{_SEQ_DIGITS}d}"


def receipt_number_in(text: str) -> str | None:
    """The receipt number ``text`` holds, as printed (``H01-2026-00001234``), or None.

    Case, full-width characters, spaces and hyphen look-alikes are forgiven, and so are
    missing hyphens (``H01202600001234``).
    """
    cleaned = _HYPHEN_LIKE.sub("-", normalize_text(text).upper())
    cleaned = "".join(cleaned.split())
    match = _DASHED.fullmatch(cleaned) or _BARE.fullmatch(cleaned)
    return "-".join(match.groups()) if match else None
