""":class:`RequestService`: every step of a service request a screen takes, one unit of work
each (docs/domain.md §6), and the printing of the request's documents."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from counter_app.domain.approvals import ApprovalGrant
from counter_app.domain.enums import DocumentType, RequestStatus, Satisfaction
from counter_app.domain.permissions import Permission
from counter_app.domain.print_register import IssuedDocument
from counter_app.domain.request_documents import RequestStatusSlip
from counter_app.services.base import requires
from counter_app.services.documents import DocumentService, DocumentSubject
from counter_app.services.payments.dto import TenderLine
from counter_app.services.requests.dto import (
    FeeResult,
    IntakeContext,
    IntakePreview,
    IntakeRequest,
    IntakeResult,
    LedgerExport,
    LedgerRow,
    RequestDetail,
    RequestList,
    RequestSummary,
    StepResult,
)


class RequestService(DocumentService):
    """Intake, the lifecycle, lists and lookups, fees, and the request's documents.

    Every step takes the ``version`` of the :class:`RequestDetail` the screen shows: a step
    on a request another counter changed since is refused with ``request.changed`` (two
    counters completing the same request at once: one wins, the other is told).
    """

    ISSUE_REQUIRES = (Permission.REQUEST_ACCEPT,)

    # ------------------------------------------------------------------------- intake

    @requires(Permission.REQUEST_ACCEPT)
    def intake_context(self, account_id: int) -> IntakeContext:
        """The account, its holder, arrears and credit, and the types it can take.

        Raises: AccountNotFound.
        """
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def teams(self) -> tuple[str, ...]:
        """Teams to offer for dispatch (the list is a suggestion: any name is accepted)."""
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def preview_intake(self, request: IntakeRequest) -> IntakePreview:
        """What confirming ``request`` would do: status, deadline, missing documents, fee.

        Raises: as :meth:`accept`, nothing is saved.
        """
        raise NotImplementedError

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
                ``request.address_too_long``, ``request.documents_unknown``,
                ``request.new_owner_required``, ``request.new_name_invalid`` ...).
            RequestRefused: ``request.type_inactive``, ``request.type_not_served``,
                ``request.account_required``, ``request.account_closed``,
                ``request.arrears``, ``request.same_owner``, ``request.account_suspended``,
                ``request.account_not_suspended``, ``request.open_exists``.
            ServiceTypeNotFound, AccountNotFound.
        """
        raise NotImplementedError

    # ------------------------------------------------------------------------- steps

    @requires(Permission.REQUEST_ACCEPT)
    def complete_documents(
        self, request_id: int, documents_received: Sequence[str], *, version: int | None = None
    ) -> StepResult:
        """The customer brought more documents (补齐资料). All there ⇒ accepted (or pending
        approval) and the deadline starts now; still missing ⇒ stays incomplete with a new
        一次性告知单.

        Raises: StepRefused, RequestRefused (``request.changed``), FieldErrors, RequestNotFound.
        """
        raise NotImplementedError

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
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def start_work(
        self, request_id: int, note: str = "", *, version: int | None = None
    ) -> StepResult:
        """The team started (处理中).

        Raises: StepRefused, RequestRefused (``request.changed``), RequestNotFound.
        """
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def complete(
        self, request_id: int, what_was_done: str, *, version: int | None = None
    ) -> StepResult:
        """完工 with what was done; the type's business effect is applied in the same unit of
        work (过户, 更名, 迁移, 暂停, 恢复, 销户). A 销户 returns its 结算单 to print.

        Raises:
            StepRefused; RequestRefused (``request.arrears``, ``request.balance_not_zero``,
            ``request.same_owner``, ``request.account_closed``, ``request.account_suspended``,
            ``request.account_not_suspended``, ``request.changed``); FieldErrors
            (``request.note_required``); RequestNotFound.
        """
        raise NotImplementedError

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
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def archive(self, request_id: int, note: str = "", *, version: int | None = None) -> StepResult:
        """归档 after the callback (the owner or a manager).

        Raises: StepRefused (``request.owner_or_manager`` ...), RequestRefused, RequestNotFound.
        """
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def reject(self, request_id: int, reason: str, *, version: int | None = None) -> StepResult:
        """驳回 with a reason (the owner or a manager), before dispatch.

        Raises: StepRefused, RequestRefused, FieldErrors (``request.reason_required``),
        RequestNotFound.
        """
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def withdraw(self, request_id: int, reason: str, *, version: int | None = None) -> StepResult:
        """撤销 at the customer's wish, until work has started.

        Raises: StepRefused, RequestRefused, FieldErrors (``request.reason_required``),
        RequestNotFound.
        """
        raise NotImplementedError

    # ------------------------------------------------------------------------- fee

    @requires(Permission.REQUEST_ACCEPT, Permission.PAYMENT_TAKE)
    def pay_fee(
        self,
        request_id: int,
        tenders: Sequence[TenderLine | tuple[object, ...]],
        idempotency_key: str,
        cash_received: Decimal | None = None,
    ) -> FeeResult:
        """Take the request's 业务费: a payment of kind ``fee`` with its own receipt number in
        the clerk's shift, the request records it. The receipt prints through
        ``services.receipt_prints`` (``PrintStep(printer, services.receipt_prints)``).

        Raises:
            RequestRefused (``request.fee_not_due``), the payment errors of
            ``PaymentService.take_payment`` (NoOpenShift, PaymentInputError, AmountError,
            IdempotencyConflict ...), RequestNotFound.
        """
        raise NotImplementedError

    # ------------------------------------------------------------------------- reading

    @requires(Permission.CUSTOMER_READ)
    def get(self, request_id: int) -> RequestDetail:
        """A request with its timeline. Raises RequestNotFound."""
        raise NotImplementedError

    @requires(Permission.CUSTOMER_READ)
    def get_by_number(self, number: str) -> RequestDetail:
        """A request by its number (typed or scanned from the work order's barcode).
        Raises RequestNotFound."""
        raise NotImplementedError

    @requires(Permission.CUSTOMER_READ)
    def lookup(self, query: str) -> tuple[RequestSummary, ...]:
        """ "How is my request?": the request with that number, or every request of the
        account with that number (newest first); empty when nothing matches."""
        raise NotImplementedError

    @requires(Permission.CUSTOMER_READ)
    def list_requests(
        self,
        which: RequestList | str = RequestList.OPEN,
        *,
        status: RequestStatus | str | None = None,
        limit: int = 500,
    ) -> tuple[RequestSummary, ...]:
        """A list of the user's hall; emergencies first, then by deadline (none last)."""
        raise NotImplementedError

    @requires(Permission.CUSTOMER_READ)
    def for_account(self, account_id: int) -> tuple[RequestSummary, ...]:
        """Every request of an account, newest first (the 360 view)."""
        raise NotImplementedError

    # ------------------------------------------------------------------------- documents

    @requires(Permission.REQUEST_ACCEPT)
    def status_slip(self, request_id: int) -> RequestStatusSlip:
        """The 业务进度单 of a request now, to print with :meth:`issue`."""
        raise NotImplementedError

    @requires(Permission.REQUEST_ACCEPT)
    def reprint(
        self, doc_type: DocumentType | str, request_number: str, reason: str
    ) -> IssuedDocument:
        """A 补打 of a request's work order, settlement slip or 一次性告知单 (the copy says
        补打 with its number); send it with ``PrintStep.send``.

        Raises:
            FieldErrors (no reason), RequestNotFound, DocumentNotFound (never printed).
        """
        raise NotImplementedError

    # ------------------------------------------------------------------------- ledger

    @requires(Permission.REPORT_EXPORT)
    def ledger_rows(
        self, start: date, end: date, hall_id: int | None = None
    ) -> tuple[LedgerRow, ...]:
        """Every request accepted from ``start`` to ``end`` (hall dates, both included) in a
        hall (the user's own when None and the user has a hall; every hall otherwise)."""
        raise NotImplementedError

    @requires(Permission.REPORT_EXPORT)
    def export_ledger(
        self, path: str | Path, start: date, end: date, hall_id: int | None = None
    ) -> LedgerExport:
        """Write the 业务受理台账 workbook (every request, and a summary sheet by type with
        counts and on-time rate) to ``path`` through ``files.atomic_write``.

        Raises:
            InvalidInput: ``end`` before ``start`` or a period over 366 days.
        """
        raise NotImplementedError

    def _subject(self, s: Session, doc_type: DocumentType, doc_number: str) -> DocumentSubject:
        raise NotImplementedError
