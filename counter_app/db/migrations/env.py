"""Alembic environment: always driven from counter_app.db.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from counter_app.db import models  # noqa: F401 - registers every table on the metadata
from counter_app.db.base import Base
from counter_app.db.search_index import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by migrate.py
    raise RuntimeError("run migrations through counter_app.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds tables instead.
    render_as_batch=True,
    compare_type=True,
    # FTS tables and trigram indexes are made per dialect by hand and have no model.
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
