"""approvals record the amount approved and their single use

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

``approvals`` gets ``amount`` (integer fen, the cash a manager approved for ``large_cash``) and
``used_at`` / ``used_by`` / ``used_for``: an approval is used up by the first transaction that
uses it, and the row itself now says so (until now only a ``use`` entry in the audit trail did).

Existing rows stay valid: ``amount`` stays empty (an approval without an amount is not bound to
one), and an approval the audit trail records as used gets its first use copied onto the row,
so it cannot be used again after the upgrade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_audit = sa.table(
    "audit_entries",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("user_id", sa.Integer()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("after", sa.JSON()),
)
_approvals = sa.table(
    "approvals",
    sa.column("id", sa.Integer()),
    sa.column("used_at", sa.DateTime(timezone=True)),
    sa.column("used_by", sa.Integer()),
    sa.column("used_for", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amount", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("used_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("used_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("used_for", sa.String(length=60), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_approvals_used_by_users"), "users", ["used_by"], ["id"]
        )
    _copy_uses_from_the_audit_trail()


def _copy_uses_from_the_audit_trail() -> None:
    conn = op.get_bind()
    uses = conn.execute(
        sa.select(_audit.c.entity_id, _audit.c.at, _audit.c.user_id, _audit.c.after)
        .where(_audit.c.entity == "approval", _audit.c.action == "use")
        .order_by(_audit.c.id)
    ).all()
    first: dict[int, dict[str, object]] = {}
    for entity_id, at, user_id, after in uses:
        if entity_id is None or not str(entity_id).isdigit() or int(entity_id) in first:
            continue
        details = after if isinstance(after, dict) else {}
        used_for = details.get("used_for") or details.get("account_number")
        first[int(entity_id)] = {
            "a_id": int(entity_id),
            "a_at": at,
            "a_by": user_id,
            "a_for": None if used_for is None else str(used_for)[:60],
        }
    if first:
        conn.execute(
            _approvals.update()
            .where(_approvals.c.id == sa.bindparam("a_id"))
            .values(
                used_at=sa.bindparam("a_at"),
                used_by=sa.bindparam("a_by"),
                used_for=sa.bindparam("a_for"),
            ),
            list(first.values()),
        )


def downgrade() -> None:
    with op.batch_alter_table("approvals", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_approvals_used_by_users"), type_="foreignkey")
        batch_op.drop_column("used_for")
        batch_op.drop_column("used_by")
        batch_op.drop_column("used_at")
        batch_op.drop_column("amount")
