"""shop currency exponent

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

Each shop records how many digits after the decimal mark its amounts have. Shops made before this
revision were made while babel < 2.18 gave ISO 4217's minor units (the forint 2, the won 0): that is
what their stored amounts mean, recorded from a table copied here, never from today's babel.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

MADE_WITH = {"KRW": 0, "JPY": 0, "ISK": 0, "VND": 0, "CLP": 0}  # every other currency had 2


def upgrade() -> None:
    with op.batch_alter_table('shop') as batch:
        batch.add_column(sa.Column('currency_exponent', sa.Integer(), nullable=False, server_default='2'))
    for currency, exponent in MADE_WITH.items():
        op.execute(sa.text("UPDATE shop SET currency_exponent = :e WHERE upper(currency) = :c")
                   .bindparams(e=exponent, c=currency))


def downgrade() -> None:
    with op.batch_alter_table('shop') as batch:
        batch.drop_column('currency_exponent')
