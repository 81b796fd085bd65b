"""The hall manager's dashboard (docs/domain.md §10): today's takings by tender and by hour,
every counter and its shift, overdue requests and complaints, and the month's satisfaction
and callback rates against their targets."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.models import (
    BusinessDay,
    Complaint,
    Counter,
    Hall,
    Payment,
    PaymentTender,
    ServiceRequest,
    Shift,
    User,
)
from counter_app.domain.clock import LOCAL_TZ, hall_date
from counter_app.domain.enums import BusinessDayStatus, PaymentStatus, ShiftStatus, Tender
from counter_app.domain.money import ZERO
from counter_app.domain.reports import CALLBACK_TARGET, SATISFACTION_TARGET
from counter_app.services.reports.cases import (
    overdue_complaints_filter,
    overdue_requests_filter,
    read_case_figures,
)
from counter_app.services.reports.payments import Scope, rate, read_satisfaction
from counter_app.services.reports_dto import CounterState, Dashboard
from counter_app.services.totals import local_bounds, money_sum, yuan


def read_dashboard(s: Session, hall: Hall, now: datetime) -> Dashboard:
    today = hall_date(now)
    today_payments = (
        Payment.hall_id == hall.id,
        Payment.business_date == today,
        Payment.status == PaymentStatus.COMPLETED,
    )
    by_tender = dict.fromkeys(Tender, ZERO)
    for tender, amount in s.execute(
        select(PaymentTender.tender, money_sum(PaymentTender.amount))
        .join(Payment, Payment.id == PaymentTender.payment_id)
        .where(*today_payments)
        .group_by(PaymentTender.tender)
    ).all():
        by_tender[Tender(tender)] = yuan(amount)
    by_hour: dict[int, Decimal] = defaultdict(lambda: ZERO)
    per_counter: dict[int, list[object]] = defaultdict(lambda: [0, ZERO])
    transactions = 0
    for counter_id, created_at, amount in s.execute(
        select(Payment.counter_id, Payment.created_at, Payment.amount).where(*today_payments)
    ).all():
        by_hour[created_at.astimezone(LOCAL_TZ).hour] += amount
        entry = per_counter[counter_id]
        entry[0] = int(entry[0]) + 1  # type: ignore[call-overload]
        entry[1] = Decimal(entry[1]) + amount  # type: ignore[arg-type]
        transactions += 1
    open_shifts = {
        shift.counter_id: (shift, employee_no, name)
        for shift, employee_no, name in s.execute(
            select(Shift, User.employee_no, User.name)
            .join(User, User.id == Shift.clerk_id)
            .where(Shift.hall_id == hall.id, Shift.status == ShiftStatus.OPEN)
        ).all()
    }
    counters = []
    for counter in s.execute(
        select(Counter)
        .where(Counter.hall_id == hall.id, Counter.active.is_(True))
        .order_by(Counter.number)
    ).scalars():
        held = open_shifts.get(counter.id)
        shift = held[0] if held else None
        done = per_counter.get(counter.id, [0, ZERO])
        counters.append(
            CounterState(
                counter_number=counter.number,
                counter_name=counter.name,
                shift_open=shift is not None,
                clerk_employee_no=held[1] if held else None,
                clerk_name=held[2] if held else None,
                business_date=shift.business_date if shift else None,
                opened_at=shift.opened_at if shift else None,
                past_business_day=shift is not None and shift.business_date < today,
                transactions_today=int(done[0]),  # type: ignore[call-overload]
                takings_today=Decimal(done[1]),  # type: ignore[arg-type]
            )
        )
    overdue_requests = s.execute(
        select(func.count())
        .select_from(ServiceRequest)
        .where(*overdue_requests_filter(hall.id, now))
    ).scalar_one()
    overdue_complaints = s.execute(
        select(func.count()).select_from(Complaint).where(*overdue_complaints_filter(hall.id, now))
    ).scalar_one()
    month_start = today.replace(day=1)
    start, _end = local_bounds(month_start, today)
    scope = Scope(hall.id, month_start, today, start, now)
    ratings, satisfied = read_satisfaction(s, scope)
    cases = read_case_figures(s, scope)
    day = s.execute(
        select(BusinessDay.status).where(
            BusinessDay.hall_id == hall.id, BusinessDay.business_date == today
        )
    ).scalar_one_or_none()
    return Dashboard(
        hall_code=hall.code,
        hall_name=hall.name,
        business_date=today,
        at=now,
        takings_total=sum(by_tender.values(), ZERO),
        transactions=transactions,
        by_tender=tuple(by_tender.items()),
        by_hour=tuple((hour, by_hour.get(hour, ZERO)) for hour in range(24)),
        counters=tuple(counters),
        overdue_requests=int(overdue_requests),
        overdue_complaints=int(overdue_complaints),
        satisfaction_rate=rate(satisfied, ratings),
        satisfaction_target=SATISFACTION_TARGET,
        callback_rate=rate(cases.callbacks_done, cases.callbacks_due),
        callback_target=CALLBACK_TARGET,
        day_closed=day is BusinessDayStatus.CLOSED,
    )
