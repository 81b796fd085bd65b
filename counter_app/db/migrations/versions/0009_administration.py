"""administration: a password set by someone else must be changed at the next sign-in

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-02

``users.must_change_password``: set when an administrator adds a user or resets a password,
cleared when the user chooses their own at sign-in. Existing users keep their passwords.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN, not a batch copy: on SQLite the copy drops ``users``, which every
    # record of a database in use refers to, and the foreign keys refuse it.
    op.add_column(
        "users",
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("must_change_password")
