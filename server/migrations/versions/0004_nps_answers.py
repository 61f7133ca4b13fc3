"""NPS answers from the loyalty page (issue 17)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

The customer's page asks once per visit how likely they are to recommend the shop; the answer is
kept here, one per (shop, sale), and sent to the tills as a change of kind "nps".
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString()


def upgrade() -> None:
    op.create_table(
        'npsanswer',
        sa.Column('shop_id', TEXT, nullable=False),
        sa.Column('id', TEXT, nullable=False),
        sa.Column('customer_id', TEXT, nullable=False),
        sa.Column('sale_id', TEXT, nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
        sa.Column('comment', TEXT, nullable=False),
        sa.Column('lang', TEXT, nullable=False),
        sa.Column('answered_at', TEXT, nullable=False),
        sa.ForeignKeyConstraint(['shop_id'], ['shop.id']),
        sa.PrimaryKeyConstraint('shop_id', 'id'),
        sa.UniqueConstraint('shop_id', 'sale_id'),
    )


def downgrade() -> None:
    op.drop_table('npsanswer')
