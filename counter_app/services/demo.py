"""Realistic demo data for a gas company with two service halls (docs/domain.md §1–§4, §6).

Deterministic (fixed random seed) so screenshots and demos look the same every time.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.db.engine import Database
from counter_app.db.models import (
    Account,
    AccountOwnership,
    Bill,
    BillLine,
    Counter,
    Customer,
    Hall,
    MeterReading,
    ServiceType,
    Setting,
    Tariff,
    TariffTier,
    User,
)
from counter_app.domain.clock import LOCAL_TZ, Clock, hall_date
from counter_app.domain.enums import (
    AccountStatus,
    BillingMode,
    BillStatus,
    CustomerKind,
    Role,
    SlaUnit,
    UtilityKind,
)
from counter_app.domain.identity import IdType, credit_code_check_char, resident_id_check_digit
from counter_app.domain.tariffs import Tier, split_usage, total
from counter_app.services import audit, personal_data
from counter_app.services.auth import create_user
from counter_app.services.demo_admin import seed_demo_admin
from counter_app.services.demo_complaints import seed_demo_complaints
from counter_app.services.demo_requests import seed_demo_requests
from counter_app.services.demo_rights import seed_demo_rights
from counter_app.services.demo_shifts import seed_demo_shifts
from counter_app.services.passwords import hash_password

DEMO_PASSWORD = "counter123"
DEMO_FLAG = "demo.seeded"


@dataclass(frozen=True)
class DemoUser:
    employee_no: str
    name: str
    role: Role
    hall: str | None


DEMO_USERS = (
    DemoUser("G1001", "王芳", Role.CLERK, "H01"),
    DemoUser("G1002", "李娜", Role.CLERK, "H01"),
    DemoUser("G1003", "赵磊", Role.CLERK, "H01"),
    DemoUser("G2001", "刘洋", Role.CLERK, "H02"),
    DemoUser("M1001", "陈静", Role.MANAGER, "H01"),
    DemoUser("M2001", "杨帆", Role.MANAGER, "H02"),
    DemoUser("A1001", "周敏", Role.AUDITOR, "H01"),
    DemoUser("S0001", "孙浩", Role.ADMIN, None),
)

COMPANY = "杭城燃气有限公司"

HALLS = (
    ("H01", "城东营业厅", "东城区建国路88号", "0571-96777"),
    ("H02", "城西营业厅", "西湖区文三路256号", "0571-96777"),
)

GAS_CATALOGUE: tuple[tuple[str, str, list[str], bool, bool, str, int, SlaUnit, bool], ...] = (
    # code, name, documents, approval, site work, fee, SLA, unit, emergency
    (
        "OPEN",
        "开户/报装",
        ["身份证原件", "房产证或购房合同", "燃气设施安装位置图"],
        True,
        True,
        "0.00",
        15,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    (
        "IGNITE",
        "通气点火",
        ["身份证原件", "开户确认单"],
        False,
        True,
        "0.00",
        5,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    (
        "TRANSFER",
        "过户",
        ["原户主身份证", "新户主身份证", "房产证明", "结清证明"],
        True,
        False,
        "0.00",
        5,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    (
        "RENAME",
        "更名",
        ["身份证原件", "更名证明"],
        False,
        False,
        "0.00",
        5,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    (
        "RELOCATE",
        "迁移/移表",
        ["身份证原件", "房产证明", "迁移位置图"],
        True,
        True,
        "200.00",
        5,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    (
        "MODIFY",
        "改装/改管",
        ["身份证原件", "改装方案"],
        True,
        True,
        "150.00",
        5,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    ("SUSPEND", "暂停用气", ["身份证原件"], False, True, "0.00", 5, SlaUnit.WORKING_DAYS, False),
    ("RESUME", "恢复用气", ["身份证原件"], False, True, "0.00", 5, SlaUnit.WORKING_DAYS, False),
    (
        "CLOSE",
        "销户",
        ["身份证原件", "结清证明"],
        True,
        True,
        "0.00",
        5,
        SlaUnit.WORKING_DAYS,
        False,
    ),
    ("METER", "验表/换表", ["身份证原件"], False, True, "0.00", 5, SlaUnit.WORKING_DAYS, False),
    ("REPAIR", "报修", [], False, True, "0.00", 4, SlaUnit.HOURS, False),
    ("LEAK", "燃气泄漏报修", [], False, True, "0.00", 1, SlaUnit.HOURS, True),
    ("INSPECT", "安检预约", ["身份证原件"], False, True, "0.00", 5, SlaUnit.WORKING_DAYS, False),
)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞晨浩宇欣怡嘉琪子涵梓轩雨桐堃喆"
STREETS = ("建国路", "解放路", "延安路", "文三路", "凤起路", "庆春路", "体育场路", "莫干山路")
COMMUNITIES = ("阳光花园", "锦绣苑", "翠苑一区", "和平小区", "丽景湾", "金色家园", "朝晖六区")
REGION_CODES = ("330102", "330103", "330105", "330106", "110101", "310104")


def demo_id_number(rng: random.Random) -> str:
    """A syntactically valid 居民身份证 number (region, birth date, order code, check digit)."""
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 50))
    first17 = f"{rng.choice(REGION_CODES)}{birth:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return first17 + resident_id_check_digit(first17)


def demo_credit_code(rng: random.Random) -> str:
    """A valid 统一社会信用代码 (registration authority 9, enterprise 1, Hangzhou region)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    first17 = "91330100" + "".join(rng.choice(alphabet[:10]) for _ in range(9))
    return first17 + credit_code_check_char(first17)


@functools.cache
def demo_password_hash() -> str:
    """The hash of the demo password, made once a process: every demo user has the same,
    published password, and Argon2 spends a seventh of a second on each hash by design."""
    return hash_password(DEMO_PASSWORD)


def is_seeded(db: Database) -> bool:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(User)).scalar_one() > 0


def has_demo_data(db: Database) -> bool:
    with db.read() as s:
        row = s.get(Setting, DEMO_FLAG)
        return bool(row and row.value)


def seed_demo(db: Database, clock: Clock, *, customers: int = 60) -> None:
    """Fill an empty database with demo halls, users, tariffs, catalogue, accounts and bills.

    Raises:
        RuntimeError: the database already holds users (demo data never mixes with real data).
    """
    rng = random.Random(20261123)
    today = hall_date(clock.now())
    with db.write() as s:
        if s.execute(select(func.count()).select_from(User)).scalar_one() > 0:
            raise RuntimeError(
                "the database already has users; demo data goes only into an empty one"
            )
        # First: the demo password is allowed only in a database that says it holds demo data.
        s.add(Setting(key=DEMO_FLAG, value=True, updated_at=clock.now()))
        s.flush()
        halls = _seed_halls(s)
        for u in DEMO_USERS:
            create_user(
                s,
                employee_no=u.employee_no,
                name=u.name,
                role=u.role,
                password=DEMO_PASSWORD,
                hall_code=u.hall,
                at_clock=clock,
                password_hash=demo_password_hash(),
            )
        tariffs = _seed_tariffs(s, today)
        _seed_catalogue(s)
        _seed_accounts(s, rng, clock, today, halls, tariffs, customers)
        seed_demo_requests(s, clock, customers=customers)
        seed_demo_complaints(s, clock, customers=customers)
        seed_demo_admin(s, clock, DEMO_PASSWORD, demo_password_hash())
        s.add(Setting(key="company.name", value=COMPANY, updated_at=clock.now()))
        audit.record(
            s, at=clock.now(), user_id=None, counter_id=None, action="seed_demo", entity="database"
        )
    seed_demo_shifts(db, clock, customers=customers)
    seed_demo_rights(db, clock)


def _seed_halls(s: Session) -> list[Hall]:
    halls = []
    for code, name, address, hotline in HALLS:
        hall = Hall(code=code, name=name, address=address, hotline=hotline, active=True)
        hall.counters = [Counter(number=n, name=f"{n}号窗口", active=True) for n in range(1, 5)]
        s.add(hall)
        halls.append(hall)
    s.flush()
    return halls


def _seed_tariffs(s: Session, today: date) -> dict[str, Tariff]:
    start = date(today.year, 1, 1)
    residential = Tariff(
        utility_kind=UtilityKind.GAS,
        tariff_class="居民",
        residential=True,
        effective_from=start,
        unit="m³",
    )
    residential.tiers = [
        TariffTier(tier_no=1, upper_volume=Decimal(300), unit_price=Decimal("2.61")),
        TariffTier(tier_no=2, upper_volume=Decimal(600), unit_price=Decimal("3.13")),
        TariffTier(tier_no=3, upper_volume=None, unit_price=Decimal("3.91")),
    ]
    commercial = Tariff(
        utility_kind=UtilityKind.GAS,
        tariff_class="非居民",
        residential=False,
        effective_from=start,
        unit="m³",
    )
    commercial.tiers = [TariffTier(tier_no=1, upper_volume=None, unit_price=Decimal("3.50"))]
    s.add_all([residential, commercial])
    s.flush()
    return {"居民": residential, "非居民": commercial}


def _seed_catalogue(s: Session) -> None:
    for code, name, docs, approval, site, fee, sla, unit, emergency in GAS_CATALOGUE:
        s.add(
            ServiceType(
                utility_kind=UtilityKind.GAS,
                code=code,
                name=name,
                required_documents=docs,
                needs_approval=approval,
                needs_site_work=site,
                fee=Decimal(fee),
                sla_amount=sla,
                sla_unit=unit,
                emergency=emergency,
                active=True,
            )
        )


def _seed_accounts(
    s: Session,
    rng: random.Random,
    clock: Clock,
    today: date,
    halls: list[Hall],
    tariffs: dict[str, Tariff],
    count: int,
) -> None:
    seq = 0
    for i in range(count):
        hall = halls[0] if i % 4 else halls[1]
        organisation = i % 15 == 7
        address = (
            f"{rng.choice(('东城区', '西湖区', '拱墅区'))}{rng.choice(STREETS)}"
            f"{rng.randrange(1, 400)}号{rng.choice(COMMUNITIES)}"
            f"{rng.randrange(1, 30)}幢{rng.randrange(1, 6)}单元{rng.randrange(101, 2800)}室"
        )
        phone = f"1{rng.choice('3456789')}{rng.randrange(0, 10**9):09d}"
        if organisation:
            customer = Customer(
                kind=CustomerKind.ORGANISATION,
                name=rng.choice(("杭州", "浙江"))
                + rng.choice(("味道", "老街", "悦来"))
                + "餐饮有限公司",
                credit_code=demo_credit_code(rng),
                address=address,
                contact_person=rng.choice(SURNAMES) + rng.choice(GIVEN),
                created_at=clock.now(),
            )
        else:
            customer = Customer(
                kind=CustomerKind.INDIVIDUAL,
                name=rng.choice(SURNAMES)
                + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))),
                id_type=IdType.RESIDENT_ID.value,
                address=address,
                created_at=clock.now(),
            )
        s.add(customer)
        s.flush()
        sealed = (
            {"phone": phone} if organisation else {"id_number": demo_id_number(rng), "phone": phone}
        )
        if not organisation and i % 5 == 1:
            # Some have an emergency contact (no random draw: the rest of the demo stays as it was).
            relative = SURNAMES[i % len(SURNAMES)] + GIVEN[(i * 7) % len(GIVEN)]
            sealed["emergency_contact"] = f"{relative} 139{i:08d}"
        personal_data.store(s, customer, sealed)
        first_opened: date | None = None
        for _ in range(2 if i % 10 == 3 else 1):
            seq += 1
            tariff = tariffs["非居民" if organisation else "居民"]
            opened = today - timedelta(days=rng.randrange(200, 3000))
            first_opened = min(first_opened or opened, opened)
            account = Account(
                number=f"{hall.code[1:]}{seq:08d}",
                customer_id=customer.id,
                hall_id=hall.id,
                utility_kind=UtilityKind.GAS,
                supply_address=address,
                meter_number=f"GM{rng.randrange(10**9, 10**10)}",
                tariff_class=tariff.tariff_class,
                billing_mode=BillingMode.PREPAID if seq % 6 == 0 else BillingMode.POSTPAID,
                status=AccountStatus.SUSPENDED if seq % 17 == 0 else AccountStatus.ACTIVE,
                balance=Decimal("0.00"),
                opened_on=opened,
            )
            s.add(account)
            s.flush()
            s.add(
                AccountOwnership(account_id=account.id, customer_id=customer.id, valid_from=opened)
            )
            if account.billing_mode is BillingMode.POSTPAID:
                _seed_bills(s, rng, clock, today, account, tariff)
        if first_opened is not None:
            # On file since their first account was opened, not since the demo was seeded.
            customer.created_at = datetime.combine(
                first_opened, time(9, 30), tzinfo=LOCAL_TZ
            ).astimezone(UTC)


def _seed_bills(
    s: Session, rng: random.Random, clock: Clock, today: date, account: Account, tariff: Tariff
) -> None:
    """Three monthly bills: the oldest paid, the others unpaid (one of them overdue)."""
    tiers = [Tier(t.tier_no, t.upper_volume, t.unit_price) for t in tariff.tiers]
    reading = Decimal(rng.randrange(500, 5000))
    used_this_year = Decimal(rng.randrange(0, 250))
    first_month = date(today.year, today.month, 1) - timedelta(days=70)
    for k in range(3):
        period_start = date(first_month.year, first_month.month, 1)
        month_end = (period_start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        usage = Decimal(rng.randrange(8, 60))
        if period_start.year != today.year:
            used_this_year = Decimal(0)
        lines = split_usage(tiers, used_this_year, usage)
        used_this_year += usage
        amount = total(lines)
        previous = reading
        reading += usage
        paid = k == 0
        bill = Bill(
            number=f"B{account.number}{period_start:%Y%m}",
            account_id=account.id,
            period=f"{period_start:%Y-%m}",
            previous_reading=previous,
            previous_read_on=period_start,
            current_reading=reading,
            current_read_on=month_end,
            usage=usage,
            amount=amount,
            paid_amount=amount if paid else Decimal("0.00"),
            due_date=month_end + timedelta(days=20),
            status=BillStatus.PAID if paid else BillStatus.UNPAID,
            tariff_id=tariff.id,
            created_at=clock.now(),
        )
        bill.lines = [
            BillLine(tier_no=ln.tier, volume=ln.volume, unit_price=ln.unit_price, amount=ln.amount)
            for ln in lines
        ]
        s.add(bill)
        if paid:
            # Paid before the counter opened: the audit trail says so, or verify-audit would not.
            s.flush()
            audit.record(
                s,
                at=clock.now(),
                user_id=None,
                counter_id=None,
                action="create",
                entity="bill",
                entity_id=bill.id,
                after={"number": bill.number, "amount": amount, "paid": amount},
            )
        s.add(
            MeterReading(
                account_id=account.id,
                read_on=month_end,
                reading=reading,
                source="import",
                entered_at=clock.now(),
            )
        )
        first_month = month_end + timedelta(days=1)
