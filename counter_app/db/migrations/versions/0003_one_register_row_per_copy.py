"""one print-register row per copy of a document

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

``printed_documents`` gets a unique index on (doc_type, doc_number, reprint_no) in place of the
plain index on (doc_type, doc_number): the n-th copy (补打 n) of a document exists once, even
when two counters print it at the same moment. The new index serves the same look-ups.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        'uq_printed_documents_copy',
        'printed_documents',
        ['doc_type', 'doc_number', 'reprint_no'],
        unique=True,
    )
    op.drop_index('ix_printed_documents_number', table_name='printed_documents')


def downgrade() -> None:
    op.create_index(
        'ix_printed_documents_number', 'printed_documents', ['doc_type', 'doc_number'], unique=False
    )
    op.drop_index('uq_printed_documents_copy', table_name='printed_documents')
