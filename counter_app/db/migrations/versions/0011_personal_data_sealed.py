"""customers' ID numbers, mobiles and emergency contacts sealed at rest, found by blind index

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

docs/domain.md §11 (personal data at rest):

* ``customer_keys``: one key per customer, wrapped with the hall's data key (AES-GCM), and the
  id of the data key that wrapped it.
* ``customers.{id_number,phone,emergency_contact}_enc``: the values sealed with the customer's
  key; ``id_number_bidx`` (unique: it replaces the uniqueness of the ID number),
  ``phone_bidx`` and ``phone_last4_bidx``: HMAC-SHA256 blind indexes for exact search.
* Every existing customer is sealed in place, then the clear columns are emptied (with SQLite's
  ``secure_delete`` on, so the freed bytes are overwritten) and the phone index dropped. The
  columns themselves stay, always NULL: SQLite cannot drop a column under a UNIQUE constraint
  without rebuilding ``customers``, which its foreign keys and search triggers forbid inside a
  migration. The database refuses a value in them from now on (triggers on SQLite, a CHECK on
  PostgreSQL), so nothing can write personal data in clear there again.

The data key: the migration seals with the key the database was opened with. Every start
(``counter_app.context.open_database``) loads it before upgrading, the same way it does
afterwards: ``COUNTER_DATA_KEY``, ``COUNTER_DATA_KEY_FILE``, or ``data.key`` in the data
directory (made at this first start when the database holds no sealed data yet). Run without a
key on a database that holds personal data, the migration stops and changes nothing.

Audit entries written before this migration keep their values as they were: the trail is
append-only (migration 0010's triggers) and its entries are anchored outside the database (on
day-close reports, with backups), so rewriting them would break the very checks that make it
trustworthy. Their ID numbers and phones stay masked wherever they are shown; entries written
from now on hold a customer's personal values sealed with the customer's key.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import counter_app.db.base
from counter_app.db import sealers
from counter_app.domain.sealing import IndexKind, Sealer

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CLEAR = ("id_number", "phone", "emergency_contact")
_BATCH = 2000
_NO_CLEAR = " OR ".join(f"NEW.{c} IS NOT NULL" for c in _CLEAR)
_REFUSAL = "personal data is stored sealed only (migration 0011)"
_SQLITE_GUARDS = {
    "customers_sealed_only_i": "BEFORE INSERT ON customers",
    "customers_sealed_only_u": f"BEFORE UPDATE OF {', '.join(_CLEAR)} ON customers",
}
_PG_GUARD = "ck_customers_sealed_only"


def _sealer(conn: sa.Connection) -> Sealer | None:
    return sealers.sealer_of(conn.engine)


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    clear_rows = conn.execute(
        sa.text(
            "SELECT count(*) FROM customers WHERE id_number IS NOT NULL OR phone IS NOT NULL "
            "OR emergency_contact IS NOT NULL"
        )
    ).scalar_one()
    sealer = _sealer(conn)
    if clear_rows and sealer is None:
        raise RuntimeError(
            "migration 0011 seals the customers' personal data and needs the data key: open "
            "the database with counter-app, which loads it (COUNTER_DATA_KEY, "
            "COUNTER_DATA_KEY_FILE or data.key in the data directory)"
        )

    op.create_table(
        "customer_keys",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("created_at", counter_app.db.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_customer_keys_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_keys")),
    )
    for column in ("id_number_enc", "phone_enc", "emergency_contact_enc"):
        op.add_column("customers", sa.Column(column, sa.LargeBinary(), nullable=True))
    for column in ("id_number_bidx", "phone_bidx", "phone_last4_bidx"):
        op.add_column("customers", sa.Column(column, sa.LargeBinary(length=32), nullable=True))

    if dialect == "sqlite":
        # The clear values are overwritten where they are freed, not left in the file.
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    if clear_rows:
        assert sealer is not None
        _seal_all(conn, sealer)
    conn.exec_driver_sql(
        "UPDATE customers SET id_number = NULL, phone = NULL, emergency_contact = NULL "
        "WHERE id_number IS NOT NULL OR phone IS NOT NULL OR emergency_contact IS NOT NULL"
    )

    op.drop_index("ix_customers_phone", table_name="customers")
    op.create_index("ix_customers_id_number_bidx", "customers", ["id_number_bidx"], unique=True)
    op.create_index("ix_customers_phone_bidx", "customers", ["phone_bidx"], unique=False)
    op.create_index(
        "ix_customers_phone_last4_bidx", "customers", ["phone_last4_bidx"], unique=False
    )
    if dialect == "sqlite":
        for name, when in _SQLITE_GUARDS.items():
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} {when} FOR EACH ROW WHEN {_NO_CLEAR} "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSAL}'); END"
            )
    else:
        condition = " AND ".join(f"{c} IS NULL" for c in _CLEAR)
        conn.exec_driver_sql(
            f"ALTER TABLE customers ADD CONSTRAINT {_PG_GUARD} CHECK ({condition})"
        )


def _seal_all(conn: sa.Connection, sealer: Sealer) -> None:
    """Give every customer with personal data a key and seal their values, a batch at a time."""
    now = datetime.now(UTC)
    after = 0
    select_batch = sa.text(
        "SELECT id, id_number, phone, emergency_contact FROM customers WHERE id > :after "
        "AND (id_number IS NOT NULL OR phone IS NOT NULL OR emergency_contact IS NOT NULL) "
        "ORDER BY id LIMIT :n"
    )
    insert_key = sa.text(
        "INSERT INTO customer_keys (customer_id, wrapped_key, key_id, created_at) "
        "VALUES (:customer_id, :wrapped_key, :key_id, :created_at)"
    ).bindparams(sa.bindparam("created_at", type_=counter_app.db.base.UtcDateTime()))
    seal_row = sa.text(
        "UPDATE customers SET id_number_enc = :id_number_enc, phone_enc = :phone_enc, "
        "emergency_contact_enc = :emergency_contact_enc, id_number_bidx = :id_number_bidx, "
        "phone_bidx = :phone_bidx, phone_last4_bidx = :phone_last4_bidx WHERE id = :id"
    )
    while True:
        rows = conn.execute(select_batch, {"after": after, "n": _BATCH}).all()
        if not rows:
            return
        keys, sealed = [], []
        for customer_id, id_number, phone, emergency in rows:
            raw = sealer.new_customer_key()
            keys.append(
                {
                    "customer_id": customer_id,
                    "wrapped_key": sealer.wrap(customer_id, raw),
                    "key_id": sealer.key_id,
                    "created_at": now,
                }
            )

            def seal(field: str, value: str | None, key: bytes = raw, cid: int = customer_id):
                return sealer.seal(key, cid, field, value) if value else None

            sealed.append(
                {
                    "id": customer_id,
                    "id_number_enc": seal("id_number", id_number),
                    "phone_enc": seal("phone", phone),
                    "emergency_contact_enc": seal("emergency_contact", emergency),
                    "id_number_bidx": sealer.index(IndexKind.ID_NUMBER, id_number)
                    if id_number
                    else None,
                    "phone_bidx": sealer.index(IndexKind.PHONE, phone) if phone else None,
                    "phone_last4_bidx": sealer.phone_tail_index(phone) if phone else None,
                }
            )
        conn.execute(insert_key, keys)
        conn.execute(seal_row, sealed)
        after = rows[-1][0]


def downgrade() -> None:
    """Back to clear columns: needs the data key, like the upgrade, to open what was sealed."""
    conn = op.get_bind()
    dialect = conn.dialect.name
    sealed_rows = conn.execute(sa.text("SELECT count(*) FROM customer_keys")).scalar_one()
    sealer = _sealer(conn)
    if sealed_rows and sealer is None:
        raise RuntimeError("downgrading 0011 opens the sealed personal data: it needs the data key")
    if dialect == "sqlite":
        for name in _SQLITE_GUARDS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        conn.exec_driver_sql(f"ALTER TABLE customers DROP CONSTRAINT IF EXISTS {_PG_GUARD}")
    if sealed_rows:
        assert sealer is not None
        rows = conn.execute(
            sa.text(
                "SELECT c.id, k.wrapped_key, c.id_number_enc, c.phone_enc, "
                "c.emergency_contact_enc FROM customers c "
                "JOIN customer_keys k ON k.customer_id = c.id"
            )
        ).all()
        clear = []
        for customer_id, wrapped, *values in rows:
            key = sealer.unwrap(customer_id, wrapped)
            opened = {
                f: sealer.open(key, customer_id, f, v) if v else None
                for f, v in zip(_CLEAR, values, strict=True)
            }
            clear.append({"id": customer_id, **opened})
        if clear:
            conn.execute(
                sa.text(
                    "UPDATE customers SET id_number = :id_number, phone = :phone, "
                    "emergency_contact = :emergency_contact WHERE id = :id"
                ),
                clear,
            )
    for index in (
        "ix_customers_phone_last4_bidx",
        "ix_customers_phone_bidx",
        "ix_customers_id_number_bidx",
    ):
        op.drop_index(index, table_name="customers")
    op.create_index("ix_customers_phone", "customers", ["phone"], unique=False)
    for column in (
        "phone_last4_bidx",
        "phone_bidx",
        "id_number_bidx",
        "emergency_contact_enc",
        "phone_enc",
        "id_number_enc",
    ):
        op.drop_column("customers", column)
    op.drop_table("customer_keys")
