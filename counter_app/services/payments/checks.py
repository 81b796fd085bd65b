"""Checks of what the clerk typed, before any database work."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from counter_app.domain.amounts import check_amount
from counter_app.domain.enums import Tender
from counter_app.domain.identity import normalize_text
from counter_app.domain.money import ZERO
from counter_app.domain.tariffs import VOLUME_STEP
from counter_app.services.payments.dto import REASON_MAX_LENGTH, REFERENCE_MAX_LENGTH, TenderLine
from counter_app.services.payments.errors import PaymentInputError

_KEY_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,63}")


@dataclass(frozen=True)
class CheckedTender:
    """A tender line that passed :func:`check_tenders`."""

    tender: Tender
    amount: Decimal
    reference: str | None


def check_key(key: str) -> str:
    """The confirm screen's idempotency key, trimmed."""
    text = (key or "").strip()
    if not _KEY_RE.fullmatch(text):
        raise PaymentInputError("payment.key_invalid", field="idempotency_key")
    return text


def clean_reason(reason: str | None) -> str:
    """A void, refund or reprint reason on one line; it must be there and not too long."""
    text = " ".join(normalize_text(reason or "").split())
    if not text:
        raise PaymentInputError("payment.reason_empty", field="reason")
    if len(text) > REASON_MAX_LENGTH:
        raise PaymentInputError("payment.reason_too_long", field="reason", actual=len(text))
    return text


def check_tenders(
    lines: Sequence[TenderLine | tuple[Any, ...]], amount: Decimal
) -> list[CheckedTender]:
    """The tender lines, each valid, adding up exactly to ``amount``."""
    if not lines:
        raise PaymentInputError("payment.no_tenders", field="tenders")
    tenders: list[CheckedTender] = []
    for index, line in enumerate(lines):
        if isinstance(line, TenderLine):
            raw_tender, raw_amount, raw_ref = line.tender, line.amount, line.reference
        else:
            raw_tender, raw_amount = line[0], line[1]
            raw_ref = line[2] if len(line) > 2 else None
        try:
            tender = Tender(raw_tender)
        except ValueError:
            raise PaymentInputError(
                "payment.tender_invalid", field="tenders", index=index
            ) from None
        value = check_amount(raw_amount, maximum=None, field=f"tenders[{index}]")
        reference = normalize_text(raw_ref or "") or None
        if tender is Tender.CASH:
            reference = None
        elif reference is None:
            raise PaymentInputError(
                "payment.reference_missing", field="tenders", tender=tender.value, index=index
            )
        elif len(reference) > REFERENCE_MAX_LENGTH:
            raise PaymentInputError("payment.reference_too_long", field="tenders", index=index)
        tenders.append(CheckedTender(tender, value, reference))
    if sum(1 for t in tenders if t.tender is Tender.CASH) > 1:
        raise PaymentInputError("payment.duplicate_cash", field="tenders")
    tenders_total = sum((t.amount for t in tenders), ZERO)
    if tenders_total != amount:
        raise PaymentInputError(
            "payment.tenders_mismatch", field="tenders", tenders_total=tenders_total, amount=amount
        )
    return tenders


def check_cash(
    tenders: Sequence[CheckedTender], cash_received: Decimal | None
) -> tuple[Decimal, Decimal]:
    """The cash line of checked tenders and the cash handed over (the cash line when not
    given), which must cover it.

    Raises:
        AmountError: the cash received is not an amount.
        PaymentInputError: ``payment.no_cash_tender`` (cash handed over without a cash
            line), ``payment.cash_short`` (``received``, ``cash``).
    """
    cash = sum((t.amount for t in tenders if t.tender is Tender.CASH), ZERO)
    received = cash if cash_received is None else cash_received
    received = check_amount(received, minimum=ZERO, maximum=None, field="cash_received")
    if cash == 0 and received != 0:
        raise PaymentInputError("payment.no_cash_tender", field="cash_received")
    if received < cash:
        raise PaymentInputError(
            "payment.cash_short", field="cash_received", received=received, cash=cash
        )
    return cash, received


def check_volume(volume: Decimal) -> Decimal:
    """A prepaid volume: above zero, to the volume step."""
    if (
        not isinstance(volume, Decimal)
        or not volume.is_finite()
        or volume <= 0
        or volume != volume.quantize(VOLUME_STEP)
    ):
        raise PaymentInputError("payment.volume_format", field="volume")
    return volume.quantize(VOLUME_STEP)
