"""What the bill service gives and refuses: the bills an account owes, the bill a reading
makes, and why a reading or an account takes no bill.

No database code here: the payment screen and the readings dialog import it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from counter_app.domain.enums import AccountStatus, BillingMode
from counter_app.domain.errors import CodedError, Conflict, InvalidInput, NotFound
from counter_app.domain.tariffs import TierLine


class AccountNotFound(NotFound):
    """No account with that id (``params``: ``account_id``)."""

    code = "account.not_found"


class AccountClosed(Conflict):
    """The account is closed (已销户); it keeps its history but takes no new business.

    ``params``: ``account_number``, ``closed_on``.
    """

    code = "account.closed"


class TariffNotFound(NotFound):
    """No tariff of the account's class is in force on the date (``params``: ``tariff_class``,
    ``on``)."""

    code = "tariff.not_found"


class ReadingRefused(CodedError, InvalidInput):
    """A meter reading that cannot be billed.

    Codes: ``reading.format`` (negative, more than three decimals, too large),
    ``reading.below_previous`` (``previous``), ``reading.date_not_after_previous``
    (``previous_read_on``), ``reading.future_date`` (``today``), ``reading.prepaid_account``
    (prepaid accounts are not billed), ``reading.account_suspended`` (a suspended account is
    not billed for the suspended period), ``reading.source`` (unknown source).
    """


class BillExists(Conflict):
    """The account already has a bill for that month (``params``: ``period``, ``number``)."""

    code = "bill.period_exists"


@dataclass(frozen=True)
class DueBill:
    """One open bill and its late fee if paid in full today."""

    bill_id: int
    number: str
    period: str
    amount: Decimal
    paid_amount: Decimal
    outstanding: Decimal
    due_date: date
    overdue_days: int
    daily_rate: Decimal
    late_fee: Decimal  # on the whole outstanding principal, before the ¥1.00 minimum
    residential: bool


@dataclass(frozen=True)
class BillsDue:
    """What an account owes today.

    Attributes:
        bills: Unpaid and partly paid bills, oldest first.
        principal_total: Outstanding principal of all of them.
        late_fee_total: Late fees when all are paid today, the ¥1.00 minimum applied.
        minimum_topup: The part of ``late_fee_total`` that the minimum adds.
        total: ``principal_total + late_fee_total``.
        credit: Credit on the account (overpayments); it is used by the next payment.
        amount_due: ``total - credit``, at least zero: what the customer pays to settle all.
    """

    account_id: int
    account_number: str
    account_name: str
    address: str
    billing_mode: BillingMode
    account_status: AccountStatus
    as_of: date
    bills: tuple[DueBill, ...]
    principal_total: Decimal
    late_fee_total: Decimal
    minimum_topup: Decimal
    total: Decimal
    credit: Decimal
    amount_due: Decimal


@dataclass(frozen=True)
class BillInfo:
    """A bill created from a reading."""

    bill_id: int
    number: str
    period: str
    previous_reading: Decimal
    previous_read_on: date
    current_reading: Decimal
    current_read_on: date
    usage: Decimal
    used_before_this_year: Decimal
    lines: tuple[TierLine, ...]
    amount: Decimal
    due_date: date
    unit: str


@dataclass(frozen=True)
class ReadingResult:
    """A stored reading; ``bill`` is None for an account's first (baseline) reading."""

    reading_id: int
    account_id: int
    read_on: date
    reading: Decimal
    bill: BillInfo | None
