"""Helpers for the service-request tests: a hall with a clerk at counter 1 (shift open), the
hall manager, the catalogue by code, accounts made for one test, and a request walked along
its path."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from payment_workers import Desk, add_bill, key, new_account, open_desk
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AccountOwnership,
    Customer,
    ServiceRequestEvent,
)
from counter_app.domain.clock import FixedClock
from counter_app.domain.enums import AccountStatus, CustomerKind, RequestStatus
from counter_app.services import personal_data
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.payments.dto import TenderLine
from counter_app.services.requests.catalogue import CatalogueService
from counter_app.services.requests.dto import (
    SERVICE_REQUEST,
    IntakeRequest,
    RequestDetail,
    ServiceTypeInfo,
)
from counter_app.services.requests.service import RequestService

__all__ = ["Counter", "Desk", "add_bill", "key", "open_counter"]

# Test customers are named 测试户 and the end of the account number in Chinese numerals.
_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")


@dataclass
class Counter:
    """The demo hall H01: the clerk G1001 (shift open) and the manager M1001."""

    desk: Desk
    requests: RequestService
    manager_requests: RequestService
    catalogue: CatalogueService
    types: dict[str, ServiceTypeInfo]

    @property
    def db(self) -> Database:
        return self.desk.db

    @property
    def clock(self) -> FixedClock:
        return self.desk.clock

    @property
    def clerk(self) -> Actor:
        return self.desk.clerk

    @property
    def manager(self) -> Actor:
        return self.desk.manager

    def as_user(self, employee_no: str, counter: int = 3) -> RequestService:
        actor = AuthService(self.db, self.clock).sign_in(employee_no, DEMO_PASSWORD, counter)
        return RequestService(self.db, self.clock, actor)

    def account(self, *, status: AccountStatus = AccountStatus.ACTIVE, **kw: Any) -> int:
        """A fresh account of its own customer, held since 2020 (ownership row included)."""
        account_id, number = new_account(self.db, status=status, **kw)
        with self.db.write() as s:
            customer = Customer(
                kind=CustomerKind.INDIVIDUAL,
                name="测试户" + number[-4:].translate(_DIGITS),
                address="东城区测试路1号",
                created_at=self.clock.now(),
            )
            s.add(customer)
            s.flush()
            personal_data.store(s, customer, {"phone": "13800138000"})
            account = s.get(Account, account_id)
            assert account is not None
            account.customer_id = customer.id
            s.add(
                AccountOwnership(
                    account_id=account_id, customer_id=customer.id, valid_from=date(2020, 1, 1)
                )
            )
        return account_id

    def customer_of(self, account_id: int) -> int:
        with self.db.read() as s:
            return s.execute(
                select(Account.customer_id).where(Account.id == account_id)
            ).scalar_one()

    def accept(
        self,
        code: str,
        account_id: int | None,
        *,
        documents: Sequence[str] | None = None,
        service: RequestService | None = None,
        **kw: Any,
    ) -> RequestDetail:
        """Accept a request of ``code`` with every document (or ``documents``)."""
        info = self.types[code]
        docs = info.required_documents if documents is None else documents
        intake = IntakeRequest(
            service_type_id=info.id, account_id=account_id, documents_received=docs, **kw
        )
        return (service or self.requests).accept(intake).request

    def approval(self, detail: RequestDetail, requester: Actor | None = None) -> Any:
        return self.desk.auth.approve(
            requester or self.clerk,
            "M1001",
            DEMO_PASSWORD,
            action=SERVICE_REQUEST,
            subject=detail.approval_subject,
            reason="资料齐全，同意办理",
        )

    def pay_fee(self, detail: RequestDetail) -> Any:
        fee = detail.summary.fee
        return self.requests.pay_fee(detail.summary.id, [TenderLine("cash", fee)], key())

    def to_in_progress(self, detail: RequestDetail) -> RequestDetail:
        """Dispatch (with approval and fee where needed) and start the work."""
        if detail.summary.fee > 0 and not detail.summary.fee_paid:
            detail = self.pay_fee(detail).request
        approval = (
            self.approval(detail)
            if detail.summary.status is RequestStatus.PENDING_APPROVAL
            else None
        )
        detail = self.requests.dispatch(
            detail.summary.id, "安装一班", "请上门", approval, version=detail.version
        ).request
        return self.requests.start_work(detail.summary.id, version=detail.version).request

    def events(self, request_id: int) -> int:
        with self.db.read() as s:
            return s.execute(
                select(func.count())
                .select_from(ServiceRequestEvent)
                .where(ServiceRequestEvent.request_id == request_id)
            ).scalar_one()


def open_counter(db: Database, clock: FixedClock) -> Counter:
    desk = open_desk(db, clock)
    requests = RequestService(db, clock, desk.clerk)
    catalogue = CatalogueService(db, clock, desk.clerk)
    types = {t.code: t for t in catalogue.list_types("gas")}
    return Counter(
        desk=desk,
        requests=requests,
        manager_requests=RequestService(db, clock, desk.manager),
        catalogue=catalogue,
        types=types,
    )
