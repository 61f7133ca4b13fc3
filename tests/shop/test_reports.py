"""The owner's reports: each figure equals the same figure computed straight from the sale rows."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from db import report_totals
from db.engine import read_session, write_session
from shop import report_queries as q
from shop.cart import AMOUNT, PERCENT, Discount
from shop.demo import create_demo_shop
from db.engine import open_database
from shop.report_periods import custom, day_of, month_of, week_of, year_of
from shop.sales import CARD, CASH, Tender
from tests.conftest import with_check_digit
from tests.shop.test_loyalty import give_points, make_customer


def totals_tables(engine) -> dict:
    with read_session(engine) as session:
        conn = session.connection()
        tables = {t: sorted(conn.exec_driver_sql(f"SELECT * FROM {t}").fetchall()) for t in report_totals.TABLES
                  if t not in ("reportpair", "reportproduct")}
        tables["reportproduct"] = sorted(conn.exec_driver_sql(
            "SELECT r.bucket, r.till_id, r.kind, coalesce(k.product_id, ''), r.qty_milli, r.gross, r.discount, r.total, "
            "r.vat, r.lines, r.baskets FROM reportproduct r LEFT JOIN reportproductkey k ON k.key = r.product_key").fetchall())
        # Pairs by product, not by the small numbers products got (in the order they were first sold or backfilled).
        tables["reportpair"] = sorted(conn.exec_driver_sql(
            "SELECT min(a.product_id, b.product_id), max(a.product_id, b.product_id), p.bucket, p.till_id, p.baskets FROM reportpair p "
            "JOIN reportproductkey a ON a.key = p.product_a JOIN reportproductkey b ON b.key = p.product_b").fetchall())
        return tables


@pytest.fixture
def busy_day(till, shop):
    """A day with a discounted sale, a weighed line, a split payment, a points payment and a partial refund."""
    customer = make_customer(shop)
    give_points(shop, customer, 500)
    wine = till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["wine"])
    till.discount_line(wine.id, Discount(AMOUNT, 101))
    till.scan(shop.barcodes["bread"])
    till.scan(with_check_digit("2100042" + "00512"))  # 512 g of meatballs
    till.discount_order(Discount(PERCENT, 500))
    total = till.cart.totals().total
    first = till.pay([Tender(CARD, 1000), Tender(CASH, total - 1000 + 500)])  # split, with change
    till.attach_customer(customer)
    till.scan(shop.barcodes["milk"])
    till.scan(shop.barcodes["bread"])
    points = till.points_tender(100)  # 100 points, worth 5.00
    till.pay([points, Tender(CASH, till.cart.totals().total - points.amount)])
    _, lines = till.find_receipt("1")
    till.start_refund(first.sale_id, {lines[0].line_id: 1000}, "broken cork")
    till.pay([Tender(CASH, till.cart.totals().total)])
    return customer


def today_period(shop):
    return day_of(datetime.now(ZoneInfo(shop.settings.timezone)).date())


def raw(shop, sql, *params):
    with read_session(shop.engine) as session:
        return session.connection().exec_driver_sql(sql, params).fetchall()


def test_totals_kept_as_sales_commit_equal_a_backfill(shop, busy_day):
    """The sums each sale adds as it commits are exactly what filling the tables from every sale gives."""
    kept = totals_tables(shop.engine)
    with write_session(shop.engine) as session:
        for table in report_totals.TABLES:
            session.connection().exec_driver_sql(f"DELETE FROM {table}")
        report_totals.backfill(session.connection())
    assert totals_tables(shop.engine) == kept
    assert kept["reporthour"] and kept["reportpair"]


def test_totals_added_for_a_page_of_sales_at_once_equal_those_added_sale_by_sale(shop, busy_day):
    """A pulled page's sums added in one go (add_sales) are exactly the sums each sale added as it committed."""
    kept = totals_tables(shop.engine)
    with write_session(shop.engine) as session:
        conn = session.connection()
        for table in report_totals.TABLES:
            conn.exec_driver_sql(f"DELETE FROM {table}")
        report_totals.add_sales(conn, [row[0] for row in conn.exec_driver_sql("SELECT id FROM sale")])
    assert totals_tables(shop.engine) == kept
    assert kept["reportpair"] and kept["reportproduct"]


def test_summary_of_a_busy_day(shop, busy_day):
    """Gross, discounts, refunds, net, VAT and receipts equal sums over the sale rows; a weighed line is one item."""
    with read_session(shop.engine) as session:
        result = q.run(session, "summary", today_period(shop))["current"]
    (gross, discounts, sales_total), = raw(shop, "SELECT sum(subtotal), sum(discount_total), sum(total) FROM sale WHERE kind = 'sale'")
    (refunds, refund_count), = raw(shop, "SELECT sum(total), count(*) FROM sale WHERE kind = 'refund'")
    (vat,), = raw(shop, "SELECT sum(vat) FROM saleline")
    assert result["gross"] == gross and result["discounts"] == discounts > 101  # the line and the order discount
    assert (result["refunds"], result["refund_count"]) == (refunds, 1)
    assert result["net"] == sales_total + refunds
    assert result["vat"] == vat
    assert result["receipts"] == 2
    assert result["average_basket"] == sales_total // 2
    assert result["items_per_basket"] == (2 + 1 + 1 + 2) / 2  # two wines, bread, meatballs (one item), milk, bread
    assert result["known_customer_receipts"] == 1


def test_payments_vat_and_cashiers(shop, busy_day):
    """Cash is taken less change; points are a method of their own; VAT per rate adds up; the cashier has it all."""
    period = today_period(shop)
    with read_session(shop.engine) as session:
        methods = {row["method"]: row for row in q.run(session, "payments", period)["current"]}
        rates = q.run(session, "vat", period)["current"]
        people = q.run(session, "cashiers", period)["current"]
    for method in ("cash", "card", "points"):
        (amount,), = raw(shop, "SELECT sum(amount) FROM payment WHERE method = ?", method)
        assert methods[method]["net"] == amount
    assert methods["points"]["sales"] == 500
    assert methods["card"]["receipts"] == 1
    (net,), = raw(shop, "SELECT sum(total) FROM sale")
    assert sum(rate["gross"] for rate in rates) == net
    assert {rate["rate_bp"] for rate in rates} == {row[0] for row in raw(shop, "SELECT DISTINCT vat_rate_bp FROM saleline")}
    assert [(p["name"], p["receipts"], p["net"], p["refund_count"]) for p in people] == [("Anna", 2, net, 1)]
    assert people[0]["discounts"] == raw(shop, "SELECT sum(discount_total) FROM sale")[0][0]


def test_products_refunds_and_pairs(shop, busy_day):
    """Products by revenue with their quantity (weighed in grams), refunds by reason and product, bread with wine."""
    period = today_period(shop)
    with read_session(shop.engine) as session:
        products = q.run(session, "products", period)["current"]
        back = q.run(session, "refunds", period)["current"]
        together = q.run(session, "pairs", period)["current"]
        kinds = q.run(session, "categories", period)["current"]
    by_sku = {p["sku"]: p for p in products["top"]}
    assert by_sku["POL001"]["qty_milli"] == 512
    assert by_sku["VIN001"]["qty_milli"] == 2000 and by_sku["VIN001"]["refunded_qty_milli"] == 1000
    assert by_sku["PAN001"]["baskets"] == 2
    assert products["cost_known"] is False and by_sku["PAN001"]["margin"] is None
    assert sum(p["revenue"] for p in products["top"]) == raw(shop, "SELECT sum(total) FROM sale")[0][0]
    assert back["reasons"] == [{"reason": "broken cork", "count": 1, "amount": raw(shop, "SELECT total FROM sale WHERE kind = 'refund'")[0][0]}]
    assert [p["sku"] for p in back["products"]] == ["VIN001"]
    bread_pairs = {frozenset((p["a"], p["b"])): p for p in together["pairs"]}
    pair = bread_pairs[frozenset(("Pane di Altamura", "Latte intero 1 l"))]
    assert pair["together"] == 1 and pair["lift"] == 1.0  # bread is in both baskets: milk adds nothing to chance
    assert bread_pairs[frozenset(("Pane di Altamura", "Sangiovese di Romagna"))]["together"] == 1
    assert {k["category"] for k in kinds} == {"Panetteria", "Macelleria", None}


def test_loyalty_and_customers(shop, busy_day):
    """Points given, redeemed and outstanding with their value; one known customer, new, one visit."""
    period = today_period(shop)
    with read_session(shop.engine) as session:
        points = q.run(session, "loyalty", period)["current"]
        people = q.run(session, "customers", period)["current"]
    ledger = dict(raw(shop, "SELECT kind, sum(points) FROM pointsentry GROUP BY kind"))
    assert points["issued"] == ledger["adjust"] + ledger.get("earn", 0)
    assert points["redeemed"] == -ledger["redeem"] == 100
    assert points["outstanding"] == sum(ledger.values())
    assert points["liability"] == points["outstanding"] * points["point_value"]
    assert (people["customers"], people["new"], people["returning"], people["repeat"]) == (1, 1, 0, 0)
    assert people["known_share"] == 0.5


def test_periods_and_comparisons():
    """A week runs Monday to Sunday; last year is 52 weeks back for weeks, the calendar month for months."""
    week = week_of(date(2026, 12, 4))
    assert (week.first, week.last) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week.previous().first == date(2026, 11, 23)
    assert week.last_year().first.weekday() == 0
    march = month_of(date(2026, 3, 15))
    assert (march.previous().first, march.previous().last) == (date(2026, 2, 1), date(2026, 2, 28))
    assert march.last_year() .first == date(2025, 3, 1)
    assert year_of(date(2024, 2, 29)).previous().first == date(2023, 1, 1)
    span = custom(date(2026, 1, 10), date(2026, 1, 19))
    assert (span.previous().first, span.previous().last) == (date(2025, 12, 31), date(2026, 1, 9))
    with pytest.raises(ValueError):
        custom(date(2026, 2, 1), date(2026, 1, 1))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_shop(path, customers=400, products=150, days=430, today=date(2026, 12, 4))
    engine = open_database(path)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("period", [
    custom(date(2025, 10, 17), date(2026, 11, 20)),  # ragged edges, whole years and months inside
    month_of(date(2026, 3, 1)),  # a month with the change to summer time
    week_of(date(2026, 10, 25)), day_of(date(2026, 6, 13)), year_of(date(2026, 1, 1)),
])
def test_demo_reports_equal_the_sale_rows(demo, period):
    """On the demo shop every period's summary, VAT, payments and products equal sums over its sale rows."""
    with read_session(demo) as session:
        tz = ZoneInfo(q.load_settings(session).timezone)
        start, end = (t.astimezone(ZoneInfo("UTC")).isoformat(timespec="microseconds") for t in period.bounds(tz.key))
        conn = session.connection()
        one = lambda sql: conn.exec_driver_sql(sql, (start, end)).fetchall()  # noqa: E731
        summary = q.run(session, "summary", period, compare=False)["current"]
        (net, receipts), = one("SELECT coalesce(sum(total), 0), coalesce(sum(kind = 'sale'), 0) FROM sale WHERE completed_at >= ? AND completed_at < ?")
        assert (summary["net"], summary["receipts"]) == (net, receipts)
        vat = {r["rate_bp"]: (r["gross"], r["vat"]) for r in q.run(session, "vat", period, compare=False)["current"]}
        assert vat == {rate: (g, v) for rate, g, v in one(
            "SELECT l.vat_rate_bp, sum(l.total), sum(l.vat) FROM saleline l JOIN sale s ON s.id = l.sale_id "
            "WHERE s.completed_at >= ? AND s.completed_at < ? GROUP BY 1")}
        pays = {r["method"]: r["net"] for r in q.run(session, "payments", period, compare=False)["current"]}
        assert pays == dict(one("SELECT p.method, sum(p.amount) FROM payment p JOIN sale s ON s.id = p.sale_id "
                                "WHERE s.completed_at >= ? AND s.completed_at < ? GROUP BY 1"))
        top = q.products(q.Scope(session, period), top=3)["top"]
        expected = one("SELECT l.product_id, sum(l.total) FROM saleline l JOIN sale s ON s.id = l.sale_id "
                       "WHERE s.completed_at >= ? AND s.completed_at < ? GROUP BY 1 ORDER BY 2 DESC LIMIT 3")
        assert [(p["product_id"], p["revenue"]) for p in top] == expected
        together = q.run(session, "pairs", period, compare=False)["current"]["pairs"]
        for pair in together[:3]:
            (both,), = one("SELECT count(*) FROM sale s WHERE s.kind = 'sale' AND s.completed_at >= ? AND s.completed_at < ? "
                           f"AND EXISTS (SELECT 1 FROM saleline WHERE sale_id = s.id AND product_id = '{pair['a_id']}') "
                           f"AND EXISTS (SELECT 1 FROM saleline WHERE sale_id = s.id AND product_id = '{pair['b_id']}')")
            assert pair["together"] == both
        line = q.run(session, "timeline", period, compare=False)["current"]
        assert sum(p["net"] for p in line["points"]) == net
        hours = q.run(session, "hours", period, compare=False)["current"]
        by_hour, by_weekday = [0] * 24, [0] * 7
        for (at,) in one("SELECT completed_at FROM sale WHERE kind = 'sale' AND completed_at >= ? AND completed_at < ?"):
            local = datetime.fromisoformat(at).astimezone(tz)
            by_hour[local.hour] += 1
            by_weekday[local.weekday()] += 1
        assert [h["receipts"] for h in hours["hours"]] == by_hour and sum(by_hour) == receipts
        assert [d["receipts"] for d in hours["weekdays"]] == by_weekday
        by_day = {}
        for (at, total) in one("SELECT completed_at, total FROM sale WHERE completed_at >= ? AND completed_at < ?"):
            key = q._key(datetime.fromisoformat(at).astimezone(tz).date(), line["grain"])
            by_day[key] = by_day.get(key, 0) + total
        assert {p["key"]: p["net"] for p in line["points"] if p["net"]} == {k: v for k, v in by_day.items() if v}


def test_demo_whole_history_uses_all_time_sums(demo):
    """Over the whole history the all-time sums less nothing give the same products as the sale rows."""
    period = custom(date(2020, 1, 1), date(2026, 12, 31))
    with read_session(demo) as session:
        result = q.products(q.Scope(session, period), top=5)["top"]
        expected = session.connection().exec_driver_sql(
            "SELECT product_id, sum(total) FROM saleline GROUP BY 1 ORDER BY 2 DESC LIMIT 5").fetchall()
        assert [(p["product_id"], p["revenue"]) for p in result] == expected
        people = q.customers(q.Scope(session, period))
        (known,), = session.connection().exec_driver_sql(
            "SELECT count(DISTINCT customer_id) FROM sale WHERE kind = 'sale' AND customer_id IS NOT NULL").fetchall()
        assert people["customers"] == known == people["new"]


def test_migration_0009_fills_the_totals_of_an_older_shop(shop, busy_day):
    """A shop with sales made before the reports: down to 0006 and up again, its totals are what its sales kept."""
    from alembic import command

    from db.migrate import alembic_config

    kept = totals_tables(shop.engine)
    command.downgrade(alembic_config(shop.engine), "0006")
    with read_session(shop.engine) as session:
        assert not session.connection().exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'reporthour'").first()
    command.upgrade(alembic_config(shop.engine), "head")
    assert totals_tables(shop.engine) == kept
