"""fiscal documents

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Italy's RT (issue 13): each sale, return, void and daily closure goes to the shop's fiscal register
as a durable job with its own idempotency id, after the sale has committed; what the RT answers
(document number, Z number, date, serial) is stored on the job and on the sale.
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

SALE_COLUMNS = ('fiscal_doc_number', 'fiscal_z_number', 'fiscal_date', 'fiscal_serial')


def upgrade() -> None:
    text = sqlmodel.sql.sqltypes.AutoString
    op.create_table(
        'fiscaljob',
        sa.Column('id', text(), nullable=False),
        sa.Column('till_id', text(), nullable=False),
        sa.Column('kind', text(), nullable=False),
        sa.Column('sale_id', text(), nullable=True),
        sa.Column('z_report_id', text(), nullable=True),
        sa.Column('state', text(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('error', text(), nullable=True),
        sa.Column('lottery_code', text(), nullable=True),
        sa.Column('reference', text(), nullable=True),
        sa.Column('before_doc', sa.Integer(), nullable=True),
        sa.Column('before_z', sa.Integer(), nullable=True),
        sa.Column('doc_number', sa.Integer(), nullable=True),
        sa.Column('z_number', sa.Integer(), nullable=True),
        sa.Column('doc_date', text(), nullable=True),
        sa.Column('serial', text(), nullable=True),
        sa.Column('amount', sa.Integer(), nullable=True),
        sa.Column('reply', sa.JSON(), nullable=True),
        sa.Column('created_at', text(), nullable=False),
        sa.Column('updated_at', text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('kind', 'sale_id'),
    )
    with op.batch_alter_table('fiscaljob', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_fiscaljob_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_fiscaljob_sale_id'), ['sale_id'], unique=False)
    for column in SALE_COLUMNS:
        kind = 'INTEGER' if column in ('fiscal_doc_number', 'fiscal_z_number') else 'VARCHAR'
        op.execute(f"ALTER TABLE sale ADD COLUMN {column} {kind}")


def downgrade() -> None:
    for column in SALE_COLUMNS:
        op.execute(f"ALTER TABLE sale DROP COLUMN {column}")
    with op.batch_alter_table('fiscaljob', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_fiscaljob_sale_id'))
        batch_op.drop_index(batch_op.f('ix_fiscaljob_state'))
    op.drop_table('fiscaljob')
