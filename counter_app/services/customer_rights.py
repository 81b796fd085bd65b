"""Customers' rights over their personal data (docs/domain.md §11): a copy of everything held
about them, and erasure on request. A manager's right (``customer.data_rights``), every use
of it an audit entry saying who, when and why.

*The copy* (个人信息副本) is one DTO (:class:`~counter_app.domain.customer_rights.
PersonalDataExport`) printed through the print step like every document (it is entered in the
print register with the hash of its PDF) and written beside the PDF as JSON, both with
:func:`counter_app.files.atomic_write`.

*Erasure* keeps every bill, payment, receipt and audit entry and takes the person out of them:
the customer record keeps only its kind and a name made of ``已注销客户`` and its number; the
identity number, phone, address, contact person and emergency contact are cleared and the
customer's data key is destroyed (:func:`counter_app.services.personal_data.shred`), so what
the audit trail holds of them, sealed under that key, can no longer be read while the chain
still verifies; complaints, requests, contact notes, alerts and approvals that name them are
cleaned of the name, identity number and phones. On SQLite the name index is rewritten and
the old pages overwritten (``secure_delete``, then the write-ahead log emptied), so the values
are gone from the file, not only from the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    AccountOwnership,
    Alert,
    Approval,
    AuditEntry,
    Bill,
    Complaint,
    ComplaintCallback,
    ComplaintChase,
    ComplaintExtension,
    ComplaintMediation,
    ComplaintMilestone,
    ComplaintTransfer,
    ContactLog,
    Customer,
    PrintedDocument,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceType,
    User,
)
from counter_app.db.search_index import CUSTOMER_NAME_FTS
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.customer_rights import (
    PERSONAL_FIELDS,
    ExportAccount,
    ExportChange,
    ExportComplaint,
    ExportContact,
    ExportOwnership,
    ExportRequest,
    PersonalDataExport,
    RightsError,
    anonymous_name,
    export_json,
)
from counter_app.domain.enums import AccountStatus, ComplaintStatus, CustomerKind, DocumentType
from counter_app.domain.errors import NotFound
from counter_app.domain.identity import normalize_text
from counter_app.domain.permissions import Permission
from counter_app.files import atomic_write
from counter_app.services import audit
from counter_app.services import personal_data as vault
from counter_app.services.base import requires
from counter_app.services.customer_rights_dto import (
    DeletionCheck,
    DeletionDone,
    ExportFiles,
)
from counter_app.services.customers import (
    CLOSED_REQUEST_STATUSES,
    UNPAID_STATUSES,
    ErrorCollector,
    arrears_of,
    clean_reason,
    load_customer,
)
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.hall_boundary import require_customer_hall
from counter_app.services.receipts import issued_by
from counter_app.services.reports.service import export_errors

#: What replaces the customer's name, numbers and phones in the free text that named them.
REDACTED = "***"
#: The audit actions of this area: a copy handed over, and an erasure.
EXPORT_ACTION = "export"
ERASE_ACTION = "anonymise"


# ----------------------------------------------------------------------------- personal data


def personal_fields(s: Session, customer: Customer) -> dict[str, str | None]:
    """The customer's personal fields in full, the sealed ones opened (:data:`PERSONAL_FIELDS`)."""
    clear = vault.reveal(s, customer)
    return {key: clear.get(key) for key in PERSONAL_FIELDS}


def _opened(s: Session, customer_id: int, values: Any) -> Mapping[str, Any]:
    """Audit values as written, with what was sealed for the customer opened."""
    opened = vault.open_audit_values(s, customer_id, values)
    if isinstance(opened, dict):
        return opened
    return {} if opened is None else {"value": opened}


# ----------------------------------------------------------------------------- the rules


def _tokens(personal: Mapping[str, str | None]) -> list[tuple[str, str]]:
    """The strings that identify the customer in free text, longest first, with their field."""
    found: dict[str, str] = {}
    for key in ("id_number", "phone", "name", "contact_person"):
        value = personal.get(key)
        if value and len(value) >= 2:
            found.setdefault(value, key)
    contact = personal.get("emergency_contact")
    if contact:
        name, _, phone = contact.rpartition(" ")
        for part in (contact, name, phone):
            if part and len(part) >= 2:
                found.setdefault(part, "emergency_contact")
    return sorted(found.items(), key=lambda item: -len(item[0]))


def _names_customer(text: str, personal: Mapping[str, str | None]) -> str | None:
    """The field whose value ``text`` holds, if it holds any of the customer's."""
    squeezed = re.sub(r"[\s-]", "", text).upper()
    for token, key in _tokens(personal):
        if token.upper() in squeezed or token in text:
            return key
    return None


def _held_accounts(s: Session, customer_id: int) -> list[Account]:
    return list(
        s.execute(
            select(Account).where(Account.customer_id == customer_id).order_by(Account.number)
        ).scalars()
    )


def _requests_naming(customer_id: int, account_ids: list[int]) -> ColumnElement[bool]:
    """The service requests a customer is named in: theirs, on their accounts, or taking an
    account over for them (the new holder of a 过户)."""
    conditions: list[ColumnElement[bool]] = [
        ServiceRequest.customer_id == customer_id,
        ServiceRequest.payload["new_customer_id"].as_integer() == customer_id,
    ]
    if account_ids:
        conditions.append(ServiceRequest.account_id.in_(account_ids))
    return or_(*conditions)


def _open_requests(s: Session, customer_id: int, account_ids: list[int]) -> list[str]:
    return list(
        s.execute(
            select(ServiceRequest.number)
            .where(
                _requests_naming(customer_id, account_ids),
                ServiceRequest.status.not_in(CLOSED_REQUEST_STATUSES),
            )
            .order_by(ServiceRequest.number)
        ).scalars()
    )


def _complaints_of(s: Session, account_ids: list[int], phone: str | None) -> Iterator[Complaint]:
    conditions: list[ColumnElement[bool]] = []
    if account_ids:
        conditions.append(Complaint.account_id.in_(account_ids))
    if phone:
        conditions.append(vault.complaint_phone_is(s, phone))
    if not conditions:
        return iter(())
    return iter(
        s.execute(
            select(Complaint).where(or_(*conditions)).order_by(Complaint.received_at, Complaint.id)
        ).scalars()
    )


def _blockers(s: Session, customer: Customer) -> tuple[RightsError, ...]:
    """Every reason the customer's data may not be erased now (docs/domain.md §11)."""
    cid = customer.id
    if customer.anonymised_at is not None:
        return (RightsError("rights.anonymised", customer_id=cid),)
    if customer.kind is not CustomerKind.INDIVIDUAL:
        return (RightsError("rights.organisation", customer_id=cid),)
    found: list[RightsError] = []
    accounts = _held_accounts(s, cid)
    ids = [a.id for a in accounts]
    still_open = [a.number for a in accounts if a.status is not AccountStatus.CLOSED]
    if still_open:
        found.append(
            RightsError(
                "rights.accounts_open", accounts="、".join(still_open), count=len(still_open)
            )
        )
    owed = arrears_of(s, cid).total
    if owed > 0:
        found.append(RightsError("rights.arrears", amount=owed))
    credit = sum((a.balance for a in accounts), Decimal("0.00"))
    if credit > 0:
        found.append(RightsError("rights.credit", amount=credit))
    requests = _open_requests(s, cid, ids)
    if requests:
        found.append(
            RightsError("rights.requests_open", numbers="、".join(requests), count=len(requests))
        )
    complaints = [
        c.number
        for c in _complaints_of(s, ids, personal_fields(s, customer).get("phone"))
        if c.status is not ComplaintStatus.CLOSED
    ]
    if complaints:
        found.append(
            RightsError(
                "rights.complaints_open", numbers="、".join(complaints), count=len(complaints)
            )
        )
    return tuple(found)


# ----------------------------------------------------------------------------- the service


class CustomerRightsService(DocumentService):
    """A customer's copy of their data and the erasure of it, by a manager."""

    ISSUE_REQUIRES = (Permission.CUSTOMER_DATA_RIGHTS,)

    def _customer(self, s: Session, customer_id: int, action: str) -> Customer:
        """The customer, if they belong to the manager's hall."""
        customer = load_customer(s, customer_id)
        require_customer_hall(s, self.actor, customer_id, action)
        return customer

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        if doc_type is not DocumentType.PERSONAL_DATA_EXPORT:
            raise NotFound(f"not a {doc_type} issuer", doc_type=doc_type.value)
        return DocumentSubject(hall_id=self.actor.hall_id, account_id=None)

    @requires(Permission.CUSTOMER_DATA_RIGHTS)
    def find_customer(self, key: str) -> int:
        """The customer a request is about: the holder of account ``key`` (户号), else the
        customer numbered ``key``.

        Raises:
            NotFound: neither an account nor a customer has that number.
        """
        text = normalize_text(key).strip()
        with self._db.read() as s:
            holder = s.execute(
                select(Account.customer_id).where(Account.number == text)
            ).scalar_one_or_none()
            if holder is not None:
                return int(holder)
            if text.isdigit() and len(text) < 10 and s.get(Customer, int(text)) is not None:
                return int(text)
        raise NotFound(f"no customer {text!r}", entity="customer", id=text)

    # ------------------------------------------------------------------ the copy

    @requires(Permission.CUSTOMER_DATA_RIGHTS)
    def export(self, customer_id: int, reason: str) -> PersonalDataExport:
        """Everything held about a customer, in full, for the customer who asked for it.

        The request is an audit entry (``export``) with the reason and the copy's number.

        Args:
            customer_id: The customer.
            reason: The customer's request as the manager records it (required); it must not
                hold the customer's name, identity number or phone (the trail keeps it).

        Raises:
            NotFound: no such customer.
            OtherHall: the customer belongs to another hall.
            FieldErrors: no reason, or one too long.
            RightsError: ``rights.anonymised`` (nothing personal is left to copy),
                ``rights.reason_names_customer``.
        """
        text = _checked_reason(reason)
        now = self._clock.now()
        with self._db.write() as s:
            customer = self._customer(s, customer_id, EXPORT_ACTION)
            if customer.anonymised_at is not None:
                raise RightsError("rights.anonymised", customer_id=customer_id)
            personal = personal_fields(s, customer)
            _check_reason(text, personal)
            number = f"PI{customer_id}-{now.astimezone(LOCAL_TZ):%Y%m%d%H%M%S}"
            assert self.actor.hall_id is not None, "managers belong to a hall"
            export = _Collector(s, customer, personal).export(
                issued=issued_by(
                    s, self.actor.hall_id, self.actor.counter_id, self.actor.user_id, now
                ),
                number=number,
                reason=text,
            )
            audit.record_by(
                s,
                self.actor,
                now,
                EXPORT_ACTION,
                "customer",
                customer_id,
                after={"number": number, "reason": text},
            )
            return export

    @requires(Permission.CUSTOMER_DATA_RIGHTS)
    def export_files(self, customer_id: int, reason: str, folder: str | Path) -> ExportFiles:
        """Make the copy and write it into ``folder`` as ``<number>.pdf`` and ``<number>.json``.

        The PDF goes through the print step: entered in the print register with its hash, as
        not printed until the counter prints it (``issued`` for ``PrintStep.send``). Each file
        appears whole or not at all.

        Raises:
            As :meth:`export`; ExportFailed (``export.*``) when a file cannot be written.
        """
        export = self.export(customer_id, reason)
        issued = self.issue(export)
        target = Path(folder)
        pdf_path = target / f"{export.number}.pdf"
        json_path = target / f"{export.number}.json"
        with export_errors(pdf_path):
            atomic_write(pdf_path, issued.pdf)
        with export_errors(json_path):
            atomic_write(json_path, export_json(export))
        # Not reported to the register as printed, nor as failed: it was saved, not sent to a
        # printer. Printing it for the customer goes through the counter's print step.
        return ExportFiles(
            number=export.number,
            pdf_path=pdf_path,
            json_path=json_path,
            issued=issued,
            export=export,
        )

    # ------------------------------------------------------------------ erasure

    @requires(Permission.CUSTOMER_DATA_RIGHTS)
    def deletion_check(self, customer_id: int) -> DeletionCheck:
        """Whether the customer's data may be erased now, with every reason it may not.

        Raises:
            NotFound: no such customer.
            OtherHall: the customer belongs to another hall.
        """
        with self._db.read() as s:
            customer = self._customer(s, customer_id, ERASE_ACTION)
            return DeletionCheck(customer_id, customer.name, _blockers(s, customer))

    @requires(Permission.CUSTOMER_DATA_RIGHTS)
    def delete_on_request(self, customer_id: int, reason: str) -> DeletionDone:
        """Erase a customer's personal data at their request (docs/domain.md §11).

        Bills, payments, receipts, printed-document entries and the audit trail stay; the
        customer record keeps its number, kind and history, named ``已注销客户`` and the
        number from now on. The erasure is an audit entry (``anonymise``) with the reason and
        no personal data.

        Args:
            customer_id: The customer.
            reason: The customer's request as the manager records it (required; not holding
                the customer's name, identity number or phone).

        Raises:
            NotFound: no such customer.
            OtherHall: the customer belongs to another hall.
            FieldErrors: no reason, or one too long.
            RightsError: the first reason of :meth:`deletion_check`, or
                ``rights.reason_names_customer``.
        """
        text = _checked_reason(reason)
        now = self._clock.now()
        with self._db.write() as s:
            sqlite = s.get_bind().dialect.name == "sqlite"
            if sqlite:
                # Deleted cells and freed pages are overwritten, not only unlinked.
                s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
            customer = self._customer(s, customer_id, ERASE_ACTION)
            blockers = _blockers(s, customer)
            if blockers:
                raise blockers[0]
            personal = personal_fields(s, customer)
            _check_reason(text, personal)
            cleaned = _clean_linked_records(s, customer, personal, anonymous_name(customer_id))
            customer.name = anonymous_name(customer_id)
            customer.address = ""
            customer.contact_person = None
            customer.anonymised_at = now
            s.flush()
            # The identity number, phones and emergency contact: their key goes, and with it
            # what the audit trail holds of them.
            vault.shred(s, customer_id)
            audit.record_by(
                s,
                self.actor,
                now,
                ERASE_ACTION,
                "customer",
                customer_id,
                after={"reason": text, "records_cleaned": cleaned},
            )
            if sqlite:
                # The name index drops what it marked deleted only when its segments merge.
                s.connection().exec_driver_sql(
                    f"INSERT INTO {CUSTOMER_NAME_FTS}({CUSTOMER_NAME_FTS}) VALUES ('optimize')"
                )
                # Everything freed is overwritten by now; the pooled connection goes back to
                # writing at the usual speed.
                s.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
        storage = _empty_sqlite_log(self._db.engine) if sqlite else False
        return DeletionDone(
            customer_id=customer_id,
            name=anonymous_name(customer_id),
            erased_at=now,
            records_cleaned=cleaned,
            storage_cleaned=storage,
        )


def _checked_reason(reason: str) -> str:
    """The reason as kept: required, cleaned, at most 200 characters.

    Raises:
        FieldErrors: ``reason.empty``, ``reason.too_long``.
    """
    errors = ErrorCollector()
    text = clean_reason(reason, errors)
    errors.raise_if_any()
    return text


def _check_reason(text: str, personal: Mapping[str, str | None]) -> None:
    field = _names_customer(text, personal)
    if field is not None:
        raise RightsError("rights.reason_names_customer", field=field)


def _empty_sqlite_log(engine: Any) -> bool:
    """Copy the write-ahead log into the database file and empty it; True when complete."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy, _log, _done = cursor.fetchone()
        cursor.close()
        return not busy
    finally:
        raw.close()


# ----------------------------------------------------------------------------- cleaning


def _redact(value: str | None, tokens: list[tuple[str, str]]) -> str | None:
    if not value:
        return value
    for token, _key in tokens:
        value = value.replace(token, REDACTED)
    return value


def _redact_json(value: Any, tokens: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        return _redact(value, tokens)
    if isinstance(value, dict):
        return {k: _redact_json(v, tokens) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v, tokens) for v in value]
    return value


def _redact_rows(
    rows: Iterable[Any], columns: tuple[str, ...], tokens: list[tuple[str, str]]
) -> int:
    changed = 0
    for row in rows:
        touched = False
        for column in columns:
            old = getattr(row, column)
            new = _redact_json(old, tokens)
            if new != old:
                setattr(row, column, new)
                touched = True
        changed += touched
    return changed


_COMPLAINT_CHILDREN: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (ComplaintMilestone, ("note",)),
    (ComplaintChase, ("note",)),
    (ComplaintCallback, ("resolution", "note")),
    (ComplaintTransfer, ("note",)),
    (ComplaintMediation, ("parties", "record", "agreement")),
)


def _clean_linked_records(
    s: Session, customer: Customer, personal: Mapping[str, str | None], new_name: str
) -> int:
    """Take the customer out of the records that name them; returns how many were changed."""
    tokens = _tokens(personal)
    account_ids = [
        a
        for (a,) in s.execute(
            select(AccountOwnership.account_id).where(AccountOwnership.customer_id == customer.id)
        )
    ] + [a.id for a in _held_accounts(s, customer.id)]
    ids = sorted(set(account_ids))
    cleaned = 0
    complaints = list(
        _complaints_of(s, [a.id for a in _held_accounts(s, customer.id)], personal.get("phone"))
    )
    numbers: list[str] = []
    for complaint in complaints:
        complaint.complainant_name = new_name
        vault.shred_complaint(s, complaint.id)
        _redact_rows(
            [complaint],
            (
                "content",
                "demands",
                "resolution",
                "callback_note",
                "site_address",
                "responsible_person",
            ),
            tokens,
        )
        numbers.append(complaint.number)
        cleaned += 1
    complaint_ids = [c.id for c in complaints]
    if complaint_ids:
        for model, columns in _COMPLAINT_CHILDREN:
            rows = s.execute(select(model).where(model.complaint_id.in_(complaint_ids))).scalars()
            cleaned += _redact_rows(rows, columns, tokens)
        extensions = s.execute(
            select(ComplaintExtension)
            .join(ComplaintMilestone, ComplaintMilestone.id == ComplaintExtension.milestone_id)
            .where(ComplaintMilestone.complaint_id.in_(complaint_ids))
        ).scalars()
        cleaned += _redact_rows(extensions, ("reason",), tokens)
    requests = list(
        s.execute(select(ServiceRequest).where(_requests_naming(customer.id, ids))).scalars()
    )
    cleaned += _redact_rows(
        requests, ("description", "address", "rejection_reason", "payload"), tokens
    )
    numbers += [r.number for r in requests]
    if requests:
        events = s.execute(
            select(ServiceRequestEvent).where(
                ServiceRequestEvent.request_id.in_([r.id for r in requests])
            )
        ).scalars()
        cleaned += _redact_rows(events, ("note",), tokens)
    contacts = s.execute(select(ContactLog).where(ContactLog.customer_id == customer.id)).scalars()
    cleaned += _redact_rows(contacts, ("note",), tokens)
    if numbers:
        alerts = s.execute(select(Alert).where(Alert.subject.in_(numbers))).scalars()
        cleaned += _redact_rows(alerts, ("summary",), tokens)
    approvals = s.execute(
        select(Approval).where(Approval.subject == f"customer:{customer.id}")
    ).scalars()
    cleaned += _redact_rows(approvals, ("reason",), tokens)
    return cleaned


# ----------------------------------------------------------------------------- collecting


@dataclass
class _Collector:
    """Reads what the copy of one customer's data holds."""

    s: Session
    customer: Customer
    personal: Mapping[str, str | None]

    def export(self, *, issued: Any, number: str, reason: str) -> PersonalDataExport:
        s, customer = self.s, self.customer
        held = _held_accounts(s, customer.id)
        ownerships = list(
            s.execute(
                select(AccountOwnership)
                .where(AccountOwnership.customer_id == customer.id)
                .order_by(AccountOwnership.valid_from, AccountOwnership.id)
            ).scalars()
        )
        accounts = {a.id: a for a in held}
        past_ids = {o.account_id for o in ownerships} - set(accounts)
        if past_ids:
            for account in s.execute(select(Account).where(Account.id.in_(past_ids))).scalars():
                accounts[account.id] = account
        numbers = {a.id: a.number for a in accounts.values()}
        held_ids = [a.id for a in held]
        return PersonalDataExport(
            issued=issued,
            number=number,
            customer_id=customer.id,
            kind=customer.kind,
            created_at=customer.created_at,
            reason=reason,
            personal=dict(self.personal),
            accounts=self._accounts(
                sorted(accounts.values(), key=lambda a: a.number), set(held_ids)
            ),
            ownerships=self._ownerships(ownerships, numbers),
            changes=self._changes(),
            requests=self._requests(held_ids, numbers),
            complaints=self._complaints(held_ids, numbers),
            contacts=self._contacts(numbers),
            reveals=self._reveals(),
            printed=self._printed(list(numbers)),
        )

    def _accounts(self, accounts: list[Account], held: set[int]) -> tuple[ExportAccount, ...]:
        owed: dict[int, Decimal] = {}
        if accounts:
            for account_id, amount, paid in self.s.execute(
                select(Bill.account_id, func.sum(Bill.amount), func.sum(Bill.paid_amount))
                .where(
                    Bill.account_id.in_([a.id for a in accounts]),
                    Bill.status.in_(UNPAID_STATUSES),
                )
                .group_by(Bill.account_id)
            ):
                owed[account_id] = Decimal(amount) - Decimal(paid)
        return tuple(
            ExportAccount(
                number=a.number,
                utility_kind=a.utility_kind.value,
                supply_address=a.supply_address,
                meter_number=a.meter_number,
                tariff_class=a.tariff_class,
                billing_mode=a.billing_mode.value,
                status=a.status.value,
                opened_on=a.opened_on,
                closed_on=a.closed_on,
                balance=a.balance if a.id in held else Decimal("0.00"),
                arrears=owed.get(a.id, Decimal("0.00")) if a.id in held else Decimal("0.00"),
                held_now=a.id in held,
            )
            for a in accounts
        )

    def _ownerships(
        self, rows: list[AccountOwnership], numbers: Mapping[int, str]
    ) -> tuple[ExportOwnership, ...]:
        request_ids = [o.service_request_id for o in rows if o.service_request_id is not None]
        request_numbers: dict[int, str] = {}
        if request_ids:
            request_numbers = {
                request_id: number
                for request_id, number in self.s.execute(
                    select(ServiceRequest.id, ServiceRequest.number).where(
                        ServiceRequest.id.in_(request_ids)
                    )
                )
            }
        return tuple(
            ExportOwnership(
                account_number=numbers.get(o.account_id, ""),
                valid_from=o.valid_from,
                valid_to=o.valid_to,
                service_request=request_numbers.get(o.service_request_id)
                if o.service_request_id is not None
                else None,
            )
            for o in rows
        )

    def _changes(self) -> tuple[ExportChange, ...]:
        cid = self.customer.id
        entries = list(
            self.s.execute(
                select(AuditEntry, User.employee_no)
                .outerjoin(User, User.id == AuditEntry.user_id)
                .where(
                    AuditEntry.entity == "customer",
                    AuditEntry.entity_id == str(cid),
                    AuditEntry.action.in_(("create", "update")),
                )
                .order_by(AuditEntry.id)
            )
        )
        rows = []
        for entry, employee_no in entries:
            after = dict(_opened(self.s, cid, entry.after))
            reason = after.pop("reason", None)
            rows.append(
                ExportChange(
                    at=entry.at,
                    action=entry.action,
                    user_employee_no=employee_no,
                    before=dict(_opened(self.s, cid, entry.before)),
                    after=after,
                    reason=reason if isinstance(reason, str) else None,
                )
            )
        return tuple(rows)

    def _reveals(self) -> int:
        return int(
            self.s.execute(
                select(func.count())
                .select_from(AuditEntry)
                .where(
                    AuditEntry.entity == "customer",
                    AuditEntry.entity_id == str(self.customer.id),
                    AuditEntry.action == "reveal",
                )
            ).scalar_one()
        )

    def _requests(
        self, held_ids: list[int], numbers: Mapping[int, str]
    ) -> tuple[ExportRequest, ...]:
        rows = self.s.execute(
            select(ServiceRequest, ServiceType.name)
            .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
            .where(_requests_naming(self.customer.id, held_ids))
            .order_by(ServiceRequest.accepted_at, ServiceRequest.id)
        )
        return tuple(
            ExportRequest(
                number=r.number,
                type_name=r.type_name or type_name,
                status=r.status.value,
                accepted_at=r.accepted_at,
                account_number=numbers.get(r.account_id) if r.account_id is not None else None,
                address=r.address,
                description=r.description,
            )
            for r, type_name in rows
        )

    def _complaints(
        self, held_ids: list[int], numbers: Mapping[int, str]
    ) -> tuple[ExportComplaint, ...]:
        complaints = list(_complaints_of(self.s, held_ids, self.personal.get("phone")))
        contacts = vault.complaint_contacts(self.s, complaints)
        return tuple(
            ExportComplaint(
                number=c.number,
                category=c.category.value,
                status=c.status.value,
                received_at=c.received_at,
                account_number=numbers.get(c.account_id) if c.account_id is not None else None,
                complainant_name=c.complainant_name,
                contact_phone=contacts[c.id].phone,
                content=c.content,
            )
            for c in complaints
        )

    def _contacts(self, numbers: Mapping[int, str]) -> tuple[ExportContact, ...]:
        rows = self.s.execute(
            select(ContactLog)
            .where(ContactLog.customer_id == self.customer.id)
            .order_by(ContactLog.at, ContactLog.id)
        ).scalars()
        return tuple(
            ExportContact(
                at=c.at,
                channel=c.channel,
                note=c.note,
                account_number=numbers.get(c.account_id) if c.account_id is not None else None,
            )
            for c in rows
        )

    def _printed(self, account_ids: list[int]) -> tuple[tuple[str, str], ...]:
        if not account_ids:
            return ()
        rows = self.s.execute(
            select(PrintedDocument.doc_type, PrintedDocument.doc_number)
            .where(PrintedDocument.account_id.in_(account_ids), PrintedDocument.reprint_no == 0)
            .order_by(PrintedDocument.printed_at, PrintedDocument.id)
        )
        return tuple((t.value if hasattr(t, "value") else str(t), n) for t, n in rows)
