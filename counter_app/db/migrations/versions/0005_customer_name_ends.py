"""customer name ends are indexed: a given name finds its customer

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

A clerk types whatever part of a name the customer says; a given name of 1–2 characters (艳芳
of 沈艳芳) is the end of the name and has no trigram of its own, so it found nothing.

* SQLite: ``customer_name_fts`` becomes a contentless FTS5 table that indexes every name
  followed by ``search_index.NAME_END``; its triggers are replaced, and every existing name is
  indexed again here.
* PostgreSQL: a B-tree on ``reverse(name) COLLATE "C"`` (``ix_customers_name_reversed_c``),
  built from the existing rows by ``CREATE INDEX``.

The statements are those of counter_app/db/search_index.py; the downgrade restores the
previous SQLite name index with the statements it had at revision 0004.
"""

from collections.abc import Sequence

from alembic import op

from counter_app.db import search_index

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FTS = search_index.CUSTOMER_NAME_FTS


def upgrade() -> None:
    conn = op.get_bind()
    search_index.drop_name_index(conn)
    # Creates only what is missing: the address index and its triggers are kept as they are.
    search_index.create_search_objects(conn, rebuild_tables=(_FTS,))


def downgrade() -> None:
    conn = op.get_bind()
    search_index.drop_name_index(conn)
    if conn.dialect.name != "sqlite":
        return
    # Revision 0004's name index: external content read from customers.name.
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE {_FTS} USING fts5("
        "name, content='customers', content_rowid='id', tokenize='trigram')"
    )
    delete_old = f"INSERT INTO {_FTS}({_FTS}, rowid, name) VALUES ('delete', old.id, old.name);"
    insert_new = f"INSERT INTO {_FTS}(rowid, name) VALUES (new.id, new.name);"
    for statement in (
        f"CREATE TRIGGER {_FTS}_ai AFTER INSERT ON customers BEGIN {insert_new} END",
        f"CREATE TRIGGER {_FTS}_ad AFTER DELETE ON customers BEGIN {delete_old} END",
        f"CREATE TRIGGER {_FTS}_au AFTER UPDATE OF name ON customers "
        f"BEGIN {delete_old} {insert_new} END",
    ):
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql(f"INSERT INTO {_FTS}({_FTS}) VALUES ('rebuild')")
