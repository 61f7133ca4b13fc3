"""The owner's shop-wide totals: sales count and sum per till and per day, in integer minor units."""
from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import Session, select

from server.models import Sale, Till


class TillDay(BaseModel):
    till_id: str
    till_name: str
    day: str
    count: int
    total: int


class Totals(BaseModel):
    currency: str
    currency_exponent: int  # digits after the decimal mark of every amount below
    count: int
    total: int
    by_till: dict[str, int]  # till id -> sum
    by_day: dict[str, int]  # local day -> sum
    rows: list[TillDay]


def shop_totals(session: Session, shop_id: str, currency: str, exponent: int, day_from: str | None = None, day_to: str | None = None) -> Totals:
    """Sales and refunds (negative) of the shop, grouped by till and day; refunds count as receipts."""
    query = (
        select(Sale.till_id, Till.name, Sale.day, func.count(), func.sum(Sale.total))
        .join(Till, Till.id == Sale.till_id)
        .where(Sale.shop_id == shop_id)
        .group_by(Sale.till_id, Till.name, Sale.day)
        .order_by(Sale.day, Till.name)
    )
    if day_from:
        query = query.where(Sale.day >= day_from)
    if day_to:
        query = query.where(Sale.day <= day_to)
    rows = [TillDay(till_id=t, till_name=n, day=d, count=c, total=int(s)) for t, n, d, c, s in session.exec(query).all()]
    by_till: dict[str, int] = {}
    by_day: dict[str, int] = {}
    for row in rows:
        by_till[row.till_id] = by_till.get(row.till_id, 0) + row.total
        by_day[row.day] = by_day.get(row.day, 0) + row.total
    return Totals(currency=currency, currency_exponent=exponent, count=sum(r.count for r in rows), total=sum(r.total for r in rows),
                  by_till=by_till, by_day=by_day, rows=rows)
