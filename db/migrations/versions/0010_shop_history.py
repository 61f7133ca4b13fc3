"""the whole shop's history on every till

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04

Issue 11: a till stores the other tills' sales, refunds, cash movements and Z reports it pulls.
Those belong to no shift of this till (nor to a user it necessarily knows), so `shift_id` and
`user_id` may be empty; a refund and the line it returns are linked by global id without a
foreign key, since history arrives newest first and within a retention (a refund may come before,
or without, the sale it returns).
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# Names for SQLite's unnamed foreign keys, so batch mode can drop the two it must.
NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def upgrade() -> None:
    with op.batch_alter_table('sale', naming_convention=NAMES, recreate='always') as batch_op:
        batch_op.drop_constraint('fk_sale_refund_of_id_sale', type_='foreignkey')
        batch_op.alter_column('shift_id', nullable=True)
        batch_op.alter_column('user_id', nullable=True)
    with op.batch_alter_table('saleline', naming_convention=NAMES, recreate='always') as batch_op:
        batch_op.drop_constraint('fk_saleline_refunded_line_id_saleline', type_='foreignkey')
    with op.batch_alter_table('cashmovement') as batch_op:
        batch_op.alter_column('shift_id', nullable=True)
        batch_op.alter_column('user_id', nullable=True)
    with op.batch_alter_table('zreport') as batch_op:
        batch_op.alter_column('shift_id', nullable=True)


def downgrade() -> None:
    # Other tills' rows cannot live under the old schema: they go (the server keeps them all).
    op.execute("DELETE FROM payment WHERE sale_id IN (SELECT id FROM sale WHERE shift_id IS NULL)")
    op.execute("DELETE FROM saleline WHERE sale_id IN (SELECT id FROM sale WHERE shift_id IS NULL)")
    op.execute("DELETE FROM sale WHERE shift_id IS NULL")
    op.execute("DELETE FROM cashmovement WHERE shift_id IS NULL")
    op.execute("DELETE FROM zreport WHERE shift_id IS NULL")
    with op.batch_alter_table('zreport') as batch_op:
        batch_op.alter_column('shift_id', nullable=False)
    with op.batch_alter_table('cashmovement') as batch_op:
        batch_op.alter_column('shift_id', nullable=False)
        batch_op.alter_column('user_id', nullable=False)
    with op.batch_alter_table('saleline') as batch_op:
        batch_op.create_foreign_key('fk_saleline_refunded_line_id_saleline', 'saleline', ['refunded_line_id'], ['id'])
    with op.batch_alter_table('sale') as batch_op:
        batch_op.alter_column('shift_id', nullable=False)
        batch_op.alter_column('user_id', nullable=False)
        batch_op.create_foreign_key('fk_sale_refund_of_id_sale', 'sale', ['refund_of_id'], ['id'])
