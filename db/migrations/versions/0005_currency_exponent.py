"""currency exponent

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

What a stored amount means is now the shop's own: its settings carry `currency_exponent`, the
number of digits after the decimal mark of every amount it stores. Shops made before this revision
were made with babel < 2.18, whose currency data gave ISO 4217's minor units (EUR, HUF, CNY 2;
KRW 0); that is what their stored amounts mean, so that is what is recorded here, from a table
copied into this file (never from the babel installed today, nor from shop code that may change).
"""
import json

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# ISO 4217 minor units as babel < 2.18 reported them for the currencies a shop could be made in.
MADE_WITH = {"EUR": 2, "HUF": 2, "KRW": 0, "CNY": 2, "USD": 2, "GBP": 2, "CHF": 2, "CZK": 2, "PLN": 2,
             "JPY": 0, "ISK": 0, "VND": 0, "CLP": 0}


def upgrade() -> None:
    conn = op.get_bind()
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'shop'").first()
    if row is None:
        return  # no shop yet: the first-run setup records the exponent when it makes one
    settings = json.loads(row[0]) if isinstance(row[0], str) else dict(row[0])
    if settings.get("currency_exponent") is None:
        settings["currency_exponent"] = MADE_WITH.get(str(settings.get("currency", "EUR")).upper(), 2)
        conn.exec_driver_sql("UPDATE setting SET value = ? WHERE key = 'shop'", (json.dumps(settings),))


def downgrade() -> None:
    conn = op.get_bind()
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'shop'").first()
    if row is not None:
        settings = json.loads(row[0]) if isinstance(row[0], str) else dict(row[0])
        settings.pop("currency_exponent", None)
        conn.exec_driver_sql("UPDATE setting SET value = ? WHERE key = 'shop'", (json.dumps(settings),))
