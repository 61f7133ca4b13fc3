"""feedback, follow-ups and NPS answers

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05

Issue 17: the shop's feedback notes (complaint, praise, request) and the team's follow-up tasks,
taken at any till and shared by all; and the customers' NPS answers from the loyalty page, pulled
from the server. Links to customers, products and sales are by global id without foreign keys:
these records may reach a till before what they name.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString()


def upgrade() -> None:
    op.create_table(
        'feedbacknote',
        sa.Column('id', TEXT, nullable=False),
        sa.Column('category', TEXT, nullable=False),
        sa.Column('text', TEXT, nullable=False),
        sa.Column('customer_id', TEXT, nullable=True),
        sa.Column('product_id', TEXT, nullable=True),
        sa.Column('status', TEXT, nullable=False),
        sa.Column('source', TEXT, nullable=False),
        sa.Column('author_id', TEXT, nullable=True),
        sa.Column('author_name', TEXT, nullable=False),
        sa.Column('created_at', TEXT, nullable=False),
        sa.Column('resolved_by', TEXT, nullable=False),
        sa.Column('resolved_at', TEXT, nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_feedbacknote_status_at', 'feedbacknote', ['status', 'created_at'])
    op.create_index(op.f('ix_feedbacknote_customer_id'), 'feedbacknote', ['customer_id'])
    op.create_index(op.f('ix_feedbacknote_product_id'), 'feedbacknote', ['product_id'])
    op.create_table(
        'followup',
        sa.Column('id', TEXT, nullable=False),
        sa.Column('text', TEXT, nullable=False),
        sa.Column('due_date', sa.Date(), nullable=False),
        sa.Column('priority', TEXT, nullable=False),
        sa.Column('assignee_id', TEXT, nullable=True),
        sa.Column('assignee_name', TEXT, nullable=False),
        sa.Column('feedback_id', TEXT, nullable=True),
        sa.Column('customer_id', TEXT, nullable=True),
        sa.Column('author_name', TEXT, nullable=False),
        sa.Column('created_at', TEXT, nullable=False),
        sa.Column('done_by', TEXT, nullable=False),
        sa.Column('done_at', TEXT, nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_followup_done_due', 'followup', ['done_at', 'due_date'])
    op.create_index(op.f('ix_followup_feedback_id'), 'followup', ['feedback_id'])
    op.create_table(
        'npsanswer',
        sa.Column('id', TEXT, nullable=False),
        sa.Column('customer_id', TEXT, nullable=True),
        sa.Column('sale_id', TEXT, nullable=True),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('comment', TEXT, nullable=False),
        sa.Column('answered_at', TEXT, nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index(op.f('ix_npsanswer_customer_id'), 'npsanswer', ['customer_id'])
    op.create_index(op.f('ix_npsanswer_answered_at'), 'npsanswer', ['answered_at'])


def downgrade() -> None:
    op.drop_table('npsanswer')
    op.drop_table('followup')
    op.drop_table('feedbacknote')
