"""Check characters computed from the standards themselves, and what a validator refuses.

Written from GB 11643 and GB 32100 independently of the module's weight tables, so a wrong
table in counter_app.domain.identity cannot make both sides agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from counter_app.domain.identity import ValidationIssue


def gb11643_check(first17: str) -> str:
    """ISO 7064 MOD 11-2: weight of position i (1-based) is 2**(18 - i) mod 11."""
    total = sum(int(d) * pow(2, 17 - k, 11) for k, d in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gb32100_check(first17: str) -> str:
    """GB 32100-2015: weight of position i (0-based) is 3**i mod 31."""
    total = sum(USCC_ALPHABET.index(c) * pow(3, k, 31) for k, c in enumerate(first17))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def resident_id(first17: str) -> str:
    return first17 + gb11643_check(first17)


def credit_code(first17: str) -> str:
    return first17 + gb32100_check(first17)


def wrong_char(correct: str, alphabet: str) -> str:
    return next(c for c in alphabet if c != correct)


def refusal(validate: Callable[..., object], *args: Any, **kwargs: Any) -> ValidationIssue:
    """The :class:`ValidationIssue` ``validate(*args, **kwargs)`` raises."""
    with pytest.raises(ValidationIssue) as excinfo:
        validate(*args, **kwargs)
    return excinfo.value
