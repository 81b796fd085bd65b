"""one print-register row per copy of a document; the auditor's look-ups by period

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

``printed_documents`` gets a unique index on (doc_type, doc_number, reprint_no) in place of the
plain index on (doc_type, doc_number): the n-th copy (补打 n) of a document exists once, even
when two counters print it at the same moment. The new index serves the same look-ups.

``printed_documents.printed_at`` and ``approvals.at`` get indexes: the auditor's desk lists
prints and approvals by period.
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
    op.create_index('ix_printed_documents_printed_at', 'printed_documents', ['printed_at'])
    op.create_index('ix_approvals_at', 'approvals', ['at'])


def downgrade() -> None:
    op.drop_index('ix_approvals_at', table_name='approvals')
    op.drop_index('ix_printed_documents_printed_at', table_name='printed_documents')
    op.create_index(
        'ix_printed_documents_number', 'printed_documents', ['doc_type', 'doc_number'], unique=False
    )
    op.drop_index('uq_printed_documents_copy', table_name='printed_documents')
