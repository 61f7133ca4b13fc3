"""report totals

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

The owner's reports (issue 15) read sums kept per hour, month, year and all time as sales commit
(db/report_totals.py), not every sale line: a report over ten years then answers in a fraction of a
second. Filled here from the shop's existing sales.
"""
from alembic import op

from db import report_totals

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for statement in report_totals.create_sql():
        conn.exec_driver_sql(statement)
    report_totals.backfill(conn)
    for statement in report_totals.index_sql():
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    for statement in report_totals.drop_sql():
        conn.exec_driver_sql(statement)
