"""service requests after intake: the lifecycle's columns, the catalogue's effects, alerts

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

* ``service_types``: ``effect`` (what completing a request of the type does to the account:
  none, transfer, rename, relocate, suspend, resume, close) and ``needs_description``
  (repairs). The default gas types get theirs by code.
* ``service_requests``: ``version`` (raised by every step: of two counters completing the same
  request at once, one wins and the other is told), the copies of the type taken at intake
  (``type_name``, ``needs_approval``, ``sla_amount``, ``sla_unit``, ``effect``: an edit of the
  catalogue applies to new requests only), the approval (``approved_by``, ``approved_at``),
  the 业务费 (``fee_payment_id``, ``fee_receipt_no``) and the callback (``callback_at``,
  ``satisfaction``); indexes for the hall's lists and the ledger by period.
* ``alerts``: what a hall's manager is told at once (an emergency).
* ``printed_documents.doc_type`` loses its CHECK constraint, like ``approvals.action``: a new
  kind of document (the request-status slip) needs no migration.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import counter_app.db.base

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DOCUMENT_TYPES = (
    "receipt",
    "void_slip",
    "work_order",
    "account_opening",
    "missing_documents",
    "complaint_slip",
    "shift_report",
    "daily_report",
    "settlement_slip",
)
_EFFECTS = {
    "TRANSFER": "transfer",
    "RENAME": "rename",
    "RELOCATE": "relocate",
    "SUSPEND": "suspend",
    "RESUME": "resume",
    "CLOSE": "close",
}
_DESCRIBED = ("REPAIR", "LEAK")

_types = sa.table(
    "service_types",
    sa.column("code", sa.String()),
    sa.column("effect", sa.String()),
    sa.column("needs_description", sa.Boolean()),
)


def _when() -> sa.types.TypeEngine[object]:
    return counter_app.db.base.UtcDateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("service_types") as batch:
        batch.add_column(
            sa.Column("effect", sa.String(length=24), nullable=False, server_default="none")
        )
        batch.add_column(
            sa.Column("needs_description", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    conn = op.get_bind()
    for code, effect in _EFFECTS.items():
        conn.execute(_types.update().where(_types.c.code == code).values(effect=effect))
    conn.execute(
        _types.update().where(_types.c.code.in_(_DESCRIBED)).values(needs_description=True)
    )

    with op.batch_alter_table("service_requests") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(
            sa.Column("type_name", sa.String(length=50), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("needs_approval", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("sla_amount", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("sla_unit", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("effect", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("approved_by", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("approved_at", _when(), nullable=True))
        batch.add_column(sa.Column("fee_payment_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("fee_receipt_no", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("callback_at", _when(), nullable=True))
        batch.add_column(sa.Column("satisfaction", sa.String(length=24), nullable=True))
        batch.create_foreign_key(
            "fk_service_requests_approved_by_users", "users", ["approved_by"], ["id"]
        )
        batch.create_foreign_key(
            "fk_service_requests_fee_payment_id_payments", "payments", ["fee_payment_id"], ["id"]
        )
    op.create_index("ix_service_requests_hall_status", "service_requests", ["hall_id", "status"])
    op.create_index("ix_service_requests_accepted_at", "service_requests", ["accepted_at"])

    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("summary", sa.String(length=300), nullable=False),
        sa.Column("raised_at", _when(), nullable=False),
        sa.Column("acknowledged_at", _when(), nullable=True),
        sa.Column("acknowledged_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["hall_id"], ["halls.id"], name="fk_alerts_hall_id_halls"),
        sa.ForeignKeyConstraint(
            ["acknowledged_by"], ["users.id"], name="fk_alerts_acknowledged_by_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_alerts"),
    )
    op.create_index("ix_alerts_hall_acknowledged", "alerts", ["hall_id", "acknowledged_at"])

    with op.batch_alter_table("printed_documents", recreate="always") as batch:
        batch.alter_column(
            "doc_type",
            existing_type=sa.Enum(
                *_DOCUMENT_TYPES, name="documenttype", native_enum=False, create_constraint=True
            ),
            type_=sa.String(length=24),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("printed_documents", recreate="always") as batch:
        batch.alter_column(
            "doc_type",
            existing_type=sa.String(length=24),
            type_=sa.Enum(
                *_DOCUMENT_TYPES,
                name="documenttype",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            existing_nullable=False,
        )
    op.drop_index("ix_alerts_hall_acknowledged", table_name="alerts")
    op.drop_table("alerts")
    op.drop_index("ix_service_requests_accepted_at", table_name="service_requests")
    op.drop_index("ix_service_requests_hall_status", table_name="service_requests")
    with op.batch_alter_table("service_requests") as batch:
        batch.drop_constraint("fk_service_requests_fee_payment_id_payments", type_="foreignkey")
        batch.drop_constraint("fk_service_requests_approved_by_users", type_="foreignkey")
        for column in (
            "satisfaction",
            "callback_at",
            "fee_receipt_no",
            "fee_payment_id",
            "approved_at",
            "approved_by",
            "effect",
            "sla_unit",
            "sla_amount",
            "needs_approval",
            "type_name",
            "version",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("service_types") as batch:
        batch.drop_column("needs_description")
        batch.drop_column("effect")
