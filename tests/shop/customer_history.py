"""Hand-made customer histories: sales on chosen days with chosen totals, written straight to the tables
(the till's sale flow is tested elsewhere; these tests are about reading the history)."""
import itertools
from datetime import date

from db.engine import write_session
from db.ids import new_id
from shop.customers import register_customer

_seq = itertools.count(1)


def customer(shop, name, phone=None, email=None, **kw) -> str:
    with write_session(shop.engine) as session:
        return register_customer(session, shop.settings.country, name, phone, email, **kw).id


def sale(shop, customer_id, day: date, total: int, product: str = "bread", kind: str = "sale") -> str:
    """One sale (or refund, with a negative total) of one line of `product` at noon UTC of `day`."""
    n = next(_seq)
    sale_id = new_id()
    with write_session(shop.engine) as session:
        conn = session.connection()
        user = shop.users["Anna"].id
        shift = conn.exec_driver_sql("SELECT id FROM shift LIMIT 1").scalar()
        if shift is None:
            shift = new_id()
            conn.exec_driver_sql("INSERT INTO shift (id, till_id, opened_by, opened_at, opening_float) VALUES (?, 'T9', ?, ?, 0)",
                                 (shift, user, "2020-01-01T00:00:00+00:00"))
        at = f"{day.isoformat()}T12:00:00.000000+00:00"
        conn.exec_driver_sql(
            "INSERT INTO sale (id, till_id, seq, receipt_number, kind, shift_id, user_id, customer_id, currency, subtotal, "
            "discount_total, total, completed_at) VALUES (?, 'T9', ?, ?, ?, ?, ?, ?, 'EUR', ?, 0, ?, ?)",
            (sale_id, n, f"T9-{n:06d}", kind, shift, user, customer_id, total, total, at))
        p = shop.products[product]
        conn.exec_driver_sql(
            "INSERT INTO saleline (id, sale_id, position, product_id, sku, name, unit, qty_milli, unit_price, vat_rate_bp, "
            "gross, discount, total, vat, price_overridden) VALUES (?, ?, 1, ?, ?, ?, 'pc', 1000, ?, 400, ?, 0, ?, 0, 0)",
            (new_id(), sale_id, p.id, p.sku, p.name, total, total, total))
    return sale_id
