"""The 投诉台账 (docs/domain.md §7, §10): every complaint of the hall received in a period,
with its milestones against their deadlines and its callbacks, for the workbook."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.db.models import Account, Complaint, ComplaintCallback, Hall
from counter_app.domain.clock import LOCAL_TZ, local_time
from counter_app.domain.complaints import (
    ComplaintLedger,
    LedgerComplaint,
    LedgerMilestone,
    ledger_summary,
)
from counter_app.domain.enums import Satisfaction
from counter_app.domain.identity import mask_phone
from counter_app.services import personal_data
from counter_app.services.base import Actor
from counter_app.services.complaints import records
from counter_app.services.complaints.dto import LedgerExport


def ledger_of(s: Session, actor: Actor, start: date, end: date, now: datetime) -> ComplaintLedger:
    """The ledger of the actor's hall (every hall for a user without one), complaints
    received from ``start`` to ``end``, hall dates, both included."""
    since = datetime.combine(start, time.min, tzinfo=LOCAL_TZ)
    until = datetime.combine(end + timedelta(days=1), time.min, tzinfo=LOCAL_TZ)
    query = (
        select(Complaint)
        .where(Complaint.received_at >= since, Complaint.received_at < until)
        .order_by(Complaint.received_at, Complaint.id)
    )
    hall_name = "全部营业厅"
    if actor.hall_id is not None:
        query = query.where(Complaint.hall_id == actor.hall_id)
        hall = s.get(Hall, actor.hall_id)
        hall_name = hall.name if hall else ""
    complaints = list(s.execute(query).scalars())
    contacts = personal_data.complaint_contacts(s, complaints)
    ids = [c.id for c in complaints]
    accounts: dict[int, str] = {}
    numbers: dict[int, str] = {c.id: c.number for c in complaints}
    callbacks: dict[int, list[Satisfaction]] = {}
    if ids:
        account_ids = {c.account_id for c in complaints if c.account_id is not None}
        accounts = {
            i: n
            for i, n in s.execute(
                select(Account.id, Account.number).where(Account.id.in_(account_ids))
            )
        }
        earlier = {c.repeat_of_id for c in complaints if c.repeat_of_id is not None} - set(ids)
        if earlier:
            numbers.update(
                (i, n)
                for i, n in s.execute(
                    select(Complaint.id, Complaint.number).where(Complaint.id.in_(earlier))
                )
            )
        for complaint_id, rating in s.execute(
            select(ComplaintCallback.complaint_id, ComplaintCallback.satisfaction)
            .where(ComplaintCallback.complaint_id.in_(ids))
            .order_by(ComplaintCallback.id)
        ):
            callbacks.setdefault(complaint_id, []).append(rating)
    milestones = records.round_milestones(s, complaints)
    names = records.Names(s)
    names.load(c.owner_id for c in complaints)
    return ComplaintLedger(
        hall_name=hall_name,
        start=start,
        end=end,
        exported_by=f"{actor.name}（{actor.employee_no}）",
        exported_at=now.astimezone(LOCAL_TZ),
        complaints=tuple(
            LedgerComplaint(
                number=c.number,
                received_at=c.received_at.astimezone(LOCAL_TZ),
                complainant_name=c.complainant_name,
                phone_masked=mask_phone(contacts[c.id].phone),
                account_number=accounts.get(c.account_id, "") if c.account_id else "",
                channel=c.channel,
                category=c.category,
                severity=c.severity,
                status=c.status,
                is_repeat=c.is_repeat,
                repeat_of=numbers.get(c.repeat_of_id, "") if c.repeat_of_id else "",
                is_appeal=c.is_appeal,
                owner_name=names(c.owner_id),
                content=c.content,
                milestones=tuple(
                    LedgerMilestone(
                        kind=m.kind,
                        due_at=m.due_at.astimezone(LOCAL_TZ),
                        done_at=local_time(m.done_at),
                        on_time=records.on_time(m, now),
                    )
                    for m in milestones.get(c.id, [])
                ),
                resolution=c.resolution or "",
                feedback_at=local_time(c.feedback_at),
                callback_at=local_time(c.callback_at),
                satisfaction=c.satisfaction,
                closed_at=local_time(c.closed_at),
                callbacks=tuple(callbacks.get(c.id, [])),
            )
            for c in complaints
        ),
    )


def ledger_export(path: Path, ledger: ComplaintLedger) -> LedgerExport:
    """What the export wrote: the totals line of its summary sheet."""
    return LedgerExport(path=path, total=ledger_summary(ledger.complaints)[-1])
