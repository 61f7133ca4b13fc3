"""The owner's sales journal for a period as CSV: one row per receipt of every till of the shop."""
import csv
import io
from decimal import Decimal

from babel.numbers import get_currency_precision
from sqlmodel import Session, select

from server.models import Sale, Till

COLUMNS = ("day", "completed_at", "till", "receipt_number", "kind", "customer_id", "currency", "total")


def sales_journal_csv(session: Session, shop_id: str, day_from: str | None, day_to: str | None) -> str:
    """Amounts as decimal text in the currency's own precision ("12.90"), never floats."""
    query = (select(Sale, Till.name).join(Till, Till.id == Sale.till_id).where(Sale.shop_id == shop_id)
             .order_by(Sale.completed_at, Sale.receipt_number))
    if day_from:
        query = query.where(Sale.day >= day_from)
    if day_to:
        query = query.where(Sale.day <= day_to)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for sale, till_name in session.exec(query):
        amount = Decimal(sale.total).scaleb(-get_currency_precision(sale.currency))
        writer.writerow((sale.day, sale.completed_at, till_name, sale.receipt_number, sale.kind, sale.customer_id or "",
                         sale.currency, f"{amount:f}"))
    return out.getvalue()
