"""Engines and units of work for SQLite (embedded) and PostgreSQL (central)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.errors import CommitUncertain, DatabaseBusy, DatabaseUnavailable

# How long a counter waits for the central server before it says the database cannot be
# reached (the connection banner must show within 2 s of an outage, docs/domain.md §11).
PG_CONNECT_TIMEOUT_S = 2
# A record another counter holds locked longer than this is refused as busy, rather than the
# counter waiting without end; a payment holds its account's lock for milliseconds.
PG_LOCK_TIMEOUT = "20s"
# A connection left inside a transaction (a counter that froze or lost its network half-way)
# is ended by the server, so the locks it held do not stop every other counter.
PG_IDLE_IN_TRANSACTION_TIMEOUT = "60s"
# No statement timeout: a month's journal export legitimately reads for minutes.


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever driver the URL names (or leaves out)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername != "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _configure_sqlite(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so BEGIN is emitted exactly when we say.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed payment survives a power cut, not only a process crash.
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front: two counters never deadlock on lock upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database and its units of work.

    ``write()`` is for a business action that changes data; ``read()`` for queries. On SQLite
    they use separate engines so searches never wait behind the write lock.
    """

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = make_url(self.url).get_backend_name() == "sqlite"
        if self.is_sqlite:
            database = make_url(self.url).database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            # Pooled: opening a connection costs more than a whole payment's statements.
            self.engine = create_engine(self.url, echo=echo)
            _configure_sqlite(self.engine, immediate=True)
            self.read_engine = create_engine(self.url, echo=echo)
            _configure_sqlite(self.read_engine, immediate=False)
        else:
            # Pre-ping: a pooled connection the server or the network dropped meanwhile is
            # replaced at checkout instead of failing the clerk's next action.
            self.engine = create_engine(
                self.url, echo=echo, pool_pre_ping=True, connect_args=_pg_connect_args(self.url)
            )
            self.read_engine = self.engine
        self._write = sessionmaker(self.engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        return Path(database) if database and database != ":memory:" else None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any error.

        Raises:
            DatabaseUnavailable: the database could not be reached before the commit; the
                server rolled the work back, nothing was saved.
            CommitUncertain: the connection broke during the commit itself; the work may or
                may not have been saved.
        """
        stage = _Stage()
        with self._unavailable_as_error(stage), self._write() as session, session.begin():
            yield session
            # Everything but the COMMIT goes to the server here, so a failure from now on is
            # one of the commit alone.
            session.flush()
            stage.committing = True

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._unavailable_as_error(_Stage()), self._read.begin() as session:
            yield session

    @contextmanager
    def _unavailable_as_error(self, stage: _Stage) -> Iterator[None]:
        try:
            yield
        except DBAPIError as exc:
            if _is_lock_timeout(exc):
                raise DatabaseBusy(str(exc.orig or exc)) from exc
            if not _is_connection_failure(exc):
                raise
            if stage.committing:
                raise CommitUncertain(str(exc.orig or exc)) from exc
            raise DatabaseUnavailable(str(exc.orig or exc)) from exc

    def check_connection(self) -> None:
        """Raise :class:`DatabaseUnavailable` when the database cannot be opened or reached."""
        with self._unavailable_as_error(_Stage()), self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


class _Stage:
    """How far a unit of work got: a failure once ``committing`` is set has an unknown fate."""

    __slots__ = ("committing",)

    def __init__(self) -> None:
        self.committing = False


def _pg_connect_args(url: str) -> dict[str, Any]:
    """Timeouts of a PostgreSQL connection; the URL's own ``options`` (a search path) kept."""
    settings = (
        f"-c lock_timeout={PG_LOCK_TIMEOUT} "
        f"-c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_TIMEOUT}"
    )
    given = make_url(url).query.get("options")
    if isinstance(given, tuple):
        given = " ".join(given)
    return {
        "connect_timeout": PG_CONNECT_TIMEOUT_S,
        "options": f"{given} {settings}" if given else settings,
        # A server that vanished without closing the connection (a cable pulled, a router
        # down) is noticed within seconds instead of when the operating system gives up.
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 2,
        "tcp_user_timeout": 6000,  # ms that sent data may stay unacknowledged
    }


def _is_lock_timeout(exc: DBAPIError) -> bool:
    return getattr(exc.orig, "sqlstate", None) == "55P03"  # lock_not_available


def _is_connection_failure(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    text = str(exc.orig or exc).lower()
    markers = (
        "connection refused",
        "could not connect",
        "unable to open database",
        "server closed the connection",
        "connection timeout",
        "timeout expired",
        "no such host",
        "name or service not known",
        "terminating connection",
        "connection is bad",
        "connection is closed",
        "connection is lost",
        "consuming input failed",
        "connection reset",
        "broken pipe",
        "disk i/o error",
    )
    return any(m in text for m in markers)
