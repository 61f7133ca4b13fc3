"""print jobs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The print queue's jobs: a receipt or Z report prints after its sale commits, and a job that
failed (printer offline, out of paper) waits here for a retry, across restarts.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'printjob',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('till_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('document', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('ref_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('is_copy', sa.Boolean(), nullable=False),
        sa.Column('state', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('updated_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('printed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('printjob', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_printjob_ref_id'), ['ref_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_printjob_state'), ['state'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('printjob', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_printjob_state'))
        batch_op.drop_index(batch_op.f('ix_printjob_ref_id'))
    op.drop_table('printjob')
