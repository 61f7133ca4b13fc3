"""Who is due: products a customer buys at a steady rhythm, and when they should be back for them.

The butcher's weekly meatballs: a customer who bought a product on at least MIN_TIMES different days,
with gaps that hardly vary (the spread of the gaps at most STEADY of their median), usually buys it
every median-gap days; the next time is the last one plus that gap. The till's customer card shows
"usually buys X every ~7 days, last 9 days ago"; the owner's list shows who is due this week.
"""
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from sqlmodel import Session

MIN_TIMES = 4
STEADY = 0.5  # median absolute deviation of the gaps / median gap
HISTORY_DAYS = 365


@dataclass(frozen=True)
class Habit:
    customer_id: str
    customer_name: str
    product_id: str
    product_name: str
    every_days: int
    last_bought: date
    times: int
    qty_milli: int = 1000  # what they usually take each time (median): pieces or grams in thousandths

    @property
    def next_date(self) -> date:
        return self.last_bought + timedelta(days=self.every_days)

    def days_since(self, today: date) -> int:
        return (today - self.last_bought).days


def _habit(cid: str, cname: str, pid: str, pname: str, days: list[int], qtys: list[int]) -> Habit | None:
    days = sorted(set(days))
    if len(days) < MIN_TIMES:
        return None
    gaps = [b - a for a, b in zip(days, days[1:])]
    gap = median(gaps)
    if gap < 1 or median(abs(g - gap) for g in gaps) > STEADY * gap:
        return None
    return Habit(cid, cname, pid, pname, round(gap), date.fromordinal(days[-1]), len(days), int(median(qtys)))


def _habits(session: Session, where: str, params: tuple, today: date) -> list[Habit]:
    since = (today - timedelta(days=HISTORY_DAYS)).isoformat()
    rows = session.connection().exec_driver_sql(
        "SELECT s.customer_id, c.name, l.product_id, p.name, substr(s.completed_at, 1, 10), l.qty_milli "
        "FROM sale s JOIN saleline l ON l.sale_id = s.id JOIN customer c ON c.id = s.customer_id "
        "JOIN product p ON p.id = l.product_id "
        f"WHERE s.kind = 'sale' AND s.completed_at >= ? AND c.erased_at IS NULL AND {where}", (since, *params))
    grouped: dict[tuple, list[int]] = {}
    quantities: dict[tuple, list[int]] = {}
    names = {}
    for cid, cname, pid, pname, day, qty in rows:
        grouped.setdefault((cid, pid), []).append(date.fromisoformat(day).toordinal())
        quantities.setdefault((cid, pid), []).append(qty)
        names[(cid, pid)] = (cname, pname)
    habits = [_habit(cid, names[(cid, pid)][0], pid, names[(cid, pid)][1], days, quantities[(cid, pid)])
              for (cid, pid), days in grouped.items()]
    return [h for h in habits if h is not None]


def customer_habits(session: Session, customer_id: str, today: date) -> list[Habit]:
    """What this customer buys at a rhythm, the most regular first (the till's card)."""
    habits = _habits(session, "s.customer_id = ?", (customer_id,), today)
    return sorted(habits, key=lambda h: (-h.times, h.every_days))


def due(session: Session, today: date, within_days: int = 7, overdue_days: int = 7) -> list[Habit]:
    """Every steady habit whose next date falls from `overdue_days` ago to `within_days` ahead, soonest first.

    Only customers who bought in the last year are read (the sale index by customer serves it).
    """
    habits = _habits(session, "s.customer_id IS NOT NULL", (), today)
    start, end = today - timedelta(days=overdue_days), today + timedelta(days=within_days)
    return sorted((h for h in habits if start <= h.next_date <= end), key=lambda h: (h.next_date, h.customer_name))


def reserve_usual(session: Session, habit: Habit, user, till_id: str, today: date):
    """One click: what they usually take, put aside for the day they are expected (today if already late)."""
    from shop import reservations

    pickup = max(habit.next_date, today)
    return reservations.reserve(session, habit.customer_id, [(habit.product_id, habit.qty_milli)], pickup, user, till_id,
                                note=habit.product_name)
