""":class:`RequestService`: every step of a service request a screen takes, one unit of work
each (docs/domain.md §6), and the printing of the request's documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Customer,
    ServiceRequest,
    ServiceType,
)
from counter_app.domain.approvals import ApprovalGrant
from counter_app.domain.enums import (
    DocumentType,
    RequestEffect,
    RequestStatus,
    Satisfaction,
)
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import DocumentNotFound, IssuedDocument, Printable
from counter_app.domain.request_documents import Copy, RequestStatusSlip
from counter_app.domain.requests import (
    CLOSED_STATUSES,
    Step,
    StepRefused,
    after_documents,
    deadline_for,
)
from counter_app.services import approvals
from counter_app.services.base import requires
from counter_app.services.bills import load_account
from counter_app.services.calendar import load_calendar
from counter_app.services.customers import ErrorCollector
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.hall_boundary import require_own_hall
from counter_app.services.payments.dto import TenderLine
from counter_app.services.requests import ledger
from counter_app.services.requests.catalogue import type_info
from counter_app.services.requests.dto import (
    DEFAULT_TEAMS,
    SERVICE_REQUEST,
    TEAM_MAX_LENGTH,
    FeeResult,
    IntakeContext,
    IntakePreview,
    IntakeRequest,
    IntakeResult,
    LedgerExport,
    LedgerRow,
    OwnershipInfo,
    RequestDetail,
    RequestList,
    RequestNotFound,
    RequestRefused,
    RequestSummary,
    StepResult,
    request_subject,
)
from counter_app.services.requests.effects import arrears_principal
from counter_app.services.requests.fees import FeeTaker
from counter_app.services.requests.intake import (
    clean_text,
    missing_notice,
    plan_intake,
    preview,
    write_intake,
)
from counter_app.services.requests.lifecycle import (
    begin,
    callback_in,
    clean_note,
    complete_in,
    dispatch_in,
    finish,
    move_in,
)
from counter_app.services.requests.papers import (
    settlement_slip_of,
    status_slip_of,
    work_order_of,
)
from counter_app.services.requests.queries import (
    account_holders,
    account_query,
    detail_of,
    fee_paid_in,
    list_query,
    load_request,
    lookup_query,
    request_id_of,
    summaries,
)

_REPRINTABLE = (
    DocumentType.WORK_ORDER,
    DocumentType.SETTLEMENT_SLIP,
    DocumentType.MISSING_DOCUMENTS,
)


class RequestService(DocumentService):
    """Intake, the lifecycle, lists and lookups, fees, and the request's documents.

    Every step takes the ``version`` of the :class:`RequestDetail` the screen shows: a step
    on a request another counter changed since is refused with ``request.changed`` (two
    counters completing the same request at once: one wins, the other is told).
    """

    ISSUE_REQUIRES = (Permission.REQUEST_ACCEPT,)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fees = FeeTaker()

    # ------------------------------------------------------------------------- intake

    @requires(Permission.REQUEST_ACCEPT)
    def intake_context(self, account_id: int) -> IntakeContext:
        """The account, its holder, arrears and credit, and the types it can take.

        Raises: AccountNotFound.
        """
        with self._db.read() as s:
            account = load_account(s, account_id)
            customer = s.get(Customer, account.customer_id)
            types = s.execute(
                select(ServiceType)
                .where(
                    ServiceType.utility_kind == account.utility_kind,
                    ServiceType.active.is_(True),
                )
                .order_by(ServiceType.id)
            ).scalars()
            return IntakeContext(
                account_id=account.id,
                account_number=account.number,
                customer_id=account.customer_id,
                customer_name=customer.name if customer else "",
                supply_address=account.supply_address,
                utility_kind=account.utility_kind,
                account_status=account.status,
                arrears=arrears_principal(s, account.id),
                balance=account.balance,
                types=tuple(type_info(t) for t in types),
            )

    @requires(Permission.REQUEST_ACCEPT)
    def teams(self) -> tuple[str, ...]:
        """Teams to offer for dispatch (the list is a suggestion: any name is accepted),
        the teams the hall dispatched to before first."""
        with self._db.read() as s:
            used = s.execute(
                select(ServiceRequest.dispatched_team)
                .where(
                    ServiceRequest.hall_id == self.actor.hall_id,
                    ServiceRequest.dispatched_team.is_not(None),
                )
                .distinct()
                .limit(20)
            ).scalars()
            return tuple(dict.fromkeys([*sorted(t for t in used if t), *DEFAULT_TEAMS]))

    @requires(Permission.REQUEST_ACCEPT)
    def preview_intake(self, request: IntakeRequest) -> IntakePreview:
        """What confirming ``request`` would do: status, deadline, missing documents, fee.

        Raises: as :meth:`accept`, nothing is saved.
        """
        calendar = load_calendar(self._db)
        with self._db.read() as s:
            return preview(plan_intake(s, request, calendar, self._clock.now()))

    @requires(Permission.REQUEST_ACCEPT)
    def accept(self, request: IntakeRequest) -> IntakeResult:
        """Accept a request (受理); the signed-in clerk becomes its owner (首问负责).

        Rules: the type is active and of the account's utility kind; the account is not
        closed; the type's data is checked (过户: a new owner other than the holder and no
        arrears; 更名: a valid name; 迁移: a non-empty address of at most 200 characters;
        销户: no arrears); a repair needs a description. Documents missing ⇒ ``incomplete``
        with no deadline and a 一次性告知单 to print; complete ⇒ ``pending_approval`` for a
        type that needs approval, else ``accepted``, with the deadline from the type's SLA.
        An emergency raises an alert for the hall's manager and, with a ``team``, is
        dispatched at once (its work order to print).

        Raises:
            FieldErrors: invalid input, every field at once (``request.description_empty``,
                ``request.description_too_long``, ``request.address_empty``,
                ``request.documents_unknown``, ``request.new_owner_required``,
                ``request.new_name_same``, ``request.new_address_same``, the name, address
                and identity validators' codes ...).
            RequestRefused: ``request.type_inactive``, ``request.type_not_served``,
                ``request.account_required``, ``request.account_closed``,
                ``request.arrears``, ``request.same_owner``, ``request.account_suspended``,
                ``request.account_not_active``, ``request.account_not_suspended``,
                ``request.open_exists``.
            ServiceTypeNotFound, AccountNotFound.
        """
        calendar = load_calendar(self._db)
        now = self._clock.now()
        team = clean_text(request.team)
        with self._db.write() as s:
            planned = plan_intake(s, request, calendar, now)
            if team and planned.service_type.emergency:
                _check_team(team)
            sr = write_intake(s, self.actor, planned, now)
            work_order = None
            if team and sr.emergency:
                sr.dispatched_team = team
                finish(
                    s,
                    sr,
                    RequestStatus.DISPATCHED,
                    action=Step.DISPATCH,
                    actor=self.actor,
                    now=now,
                    note="",
                    audit_after={"team": team},
                )
                work_order = work_order_of(s, sr, self.actor, now)
            return IntakeResult(
                request=detail_of(s, sr, self.actor, now),
                missing_documents_notice=missing_notice(s, self.actor, sr, now),
                work_order=work_order,
                unknown_years=planned.unknown_years,
            )

    # ------------------------------------------------------------------------- steps

    @requires(Permission.REQUEST_ACCEPT)
    def complete_documents(
        self, request_id: int, documents_received: Sequence[str], *, version: int | None = None
    ) -> StepResult:
        """The customer brought more documents (补齐资料). All there ⇒ accepted (or pending
        approval) and the deadline starts now; still missing ⇒ stays incomplete with a new
        一次性告知单.

        Raises: StepRefused, RequestRefused (``request.changed``), FieldErrors
        (``request.documents_unknown``), RequestNotFound.
        """
        calendar = load_calendar(self._db)
        now = self._clock.now()
        with self._db.write() as s:
            sr, _, copy = begin(
                s, request_id, Step.COMPLETE_DOCUMENTS, actor=self.actor, version=version
            )
            received = list(sr.documents_received or ())
            required = received + list(sr.documents_missing or ())
            errors = ErrorCollector()
            for raw in documents_received:
                name = clean_text(raw)
                if name and name not in required:
                    errors.add("documents", "request.documents_unknown", name=name)
                elif name and name not in received:
                    received.append(name)
            errors.raise_if_any()
            sr.documents_received = [d for d in required if d in received]
            sr.documents_missing = [d for d in required if d not in received]
            status = after_documents(
                missing=bool(sr.documents_missing),
                needs_approval=copy.needs_approval and not sr.emergency,
            )
            unknown: tuple[int, ...] = ()
            if status is not RequestStatus.INCOMPLETE:
                deadline = deadline_for(now, copy.sla_amount, copy.sla_unit, calendar)
                sr.deadline_at, unknown = deadline.due_at, deadline.unknown_years
            note = "资料不全：" + "、".join(sr.documents_missing) if sr.documents_missing else ""
            finish(
                s,
                sr,
                status,
                action=Step.COMPLETE_DOCUMENTS,
                actor=self.actor,
                now=now,
                note=note,
                audit_after={
                    "documents_received": sr.documents_received,
                    "documents_missing": sr.documents_missing,
                    "deadline_at": sr.deadline_at,
                },
            )
            return StepResult(
                request=detail_of(s, sr, self.actor, now),
                missing_documents_notice=missing_notice(s, self.actor, sr, now),
                unknown_years=unknown,
            )

    @requires(Permission.REQUEST_ACCEPT)
    def dispatch(
        self,
        request_id: int,
        team: str,
        note: str = "",
        approval: ApprovalGrant | None = None,
        *,
        version: int | None = None,
    ) -> StepResult:
        """派工 to ``team`` with a note; the work order prints (``StepResult.work_order``).

        A request in ``pending_approval`` needs ``approval``: a manager's grant from
        ``AuthService.approve(action=SERVICE_REQUEST, subject=request_subject(number))``; the
        manager may not be the request's owner. A fee must be paid first.

        Raises:
            StepRefused, RequestRefused (``request.fee_unpaid``, ``request.approval_own``,
            ``request.changed``), ApprovalRequired / ApprovalInvalid, FieldErrors
            (``request.team_empty``, ``request.team_too_long``), RequestNotFound.
        """
        team_text = clean_text(team)
        _check_team(team_text)
        note_text = clean_note(note)
        now = self._clock.now()
        with self._db.write() as s:
            sr, _, _ = begin(s, request_id, Step.DISPATCH, actor=self.actor, version=version)
            if not fee_paid_in(s, sr):
                raise RequestRefused("request.fee_unpaid", fee=sr.fee, number=sr.number)
            approved_by = None
            if sr.status is RequestStatus.PENDING_APPROVAL:
                if approval is not None and approval.approver_id == sr.owner_id:
                    raise RequestRefused("request.approval_own", number=sr.number)
                approved_by = approvals.consume(
                    s,
                    approval,
                    action=SERVICE_REQUEST,
                    subject=request_subject(sr.number),
                    actor=self.actor,
                    now=now,
                    used_for=sr.number,
                ).approved_by
            dispatch_in(
                s,
                sr,
                actor=self.actor,
                now=now,
                team=team_text,
                note=note_text,
                approved_by=approved_by,
            )
            return StepResult(
                request=detail_of(s, sr, self.actor, now),
                work_order=work_order_of(s, sr, self.actor, now),
            )

    @requires(Permission.REQUEST_ACCEPT)
    def start_work(
        self, request_id: int, note: str = "", *, version: int | None = None
    ) -> StepResult:
        """The team started (处理中).

        Raises: StepRefused, RequestRefused (``request.changed``), RequestNotFound.
        """
        return self._simple_step(request_id, Step.START, clean_note(note), version)

    @requires(Permission.REQUEST_ACCEPT)
    def complete(
        self,
        request_id: int,
        what_was_done: str,
        *,
        meter_reading: Decimal | None = None,
        version: int | None = None,
    ) -> StepResult:
        """完工 with what was done; the type's business effect is applied in the same unit of
        work (过户, 更名, 迁移, 暂停, 恢复, 销户). A 销户 returns its 结算单 to print.

        ``meter_reading``: the reading taken on site, for a 暂停 (it bills the usage up to the
        suspension) or a 恢复 (the next bill counts from it; without one the last reading
        stands).

        Raises:
            StepRefused; RequestRefused (``request.arrears``, ``request.balance_not_zero``,
            ``request.same_owner``, ``request.account_closed``, ``request.account_suspended``,
            ``request.account_not_active``, ``request.account_not_suspended``,
            ``request.reading_below_last``, ``request.changed``); FieldErrors
            (``request.note_required``); ReadingRefused, BillExists; RequestNotFound.
        """
        text = clean_note(what_was_done, required=True)
        now = self._clock.now()
        with self._db.write() as s:
            sr, _, copy = begin(s, request_id, Step.COMPLETE, actor=self.actor, version=version)
            complete_in(
                s,
                sr,
                copy.effect,
                actor=self.actor,
                now=now,
                note=text,
                meter_reading=meter_reading,
            )
            slip = None
            if copy.effect is RequestEffect.CLOSE:
                slip = settlement_slip_of(s, sr, self.actor, now)
            return StepResult(request=detail_of(s, sr, self.actor, now), settlement_slip=slip)

    @requires(Permission.REQUEST_ACCEPT)
    def callback(
        self,
        request_id: int,
        satisfaction: Satisfaction | str,
        note: str = "",
        *,
        version: int | None = None,
    ) -> StepResult:
        """回访 with the customer's satisfaction (a note is required with 不满意).

        Raises: StepRefused, RequestRefused (``request.changed``), FieldErrors
        (``request.satisfaction_invalid``, ``request.note_required``), RequestNotFound.
        """
        errors = ErrorCollector()
        try:
            rating: Satisfaction | None = Satisfaction(satisfaction)
        except ValueError:
            rating = None
            errors.add("satisfaction", "request.satisfaction_invalid")
        errors.raise_if_any()
        assert rating is not None
        text = clean_note(note, required=rating is Satisfaction.DISSATISFIED)
        now = self._clock.now()
        with self._db.write() as s:
            sr, _, _ = begin(s, request_id, Step.CALLBACK, actor=self.actor, version=version)
            callback_in(s, sr, actor=self.actor, now=now, rating=rating, note=text)
            return StepResult(request=detail_of(s, sr, self.actor, now))

    @requires(Permission.REQUEST_ACCEPT)
    def archive(self, request_id: int, note: str = "", *, version: int | None = None) -> StepResult:
        """归档 after the callback (the owner or a manager).

        Raises: StepRefused (``request.owner_or_manager`` ...), RequestRefused, RequestNotFound.
        """
        return self._simple_step(request_id, Step.ARCHIVE, clean_note(note), version)

    @requires(Permission.REQUEST_ACCEPT)
    def reject(self, request_id: int, reason: str, *, version: int | None = None) -> StepResult:
        """驳回 with a reason (the owner or a manager), before dispatch.

        Raises: StepRefused, RequestRefused, FieldErrors (``request.reason_required``),
        RequestNotFound.
        """
        text = clean_note(reason, field="reason", required=True)
        return self._simple_step(request_id, Step.REJECT, text, version, rejection=text)

    @requires(Permission.REQUEST_ACCEPT)
    def withdraw(self, request_id: int, reason: str, *, version: int | None = None) -> StepResult:
        """撤销 at the customer's wish, until work has started.

        Raises: StepRefused, RequestRefused, FieldErrors (``request.reason_required``),
        RequestNotFound.
        """
        text = clean_note(reason, field="reason", required=True)
        return self._simple_step(request_id, Step.WITHDRAW, text, version)

    def _simple_step(
        self,
        request_id: int,
        step: Step,
        note: str,
        version: int | None,
        *,
        rejection: str | None = None,
    ) -> StepResult:
        now = self._clock.now()
        with self._db.write() as s:
            sr, _, _ = begin(s, request_id, step, actor=self.actor, version=version)
            move_in(s, sr, step, actor=self.actor, now=now, note=note, rejection=rejection)
            return StepResult(request=detail_of(s, sr, self.actor, now))

    # ------------------------------------------------------------------------- fee

    @requires(Permission.REQUEST_ACCEPT, Permission.PAYMENT_TAKE)
    def pay_fee(
        self,
        request_id: int,
        tenders: Sequence[TenderLine | tuple[Any, ...]],
        idempotency_key: str,
        cash_received: Decimal | None = None,
    ) -> FeeResult:
        """Take the request's 业务费: a payment of kind ``fee`` with its own receipt number in
        the clerk's shift, the request records it. The receipt prints through
        ``services.receipt_prints`` (``PrintStep(printer, services.receipt_prints)``).

        Raises:
            StepRefused (``request.closed``, ``request.other_hall``), RequestRefused
            (``request.fee_not_due``), the payment errors of ``PaymentService.take_payment``
            (NoOpenShift, PaymentInputError, AmountError, IdempotencyConflict ...),
            RequestNotFound.
        """
        now = self._clock.now()
        with self._db.write() as s:
            sr = load_request(s, request_id, lock=True)
            if self.actor.hall_id is not None and sr.hall_id != self.actor.hall_id:
                raise StepRefused("request.other_hall", step="pay_fee")
            if sr.status in CLOSED_STATUSES:
                raise StepRefused("request.closed", step="pay_fee", status=sr.status.value)
            paid_before = sr.fee_payment_id
            payment = self._fees.take(
                s,
                sr,
                actor=self.actor,
                now=now,
                tenders=tenders,
                idempotency_key=idempotency_key,
                cash_received=cash_received,
            )
            if not payment.replayed or sr.fee_payment_id != paid_before:
                finish(
                    s,
                    sr,
                    sr.status,
                    action="pay_fee",
                    actor=self.actor,
                    now=now,
                    note=f"业务费 ¥{payment.amount} {payment.receipt_no}",
                    audit_after={"receipt_no": payment.receipt_no},
                )
            return FeeResult(payment=payment, request=detail_of(s, sr, self.actor, now))

    # ------------------------------------------------------------------------- reading

    @requires(Permission.CUSTOMER_READ)
    def get(self, request_id: int) -> RequestDetail:
        """A request with its timeline. Raises RequestNotFound; OtherHall for a clerk or
        manager of another hall (they see its summary in :meth:`lookup`)."""
        with self._db.read() as s:
            sr = load_request(s, request_id)
            require_own_hall(s, self.actor, sr.hall_id, "open")
            return detail_of(s, sr, self.actor, self._clock.now())

    @requires(Permission.CUSTOMER_READ)
    def get_by_number(self, number: str) -> RequestDetail:
        """A request by its number (typed or scanned from the work order's barcode).
        Raises RequestNotFound, OtherHall."""
        with self._db.read() as s:
            sr = load_request(s, request_id_of(s, number))
            require_own_hall(s, self.actor, sr.hall_id, "open")
            return detail_of(s, sr, self.actor, self._clock.now())

    @requires(Permission.CUSTOMER_READ)
    def lookup(self, query: str) -> tuple[RequestSummary, ...]:
        """ "How is my request?": the request with that number, or every request of the
        account with that number (newest first); empty when nothing matches."""
        if not query.strip():
            return ()
        with self._db.read() as s:
            return summaries(s, lookup_query(query), self._clock.now(), ordered=False)

    @requires(Permission.CUSTOMER_READ)
    def list_requests(
        self,
        which: RequestList | str = RequestList.OPEN,
        *,
        status: RequestStatus | str | None = None,
        limit: int = 500,
    ) -> tuple[RequestSummary, ...]:
        """A list of the user's hall; emergencies first, then by deadline (none last)."""
        now = self._clock.now()
        query = list_query(
            RequestList(which),
            actor=self.actor,
            now=now,
            status=RequestStatus(status) if status is not None else None,
            limit=max(1, min(limit, 2000)),
        )
        with self._db.read() as s:
            return summaries(s, query, now, ordered=False)

    @requires(Permission.CUSTOMER_READ)
    def for_account(self, account_id: int) -> tuple[RequestSummary, ...]:
        """Every request of an account, newest first (the 360 view)."""
        with self._db.read() as s:
            return summaries(s, account_query([account_id]), self._clock.now(), ordered=False)

    @requires(Permission.CUSTOMER_READ)
    def account_owners(self, account_id: int) -> tuple[OwnershipInfo, ...]:
        """Who held the account when (过户 history), oldest first.

        Raises: AccountNotFound.
        """
        with self._db.read() as s:
            load_account(s, account_id)
            return account_holders(s, account_id)

    # ------------------------------------------------------------------------- documents

    @requires(Permission.REQUEST_ACCEPT)
    def status_slip(self, request_id: int) -> RequestStatusSlip:
        """The 业务进度单 of a request now, to print with :meth:`issue` (its own hall's).

        Raises:
            RequestNotFound, OtherHall.
        """
        with self._db.read() as s:
            sr = load_request(s, request_id)
            require_own_hall(s, self.actor, sr.hall_id, "print")
            return status_slip_of(s, sr, self.actor, self._clock.now())

    @requires(Permission.REQUEST_ACCEPT)
    def reprint(
        self, doc_type: DocumentType | str, request_number: str, reason: str
    ) -> IssuedDocument:
        """A 补打 of a request's work order, settlement slip or 一次性告知单 (the copy says
        补打 with its number); send it with ``PrintStep.send``. A document never printed
        prints as the original.

        Raises:
            FieldErrors (no reason), RequestNotFound, DocumentNotFound (not a document the
            request has).
        """
        kind = DocumentType(doc_type)
        text = clean_note(reason, field="reason", required=True)
        now = self._clock.now()
        with self._db.write() as s:
            sr = load_request(s, request_id_of(s, request_number))
            if kind not in _REPRINTABLE:
                raise DocumentNotFound("not a request document", doc_type=kind.value)

            def build(copies: Any) -> Printable:
                copy = Copy(copies.count, copies.original_printed_at)
                document: Printable | None
                if kind is DocumentType.WORK_ORDER:
                    document = work_order_of(s, sr, self.actor, now, copy)
                elif kind is DocumentType.SETTLEMENT_SLIP:
                    document = settlement_slip_of(s, sr, self.actor, now, copy)
                else:
                    document = missing_notice(s, self.actor, sr, now)
                if document is None:
                    raise DocumentNotFound("the request has no such document", doc_type=kind.value)
                return document

            issued, _ = self._issue_copy(
                s,
                kind,
                sr.number,
                build,
                at=now,
                layout=None,
                reason=text,
                subject=DocumentSubject(hall_id=sr.hall_id, account_id=sr.account_id),
            )
            return issued

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        number = doc_number
        if doc_type is DocumentType.REQUEST_STATUS:
            number = doc_number.rsplit("-", 1)[0]
        elif doc_type not in _REPRINTABLE:
            raise RequestNotFound("not a request document", number=doc_number)
        row = s.execute(
            select(ServiceRequest.hall_id, ServiceRequest.account_id).where(
                ServiceRequest.number == number
            )
        ).first()
        if row is None:
            raise RequestNotFound("no such request", number=number)
        return DocumentSubject(hall_id=row.hall_id, account_id=row.account_id)

    # ------------------------------------------------------------------------- ledger

    @requires(Permission.REPORT_EXPORT)
    def ledger_rows(
        self, start: date, end: date, hall_id: int | None = None
    ) -> tuple[LedgerRow, ...]:
        """Every request accepted from ``start`` to ``end`` (hall dates, both included) in a
        hall (the user's own when None and the user has a hall; every hall otherwise).

        Raises:
            RequestInputError: ``request.period_invalid``, ``request.period_too_long``.
        """
        ledger.check_period(start, end)
        with self._db.read() as s:
            return ledger.rows(s, start, end, self._hall(hall_id), self._clock.now())

    @requires(Permission.REPORT_EXPORT)
    def export_ledger(
        self, path: str | Path, start: date, end: date, hall_id: int | None = None
    ) -> LedgerExport:
        """Write the 业务受理台账 workbook (every request, and a summary sheet by type with
        counts and on-time rate) to ``path`` through ``files.atomic_write``.

        Raises:
            RequestInputError: ``request.period_invalid``, ``request.period_too_long``.
            OSError: the file cannot be written (the previous file stays as it was).
        """
        ledger.check_period(start, end)
        now = self._clock.now()
        with self._db.read() as s:
            hall = self._hall(hall_id)
            rows = ledger.rows(s, start, end, hall, now)
            hall_code = ledger.hall_code(s, hall)
        ledger.write(
            Path(path), rows, start=start, end=end, hall_code=hall_code, actor=self.actor, now=now
        )
        return LedgerExport(path=str(path), start=start, end=end, hall_code=hall_code, rows=rows)

    def _hall(self, hall_id: int | None) -> int | None:
        if self.actor.hall_id is not None:
            return self.actor.hall_id  # a hall's people see their own hall only
        return hall_id


def _check_team(team: str) -> None:
    errors = ErrorCollector()
    if not team:
        errors.add("team", "request.team_empty")
    elif len(team) > TEAM_MAX_LENGTH:
        errors.add("team", "request.team_too_long", max=TEAM_MAX_LENGTH, actual=len(team))
    errors.raise_if_any()
