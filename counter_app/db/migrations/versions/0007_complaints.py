"""complaints: follow-up and responsible persons, appeal rounds, chases, transfers,
attachments and mediations

Revision ID: 0007
Revises: 0005
Create Date: 2026-12-02

* ``complaints`` gets the follow-up person (``follow_up_id``, filled from ``accepted_by`` for
  rows that exist), the responsible person, an outside channel's reference and deadline, the
  site of an emergency, its repair request, the callback's note and ``appeal_round``.
* ``complaint_milestones`` gets ``round``: an appeal (申诉) starts a new round of the four
  milestones, so a complaint has one milestone of a kind per round, not per complaint.
* New tables: ``complaint_chases`` (催办), ``complaint_callbacks`` (each round's feedback and
  回访, kept when an appeal starts the next round), ``complaint_transfers``, ``complaint_attachments``
  (the files themselves, in the database) and ``complaint_mediations`` (调解).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db.base import UtcDateTime

revision: str = "0007"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _at(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, UtcDateTime(timezone=True), nullable=nullable)


def _table(name: str, refs: dict[str, str], *columns: sa.Column) -> None:
    """A new table with its id, its complaint and ``refs`` (column -> referred table)."""
    refs = {"complaint_id": "complaints", **refs}
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        *(sa.Column(column, sa.Integer(), nullable=False) for column in refs),
        *columns,
        *(
            sa.ForeignKeyConstraint(
                [column], [f"{table}.id"], name=op.f(f"fk_{name}_{column}_{table}")
            )
            for column, table in refs.items()
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    op.create_index(op.f(f"ix_{name}_complaint_id"), name, ["complaint_id"])


def upgrade() -> None:
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("follow_up_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("responsible_person", sa.String(100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("external_reference", sa.String(40), nullable=True))
        batch.add_column(_at("external_due_at", nullable=True))
        batch.add_column(sa.Column("site_address", sa.String(200), nullable=True))
        batch.add_column(sa.Column("repair_request_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("callback_note", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("appeal_round", sa.Integer(), nullable=False, server_default="1")
        )
        batch.create_foreign_key(
            batch.f("fk_complaints_follow_up_id_users"), "users", ["follow_up_id"], ["id"]
        )
        batch.create_foreign_key(
            batch.f("fk_complaints_repair_request_id_service_requests"),
            "service_requests",
            ["repair_request_id"],
            ["id"],
        )
    op.execute("UPDATE complaints SET follow_up_id = accepted_by WHERE follow_up_id IS NULL")

    with op.batch_alter_table("complaint_milestones") as batch:
        batch.add_column(sa.Column("round", sa.Integer(), nullable=False, server_default="1"))
        batch.drop_constraint("uq_complaint_milestones_complaint_id_kind", type_="unique")
        batch.create_unique_constraint(
            batch.f("uq_complaint_milestones_complaint_id_round_kind"),
            ["complaint_id", "round", "kind"],
        )

    _table(
        "complaint_chases",
        {"milestone_id": "complaint_milestones", "by_id": "users", "owner_id": "users"},
        _at("at"),
        sa.Column("note", sa.Text(), nullable=False),
        _at("seen_at", nullable=True),
    )
    _table(
        "complaint_callbacks",
        {"recorded_by": "users"},
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=False),
        _at("feedback_at"),
        sa.Column("feedback_method", sa.String(30), nullable=False),
        _at("callback_at"),
        sa.Column(
            "satisfaction",
            sa.Enum(
                "very_satisfied",
                "satisfied",
                "fairly_satisfied",
                "dissatisfied",
                name="satisfaction",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
    )
    _table(
        "complaint_transfers",
        {"by_id": "users", "from_owner_id": "users", "to_owner_id": "users"},
        _at("at"),
        sa.Column("note", sa.Text(), nullable=False),
    )
    _table(
        "complaint_attachments",
        {"added_by": "users"},
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("content_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _at("added_at"),
    )
    _table(
        "complaint_mediations",
        {"recorded_by": "users"},
        _at("mediated_at"),
        sa.Column("mediator", sa.String(100), nullable=False),
        sa.Column("parties", sa.String(200), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("agreement", sa.Text(), nullable=False),
        _at("recorded_at"),
    )


def downgrade() -> None:
    for name in (
        "complaint_mediations",
        "complaint_attachments",
        "complaint_transfers",
        "complaint_callbacks",
        "complaint_chases",
    ):
        op.drop_index(op.f(f"ix_{name}_complaint_id"), table_name=name)
        op.drop_table(name)
    # An appeal's milestones have no place in the old schema: only the first round stays.
    op.execute(
        "DELETE FROM complaint_extensions WHERE milestone_id IN "
        "(SELECT id FROM complaint_milestones WHERE round > 1)"
    )
    op.execute("DELETE FROM complaint_milestones WHERE round > 1")
    with op.batch_alter_table("complaint_milestones") as batch:
        batch.drop_constraint("uq_complaint_milestones_complaint_id_round_kind", type_="unique")
        batch.create_unique_constraint(
            "uq_complaint_milestones_complaint_id_kind", ["complaint_id", "kind"]
        )
        batch.drop_column("round")
    with op.batch_alter_table("complaints") as batch:
        batch.drop_constraint(
            "fk_complaints_repair_request_id_service_requests", type_="foreignkey"
        )
        batch.drop_constraint("fk_complaints_follow_up_id_users", type_="foreignkey")
        for column in (
            "appeal_round",
            "callback_note",
            "repair_request_id",
            "site_address",
            "external_due_at",
            "external_reference",
            "responsible_person",
            "follow_up_id",
        ):
            batch.drop_column(column)
