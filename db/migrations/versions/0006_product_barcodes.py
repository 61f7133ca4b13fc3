"""product barcodes

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Any number of barcodes per product (issue 9): `product.barcode` stays the first one (the sync wire
carries it), the others live in `productbarcode`, one row per code, so a code belongs to one
product at most. A quick key may have a colour of its own (none: its category's, as before).
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('productbarcode',
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('product_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('productbarcode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_productbarcode_product_id'), ['product_id'], unique=False)
    op.execute("ALTER TABLE quickkey ADD COLUMN color VARCHAR")


def downgrade() -> None:
    op.execute("ALTER TABLE quickkey DROP COLUMN color")
    with op.batch_alter_table('productbarcode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_productbarcode_product_id'))
    op.drop_table('productbarcode')
