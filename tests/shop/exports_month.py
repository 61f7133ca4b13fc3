"""A demo shop with a month that has everything an accountant meets: refunds, line and order
discounts, a points payment, a split card-and-cash payment with change, cash in and out, a voided
line, all closed by Z reports. Shared by the export tests of shop/ and ui/."""
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from db.engine import open_database, read_session, write_session
from shop import loyalty
from shop.cart import AMOUNT, PERCENT, Discount
from shop.demo import create_demo_shop
from shop.exports.period import this_month
from shop.sales import CARD, CASH, Tender
from shop.settings import load_settings
from shop.till import Till
from shop.users import active_users


def make_month_shop(path, country: str = "IT", days: int = 40):
    """The demo shop up to yesterday, then today's shift with the hard cases; returns (engine, period)."""
    create_demo_shop(path, customers=200, products=120, days=days, country=country)
    engine = open_database(path)
    with read_session(engine) as session:
        people = {u.role: u for u in active_users(session)}
        settings = load_settings(session)
        customer_id = session.connection().exec_driver_sql("SELECT id FROM customer ORDER BY id LIMIT 1").scalar_one()
    owner = people["owner"]
    with write_session(engine) as session:
        loyalty.adjust_points(session, customer_id, 500, "welcome gift", owner, settings.till_id)
    till = Till(engine, owner)
    till.open_shift(100 * 10 ** settings.currency_exponent)
    till.move_cash(50 * 10 ** settings.currency_exponent, "change from the bank")
    till.move_cash(-12 * 10 ** settings.currency_exponent, "postage stamps")
    products = [key.product for key in till.quick_keys()[:4]]
    # A split payment with change: part on the card, the rest in cash with more handed over.
    first = till.add_product(products[0], 2000 if products[0].unit == "pc" else 750)
    till.add_product(products[1], 1000 if products[1].unit == "pc" else 400)
    till.discount_line(first.id, Discount(PERCENT, 1000))
    till.discount_order(Discount(AMOUNT, 10 ** settings.currency_exponent // 2 or 1))
    total = till.cart.totals().total
    split = till.pay([Tender(CARD, total // 2), Tender(CASH, total - total // 2 + 3 * 10 ** settings.currency_exponent)])
    # Points and card: the customer pays part with points.
    till.attach_customer(customer_id)
    till.add_product(products[2], 3000 if products[2].unit == "pc" else 900)
    total = till.cart.totals().total
    points = till.points_tender(min(200, total // loyalty_value(engine)))
    till.pay([points, Tender(CARD, total - points.amount)])
    # A voided line, then a cash sale.
    voided = till.add_product(products[3])
    till.void_line(voided.id)
    till.add_product(products[3], 1000 if products[3].unit == "pc" else 300)
    till.pay([Tender(CASH, till.cart.totals().total)])
    # The split sale's first line comes back.
    with read_session(engine) as session:
        line_id = session.connection().exec_driver_sql(
            "SELECT id FROM saleline WHERE sale_id = ? ORDER BY position LIMIT 1", (split.sale_id,)).scalar_one()
    till.start_refund(split.sale_id, {line_id: 1000 if products[0].unit == "pc" else 750}, "damaged")
    till.pay([Tender(CASH, till.cart.totals().total)])
    expected = till.x_report()["cash"]["expected"]
    till.close_shift(expected)
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    return engine, this_month(today)


def loyalty_value(engine) -> int:
    from shop.loyalty_rules import load_loyalty_settings

    with read_session(engine) as session:
        return max(1, load_loyalty_settings(session).value_of(1))


def z_totals(engine, period, timezone: str) -> dict:
    """The Z reports of the period added up: what every export must equal to the cent."""
    low, high = period.utc_bounds(timezone)
    with read_session(engine) as session:
        reports = [row[0] for row in session.connection().exec_driver_sql(
            "SELECT data FROM zreport WHERE created_at >= ? AND created_at < ?", (low, high))]
    import json

    reports = [r if isinstance(r, dict) else json.loads(r) for r in reports]
    out = {"sales": 0, "sales_count": 0, "refunds": 0, "refunds_count": 0, "discounts": 0, "net_total": 0,
           "vat": {}, "payments": {}, "cash_in": 0, "cash_out": 0, "count": len(reports)}
    for z in reports:
        out["sales"] += z["sales"]["total"]
        out["sales_count"] += z["sales"]["count"]
        out["refunds"] += z["refunds"]["total"]
        out["refunds_count"] += z["refunds"]["count"]
        out["discounts"] += z["discounts"]
        out["net_total"] += z["net_total"]
        out["cash_in"] += z["cash"]["cash_in"]
        out["cash_out"] += z["cash"]["cash_out"]
        for v in z["vat"]:
            figures = out["vat"].setdefault(v["rate_bp"], {"net": 0, "vat": 0, "gross": 0})
            for key in figures:
                figures[key] += v[key]
        for method, amount in z["payments"].items():
            out["payments"][method] = out["payments"].get(method, 0) + amount
    return out


def minor(text: str, exponent: int, decimal: str) -> int:
    """A CSV amount back in minor units, exactly."""
    return int(Decimal(text.replace(decimal, ".")).scaleb(exponent)) if text else 0
