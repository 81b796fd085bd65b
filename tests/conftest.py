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
        db.dispose()

    def fresh(self) -> Database:
        db = Database(self.url)
        with db.engine.begin() as conn:
            names = ", ".join(f'"{t}"' for t in self.tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return db

    def drop(self) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.schema}" CASCADE'))
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


@pytest.fixture
def demo_db(db: Database, clock: FixedClock) -> Database:
    """A database on each backend holding the demo halls, users, tariffs and a few accounts."""
    from counter_app.services.demo import seed_demo

    seed_demo(db, clock, customers=6)
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
