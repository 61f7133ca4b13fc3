"""What the till shows the moment a customer is attached: one read of everything that matters.

Also the place the birthday reward is issued, so the cashier can wish a happy birthday and
point at the reward on the same screen.
"""
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session

from db.models import Coupon, Customer, LoyaltyCard
from shop import birthdays, cards, coupons, loyalty, reservations
from shop.birthdays import BirthdayReward
from shop.customer_errors import CustomerNotFound
from shop.custom_fields import load_fields
from shop.customers import CustomerInfo, customer_by_id
from shop.due import Habit, customer_habits
from shop.kinds import SaleKind


@dataclass(frozen=True)
class RecentSale:
    sale_id: str
    receipt_number: str
    completed_at: str
    total: int
    kind: SaleKind


@dataclass(frozen=True)
class CustomerAtTill:
    customer: CustomerInfo
    notes: str
    tags: list[str]
    consents: dict[str, bool]
    points: loyalty.PointsSummary
    card: LoyaltyCard | None
    birthday_this_week: bool
    birthday_reward: BirthdayReward | None
    coupons: list[Coupon]
    recent_sales: list[RecentSale]
    usual_products: list[tuple[str, str, int]]  # product id, name, times bought
    reservations: list[reservations.ReservationInfo]
    custom: list[tuple[str, str]] = field(default_factory=list)  # (the owner's label, value), in their order
    habits: list[Habit] = field(default_factory=list)  # shop/due.py: what they buy at a rhythm


def recent_sales(session: Session, customer_id: str, limit: int = 10) -> list[RecentSale]:
    rows = session.connection().exec_driver_sql(
        "SELECT id, receipt_number, completed_at, total, kind FROM sale WHERE customer_id = ? "
        "ORDER BY completed_at DESC LIMIT ?", (customer_id, limit)
    ).fetchall()
    return [RecentSale(*row) for row in rows]


def usual_products(session: Session, customer_id: str, limit: int = 5, sales_back: int = 50) -> list[tuple[str, str, int]]:
    """What they usually buy: the products most often in their last `sales_back` sales."""
    rows = session.connection().exec_driver_sql(
        "SELECT l.product_id, max(l.name), count(*) AS times FROM saleline l "
        "WHERE l.sale_id IN (SELECT id FROM sale WHERE customer_id = ? AND kind = 'sale' "
        "ORDER BY completed_at DESC LIMIT ?) AND l.product_id IS NOT NULL "
        "GROUP BY l.product_id ORDER BY times DESC, max(l.name) LIMIT ?", (customer_id, sales_back, limit)
    ).fetchall()
    return [tuple(row) for row in rows]


def customer_at_till(session: Session, customer_id: str, today: date, now: datetime | None = None) -> CustomerAtTill:
    """Everything the customer card shows; issues this year's birthday reward if it is their week."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.erased_at:
        raise CustomerNotFound(customer_id)
    reward = birthdays.birthday_reward(session, customer_id, today)
    return CustomerAtTill(
        customer=customer_by_id(session, customer_id),
        notes=customer.notes,
        tags=list(customer.tags),
        consents={c: bool(getattr(customer, f"consent_{c}")) for c in ("email", "sms", "messaging")},
        points=loyalty.points_summary(session, customer_id, now),
        card=cards.active_card(session, customer_id),
        birthday_this_week=birthdays.is_birthday_week(customer.birthday, today),
        birthday_reward=reward,
        coupons=coupons.customer_coupons(session, customer_id, today),
        recent_sales=recent_sales(session, customer_id),
        usual_products=usual_products(session, customer_id),
        reservations=reservations.for_customer(session, customer_id),
        custom=[(f.label, customer.custom[f.key]) for f in load_fields(session) if customer.custom.get(f.key)],
        habits=customer_habits(session, customer_id, today),
    )
