"""The owner's sales journal for a period as CSV: one row per receipt of every till of the shop."""
import csv
import io
from decimal import Decimal

from sqlmodel import Session, col, select

from server.models import Sale, Shop, Till

COLUMNS = ("day", "completed_at", "till", "receipt_number", "kind", "customer_id", "currency", "total")


def sales_journal_csv(session: Session, shop_id: str, day_from: str | None, day_to: str | None) -> str:
    """Amounts as decimal text with the shop's recorded number of decimals ("12.90"), never floats."""
    query = (select(Sale, Till.name).join(Till, col(Till.id) == Sale.till_id).where(Sale.shop_id == shop_id)
             .order_by(Sale.completed_at, Sale.receipt_number))
    if day_from:
        query = query.where(Sale.day >= day_from)
    if day_to:
        query = query.where(Sale.day <= day_to)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    exponent = session.get(Shop, shop_id).currency_exponent
    for sale, till_name in session.exec(query):
        amount = Decimal(sale.total).scaleb(-exponent)
        writer.writerow((sale.day, sale.completed_at, till_name, sale.receipt_number, sale.kind, sale.customer_id or "",
                         sale.currency, f"{amount:f}"))
    return out.getvalue()
