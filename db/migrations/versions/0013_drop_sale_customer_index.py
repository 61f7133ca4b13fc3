"""drop the sale index on customer_id alone

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05

Two indexes already begin with customer_id (ix_sale_customer_kind_at, ix_sale_customer_completed):
every look-up by customer, and SQLite's foreign-key check when a customer goes, use them. The third
only cost each stored sale a B-tree insert, at the counter and for every sale of the shop's
history a till pulls (issue 11: about 3 % of a pulled sale's time).
"""
from alembic import op


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_sale_customer_id")


def downgrade() -> None:
    op.execute("CREATE INDEX ix_sale_customer_id ON sale (customer_id)")
