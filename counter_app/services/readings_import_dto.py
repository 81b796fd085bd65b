"""What a readings import gives: the check of a file, the import's outcome, and the account a
counter reading is for.

No database code here: the readings dialog imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from counter_app.domain.enums import AccountStatus, BillingMode, UtilityKind
from counter_app.domain.errors import CounterError
from counter_app.domain.permissions import Permission
from counter_app.services.readings_file import RowError

#: What an import needs; see the module docstring for why it is a manager's job.
IMPORT_PERMISSIONS = (Permission.CUSTOMER_WRITE, Permission.APPROVE)


@dataclass(frozen=True)
class ImportCheck:
    """What importing the rows would do, or why it cannot.

    Attributes:
        rows: Data rows in the file.
        errors: Every problem, by row; empty when the file can be imported.
        bills: Bills the import would create.
        baselines: First readings of accounts (stored, no bill).
        total_billed: Sum of those bills.
        duplicates_skipped: Rows repeating an earlier row exactly; imported once.
    """

    rows: int
    errors: tuple[RowError, ...]
    bills: int
    baselines: int
    total_billed: Decimal
    duplicates_skipped: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True, kw_only=True)
class ImportResult(ImportCheck):
    """The outcome of :meth:`ReadingImportService.import_readings`: the check of the file, and
    whether it was imported.

    ``imported`` is True only when every reading was stored. On a dry run, or when ``errors``
    is not empty, nothing was written; the counts then say what an import would do.
    """

    file_name: str
    sha256: str
    dry_run: bool
    imported: bool


@dataclass(frozen=True)
class ReadingAccount:
    """An account about to get a reading at the counter, with its last reading.

    ``as_of`` is today in the hall: the latest date a reading may carry.
    """

    account_id: int
    account_number: str
    customer_name: str
    supply_address: str
    status: AccountStatus
    billing_mode: BillingMode
    utility_kind: UtilityKind
    unit: str  # of the tariff in force today (m³, kWh, t); "" when none is
    last_reading: Decimal | None
    last_read_on: date | None
    as_of: date


class ImportCancelled(CounterError):
    """Raised by a progress callback to stop an import; nothing of it is kept."""

    code = "import.cancelled"
