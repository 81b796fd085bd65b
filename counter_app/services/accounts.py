"""Opening an account (开户/报装) and the printed-document register (docs/domain.md §3, §6, §11).

One call, one unit of work: the customer (new or found by ID number), the account with a fresh
number, its ownership, the 开户/报装 service request owned by the clerk (首问负责制) with its
deadline, the first request event, the audit entries, and the DTO to print - the account
opening confirmation when every document was handed in, otherwise the one-time notice
(一次性告知) of every missing document.

Numbers are taken from :class:`~counter_app.db.models.NumberSequence` rows locked for the rest
of the transaction (``SELECT ... FOR UPDATE`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so
several counters opening accounts at once never get the same number, and a number once used is
never handed out again.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session

from counter_app.db.models import (
    Account,
    AccountOwnership,
    Complaint,
    Customer,
    Hall,
    NumberSequence,
    ServiceRequest,
    ServiceRequestEvent,
    ServiceType,
    Tariff,
)
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ, hall_date
from counter_app.domain.documents import (
    AccountOpeningConfirmation,
    IssuedBy,
    MissingDocumentsNotice,
)
from counter_app.domain.enums import (
    AccountStatus,
    BillingMode,
    CustomerKind,
    DocumentType,
    RequestStatus,
    SlaUnit,
    UtilityKind,
)
from counter_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from counter_app.domain.identity import (
    IdType,
    normalize_id_number,
    normalize_text,
    validate_address,
    validate_credit_code,
    validate_id_number,
    validate_mobile,
    validate_person_name,
)
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import PrintRecord
from counter_app.services import approvals, audit, personal_data, print_register
from counter_app.services.accounts_dto import (
    AccountOpeningRequest,
    AccountOpeningResult,
    NewIndividual,
    NewOrganisation,
    OpeningOptions,
)
from counter_app.services.approvals import ApprovalGrant, UsedApproval
from counter_app.services.base import Actor, requires
from counter_app.services.calendar import load_calendar
from counter_app.services.customers import (
    ARREARS_OVERRIDE,
    KIND_LABELS,
    ErrorCollector,
    arrears_of,
    arrears_subject,
    duplicate_candidates,
    id_display,
    id_label,
    normalised_name,
    parse_id_type,
    phone_display,
    validate_emergency_contact,
)
from counter_app.services.customers_dto import (
    ArrearsBlocked,
    ArrearsSummary,
    CustomerSummary,
    FieldErrors,
)
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.receipts import issued_by
from counter_app.services.settings import read_setting

OPEN_SERVICE_CODE = "OPEN"
METER_NUMBER_MAX_LENGTH = 30
ACCOUNT_NUMBER_MAX_LENGTH = 20
NUMBER_FORMAT_SETTING = "accounts.number_format"

UTILITY_LABELS = {
    UtilityKind.GAS: "燃气",
    UtilityKind.ELECTRICITY: "电力",
    UtilityKind.WATER: "自来水",
}
BILLING_LABELS = {BillingMode.POSTPAID: "后付费", BillingMode.PREPAID: "预付费(IC卡)"}


# ----------------------------------------------------------------------------- numbers


def _hall_digits(hall_code: str) -> str:
    return "".join(ch for ch in hall_code if ch.isdigit())


def render_account_number(number_format: str, hall_code: str, seq: int) -> str:
    """Apply the ``accounts.number_format`` setting.

    Placeholders: ``{hall_code}`` (H01), ``{hall_digits}`` (01) and ``{seq}`` with any format
    spec, e.g. the default ``{hall_digits}{seq:08d}`` gives ``0100000123``.

    Raises:
        InvalidInput: the setting is not a usable format (an administrator must fix it).
    """
    try:
        number = number_format.format(
            hall_code=hall_code, hall_digits=_hall_digits(hall_code), seq=seq
        )
    except (KeyError, IndexError, ValueError) as exc:
        raise InvalidInput(
            f"bad {NUMBER_FORMAT_SETTING}: {exc}", setting=NUMBER_FORMAT_SETTING
        ) from None
    if not number or len(number) > ACCOUNT_NUMBER_MAX_LENGTH or "{" in number:
        raise InvalidInput(
            f"bad {NUMBER_FORMAT_SETTING}: {number!r}", setting=NUMBER_FORMAT_SETTING
        )
    return number


def _number_prefix(number_format: str, hall_code: str) -> str | None:
    """The fixed text before ``{seq}`` when ``{seq}`` ends the format, else None."""
    parts = list(string.Formatter().parse(number_format))
    if not parts or parts[-1][1] != "seq":
        return None
    head = "".join(
        literal + (("{" + name + (":" + spec if spec else "") + "}") if name else "")
        for literal, name, spec, _conv in parts[:-1]
    )
    try:
        return head.format(hall_code=hall_code, hall_digits=_hall_digits(hall_code)) + parts[-1][0]
    except (KeyError, IndexError, ValueError):
        return None


def _series_row(s: Session, name: str, start: Callable[[], int]) -> NumberSequence:
    """Lock the sequence row ``name``, creating it at ``start()`` the first time."""
    locked = select(NumberSequence).where(NumberSequence.name == name).with_for_update()
    row = s.execute(locked).scalar_one_or_none()
    if row is None:
        insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
        # Two counters may create the row at once: one insert wins, the other waits and skips.
        s.execute(
            insert(NumberSequence)
            .values(name=name, last_value=start())
            .on_conflict_do_nothing(index_elements=["name"])
        )
        row = s.execute(locked.execution_options(populate_existing=True)).scalar_one()
    return row


def allocate_account_number(s: Session, hall: Hall) -> str:
    """The next unused account number of a hall, in the caller's unit of work."""
    number_format = str(read_setting(s, NUMBER_FORMAT_SETTING))

    def start() -> int:
        # Continue after numbers that already exist (demo data, imports from an old system).
        prefix = _number_prefix(number_format, hall.code)
        if prefix is None:
            return 0
        highest = s.execute(
            select(func.max(Account.number)).where(Account.number.startswith(prefix))
        ).scalar_one_or_none()
        tail = highest[len(prefix) :] if highest else ""
        return int(tail) if tail.isdigit() else 0

    row = _series_row(s, f"account:{hall.code}", start)
    return _next_unused(
        s, row, lambda seq: render_account_number(number_format, hall.code, seq), Account.number
    )


def allocate_request_number(s: Session, hall: Hall, day: date) -> str:
    """The next service-request (work order) number: ``SR`` + hall + date + 4-digit sequence."""
    row = _series_row(s, f"request:{hall.code}:{day:%Y%m%d}", lambda: 0)
    return _next_unused(
        s, row, lambda seq: f"SR{hall.code}{day:%Y%m%d}{seq:04d}", ServiceRequest.number
    )


def allocate_complaint_number(s: Session, hall: Hall, day: date) -> str:
    """The next complaint tracking number: ``TS-`` hall ``-`` date ``-`` 3-digit sequence,
    e.g. ``TS-H01-20261123-001`` (read out over the phone, hence the dashes)."""
    row = _series_row(s, f"complaint:{hall.code}:{day:%Y%m%d}", lambda: 0)
    return _next_unused(
        s, row, lambda seq: f"TS-{hall.code}-{day:%Y%m%d}-{seq:03d}", Complaint.number
    )


def _next_unused(
    s: Session,
    row: NumberSequence,
    number_of: Callable[[int], str],
    column: InstrumentedAttribute[str],
) -> str:
    """The series' next number that no row holds in ``column`` yet; ``row`` remembers it.

    Never reuse: a number from another source, or of a closed account, is skipped.
    """
    seq = row.last_value
    while True:
        seq += 1
        number = number_of(seq)
        if s.execute(select(column).where(column == number)).first() is None:
            break
    row.last_value = seq
    return number


# ----------------------------------------------------------------------------- validation


@dataclass
class _ValidCustomer:
    kind: CustomerKind
    name: str
    phone: str
    address: str
    id_type: IdType | None = None
    id_number: str | None = None
    credit_code: str | None = None
    contact_person: str | None = None
    emergency_contact: str | None = None


def _validate_new_customer(
    data: NewIndividual | NewOrganisation, today: date, errors: ErrorCollector
) -> _ValidCustomer | None:
    kind = CustomerKind.INDIVIDUAL if isinstance(data, NewIndividual) else CustomerKind.ORGANISATION
    name = normalised_name(kind, data.name, errors)
    id_type: IdType | None = None
    id_number = credit_code = contact_person = emergency = None
    if isinstance(data, NewIndividual):
        id_type = parse_id_type(data.id_type, errors)
        if id_type is not None:
            valid_type = id_type
            id_number = errors.check(
                "id_number", lambda: validate_id_number(valid_type, data.id_number, today)
            )
        emergency = validate_emergency_contact(
            normalize_text(data.emergency_contact_name),
            normalize_text(data.emergency_contact_phone),
            errors,
        )
    else:
        credit_code = errors.check("credit_code", lambda: validate_credit_code(data.credit_code))
        contact_person = errors.check(
            "contact_person",
            lambda: validate_person_name(data.contact_person, field="contact_person"),
        )
    phone = errors.check("phone", lambda: validate_mobile(data.phone))
    address = errors.check("address", lambda: validate_address(data.address))
    if name is None or phone is None or address is None:
        return None
    if isinstance(data, NewIndividual) and id_number is None:
        return None
    if isinstance(data, NewOrganisation) and (credit_code is None or contact_person is None):
        return None
    return _ValidCustomer(
        kind=kind,
        name=name,
        phone=phone,
        address=address,
        id_type=id_type,
        id_number=id_number,
        credit_code=credit_code,
        contact_person=contact_person,
        emergency_contact=emergency,
    )


def _validate_meter_number(raw: str, errors: ErrorCollector) -> str | None:
    number = normalize_id_number(raw)
    if not number:
        errors.add("meter_number", "meter.empty")
        return None
    for ch in number:
        if not (ch.isascii() and ch.isalnum()):
            errors.add("meter_number", "meter.chars", char=ch)
            return None
    if len(number) > METER_NUMBER_MAX_LENGTH:
        errors.add(
            "meter_number", "meter.too_long", max=METER_NUMBER_MAX_LENGTH, actual=len(number)
        )
        return None
    return number


def _differences(existing: Customer, typed: _ValidCustomer) -> tuple[str, ...]:
    fields: list[str] = []
    stored = personal_data.clear_fields(existing)
    if typed.phone != stored["phone"]:
        fields.append("phone")
    if typed.address != existing.address:
        fields.append("address")
    if typed.kind is CustomerKind.INDIVIDUAL:
        if typed.emergency_contact and typed.emergency_contact != stored["emergency_contact"]:
            fields.append("emergency_contact")
    elif typed.contact_person != existing.contact_person:
        fields.append("contact_person")
    return tuple(fields)


def _same_name(a: str, b: str) -> bool:
    """Equal ignoring spaces, "·" and letter case (both are validated, normalised names).

    Deliberately stricter than ``names_similar``, which only warns about possible duplicates:
    one character off under the same ID number more likely means a mistyped ID number.
    """

    def key(name: str) -> str:
        return "".join(ch for ch in name if ch not in " ·").casefold()

    return key(a) == key(b)


# ----------------------------------------------------------------------------- the service


class AccountService(DocumentService):
    """Account opening, and the printing of its documents: the account opening confirmation
    and the one-time notice of missing documents (:meth:`issue`)."""

    ISSUE_REQUIRES = (Permission.ACCOUNT_OPEN,)

    @requires(Permission.ACCOUNT_OPEN)
    def opening_options(self, utility_kind: UtilityKind | str | None = None) -> OpeningOptions:
        """What the opening wizard offers: tariff classes, billing modes, document checklist.

        Args:
            utility_kind: The utility; the deployment's first one when omitted.

        Raises:
            InvalidInput: the utility kind is not served by this deployment.
            NotFound: the catalogue has no active 开户/报装 type for it.
        """
        with self._db.read() as s:
            served = tuple(UtilityKind(k) for k in read_setting(s, "utility_kinds"))
            try:
                kind = UtilityKind(utility_kind) if utility_kind is not None else served[0]
            except ValueError:
                raise InvalidInput("unknown utility kind", field="utility_kind") from None
            if kind not in served:
                raise InvalidInput("utility kind not served", field="utility_kind")
            service_type = _open_service_type(s, kind)
            return OpeningOptions(
                utility_kinds=served,
                utility_kind=kind,
                tariff_classes=_tariff_classes(s, kind),
                billing_modes=tuple(BillingMode),
                service_name=service_type.name,
                required_documents=tuple(service_type.required_documents),
                sla_amount=service_type.sla_amount,
                sla_unit=service_type.sla_unit,
            )

    @requires(Permission.ACCOUNT_OPEN)
    def open_account(
        self, request: AccountOpeningRequest, approval: ApprovalGrant | None = None
    ) -> AccountOpeningResult:
        """Open an account (开户/报装) for an existing or a new customer.

        Rules:
            * Every field is validated first and all problems are raised together; nothing is
              saved unless the whole request is valid.
            * Same ID number (or credit code) as a stored customer ⇒ that customer is reused.
              The typed name must then be the registered name: a different name most likely
              means a mistyped ID number, which would give the account to a stranger, so it is
              a field error on ``name`` (a real change of name goes through
              ``CustomerService.update_customer`` first). Differences in phone or address are
              reported in ``customer_differences`` and do not change the record.
            * Arrears on the customer's other accounts block the opening unless ``approval``
              is a manager's grant from ``AuthService.approve`` with action
              ``"arrears_override"`` and the subject given in :class:`ArrearsBlocked`,
              requested by this clerk within the last 30 minutes and not used before.
            * The account starts as PENDING (待通气/待接电) with a number from the
              ``accounts.number_format`` setting; the 开户/报装 request is ACCEPTED with its SLA
              deadline when the documents are complete, else INCOMPLETE (资料不全) with the
              missing ones listed and no deadline until they arrive.

        Args:
            request: The wizard's input.
            approval: A manager's arrears override, when the customer has arrears.

        Returns:
            The new account, the request, and the confirmation or the one-time notice to print
            (pass it to :meth:`issue`).

        Raises:
            FieldErrors: one or more invalid fields (each with field, code and params).
            ArrearsBlocked: the customer has arrears and no approval was given.
            ApprovalInvalid: the approval does not cover this opening, has expired or was
                used before (``approval.mismatch``, ``approval.expired``, ``approval.used``).
            NotFound: the catalogue has no active 开户/报装 type for the utility kind.
        """
        now = self._clock.now()
        today = hall_date(now)
        errors = ErrorCollector()
        typed = self._validate_pure(request, today, errors)
        calendar = load_calendar(self._db)
        try:
            with self._db.write() as s:
                return self._open(s, request, typed, approval, errors, calendar, now, today)
        except IntegrityError as exc:
            # Two counters raced past the checks; the unique index decided. Say which field.
            error = self._integrity_as_field_error(exc, typed)
            if error is None:
                raise
            raise error from exc

    @requires()
    def register_print(
        self,
        doc_type: DocumentType | str,
        doc_number: str,
        content_hash: str,
        layout: str,
        pdf_path: str | None = None,
        account_id: int | None = None,
        *,
        printed: bool = True,
        reason: str | None = None,
    ) -> PrintRecord:
        """Enter a copy printed elsewhere into the printed-document register (§11).

        The screens print through :meth:`issue` instead, which renders the document itself.
        The first print of a document is the original (``reprint_no`` 0); every later one is
        a reprint (补打) and needs a reason.

        Args:
            doc_type: What was printed.
            doc_number: Its number (receipt number, request number, account number ...).
            content_hash: SHA-256 (hex) of the rendered PDF bytes.
            layout: ``thermal80``, ``a5`` or ``a4``.
            pdf_path: Where the PDF copy was saved, if it was.
            account_id: The account the document is about.
            printed: False when the printer failed and the document waits in the reprint queue.
            reason: Why a reprint was made.

        Raises:
            FieldErrors: an unknown type or layout, a malformed hash, or a reprint without a
                reason.
        """
        copy = print_register.check_copy(
            doc_type, doc_number, content_hash, layout, pdf_path=pdf_path, reason=reason
        )
        with self._db.write() as s:
            return print_register.enter_copy(
                s,
                copy,
                actor=self.actor,
                at=self._clock.now(),
                printed=printed,
                hall_id=self.actor.hall_id,
                account_id=account_id,
            )

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        if doc_type is DocumentType.ACCOUNT_OPENING:
            account = s.execute(
                select(Account.hall_id, Account.id).where(Account.number == doc_number)
            ).first()
            if account is not None:
                return DocumentSubject(hall_id=account.hall_id, account_id=account.id)
        elif doc_type is DocumentType.MISSING_DOCUMENTS:
            request = s.execute(
                select(ServiceRequest.hall_id, ServiceRequest.account_id).where(
                    ServiceRequest.number == doc_number
                )
            ).first()
            if request is not None:
                return DocumentSubject(hall_id=request.hall_id, account_id=request.account_id)
        raise NotFound(f"no {doc_type} {doc_number}", entity=doc_type.value, number=doc_number)

    # ------------------------------------------------------------------------- opening steps

    def _validate_pure(
        self, request: AccountOpeningRequest, today: date, errors: ErrorCollector
    ) -> _Typed:
        """Checks that need no database: formats, lengths, characters, choices."""
        typed = _Typed()
        if request.customer_id is None and request.new_customer is None:
            errors.add("customer", "customer.required")
        elif request.customer_id is not None and request.new_customer is not None:
            errors.add("customer", "customer.both")
        elif request.new_customer is not None:
            typed.customer = _validate_new_customer(request.new_customer, today, errors)
        typed.supply_address = errors.check(
            "supply_address",
            lambda: validate_address(request.supply_address, field="supply_address"),
        )
        try:
            typed.utility_kind = UtilityKind(request.utility_kind)
        except ValueError:
            errors.add("utility_kind", "utility_kind.invalid", value=str(request.utility_kind))
        try:
            typed.billing_mode = BillingMode(request.billing_mode)
        except ValueError:
            errors.add("billing_mode", "billing_mode.invalid", value=str(request.billing_mode))
        typed.tariff_class = " ".join(normalize_text(request.tariff_class).split())
        if not typed.tariff_class:
            errors.add("tariff_class", "tariff_class.empty")
        typed.meter_number = _validate_meter_number(request.meter_number, errors)
        typed.documents = tuple(
            dict.fromkeys(
                d
                for d in (" ".join(normalize_text(x).split()) for x in request.documents_received)
                if d
            )
        )
        typed.queue_ticket = normalize_text(request.queue_ticket or "")[:20] or None
        return typed

    def _open(
        self,
        s: Session,
        request: AccountOpeningRequest,
        typed: _Typed,
        approval: ApprovalGrant | None,
        errors: ErrorCollector,
        calendar: WorkingCalendar,
        now: datetime,
        today: date,
    ) -> AccountOpeningResult:
        hall = s.get(Hall, self.actor.hall_id) if self.actor.hall_id is not None else None
        if hall is None:
            raise PermissionDenied("accounts are opened at a hall", hall_required=True)

        # --- checks against stored data, still collecting field errors
        service_type: ServiceType | None = None
        if typed.utility_kind is not None:
            served = {UtilityKind(k) for k in read_setting(s, "utility_kinds")}
            if typed.utility_kind not in served:
                errors.add("utility_kind", "utility_kind.not_served", value=typed.utility_kind)
            else:
                service_type = _open_service_type(s, typed.utility_kind)
                classes = _tariff_classes(s, typed.utility_kind)
                if typed.tariff_class and typed.tariff_class not in classes:
                    errors.add("tariff_class", "tariff_class.unknown", value=typed.tariff_class)
        required = tuple(service_type.required_documents) if service_type else ()
        if service_type is not None:
            for name in typed.documents:
                if name not in required:
                    errors.add("documents", "documents.unknown", name=name)
        if typed.meter_number is not None:
            holder = s.execute(
                select(Account.number).where(Account.meter_number == typed.meter_number)
            ).scalar_one_or_none()
            if holder is not None:
                errors.add(
                    "meter_number",
                    "meter.duplicate",
                    value=typed.meter_number,
                    account_number=holder,
                )
        customer, differences = self._resolve_customer(s, request, typed, errors)
        errors.raise_if_any()
        # Invariants once no field error was raised; they narrow the types for what follows.
        assert service_type is not None
        assert typed.supply_address is not None
        assert typed.billing_mode is not None
        assert typed.meter_number is not None
        assert typed.utility_kind is not None

        # --- arrears: blocked unless a manager approved (after all field errors are known)
        arrears: ArrearsSummary | None = None
        approved: UsedApproval | None = None
        if customer is not None:
            arrears = arrears_of(s, customer.id)
            if arrears.blocks_opening:
                if approval is None:
                    raise ArrearsBlocked(arrears)
                # Refuse an unfit approval before anything is written; it is used further down.
                approved = approvals.check(
                    s,
                    approval,
                    action=ARREARS_OVERRIDE,
                    subject=arrears_subject(customer.id),
                    actor=self.actor,
                    now=now,
                )
        warnings: tuple[CustomerSummary, ...] = ()
        if typed.customer is not None:
            warnings = duplicate_candidates(
                s,
                typed.customer.name,
                typed.customer.phone,
                exclude=[customer.id] if customer is not None else [],
            )

        # --- writes; numbers first so their row locks are always taken in the same order
        account_number = allocate_account_number(s, hall)
        request_number = allocate_request_number(s, hall, today)
        created = customer is None
        if customer is None:
            assert typed.customer is not None
            customer = create_customer(s, typed.customer, now, self.actor.user_id)
        account = Account(
            number=account_number,
            customer_id=customer.id,
            hall_id=hall.id,
            utility_kind=typed.utility_kind,
            supply_address=typed.supply_address,
            meter_number=typed.meter_number,
            tariff_class=typed.tariff_class,
            billing_mode=typed.billing_mode,
            status=AccountStatus.PENDING,
            balance=Decimal("0.00"),
            opened_on=today,
        )
        s.add(account)
        s.flush()

        received = tuple(d for d in required if d in typed.documents)
        missing = tuple(d for d in required if d not in typed.documents)
        status = RequestStatus.INCOMPLETE if missing else RequestStatus.ACCEPTED
        deadline = None if missing else _deadline(service_type, calendar, now)
        sr = ServiceRequest(
            number=request_number,
            service_type_id=service_type.id,
            hall_id=hall.id,
            customer_id=customer.id,
            account_id=account.id,
            owner_id=self.actor.user_id,
            status=status,
            description=service_type.name,
            address=typed.supply_address,
            documents_received=list(received),
            documents_missing=list(missing),
            emergency=False,
            accepted_at=now,
            deadline_at=deadline,
            fee=service_type.fee,
            payload={
                "account_number": account_number,
                "arrears_override_approval_id": approved.approval_id if approved else None,
            },
            queue_ticket=typed.queue_ticket,
        )
        s.add(sr)
        s.flush()
        s.add(
            AccountOwnership(
                account_id=account.id,
                customer_id=customer.id,
                valid_from=today,
                service_request_id=sr.id,
            )
        )
        s.add(
            ServiceRequestEvent(
                request_id=sr.id,
                from_status=None,
                to_status=status,
                user_id=self.actor.user_id,
                at=now,
                note="资料不全：" + "、".join(missing) if missing else "",
            )
        )
        s.flush()
        self._audit_opening(s, now, customer, created, account, sr, arrears, approval)

        issued = _issued_by(s, hall, self.actor, now)
        confirmation: AccountOpeningConfirmation | None = None
        notice: MissingDocumentsNotice | None = None
        if missing:
            notice = MissingDocumentsNotice(
                issued=issued,
                notice_number=sr.number,
                customer_name=customer.name,
                phone_masked=phone_display(customer),
                business=service_type.name,
                address=account.supply_address,
                documents_required=required,
                documents_received=received,
                documents_missing=missing,
            )
        else:
            confirmation = AccountOpeningConfirmation(
                issued=issued,
                account_number=account.number,
                customer_name=customer.name,
                customer_kind=KIND_LABELS[customer.kind],
                id_label=id_label(customer),
                id_masked=id_display(customer),
                phone_masked=phone_display(customer),
                supply_address=account.supply_address,
                utility_kind=UTILITY_LABELS[account.utility_kind],
                tariff_class=account.tariff_class,
                billing_mode=BILLING_LABELS[account.billing_mode],
                meter_number=typed.meter_number,
                opened_on=today,
                request_number=sr.number,
                request_type=service_type.name,
                request_deadline=hall_date(deadline) if deadline else None,
                documents_received=received,
            )
        return AccountOpeningResult(
            account_id=account.id,
            account_number=account.number,
            account_status=account.status,
            customer_id=customer.id,
            customer_name=customer.name,
            customer_created=created,
            customer_differences=differences,
            request_id=sr.id,
            request_number=sr.number,
            request_status=status,
            deadline_at=deadline,
            documents_required=required,
            documents_received=received,
            documents_missing=missing,
            arrears=arrears.total if arrears else Decimal("0.00"),
            arrears_override_approval_id=approved.approval_id if approved else None,
            duplicate_warnings=warnings,
            confirmation=confirmation,
            missing_documents_notice=notice,
        )

    def _resolve_customer(
        self,
        s: Session,
        request: AccountOpeningRequest,
        typed: _Typed,
        errors: ErrorCollector,
    ) -> tuple[Customer | None, tuple[str, ...]]:
        """The stored customer to use (None: create ``typed.customer``) and typed differences."""
        if request.customer_id is not None and request.new_customer is None:
            customer = s.get(Customer, request.customer_id)
            if customer is None:
                errors.add("customer", "customer.not_found", id=request.customer_id)
            elif customer.anonymised_at is not None:
                errors.add("customer", "customer.anonymised")
            return customer, ()
        new = typed.customer
        if new is None:
            return None, ()
        if new.kind is CustomerKind.INDIVIDUAL:
            key, code = "id_number", "id.name_mismatch"
            same = personal_data.id_number_is(s, new.id_number or "")
        else:
            key, code = "credit_code", "uscc.name_mismatch"
            same = Customer.credit_code == new.credit_code
        existing = s.execute(select(Customer).where(same)).scalar_one_or_none()
        if existing is None:
            return None, ()
        if existing.anonymised_at is not None:
            errors.add(key, "customer.anonymised")
        elif existing.kind is not new.kind or not _same_name(new.name, existing.name):
            errors.add("name", code, registered_name=existing.name)
        return existing, _differences(existing, new)

    def _integrity_as_field_error(self, exc: IntegrityError, typed: _Typed) -> FieldErrors | None:
        text = str(exc.orig).lower()
        errors = ErrorCollector()
        if "meter_number" in text:
            with self._db.read() as s:
                holder = s.execute(
                    select(Account.number).where(Account.meter_number == typed.meter_number)
                ).scalar_one_or_none()
            errors.add(
                "meter_number",
                "meter.duplicate",
                value=typed.meter_number,
                account_number=holder or "",
            )
        elif "id_number" in text:
            errors.add("id_number", "id.duplicate")
        elif "credit_code" in text:
            errors.add("credit_code", "uscc.duplicate")
        else:
            return None
        return FieldErrors(errors.errors)

    def _audit_opening(
        self,
        s: Session,
        now: datetime,
        customer: Customer,
        created: bool,
        account: Account,
        sr: ServiceRequest,
        arrears: ArrearsSummary | None,
        approval: ApprovalGrant | None,
    ) -> None:
        def record(action: str, entity: str, entity_id: int, after: dict[str, object]) -> None:
            audit.record_by(s, self.actor, now, action, entity, entity_id, after=after)

        if created:
            clear = personal_data.reveal(s, customer)
            sealed = personal_data.seal_audit_values(
                s, customer.id, {"kind": customer.kind, **clear}
            )
            assert sealed is not None
            record("create", "customer", customer.id, sealed)
        used: UsedApproval | None = None
        if approval is not None and arrears is not None and arrears.blocks_opening:
            # Uses the approval up; the trail keeps who approved which arrears.
            used = approvals.consume(
                s,
                approval,
                action=ARREARS_OVERRIDE,
                subject=arrears_subject(customer.id),
                actor=self.actor,
                now=now,
                used_for=account.number,
                details={
                    "customer_id": customer.id,
                    "account_number": account.number,
                    "arrears": arrears.total,
                },
            )
        record(
            "create",
            "account",
            account.id,
            {
                "number": account.number,
                "customer_id": customer.id,
                "utility_kind": account.utility_kind,
                "supply_address": account.supply_address,
                "meter_number": account.meter_number,
                "tariff_class": account.tariff_class,
                "billing_mode": account.billing_mode,
                "status": account.status,
                "arrears_override_approval_id": used.approval_id if used else None,
            },
        )
        record(
            "create",
            "service_request",
            sr.id,
            {
                "number": sr.number,
                "type": OPEN_SERVICE_CODE,
                "status": sr.status,
                "account_number": account.number,
                "documents_received": sr.documents_received,
                "documents_missing": sr.documents_missing,
                "deadline_at": sr.deadline_at,
            },
        )


@dataclass
class _Typed:
    """The request after normalisation; None where a field was invalid."""

    customer: _ValidCustomer | None = None
    supply_address: str | None = None
    utility_kind: UtilityKind | None = None
    billing_mode: BillingMode | None = None
    tariff_class: str = ""
    meter_number: str | None = None
    documents: tuple[str, ...] = ()
    queue_ticket: str | None = None


def _open_service_type(s: Session, kind: UtilityKind) -> ServiceType:
    service_type = s.execute(
        select(ServiceType).where(
            ServiceType.utility_kind == kind,
            ServiceType.code == OPEN_SERVICE_CODE,
            ServiceType.active.is_(True),
        )
    ).scalar_one_or_none()
    if service_type is None:
        raise NotFound(
            f"no active {OPEN_SERVICE_CODE} service type for {kind}",
            entity="service_type",
            code=OPEN_SERVICE_CODE,
            utility_kind=kind.value,
        )
    return service_type


def _tariff_classes(s: Session, kind: UtilityKind) -> tuple[str, ...]:
    return tuple(
        s.execute(
            select(Tariff.tariff_class)
            .where(Tariff.utility_kind == kind)
            .distinct()
            .order_by(Tariff.tariff_class)
        ).scalars()
    )


def _deadline(service_type: ServiceType, calendar: WorkingCalendar, now: datetime) -> datetime:
    local = now.astimezone(LOCAL_TZ)
    if service_type.sla_unit is SlaUnit.HOURS:
        return local + timedelta(hours=service_type.sla_amount)
    return calendar.deadline(local, service_type.sla_amount)


def create_customer(s: Session, data: _ValidCustomer, now: datetime, user_id: int) -> Customer:
    """Add a validated new customer in the caller's unit of work, their ID number, mobile and
    emergency contact sealed (:mod:`counter_app.services.personal_data`)."""
    customer = Customer(
        kind=data.kind,
        name=data.name,
        id_type=data.id_type.value if data.id_type else None,
        credit_code=data.credit_code,
        address=data.address,
        contact_person=data.contact_person,
        created_at=now,
        created_by=user_id,
    )
    s.add(customer)
    s.flush()
    personal_data.store(
        s,
        customer,
        {
            "id_number": data.id_number,
            "phone": data.phone,
            "emergency_contact": data.emergency_contact,
        },
    )
    return customer


def _issued_by(s: Session, hall: Hall, actor: Actor, now: datetime) -> IssuedBy:
    """The header of a paper ``actor`` issues at their counter in ``hall``
    (:func:`counter_app.services.receipts.issued_by`)."""
    return issued_by(s, hall.id, actor.counter_id, actor.user_id, now)
