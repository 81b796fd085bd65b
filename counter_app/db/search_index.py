"""Search indexes the ORM models cannot describe: trigram full-text on SQLite and PostgreSQL.

Customer search (docs/domain.md §3) must find an address fragment or a part of a name among a
million accounts in milliseconds, which a B-tree cannot do for ``LIKE '%fragment%'``:

* SQLite: FTS5 tables with the ``trigram`` tokenizer in *external content* mode (they index
  ``accounts.supply_address`` and ``customers.name`` without storing a copy), kept in sync by
  triggers, so every writer - services, imports, a repair script - updates them.
* PostgreSQL: ``pg_trgm`` GIN indexes on the same columns, plus a B-tree on ``name COLLATE "C"``
  so a name prefix is one ordered range scan whatever collation the database was created with,
  and a finer statistics target on the two columns so the planner can tell a rare fragment
  (use the index) from a common one (scan until the first rows turn up).

Trigrams need at least :data:`TRIGRAM_MIN_LENGTH` characters; shorter fragments are searched
another way by :mod:`counter_app.services.search`. A clerk types whatever part of a name the
customer says, and a 1–2 character part is nearly always the surname (the start of the name,
a prefix range scan) or the given name (its end: 艳芳 for 沈艳芳, 芳 for 王芳). The end of a
name is indexed on each backend:

* SQLite: the name FTS table is contentless and indexes every name followed by
  :data:`NAME_END`, two characters no name can hold, so "艳芳" + one marker and "芳" + two
  markers are trigrams of the index (:func:`fts_name_end_phrase`).
* PostgreSQL: a B-tree on ``reverse(name) COLLATE "C"`` turns "ends with" into a prefix range
  scan of the reversed name (pg_trgm cannot help: it drops non-word characters and pads a
  word's end with one space only, so a 1-character end has no trigram).

The DDL lives here, not in the migration, so benchmarks and repair tools can drop and rebuild
exactly what the migration built. Changing a statement therefore means writing a new migration
that drops the old objects and creates the new ones.

Warning for future migrations on SQLite: ``batch_alter_table("accounts")`` or
``batch_alter_table("customers")`` rebuilds the table and silently loses its triggers. Call
:func:`create_sqlite_triggers` and :func:`rebuild` after such a batch.

Migration 0005 replaced the SQLite name index (external content on ``customers``) by the
contentless one with :data:`NAME_END`, and added the PostgreSQL reversed-name index.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)

#: Fragments shorter than this cannot use a trigram index.
TRIGRAM_MIN_LENGTH = 3

#: Appended to every name in the SQLite name index: control characters, which no validated
#: name holds, so a query never matches them by accident.
NAME_END = "\x03\x03"
_NAME_END_SQL = "char({})".format(", ".join(str(ord(c)) for c in NAME_END))

ACCOUNT_ADDRESS_FTS = "account_address_fts"
CUSTOMER_NAME_FTS = "customer_name_fts"
SQLITE_FTS_TABLES = (ACCOUNT_ADDRESS_FTS, CUSTOMER_NAME_FTS)
# FTS5 keeps its index in these shadow tables; SQLAlchemy reflects them as ordinary tables.
_FTS5_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")

PG_ADDRESS_TRGM_INDEX = "ix_accounts_supply_address_trgm"
PG_NAME_TRGM_INDEX = "ix_customers_name_trgm"
PG_NAME_C_INDEX = "ix_customers_name_c"
PG_NAME_REVERSED_INDEX = "ix_customers_name_reversed_c"
PG_INDEXES = (PG_ADDRESS_TRGM_INDEX, PG_NAME_TRGM_INDEX, PG_NAME_C_INDEX, PG_NAME_REVERSED_INDEX)
PG_STATISTICS_TARGET = 1000
_PG_TRIGRAM_COLUMNS = (("accounts", "supply_address"), ("customers", "name"))


@dataclass(frozen=True)
class _SqliteFts:
    """One FTS5 table and what it indexes; the triggers are named after the table."""

    fts: str
    table: str
    column: str
    #: SQL appended to the column's value when indexed ("" for the value itself).
    suffix_sql: str = ""

    @property
    def contentless(self) -> bool:
        # An external-content table re-reads the column, so it can only index the value as
        # stored; a contentless one is given what to index by the triggers and the rebuild.
        return bool(self.suffix_sql)

    def value(self, row: str) -> str:
        value = f"{row}.{self.column}" if row else self.column
        return f"{value} || {self.suffix_sql}" if self.suffix_sql else value


_SQLITE_FTS = (
    _SqliteFts(ACCOUNT_ADDRESS_FTS, "accounts", "supply_address"),
    _SqliteFts(CUSTOMER_NAME_FTS, "customers", "name", _NAME_END_SQL),
)

_SEARCH_TABLE_NAMES = frozenset(
    [*SQLITE_FTS_TABLES]
    + [f"{table}{suffix}" for table in SQLITE_FTS_TABLES for suffix in _FTS5_SHADOW_SUFFIXES]
)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name`` hook: leave the search objects out of model comparison.

    They are created by migrations 0002 and 0005 per dialect and have no ORM model, so
    autogenerate and the migrations-match-models test must not report them as tables or
    indexes to remove.
    """
    if name is None:
        return True
    if type_ == "table":
        return name not in _SEARCH_TABLE_NAMES
    if type_ == "index":
        return name not in PG_INDEXES
    return True


# ----------------------------------------------------------------------------- SQLite


def _sqlite_trigger_statements(index: _SqliteFts) -> list[str]:
    fts, table, column = index.fts, index.table, index.column
    # 'delete' must be given exactly the values indexed, for both kinds of table.
    delete_old = (
        f"INSERT INTO {fts}({fts}, rowid, {column}) "
        f"VALUES ('delete', old.id, {index.value('old')});"
    )
    insert_new = f"INSERT INTO {fts}(rowid, {column}) VALUES (new.id, {index.value('new')});"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN {insert_new} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN {delete_old} END",
        # Only a change of the indexed column touches the index; balance updates stay cheap.
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {column} ON {table} "
        f"BEGIN {delete_old} {insert_new} END",
    ]


def create_sqlite_triggers(conn: Connection) -> None:
    """(Re)create the triggers that keep the FTS tables in step with their content tables."""
    for index in _SQLITE_FTS:
        for statement in _sqlite_trigger_statements(index):
            conn.exec_driver_sql(statement)


def drop_sqlite_triggers(conn: Connection) -> None:
    """Drop the sync triggers, e.g. before a bulk load that ends with :func:`rebuild`."""
    for index in _SQLITE_FTS:
        _drop_triggers(conn, index.fts)


def _drop_triggers(conn: Connection, fts: str) -> None:
    for suffix in ("ai", "ad", "au"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")


def _create_sqlite(conn: Connection) -> None:
    for index in _SQLITE_FTS:
        content = "''" if index.contentless else f"'{index.table}', content_rowid='id'"
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {index.fts} USING fts5("
            f"{index.column}, content={content}, tokenize='trigram')"
        )
    create_sqlite_triggers(conn)


def _drop_sqlite(conn: Connection) -> None:
    drop_sqlite_triggers(conn)
    for fts in SQLITE_FTS_TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {fts}")


def drop_name_index(conn: Connection) -> None:
    """Drop the name index alone (SQLite: its FTS table and triggers; PostgreSQL: the
    reversed-name index), so that :func:`create_search_objects` builds it anew."""
    if conn.dialect.name == "sqlite":
        _drop_triggers(conn, CUSTOMER_NAME_FTS)
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {CUSTOMER_NAME_FTS}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_NAME_REVERSED_INDEX}")


# ----------------------------------------------------------------------------- PostgreSQL


def pg_trgm_schema(conn: Connection, *, install: bool) -> str | None:
    """The schema holding the ``pg_trgm`` extension, installing it first if asked and possible.

    The extension goes into ``public`` when that schema exists: installed into whatever schema
    happens to be first on the search path, a later ``DROP SCHEMA ... CASCADE`` of that schema
    would take every trigram index of the database with it.

    Returns:
        The schema name, or ``None`` when the server does not offer the extension or the user
        may not create it; search then still works, only slower.
    """
    query = text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = conn.execute(query).scalar_one_or_none()
    if schema is not None or not install:
        return schema
    available = conn.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is None:
        log.warning("pg_trgm is not available on this server: address search will be slow")
        return None
    has_public = conn.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = 'public'")).first()
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                "CREATE EXTENSION IF NOT EXISTS pg_trgm"
                + (" WITH SCHEMA public" if has_public else "")
            )
    except DBAPIError as exc:
        log.warning("Cannot create pg_trgm (%s): address search will be slow", exc.orig)
        return None
    return conn.execute(query).scalar_one_or_none()


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_postgresql(conn: Connection) -> None:
    trgm = pg_trgm_schema(conn, install=True)
    if trgm is not None:
        # Qualified: the operator class must resolve whatever the connection's search path.
        opclass = f"{_quote_ident(trgm)}.gin_trgm_ops"
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {PG_ADDRESS_TRGM_INDEX} "
            f"ON accounts USING gin (supply_address {opclass})"
        )
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {PG_NAME_TRGM_INDEX} "
            f"ON customers USING gin (name {opclass})"
        )
    conn.exec_driver_sql(
        f'CREATE INDEX IF NOT EXISTS {PG_NAME_C_INDEX} ON customers (name COLLATE "C")'
    )
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {PG_NAME_REVERSED_INDEX} "
        f'ON customers ((reverse(name) COLLATE "C"))'
    )
    # The planner estimates LIKE '%fragment%' from the column's histogram, and with the default
    # 100 entries it never estimates below ~1 % of the table: then a sequential scan "to find
    # 21 rows soon" looks cheaper than the trigram index and reads a third of a million-row
    # table for a rare fragment. A finer histogram lets it tell rare fragments from common ones.
    for table, column in _PG_TRIGRAM_COLUMNS:
        conn.exec_driver_sql(
            f"ALTER TABLE {table} ALTER COLUMN {column} SET STATISTICS {PG_STATISTICS_TARGET}"
        )


def _drop_postgresql(conn: Connection) -> None:
    # The extension stays: other schemas of the same database may use it.
    for index in PG_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
    for table, column in _PG_TRIGRAM_COLUMNS:
        conn.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN {column} SET STATISTICS -1")


# ----------------------------------------------------------------------------- both


def create_search_objects(
    conn: Connection, rebuild_tables: Iterable[str] = SQLITE_FTS_TABLES
) -> None:
    """Create the search tables, triggers and indexes for the connection's dialect.

    Objects that exist are kept as they are.

    Args:
        conn: The connection, in a transaction.
        rebuild_tables: The SQLite FTS tables to fill from their tables afterwards (all by
            default; a migration that made one table anew rebuilds only that one).
    """
    if conn.dialect.name == "sqlite":
        _create_sqlite(conn)
        rebuild(conn, rebuild_tables)
    elif conn.dialect.name == "postgresql":
        _create_postgresql(conn)
    else:  # pragma: no cover - only the two supported backends
        raise NotImplementedError(conn.dialect.name)


def drop_search_objects(conn: Connection) -> None:
    """Drop everything :func:`create_search_objects` made (the pg_trgm extension excepted)."""
    if conn.dialect.name == "sqlite":
        _drop_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _drop_postgresql(conn)


def rebuild(conn: Connection, tables: Iterable[str] = SQLITE_FTS_TABLES) -> None:
    """Re-read every indexed value from the content tables (SQLite); PostgreSQL needs nothing.

    Args:
        conn: The connection, in a transaction.
        tables: The FTS tables to rebuild, all by default.
    """
    if conn.dialect.name != "sqlite":
        return
    for index in _SQLITE_FTS:
        if index.fts not in tables:
            continue
        fts = index.fts
        if index.contentless:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('delete-all')")
            conn.exec_driver_sql(
                f"INSERT INTO {fts}(rowid, {index.column}) "
                f"SELECT id, {index.value('')} FROM {index.table}"
            )
        else:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def fts_phrase(fragment: str) -> str:
    """An FTS5 query matching ``fragment`` literally as a substring (trigram tokenizer)."""
    return '"' + fragment.replace('"', '""') + '"'


def fts_name_end_phrase(part: str) -> str:
    """An FTS5 query on the name index matching names that end with ``part`` (1–2 characters):
    the part and as many :data:`NAME_END` markers as make it a trigram."""
    if not 0 < len(part) < TRIGRAM_MIN_LENGTH:
        raise ValueError("a name end of 1-2 characters")
    return fts_phrase(part + NAME_END[: TRIGRAM_MIN_LENGTH - len(part)])


def like_contains(fragment: str) -> str:
    """A ``LIKE`` pattern (escape character ``\\``) matching ``fragment`` literally anywhere."""
    return "%" + _escape_like(fragment) + "%"


def _escape_like(fragment: str) -> str:
    return fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
