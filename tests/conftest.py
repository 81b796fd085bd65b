"""Shared fixtures: a fresh database per test on SQLite and PostgreSQL, fixed clocks, actors.

PostgreSQL tests use the server named by ``COUNTER_TEST_PG_URL`` (default: the local server's
``test`` database). They skip with a visible reason when it is down, except when
``COUNTER_REQUIRE_PG=1`` (CI), where an unreachable server fails the run.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the real data directory or database of the person running the suite.
for _var in ("COUNTER_DATA_DIR", "COUNTER_DB_URL", "COUNTER_LANG", "COUNTER_DATA_KEY_FILE"):
    os.environ.pop(_var, None)
# One data key for every test database, however it is opened (a service, the CLI, the GUI, a
# subprocess), as the counters of one hall share theirs; tests of the key itself remove it.
os.environ["COUNTER_DATA_KEY"] = "5e" * 32

from sqlalchemy import create_engine, text  # noqa: E402

from counter_app.db.engine import Database, sqlite_url  # noqa: E402
from counter_app.db.migrate import upgrade  # noqa: E402
from counter_app.domain.clock import LOCAL_TZ, FixedClock  # noqa: E402
from counter_app.services.passwords import use_fast_hashing_for_tests  # noqa: E402

use_fast_hashing_for_tests()

PG_URL = os.environ.get("COUNTER_TEST_PG_URL", "postgresql+psycopg://127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("COUNTER_REQUIRE_PG") == "1"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the default data dir at a temporary folder for every test."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setattr("counter_app.config.default_data_dir", lambda: home)


# ----------------------------------------------------------------------------- SQLite


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database, copied for each test (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(sqlite_url(path))
    upgrade(db)
    db.dispose()
    return path


def _sqlite_db(template: Path, tmp_path: Path) -> Database:
    target = tmp_path / "counter.sqlite3"
    shutil.copyfile(template, target)
    return Database(sqlite_url(target))


# ----------------------------------------------------------------------------- PostgreSQL


class _PgSchema:
    """One schema for the whole session in the ``test`` database, emptied before each test."""

    def __init__(self, base_url: str) -> None:
        self.schema = f"counter_test_{uuid.uuid4().hex[:10]}"
        self._admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        sep = "&" if "?" in base_url else "?"
        self.url = f"{base_url}{sep}options=-csearch_path%3D{self.schema}"
        db = Database(self.url)
        upgrade(db)
        with db.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = :s "
                    "AND tablename <> 'alembic_version'"
                ),
                {"s": self.schema},
            ).scalars()
            self.tables = list(rows)
            self.sequences = list(
                conn.execute(
                    text("SELECT sequencename FROM pg_sequences WHERE schemaname = :s"),
                    {"s": self.schema},
                ).scalars()
            )
            # Rows are deleted and copied with triggers and foreign keys off, which only a
            # superuser may ask for; anyone else gets TRUNCATE and seeding, slower.
            self.superuser = bool(
                conn.execute(
                    text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                ).scalar()
            )
        db.dispose()
        self._seeded: dict[tuple[datetime, int], str] = {}

    def _script(self, statements: list[str]) -> None:
        """Run ``statements`` as one transaction in one round trip, the triggers (the audit
        trail's refusals among them) and foreign-key checks off."""
        script = ";\n".join(
            ["BEGIN", "SET LOCAL session_replication_role = replica", *statements, "COMMIT"]
        )
        raw = self._admin.raw_connection()
        try:
            with raw.cursor() as cursor:
                cursor.execute(script)
        finally:
            raw.close()

    def fresh(self) -> Database:
        """The session's schema emptied, its sequences back at 1.

        Deleting the few rows a test leaves takes a few milliseconds; TRUNCATE of 40 tables
        takes a second, as long as many a test itself."""
        if not self.superuser:
            db = Database(self.url)
            with db.engine.begin() as conn:
                names = ", ".join(f'"{t}"' for t in self.tables)
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            return db
        self._script(
            [f'DELETE FROM "{self.schema}"."{t}"' for t in self.tables]
            + [f'SELECT setval(\'"{self.schema}"."{q}"\', 1, false)' for q in self.sequences]
        )
        return Database(self.url)

    def seed_demo(self, db: Database, clock: FixedClock, customers: int) -> None:
        """``db`` (the session's schema, just emptied) holding what ``seed_demo`` writes at
        ``clock``'s time: seeded once per time into a schema of its own, then copied row for
        row with the sequences where seeding left them. Seeding reads the clock and never moves
        it, so the copy is what seeding would have made."""
        from counter_app.services.demo import seed_demo

        if not self.superuser:
            seed_demo(db, clock, customers=customers)
            return
        key = (clock.now(), customers)
        source = self._seeded.get(key)
        if source is None:
            source = f"{self.schema}_demo{len(self._seeded)}"
            with self._admin.connect() as conn:
                conn.execute(text(f'CREATE SCHEMA "{source}"'))
            url = self.url.replace(f"search_path%3D{self.schema}", f"search_path%3D{source}")
            template = Database(url)
            upgrade(template)
            seed_demo(template, FixedClock(clock.now()), customers=customers)
            template.dispose()
            self._seeded[key] = source
        self._script(
            [
                f'INSERT INTO "{self.schema}"."{t}" SELECT * FROM "{source}"."{t}"'
                for t in self.tables
            ]
            + [
                f'SELECT setval(\'"{self.schema}"."{q}"\', last_value, is_called) '
                f'FROM "{source}"."{q}"'
                for q in self.sequences
            ]
        )

    def drop(self) -> None:
        with self._admin.connect() as conn:
            for name in [self.schema, *self._seeded.values()]:
                conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        self._admin.dispose()


def _pg_reachable() -> str | None:
    try:
        eng = create_engine(PG_URL, connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(text("SELECT 1"))
        eng.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None


@pytest.fixture(scope="session")
def pg_schema() -> Iterator[_PgSchema]:
    problem = _pg_reachable()
    if problem is not None:
        message = f"PostgreSQL at {PG_URL} unreachable ({problem})"
        if REQUIRE_PG:
            pytest.fail(message + "; COUNTER_REQUIRE_PG=1 demands it", pytrace=False)
        pytest.skip(message)
    schema = _PgSchema(PG_URL)
    yield schema
    schema.drop()


# ----------------------------------------------------------------------------- the db fixture


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database on each backend."""
    if request.param == "sqlite":
        database = _sqlite_db(sqlite_template, tmp_path)
    else:
        database = request.getfixturevalue("pg_schema").fresh()
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database, for tests that are about behaviour, not the backend."""
    database = _sqlite_db(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 23, 9, 30, tzinfo=LOCAL_TZ))


_SEEDED_SQLITE: dict[tuple[datetime, int], Path] = {}


@pytest.fixture
def demo_db(
    request: pytest.FixtureRequest,
    db: Database,
    clock: FixedClock,
    tmp_path_factory: pytest.TempPathFactory,
) -> Database:
    """A database on each backend holding the demo halls, users, tariffs and a few accounts.

    Seeding takes up to a second; the demo is seeded once per clock time in a run and copied
    into each test's database (a file copy on SQLite, a copy of the rows on PostgreSQL)."""
    from counter_app.services.demo import seed_demo

    customers = 6
    if db.engine.dialect.name == "postgresql":
        request.getfixturevalue("pg_schema").seed_demo(db, clock, customers)
        return db
    key = (clock.now(), customers)
    source = _SEEDED_SQLITE.get(key)
    if source is None:
        source = tmp_path_factory.mktemp("seeded") / "demo.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), source)
        template = Database(sqlite_url(source))
        seed_demo(template, FixedClock(clock.now()), customers=customers)
        template.dispose()
        _SEEDED_SQLITE[key] = source
    target = Path(str(db.engine.url.database))
    db.engine.dispose()
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return db


# ----------------------------------------------------------------------------- CI guard

_pg_passed = 0


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    global _pg_passed
    if report.when == "call" and report.passed and "postgres" in report.keywords:
        _pg_passed += 1


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if REQUIRE_PG and exitstatus == 0 and _pg_passed == 0 and session.testscollected:
        session.config.get_terminal_writer().line(
            "COUNTER_REQUIRE_PG=1 but no PostgreSQL test passed", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    terminalreporter.write_line(f"PostgreSQL tests passed: {_pg_passed}")
