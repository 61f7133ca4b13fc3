"""Loyalty at the till: points earned, redeemed, reversed and expired as ledger rows written with the sale."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Outbox, PointsEntry, Sale
from shop import loyalty
from shop.customer_errors import NotEnoughPoints
from shop.customers import register_customer
from shop.errors import NotAllowed
from shop.loyalty_rules import load_loyalty_settings, save_loyalty_settings
from shop.sales import CASH, Tender


def make_customer(shop, name="Lucia Bianchi", phone="333 123 4567", birthday=None):
    with write_session(shop.engine) as session:
        return register_customer(session, "IT", name, phone, birthday=birthday).id


def change_rules(shop, **changes):
    with write_session(shop.engine) as session:
        rules = load_loyalty_settings(session)
        for key, value in changes.items():
            setattr(rules, key, value)
        save_loyalty_settings(session, rules)


def entries(shop, customer_id):
    with read_session(shop.engine) as session:
        return list(session.exec(select(PointsEntry).where(PointsEntry.customer_id == customer_id).order_by(PointsEntry.at)))


def balance(shop, customer_id):
    with read_session(shop.engine) as session:
        return loyalty.balance(session, customer_id)


def sell(till, shop, customer_id, items, tenders=None):
    if customer_id:
        till.attach_customer(customer_id)
    for key, count in items:
        for _ in range(count):
            till.scan(shop.barcodes[key])
    total = till.cart.totals().total
    return till.pay(tenders or [Tender(CASH, total)])


def give_points(shop, customer_id, points):
    with write_session(shop.engine) as session:
        loyalty.adjust_points(session, customer_id, points, "welcome gift", shop.users["Marco"], "T1")


def test_sale_with_customer_earns_points_in_the_same_transaction(till, shop):
    """16.40 spent earns 16 points: one ledger row keyed to the sale, with expiry and an outbox row."""
    customer = make_customer(shop)
    done = sell(till, shop, customer, [("wine", 1), ("bread", 1)])
    rows = entries(shop, customer)
    assert [(r.kind, r.points, r.key, r.sale_id) for r in rows] == [("earn", 16, f"earn:{done.sale_id}", done.sale_id)]
    with read_session(shop.engine) as session:
        sale = session.get(Sale, done.sale_id)
        assert sale.customer_id == customer
        expires = datetime.fromisoformat(rows[0].expires_at) - datetime.fromisoformat(sale.completed_at)
        assert expires == timedelta(days=365)
        queued = session.exec(select(Outbox.record_type).where(Outbox.record_id == rows[0].id)).all()
        assert queued == ["points"]


def test_sale_without_customer_writes_no_points(till, shop):
    """An anonymous sale leaves the ledger empty."""
    sell(till, shop, None, [("wine", 1)])
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM pointsentry").scalar() == 0


def test_category_multiplier_and_excluded_items(till, shop):
    """Bakery earns double, wine is excluded: 2 x 3.50 bread and a wine earn 14 points."""
    customer = make_customer(shop)
    with read_session(shop.engine) as session:
        bakery = session.connection().exec_driver_sql("SELECT category_id FROM product WHERE sku = 'PAN001'").scalar()
    change_rules(shop, category_multipliers_bp={bakery: 20_000}, excluded_skus=["VIN001"])
    sell(till, shop, customer, [("bread", 2), ("wine", 1)])
    assert balance(shop, customer) == 14


def test_tier_by_last_12_months_spend_raises_earn_rate(till, shop):
    """Past the Silver threshold the same basket earns x1.25."""
    customer = make_customer(shop)
    change_rules(shop, tiers=[{"name": "Bronze", "min_spend": 0, "earn_bp": 10_000},
                              {"name": "Silver", "min_spend": 1_000, "earn_bp": 12_500}])
    sell(till, shop, customer, [("wine", 1), ("bread", 1)])
    sell(till, shop, customer, [("wine", 1), ("bread", 1)])
    assert [r.points for r in entries(shop, customer)] == [16, 20]
    with read_session(shop.engine) as session:
        summary = loyalty.points_summary(session, customer)
    assert (summary.tier.name, summary.spend_12_months, summary.balance, summary.lifetime) == ("Silver", 3280, 36, 36)
    assert summary.value == 36 * 5


def test_redeem_points_as_payment_earns_only_on_the_rest(till, shop):
    """100 points pay 5.00 of 16.40; the redeem row and earn on 11.40 are written with the sale."""
    customer = make_customer(shop)
    give_points(shop, customer, 1000)
    till.attach_customer(customer)
    till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["bread"])
    points = till.points_tender(100)
    assert points.amount == 500
    done = till.pay([points, Tender(CASH, 1140)])
    rows = entries(shop, customer)
    assert [(r.kind, r.points) for r in rows] == [("adjust", 1000), ("redeem", -100), ("earn", 11)]
    assert rows[1].key == f"redeem:{done.sale_id}"
    assert balance(shop, customer) == 911
    with read_session(shop.engine) as session:
        methods = session.connection().exec_driver_sql(
            "SELECT method, amount FROM payment WHERE sale_id = ? ORDER BY amount", (done.sale_id,)).fetchall()
    assert methods == [("points", 500), ("cash", 1140)]


def test_redeeming_more_than_the_balance_stores_nothing(till, shop):
    """NotEnoughPoints rolls the whole sale back: no sale, no ledger row, the cart is still there."""
    customer = make_customer(shop)
    give_points(shop, customer, 50)
    till.attach_customer(customer)
    till.scan(shop.barcodes["wine"])
    with pytest.raises(NotEnoughPoints) as caught:
        till.pay([till.points_tender(100), Tender(CASH, 790)])
    assert (caught.value.balance, caught.value.wanted) == (50, 100)
    assert till.cart.lines
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM sale").scalar() == 0
    assert balance(shop, customer) == 50


def test_points_need_a_customer(till, shop):
    """Paying with points on an anonymous sale is refused."""
    till.scan(shop.barcodes["wine"])
    with pytest.raises(NotEnoughPoints):
        till.pay([Tender(loyalty.POINTS, 1290)])


def test_completing_the_same_cart_twice_counts_points_once(till, shop):
    """A retried completion returns the first sale and adds no second ledger row."""
    from shop.sales import complete_sale
    customer = make_customer(shop)
    till.attach_customer(customer)
    till.scan(shop.barcodes["wine"])
    cart = till.cart
    first = till.pay([Tender(CASH, 1290)])
    again = complete_sale(shop.engine, cart, [Tender(CASH, 1290)], till.user, till.shift, till.settings)
    assert again.sale_id == first.sale_id
    assert [r.points for r in entries(shop, customer)] == [12]


def test_refunds_reverse_earned_points_proportionally_without_drift(till, shop):
    """Returning one wine of two takes back its share; returning the rest takes back exactly what is left."""
    customer = make_customer(shop)
    done = sell(till, shop, customer, [("wine", 2), ("bread", 1)])  # 29.30 -> 29 points
    sale, lines = till.find_receipt(done.receipt_number)
    wine = next(line for line in lines if line.sku == "VIN001")
    bread = next(line for line in lines if line.sku == "PAN001")
    cart = till.start_refund(sale.id, {wine.line_id: 1000}, "faulty")
    first = till.pay([Tender(CASH, cart.totals().total)])
    cart = till.start_refund(sale.id, {wine.line_id: 1000, bread.line_id: 1000}, "changed mind")
    till.pay([Tender(CASH, cart.totals().total)])
    rows = entries(shop, customer)
    assert [(r.kind, r.points) for r in rows] == [("earn", 29), ("reverse", -12), ("reverse", -17)]
    assert rows[1].key == f"reverse:{first.sale_id}"
    assert balance(shop, customer) == 0


def test_refund_paid_back_in_points_returns_them(till, shop):
    """Money paid with points comes back as points when the refund pays it back that way."""
    customer = make_customer(shop)
    give_points(shop, customer, 300)
    till.attach_customer(customer)
    till.scan(shop.barcodes["wine"])
    done = till.pay([till.points_tender(258)])  # 12.90 entirely in points: earns nothing
    assert balance(shop, customer) == 42
    sale, lines = till.find_receipt(done.receipt_number)
    till.start_refund(sale.id, {lines[0].line_id: 1000}, "faulty")
    till.pay([Tender(loyalty.POINTS, -1290)])
    assert balance(shop, customer) == 300


def test_manual_adjustment_needs_a_manager_and_is_audited(shop):
    """A cashier alone is refused; with a manager's approval or as a manager it is written and audited."""
    customer = make_customer(shop)
    with write_session(shop.engine) as session:
        with pytest.raises(NotAllowed):
            loyalty.adjust_points(session, customer, 50, "goodwill", shop.users["Anna"], "T1")
    with write_session(shop.engine) as session:
        loyalty.adjust_points(session, customer, 50, "goodwill", shop.users["Anna"], "T1", approver=shop.users["Marco"])
        loyalty.adjust_points(session, customer, -20, "typo last week", shop.users["Giulia"], "T1")
    with pytest.raises(NotEnoughPoints):
        with write_session(shop.engine) as session:
            loyalty.adjust_points(session, customer, -100, "too much", shop.users["Giulia"], "T1")
    assert [(r.points, r.reason) for r in entries(shop, customer)] == [(50, "goodwill"), (-20, "typo last week")]
    with read_session(shop.engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "points_adjusted")).all()
    assert [(e.detail["points"], e.detail.get("approved_by")) for e in events] == [(50, shop.users["Marco"].id), (-20, None)]


def test_unused_points_expire_once_after_the_period(till, shop):
    """After a year the part not spent expires in one row; running the sweep again writes nothing."""
    customer = make_customer(shop)
    sell(till, shop, customer, [("wine", 2), ("bread", 1)])  # 29 points
    with write_session(shop.engine) as session:
        loyalty.add_entry(session, customer, "manual-redeem-test", loyalty.REDEEM, -9)
    later = datetime.now(timezone.utc) + timedelta(days=366)
    with write_session(shop.engine) as session:
        assert loyalty.expire_points(session, customer, datetime.now(timezone.utc)) is None  # not yet
        expired = loyalty.expire_points(session, customer, later)
    assert expired.points == -20
    with write_session(shop.engine) as session:
        assert loyalty.expire_points(session, customer, later + timedelta(days=1)) is None
    assert balance(shop, customer) == 0


def test_points_given_twice_with_the_same_key_count_once(shop):
    """The ledger's unique key makes a replayed event a no-op."""
    customer = make_customer(shop)
    with write_session(shop.engine) as session:
        assert loyalty.add_entry(session, customer, "import:1", loyalty.ADJUST, 10) is not None
        assert loyalty.add_entry(session, customer, "import:1", loyalty.ADJUST, 10) is None
    assert balance(shop, customer) == 10


def test_birthday_week(shop):
    """The birthday week runs Monday to Sunday around this year's birthday; 29 February uses the 28th."""
    assert loyalty.birthday_week(date(1980, 11, 25), date(2026, 11, 23)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert loyalty.birthday_week(date(1988, 2, 29), date(2027, 3, 1)) == (date(2027, 2, 22), date(2027, 2, 28))

