"""The server's first schema: shops, owners, enrolment codes, tills, synced records, numbered changes.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('shop',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('time_zone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('locale', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('change',
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('record_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('till_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('seq'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index('ix_change_shop_seq', ['shop_id', 'seq'], unique=False)

    op.create_table('customer',
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('clocks', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('shop_id', 'id')
    )
    op.create_table('enrolmentcode',
    sa.Column('code_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('expires_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('used_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('till_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('code_hash')
    )
    with op.batch_alter_table('enrolmentcode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolmentcode_shop_id'), ['shop_id'], unique=False)

    op.create_table('loyaltycard',
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('issued_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('revoked_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('shop_id', 'id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('ownertoken',
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('revoked_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('token_hash')
    )
    with op.batch_alter_table('ownertoken', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ownertoken_shop_id'), ['shop_id'], unique=False)

    op.create_table('pointsentry',
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('points', sa.BigInteger(), nullable=False),
    sa.Column('at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('shop_id', 'id'),
    sa.UniqueConstraint('shop_id', 'key')
    )
    with op.batch_alter_table('pointsentry', schema=None) as batch_op:
        batch_op.create_index('ix_pointsentry_shop_customer', ['shop_id', 'customer_id'], unique=False)

    op.create_table('record',
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('clock', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('shop_id', 'kind', 'id')
    )
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.create_index('ix_record_shop_kind_customer', ['shop_id', 'kind', 'customer_id'], unique=False)

    op.create_table('till',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('token_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('enrolled_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('revoked_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_seen_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('token_hash')
    )
    with op.batch_alter_table('till', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_till_shop_id'), ['shop_id'], unique=False)

    op.create_table('sale',
    sa.Column('shop_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('till_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('receipt_number', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('currency', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('completed_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('day', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('customer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shop.id'], ),
    sa.ForeignKeyConstraint(['till_id'], ['till.id'], ),
    sa.PrimaryKeyConstraint('shop_id', 'id')
    )
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.create_index('ix_sale_shop_customer', ['shop_id', 'customer_id'], unique=False)
        batch_op.create_index('ix_sale_shop_day', ['shop_id', 'day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.drop_index('ix_sale_shop_day')
        batch_op.drop_index('ix_sale_shop_customer')

    op.drop_table('sale')
    with op.batch_alter_table('till', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_till_shop_id'))

    op.drop_table('till')
    with op.batch_alter_table('record', schema=None) as batch_op:
        batch_op.drop_index('ix_record_shop_kind_customer')

    op.drop_table('record')
    with op.batch_alter_table('pointsentry', schema=None) as batch_op:
        batch_op.drop_index('ix_pointsentry_shop_customer')

    op.drop_table('pointsentry')
    with op.batch_alter_table('ownertoken', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ownertoken_shop_id'))

    op.drop_table('ownertoken')
    op.drop_table('loyaltycard')
    with op.batch_alter_table('enrolmentcode', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolmentcode_shop_id'))

    op.drop_table('enrolmentcode')
    op.drop_table('customer')
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ix_change_shop_seq')

    op.drop_table('change')
    op.drop_table('shop')
