"""Coupons and the birthday reward: single use, validity, per customer, taken with the sale, once a year."""
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.ids import new_id
from db.models import Coupon
from shop import coupons, loyalty
from shop.cart import AMOUNT, PERCENT, Cart
from shop.customer_errors import CouponInvalid
from shop.customers import register_customer
from shop.loyalty_rules import load_loyalty_settings, save_loyalty_settings
from shop.sales import CASH, Tender, complete_sale


def make_customer(shop, name="Lucia Bianchi", phone="333 123 4567", birthday=None):
    with write_session(shop.engine) as session:
        return register_customer(session, "IT", name, phone, birthday=birthday).id


def issue(shop, kind, value, **kw):
    with write_session(shop.engine) as session:
        return coupons.issue_coupon(session, kind, value, **kw)


def test_percent_coupon_discounts_the_sale_and_is_used_up(till, shop):
    """10 % off 12.90 charges 11.61; the coupon records the sale and cannot be used again."""
    coupon = issue(shop, PERCENT, 1000, reason="flyer")
    till.scan(shop.barcodes["wine"])
    till.apply_coupon(coupon.code.lower())
    assert till.cart.totals().total == 1161
    done = till.pay([Tender(CASH, 1161)])
    with read_session(shop.engine) as session:
        stored = session.get(Coupon, coupon.id)
        assert stored.sale_id == done.sale_id and stored.redeemed_at
    till.scan(shop.barcodes["wine"])
    with pytest.raises(CouponInvalid) as caught:
        till.apply_coupon(coupon.code)
    assert caught.value.why == "used"


def test_coupon_spent_meanwhile_on_another_till_rolls_the_sale_back(till, shop):
    """If the code was taken by another sale after it was applied here, completing fails and stores nothing."""
    coupon = issue(shop, AMOUNT, 200)
    till.scan(shop.barcodes["wine"])
    till.apply_coupon(coupon.code)
    other = Cart(lines=[replace(till.cart.lines[0], id=new_id())])
    other.coupon_code = coupon.code
    other.set_order_discount(coupons.discount_of(coupon))
    elsewhere = complete_sale(shop.engine, other, [Tender(CASH, 1090)], till.user, till.shift, till.settings)
    with pytest.raises(CouponInvalid) as caught:
        till.pay([Tender(CASH, 1090)])
    assert caught.value.why == "used"
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT id FROM sale").scalars().all() == [elsewhere.sale_id]
        assert session.get(Coupon, coupon.id).sale_id == elsewhere.sale_id


def test_coupon_validity_dates_and_owner(till, shop):
    """Not yet valid, expired, or another customer's coupon are refused with the reason."""
    lucia, paolo = make_customer(shop), make_customer(shop, "Paolo Verdi", "334 765 4321")
    today = till.shop_today()
    future = issue(shop, AMOUNT, 100, valid_from=today + timedelta(days=1))
    past = issue(shop, AMOUNT, 100, valid_until=today - timedelta(days=1))
    mine = issue(shop, AMOUNT, 100, customer_id=lucia)
    till.scan(shop.barcodes["wine"])
    for coupon, why in ((future, "not_yet"), (past, "expired"), (mine, "other_customer")):
        with pytest.raises(CouponInvalid) as caught:
            till.apply_coupon(coupon.code)
        assert caught.value.why == why
    with pytest.raises(CouponInvalid):
        till.apply_coupon("NOSUCHCODE")
    till.attach_customer(paolo)
    with pytest.raises(CouponInvalid):
        till.apply_coupon(mine.code)
    till.detach_customer()
    view = till.attach_customer(lucia)
    assert [c.id for c in view.coupons] == [mine.id]
    till.apply_coupon(mine.code)
    assert till.cart.totals().total == 1190
    till.detach_customer()  # her coupon leaves with her
    assert till.cart.coupon_code is None and till.cart.totals().total == 1290


def test_birthday_points_given_once_in_the_birthday_week(till, shop):
    """Attaching the customer in their birthday week gives 200 points once, however often they are attached."""
    today = till.shop_today()
    customer = make_customer(shop, birthday=date(1984, today.month, today.day))  # a leap year: any day exists
    first = till.attach_customer(customer)
    assert first.birthday_this_week and first.birthday_reward.points == 200 and first.birthday_reward.new
    again = till.attach_customer(customer)
    assert again.birthday_reward.new is False
    assert again.points.balance == 200


def test_no_birthday_reward_outside_the_week(till, shop):
    """A birthday two months away gives nothing today."""
    today = till.shop_today()
    far = (today + timedelta(days=60)).replace(year=1975)
    view = till.attach_customer(make_customer(shop, birthday=far))
    assert view.birthday_reward is None and not view.birthday_this_week
    assert view.points.balance == 0


def test_birthday_coupon_valid_until_end_of_the_week(till, shop):
    """With the coupon reward, the customer gets one 10 % coupon valid until Sunday, shown on their card."""
    with write_session(shop.engine) as session:
        rules = load_loyalty_settings(session)
        rules.birthday_reward = "coupon"
        save_loyalty_settings(session, rules)
    today = till.shop_today()
    birthday = date(1984, today.month, today.day)
    customer = make_customer(shop, birthday=birthday)
    view = till.attach_customer(customer)
    code = view.birthday_reward.coupon_code
    assert [c.code for c in view.coupons] == [code]
    _monday, sunday = loyalty.birthday_week(birthday, today)
    with read_session(shop.engine) as session:
        coupon = session.exec(select(Coupon).where(Coupon.code == code)).one()
    assert (coupon.kind, coupon.value, coupon.valid_until, coupon.customer_id) == (PERCENT, 1000, sunday, customer)
    assert till.attach_customer(customer).birthday_reward.coupon_code == code


def test_scanned_coupon_link_is_recognised_and_applies(till, shop):
    """The QR link of a coupon gives its code back for the scanner filter; other scans are not coupons."""
    coupon = issue(shop, AMOUNT, 300)
    link = coupons.coupon_link(coupon.code, "https://shop.example.com/")
    assert link == f"https://shop.example.com/k/{coupon.code}"
    assert coupons.coupon_code_in(link) == coupon.code
    assert coupons.coupon_code_in("https://shop.example.com/c/ABCD") is None
    assert coupons.coupon_code_in("8001234000011") is None
    till.scan(shop.barcodes["wine"])
    till.apply_coupon(coupons.coupon_code_in(link))
    assert till.cart.totals().total == 990
