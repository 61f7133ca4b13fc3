"""What the shop will sell next week, per product and category, so the butcher knows what to order.

Each product's expected quantity on a day is its average on that weekday over the last WEEKS weeks
(days it sold nothing count as zero), times a season factor: how last year's same week compared with
the weeks before it (clipped, 1 when there is no last year). What is already reserved for pickup in
the week is added. How far off this has been is measured by making the same forecast for each of the
last BACKTEST weeks from the data before it and comparing with what was sold (weighted absolute
percentage error: the sum of misses over the sum sold).
"""
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

WEEKS = 8
BACKTEST = 4
SEASON_CLIP = (0.5, 2.0)


@dataclass(frozen=True)
class ProductForecast:
    product_id: str
    name: str
    category: str
    unit: str
    expected_milli: int  # thousandths: pieces or grams
    reserved_milli: int


def _sold(session: Session, first: date, last: date) -> dict[str, dict[date, int]]:
    """Product id -> day -> quantity sold (refunds deducted), from `first` to `last` inclusive."""
    rows = session.connection().exec_driver_sql(
        "SELECT l.product_id, substr(s.completed_at, 1, 10), sum(l.qty_milli * CASE WHEN s.kind = 'refund' THEN -1 ELSE 1 END) "
        "FROM sale s INDEXED BY ix_sale_completed_at JOIN saleline l ON l.sale_id = s.id "
        "WHERE s.completed_at >= ? AND s.completed_at < ? AND l.product_id IS NOT NULL "
        "GROUP BY l.product_id, substr(s.completed_at, 1, 10)",
        (first.isoformat(), (last + timedelta(days=1)).isoformat()))
    sold: dict[str, dict[date, int]] = defaultdict(dict)
    for pid, day, qty in rows:
        sold[pid][date.fromisoformat(day)] = qty
    return sold


def _week_total(days: dict[date, int], first: date) -> int:
    return sum(days.get(first + timedelta(days=d), 0) for d in range(7))


def forecast_quantities(session: Session, start: date) -> dict[str, int]:
    """Product id -> expected quantity over the 7 days from `start`, from what was sold before `start`."""
    history_from = start - timedelta(weeks=WEEKS)
    recent = _sold(session, history_from, start - timedelta(days=1))
    year_ago = start - timedelta(weeks=52)
    last_year = _sold(session, year_ago - timedelta(weeks=WEEKS), year_ago + timedelta(days=6))
    expected = {}
    for pid, days in recent.items():
        by_weekday = defaultdict(int)
        for day, qty in days.items():
            by_weekday[day.weekday()] += qty
        week = sum(by_weekday[(start + timedelta(days=d)).weekday()] / WEEKS for d in range(7))
        season = 1.0
        before = last_year.get(pid)
        if before:
            then = _week_total(before, year_ago)
            usual = sum(_week_total(before, year_ago - timedelta(weeks=k)) for k in range(1, WEEKS + 1)) / WEEKS
            if usual > 0:
                season = min(max(then / usual, SEASON_CLIP[0]), SEASON_CLIP[1])
        if week * season > 0:
            expected[pid] = round(week * season)
    return expected


def _reserved(session: Session, start: date) -> dict[str, int]:
    rows = session.connection().exec_driver_sql(
        "SELECT l.product_id, sum(l.qty_milli) FROM reservation r JOIN reservationline l ON l.reservation_id = r.id "
        "WHERE r.status IN ('open', 'ready') AND r.pickup_date >= ? AND r.pickup_date < ? GROUP BY l.product_id",
        (start.isoformat(), (start + timedelta(days=7)).isoformat()))
    return {pid: qty for pid, qty in rows}


def next_week(session: Session, today: date) -> list[ProductForecast]:
    """The 7 days after today: every product expected to sell or reserved, the most expected first."""
    start = today + timedelta(days=1)
    expected, reserved = forecast_quantities(session, start), _reserved(session, start)
    ids = set(expected) | set(reserved)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    names = {pid: (name, cat or "", unit) for pid, name, cat, unit in session.connection().exec_driver_sql(
        f"SELECT p.id, p.name, c.name, p.unit FROM product p LEFT JOIN category c ON c.id = p.category_id "
        f"WHERE p.id IN ({marks})", tuple(ids))}
    result = [ProductForecast(pid, *names[pid], expected.get(pid, 0) + reserved.get(pid, 0), reserved.get(pid, 0))
              for pid in ids if pid in names]
    return sorted(result, key=lambda f: (-f.expected_milli, f.name))


def by_category(forecasts: list[ProductForecast]) -> dict[str, int]:
    """Category name -> expected quantity (pieces and kilograms added as they are: a rough total)."""
    totals: dict[str, int] = defaultdict(int)
    for f in forecasts:
        totals[f.category] += f.expected_milli
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


def past_error(session: Session, today: date, weeks: int = BACKTEST) -> float | None:
    """How far off the forecast was over the last `weeks` weeks: sum of |forecast - sold| / sum sold (None: no sales)."""
    missed = sold_total = 0
    for k in range(weeks, 0, -1):
        start = today - timedelta(weeks=k) + timedelta(days=1)
        predicted = forecast_quantities(session, start)
        actual = {pid: _week_total(days, start) for pid, days in _sold(session, start, start + timedelta(days=6)).items()}
        for pid in set(predicted) | set(actual):
            missed += abs(predicted.get(pid, 0) - actual.get(pid, 0))
        sold_total += sum(actual.values())
    return missed / sold_total if sold_total > 0 else None
