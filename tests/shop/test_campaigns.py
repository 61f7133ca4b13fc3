"""Campaigns on the demo shop: a fixed random split, coupons redeemed at the real till, results checked by hand,
and contact lists that never hold a customer without the channel's consent."""
import csv
import math
from datetime import timedelta

import pytest
from sqlmodel import select

from db.engine import open_database, read_session, write_session
from db.models import CampaignMember, Coupon, Customer, User
from shop import campaigns, consents
from shop.campaign_errors import CampaignInvalid
from shop.campaigns import CONTROL, SLIPPING_AWAY, Offer
from shop.cart import AMOUNT, PERCENT
from shop.demo import create_demo_shop
from shop.sales import CASH, Tender
from shop.till import Till

Z = 1.959963984540054


def wilson_by_hand(x, n):
    p = x / n
    centre, half = p + Z * Z / (2 * n), Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (centre - half) / (1 + Z * Z / n), (centre + half) / (1 + Z * Z / n)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("campaign") / "demo.db"
    create_demo_shop(path, customers=400, products=60, days=240)  # history ends yesterday, today is the real one
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    engine = open_database(copy)
    yield engine
    engine.dispose()


def cashier_till(engine) -> Till:
    with read_session(engine) as session:
        row = session.connection().exec_driver_sql("SELECT * FROM user WHERE role = 'cashier'").mappings().first()
    till = Till(engine, User(**row))
    if till.shift is None:
        till.open_shift(10000)
    return till


def make_campaign(engine, today, **kw):
    with write_session(engine) as session:
        campaign = campaigns.create_campaign(
            session, "Ci manchi", SLIPPING_AWAY, Offer(PERCENT, 1000), Offer(AMOUNT, 500), today, today + timedelta(days=13),
            today, seed=17, **kw)
        return campaign.id


def members(engine, campaign_id) -> dict[str, list[CampaignMember]]:
    with read_session(engine) as session:
        rows = session.exec(select(CampaignMember).where(CampaignMember.campaign_id == campaign_id)).all()
    groups: dict[str, list[CampaignMember]] = {}
    for row in sorted(rows, key=lambda r: r.customer_id):
        groups.setdefault(row.variant, []).append(row)
    return groups


def buy(till, customer_id, product_id, coupon_code=None) -> int:
    """The customer buys one piece at the till, using their coupon if given; returns the total paid."""
    till.attach_customer(customer_id)
    till.add_product_id(product_id)
    if coupon_code:
        till.apply_coupon(coupon_code)
    total = till.cart.totals().total
    till.pay([Tender(CASH, total)])
    return total


def test_slipping_away_split_into_a_b_and_control_fixed_at_creation(demo):
    """Every regular slipping away is in exactly one group, sizes differ by one at most, the same seed draws
    the same split, and only A and B members hold a coupon for the campaign's days."""
    till = cashier_till(demo)
    today = till.shop_today()
    with read_session(demo) as session:
        segment = campaigns.segment_customers(session, SLIPPING_AWAY, today)
    assert len(segment) >= 12
    campaign_id = make_campaign(demo, today)
    groups = members(demo, campaign_id)
    assert sorted(c.customer_id for g in groups.values() for c in g) == sorted(segment)
    sizes = [len(groups[v]) for v in ("A", "B", CONTROL)]
    assert max(sizes) - min(sizes) <= 1
    assert campaigns.split(segment, ["A", "B", CONTROL], 17) == {m.customer_id: v for v, g in groups.items() for m in g}
    assert campaigns.split(segment, ["A", "B", CONTROL], 18) != campaigns.split(segment, ["A", "B", CONTROL], 17)
    with read_session(demo) as session:
        for variant, value in (("A", 1000), ("B", 500)):
            for m in groups[variant]:
                coupon = session.get(Coupon, m.coupon_id)
                assert (coupon.customer_id, coupon.value, coupon.valid_from, coupon.valid_until) == (
                    m.customer_id, value, today, today + timedelta(days=13))
    assert all(m.coupon_id is None for m in groups[CONTROL])


def test_results_after_redemptions_at_the_till_match_the_hand_computation(demo):
    """Three A coupons and one B coupon redeemed at the till, one control member comes back unprompted:
    counts, revenue, Wilson rates, t baskets and the Newcombe uplift are what the formulas give by hand."""
    till = cashier_till(demo)
    today = till.shop_today()
    campaign_id = make_campaign(demo, today)
    groups = members(demo, campaign_id)
    with read_session(demo) as session:
        product_id, price = session.connection().exec_driver_sql(
            "SELECT id, price FROM product WHERE unit = 'pc' AND price >= 1000 ORDER BY price LIMIT 1").one()
        code = {m.customer_id: session.get(Coupon, m.coupon_id).code for v in ("A", "B") for m in groups[v]}
    a_paid = [buy(till, m.customer_id, product_id, code[m.customer_id]) for m in groups["A"][:3]]
    b_paid = [buy(till, groups["B"][0].customer_id, product_id, code[groups["B"][0].customer_id])]
    control_paid = [buy(till, groups[CONTROL][0].customer_id, product_id)]
    assert a_paid == [price - round(price * 0.10)] * 3 and b_paid == [price - 500] and control_paid == [price]

    with read_session(demo) as session:
        results = {r.variant: r for r in campaigns.campaign_results(session, campaign_id, till.settings.timezone)}
    n_a, n_b, n_c = (len(groups[v]) for v in ("A", "B", CONTROL))
    a, b, c = results["A"], results["B"], results[CONTROL]
    assert (a.members, a.came, a.redeemed, a.revenue, a.sales) == (n_a, 3, 3, sum(a_paid), 3)
    assert (b.members, b.came, b.redeemed, b.revenue, b.sales) == (n_b, 1, 1, b_paid[0], 1)
    assert (c.members, c.came, c.redeemed, c.revenue, c.redemption, c.uplift) == (n_c, 1, 0, price, None, None)
    assert (a.redemption.low, a.redemption.high) == pytest.approx(wilson_by_hand(3, n_a), abs=1e-12)
    assert (c.came_rate.low, c.came_rate.high) == pytest.approx(wilson_by_hand(1, n_c), abs=1e-12)
    # Newcombe's method 10 from the two hand-made Wilson intervals.
    (l1, u1), (l2, u2), p1, p2 = wilson_by_hand(3, n_a), wilson_by_hand(1, n_c), 3 / n_a, 1 / n_c
    assert a.uplift.estimate == pytest.approx(p1 - p2)
    assert a.uplift.low == pytest.approx(p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), abs=1e-12)
    assert a.uplift.high == pytest.approx(p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2), abs=1e-12)
    # Three equal baskets: the mean with no spread; revenue per member is 3 baskets over n_a people.
    assert (a.basket.estimate, a.basket.low, a.basket.high) == pytest.approx((a_paid[0],) * 3)
    per_member = [a_paid[0]] * 3 + [0] * (n_a - 3)
    mean = sum(per_member) / n_a
    sd = math.sqrt(sum((x - mean) ** 2 for x in per_member) / (n_a - 1))
    from scipy.stats import t
    assert a.revenue_per_member.high == pytest.approx(mean + t.ppf(0.975, n_a - 1) * sd / math.sqrt(n_a))
    # Thirty-odd coupons decide nothing: the intervals overlap.
    assert a.verdict == b.verdict == "not_enough_data"


def test_contact_lists_never_hold_a_customer_without_that_channels_consent(demo, tmp_path):
    """Each variant's SMS and e-mail lists are exactly the members who said yes to that channel and have
    the contact; a withdrawn consent leaves the list at once; the control group is never listed."""
    till = cashier_till(demo)
    today = till.shop_today()
    campaign_id = make_campaign(demo, today)
    groups = members(demo, campaign_id)
    with write_session(demo) as session:  # one A member says no to SMS now (after the campaign was made)
        said_yes = [m for m in groups["A"] if session.get(Customer, m.customer_id).consent_sms]
        withdrawn = said_yes[0].customer_id
        consents.set_consent(session, session.get(Customer, withdrawn), "sms", False, "till")
    with read_session(demo) as session:
        for variant in ("A", "B"):
            for channel, field in (("sms", "phone"), ("email", "email")):
                path = tmp_path / f"{variant}-{channel}.csv"
                written = campaigns.write_contact_csv(path, session, campaign_id, variant, channel)
                with open(path, encoding="utf-8-sig") as f:
                    rows = list(csv.DictReader(f))
                expected = set()
                for m in groups[variant]:
                    person = session.get(Customer, m.customer_id)
                    if getattr(person, f"consent_{channel}") and getattr(person, field):
                        expected.add((person.name, getattr(person, field), session.get(Coupon, m.coupon_id).code))
                assert written == len(rows) and {(r["name"], r[field], r["coupon"]) for r in rows} == expected
                assert len(expected) < len(groups[variant])  # someone in the group was left out for lack of consent
        assert not any(r.contact == session.get(Customer, withdrawn).phone
                       for r in campaigns.contacts(session, campaign_id, "A", "sms"))
        assert campaigns.contacts(session, campaign_id, CONTROL, "sms") == []


def test_a_campaign_that_cannot_be_made_says_why_and_stores_nothing(demo):
    """No name, dates the wrong way round, a 120 % coupon or a segment nobody is in: a typed error, no rows."""
    today = cashier_till(demo).shop_today()
    cases = [
        ("no_name", dict(name="  ")),
        ("dates", dict(valid_until=today - timedelta(days=1))),
        ("offer", dict(offer_a=Offer(PERCENT, 12_000))),
        ("no_members", dict(segment={"kind": "criteria", "criteria": {"tag": "nobody has this tag"}})),
        ("unknown_segment", dict(segment={"kind": "astrology"})),
    ]
    for why, change in cases:
        args = dict(name="Test", segment=SLIPPING_AWAY, offer_a=Offer(PERCENT, 1000), offer_b=None, valid_from=today,
                    valid_until=today + timedelta(days=7), today=today) | change
        with pytest.raises(CampaignInvalid) as caught, write_session(demo) as session:
            campaigns.create_campaign(session, **args)
        assert caught.value.why == why
    with read_session(demo) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM campaign").scalar() == 0

