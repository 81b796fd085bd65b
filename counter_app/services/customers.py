"""Customers: search, the 360 view, logged reveals, corrections and duplicate checks (§3, §11).

Everything returned is a frozen DTO with personal data masked; the full ID number or phone
only leaves through :meth:`CustomerService.reveal`, which writes a sensitive-read audit entry.
Input errors are collected per form field and raised together as :class:`FieldErrors`, so a
view can put each message beside its field and nothing is saved half-way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from counter_app.db.models import (
    Account,
    AuditEntry,
    Bill,
    Complaint,
    ContactLog,
    Customer,
    Payment,
    PrintedDocument,
    ServiceRequest,
    ServiceType,
    User,
)
from counter_app.domain.clock import LOCAL_TZ
from counter_app.domain.enums import (
    ApprovalAction,
    BillStatus,
    CustomerKind,
    RequestStatus,
)
from counter_app.domain.errors import Conflict, InvalidInput, NotFound
from counter_app.domain.identity import (
    IdType,
    ValidationIssue,
    mask_id_number,
    mask_phone,
    names_similar,
    normalize_text,
    validate_address,
    validate_credit_code,
    validate_id_number,
    validate_mobile,
    validate_org_name,
    validate_person_name,
)
from counter_app.domain.permissions import Permission
from counter_app.domain.sealing import SEALED_FIELDS
from counter_app.services import audit, personal_data
from counter_app.services.base import Service, requires
from counter_app.services.customers_dto import (
    REASON_MAX_LENGTH,
    AccountArrears,
    AccountOverview,
    ArrearsSummary,
    BillLineRow,
    ChangeRow,
    ComplaintRow,
    ContactRow,
    Customer360,
    CustomerChanges,
    CustomerIdentity,
    CustomerSummary,
    FieldError,
    FieldErrors,
    PaymentRow,
    PrintedDocumentRow,
    RevealField,
    ServiceRequestRow,
)
from counter_app.services.hall_boundary import keeping_halls, require_customer_hall
from counter_app.services.ownership import held_by
from counter_app.services.search import search as search_accounts
from counter_app.services.search_dto import DEFAULT_LIMIT, SearchResult

T = TypeVar("T")

#: Action name to pass to ``AuthService.approve`` for opening an account despite arrears.
ARREARS_OVERRIDE = ApprovalAction.ARREARS_OVERRIDE
UNPAID_STATUSES = (BillStatus.UNPAID, BillStatus.PARTLY_PAID)
CLOSED_REQUEST_STATUSES = frozenset(
    {RequestStatus.ARCHIVED, RequestStatus.REJECTED, RequestStatus.WITHDRAWN}
)
CREDIT_CODE_LABEL = "统一社会信用代码"
KIND_LABELS = {CustomerKind.INDIVIDUAL: "个人", CustomerKind.ORGANISATION: "单位"}


# ----------------------------------------------------------------------------- errors


class ErrorCollector:
    """Gathers field errors so every problem of a form is reported at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, code: str, **params: object) -> None:
        self.errors.append(FieldError(field_name, code, params))

    def check(self, field_name: str, validate: Callable[[], T]) -> T | None:
        """Run a validator; on :class:`ValidationIssue` record it under ``field_name``."""
        try:
            return validate()
        except ValidationIssue as issue:
            self.add(field_name, issue.code, **issue.params)
            return None

    def has(self, field_name: str) -> bool:
        return any(e.field == field_name for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise FieldErrors(self.errors)


# ----------------------------------------------------------------------------- helpers


def id_label(customer: Customer) -> str:
    if customer.kind is CustomerKind.ORGANISATION:
        return CREDIT_CODE_LABEL
    try:
        return IdType(customer.id_type).label if customer.id_type else ""
    except ValueError:
        return customer.id_type or ""


def id_display(customer: Customer) -> str:
    """The ID number masked, or an organisation's (public) credit code."""
    id_number = personal_data.clear_fields(customer)["id_number"]
    if id_number:
        return mask_id_number(id_number)
    return customer.credit_code or ""


def phone_display(customer: Customer) -> str:
    phone = personal_data.clear_fields(customer)["phone"]
    return mask_phone(phone) if phone else ""


def emergency_contact_text(name: str, phone: str) -> str:
    """How the emergency contact is stored: the name, a space, the mobile number."""
    return f"{name} {phone}"


def mask_emergency_contact(value: str | None) -> str | None:
    if not value:
        return None
    name, _, phone = value.rpartition(" ")
    return f"{name} {mask_phone(phone)}" if name else mask_phone(phone)


_SENSITIVE_KEYS: dict[str, Callable[[str], str]] = {
    "id_number": mask_id_number,
    "phone": mask_phone,
    "emergency_contact": lambda v: mask_emergency_contact(v) or "",
}


def mask_audit_values(values: Any) -> Mapping[str, Any]:
    """Before/after values of an audit entry with ID numbers and phones masked."""
    if not isinstance(values, dict):
        return {} if values is None else {"value": values}
    masked: dict[str, Any] = {}
    for key, value in values.items():
        mask = _SENSITIVE_KEYS.get(key)
        masked[key] = (
            mask(value) if mask is not None and isinstance(value, str) and value else value
        )
    return masked


def clean_reason(reason: str, errors: ErrorCollector) -> str:
    text = " ".join(normalize_text(reason).split())
    if not text:
        errors.add("reason", "reason.empty")
    elif len(text) > REASON_MAX_LENGTH:
        errors.add("reason", "reason.too_long", max=REASON_MAX_LENGTH, actual=len(text))
    return text


def parse_id_type(value: IdType | str | None, errors: ErrorCollector) -> IdType | None:
    try:
        if value is None:
            raise ValueError("no id type")
        return IdType(value)
    except ValueError:
        errors.add("id_type", "id_type.invalid", value=str(value))
        return None


def arrears_subject(customer_id: int) -> str:
    """The approval subject for an arrears override of one customer."""
    return f"customer:{customer_id}"


def arrears_of(session: Session, customer_id: int) -> ArrearsSummary:
    """Unpaid and partly paid bills on the accounts a customer holds now."""
    rows = session.execute(
        select(
            Account.id,
            Account.number,
            func.sum(Bill.amount),
            func.sum(Bill.paid_amount),
            func.count(Bill.id),
        )
        .join(Bill, Bill.account_id == Account.id)
        .where(Account.customer_id == customer_id, Bill.status.in_(UNPAID_STATUSES))
        .group_by(Account.id, Account.number)
        .order_by(Account.number)
    ).all()
    accounts = tuple(
        AccountArrears(account_id, number, Decimal(amount) - Decimal(paid), int(count))
        for account_id, number, amount, paid, count in rows
        if Decimal(amount) - Decimal(paid) > 0
    )
    return ArrearsSummary(
        customer_id=customer_id,
        total=sum((a.amount for a in accounts), Decimal("0.00")),
        accounts=accounts,
        approval_action=ARREARS_OVERRIDE,
        approval_subject=arrears_subject(customer_id),
    )


def summary_of(session: Session, customer: Customer) -> CustomerSummary:
    numbers = session.execute(
        select(Account.number).where(Account.customer_id == customer.id).order_by(Account.number)
    ).scalars()
    return CustomerSummary(
        customer_id=customer.id,
        kind=customer.kind,
        name=customer.name,
        id_label=id_label(customer),
        id_masked=id_display(customer),
        phone_masked=phone_display(customer),
        address=customer.address,
        account_numbers=tuple(numbers),
        arrears=arrears_of(session, customer.id).total,
    )


def identity_of(customer: Customer) -> CustomerIdentity:
    clear = personal_data.clear_fields(customer)
    return CustomerIdentity(
        customer_id=customer.id,
        kind=customer.kind,
        kind_label=KIND_LABELS[customer.kind],
        name=customer.name,
        id_type=customer.id_type,
        id_label=id_label(customer),
        id_masked=id_display(customer),
        phone_masked=phone_display(customer),
        address=customer.address,
        contact_person=customer.contact_person,
        emergency_contact_masked=mask_emergency_contact(clear["emergency_contact"]),
        created_at=customer.created_at,
        anonymised=customer.anonymised_at is not None,
    )


def normalised_name(kind: CustomerKind, raw: str, errors: ErrorCollector) -> str | None:
    if kind is CustomerKind.INDIVIDUAL:
        return errors.check("name", lambda: validate_person_name(raw))
    return errors.check("name", lambda: validate_org_name(raw, field="name"))


def duplicate_candidates(
    session: Session, name: str, phone: str, exclude: Iterable[int] = ()
) -> tuple[CustomerSummary, ...]:
    """Other customers with the same mobile number and a similar name."""
    excluded = set(exclude)
    same_phone = session.execute(
        select(Customer)
        .where(personal_data.phone_is(session, phone), Customer.anonymised_at.is_(None))
        .order_by(Customer.id)
        .limit(50)
    ).scalars()
    return tuple(
        summary_of(session, c)
        for c in same_phone
        if c.id not in excluded and names_similar(name, c.name)
    )


def vars_of(customer: Customer) -> dict[str, Any]:
    """The customer's fields that are stored in clear, by name (sealed ones are not here)."""
    return {
        "kind": customer.kind,
        "name": customer.name,
        "id_type": customer.id_type,
        "credit_code": customer.credit_code,
        "address": customer.address,
        "contact_person": customer.contact_person,
    }


def load_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id}", entity="customer", id=customer_id)
    return customer


# ----------------------------------------------------------------------------- the service


class CustomerService(Service):
    """What a clerk does with a customer's record."""

    @requires(Permission.CUSTOMER_READ)
    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
        """Find accounts by 户号, phone, ID number, meter number, name, address or barcode.

        Args:
            query: What was typed or scanned.
            limit: Most rows to return.

        Returns:
            Ranked, masked rows (see :func:`counter_app.services.search.search`).
        """
        with self._db.read() as s:
            return search_accounts(s, query, limit)

    @requires(Permission.CUSTOMER_READ)
    def customer_360(self, customer_id: int, history_limit: int = 100) -> Customer360:
        """Everything about one customer on one screen, masked.

        Args:
            customer_id: The customer.
            history_limit: Most bills, payments, complaints, prints and contacts to list
                (newest first); open service requests and changes are always complete.

        Raises:
            NotFound: no such customer.
        """
        with self._db.read() as s:
            customer = load_customer(s, customer_id)
            # Another hall serves the customer (accounts, bills, payments, open requests);
            # complaints, contacts, prints and the history of changes stay with their hall.
            kept_by = keeping_halls(s, self.actor, customer_id)
            served = not kept_by
            accounts = list(
                s.execute(
                    select(Account)
                    .where(Account.customer_id == customer_id)
                    .order_by(Account.number)
                ).scalars()
            )
            owed = {a.account_id: a.amount for a in arrears_of(s, customer_id).accounts}
            numbers = {a.id: a.number for a in accounts}
            ids = list(numbers)
            users = _UserNames(s)
            overviews = tuple(
                AccountOverview(
                    account_id=a.id,
                    number=a.number,
                    utility_kind=a.utility_kind,
                    supply_address=a.supply_address,
                    meter_number=a.meter_number,
                    tariff_class=a.tariff_class,
                    billing_mode=a.billing_mode,
                    status=a.status,
                    balance=a.balance,
                    arrears=owed.get(a.id, Decimal("0.00")),
                    opened_on=a.opened_on,
                    closed_on=a.closed_on,
                )
                for a in accounts
            )
            return Customer360(
                identity=identity_of(customer),
                accounts=overviews,
                total_balance=sum((a.balance for a in overviews), Decimal("0.00")),
                total_arrears=sum((a.arrears for a in overviews), Decimal("0.00")),
                bills=_bills(s, ids, numbers, history_limit),
                payments=_payments(s, ids, numbers, users, history_limit),
                open_requests=_open_requests(s, customer_id, ids, numbers, users),
                complaints=_complaints(s, customer, ids, numbers, history_limit) if served else (),
                printed_documents=_prints(s, ids, numbers, users, history_limit) if served else (),
                contacts=_contacts(s, customer_id, numbers, users, history_limit) if served else (),
                changes=_changes(s, customer_id, users) if served else (),
                ownership=held_by(s, customer_id, ids),
                kept_by=kept_by,
            )

    @requires(Permission.CUSTOMER_READ)
    def arrears(self, customer_id: int) -> ArrearsSummary:
        """What the customer owes now; the opening wizard shows it before asking for approval.

        Raises:
            NotFound: no such customer.
        """
        with self._db.read() as s:
            load_customer(s, customer_id)
            return arrears_of(s, customer_id)

    @requires(Permission.CUSTOMER_REVEAL)
    def reveal(self, customer_id: int, field_name: RevealField | str) -> str:
        """Show one personal field in full; the look is written to the audit trail.

        Args:
            customer_id: The customer.
            field_name: ``"id_number"``, ``"phone"`` or ``"emergency_contact"``.

        Returns:
            The full value.

        Raises:
            InvalidInput: not a field that can be revealed.
            NotFound: no such customer, or the field is empty (e.g. anonymised).
            OtherHall: a clerk or manager of a hall the customer does not belong to.
        """
        try:
            which = RevealField(field_name)
        except ValueError:
            raise InvalidInput(
                f"cannot reveal {field_name}", field="field", value=str(field_name)
            ) from None
        with self._db.write() as s:
            customer = load_customer(s, customer_id)
            require_customer_hall(s, self.actor, customer_id, "reveal")
            value = personal_data.sealed_fields(s, customer, (which.value,))[which.value]
            if not value:
                raise NotFound(f"customer {customer_id} has no {which}", field=which.value)
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "reveal",
                "customer",
                customer_id,
                after={"field": which.value},
            )
            return value

    @requires(Permission.CUSTOMER_WRITE)
    def update_customer(
        self, customer_id: int, changes: CustomerChanges, reason: str
    ) -> CustomerIdentity:
        """Correct a customer's data (客户资料更正); the audit trail keeps before and after.

        Every given field is validated like at account opening; all problems are reported
        together and nothing is saved unless everything is valid. Fields equal to the stored
        value are not counted as changes; with no change at all nothing is written.

        Args:
            customer_id: The customer.
            changes: The new values; ``None`` keeps a field.
            reason: Why (required, up to 200 characters); stored with the audit entry.

        Returns:
            The customer's identity after the change, masked.

        Raises:
            FieldErrors: invalid values, a missing reason, or an ID number / credit code that
                another customer holds.
            NotFound: no such customer.
            Conflict: the customer was anonymised.
            OtherHall: a clerk or manager of a hall the customer does not belong to.
        """
        today = self._clock.now().astimezone(LOCAL_TZ).date()
        with self._db.write() as s:
            customer = load_customer(s, customer_id)
            require_customer_hall(s, self.actor, customer_id, "edit")
            if customer.anonymised_at is not None:
                raise Conflict("customer anonymised", anonymised=True)
            errors = ErrorCollector()
            wanted = _validated_changes(customer, changes, today, errors)
            reason_text = clean_reason(reason, errors)
            _check_unique_ids(s, customer.id, wanted, errors)
            errors.raise_if_any()
            current = {**vars_of(customer), **personal_data.clear_fields(customer)}
            before = {k: current[k] for k in wanted}
            changed = {k: v for k, v in wanted.items() if before[k] != v}
            if not changed:
                return identity_of(customer)
            sealed = {k: v for k, v in changed.items() if k in SEALED_FIELDS}
            for key, value in changed.items():
                if key not in sealed:
                    setattr(customer, key, value)
            personal_data.store(s, customer, sealed)
            s.flush()
            audit.record_by(
                s,
                self.actor,
                self._clock.now(),
                "update",
                "customer",
                customer.id,
                before=personal_data.seal_audit_values(
                    s, customer.id, {k: before[k] for k in changed}
                ),
                after=personal_data.seal_audit_values(
                    s, customer.id, {**changed, "reason": reason_text}
                ),
            )
            return identity_of(customer)

    @requires(Permission.CUSTOMER_READ)
    def find_by_id_number(self, id_type: IdType | str, number: str) -> CustomerSummary | None:
        """The customer holding an ID document, for the opening wizard (same ID ⇒ same person).

        Args:
            id_type: The document type.
            number: The number as typed (full-width digits, spaces, lower-case x accepted).

        Returns:
            The customer, masked, or ``None`` if nobody holds that number.

        Raises:
            FieldErrors: the type or number is invalid (fields ``id_type`` / ``id_number``).
        """
        errors = ErrorCollector()
        kind = parse_id_type(id_type, errors)
        today = self._clock.now().astimezone(LOCAL_TZ).date()
        valid = (
            errors.check("id_number", lambda: validate_id_number(kind, number, today))
            if kind is not None
            else None
        )
        errors.raise_if_any()
        assert valid is not None  # refused above otherwise
        with self._db.read() as s:
            customer = s.execute(
                select(Customer).where(personal_data.id_number_is(s, valid))
            ).scalar_one_or_none()
            return summary_of(s, customer) if customer is not None else None

    @requires(Permission.CUSTOMER_READ)
    def find_by_credit_code(self, code: str) -> CustomerSummary | None:
        """The organisation holding a unified social credit code, or ``None``.

        Raises:
            FieldErrors: the code is invalid (field ``credit_code``).
        """
        errors = ErrorCollector()
        valid = errors.check("credit_code", lambda: validate_credit_code(code))
        errors.raise_if_any()
        with self._db.read() as s:
            customer = s.execute(
                select(Customer).where(Customer.credit_code == valid)
            ).scalar_one_or_none()
            return summary_of(s, customer) if customer is not None else None

    @requires(Permission.CUSTOMER_READ)
    def duplicate_warnings(
        self, name: str, phone: str, exclude_customer_id: int | None = None
    ) -> tuple[CustomerSummary, ...]:
        """Customers that may be the same person: same mobile number and a similar name.

        Only a warning: relatives share phones. Same ID number is not a warning but the same
        customer (see :meth:`find_by_id_number`).

        Args:
            name: The name as typed.
            phone: The mobile number as typed; an invalid number gives no candidates.
            exclude_customer_id: A customer not to report (the one being edited).

        Returns:
            The candidates, masked; empty when there are none.
        """
        try:
            mobile = validate_mobile(phone)
        except ValidationIssue:
            return ()
        typed = " ".join(normalize_text(name).split())
        if not typed:
            return ()
        exclude = [] if exclude_customer_id is None else [exclude_customer_id]
        with self._db.read() as s:
            return duplicate_candidates(s, typed, mobile, exclude)


# ----------------------------------------------------------------------------- update helpers


def _validated_changes(
    customer: Customer, changes: CustomerChanges, today: date, errors: ErrorCollector
) -> dict[str, str | None]:
    """The model fields to set, validated and normalised; errors go to ``errors``."""
    wanted: dict[str, str | None] = {}
    individual = customer.kind is CustomerKind.INDIVIDUAL

    def put(key: str, value: str | None) -> None:
        if value is not None:
            wanted[key] = value

    not_for_this_kind: tuple[tuple[str, object], ...] = (
        ("credit_code", changes.credit_code),
        ("contact_person", changes.contact_person),
    )
    if not individual:
        not_for_this_kind = (
            ("id_type", changes.id_type),
            ("id_number", changes.id_number),
            ("emergency_name", changes.emergency_contact_name),
            ("emergency_phone", changes.emergency_contact_phone),
        )
    for key, value in not_for_this_kind:
        if value is not None:
            errors.add(key, "field.not_applicable", kind=customer.kind.value)

    if changes.name is not None:
        put("name", normalised_name(customer.kind, changes.name, errors))
    if changes.phone is not None:
        put("phone", errors.check("phone", lambda: validate_mobile(changes.phone or "")))
    if changes.address is not None:
        put("address", errors.check("address", lambda: validate_address(changes.address or "")))

    if individual:
        if changes.id_type is not None or changes.id_number is not None:
            kind = (
                parse_id_type(changes.id_type, errors)
                if changes.id_type is not None
                else parse_id_type(customer.id_type, errors)
            )
            stored = personal_data.clear_fields(customer)["id_number"] or ""
            raw = changes.id_number if changes.id_number is not None else stored
            if kind is not None:
                number = errors.check("id_number", lambda: validate_id_number(kind, raw, today))
                if number is not None:
                    wanted["id_type"] = kind.value
                    wanted["id_number"] = number
        _emergency_change(changes, errors, wanted)
    else:
        if changes.credit_code is not None:
            code = changes.credit_code
            put("credit_code", errors.check("credit_code", lambda: validate_credit_code(code)))
        if changes.contact_person is not None:
            person = changes.contact_person
            put(
                "contact_person",
                errors.check(
                    "contact_person",
                    lambda: validate_person_name(person, field="contact_person"),
                ),
            )
    return wanted


def _emergency_change(
    changes: CustomerChanges, errors: ErrorCollector, wanted: dict[str, str | None]
) -> None:
    name, phone = changes.emergency_contact_name, changes.emergency_contact_phone
    if name is None and phone is None:
        return
    name_text = normalize_text(name or "")
    phone_text = normalize_text(phone or "")
    if not name_text and not phone_text:
        wanted["emergency_contact"] = None  # removed on request
        return
    value = validate_emergency_contact(name_text, phone_text, errors)
    if value is not None:
        wanted["emergency_contact"] = value


def validate_emergency_contact(name: str, phone: str, errors: ErrorCollector) -> str | None:
    """Both parts or neither; returns the stored form, or None when empty or invalid."""
    if not name.strip() and not phone.strip():
        return None
    if not name.strip() or not phone.strip():
        missing = "emergency_name" if not name.strip() else "emergency_phone"
        errors.add(missing, "emergency.incomplete")
        return None
    valid_name = errors.check(
        "emergency_name", lambda: validate_person_name(name, field="emergency_name")
    )
    valid_phone = errors.check(
        "emergency_phone", lambda: validate_mobile(phone, field="emergency_phone")
    )
    if valid_name is None or valid_phone is None:
        return None
    return emergency_contact_text(valid_name, valid_phone)


def _check_unique_ids(
    s: Session, customer_id: int, wanted: Mapping[str, str | None], errors: ErrorCollector
) -> None:
    for key, code in (("id_number", "id.duplicate"), ("credit_code", "uscc.duplicate")):
        value = wanted.get(key)
        if value is None:
            continue
        same = (
            personal_data.id_number_is(s, value)
            if key == "id_number"
            else Customer.credit_code == value
        )
        other = s.execute(select(Customer.id).where(same, Customer.id != customer_id)).first()
        if other is not None:
            errors.add(key, code)


# ----------------------------------------------------------------------------- 360 helpers


class _UserNames:
    """工号 and names of users, fetched once per id."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[int, tuple[str, str]] = {}

    def load(self, ids: Iterable[int | None]) -> None:
        missing = {i for i in ids if i is not None and i not in self._cache}
        if missing:
            for uid, employee_no, name in self._session.execute(
                select(User.id, User.employee_no, User.name).where(User.id.in_(missing))
            ):
                self._cache[uid] = (employee_no, name)

    def employee_no(self, user_id: int | None) -> str:
        return self._cache.get(user_id, ("", ""))[0] if user_id is not None else ""

    def name(self, user_id: int | None) -> str:
        return self._cache.get(user_id, ("", ""))[1] if user_id is not None else ""


_History = TypeVar("_History", Bill, Payment, PrintedDocument)


def _newest(
    s: Session, model: type[_History], by: InstrumentedAttribute[Any], ids: list[int], limit: int
) -> list[_History]:
    """The ``limit`` newest rows of ``model`` on the accounts ``ids``: latest ``by`` first,
    the later row first among equals."""
    if not ids:
        return []
    return list(
        s.execute(
            select(model)
            .where(model.account_id.in_(ids))
            .order_by(by.desc(), model.id.desc())
            .limit(limit)
        ).scalars()
    )


def _number_of(numbers: Mapping[int, str], account_id: int | None) -> str | None:
    """The number of one of the customer's accounts a row is about, if it is about one."""
    return None if account_id is None else numbers.get(account_id)


def _bills(
    s: Session, ids: list[int], numbers: Mapping[int, str], limit: int
) -> tuple[BillLineRow, ...]:
    bills = _newest(s, Bill, Bill.period, ids, limit)
    return tuple(
        BillLineRow(
            bill_id=b.id,
            number=b.number,
            account_number=numbers[b.account_id],
            period=b.period,
            usage=b.usage,
            amount=b.amount,
            paid_amount=b.paid_amount,
            outstanding=(b.amount - b.paid_amount)
            if b.status in UNPAID_STATUSES
            else Decimal("0.00"),
            due_date=b.due_date,
            status=b.status,
        )
        for b in bills
    )


def _payments(
    s: Session, ids: list[int], numbers: Mapping[int, str], users: _UserNames, limit: int
) -> tuple[PaymentRow, ...]:
    payments = _newest(s, Payment, Payment.created_at, ids, limit)
    users.load(p.clerk_id for p in payments)
    return tuple(
        PaymentRow(
            payment_id=p.id,
            receipt_no=p.receipt_no,
            account_number=numbers[p.account_id],
            kind=p.kind,
            status=p.status,
            business_date=p.business_date,
            created_at=p.created_at,
            amount=p.amount,
            late_fee=p.late_fee,
            clerk_employee_no=users.employee_no(p.clerk_id),
        )
        for p in payments
    )


def _open_requests(
    s: Session,
    customer_id: int,
    ids: list[int],
    numbers: Mapping[int, str],
    users: _UserNames,
) -> tuple[ServiceRequestRow, ...]:
    owner = ServiceRequest.customer_id == customer_id
    rows = s.execute(
        select(ServiceRequest, ServiceType.code, ServiceType.name)
        .join(ServiceType, ServiceType.id == ServiceRequest.service_type_id)
        .where(
            or_(owner, ServiceRequest.account_id.in_(ids)) if ids else owner,
            ServiceRequest.status.not_in(CLOSED_REQUEST_STATUSES),
        )
        .order_by(ServiceRequest.accepted_at.desc(), ServiceRequest.id.desc())
    ).all()
    users.load(r.owner_id for r, _c, _n in rows)
    return tuple(
        ServiceRequestRow(
            request_id=r.id,
            number=r.number,
            type_code=code,
            type_name=name,
            status=r.status,
            account_number=_number_of(numbers, r.account_id),
            accepted_at=r.accepted_at,
            deadline_at=r.deadline_at,
            owner_employee_no=users.employee_no(r.owner_id),
            documents_missing=tuple(r.documents_missing or ()),
        )
        for r, code, name in rows
    )


def _complaints(
    s: Session, customer: Customer, ids: list[int], numbers: Mapping[int, str], limit: int
) -> tuple[ComplaintRow, ...]:
    conditions: list[ColumnElement[bool]] = []
    if ids:
        conditions.append(Complaint.account_id.in_(ids))
    phone = personal_data.clear_fields(customer)["phone"]
    if phone:
        conditions.append(personal_data.complaint_phone_is(s, phone))
    if not conditions:
        return ()
    complaints = s.execute(
        select(Complaint)
        .where(or_(*conditions))
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
        .limit(limit)
    ).scalars()
    return tuple(
        ComplaintRow(
            complaint_id=c.id,
            number=c.number,
            category=c.category,
            severity=c.severity,
            status=c.status,
            received_at=c.received_at,
            account_number=_number_of(numbers, c.account_id),
        )
        for c in complaints
    )


def _prints(
    s: Session, ids: list[int], numbers: Mapping[int, str], users: _UserNames, limit: int
) -> tuple[PrintedDocumentRow, ...]:
    docs = _newest(s, PrintedDocument, PrintedDocument.printed_at, ids, limit)
    users.load(d.user_id for d in docs)
    return tuple(
        PrintedDocumentRow(
            document_id=d.id,
            doc_type=d.doc_type,
            doc_number=d.doc_number,
            printed_at=d.printed_at,
            reprint_no=d.reprint_no,
            printed=d.printed,
            layout=d.layout,
            user_employee_no=users.employee_no(d.user_id),
            account_number=_number_of(numbers, d.account_id),
        )
        for d in docs
    )


def _contacts(
    s: Session, customer_id: int, numbers: Mapping[int, str], users: _UserNames, limit: int
) -> tuple[ContactRow, ...]:
    logs = list(
        s.execute(
            select(ContactLog)
            .where(ContactLog.customer_id == customer_id)
            .order_by(ContactLog.at.desc(), ContactLog.id.desc())
            .limit(limit)
        ).scalars()
    )
    users.load(c.user_id for c in logs)
    return tuple(
        ContactRow(
            contact_id=c.id,
            at=c.at,
            channel=c.channel,
            note=c.note,
            user_employee_no=users.employee_no(c.user_id),
            account_number=_number_of(numbers, c.account_id),
        )
        for c in logs
    )


def _changes(s: Session, customer_id: int, users: _UserNames) -> tuple[ChangeRow, ...]:
    entries = list(
        s.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == "customer", AuditEntry.entity_id == str(customer_id))
            .order_by(AuditEntry.id)
        ).scalars()
    )
    users.load(e.user_id for e in entries)
    rows = []
    for e in entries:
        after = dict(mask_audit_values(personal_data.open_audit_values(s, customer_id, e.after)))
        reason = after.pop("reason", None)
        rows.append(
            ChangeRow(
                entry_id=e.id,
                at=e.at,
                action=e.action,
                user_employee_no=users.employee_no(e.user_id) or None,
                user_name=users.name(e.user_id) or None,
                before=mask_audit_values(personal_data.open_audit_values(s, customer_id, e.before)),
                after=after,
                reason=reason if isinstance(reason, str) else None,
            )
        )
    return tuple(rows)
