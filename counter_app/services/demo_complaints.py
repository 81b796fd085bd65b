"""Demo complaints (docs/domain.md §7) in every state - new, due today, overdue and chased, a
repeat, an extension, an emergency with its repair and alert, one awaiting its callback, an
appeal after a 不满意 callback, closed ones with and without mediation, a 12345 transfer - so a
newcomer sees a working Complaints area. Deterministic, on the clock passed in."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    Account,
    Complaint,
    ComplaintCallback,
    ComplaintChase,
    ComplaintExtension,
    ComplaintMediation,
    ComplaintMilestone,
    Customer,
    Hall,
    User,
)
from counter_app.domain.calendar import WorkingCalendar
from counter_app.domain.clock import LOCAL_TZ, Clock
from counter_app.domain.complaints import MILESTONES, extended_due
from counter_app.domain.enums import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    Role,
    Satisfaction,
    Severity,
)
from counter_app.services import personal_data
from counter_app.services.accounts import allocate_complaint_number
from counter_app.services.base import Actor
from counter_app.services.complaints.escalation import escalate
from counter_app.services.complaints.intake import add_round, store_attachment

#: The demo complaints need the full demo's customers.
MIN_CUSTOMERS = 20


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small one-colour PNG: the demo's "photo" of a meter or a receipt."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


@dataclass
class _Case:
    """One demo complaint: when it came in, what it says, how far it has got."""

    days_ago: float
    category: ComplaintCategory
    content: str
    channel: ComplaintChannel = ComplaintChannel.COUNTER
    severity: Severity = Severity.GENERAL
    demands: str = ""
    done: int = 0  # milestones recorded, in order
    late: bool = False  # the recorded ones were late
    feedback: bool = False
    satisfaction: Satisfaction | None = None
    close: bool = False
    repeat_of: int | None = None  # index of the earlier case
    chase: bool = False
    extend: bool = False
    mediation: bool = False
    appeal: bool = False
    external_days: int | None = None  # a 12345 transfer's own reply deadline
    site: str = ""
    photo: bool = False
    hall: str = "H01"
    extra: dict[str, str] = field(default_factory=dict)


CASES: tuple[_Case, ...] = (
    _Case(
        0.05,
        ComplaintCategory.ATTITUDE,
        "窗口柜员办理缴费时态度冷淡，多次询问不予回答。",
        demands="希望营业厅道歉并加强服务培训。",
    ),
    _Case(
        2.1,
        ComplaintCategory.PRICE,
        "本月燃气费比上月高出一倍，怀疑抄表读数有误。",
        demands="核对表底读数，多收的退回。",
        done=1,
        photo=True,
    ),
    _Case(
        6.2,
        ComplaintCategory.QUALITY,
        "报修燃气灶打不着火，约好的上门时间维修人员没来。",
        demands="尽快安排上门维修。",
        done=1,
        late=True,
        chase=True,
    ),
    _Case(
        1.1,
        ComplaintCategory.QUALITY,
        "第二次反映：维修人员仍未上门，灶具还是无法使用。",
        repeat_of=2,
    ),
    _Case(
        0.1,
        ComplaintCategory.EQUIPMENT,
        "楼道里燃气味很重，邻居也闻到了，怀疑管道漏气。",
        channel=ComplaintChannel.PHONE,
        severity=Severity.EMERGENCY,
        site="东城区建国路88号3单元楼道",
    ),
    _Case(
        4.1,
        ComplaintCategory.SUPPLY,
        "小区连续两天傍晚燃气压力低，做饭火很小。",
        done=1,
        extend=True,
    ),
    _Case(
        7.2,
        ComplaintCategory.ATTITUDE,
        "排队取号后等候一个多小时，期间只开了一个窗口。",
        done=4,
        feedback=True,
    ),
    _Case(
        12.3,
        ComplaintCategory.PRICE,
        "阶梯气价计算有误，第二档气量被多算。",
        done=4,
        feedback=True,
        satisfaction=Satisfaction.DISSATISFIED,
        appeal=True,
    ),
    _Case(
        15.2,
        ComplaintCategory.EQUIPMENT,
        "新换的燃气表走字偏快，要求校验。",
        done=4,
        feedback=True,
        satisfaction=Satisfaction.SATISFIED,
        close=True,
    ),
    _Case(
        20.1,
        ComplaintCategory.PRICE,
        "违约金计算有异议，缴费时已说明逾期原因。",
        done=4,
        feedback=True,
        satisfaction=Satisfaction.FAIRLY_SATISFIED,
        close=True,
        mediation=True,
    ),
    _Case(
        1.3,
        ComplaintCategory.SUPPLY,
        "12345转办：市民反映小区停气未提前通知。",
        channel=ComplaintChannel.HOTLINE_12345,
        external_days=7,
        extra={"external_reference": "HZ12345-2611-0457"},
    ),
    _Case(
        5.1,
        ComplaintCategory.OTHER,
        "营业厅门前无障碍通道被电动车堵住。",
        hall="H02",
        done=1,
        late=True,
    ),
    _Case(
        0.3,
        ComplaintCategory.ATTITUDE,
        "电话咨询时客服人员中途挂断电话。",
        channel=ComplaintChannel.PHONE,
        hall="H02",
    ),
)

_NAMES = (
    "周强",
    "吴敏",
    "郑丽",
    "郑丽",
    "孙建国",
    "钱芳",
    "冯涛",
    "陈晓燕",
    "褚磊",
    "卫红",
    "蒋平",
    "沈洁",
    "韩雪",
)
_PHONES = (
    "13905710001",
    "13905710002",
    "13905710003",
    "13905710003",
    "13905710005",
    "13905710006",
    "13905710007",
    "13905710008",
    "13905710009",
    "13905710010",
    "13905710011",
    "13905710012",
    "13905710013",
)


def seed_demo_complaints(s: Session, clock: Clock, *, customers: int) -> None:
    """The demo complaints of both halls (with a full demo of :data:`MIN_CUSTOMERS` or more
    customers: they are linked to its accounts)."""
    if customers < MIN_CUSTOMERS:
        return
    calendar = WorkingCalendar()  # a new database has no overrides yet
    now = clock.now().astimezone(LOCAL_TZ)
    halls = {h.code: h for h in s.execute(select(Hall)).scalars()}
    users = list(s.execute(select(User).order_by(User.id)).scalars())
    accounts = list(s.execute(select(Account).order_by(Account.id).limit(len(CASES))).scalars())
    made: list[Complaint] = []
    for index, case in enumerate(CASES):
        hall = halls[case.hall]
        clerk = next(u for u in users if u.hall_id == hall.id and u.role is Role.CLERK)
        manager = next(u for u in users if u.hall_id == hall.id and u.role is Role.MANAGER)
        account = accounts[index % len(accounts)] if index % 3 != 2 and accounts else None
        if case.repeat_of is not None:
            account = (
                None
                if made[case.repeat_of].account_id is None
                else accounts[case.repeat_of % len(accounts)]
            )
        received = _received(now, case.days_ago)
        complaint = _complaint(s, case, index, hall, clerk, manager, account, received)
        if case.repeat_of is not None:
            complaint.is_repeat, complaint.repeat_of_id = True, made[case.repeat_of].id
        milestones = add_round(s, complaint, received, calendar)
        _progress(s, case, complaint, milestones, clerk, manager, now, calendar)
        if case.photo:
            store_attachment(
                s,
                complaint.id,
                "燃气表读数.png",
                "image/png",
                _png(64, 48, (90, 120, 160)),
                Actor.of(clerk),
                received,
            )
        if case.severity is Severity.EMERGENCY:
            escalate(s, Actor.of(clerk), clock, complaint, account, received)
        made.append(complaint)
    s.flush()


def _customer_phone(s: Session, customer: Customer | None) -> str | None:
    return None if customer is None else personal_data.sealed_fields(s, customer)["phone"]


def _received(now: datetime, days_ago: float) -> datetime:
    """A time ``days_ago`` before now, moved into opening hours (9:00-17:00) for a counter."""
    moment = now - timedelta(days=days_ago)
    if not 9 <= moment.hour < 17:
        moment = moment.replace(hour=10, minute=15)
    return min(moment, now).replace(second=0, microsecond=0)


def _complaint(
    s: Session,
    case: _Case,
    index: int,
    hall: Hall,
    clerk: User,
    manager: User,
    account: Account | None,
    received: datetime,
) -> Complaint:
    customer = s.get(Customer, account.customer_id) if account is not None else None
    manager_owned = case.severity is not Severity.GENERAL or case.repeat_of is not None
    complaint = Complaint(
        number=allocate_complaint_number(s, hall, received.date()),
        hall_id=hall.id,
        complainant_name=customer.name if customer is not None else _NAMES[index],
        received_at=received,
        channel=case.channel,
        category=case.category,
        severity=Severity.MAJOR if case.repeat_of is not None else case.severity,
        content=case.content,
        account_id=None if account is None else account.id,
        demands=case.demands or None,
        status=ComplaintStatus.OPEN,
        owner_id=manager.id if manager_owned else clerk.id,
        accepted_by=clerk.id,
        follow_up_id=clerk.id,
        responsible_person=f"{hall.name} 值班长 {manager.name}",
        is_repeat=False,
        is_appeal=False,
        external_reference=case.extra.get("external_reference"),
        external_due_at=None
        if case.external_days is None
        else received + timedelta(days=case.external_days),
        site_address=case.site or None,
        appeal_round=1,
    )
    s.add(complaint)
    s.flush()
    phone = _customer_phone(s, customer) or _PHONES[index]
    personal_data.store_complaint_contact(s, complaint, phone, None)
    return complaint


_NOTES = (
    "已联系客户了解情况，调阅相关记录。",
    "已与相关班组商定处理方案并告知客户。",
    "处理方案已落实，现场复核无误。",
    "已电话向客户反馈处理结果。",
)


def _progress(
    s: Session,
    case: _Case,
    complaint: Complaint,
    milestones: list[ComplaintMilestone],
    clerk: User,
    manager: User,
    now: datetime,
    calendar: WorkingCalendar,
) -> None:
    by_kind = {m.kind: m for m in milestones}
    handler = manager if complaint.owner_id == manager.id else clerk
    for kind in MILESTONES[: case.done]:
        m = by_kind[kind]
        # On the due day's afternoon, or the next morning when it was late; to the minute.
        when = m.due_at + timedelta(hours=10) if case.late else m.due_at - timedelta(hours=7)
        when = when.replace(second=0, microsecond=0)
        m.done_at, m.done_by, m.note = min(when, now), handler.id, _NOTES[MILESTONES.index(kind)]
    if case.done:
        complaint.status = ComplaintStatus.INVESTIGATING
    if case.extend:
        _extend(s, complaint, milestones, manager, now, calendar)
    chased = (m for m in milestones if case.chase and m.done_at is None and m.due_at < now)
    overdue = next(chased, None)
    if overdue is not None:
        s.add(
            ComplaintChase(
                complaint_id=complaint.id,
                milestone_id=overdue.id,
                at=now - timedelta(hours=2),
                by_id=manager.id,
                owner_id=complaint.owner_id,
                note="已超期，请今天下班前联系维修班落实上门时间并回复客户。",
            )
        )
    if case.feedback:
        last = by_kind[MILESTONES[-1]].done_at or now
        complaint.resolution = "已核实情况并向客户说明，相关问题已整改。"
        complaint.feedback_at, complaint.feedback_method = last, "phone"
        complaint.status = ComplaintStatus.RESOLVED
    if case.satisfaction is not None:
        assert complaint.feedback_at is not None
        callback_at = min(complaint.feedback_at + timedelta(days=1), now)
        complaint.callback_at, complaint.satisfaction = callback_at, case.satisfaction
        s.add(
            ComplaintCallback(
                complaint_id=complaint.id,
                round=1,
                resolution=complaint.resolution or "",
                feedback_at=complaint.feedback_at,
                feedback_method="phone",
                callback_at=callback_at,
                satisfaction=case.satisfaction,
                note=None,
                recorded_by=clerk.id,
            )
        )
    if case.appeal:
        _appeal(s, complaint, manager, now, calendar)
    if case.mediation:
        s.add(
            ComplaintMediation(
                complaint_id=complaint.id,
                mediated_at=complaint.received_at + timedelta(days=2),
                mediator="社区人民调解委员会 李明",
                parties=f"{complaint.complainant_name}；{clerk.name}（营业厅）",
                record="双方核对缴费记录和逾期通知，客户说明住院期间未能按时缴费。",
                agreement="客户提供住院证明，营业厅按规定减免该期违约金。",
                recorded_by=clerk.id,
                recorded_at=complaint.received_at + timedelta(days=2, hours=1),
            )
        )
    if case.close:
        complaint.status = ComplaintStatus.CLOSED
        complaint.closed_at = min((complaint.callback_at or now) + timedelta(hours=1), now)


def _extend(
    s: Session,
    complaint: Complaint,
    milestones: list[ComplaintMilestone],
    manager: User,
    now: datetime,
    calendar: WorkingCalendar,
) -> None:
    told = now - timedelta(hours=5)
    for m in milestones:
        if m.done_at is not None or m.due_at < now:
            continue
        new_due = extended_due(m.due_at.astimezone(LOCAL_TZ), 2, complaint.severity, calendar)
        s.add(
            ComplaintExtension(
                milestone_id=m.id,
                old_due_at=m.due_at,
                new_due_at=new_due,
                reason="需供气管网所检测小区调压器，检测报告需两个工作日。",
                customer_told_at=told,
                customer_told_how="phone",
                approved_by=manager.id,
                at=told,
            )
        )
        m.due_at = new_due


def _appeal(
    s: Session, complaint: Complaint, manager: User, now: datetime, calendar: WorkingCalendar
) -> None:
    """申诉 after the 不满意 callback: the manager's, a second round due from the callback."""
    assert complaint.callback_at is not None
    start = complaint.callback_at
    complaint.is_appeal, complaint.status = True, ComplaintStatus.APPEAL
    complaint.appeal_round, complaint.owner_id = 2, manager.id
    complaint.resolution = complaint.feedback_at = complaint.feedback_method = None
    complaint.callback_at = complaint.satisfaction = None
    s.flush()
    second = add_round(s, complaint, start, calendar)
    first = second[0]
    first.done_at, first.done_by = min(start + timedelta(hours=4), now), manager.id
    first.note = "值班长已复核阶梯气量计算，约客户面谈。"
