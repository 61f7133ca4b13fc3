"""The birthday reward: bonus points or a coupon, once per birthday week, when the customer comes in.

Issued the moment the cashier attaches the customer during their birthday week (so the till can
show it straight away) and at most once a year: the points row's key or the coupon's reason names
the year, and a second attach, or a second till, finds it already there.
"""
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from db.models import Coupon, Customer
from shop import coupons, loyalty
from shop.consents import CONTACT_FIELD, write_contact_list
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


# --- the owner's birthday list -----------------------------------------------------------------
@dataclass(frozen=True)
class BirthdayPerson:
    customer_id: str
    name: str
    birthday: date
    this_year: date  # the day it falls on in the year asked about
    phone: str | None
    email: str | None
    consents: dict  # channel -> bool


def _this_year(birthday: date, year: int) -> date:
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def birthdays_between(session: Session, first: date, last: date) -> list[BirthdayPerson]:
    """Customers (not erased) whose birthday falls from `first` to `last` (at most a year apart), soonest first.

    SQLite picks them by month and day (the stored ISO date's 'MM-DD'); 29 February is always read,
    since in a common year it counts as the 28th.
    """
    start, end = first.strftime("%m-%d"), last.strftime("%m-%d")
    days = "substr(birthday, 6, 5)"
    window = f"{days} BETWEEN ? AND ?" if first.year == last.year else f"({days} >= ? OR {days} <= ?)"
    people = []
    rows = session.connection().exec_driver_sql(
        "SELECT id, name, birthday, phone, email, consent_email, consent_sms, consent_messaging FROM customer "
        f"WHERE birthday IS NOT NULL AND erased_at IS NULL AND ({window} OR {days} = '02-29')", (start, end))
    for cid, name, born, phone, email, ce, cs, cm in rows:
        born = date.fromisoformat(born) if isinstance(born, str) else born
        for year in sorted({first.year, last.year}):
            day = _this_year(born, year)
            if first <= day <= last:
                people.append(BirthdayPerson(cid, name, born, day, phone, email,
                                             {"email": bool(ce), "sms": bool(cs), "messaging": bool(cm)}))
                break
    return sorted(people, key=lambda p: (p.this_year, p.name))


def birthday_window(today: date, span: str) -> tuple[date, date]:
    """today | week (Monday..Sunday of today) | month."""
    if span == "today":
        return today, today
    if span == "week":
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    if span == "month":
        nxt = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        return today.replace(day=1), nxt - timedelta(days=1)
    raise ValueError(f"unknown span {span!r}")


def issue_birthday_rewards(session: Session, people: list[BirthdayPerson]) -> list[tuple[str, BirthdayReward]]:
    """Each person's reward for this year's birthday (the loyalty rules say which), at most once a year:
    issued as if they came in on their birthday, so a coupon runs through their birthday week."""
    given = []
    for person in people:
        reward = birthday_reward(session, person.customer_id, person.this_year)
        if reward is not None:
            given.append((person.customer_id, reward))
    return given


def contact_rows(people: list[BirthdayPerson], channel: str) -> list[tuple[str, str, str]]:
    """(name, contact, birthday) of those who consented to `channel` and have a contact for it; never
    anyone else."""
    if channel not in CONTACT_FIELD:
        raise ValueError(f"unknown consent channel {channel!r}")
    rows = []
    for p in people:
        contact = getattr(p, CONTACT_FIELD[channel])
        if p.consents.get(channel) and contact:
            rows.append((p.name, contact, p.this_year.isoformat()))
    return rows


def write_contact_csv(path, people: list[BirthdayPerson], channel: str) -> int:
    """The contact list for `channel` as CSV; returns the rows written."""
    return write_contact_list(path, channel, ["birthday"], contact_rows(people, channel))
