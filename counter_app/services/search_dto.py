"""What the account search gives: result rows, why each matched, and notes for the clerk.

No database code here: views import it to show a result.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from counter_app.domain.enums import AccountStatus, CustomerKind, UtilityKind

#: Rows a search returns unless asked for fewer or more (at most MAX_LIMIT).
DEFAULT_LIMIT = 20
MAX_LIMIT = 200


class MatchKind(StrEnum):
    """Why a row is in the result; also the ranking order, most specific first."""

    ACCOUNT_NUMBER = "account_number"
    BILL = "bill"  # scanned bill barcode
    RECEIPT = "receipt"  # scanned receipt barcode
    WORK_ORDER = "work_order"  # scanned work-order / service-request barcode
    METER_NUMBER = "meter_number"
    ID_NUMBER = "id_number"  # ID document number or unified social credit code
    PHONE = "phone"
    PHONE_LAST4 = "phone_last4"  # the last 4 digits of the mobile
    NAME = "name"  # the name equals or starts with the query
    NAME_CONTAINS = "name_contains"
    ADDRESS = "address"  # supply address contains the query

    @property
    def exact(self) -> bool:
        return self not in _TEXT_KINDS


_TEXT_KINDS = frozenset({MatchKind.NAME, MatchKind.NAME_CONTAINS, MatchKind.ADDRESS})


class SearchNote(StrEnum):
    """Something the view should tell the clerk about a result."""

    #: The address fragment has fewer than 3 characters: only the newest accounts were searched.
    ADDRESS_FRAGMENT_SHORT = "address_fragment_short"
    #: The 1–2 character query, which can be a name, found nothing: it was matched with the
    #: start and the end of names only (surname, given name), not with their middle, and with
    #: the newest accounts' addresses (so it comes with ADDRESS_FRAGMENT_SHORT).
    NAME_PART_SHORT = "name_part_short"
    #: The query was cut to the maximum length.
    QUERY_TRUNCATED = "query_truncated"


@dataclass(frozen=True)
class SearchRow:
    """One account (or a customer without accounts) in a search result, masked for a list."""

    account_id: int | None
    account_number: str | None
    customer_id: int
    customer_name: str
    customer_kind: CustomerKind
    phone_masked: str
    id_masked: str  # masked ID number; an organisation's credit code is public and shown whole
    #: The account's supply address; the customer's own address on a row without an account.
    supply_address: str
    status: AccountStatus | None
    utility_kind: UtilityKind | None
    meter_number: str | None
    match: MatchKind
    matched_document: str | None = None  # the bill, receipt or work-order number scanned


@dataclass(frozen=True)
class SearchResult:
    query: str
    rows: tuple[SearchRow, ...]
    #: More rows matched than the limit: the view should ask for a more specific query.
    truncated: bool
    notes: tuple[SearchNote, ...] = ()

    @property
    def exact(self) -> bool:
        """True when the rows came from an exact key (open the only row directly)."""
        return bool(self.rows) and self.rows[0].match.exact
