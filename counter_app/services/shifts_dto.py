"""What the shift and day-close services take, give and refuse (docs/domain.md §9).

No database code here: the shift and reports screens import it to show a shift, its cash and
its handover, and to word what went wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from counter_app.domain.enums import CashMovementKind, ShiftStatus, Tender
from counter_app.domain.errors import CodedError, Conflict, InvalidInput
from counter_app.services.backups_dto import BackupOutcome

#: Reasons (cash movements, variances) and handover notes: at most this many characters.
REASON_MAX_LENGTH = 200
NOTE_MAX_LENGTH = 2000

# ----------------------------------------------------------------------------- errors


class NoOpenShift(Conflict):
    """The clerk has no open shift; money can only be taken in one."""

    code = "shift.none_open"


class ShiftAtOtherCounter(Conflict):
    """The clerk's open shift is at another counter than the one they signed in at.

    ``params``: ``counter_number`` of the shift.
    """

    code = "shift.other_counter"


class ShiftAlreadyOpen(Conflict):
    """The clerk already has an open shift (``params``: ``business_date``, ``counter_number``)."""

    code = "shift.already_open"


class CounterOccupied(Conflict):
    """Another clerk's shift is open at this counter (``params``: ``employee_no``)."""

    code = "shift.counter_occupied"


class NoCounter(InvalidInput):
    """The user signed in without a counter of their hall; shifts are per counter."""

    code = "shift.no_counter"


class DayClosed(Conflict):
    """The hall's business day is closed (日结): nothing more is booked on it.

    ``params``: ``business_date``; ``refund_required`` True when a correction must now be a
    refund on a later day.
    """

    code = "day.closed"


class ShiftError(CodedError, Conflict):
    """A shift cannot be closed or handed over as asked; ``code`` says why.

    Codes (``params``):

    * ``shift.already_closed`` - closed before (``closed_at``);
    * ``shift.float_mismatch`` - the float typed is not what the count adds up to
      (``opening_float``, ``counted``);
    * ``shift.variance_reason_required`` - a variance (长短款) without a reason (``variance``);
    * ``shift.variance_approval_required`` - a variance without a manager's sign-off
      (``variance``, ``subject``);
    * ``shift.variance_own`` - the manager signing off is the shift's own clerk;
    * ``shift.handover_not_found`` - no handover waits at this counter (``shift_id``);
    * ``shift.handover_unacknowledged`` - a handover waits: acknowledge it before opening
      (``shift_id``, ``employee_no``);
    * ``shift.not_found`` - no such shift in the user's hall (``shift_id``).
    """

    code = "shift.error"


class ShiftInputError(CodedError, InvalidInput):
    """Bad input for a shift action; ``field`` names the field.

    Codes: ``shift.reason_required``, ``shift.reason_too_long`` (``maximum``),
    ``shift.note_too_long`` (``maximum``), ``shift.cash_out_exceeds`` (more out than the
    drawer holds: ``available``).
    """

    code = "shift.input"


class DayCloseError(CodedError, Conflict):
    """The business day cannot be closed; ``code`` says why.

    Codes (``params``):

    * ``day.open_shifts`` - shifts of the day are still open (``business_date``, ``count``,
      ``counters``: their counter numbers, ``clerks``: "G1002 李娜" of each);
    * ``day.already_closed`` - closed before (``business_date``, ``closed_at``,
      ``closed_by``);
    * ``day.future`` - a business date after today (``business_date``);
    * ``day.no_hall`` - the manager belongs to no hall.
    """

    code = "day.error"


SHIFT_CODES: frozenset[str] = frozenset(
    {
        "shift.already_closed",
        "shift.float_mismatch",
        "shift.variance_reason_required",
        "shift.variance_approval_required",
        "shift.variance_own",
        "shift.handover_not_found",
        "shift.handover_unacknowledged",
        "shift.not_found",
        "shift.reason_required",
        "shift.reason_too_long",
        "shift.note_too_long",
        "shift.cash_out_exceeds",
        "day.open_shifts",
        "day.already_closed",
        "day.future",
        "day.no_hall",
    }
)


# ----------------------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ShiftInfo:
    """An open (or closed) shift as the views and the payment service see it."""

    shift_id: int
    hall_id: int
    counter_id: int
    counter_number: int
    clerk_id: int
    business_date: date
    status: ShiftStatus
    opened_at: datetime
    opening_float: Decimal


@dataclass(frozen=True)
class CashMovementInfo:
    movement_id: int
    shift_id: int
    kind: CashMovementKind
    amount: Decimal  # always positive; ``kind`` says which way
    reason: str
    at: datetime
    employee_no: str


@dataclass(frozen=True)
class TenderFigure:
    tender: Tender
    count: int  # tender lines
    amount: Decimal  # net of voids; refunds negative


@dataclass(frozen=True)
class ShiftFigures:
    """A shift's money as the close screen shows it (docs/domain.md §9).

    ``expected_cash`` = ``opening_float`` + ``cash_received`` − ``change_given`` −
    ``cash_refunded`` − ``cash_voided`` + ``cash_in`` − ``cash_out``.
    """

    shift: ShiftInfo
    clerk_employee_no: str
    clerk_name: str
    opening_float: Decimal
    cash_received: Decimal
    change_given: Decimal
    cash_refunded: Decimal  # positive
    cash_voided: Decimal  # positive: cash handed back on voids made in this shift
    cash_in: Decimal
    cash_out: Decimal
    expected_cash: Decimal
    transactions: int  # payments and refunds booked in the shift (voided ones included)
    tenders: tuple[TenderFigure, ...]  # every tender, net of voids
    first_receipt_no: str | None
    last_receipt_no: str | None
    voids: int
    voids_amount: Decimal
    reprints: int
    opening_count: dict[Decimal, int] | None  # None: the float was not counted
    movements: tuple[CashMovementInfo, ...]
    past_business_day: bool  # still open after its business date: flagged to the manager

    def non_cash(self) -> tuple[TenderFigure, ...]:
        return tuple(t for t in self.tenders if t.tender is not Tender.CASH)


@dataclass(frozen=True)
class CloseCheck:
    """What closing with a count would give, before anything is saved (the close screen
    shows it, and asks for a reason and a sign-off when ``variance`` is not zero)."""

    expected_cash: Decimal
    counted_cash: Decimal
    variance: Decimal  # counted − expected: > 0 长款, < 0 短款
    approval_subject: str  # for AuthService.approve(action=CASH_VARIANCE, amount=variance)

    @property
    def needs_sign_off(self) -> bool:
        return self.variance != 0


@dataclass(frozen=True)
class OpenItem:
    """Something the closing clerk leaves for the next one (交接班)."""

    kind: str  # "reprint" (a copy waiting in the reprint queue) or "request"
    number: str  # document or request number
    detail: str  # doc type / request status value, for the screen to word


@dataclass(frozen=True)
class Handover:
    """What the last clerk at this counter handed over, waiting to be acknowledged."""

    shift_id: int
    counter_number: int
    clerk_employee_no: str
    clerk_name: str
    business_date: date
    closed_at: datetime
    note: str
    open_items: tuple[OpenItem, ...]
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None


@dataclass(frozen=True)
class ShiftCloseResult:
    """A closed shift: its figures as closed and the shift report to print."""

    figures: ShiftFigures
    counted_cash: Decimal
    variance: Decimal
    closed_at: datetime
    handover: Handover
    report: object  # counter_app.domain.shift_report.ShiftReport, a Printable


@dataclass(frozen=True)
class OpenShiftRef:
    """A shift still open, as day close names it."""

    shift_id: int
    counter_number: int
    clerk_employee_no: str
    clerk_name: str
    business_date: date
    opened_at: datetime


@dataclass(frozen=True)
class DayState:
    """One business day of the hall, as the day-close screen lists it."""

    business_date: date
    closed: bool
    closed_at: datetime | None
    closed_by: str | None
    shifts_total: int
    open_shifts: tuple[OpenShiftRef, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class DayCloseResult:
    """A closed day: its fixed totals, the daily report, and the backup made, if any."""

    business_date: date
    closed_at: datetime
    totals: dict[str, object]  # what BusinessDay.totals holds (JSON)
    report: object  # counter_app.domain.reports.HallReport, a Printable
    #: The backup made after the close, or why it failed (None: this service makes none).
    backup: BackupOutcome | None = None

    @property
    def backup_path(self) -> str | None:
        """Where the proved backup is, when one was made."""
        return (
            None if self.backup is None or self.backup.result is None else self.backup.result.path
        )
