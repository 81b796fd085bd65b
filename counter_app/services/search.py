"""Find an account from whatever the customer hands over (docs/domain.md §3, §12).

One query box takes a 户号, mobile number (or its last 4 digits), ID number or credit code,
meter number, a name or part of it, an address fragment, or a scanned bill, receipt or
work-order barcode. Exact keys are tried first, all in one round trip over unique or plain
B-tree indexes; only when none matches does the query run as text against the name and address
indexes of :mod:`counter_app.db.search_index`. ID numbers and mobiles are stored sealed
(:mod:`counter_app.services.personal_data`): they are found through their blind indexes, and
each row's values are opened only to be masked. A list never shows a full ID number or phone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counter_app.db import search_index
from counter_app.domain.enums import AccountStatus, CustomerKind, UtilityKind
from counter_app.domain.identity import (
    ValidationIssue,
    mask_id_number,
    mask_phone,
    normalize_id_number,
    normalize_text,
    validate_mobile,
    validate_org_name,
    validate_person_name,
)
from counter_app.domain.permissions import Permission
from counter_app.domain.receipt_numbers import receipt_number_in
from counter_app.services import personal_data
from counter_app.services.base import Service, requires
from counter_app.services.search_dto import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MatchKind,
    SearchNote,
    SearchResult,
    SearchRow,
)

#: How many of the newest accounts a 1–2 character address fragment is compared with: such a
#: fragment has no trigram, so only a bounded scan keeps the answer fast.
SHORT_FRAGMENT_SCAN = 20_000
_MAX_QUERY_LENGTH = 200
_MAX_CODE_LENGTH = 40
# Letters-and-digits queries this long are keys (户号, meter, ID, barcode), never text.
_KEY_LENGTH = 8


_KIND_RANK = {kind: rank for rank, kind in enumerate(MatchKind)}
_STATUS_RANK = {
    AccountStatus.ACTIVE: 0,
    AccountStatus.PENDING: 1,
    AccountStatus.SUSPENDED: 2,
    AccountStatus.CLOSED: 3,
}


# ----------------------------------------------------------------------------- query analysis


def _clean(query: str) -> str:
    """Full-width to ASCII, NFC, whitespace runs collapsed, trimmed."""
    cleaned = unicodedata.normalize("NFC", normalize_text(query))
    return " ".join(cleaned.split())


_HYPHEN_LIKE = re.compile("[\u2010-\u2015\u2212\ufe63]")
_CODE_CHARS = re.compile(r"[A-Z0-9-]+")


@dataclass(frozen=True)
class _Keys:
    """The exact-key forms of one query."""

    code: str | None  # upper case, no spaces or hyphens: 户号, meter, ID, bill number ...
    dashed: str | None  # upper case, hyphens kept: receipt numbers, hyphenated 户号 formats
    phone: str | None


def _keys(cleaned: str) -> _Keys:
    code = normalize_id_number(cleaned)
    dashed = _HYPHEN_LIKE.sub("-", cleaned.upper()).replace(" ", "")
    phone: str | None
    try:
        phone = validate_mobile(cleaned)
    except ValidationIssue:
        phone = None
    usable_code = code if code and code.isascii() and code.isalnum() else None
    usable_dashed = (
        dashed if dashed != code and _CODE_CHARS.fullmatch(dashed) and dashed.isascii() else None
    )
    if usable_code and len(usable_code) > _MAX_CODE_LENGTH:
        usable_code = None
    if usable_dashed and len(usable_dashed) > _MAX_CODE_LENGTH:
        usable_dashed = None
    return _Keys(usable_code, usable_dashed, phone)


def _is_key_shaped(keys: _Keys) -> bool:
    """A mobile number or a long letters-and-digits code that matched nothing is not a name
    or an address fragment: searching those would only slow down the "not found" answer."""
    return keys.phone is not None or (keys.code is not None and len(keys.code) >= _KEY_LENGTH)


def _receipt_forms(keys: _Keys) -> list[str]:
    forms = [f for f in (keys.dashed, keys.code) if f]
    # Some scanners are set up to drop the hyphens of Code 128 receipt barcodes.
    printed = receipt_number_in(keys.code) if keys.code else None
    if printed is not None and printed not in forms:
        forms.append(printed)
    return forms


def _name_query(cleaned: str) -> str | None:
    """The query as a stored name would be spelt, or None if it cannot be a name."""
    for validate in (validate_person_name, validate_org_name):
        try:
            return validate(cleaned)
        except ValidationIssue:
            continue
    return None


def _next_string(prefix: str) -> str | None:
    """The smallest string greater than every string starting with ``prefix`` (code points).

    SQLite's BINARY collation and PostgreSQL's "C" collation on UTF-8 both order by code point,
    so ``prefix <= name < _next_string(prefix)`` is exactly "name starts with prefix".
    """
    for cut in range(len(prefix), 0, -1):
        cp = ord(prefix[cut - 1]) + 1
        if 0xD800 <= cp <= 0xDFFF:  # surrogates cannot be encoded; skip past them
            cp = 0xE000
        if cp <= 0x10FFFF:
            return prefix[: cut - 1] + chr(cp)
    return None


# ----------------------------------------------------------------------------- statements
#
# The statements are fixed text built once: the search box runs on every keystroke-and-enter,
# and building SQLAlchemy constructs plus loading ORM objects cost more than the index lookups.
# Every statement returns the same columns, turned into SearchRow by _row().

_COLUMNS = (
    "c.id, c.kind, c.name, c.phone_enc, c.id_number_enc, c.credit_code, c.address, "
    "a.id, a.number, a.supply_address, a.status, a.utility_kind, a.meter_number, "
    "(SELECT k.wrapped_key FROM customer_keys k WHERE k.customer_id = c.id)"
)

# Every exact key at once: each branch is one probe of a unique or plain B-tree index, and
# a parameter that does not apply is NULL, which matches nothing.
_EXACT = text(
    "WITH hits(kind, account_id, customer_id, doc) AS ("
    " SELECT 'account_number', id, customer_id, NULL FROM accounts"
    "  WHERE number IN (:code, :dashed)"
    " UNION ALL SELECT 'work_order', account_id, customer_id, number FROM service_requests"
    "  WHERE number IN (:code, :dashed)"
    " UNION ALL SELECT 'meter_number', id, customer_id, NULL FROM accounts"
    "  WHERE meter_number = :code"
    " UNION ALL SELECT 'bill', account_id, NULL, number FROM bills WHERE number = :code"
    " UNION ALL SELECT 'receipt', account_id, NULL, receipt_no FROM payments"
    "  WHERE receipt_no IN (:receipt1, :receipt2, :receipt3)"
    " UNION ALL SELECT 'id_number', NULL, id, NULL FROM customers WHERE id_number_bidx = :id_bidx"
    " UNION ALL SELECT 'id_number', NULL, id, NULL FROM customers WHERE credit_code = :code"
    " UNION ALL SELECT 'phone', NULL, id, NULL FROM customers WHERE phone_bidx = :phone_bidx"
    # Dozens of customers share a mobile's last 4 digits: no more of them than can be shown.
    " UNION ALL SELECT * FROM (SELECT 'phone_last4', CAST(NULL AS INTEGER), id,"
    "  CAST(NULL AS VARCHAR(40)) FROM customers"
    "  WHERE phone_last4_bidx = :tail_bidx LIMIT :tail_want) tail"
    ") "
    f"SELECT h.kind, h.doc, {_COLUMNS} FROM hits h"
    " JOIN accounts a ON a.id = h.account_id JOIN customers c ON c.id = a.customer_id "
    "UNION ALL "
    f"SELECT h.kind, h.doc, {_COLUMNS} FROM hits h"
    " JOIN customers c ON c.id = h.customer_id LEFT JOIN accounts a ON a.customer_id = c.id"
    " WHERE h.account_id IS NULL "
    "LIMIT :want"
)


def _name_prefix_sql(collate: str) -> str:
    # SQLite's BINARY order uses ix_customers_name; "C" on PostgreSQL uses ix_customers_name_c.
    name = f"c.name{collate}"
    return (
        f"SELECT {_COLUMNS} FROM customers c LEFT JOIN accounts a ON a.customer_id = c.id"
        f" WHERE {name} >= :low AND {name} < :high ORDER BY {name} LIMIT :want"
    )


_NAME_PREFIX = {
    "sqlite": text(_name_prefix_sql("")),
    "postgresql": text(_name_prefix_sql(' COLLATE "C"')),
}
_NAME_CONTAINS = {
    "sqlite": text(
        f"SELECT {_COLUMNS} FROM {search_index.CUSTOMER_NAME_FTS} f"
        " JOIN customers c ON c.id = f.rowid LEFT JOIN accounts a ON a.customer_id = c.id"
        f" WHERE {search_index.CUSTOMER_NAME_FTS} MATCH :phrase LIMIT :want"
    ),
    "postgresql": text(
        f"SELECT {_COLUMNS} FROM (SELECT id FROM customers WHERE name LIKE :pattern LIMIT :want)"
        " m JOIN customers c ON c.id = m.id LEFT JOIN accounts a ON a.customer_id = c.id"
        " LIMIT :want"
    ),
}
# A 1–2 character part is matched with the end of names: the given name 艳芳 of 沈艳芳.
_NAME_ENDS = {
    "sqlite": _NAME_CONTAINS["sqlite"],  # with search_index.fts_name_end_phrase
    # The reversed name starts with the reversed part: a range scan of the reversed-name index.
    "postgresql": text(
        f"SELECT {_COLUMNS} FROM (SELECT id FROM customers"
        ' WHERE reverse(name) COLLATE "C" >= :low AND reverse(name) COLLATE "C" < :high'
        ' ORDER BY reverse(name) COLLATE "C" LIMIT :want)'
        " m JOIN customers c ON c.id = m.id LEFT JOIN accounts a ON a.customer_id = c.id"
        " LIMIT :want"
    ),
}
_ADDRESS_CONTAINS = {
    "sqlite": text(
        f"SELECT {_COLUMNS} FROM {search_index.ACCOUNT_ADDRESS_FTS} f"
        " JOIN accounts a ON a.id = f.rowid JOIN customers c ON c.id = a.customer_id"
        f" WHERE {search_index.ACCOUNT_ADDRESS_FTS} MATCH :phrase LIMIT :want"
    ),
    # No ORDER BY: sorting would visit every match; the GIN bitmap scan stops at the limit.
    "postgresql": text(
        f"SELECT {_COLUMNS} FROM accounts a JOIN customers c ON c.id = a.customer_id"
        " WHERE a.supply_address LIKE :pattern LIMIT :want"
    ),
}
_CUSTOM_PLANS = text("SET LOCAL plan_cache_mode = force_custom_plan")
# A 1–2 character fragment has no trigram: compare it with the newest accounts only.
_ADDRESS_RECENT = text(
    f"SELECT {_COLUMNS} FROM accounts a JOIN customers c ON c.id = a.customer_id"
    " WHERE a.id > (SELECT coalesce(max(id), 0) FROM accounts) - :window"
    " AND a.supply_address LIKE :pattern ORDER BY a.id DESC LIMIT :want"
)


@dataclass(frozen=True)
class _Hit:
    """A result row before its phone and ID number are filled in, with what they are opened
    from: only the rows that make the list are opened."""

    row: SearchRow
    sealed: tuple[bytes | None, bytes | None, bytes | None]  # phone, ID number, wrapped key
    credit_code: str | None


def _row(values: Sequence[Any], kind: MatchKind, document: str | None = None) -> _Hit:
    (cid, ckind, name, phone_enc, id_number_enc, credit_code, address) = values[:7]
    (aid, number, supply_address, status, utility_kind, meter_number, wrapped) = values[7:14]
    row = SearchRow(
        account_id=aid,
        account_number=number,
        customer_id=cid,
        customer_name=name,
        customer_kind=CustomerKind(ckind),
        phone_masked="",
        id_masked="",
        supply_address=supply_address if aid is not None else address,
        status=AccountStatus(status) if status is not None else None,
        utility_kind=UtilityKind(utility_kind) if utility_kind is not None else None,
        meter_number=meter_number,
        match=kind,
        matched_document=document,
    )
    return _Hit(row, (phone_enc, id_number_enc, wrapped), credit_code)


def _masked(session: Session, hits: Sequence[_Hit]) -> tuple[SearchRow, ...]:
    """The rows with the phone and ID number opened and masked (once per customer)."""
    masks: dict[int, tuple[str, str]] = {}
    rows = []
    for hit in hits:
        cid = hit.row.customer_id
        if cid not in masks:
            phone_enc, id_number_enc, wrapped = hit.sealed
            clear = personal_data.open_record(
                session, cid, {"phone": phone_enc, "id_number": id_number_enc}, wrapped
            )
            phone, id_number = clear["phone"], clear["id_number"]
            masks[cid] = (
                mask_phone(phone) if phone else "",
                # An organisation's credit code is public; a person's ID number never leaves
                # unmasked.
                mask_id_number(id_number) if id_number else (hit.credit_code or ""),
            )
        phone_masked, id_masked = masks[cid]
        rows.append(replace(hit.row, phone_masked=phone_masked, id_masked=id_masked))
    return tuple(rows)


# ----------------------------------------------------------------------------- the search


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
    """Search in the caller's session; see :meth:`SearchService.search`."""
    limit = max(1, min(limit, MAX_LIMIT))
    notes: list[SearchNote] = []
    if len(query) > _MAX_QUERY_LENGTH * 2:
        query = query[: _MAX_QUERY_LENGTH * 2]
    cleaned = _clean(query)
    if len(cleaned) > _MAX_QUERY_LENGTH:
        cleaned = cleaned[:_MAX_QUERY_LENGTH]
        notes.append(SearchNote.QUERY_TRUNCATED)
    if not cleaned:
        return SearchResult(query=cleaned, rows=(), truncated=False, notes=tuple(notes))

    want = limit + 1  # one more than shown tells whether the list was cut
    keys = _keys(cleaned)
    hits = _exact(session, keys, want)
    if not hits and not _is_key_shaped(keys):
        hits = _text(session, cleaned, want, notes)
    truncated = len(hits) > limit
    return SearchResult(
        query=cleaned,
        rows=_masked(session, hits[:limit]),
        truncated=truncated,
        notes=tuple(notes),
    )


def _exact(session: Session, keys: _Keys, want: int) -> list[_Hit]:
    if not (keys.code or keys.dashed or keys.phone):
        return []
    receipts = [*_receipt_forms(keys), None, None, None][:3]
    found = session.execute(
        _EXACT,
        {
            "code": keys.code,
            "dashed": keys.dashed,
            **personal_data.index_values(session, code=keys.code, phone=keys.phone),
            "receipt1": receipts[0],
            "receipt2": receipts[1],
            "receipt3": receipts[2],
            "want": want * 4,  # an account can match several ways; duplicates are merged below
            "tail_want": want,
        },
    ).all()
    best: dict[tuple[int | None, int], _Hit] = {}
    for values in found:
        hit = _row(values[2:], MatchKind(values[0]), values[1])
        key = (hit.row.account_id, hit.row.customer_id)
        if key not in best or _KIND_RANK[hit.row.match] < _KIND_RANK[best[key].row.match]:
            best[key] = hit
    return sorted(best.values(), key=_exact_rank)[:want]


def _exact_rank(hit: _Hit) -> tuple[int, int, str, int]:
    row = hit.row
    status = _STATUS_RANK.get(row.status, 9) if row.status is not None else 9
    return (_KIND_RANK[row.match], status, row.account_number or "", row.customer_id)


def _text(session: Session, cleaned: str, want: int, notes: list[SearchNote]) -> list[_Hit]:
    """Name prefix, then name substring (a 1–2 character one at the name's end: the given
    name), then address fragment, up to ``want`` rows."""
    dialect = session.get_bind().dialect.name
    found: dict[tuple[int | None, int], _Hit] = {}

    def add(statement: Any, params: dict[str, Any], kind: MatchKind) -> None:
        for values in session.execute(statement, {**params, "want": want}):
            hit = _row(values, kind)
            found.setdefault((hit.row.account_id, hit.row.customer_id), hit)

    if dialect == "postgresql":
        # psycopg prepares a statement after a few runs, and PostgreSQL may then switch to a
        # generic plan that cannot see the LIKE pattern and scans the whole table. Custom
        # plans, for this transaction only, keep the trigram index in use.
        session.execute(_CUSTOM_PLANS)
    name = _name_query(cleaned)
    if name is not None:
        add(_NAME_PREFIX[dialect], _prefix_params(name), MatchKind.NAME)
        if len(found) < want:
            if len(name) >= search_index.TRIGRAM_MIN_LENGTH:
                add(_NAME_CONTAINS[dialect], _contains_params(name), MatchKind.NAME_CONTAINS)
            else:
                add(_NAME_ENDS[dialect], _ends_params(name), MatchKind.NAME_CONTAINS)
    if len(found) < want:
        if len(cleaned) >= search_index.TRIGRAM_MIN_LENGTH:
            add(_ADDRESS_CONTAINS[dialect], _contains_params(cleaned), MatchKind.ADDRESS)
        elif not found:
            # A surname like "王" or a given name like "艳芳" is far more likely than a 1–2
            # character address part, so the bounded address scan only runs when the name
            # found nothing.
            notes.append(SearchNote.ADDRESS_FRAGMENT_SHORT)
            params = {"pattern": search_index.like_contains(cleaned), "window": SHORT_FRAGMENT_SCAN}
            add(_ADDRESS_RECENT, params, MatchKind.ADDRESS)
            if not found and name is not None:
                # Nothing at all: the clerk most likely typed a name part, so the note must
                # say how names were searched rather than call it a short address fragment.
                notes.append(SearchNote.NAME_PART_SHORT)
    return sorted(found.values(), key=lambda r: _text_rank(r, name))[:want]


def _prefix_params(prefix: str) -> dict[str, str]:
    return {"low": prefix, "high": _next_string(prefix) or prefix + "\U0010ffff"}


def _ends_params(part: str) -> dict[str, str]:
    # PostgreSQL's reverse() reverses characters, as slicing does.
    return {"phrase": search_index.fts_name_end_phrase(part), **_prefix_params(part[::-1])}


def _contains_params(fragment: str) -> dict[str, str]:
    return {
        "phrase": search_index.fts_phrase(fragment),
        "pattern": search_index.like_contains(fragment),
    }


def _text_rank(hit: _Hit, name: str | None) -> tuple[int, int, str, int, str]:
    # Within name matches: the exact name first, then alphabetical, then the usual order.
    row = hit.row
    exact = 0 if name is not None and row.customer_name == name else 1
    status = _STATUS_RANK.get(row.status, 9) if row.status is not None else 9
    return (
        _KIND_RANK[row.match],
        exact,
        row.customer_name if row.match is MatchKind.NAME else "",
        status,
        row.account_number or "",
    )


class SearchService(Service):
    """The customer search box."""

    @requires(Permission.CUSTOMER_READ)
    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
        """Find accounts by any key the customer can give or the clerk can scan.

        Exact keys (户号, bill / receipt / work-order barcode, meter number, ID number or credit
        code, mobile number) are tried first; full-width digits, spaces and hyphens are
        forgiven. If none matches, the query is taken as a name (prefix; a 1–2 character
        given name at the end; any substring from 3 characters) and as a supply-address
        fragment.

        Args:
            query: What was typed or scanned.
            limit: Most rows to return (1–200).

        Returns:
            Ranked, masked rows; ``truncated`` says more matched than ``limit``.
        """
        with self._db.read() as s:
            return search(s, query, limit)
