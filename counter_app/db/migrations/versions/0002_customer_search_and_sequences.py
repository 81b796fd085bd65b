"""customer search indexes and number sequences

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

* ``number_sequences``: the last number handed out per series (account numbers per hall,
  service-request numbers per hall and day), locked while a number is taken.
* Trigram search on ``accounts.supply_address`` and ``customers.name``: FTS5 tables with
  sync triggers on SQLite, pg_trgm GIN indexes plus a ``COLLATE "C"`` name index on
  PostgreSQL (see counter_app/db/search_index.py, which alembic's comparison ignores).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from counter_app.db import search_index

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('number_sequences',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_number_sequences'))
    )
    search_index.create_search_objects(op.get_bind())


def downgrade() -> None:
    search_index.drop_search_objects(op.get_bind())
    op.drop_table('number_sequences')
