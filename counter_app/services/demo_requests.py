"""Demo service requests (docs/domain.md §6): the full catalogue, and requests in every state
- overdue ones, an emergency waiting for its manager, a 过户 and a 销户 done, requests awaiting
their callback - so a newcomer sees a working Requests area.

The requests go through the same steps as at the counter (:mod:`.requests.intake`,
:mod:`.requests.lifecycle`), each at its own time before the demo's "now", on accounts and
customers of their own: the payments of the other demo areas never meet a closed account.
Whenever the demo is seeded, a step taken at the counter falls within its opening hours; only
the emergency (24×7) came in at whatever hour it is.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    AccountOwnership,
    Counter,
    Customer,
    Hall,
    MeterReading,
    ServiceRequest,
    ServiceType,
    User,
)
from counter_app.domain.clock import LOCAL_TZ, Clock
from counter_app.domain.enums import (
    AccountStatus,
    ApprovalAction,
    BillingMode,
    CustomerKind,
    RequestStatus,
    Role,
    Satisfaction,
    UtilityKind,
)
from counter_app.domain.identity import IdType, resident_id_check_digit
from counter_app.domain.requests import Step
from counter_app.services import approvals, personal_data
from counter_app.services.accounts import allocate_account_number
from counter_app.services.base import Actor
from counter_app.services.requests.catalogue import install_default_catalogue
from counter_app.services.requests.dto import (
    IntakeRequest,
    RelocateDetails,
    RenameDetails,
    TransferDetails,
    request_subject,
)
from counter_app.services.requests.intake import calendar_in, plan_intake, write_intake
from counter_app.services.requests.lifecycle import callback_in, complete_in, dispatch_in, move_in
from counter_app.services.requests.queries import type_copy

#: The requests need accounts of their own: a small demo (the tests') gets the catalogue only.
MIN_CUSTOMERS = 20

_PEOPLE = (
    "郑晓东",
    "孙丽华",
    "冯建国",
    "韩梅",
    "曹志强",
    "彭雪",
    "袁立新",
    "蒋丹",
    "沈国平",
    "邓敏",
)
_STREETS = ("庆春路", "凤起路", "解放路", "秋涛路", "文晖路")


#: When the counters take requests, in hall time.
_OPENS, _CLOSES = time(9, 0), time(17, 0)


def _in_hours(moment: datetime) -> datetime:
    """``moment`` (hall time), or the counters' last open minute before it when they were
    closed then: never later than it was, and order-keeping, so a request's steps stay in the
    order they were taken and a request is no younger than its story says."""
    if moment.time() < _OPENS:
        moment = (moment - timedelta(days=1)).replace(hour=23, minute=59)
    if moment.time() >= _CLOSES:
        return moment.replace(hour=_CLOSES.hour - 1, minute=59, second=0, microsecond=0)
    return moment


@dataclass
class _Scene:
    s: Session
    rng: random.Random
    now: datetime  # the clock's, in hall time
    halls: dict[str, Hall]
    staff: dict[str, Actor]
    people: int = 0

    def at(self, ago: timedelta, *, any_hour: bool = False) -> datetime:
        """The moment ``ago`` before now, moved back into the counters' opening hours (see
        :func:`_in_hours`); ``any_hour`` for an emergency, which comes in 24×7."""
        moment = self.now - ago
        return moment if any_hour else _in_hours(moment)

    def customer(self) -> Customer:
        name = _PEOPLE[self.people % len(_PEOPLE)]
        self.people += 1
        birth = date(1960, 1, 1) + timedelta(days=self.rng.randrange(0, 365 * 40))
        first17 = f"330106{birth:%Y%m%d}{self.rng.randrange(0, 1000):03d}"
        customer = Customer(
            kind=CustomerKind.INDIVIDUAL,
            name=name,
            id_type=IdType.RESIDENT_ID.value,
            address=self.address(),
            created_at=self.now - timedelta(days=900),
        )
        self.s.add(customer)
        self.s.flush()
        sealed = {
            "id_number": first17 + resident_id_check_digit(first17),
            "phone": f"139{self.rng.randrange(0, 10**8):08d}",
        }
        personal_data.store(self.s, customer, sealed)
        return customer

    def address(self) -> str:
        return (
            f"拱墅区{self.rng.choice(_STREETS)}{self.rng.randrange(1, 300)}号"
            f"{self.rng.randrange(1, 20)}幢{self.rng.randrange(101, 1800)}室"
        )

    def account(self, hall: str, *, age_days: int | None = None) -> Account:
        """A postpaid gas account held since it opened (``age_days`` ago, else a year or
        more), with its first reading and no bill."""
        customer = self.customer()
        age = age_days if age_days is not None else self.rng.randrange(400, 2000)
        opened = self.now.date() - timedelta(days=age)
        account = Account(
            number=allocate_account_number(self.s, self.halls[hall]),
            customer_id=customer.id,
            hall_id=self.halls[hall].id,
            utility_kind=UtilityKind.GAS,
            supply_address=customer.address,
            meter_number=f"GR{self.rng.randrange(10**9, 10**10)}",
            tariff_class="居民",
            billing_mode=BillingMode.POSTPAID,
            status=AccountStatus.ACTIVE,
            balance=Decimal("0.00"),
            opened_on=opened,
        )
        self.s.add(account)
        self.s.flush()
        self.s.add(
            AccountOwnership(account_id=account.id, customer_id=customer.id, valid_from=opened)
        )
        self.s.add(
            MeterReading(
                account_id=account.id,
                read_on=opened,
                reading=Decimal("0.000"),
                source="counter",
                entered_at=datetime.combine(opened, datetime.min.time(), LOCAL_TZ),
            )
        )
        self.s.flush()
        return account

    def accept(
        self,
        who: str,
        code: str,
        account: Account | None,
        ago: timedelta,
        *,
        missing: int = 0,
        any_hour: bool = False,
        **kw: Any,
    ) -> ServiceRequest:
        """A request of ``code`` accepted ``ago`` before now (see :meth:`_Scene.at`), the
        last ``missing`` documents not handed in."""
        st = self.s.execute(
            select(ServiceType).where(
                ServiceType.utility_kind == UtilityKind.GAS, ServiceType.code == code
            )
        ).scalar_one()
        documents = list(st.required_documents or ())
        intake = IntakeRequest(
            service_type_id=st.id,
            account_id=account.id if account is not None else None,
            documents_received=documents[: len(documents) - missing],
            queue_ticket=f"A{self.rng.randrange(1, 200):03d}",
            **kw,
        )
        at = self.at(ago, any_hour=any_hour)
        planned = plan_intake(self.s, intake, calendar_in(self.s), at)
        return write_intake(self.s, self.staff[who], planned, at)

    def walk(
        self,
        sr: ServiceRequest,
        who: str,
        *steps: tuple[Step, timedelta, str],
        any_hour: bool = False,
    ) -> None:
        """Take ``steps`` (each with how long before now, and its note) as ``who``."""
        actor = self.staff[who]
        st = self.s.get(ServiceType, sr.service_type_id)
        assert st is not None
        for step, ago, note in steps:
            at = self.at(ago, any_hour=any_hour)
            if step is Step.DISPATCH:
                approved_by = self._approve(sr, actor, at)
                dispatch_in(
                    self.s, sr, actor=actor, now=at, team=note, note="", approved_by=approved_by
                )
            elif step is Step.COMPLETE:
                complete_in(self.s, sr, type_copy(sr, st).effect, actor=actor, now=at, note=note)
            elif step is Step.CALLBACK:
                rating = Satisfaction.DISSATISFIED if "不满意" in note else Satisfaction.SATISFIED
                callback_in(self.s, sr, actor=actor, now=at, rating=rating, note=note)
            else:
                rejection = note if step is Step.REJECT else None
                move_in(self.s, sr, step, actor=actor, now=at, note=note, rejection=rejection)

    def _approve(self, sr: ServiceRequest, actor: Actor, at: datetime) -> int | None:
        """The hall manager's approval at the clerk's counter, when the request waits for it."""
        if sr.status is not RequestStatus.PENDING_APPROVAL:
            return None
        manager = self.s.execute(
            select(User).where(User.hall_id == sr.hall_id, User.role == Role.MANAGER).limit(1)
        ).scalar_one()
        subject = request_subject(sr.number)
        grant = approvals.give(
            self.s,
            requester=actor,
            approver=manager,
            action=ApprovalAction.SERVICE_REQUEST,
            subject=subject,
            reason="资料齐全，同意办理",
            amount=None,
            now=at,
        )
        approvals.consume(
            self.s,
            grant,
            action=ApprovalAction.SERVICE_REQUEST,
            subject=subject,
            actor=actor,
            now=at,
            used_for=sr.number,
        )
        return manager.id


#: The counter each demo user works at.
_COUNTERS = {"G1001": 1, "G1002": 2, "G1003": 3, "M1001": 4, "G2001": 1, "M2001": 2}


def _done(
    team: str, what: str, *days_ago: float, callback: str = "客户满意"
) -> list[tuple[Step, timedelta, str]]:
    """Dispatched, started and completed, then called back and archived, as many of these
    steps as ``days_ago`` gives times for (days before now, one per step)."""
    notes = [
        (Step.DISPATCH, team),
        (Step.START, ""),
        (Step.COMPLETE, what),
        (Step.CALLBACK, callback),
        (Step.ARCHIVE, ""),
    ]
    return [
        (step, timedelta(days=ago), note)
        for (step, note), ago in zip(notes, days_ago, strict=False)
    ]


def _staff(s: Session) -> dict[str, Actor]:
    counters = {(c.hall_id, c.number): c.id for c in s.execute(select(Counter)).scalars()}
    return {
        user.employee_no: Actor.of(
            user, counters.get((user.hall_id or 0, _COUNTERS[user.employee_no]))
        )
        for user in s.execute(select(User)).scalars()
        if user.employee_no in _COUNTERS
    }


def seed_demo_requests(s: Session, clock: Clock, *, customers: int) -> None:
    """The default catalogue's types and effects; with a full demo (:data:`MIN_CUSTOMERS`
    customers or more) also requests in every state on accounts of their own."""
    install_default_catalogue(s)
    if customers < MIN_CUSTOMERS:
        return
    scene = _Scene(
        s=s,
        rng=random.Random(20261202),
        now=clock.now().astimezone(LOCAL_TZ),
        halls={h.code: h for h in s.execute(select(Hall)).scalars()},
        staff=_staff(s),
    )
    _seed_h01(scene)
    _seed_h02(scene)


def _seed_h01(scene: _Scene) -> None:
    d, h = timedelta(days=1), timedelta(hours=1)
    a = scene.account
    # Waiting at the counter: documents missing, approval pending (one with its fee unpaid).
    scene.accept("G1001", "RENAME", a("H01"), 1 * d, missing=1, details=RenameDetails("郑晓冬"))
    transfer = a("H01")
    scene.accept(
        "G1002",
        "TRANSFER",
        transfer,
        20 * h,
        details=TransferDetails(new_customer_id=scene.customer().id),
    )
    scene.accept("G1001", "RELOCATE", a("H01"), 3 * h, details=RelocateDetails(scene.address()))
    scene.accept("G1003", "METER", a("H01"), 2 * h, description="表计走字偏快，申请校验")
    # Out with a team: an overdue repair, an overdue meter change, an ignition under way.
    # (The demo takes no fees: a type with a fee waits before its dispatch.)
    repair = scene.accept("G1002", "REPAIR", a("H01"), 6 * h, description="灶具点不着火")
    scene.walk(repair, "G1002", (Step.DISPATCH, 5.5 * h, "抢修班"))
    modify = scene.accept(
        "G1001", "METER", a("H01"), 12 * d, description="燃气表走字异常，申请换表"
    )
    scene.walk(
        modify,
        "G1001",
        (Step.DISPATCH, 11 * d, "表务班"),
        (Step.START, 10 * d, "已约好上门时间"),
    )
    ignite = scene.accept("G1003", "IGNITE", a("H01"), 2 * d)
    scene.walk(ignite, "G1003", (Step.DISPATCH, 1.8 * d, "安装二班"), (Step.START, 3 * h, ""))
    # Done, the callback due: one on time, one late.
    for code, ago, late in (("INSPECT", 4 * d, False), ("METER", 14 * d, True)):
        sr = scene.accept("G1001", code, a("H01"), ago, description="例行检查")
        scene.walk(
            sr,
            "G1001",
            (Step.DISPATCH, ago - 2 * h, "表务班"),
            (Step.START, ago - 4 * h, ""),
            (Step.COMPLETE, (1 * d if late else ago - 1 * d), "已检查，设施正常"),
        )
    # A 过户 and a 更名 done and archived, a 暂停 done awaiting nothing but archiving.
    sold = a("H01")
    done = scene.accept(
        "G1002",
        "TRANSFER",
        sold,
        6 * d,
        details=TransferDetails(new_customer_id=scene.customer().id),
    )
    scene.walk(done, "G1002", *_done("营业厅业务组", "资料审核无误，已过户", 5.8, 5.5, 5, 3, 2))
    renamed = scene.accept("G1003", "RENAME", a("H01"), 8 * d, details=RenameDetails("袁立鑫"))
    scene.walk(
        renamed,
        "G1003",
        *_done("营业厅业务组", "已更名", 7.9, 7.8, 7, 6, callback="不满意：等候时间长"),
    )
    paused = scene.accept("G1001", "SUSPEND", a("H01"), 9 * d)
    scene.walk(paused, "G1001", *_done("表务班", "已关阀加封", 8.9, 8.5, 8, 7))
    # Side exits.
    rejected = scene.accept("G1002", "METER", a("H01"), 3 * d, description="要求换新表")
    scene.walk(rejected, "G1002", (Step.REJECT, 2.9 * d, "表具在检定有效期内，无需更换"))
    withdrawn = scene.accept("G1003", "INSPECT", a("H01"), 2 * d)
    scene.walk(withdrawn, "G1003", (Step.WITHDRAW, 1.5 * d, "客户出差，改期再约"))
    # The emergency of a moment ago: dispatched at once, its alert waiting for the manager.
    leak = scene.accept(
        "G1001",
        "LEAK",
        None,
        timedelta(minutes=20),
        description="楼道内燃气味很重，住户已撤离",
        address="东城区建国路88号3单元",
        any_hour=True,
    )
    scene.walk(leak, "G1001", (Step.DISPATCH, timedelta(minutes=18), "抢修班"), any_hour=True)


def _seed_h02(scene: _Scene) -> None:
    d, h = timedelta(days=1), timedelta(hours=1)
    # A tenant who moved out before the first bill: nothing owed, nothing to refund.
    closing = scene.account("H02", age_days=40)
    closure = scene.accept("G2001", "CLOSE", closing, 10 * d)
    scene.walk(closure, "G2001", *_done("表务班", "已拆表，结清销户", 9.9, 9.5, 9, 8, 7))
    repair = scene.accept("G2001", "REPAIR", scene.account("H02"), 30 * h, description="热水器熄火")
    scene.walk(repair, "G2001", (Step.DISPATCH, 29 * h, "抢修班"))
