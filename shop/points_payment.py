"""Paying with the attached customer's points: as many as the balance allows, never more than is due.

Points are worth a whole number of minor units each, so the part paid with points is rounded
down to a whole point and the rest is paid in cash or by card. Asked by the payment dialog's F6.
"""
from db.engine import read_session
from shop import loyalty
from shop.loyalty_rules import load_loyalty_settings
from shop.sales import Tender
from shop.till import Till


def points_tender_for(till: Till, left: int) -> Tender | None:
    """The points payment towards `left` (minor units still due), or None when there is nothing to pay with."""
    customer_id = till.cart.customer_id
    if customer_id is None or left <= 0:
        return None
    with read_session(till.engine) as session:
        rules = load_loyalty_settings(session)
        balance = loyalty.balance(session, customer_id)
    if not rules.enabled or rules.point_value <= 0:
        return None
    points = min(balance, left // rules.point_value)
    return till.points_tender(points) if points > 0 else None
