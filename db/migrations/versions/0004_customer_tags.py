"""customer tags

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Tags on the customer card ("regular", "allergic to nuts", "restaurant"): a JSON list, empty for
every existing customer.
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE customer ADD COLUMN tags JSON NOT NULL DEFAULT '[]'")


def downgrade() -> None:
    # Plain DROP COLUMN: a batch copy of `customer` would drop the table sales point at.
    op.execute("ALTER TABLE customer DROP COLUMN tags")
