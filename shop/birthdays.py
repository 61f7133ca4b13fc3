"""The birthday reward: bonus points or a coupon, once per birthday week, when the customer comes in.

Issued the moment the cashier attaches the customer during their birthday week (so the till can
show it straight away) and at most once a year: the points row's key or the coupon's reason names
the year, and a second attach, or a second till, finds it already there.
"""
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from db.models import Coupon, Customer
from shop import coupons, loyalty
from shop.cart import PERCENT
from shop.loyalty_rules import load_loyalty_settings


@dataclass(frozen=True)
class BirthdayReward:
    kind: str  # "points" | "coupon"
    points: int = 0
    coupon_code: str | None = None
    new: bool = True  # issued just now (False: already given this year, shown again)


def is_birthday_week(birthday: date | None, today: date) -> bool:
    if birthday is None:
        return False
    monday, sunday = loyalty.birthday_week(birthday, today)
    return monday <= today <= sunday


def birthday_reward(session: Session, customer_id: str, today: date) -> BirthdayReward | None:
    """This year's reward if today is in the customer's birthday week; issued on the first call."""
    customer = session.get(Customer, customer_id)
    rules = load_loyalty_settings(session)
    if customer is None or customer.erased_at or not rules.enabled or not is_birthday_week(customer.birthday, today):
        return None
    reason = f"birthday:{today.year}"
    if rules.birthday_reward == "points" and rules.birthday_points > 0:
        key = f"birthday:{customer_id}:{today.year}"
        entry = loyalty.add_entry(session, customer_id, key, loyalty.BIRTHDAY, rules.birthday_points, reason=reason,
                                  expires_at=None)
        return BirthdayReward("points", rules.birthday_points, new=entry is not None)
    if rules.birthday_reward == "coupon" and rules.birthday_coupon_bp > 0:
        existing = session.exec(select(Coupon).where(Coupon.customer_id == customer_id, Coupon.reason == reason)).first()
        if existing:
            return BirthdayReward("coupon", coupon_code=existing.code, new=False)
        _monday, sunday = loyalty.birthday_week(customer.birthday, today)
        coupon = coupons.issue_coupon(session, PERCENT, rules.birthday_coupon_bp, customer_id=customer_id,
                                      valid_from=today, valid_until=sunday, reason=reason)
        return BirthdayReward("coupon", coupon_code=coupon.code)
    return None
