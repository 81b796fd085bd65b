"""the audit trail and the money records refuse to be rewritten; the chain can be keyed

Revision ID: 0010
Revises: 0006, 0007, 0008, 0009
Create Date: 2026-12-02

docs/domain.md §11 (tamper-proof records):

* ``audit_entries.keyed``: the entry's hash is an HMAC-SHA256 with the audit key (kept outside
  the database). Existing entries stay plain SHA-256 (``false``); the chain continues keyed
  from the first entry written with a key, which is an ``audit_chain`` entry naming the key.
* Triggers refuse, on both backends, any UPDATE or DELETE of an audit entry; the DELETE of a
  payment, tender, allocation or void; an UPDATE of a payment's money, account, kind or
  receipt number, and of its status other than completed -> voided (the void itself); an
  UPDATE of a tender's or allocation's amounts and links, and of a void.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
# The last of the work areas' migrations, and the one that joins them: the triggers go on the
# tables as the other four left them (a SQLite table rebuilt afterwards would lose them).
down_revision: str | Sequence[str] | None = ("0006", "0007", "0008", "0009")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PAYMENT_FIXED = (
    "receipt_no",
    "account_id",
    "kind",
    "amount",
    "late_fee",
    "late_fee_waived",
    "cash_received",
    "change_given",
    "balance_before",
    "balance_after",
    "volume",
    "idempotency_key",
    "reverses_payment_id",
)
_TENDER_FIXED = ("payment_id", "tender", "amount")
_ALLOCATION_FIXED = ("payment_id", "bill_id", "principal", "late_fee")

#: (trigger name, table, event, columns that must not change or None for any change,
#: extra condition under which the change is refused)
_TRIGGERS: tuple[tuple[str, str, str, tuple[str, ...] | None, str | None], ...] = (
    ("audit_entries_append_only_u", "audit_entries", "UPDATE", None, None),
    ("audit_entries_append_only_d", "audit_entries", "DELETE", None, None),
    ("payments_kept_d", "payments", "DELETE", None, None),
    ("payments_money_fixed_u", "payments", "UPDATE", _PAYMENT_FIXED, None),
    (
        "payments_status_u",
        "payments",
        "UPDATE",
        ("status",),
        "NOT (OLD.status = 'completed' AND NEW.status = 'voided')",
    ),
    ("payment_tenders_kept_d", "payment_tenders", "DELETE", None, None),
    ("payment_tenders_fixed_u", "payment_tenders", "UPDATE", _TENDER_FIXED, None),
    ("payment_allocations_kept_d", "payment_allocations", "DELETE", None, None),
    ("payment_allocations_fixed_u", "payment_allocations", "UPDATE", _ALLOCATION_FIXED, None),
    ("payment_voids_kept_d", "payment_voids", "DELETE", None, None),
    ("payment_voids_fixed_u", "payment_voids", "UPDATE", None, None),
)

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION counter_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = 'counter: ' || TG_OP || ' of ' || TG_TABLE_NAME
            || ' refused: the record is kept as written',
        ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql
"""


def _changed(columns: tuple[str, ...], dialect: str) -> str:
    op_ = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return " OR ".join(f"OLD.{c} {op_} NEW.{c}" for c in columns)


def trigger_statements(dialect: str) -> list[str]:
    """The CREATE statements of the refusing triggers on ``dialect``."""
    out: list[str] = [_PG_FUNCTION] if dialect == "postgresql" else []
    for name, table, event, columns, extra in _TRIGGERS:
        conditions = []
        if columns is not None and extra is None:
            conditions.append(_changed(columns, dialect))
        if extra is not None:
            conditions.append(f"OLD.status <> NEW.status AND {extra}")
        when = f" WHEN ({' AND '.join(conditions)})" if conditions else ""
        if dialect == "sqlite":
            message = f"counter: {event} of {table} refused: the record is kept as written"
            out.append(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{when} "
                f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )
        else:
            out.append(
                f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{when} "
                "EXECUTE FUNCTION counter_refuse_change()"
            )
    return out


def upgrade() -> None:
    with op.batch_alter_table("audit_entries") as batch:
        batch.add_column(
            sa.Column("keyed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    conn = op.get_bind()
    for statement in trigger_statements(conn.dialect.name):
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    for name, table, *_ in _TRIGGERS:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        else:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS counter_refuse_change()")
    with op.batch_alter_table("audit_entries") as batch:
        batch.drop_column("keyed")
