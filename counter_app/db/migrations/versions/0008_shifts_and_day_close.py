"""shifts and day close: the handover's open items, and the indexes closing reads by

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-02

* ``shifts.handover_items``: what the closing clerk left open (copies waiting in the reprint
  queue, their open service requests), kept as it stood at close for the next clerk.
* ``ix_shifts_hall_date`` (day close and the daily report read a hall's shifts of one date),
  ``ix_shifts_counter_status`` (the handover waiting at a counter) and
  ``ix_payment_voids_shift`` (a shift's close counts the cash its voids handed back);
  ``ix_satisfaction_ratings_payment_id`` (the daily report reads the ratings of a day's
  payments: without it, every payment of the day scanned every rating).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("shifts") as batch:
        batch.add_column(sa.Column("handover_items", sa.JSON(), nullable=True))
    op.create_index("ix_shifts_hall_date", "shifts", ["hall_id", "business_date"])
    op.create_index("ix_shifts_counter_status", "shifts", ["counter_id", "status"])
    op.create_index("ix_payment_voids_shift_id", "payment_voids", ["shift_id"])
    op.create_index("ix_satisfaction_ratings_payment_id", "satisfaction_ratings", ["payment_id"])


def downgrade() -> None:
    op.drop_index("ix_satisfaction_ratings_payment_id", table_name="satisfaction_ratings")
    op.drop_index("ix_payment_voids_shift_id", table_name="payment_voids")
    op.drop_index("ix_shifts_counter_status", table_name="shifts")
    op.drop_index("ix_shifts_hall_date", table_name="shifts")
    with op.batch_alter_table("shifts") as batch:
        batch.drop_column("handover_items")
