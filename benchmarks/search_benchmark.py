"""Customer search at a million accounts: seed, build the indexes, time the search service.

Seeds ``--rows`` accounts (70 % as many customers: some hold two or more accounts) with
realistic Chinese names, ID numbers, mobiles and addresses into a fresh SQLite file and/or a
scratch PostgreSQL database, using bulk inserts (executemany / COPY), then times
``SearchService.search`` for every key kind a clerk types and checks the budgets:

* exact keys (户号, mobile, its last 4 digits, ID number, meter number): p95 < 5 ms
* name prefix, given name (1–2 characters, the end of the name) and address fragment:
  p95 < 50 ms

Personal data is sealed as the app stores it (docs/domain.md §11): every customer has a key
of their own wrapped with a benchmark data key, the ID number and mobile are AES-GCM sealed and
found through their HMAC blind indexes, and each result row is opened to be masked. Beside each
exact key the same run measures the bare floor: the blind index's HMAC and one probe of the
same index through the bare driver (sqlite3 / psycopg), taking turns with the service query by
query so that both see the same page cache, with the ratio of the two p95s.

Usage::

    python benchmarks/search_benchmark.py                       # 1,000,000 rows, both backends
    python benchmarks/search_benchmark.py --rows 100000 --backend sqlite
    python benchmarks/search_benchmark.py --backend postgresql --pg-url postgresql://127.0.0.1/postgres

The exit status is 1 when a budget is missed. Results also go to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR, chunks, log, save_result
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from counter_app.db import search_index
from counter_app.db.engine import Database, normalise_url, sqlite_url
from counter_app.db.migrate import upgrade
from counter_app.domain.clock import LOCAL_TZ, FixedClock
from counter_app.domain.enums import Role
from counter_app.domain.identity import credit_code_check_char, resident_id_check_digit
from counter_app.domain.sealing import IndexKind, Sealer
from counter_app.services import personal_data
from counter_app.services.base import Actor
from counter_app.services.data_key import DataKey
from counter_app.services.search import SearchService

EXACT_BUDGET_MS = 5.0
TEXT_BUDGET_MS = 50.0
EXACT_KINDS = frozenset({"account_number", "phone", "phone_last4", "id_number", "meter_number"})
#: The benchmark's data key: fixed, so that --reuse opens what an earlier run sealed.
BENCH_KEY = DataKey(bytes(range(32)), "benchmark")

# Frequent surnames first: random.choices weights them like the population does.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华玉萍红鹏飞晨浩宇欣怡嘉琪子涵梓轩雨桐"
    "建国志海林波斌宁峰辉俊文博思诗佳慧晓燕云雪梅琳婷颖倩璐瑶鑫磊鸿宏亮成康凯旭阳帆德"
)
DISTRICTS = (
    "上城区",
    "拱墅区",
    "西湖区",
    "滨江区",
    "萧山区",
    "余杭区",
    "临平区",
    "钱塘区",
    "富阳区",
    "临安区",
)
STREET_WORDS = (
    "建国",
    "解放",
    "人民",
    "中山",
    "延安",
    "文三",
    "凤起",
    "庆春",
    "体育场",
    "莫干山",
    "教工",
    "学院",
    "天目山",
    "古墩",
    "紫金港",
    "丰潭",
    "湖墅",
    "上塘",
    "德胜",
    "秋涛",
    "江南",
    "滨盛",
    "钱江",
    "之江",
    "梅灵",
    "留下",
    "西溪",
    "文一",
    "文二",
    "保俶",
    "曙光",
    "北山",
    "南山",
    "河坊",
    "清泰",
    "望江",
    "复兴",
    "江城",
    "九堡",
    "下沙",
    "金沙",
    "学正",
    "文泽",
    "东信",
    "石桥",
    "半山",
    "康桥",
    "申花",
    "三墩",
    "蒋村",
    "转塘",
    "双浦",
)
STREET_SUFFIXES = ("路", "街", "大道", "巷")
COMMUNITY_WORDS = (
    "阳光",
    "锦绣",
    "翠苑",
    "和平",
    "丽景",
    "金色",
    "朝晖",
    "绿城",
    "万科",
    "滨江",
    "东方",
    "嘉和",
    "星河",
    "紫荆",
    "桂花",
    "香樟",
    "玉泉",
    "湖畔",
    "云栖",
    "春江",
    "月桂",
    "银杏",
    "枫林",
    "蓝天",
    "新华",
    "景芳",
    "采荷",
    "三塘",
    "大关",
    "德加",
    "稻香",
    "望湖",
    "秋水",
    "青枫",
)
COMMUNITY_SUFFIXES = ("花园", "苑", "小区", "家园", "公寓", "新村", "府", "湾", "名邸", "嘉园")
REGION_CODES = ("330102", "330105", "330106", "330108", "330109", "330110", "330111", "110101")


@dataclass
class Samples:
    """Values of randomly chosen rows, to query with."""

    account_numbers: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    id_numbers: list[str] = field(default_factory=list)
    meter_numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)


@dataclass
class KindResult:
    backend: str
    kind: str
    queries: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    found: int
    budget_ms: float
    #: The bare floor of an exact key: its HMAC and one index probe through the bare driver.
    floor_p95_ms: float | None = None

    @property
    def ok(self) -> bool:
        return self.p95_ms < self.budget_ms

    @property
    def ratio(self) -> float | None:
        return None if not self.floor_p95_ms else round(self.p95_ms / self.floor_p95_ms, 1)


# ----------------------------------------------------------------------------- data


class Generator:
    """Deterministic rows; customers first (they are referenced), then accounts."""

    def __init__(self, rows: int, seed: int, sample_size: int, sealer: Sealer) -> None:
        self.rows = rows
        self.sealer = sealer
        self.key_rows: list[tuple[Any, ...]] = []
        self.customers = max(1, rows * 7 // 10)
        self.rng = random.Random(seed)
        self.created_at = datetime(2026, 1, 5, 1, 30, tzinfo=UTC)
        self.addresses: list[str] = []
        self.samples = Samples()
        self._sample_customers = set(
            self.rng.sample(range(self.customers), min(sample_size, self.customers))
        )
        self._sample_accounts = set(self.rng.sample(range(rows), min(sample_size, rows)))
        self._surname_weights = [1.0 / (k + 5) for k in range(len(SURNAMES))]

    def _name(self) -> str:
        surname = self.rng.choices(SURNAMES, weights=self._surname_weights)[0]
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2))))
        return surname + given

    def _address(self) -> str:
        rng = self.rng
        street = rng.choice(STREET_WORDS) + rng.choice(STREET_SUFFIXES)
        community = rng.choice(COMMUNITY_WORDS) + rng.choice(COMMUNITY_SUFFIXES)
        return (
            f"{rng.choice(DISTRICTS)}{street}{rng.randrange(1, 600)}号{community}"
            f"{rng.randrange(1, 40)}幢{rng.randrange(1, 7)}单元{rng.randrange(1, 33)}"
            f"{rng.randrange(1, 5):02d}室"
        )

    def _id_number(self, i: int) -> str:
        # (birth day, order code) is unique for every i below 20 million.
        birth = date(1940, 1, 1) + timedelta(days=i % 20_000)
        first17 = f"{self.rng.choice(REGION_CODES)}{birth:%Y%m%d}{(i // 20_000) % 1000:03d}"
        return first17 + resident_id_check_digit(first17)

    def _sealed(self, cid: int, id_number: str | None, phone: str) -> tuple[Any, ...]:
        """(id_number_enc, phone_enc, id_number_bidx, phone_bidx, phone_last4_bidx) of a
        customer, whose wrapped key goes to ``key_rows``, as personal_data.store makes them."""
        sealer = self.sealer
        key = sealer.new_customer_key()
        self.key_rows.append((cid, sealer.wrap(cid, key), sealer.key_id, self.created_at))
        return (
            sealer.seal(key, cid, "id_number", id_number) if id_number else None,
            sealer.seal(key, cid, "phone", phone),
            sealer.index(IndexKind.ID_NUMBER, id_number) if id_number else None,
            sealer.index(IndexKind.PHONE, phone),
            sealer.phone_tail_index(phone),
        )

    def customer_rows(self) -> Iterator[tuple[Any, ...]]:
        """(id, kind, name, id_type, credit_code, address, id_number_enc, phone_enc,
        id_number_bidx, phone_bidx, phone_last4_bidx, created_at)."""
        for i in range(self.customers):
            phone = f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"
            address = self._address()
            self.addresses.append(address)
            row: tuple[Any, ...]
            if i % 33 == 7:
                first17 = f"91330100{i:09d}"
                code = first17 + credit_code_check_char(first17)
                name = self.rng.choice(COMMUNITY_WORDS) + self.rng.choice(
                    ("餐饮有限公司", "物业管理有限公司", "酒店有限公司", "食品厂", "洗衣店")
                )
                row = (i + 1, "organisation", name, None, code, address)
                row += self._sealed(i + 1, None, phone)
                id_key = code
            else:
                name = self._name()
                id_key = self._id_number(i)
                row = (i + 1, "individual", name, "resident_id", None, address)
                row += self._sealed(i + 1, id_key, phone)
            if i in self._sample_customers:
                self.samples.phones.append(phone)
                self.samples.id_numbers.append(id_key)
                self.samples.names.append(name)
            yield (*row, self.created_at)

    def key_rows_done(self) -> Iterator[tuple[Any, ...]]:
        """The customers' wrapped keys (after :meth:`customer_rows` has run)."""
        yield from self.key_rows
        self.key_rows = []

    def account_rows(self) -> Iterator[tuple[Any, ...]]:
        """(id, number, customer_id, hall_id, utility_kind, supply_address, meter_number,
        tariff_class, billing_mode, status, balance, opened_on, version)."""
        for i in range(self.rows):
            if i < self.customers:
                customer, address = i, self.addresses[i]
            else:
                customer, address = self.rng.randrange(self.customers), self._address()
            number = f"01{i + 1:08d}"
            meter = f"GM{4_000_000_000 + i * 7:010d}"
            if i in self._sample_accounts:
                self.samples.account_numbers.append(number)
                self.samples.meter_numbers.append(meter)
                self.samples.addresses.append(address)
            status = "active" if i % 50 else ("suspended" if i % 100 else "closed")
            yield (
                i + 1,
                number,
                customer + 1,
                1,
                "gas",
                address,
                meter,
                "居民",
                "prepaid" if i % 6 == 0 else "postpaid",
                status,
                0,
                date(2015, 1, 1) + timedelta(days=i % 3650),
                1,
            )


CUSTOMER_COLUMNS = (
    "id, kind, name, id_type, credit_code, address, id_number_enc, phone_enc, id_number_bidx, "
    "phone_bidx, phone_last4_bidx, created_at"
)
KEY_COLUMNS = "customer_id, wrapped_key, key_id, created_at"
ACCOUNT_COLUMNS = (
    "id, number, customer_id, hall_id, utility_kind, supply_address, meter_number, "
    "tariff_class, billing_mode, status, balance, opened_on, version"
)
HALL_SQL = (
    "INSERT INTO halls (id, code, name, address, hotline, active) "
    "VALUES (1, 'H01', '城东营业厅', '上城区建国路88号', '0571-96777', TRUE)"
)


def _sqlite_value(value: Any) -> Any:
    # The format SQLAlchemy's SQLite dialect stores and parses.
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


# ----------------------------------------------------------------------------- backends


def seed_sqlite(path: Path, gen: Generator) -> Database:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database(sqlite_url(path))
    upgrade(db)
    with db.engine.begin() as conn:
        # Triggers off for the load, then one rebuild: far faster than row-by-row indexing.
        search_index.drop_sqlite_triggers(conn)
        conn.exec_driver_sql(HALL_SQL.replace("TRUE", "1"))
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("PRAGMA cache_size=-400000")
    raw.execute("BEGIN")
    t0 = time.perf_counter()
    for sql, rows in (
        (
            f"INSERT INTO customers ({CUSTOMER_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            gen.customer_rows(),
        ),
        (f"INSERT INTO customer_keys ({KEY_COLUMNS}) VALUES (?,?,?,?)", gen.key_rows_done()),
        (
            f"INSERT INTO accounts ({ACCOUNT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            gen.account_rows(),
        ),
    ):
        for chunk in chunks(rows, 50_000):
            raw.executemany(sql, [tuple(_sqlite_value(v) for v in row) for row in chunk])
    raw.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    log(f"sqlite: loaded {gen.customers:,} customers, {gen.rows:,} accounts in {elapsed:.0f} s")
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        search_index.rebuild(conn)
        search_index.create_sqlite_triggers(conn)
    raw.execute("ANALYZE")
    raw.close()
    log(f"sqlite: search indexes built and analysed in {time.perf_counter() - t0:.0f} s")
    size = sum(
        Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
    )
    log(f"sqlite: file size {size / 2**20:.0f} MiB")
    return db


def seed_postgresql(admin_url: str, database: str, gen: Generator) -> Database:
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{database}"')
    admin.dispose()
    url = make_url(normalise_url(admin_url)).set(database=database)
    db = Database(url.render_as_string(hide_password=False))
    upgrade(db)
    with db.engine.begin() as conn:
        # Building GIN indexes once after COPY is much faster than maintaining them per row.
        search_index.drop_search_objects(conn)
        conn.exec_driver_sql(HALL_SQL)
    t0 = time.perf_counter()
    raw = db.engine.raw_connection()
    try:
        pg = raw.driver_connection
        assert pg is not None
        with pg.cursor() as cur:
            for table, columns, rows in (
                ("customers", CUSTOMER_COLUMNS, gen.customer_rows()),
                ("customer_keys", KEY_COLUMNS, gen.key_rows_done()),
                ("accounts", ACCOUNT_COLUMNS, gen.account_rows()),
            ):
                with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            for table in ("customers", "accounts"):
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
        pg.commit()
    finally:
        raw.close()
    elapsed = time.perf_counter() - t0
    log(f"postgresql: loaded {gen.customers:,} customers, {gen.rows:,} accounts in {elapsed:.0f} s")
    t0 = time.perf_counter()
    with db.engine.begin() as conn:
        conn.exec_driver_sql("SET maintenance_work_mem = '512MB'")
        search_index.create_search_objects(conn)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    log(f"postgresql: search indexes built and vacuum-analysed in {time.perf_counter() - t0:.0f} s")
    return db


def drop_postgresql(admin_url: str, database: str) -> None:
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    admin.dispose()


def reuse(backend: str, args: argparse.Namespace, gen: Generator) -> Database:
    """Open a database seeded earlier; the rows are generated again only to pick the samples."""
    for _ in gen.customer_rows():
        pass
    gen.key_rows = []
    for _ in gen.account_rows():
        pass
    if backend == "sqlite":
        db = Database(sqlite_url(args.sqlite_path))
    else:
        url = make_url(normalise_url(args.pg_url)).set(database=args.pg_database)
        db = Database(url.render_as_string(hide_password=False))
    with db.read() as s:
        count = s.execute(text("SELECT count(*) FROM accounts")).scalar_one()
    if count != args.rows:
        raise SystemExit(f"{backend}: {count:,} accounts stored, --rows says {args.rows:,}")
    log(f"{backend}: reusing {count:,} accounts")
    return db


# ----------------------------------------------------------------------------- measuring


def query_sets(samples: Samples, rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """kind -> [(query, expected account number or None)]."""

    def prefix(name: str) -> str:
        # Surname only, surname + first given character, or the whole name.
        return name[: rng.choice((1, 2, 2, len(name)))]

    def given(name: str) -> str:
        # What follows the one-character surname: 伟 of 王伟, 艳芳 of 沈艳芳.
        return name[1:]

    def fragment(address: str) -> str:
        length = rng.randrange(3, 9)
        start = rng.randrange(0, max(1, len(address) - length))
        return address[start : start + length]

    return {
        "account_number": [(n, n) for n in samples.account_numbers],
        "phone": [(p, None) for p in samples.phones],
        "phone_last4": [(p[-4:], None) for p in samples.phones],
        "id_number": [(i, None) for i in samples.id_numbers],
        "meter_number": [
            (m, n) for m, n in zip(samples.meter_numbers, samples.account_numbers, strict=True)
        ],
        "name_prefix": [(prefix(n), None) for n in samples.names],
        # Individuals only: an organisation's name is no surname and given name.
        "given_name": [(given(n), None) for n in samples.names if 2 <= len(n) <= 3],
        "address_fragment": [(fragment(a), None) for a in samples.addresses],
    }


# The bare floor of each exact key: the statement a hand-written lookup would run.
_FLOOR_SQL = {
    "account_number": "SELECT id FROM accounts WHERE number = {p}",
    "meter_number": "SELECT id FROM accounts WHERE meter_number = {p}",
    "id_number": "SELECT id, id_number_enc FROM customers WHERE id_number_bidx = {p}",
    "phone": "SELECT id, phone_enc FROM customers WHERE phone_bidx = {p}",
    "phone_last4": "SELECT id, phone_enc FROM customers WHERE phone_last4_bidx = {p} LIMIT 21",
}
_FLOOR_INDEX = {
    "id_number": IndexKind.ID_NUMBER,
    "phone": IndexKind.PHONE,
    "phone_last4": IndexKind.PHONE_TAIL,
}


class Floor:
    """The bare floor of the exact keys: for a query, its blind index's HMAC (where it has
    one) and one probe of the same index through the bare driver, on a connection of its own."""

    def __init__(self, backend: str, db: Database, sealer: Sealer) -> None:
        self.placeholder = "?" if backend == "sqlite" else "%s"
        self.sealer = sealer
        self.raw: Any = (
            sqlite3.connect(db.sqlite_path)
            if backend == "sqlite" and db.sqlite_path is not None
            else db.engine.raw_connection()
        )
        self.cursor = self.raw.cursor()
        self.backend = backend

    def time(self, kind: str, query: str) -> float:
        sql = _FLOOR_SQL[kind].format(p=self.placeholder)
        index = _FLOOR_INDEX.get(kind)
        t0 = time.perf_counter()
        value: Any = query if index is None else self.sealer.index(index, query)
        self.cursor.execute(sql, (value,))
        self.cursor.fetchall()
        elapsed = (time.perf_counter() - t0) * 1000
        if self.backend != "sqlite":
            self.raw.rollback()  # no snapshot held across queries, as the service holds none
        return elapsed

    def close(self) -> None:
        self.raw.close()


def _p95(timings: list[float]) -> float:
    ordered = sorted(timings)
    return round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 3)


def measure(
    backend: str, db: Database, queries: dict[str, list[tuple[str, str | None]]]
) -> list[KindResult]:
    personal_data.use_data_key(db, BENCH_KEY)
    floor = Floor(backend, db, personal_data.sealer_of(BENCH_KEY))
    actor = Actor(user_id=1, employee_no="BENCH", name="bench", role=Role.CLERK, hall_id=1)
    service = SearchService(db, FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_TZ)), actor)
    for query, _ in [q for qs in queries.values() for q in qs[:5]]:
        service.search(query)  # warm the connection pool and the caches a little
    order = random.Random(7)
    results = []
    try:
        for kind, items in queries.items():
            exact = kind in EXACT_KINDS
            timings: list[float] = []
            floors: list[float] = []
            found = 0
            for query, expected in items:
                # The floor and the service in turns, in a random order: whichever runs first
                # reads the rows from disk, the other finds them cached.
                floor_first = exact and order.random() < 0.5
                if floor_first:
                    floors.append(floor.time(kind, query))
                t0 = time.perf_counter()
                result = service.search(query)
                timings.append((time.perf_counter() - t0) * 1000)
                if exact and not floor_first:
                    floors.append(floor.time(kind, query))
                if expected is None:
                    found += bool(result.rows)
                else:
                    found += any(r.account_number == expected for r in result.rows)
            timings.sort()
            results.append(
                KindResult(
                    backend=backend,
                    kind=kind,
                    queries=len(items),
                    p50_ms=round(statistics.median(timings), 3),
                    p95_ms=_p95(timings),
                    max_ms=round(timings[-1], 3),
                    found=found,
                    budget_ms=EXACT_BUDGET_MS if exact else TEXT_BUDGET_MS,
                    floor_p95_ms=_p95(floors) if exact else None,
                )
            )
    finally:
        floor.close()
    return results


def report(results: list[KindResult]) -> str:
    lines = [
        f"{'backend':<11}{'kind':<18}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
        f"{'found':>7}{'budget':>8}  ok  {'floor p95':>9}{'ratio':>8}",
    ]
    for r in results:
        floor = "" if r.floor_p95_ms is None else f"{r.floor_p95_ms:>9.3f}{r.ratio:>7.1f}x"
        lines.append(
            f"{r.backend:<11}{r.kind:<18}{r.queries:>5}{r.p50_ms:>9.2f}{r.p95_ms:>9.2f}"
            f"{r.max_ms:>9.2f}{r.found:>7}{r.budget_ms:>8.0f}  {'yes' if r.ok else 'NO '} {floor}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="accounts to seed")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--pg-url",
        default="postgresql://127.0.0.1:5432/postgres",
        help="a database on the server to connect to for CREATE/DROP DATABASE",
    )
    parser.add_argument("--pg-database", default="counter_bench", help="scratch database name")
    parser.add_argument(
        "--sqlite-path", type=Path, default=RESULTS_DIR / "search_benchmark.sqlite3"
    )
    parser.add_argument("--queries", type=int, default=200, help="queries per key kind")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument(
        "--keep", action="store_true", help="keep the seeded databases for later runs"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure databases kept by an earlier --keep run with the same --rows and --seed",
    )
    args = parser.parse_args(argv)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    args.sqlite_path.parent.mkdir(parents=True, exist_ok=True)

    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results: list[KindResult] = []
    for backend in backends:
        gen = Generator(args.rows, args.seed, args.queries, personal_data.sealer_of(BENCH_KEY))
        log(f"{backend}: seeding {args.rows:,} accounts")
        if args.reuse:
            db = reuse(backend, args, gen)
        elif backend == "sqlite":
            db = seed_sqlite(args.sqlite_path, gen)
        else:
            db = seed_postgresql(args.pg_url, args.pg_database, gen)
        try:
            queries = query_sets(gen.samples, random.Random(args.seed + 1))
            results.extend(measure(backend, db, queries))
        finally:
            db.dispose()
            keep = args.keep or args.reuse
            if backend == "postgresql" and not keep:
                drop_postgresql(args.pg_url, args.pg_database)
            if backend == "sqlite" and not keep:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{args.sqlite_path}{suffix}").unlink(missing_ok=True)
        print(report([r for r in results if r.backend == backend]), flush=True)

    print()
    print(report(results))
    out = save_result(
        f"search-{args.rows}",
        {
            "rows": args.rows,
            "results": [asdict(r) | {"ok": r.ok, "ratio": r.ratio} for r in results],
        },
    )
    print(f"\nresults written to {out}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
