"""complaints' contact phones and emergency contacts sealed at rest, found by blind index

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

docs/domain.md §11 (personal data at rest), as 0011 did for customers:

* ``complaint_keys``: one key per complaint, wrapped with the hall's data key (AES-GCM, the
  complaint's id as associated data), and the id of the data key that wrapped it. A complaint
  has a key of its own, not its customer's: the complainant need not be a customer, and the
  account it names may change holders after it.
* ``complaints.{contact_phone,emergency_contact}_enc``: the values sealed with the complaint's
  key; ``contact_phone_bidx``: the HMAC-SHA256 blind index of the phone, with the category in
  ``ix_complaints_phone_bidx_category`` for the repeat check (same phone, same category, within
  the window) and the lookup by phone at the counter.
* Every existing complaint is sealed in place, a batch at a time; then the clear columns are
  dropped (on SQLite with ``secure_delete`` on and the values emptied first, so the freed bytes
  are overwritten rather than left in the file).

The data key is the one the database was opened with (see 0011): run without one on a database
that holds complaints, the migration stops and changes nothing.
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

import counter_app.db.base
from counter_app.db import sealers
from counter_app.domain.sealing import IndexKind, Sealer

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 2000
_OLD_INDEX = "ix_complaints_phone_category"
_NEW_INDEX = "ix_complaints_phone_bidx_category"


def _sealer(conn: sa.Connection) -> Sealer | None:
    return sealers.sealer_of(conn.engine)


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    complaints = conn.execute(sa.text("SELECT count(*) FROM complaints")).scalar_one()
    sealer = _sealer(conn)
    if complaints and sealer is None:
        raise RuntimeError(
            "migration 0012 seals the complaints' contact phones and needs the data key: open "
            "the database with counter-app, which loads it (COUNTER_DATA_KEY, "
            "COUNTER_DATA_KEY_FILE or data.key in the data directory)"
        )

    op.create_table(
        "complaint_keys",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("created_at", counter_app.db.base.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_complaint_keys_complaint_id_complaints"),
        ),
        sa.PrimaryKeyConstraint("complaint_id", name=op.f("pk_complaint_keys")),
    )
    op.add_column("complaints", sa.Column("contact_phone_enc", sa.LargeBinary(), nullable=True))
    op.add_column(
        "complaints", sa.Column("contact_phone_bidx", sa.LargeBinary(length=32), nullable=True)
    )
    op.add_column("complaints", sa.Column("emergency_contact_enc", sa.LargeBinary(), nullable=True))

    if dialect == "sqlite":
        # The clear values are overwritten where they are freed, not left in the file.
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    if complaints:
        assert sealer is not None
        _seal_all(conn, sealer)

    op.drop_index(_OLD_INDEX, table_name="complaints")
    op.create_index(_NEW_INDEX, "complaints", ["contact_phone_bidx", "category"], unique=False)
    if dialect == "sqlite":
        # Emptied first, so the row is rewritten without them and secure_delete zeroes the
        # old bytes; then dropped with SQLite's own ALTER TABLE (no table rebuild, which the
        # foreign keys pointing at complaints would forbid here).
        conn.exec_driver_sql("UPDATE complaints SET contact_phone = '', emergency_contact = NULL")
        conn.exec_driver_sql("ALTER TABLE complaints DROP COLUMN contact_phone")
        conn.exec_driver_sql("ALTER TABLE complaints DROP COLUMN emergency_contact")
    else:
        op.drop_column("complaints", "contact_phone")
        op.drop_column("complaints", "emergency_contact")


def _seal_all(conn: sa.Connection, sealer: Sealer) -> None:
    """Give every complaint a key and seal its contact fields, a batch at a time."""
    now = datetime.now(UTC)
    after = 0
    select_batch = sa.text(
        "SELECT id, contact_phone, emergency_contact FROM complaints WHERE id > :after "
        "ORDER BY id LIMIT :n"
    )
    insert_key = sa.text(
        "INSERT INTO complaint_keys (complaint_id, wrapped_key, key_id, created_at) "
        "VALUES (:complaint_id, :wrapped_key, :key_id, :created_at)"
    ).bindparams(sa.bindparam("created_at", type_=counter_app.db.base.UtcDateTime()))
    seal_row = sa.text(
        "UPDATE complaints SET contact_phone_enc = :phone_enc, "
        "emergency_contact_enc = :emergency_enc, contact_phone_bidx = :phone_bidx WHERE id = :id"
    )
    while True:
        rows = conn.execute(select_batch, {"after": after, "n": _BATCH}).all()
        if not rows:
            return
        keys: list[dict[str, Any]] = []
        sealed: list[dict[str, Any]] = []
        for complaint_id, phone, emergency in rows:
            raw = sealer.new_complaint_key()
            keys.append(
                {
                    "complaint_id": complaint_id,
                    "wrapped_key": sealer.wrap_complaint_key(complaint_id, raw),
                    "key_id": sealer.key_id,
                    "created_at": now,
                }
            )
            sealed.append(
                {
                    "id": complaint_id,
                    "phone_enc": sealer.seal_complaint(raw, complaint_id, "contact_phone", phone)
                    if phone
                    else None,
                    "emergency_enc": sealer.seal_complaint(
                        raw, complaint_id, "emergency_contact", emergency
                    )
                    if emergency
                    else None,
                    "phone_bidx": sealer.index(IndexKind.COMPLAINT_PHONE, phone) if phone else None,
                }
            )
        conn.execute(insert_key, keys)
        conn.execute(seal_row, sealed)
        after = rows[-1][0]


def downgrade() -> None:
    """Back to clear columns: needs the data key, like the upgrade, to open what was sealed."""
    conn = op.get_bind()
    dialect = conn.dialect.name
    sealed_rows = conn.execute(sa.text("SELECT count(*) FROM complaint_keys")).scalar_one()
    sealer = _sealer(conn)
    if sealed_rows and sealer is None:
        raise RuntimeError(
            "downgrading 0012 opens the sealed contact phones: it needs the data key"
        )
    if dialect == "sqlite":
        conn.exec_driver_sql(
            "ALTER TABLE complaints ADD COLUMN contact_phone VARCHAR(20) NOT NULL DEFAULT ''"
        )
    else:
        op.add_column(
            "complaints",
            sa.Column("contact_phone", sa.String(length=20), nullable=False, server_default=""),
        )
    op.add_column(
        "complaints", sa.Column("emergency_contact", sa.String(length=100), nullable=True)
    )
    if sealed_rows:
        assert sealer is not None
        rows = conn.execute(
            sa.text(
                "SELECT c.id, k.wrapped_key, c.contact_phone_enc, c.emergency_contact_enc "
                "FROM complaints c JOIN complaint_keys k ON k.complaint_id = c.id"
            )
        ).all()
        clear = []
        for complaint_id, wrapped, phone_enc, emergency_enc in rows:
            key = sealer.unwrap_complaint_key(complaint_id, wrapped)
            clear.append(
                {
                    "id": complaint_id,
                    "phone": sealer.open_complaint(key, complaint_id, "contact_phone", phone_enc)
                    if phone_enc
                    else "",
                    "emergency": sealer.open_complaint(
                        key, complaint_id, "emergency_contact", emergency_enc
                    )
                    if emergency_enc
                    else None,
                }
            )
        if clear:
            conn.execute(
                sa.text(
                    "UPDATE complaints SET contact_phone = :phone, emergency_contact = :emergency "
                    "WHERE id = :id"
                ),
                clear,
            )
    if dialect != "sqlite":
        op.alter_column("complaints", "contact_phone", server_default=None)
    op.drop_index(_NEW_INDEX, table_name="complaints")
    op.create_index(_OLD_INDEX, "complaints", ["contact_phone", "category"], unique=False)
    if dialect == "sqlite":
        for column in ("emergency_contact_enc", "contact_phone_bidx", "contact_phone_enc"):
            conn.exec_driver_sql(f"ALTER TABLE complaints DROP COLUMN {column}")
    else:
        for column in ("emergency_contact_enc", "contact_phone_bidx", "contact_phone_enc"):
            op.drop_column("complaints", column)
    op.drop_table("complaint_keys")
