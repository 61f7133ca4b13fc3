"""customer custom fields, segment indexes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

The owner's own fields on the customer card ("dog's name", "preferred cut"): one JSON object per
customer, field key -> value, empty for every existing customer. It syncs as one field (`custom`).

Segments and the regulars' figures read every customer's spend, visits and last visit in one pass
over the sales: an index on (customer_id, kind, completed_at, total) covers that pass, so SQLite
never touches the sale rows themselves.
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE customer ADD COLUMN custom JSON NOT NULL DEFAULT '{}'")
    op.execute("CREATE INDEX ix_sale_customer_kind_at ON sale (customer_id, kind, completed_at, total)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_sale_customer_kind_at")
    # Plain DROP COLUMN: a batch copy of `customer` would drop the table sales point at.
    op.execute("ALTER TABLE customer DROP COLUMN custom")
