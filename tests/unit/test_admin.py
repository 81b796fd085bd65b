"""Administration services (docs/domain.md §1, §2, §4, §8) on both backends: users, halls,
tariffs with effective dates, the holiday calendar, settings, and who may do any of it."""

from __future__ import annotations

import inspect
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from people import sign_in
from sqlalchemy import func, select

from counter_app.db.engine import Database
from counter_app.db.models import AuditEntry, Bill, BillLine
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import Role, UtilityKind
from counter_app.domain.errors import AuthenticationFailed, CounterError, PermissionDenied
from counter_app.domain.permissions import role_has
from counter_app.domain.settings import SettingInputError
from counter_app.domain.tariffs import TariffInputError
from counter_app.services.admin.dto import (
    AdminInputError,
    AdminRefused,
    HallDraft,
    TariffDraft,
    TierDraft,
)
from counter_app.services.admin.halls import HallAdminService
from counter_app.services.admin.tariffs import TariffAdminService
from counter_app.services.admin.users import UserAdminService
from counter_app.services.auth import AuthService
from counter_app.services.base import Actor, Service
from counter_app.services.bills import BillService
from counter_app.services.calendar import CalendarService
from counter_app.services.demo import DEMO_PASSWORD
from counter_app.services.requests.catalogue import CatalogueService
from counter_app.services.settings import SettingsService

ADMIN_SERVICES: tuple[type[Service], ...] = (
    UserAdminService,
    HallAdminService,
    TariffAdminService,
    CalendarService,
    SettingsService,
    CatalogueService,
)


def _admin(db: Database, clock: FixedClock) -> Actor:
    return sign_in(db, clock, "S0001")


def _tiers(*rows: tuple[str, str | None, str]) -> tuple[TierDraft, ...]:
    return tuple(
        TierDraft(Decimal(lo), None if hi is None else Decimal(hi), Decimal(p))
        for lo, hi, p in rows
    )


RESIDENTIAL_2026_07 = TariffDraft(
    UtilityKind.GAS,
    "居民",
    True,
    date(2026, 7, 1),
    _tiers(("0", "300", "2.80"), ("300", "600", "3.36"), ("600", None, "4.20")),
)


# ----------------------------------------------------------------------------- roles


def _admin_cases() -> list[Any]:
    cases = []
    for cls in ADMIN_SERVICES:
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            permissions = getattr(fn, "__requires__", ())
            if name.startswith("_") or not permissions:
                continue
            for role in Role:
                if not all(role_has(role, p) for p in permissions):
                    cases.append(pytest.param(cls, name, role, id=f"{cls.__name__}.{name}-{role}"))
    return cases


@pytest.mark.parametrize(("cls", "name", "role"), _admin_cases())
def test_every_admin_method_refuses_every_other_role(
    db: Database, clock: FixedClock, cls: type[Service], name: str, role: Role
) -> None:
    actor = Actor(user_id=1, employee_no="X1", name="某", role=role, hall_id=1, counter_id=1)
    method = getattr(cls(db, clock, actor), name)
    params = [
        p
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)
    ]
    args = [None for p in params if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    kwargs = {p.name: None for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY}
    with pytest.raises(PermissionDenied):
        method(*args, **kwargs)
    assert role is not Role.ADMIN


def test_the_table_covers_every_admin_method_and_only_admins_pass() -> None:
    names = {(c.values[0], c.values[1]) for c in _admin_cases()}
    assert (UserAdminService, "reset_password") in names
    assert (TariffAdminService, "add_tariff") in names
    assert (CalendarService, "remove_override") in names
    assert (SettingsService, "set_many") in names
    assert (CatalogueService, "add_type") in names
    roles = {c.values[2] for c in _admin_cases()}
    assert roles == {Role.CLERK, Role.MANAGER, Role.AUDITOR}


# ----------------------------------------------------------------------------- users


def test_a_new_clerk_must_change_the_temporary_password(
    demo_db: Database, clock: FixedClock
) -> None:
    users = UserAdminService(demo_db, clock, _admin(demo_db, clock))
    users.add_user(
        employee_no="G1009", name="新柜员", role=Role.CLERK, password="Temp-2026x", hall_code="H01"
    )
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1009", "Temp-2026x", 1)
    assert clerk.must_change_password
    with pytest.raises(AdminInputError) as same:
        auth.change_password(clerk, "Temp-2026x", "Temp-2026x")
    assert same.value.code == "password.same_as_old"
    with pytest.raises(AuthenticationFailed):
        auth.change_password(clerk, "wrong-one", "Mine-2026!")
    changed = auth.change_password(clerk, "Temp-2026x", "Mine-2026!")
    assert not changed.must_change_password
    assert not auth.sign_in("G1009", "Mine-2026!", 1).must_change_password


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("short1", "password.too_short"),
        (" spaced-out ", "password.spaces"),
        ("xg1009xyz", "password.is_employee_no"),
    ],
)
def test_password_rules(demo_db: Database, clock: FixedClock, password: str, code: str) -> None:
    users = UserAdminService(demo_db, clock, _admin(demo_db, clock))
    with pytest.raises(AdminInputError) as refused:
        users.add_user(
            employee_no="G1009", name="新柜员", role=Role.CLERK, password=password, hall_code="H01"
        )
    assert refused.value.code == code
    assert "G1009" not in {u.employee_no for u in users.users()}


def test_duplicate_employee_no_and_unknown_hall(demo_db: Database, clock: FixedClock) -> None:
    users = UserAdminService(demo_db, clock, _admin(demo_db, clock))
    with pytest.raises(AdminRefused) as taken:
        users.add_user(
            employee_no="G1001",
            name="重复",
            role=Role.CLERK,
            password="Long-enough1",
            hall_code="H01",
        )
    assert taken.value.code == "user.employee_no_taken"
    with pytest.raises(AdminInputError) as hall:
        users.add_user(
            employee_no="G1010",
            name="某",
            role=Role.CLERK,
            password="Long-enough1",
            hall_code="H09",
        )
    assert hall.value.code == "user.unknown_hall"


def test_separation_of_duties_and_the_last_administrator(
    demo_db: Database, clock: FixedClock
) -> None:
    admin = _admin(demo_db, clock)
    users = UserAdminService(demo_db, clock, admin)
    with pytest.raises(AdminRefused) as own_role:
        users.edit_user("S0001", name="孙浩", role=Role.MANAGER, hall_code="H01")
    assert own_role.value.code == "user.own_role"
    with pytest.raises(AdminRefused) as own:
        users.set_active("S0001", False)
    assert own.value.code == "user.own_account"
    users.add_user(
        employee_no="S0002",
        name="第二管理员",
        role=Role.ADMIN,
        password="Long-enough1",
        hall_code=None,
    )
    second = Actor(user_id=0, employee_no="S0002", name="", role=Role.ADMIN, hall_id=None)
    with demo_db.read() as s:
        from counter_app.db.models import User

        second = Actor(
            user_id=s.execute(select(User.id).where(User.employee_no == "S0002")).scalar_one(),
            employee_no="S0002",
            name="第二管理员",
            role=Role.ADMIN,
            hall_id=None,
        )
    UserAdminService(demo_db, clock, second).set_active("S0001", False)
    with pytest.raises(AdminRefused) as last:
        users.edit_user("S0002", name="第二管理员", role=Role.CLERK, hall_code="H01")
    assert last.value.code == "user.last_admin"


def test_disable_reset_and_unlock_are_audited(demo_db: Database, clock: FixedClock) -> None:
    users = UserAdminService(demo_db, clock, _admin(demo_db, clock))
    auth = AuthService(demo_db, clock)
    users.set_active("G1002", False)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in("G1002", DEMO_PASSWORD)
    users.set_active("G1002", True)
    users.reset_password("G1002", "Reset-2026a")
    assert auth.sign_in("G1002", "Reset-2026a").must_change_password
    users.edit_user("G1003", name="赵磊", role=Role.CLERK, hall_code="H02")
    users.unlock_user("G1003")
    with demo_db.read() as s:
        actions = [
            (e.action, e.before, e.after)
            for e in s.execute(select(AuditEntry).where(AuditEntry.entity == "user")).scalars()
        ]
    assert ("disable", {"active": True}, {"active": False}) in actions
    moved = [a for a in actions if a[0] == "update"]
    assert moved[-1][1]["hall"] == "H01"
    assert moved[-1][2]["hall"] == "H02"
    assert any(a[0] == "reset_password" for a in actions)


def test_demo_password_refused_outside_the_demo(db: Database, clock: FixedClock) -> None:
    from counter_app.services.setup import FirstRunService

    with pytest.raises(AdminInputError) as refused:
        FirstRunService(db, clock).set_up(_plan(password=DEMO_PASSWORD))
    assert refused.value.code == "password.demo"
    assert FirstRunService(db, clock).needs_setup()


# ----------------------------------------------------------------------------- halls


def test_halls_and_counters(demo_db: Database, clock: FixedClock) -> None:
    halls = HallAdminService(demo_db, clock, _admin(demo_db, clock))
    draft = HallDraft("H03", "城北营业厅", "拱墅区莫干山路1号", "0571-96777")
    halls.add_hall(draft, counters=2)
    with pytest.raises(AdminRefused) as taken:
        halls.add_hall(HallDraft("h03", "另一个", "某路1号", "0571-1"), counters=1)
    assert taken.value.code == "hall.code_taken"
    with pytest.raises(AdminInputError) as bad:
        halls.add_hall(HallDraft("3H", "名", "地址", "0571"), counters=1)
    assert bad.value.code == "hall.code_format"
    halls.add_counter("H03", 3, "")
    with pytest.raises(AdminRefused):
        halls.add_counter("H03", 3, "")
    halls.edit_counter("H03", 1, name="综合窗口", active=False)
    halls.edit_hall("H03", HallDraft("H03", "城北营业厅(新)", "拱墅区莫干山路2号", "0571-96777"))
    row = next(h for h in halls.halls() if h.code == "H03")
    assert row.name == "城北营业厅(新)"
    assert [(c.number, c.name, c.active) for c in row.counters] == [
        (1, "综合窗口", False),
        (2, "2号窗口", True),
        (3, "3号窗口", True),
    ]


# ----------------------------------------------------------------------------- tariffs


@pytest.mark.parametrize(
    ("tiers", "code"),
    [
        ((), "tariff.no_tiers"),
        ((("0", "300", "2.61"), ("250", None, "3.13")), "tariff.tier_overlap"),
        ((("0", "300", "2.61"), ("350", None, "3.13")), "tariff.tier_gap"),
        ((("0", "300", "-2.61"), ("300", None, "3.13")), "tariff.negative_price"),
        ((("0", "300", "2.61"), ("300", "600", "3.13")), "tariff.last_tier_open"),
        ((("0", None, "2.61"), ("300", None, "3.13")), "tariff.inner_tier_open"),
        ((("10", None, "2.61"),), "tariff.first_tier_lower"),
        ((("0", None, "2.61234"),), "tariff.price_format"),
    ],
)
def test_bad_tiers_are_refused(
    demo_db: Database, clock: FixedClock, tiers: tuple[tuple[str, str | None, str], ...], code: str
) -> None:
    service = TariffAdminService(demo_db, clock, _admin(demo_db, clock))
    before = len(service.tariffs())
    draft = TariffDraft(UtilityKind.GAS, "居民", True, date(2027, 1, 1), _tiers(*tiers))
    with pytest.raises(TariffInputError) as refused:
        service.add_tariff(draft)
    assert refused.value.code == code
    assert len(service.tariffs()) == before


def test_past_dates_and_in_force_tariffs(demo_db: Database, clock: FixedClock) -> None:
    service = TariffAdminService(demo_db, clock, _admin(demo_db, clock))
    past = TariffDraft(UtilityKind.GAS, "居民", True, date(2026, 11, 1), RESIDENTIAL_2026_07.tiers)
    with pytest.raises(AdminInputError) as in_past:
        service.add_tariff(past)
    assert in_past.value.code == "tariff.effective_in_past"
    in_force = next(t for t in service.tariffs() if t.state == "in_force")
    with pytest.raises(AdminRefused) as locked:
        service.edit_tariff(in_force.tariff_id, past)
    assert locked.value.code == "tariff.in_force"
    water = TariffDraft(UtilityKind.WATER, "居民", True, date(2027, 1, 1), _tiers(("0", None, "3")))
    with pytest.raises(AdminInputError) as kind:
        service.add_tariff(water)
    assert kind.value.code == "tariff.kind_not_served"
    # The demo holds a residential price change from 1 January 2027.
    demo_change = next(t for t in service.tariffs() if t.state == "scheduled")
    assert demo_change.effective_from == date(2027, 1, 1)
    taken = TariffDraft(UtilityKind.GAS, "居民", True, date(2027, 1, 1), RESIDENTIAL_2026_07.tiers)
    with pytest.raises(AdminRefused) as date_taken:
        service.add_tariff(taken)
    assert date_taken.value.code == "tariff.date_taken"
    future = TariffDraft(UtilityKind.GAS, "居民", True, date(2027, 3, 1), RESIDENTIAL_2026_07.tiers)
    tariff_id = service.add_tariff(future)
    moved = TariffDraft(UtilityKind.GAS, "居民", True, date(2027, 4, 1), future.tiers)
    service.edit_tariff(tariff_id, moved)
    rows = {t.tariff_id: t for t in service.tariffs()}
    assert rows[tariff_id].state == "scheduled"
    assert rows[tariff_id].effective_from == date(2027, 4, 1)
    assert rows[in_force.tariff_id].effective_to == date(2026, 12, 31)
    assert rows[demo_change.tariff_id].effective_to == date(2027, 3, 31)
    service.withdraw_tariff(tariff_id)
    assert tariff_id not in {t.tariff_id for t in service.tariffs()}


def _bill_lines(db: Database, bill_id: int) -> list[tuple[Decimal, Decimal, Decimal]]:
    with db.read() as s:
        rows = s.execute(
            select(BillLine.volume, BillLine.unit_price, BillLine.amount)
            .where(BillLine.bill_id == bill_id)
            .order_by(BillLine.id)
        ).all()
    return [(Decimal(v), Decimal(p), Decimal(a)) for v, p, a in rows]


def _fresh_account(db: Database, clock: FixedClock, read_on: date) -> int:
    """A demo residential postpaid account with only a baseline reading on ``read_on``."""
    from counter_app.db.models import Account, MeterReading

    with db.write() as s:
        account = (
            s.execute(
                select(Account).where(
                    Account.tariff_class == "居民", Account.billing_mode == "postpaid"
                )
            )
            .scalars()
            .first()
        )
        assert account is not None
        for bill in s.execute(select(Bill).where(Bill.account_id == account.id)).scalars():
            s.delete(bill)
        for reading in s.execute(
            select(MeterReading).where(MeterReading.account_id == account.id)
        ).scalars():
            s.delete(reading)
        s.flush()
        s.add(
            MeterReading(
                account_id=account.id,
                read_on=read_on,
                reading=Decimal("1000"),
                source="counter",
                entered_at=clock.now(),
            )
        )
        return account.id


def _at(day: date) -> FixedClock:
    return FixedClock(datetime(day.year, day.month, day.day, 9, 0, tzinfo=LOCAL_TZ))


@pytest.mark.parametrize(
    ("previous", "read_on", "expected"),
    [
        # June reading: the old prices only.
        (date(2026, 5, 31), date(2026, 6, 30), [("60", "2.61", "156.60")]),
        # July reading: from 1 July every day is at the new prices.
        (date(2026, 6, 30), date(2026, 7, 31), [("60", "2.80", "168.00")]),
        # 16 June … 15 July: 15 days at the old price, 15 at the new; 60 m³ shared by days.
        (
            date(2026, 6, 15),
            date(2026, 7, 15),
            [("30", "2.61", "78.30"), ("30", "2.80", "84.00")],
        ),
        # 11 June … 10 July: 20 of 30 days old, 10 new.
        (
            date(2026, 6, 10),
            date(2026, 7, 10),
            [("40", "2.61", "104.40"), ("20", "2.80", "56.00")],
        ),
    ],
)
def test_a_price_change_on_1_july_2026(
    demo_db: Database,
    previous: date,
    read_on: date,
    expected: list[tuple[str, str, str]],
) -> None:
    """Entered on 10 June for 1 July (docs/domain.md §4): bills before keep the old prices, a
    period spanning the change is shared out by days."""
    june = _at(date(2026, 6, 10))
    TariffAdminService(demo_db, june, _admin(demo_db, june)).add_tariff(RESIDENTIAL_2026_07)
    account_id = _fresh_account(demo_db, june, previous)
    later = _at(date(2026, 8, 1))
    clerk = sign_in(demo_db, later, "G1001")
    result = BillService(demo_db, later, clerk).enter_reading(account_id, read_on, Decimal("1060"))
    assert result.bill is not None
    lines = _bill_lines(demo_db, result.bill.bill_id)
    assert lines == [(Decimal(v), Decimal(p), Decimal(a)) for v, p, a in expected]
    assert result.bill.amount == sum(Decimal(a) for _, _, a in expected)


def test_a_spanning_period_crosses_a_tier_boundary_once() -> None:
    from counter_app.domain.tariffs import Tier, split_period, usage_by_days

    old = [Tier(1, Decimal(300), Decimal("2.61")), Tier(2, None, Decimal("3.13"))]
    new = [Tier(1, Decimal(300), Decimal("2.80")), Tier(2, None, Decimal("3.36"))]
    lines = split_period([(old, 15), (new, 15)], Decimal(280), Decimal(60))
    assert [(ln.volume, ln.unit_price) for ln in lines] == [
        (Decimal(20), Decimal("2.61")),
        (Decimal(10), Decimal("3.13")),
        (Decimal(30), Decimal("3.36")),
    ]
    assert usage_by_days(Decimal("10"), [1, 2]) == [Decimal("3.333"), Decimal("6.667")]


# ----------------------------------------------------------------------------- calendar


def test_a_2027_override_moves_a_deadline(demo_db: Database, clock: FixedClock) -> None:
    calendar = CalendarService(demo_db, clock, _admin(demo_db, clock))
    assert calendar.years_without_holiday_data() == [2027]
    received = datetime(2027, 3, 5, 10, 0, tzinfo=LOCAL_TZ)  # a Friday
    assert calendar.calendar().deadline(received, 1).date() == date(2027, 3, 8)
    assert not calendar.year(2027).library_knows
    with pytest.raises(AdminRefused) as empty:
        calendar.confirm_year(2028)
    assert empty.value.code == "calendar.year_empty"
    for day in (date(2027, 3, 8), date(2027, 3, 9)):
        calendar.set_override(day, False, "检修停业")
    with pytest.raises(AdminRefused) as same:
        calendar.set_override(date(2027, 3, 8), False, "检修停业")
    assert same.value.code == "calendar.already_day_off"
    with pytest.raises(AdminRefused):
        calendar.set_override(date(2027, 3, 6), False)  # a Saturday is a day off already
    assert calendar.calendar().deadline(received, 1).date() == date(2027, 3, 10)
    assert calendar.years_without_holiday_data() == [2027]
    calendar.confirm_year(2027)
    assert calendar.years_without_holiday_data() == []
    calendar.remove_override(date(2027, 3, 9))
    assert calendar.calendar().deadline(received, 1).date() == date(2027, 3, 9)
    with pytest.raises(AdminRefused) as gone:
        calendar.remove_override(date(2027, 3, 9))
    assert gone.value.code == "calendar.no_override"
    days = {d.day for d in calendar.year(2027).days}
    assert date(2027, 3, 8) in days
    assert date(2027, 3, 9) not in days


def test_a_2027_override_moves_the_deadline_of_a_complaint_taken_afterwards(
    demo_db: Database,
) -> None:
    """A complaint received on Friday 5 March 2027 is due to be investigated within one
    working day (docs/domain.md §7): Monday 8 March, until the administrator marks 8 and 9
    March as days off; a complaint taken afterwards is due on Wednesday 10 March."""
    from complaint_cases import intake

    from counter_app.domain.enums import MilestoneKind
    from counter_app.services.complaints.service import ComplaintService

    march = _at(date(2027, 3, 5))
    clerk = sign_in(demo_db, march, "G1001")

    def investigation_due(name: str) -> date:
        accepted = ComplaintService(demo_db, march, clerk).accept(intake(complainant_name=name))
        (due,) = [
            m.due_at for m in accepted.detail.milestones if m.kind is MilestoneKind.INVESTIGATION
        ]
        return due.astimezone(LOCAL_TZ).date()

    assert investigation_due("张伟") == date(2027, 3, 8)
    calendar = CalendarService(demo_db, march, _admin(demo_db, march))
    calendar.set_override(date(2027, 3, 8), False, "检修停业")
    calendar.set_override(date(2027, 3, 9), False, "检修停业")
    assert investigation_due("李强") == date(2027, 3, 10)


def test_the_demo_enters_next_years_spring_festival_ahead(
    demo_db: Database, clock: FixedClock
) -> None:
    year = CalendarService(demo_db, clock, _admin(demo_db, clock)).year(2027)
    assert [(d.day, d.working) for d in year.days] == [
        (date(2027, 1, 30), True),
        *((date(2027, 2, n), False) for n in range(1, 6)),
    ]


def test_the_library_year_lists_holidays_and_make_up_days(
    demo_db: Database, clock: FixedClock
) -> None:
    year = CalendarService(demo_db, clock, _admin(demo_db, clock)).year(2026)
    assert year.library_knows
    marks = {d.day: d.working for d in year.days}
    assert marks[date(2026, 10, 1)] is False
    assert marks[date(2026, 10, 10)] is True


# ----------------------------------------------------------------------------- settings


@pytest.mark.parametrize(
    ("key", "value", "code"),
    [
        ("security.idle_lock_minutes", "0", "setting.out_of_range"),
        ("security.idle_lock_minutes", "ten", "setting.not_a_number"),
        ("security.idle_lock_minutes", "2.5", "setting.not_a_number"),
        ("payments.maximum", "0.001", "setting.not_a_number"),
        ("payments.cash_approval_above", "200000.00", "setting.approval_above_maximum"),
        ("payments.minimum", "100.00", "setting.maximum_below_minimum"),
        ("complaints.repeat_window_days", "400", "setting.out_of_range"),
    ],
)
def test_bad_settings_are_refused(
    demo_db: Database, clock: FixedClock, key: str, value: str, code: str
) -> None:
    settings = SettingsService(demo_db, clock, _admin(demo_db, clock))
    if code == "setting.maximum_below_minimum":
        settings.set("payments.cash_approval_above", "50.00")
        settings.set("payments.maximum", "100.00")
    before = settings.get(key)
    with pytest.raises(CounterError) as refused:
        settings.set(key, value)
    assert refused.value.code == code
    assert settings.get(key) == before


def test_settings_are_stored_in_their_form_and_audited(
    demo_db: Database, clock: FixedClock
) -> None:
    settings = SettingsService(demo_db, clock, _admin(demo_db, clock))
    settings.set("payments.maximum", "80000")
    settings.set("security.idle_lock_minutes", "5")
    assert settings.get("payments.maximum") == "80000.00"
    assert settings.get("security.idle_lock_minutes") == 5
    rows = {r.key: r for r in settings.editable()}
    assert rows["security.idle_lock_minutes"].default == 10
    with demo_db.read() as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.entity_id == "payments.maximum")
        ).scalar_one()
    assert (entry.before, entry.after) == ("100000.00", "80000.00")
    with pytest.raises(SettingInputError):
        settings.set("late_fees.residential_permille", "11")


def test_settings_saved_together_are_stored_together_or_not_at_all(
    demo_db: Database, clock: FixedClock
) -> None:
    """The settings page saves its changes in one go: the largest payment may come down
    below the cash approval threshold when the threshold comes down with it; and a change
    refused leaves the others of the same save unstored."""
    settings = SettingsService(demo_db, clock, _admin(demo_db, clock))
    with pytest.raises(SettingInputError):
        settings.set("payments.maximum", "30000")  # alone, it is below the 50,000 threshold
    settings.set_many({"payments.maximum": "30000", "payments.cash_approval_above": "20000"})
    assert settings.get("payments.maximum") == "30000.00"
    assert settings.get("payments.cash_approval_above") == "20000.00"
    with pytest.raises(SettingInputError) as refused:
        settings.set_many({"security.idle_lock_minutes": "5", "payments.maximum": "10000"})
    assert refused.value.code == "setting.approval_above_maximum"
    assert refused.value.params["field"] == "payments.maximum"
    assert settings.get("security.idle_lock_minutes") == 10
    assert settings.get("payments.maximum") == "30000.00"
    with demo_db.read() as s:
        audited = s.execute(
            select(AuditEntry.entity_id).where(AuditEntry.entity == "setting")
        ).scalars()
        assert sorted(audited) == ["payments.cash_approval_above", "payments.maximum"]


def test_changes_hold_at_the_next_sign_in_without_a_restart(
    demo_db: Database, clock: FixedClock
) -> None:
    """A user moved to another hall, given another role or disabled is so at their next
    sign-in; a setting changed is read by every counter's next use of it."""
    from counter_app.db.models import Hall

    admin = _admin(demo_db, clock)
    auth = AuthService(demo_db, clock)
    clerk_services = SettingsService(demo_db, clock, sign_in(demo_db, clock, "G1003"))
    UserAdminService(demo_db, clock, admin).edit_user(
        "G1003", name="赵磊", role=Role.MANAGER, hall_code="H02"
    )
    SettingsService(demo_db, clock, admin).set("security.idle_lock_minutes", "3")
    moved = auth.sign_in("G1003", DEMO_PASSWORD, 1)
    with demo_db.read() as s:
        h02 = s.execute(select(Hall.id).where(Hall.code == "H02")).scalar_one()
    assert (moved.role, moved.hall_id) == (Role.MANAGER, h02)
    assert clerk_services.get("security.idle_lock_minutes") == 3
    UserAdminService(demo_db, clock, admin).set_active("G1003", False)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in("G1003", DEMO_PASSWORD, 1)


# ----------------------------------------------------------------------------- setup


def _plan(password: str = "First-admin-1") -> Any:
    from counter_app.services.setup_dto import SetupPlan

    return SetupPlan(
        company_name="江南燃气有限公司",
        utility_kinds=(UtilityKind.GAS,),
        hall=HallDraft("H01", "城南营业厅", "上城区解放路1号", "0571-96777"),
        counters=3,
        tariffs=(
            TariffDraft(
                UtilityKind.GAS,
                "居民",
                True,
                date(2026, 1, 1),
                _tiers(("0", "300", "2.61"), ("300", "600", "3.13"), ("600", None, "3.91")),
            ),
        ),
        admin_employee_no="S0001",
        admin_name="钱管理",
        admin_password=password,
    )


def test_first_run_setup(db: Database, clock: FixedClock) -> None:
    from counter_app.services.setup import FirstRunService

    setup = FirstRunService(db, clock)
    assert setup.needs_setup()
    setup.set_up(_plan())
    assert not setup.needs_setup()
    assert [(c.hall_code, c.number) for c in setup.counter_choices()] == [
        ("H01", 1),
        ("H01", 2),
        ("H01", 3),
    ]
    admin = AuthService(db, clock).sign_in("S0001", "First-admin-1")
    assert admin.role is Role.ADMIN
    assert not admin.must_change_password
    with pytest.raises(AdminRefused) as done:
        setup.set_up(_plan())
    assert done.value.code == "setup.done"


def test_late_fee_rates_are_settings(demo_db: Database, clock: FixedClock) -> None:
    from counter_app.db.models import Tariff

    with demo_db.read() as s:
        account_id = s.execute(
            select(Bill.account_id)
            .join(Tariff, Tariff.id == Bill.tariff_id)
            .where(
                Bill.status == "unpaid",
                Tariff.residential.is_(True),
                Bill.due_date < date(2026, 11, 1),
            )
            .limit(1)
        ).scalar_one()
    bills = BillService(demo_db, clock, sign_in(demo_db, clock, "G1001"))
    before = bills.bills_due(account_id)
    settings = SettingsService(demo_db, clock, _admin(demo_db, clock))
    settings.set("late_fees.residential_permille", "2")
    after = bills.bills_due(account_id)
    fees = [(b.late_fee, a.late_fee) for b, a in zip(before.bills, after.bills, strict=True)]
    assert any(b > 0 for b, _ in fees)
    for old, new in fees:
        assert abs(new - 2 * old) <= Decimal("0.01")
    assert after.bills[0].daily_rate == Decimal("0.002")


def test_a_counter_out_of_use_is_no_counter_to_sign_in_at(
    demo_db: Database, clock: FixedClock
) -> None:
    HallAdminService(demo_db, clock, _admin(demo_db, clock)).edit_counter(
        "H01", 3, name="3号窗口", active=False
    )
    auth = AuthService(demo_db, clock)
    assert auth.sign_in("G1001", DEMO_PASSWORD, 3).counter_id is None
    assert auth.sign_in("G1001", DEMO_PASSWORD, 2).counter_id is not None


def test_a_temporary_password_approves_nothing(demo_db: Database, clock: FixedClock) -> None:
    """The administrator who reset a manager's password knows it: it may not approve."""
    UserAdminService(demo_db, clock, _admin(demo_db, clock)).reset_password("M1001", "Known-2026a")
    auth = AuthService(demo_db, clock)
    clerk = auth.sign_in("G1001", DEMO_PASSWORD, 1)
    with pytest.raises(AdminRefused) as refused:
        auth.approve(clerk, "M1001", "Known-2026a", action="void", subject="x", reason="客户要求")
    assert refused.value.code == "password.must_change"
    manager = auth.sign_in("M1001", "Known-2026a", 2)
    auth.change_password(manager, "Known-2026a", "Mine-2026b!")
    grant = auth.approve(
        clerk, "M1001", "Mine-2026b!", action="void", subject="x", reason="客户要求"
    )
    assert grant is not None


# ----------------------------------------------------------------------------- setup file

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "setup-example.toml"


def _setup(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file: Path, password: str
) -> int:
    from counter_app.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    command = ["--db", db.url, "--data-dir", str(tmp_path / "data"), "setup", "--config"]
    return main([*command, str(file), "--password-stdin"])


@pytest.mark.parametrize(
    ("change", "password", "says"),
    [
        (("[hall]", "[hall_]"), "Jiangnan-2026", "初始化配置文件缺少 [hall] 一节"),
        (
            ('price = "3.13"', 'price = "三块"'),
            "Jiangnan-2026",
            "tariffs[1].tiers[2].price = 三块 不是数字",
        ),
        (('utility_kind = "gas"', 'utility_kind = "煤气"'), "Jiangnan-2026", "不是业务类别"),
        (
            ("effective_from = 2026-01-01", 'effective_from = "1 月 1 日"'),
            "Jiangnan-2026",
            "须为日期",
        ),
        (("counters = 4", 'counters = "四"'), "Jiangnan-2026", "hall.counters 须为整数"),
        (('name = "钱志强"', "name = 1"), "Jiangnan-2026", "admin.name 缺失"),
        (("employee_no", "[oops"), "Jiangnan-2026", "不是有效的 TOML 格式"),
        (("up_to = 600", "up_to = 200"), "Jiangnan-2026", "上限须大于起点"),
        (('price = "3.91"', 'price = "-3.91"'), "Jiangnan-2026", "单价"),
        (('code = "H01"', 'code = "1"'), "Jiangnan-2026", "营业厅代码"),
        (("", ""), DEMO_PASSWORD, "演示密码"),
        (("", ""), "S0001-pass", "工号"),
    ],
)
def test_a_setup_file_refused_stores_nothing(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    change: tuple[str, str],
    password: str,
    says: str,
) -> None:
    """A file that is wrong anywhere, or a password against the rules, is refused in the
    user's language with what is wrong, and the database is left empty to try again."""
    from counter_app.db.models import Hall, Tariff, User
    from counter_app.services.setup import FirstRunService

    text = EXAMPLE.read_text(encoding="utf-8")
    assert change[0] in text
    file = tmp_path / "setup.toml"
    file.write_text(text.replace(*change, 1), encoding="utf-8")
    assert _setup(db, tmp_path, monkeypatch, file, password) == 1
    error = capsys.readouterr().err
    assert error.startswith("counter-app: error: ")
    assert says in error, error
    assert FirstRunService(
        db, FixedClock(datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ))
    ).needs_setup()
    with db.read() as s:
        for model in (Hall, Tariff, User):
            assert s.execute(select(model.id)).first() is None


def test_the_example_file_sets_up_once(
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _setup(db, tmp_path, monkeypatch, EXAMPLE, "Jiangnan-2026") == 0
    assert "hall H01 with 4 counters, 2 tariffs, administrator S0001" in capsys.readouterr().out
    assert _setup(db, tmp_path, monkeypatch, EXAMPLE, "Jiangnan-2026") == 1
    assert "此数据库已完成初始化" in capsys.readouterr().err
    from counter_app.db.models import Counter, Tariff, User
    from counter_app.services.passwords import verify_password

    with db.read() as s:
        admin = s.execute(select(User)).scalar_one()
        assert (admin.employee_no, admin.role, admin.hall_id) == ("S0001", Role.ADMIN, None)
        assert verify_password(admin.password_hash, "Jiangnan-2026")
        assert not admin.must_change_password  # chosen by the administrator themselves
        assert len(s.execute(select(Counter.id)).all()) == 4
        assert len(s.execute(select(Tariff.id)).all()) == 2
        setup = s.execute(select(AuditEntry).where(AuditEntry.action == "setup")).scalar_one()
    assert setup.after["hall"] == "H01"


def test_every_kind_of_change_is_audited_with_before_and_after(
    demo_db: Database, clock: FixedClock
) -> None:
    """One change of each kind the Administration area makes: each is an audit entry by the
    administrator, with the values before (None for what is new) and after (None for what
    is withdrawn or removed)."""
    admin = _admin(demo_db, clock)
    users = UserAdminService(demo_db, clock, admin)
    halls = HallAdminService(demo_db, clock, admin)
    tariffs = TariffAdminService(demo_db, clock, admin)
    calendar = CalendarService(demo_db, clock, admin)
    with demo_db.read() as s:
        first = s.execute(select(func.max(AuditEntry.id))).scalar_one()
    users.add_user(
        employee_no="G1009", name="新柜员", role=Role.CLERK, password="Temp-2026x", hall_code="H01"
    )
    users.edit_user("G1009", name="新柜员", role=Role.CLERK, hall_code="H02")
    halls.add_hall(HallDraft("H03", "城北营业厅", "拱墅区莫干山路1号", "0571-96777"), counters=1)
    halls.edit_hall("H03", HallDraft("H03", "城北营业厅", "拱墅区莫干山路2号", "0571-96777"))
    halls.add_counter("H03", 2, "")
    halls.edit_counter("H03", 2, name="2号窗口", active=False)
    future = TariffDraft(UtilityKind.GAS, "居民", True, date(2027, 3, 1), RESIDENTIAL_2026_07.tiers)
    tariff_id = tariffs.add_tariff(future)
    tariffs.edit_tariff(
        tariff_id,
        TariffDraft(UtilityKind.GAS, "居民", True, date(2027, 4, 1), RESIDENTIAL_2026_07.tiers),
    )
    tariffs.withdraw_tariff(tariff_id)
    calendar.set_override(date(2027, 3, 8), False, "检修停业")
    calendar.remove_override(date(2027, 3, 8))
    SettingsService(demo_db, clock, admin).set("security.idle_lock_minutes", "5")
    with demo_db.read() as s:
        entries = (
            s.execute(select(AuditEntry).where(AuditEntry.id > first).order_by(AuditEntry.id))
            .scalars()
            .all()
        )
        assert {e.user_id for e in entries} == {admin.user_id}
        seen = [(e.action, e.entity, e.before is None, e.after is None) for e in entries]
    assert seen == [
        ("create", "user", True, False),
        ("update", "user", False, False),
        ("create", "hall", True, False),
        ("update", "hall", False, False),
        ("create", "counter", True, False),
        ("update", "counter", False, False),
        ("create", "tariff", True, False),
        ("update", "tariff", False, False),
        ("withdraw", "tariff", False, True),
        ("update", "calendar_override", True, False),
        ("delete", "calendar_override", False, True),
        ("update", "setting", False, False),
    ]
