"""The reports desk: the owner's reports over a period, for the whole shop or one till."""
from datetime import datetime

from sqlmodel import Session

from dataclasses import asdict

from shop import report_queries
from shop.sync_history import over_refunds
from shop.office.desk import Desk
from shop.report_periods import Period
from shop.report_source import sales_span


OVER_REFUNDS = "over_refunds"


def over_refund_report(session: Session) -> dict:
    """Every line two tills refunded beyond what was sold (offline), found by this till's sync,
    whatever the period: each is a fact to check once, not a sum (shop/sync_history.py)."""
    return {"lines": [asdict(found) for found in reversed(over_refunds(session))]}  # the latest found first


class ReportsDesk(Desk):
    def tills(self) -> list[str]:
        return self._read(report_queries.tills)

    def run(self, names: tuple[str, ...], period: Period, till: str | None = None) -> dict[str, dict]:
        """The named reports from one snapshot (seconds over years of sales: call it off the UI thread)."""
        def work(session: Session) -> dict[str, dict]:
            return {name: over_refund_report(session) if name == OVER_REFUNDS else report_queries.run(session, name, period, till)
                    for name in names}
        return self._read(work)

    def sales_span(self) -> tuple[datetime, datetime] | None:
        """The first and the last sale this shop holds; None before the first."""
        return self._read(sales_span)
