"""Engines and units of work for SQLite (embedded) and PostgreSQL (central)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from counter_app.domain.errors import DatabaseUnavailable


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
            self.engine = create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                connect_args={"connect_timeout": 5},
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
        """A unit of work that commits on success and rolls back on any error."""
        with self._unavailable_as_error(), self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._unavailable_as_error(), self._read.begin() as session:
            yield session

    @contextmanager
    def _unavailable_as_error(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if _is_connection_failure(exc):
                raise DatabaseUnavailable(str(exc.orig or exc)) from exc
            raise

    def check_connection(self) -> None:
        """Raise :class:`DatabaseUnavailable` when the database cannot be opened or reached."""
        with self._unavailable_as_error(), self.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def _is_connection_failure(exc: OperationalError) -> bool:
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
        "disk i/o error",
    )
    return any(m in text for m in markers)
