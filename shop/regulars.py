"""The regulars: who brings the takings (ranking, Pareto curve), RFM segments in plain words, and who
is slipping away by their own rhythm.

All of it reads a segments.Snapshot (one pass over the sales, column arrays), so it is as fast as
a segment filter. RFM scores are 1..5 by quintile (of mid-rank percentiles) among customers who came at least once:
recency (days since the last visit, fewer is better), frequency (visits ever) and monetary (spend
in the period). Ties get the same score, so 5,000 one-visit customers never split across scores.
"""
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from sqlmodel import Session

from shop.segments import NO_DAY, Snapshot

# Named segments, in the order they are tested and shown: the first rule a customer meets names them.
RFM_SEGMENTS = ("champions", "loyal", "new", "promising", "at_risk", "slipping_away", "lost")


@dataclass(frozen=True)
class ParetoCurve:
    points: list[tuple[float, float]]  # (share of customers, share of their takings), 0..1, biggest first
    top_share: float  # share of the customers' takings brought by the top 20 %
    top_fraction: float = 0.2


def pareto(snapshot: Snapshot, fraction: float = 0.2, steps: int = 100) -> ParetoCurve:
    """Customers who spent in the period, biggest first, against the cumulative share of what they spent."""
    spend = np.sort(snapshot.spend[snapshot.spend > 0])[::-1]
    if not len(spend):
        return ParetoCurve([(0.0, 0.0), (1.0, 1.0)], 0.0, fraction)
    cumulative = np.cumsum(spend) / spend.sum()
    n = len(spend)
    points = [(0.0, 0.0)] + [(k / steps, float(cumulative[max(0, int(np.ceil(k / steps * n)) - 1)]))
                             for k in range(1, steps + 1)]
    top = max(1, int(round(fraction * n)))
    return ParetoCurve(points, float(cumulative[top - 1]), fraction)


def _scores(values: np.ndarray, higher_better: bool = True) -> np.ndarray:
    """1..5 by quintile of each value's mid-rank percentile: equal values get equal scores."""
    if not len(values):
        return np.zeros(0, dtype=np.int64)
    values = values if higher_better else -values
    ordered = np.sort(values)
    percentile = (np.searchsorted(ordered, values, "left") + np.searchsorted(ordered, values, "right")) / (2 * len(values))
    return np.clip(1 + np.floor(5 * percentile).astype(np.int64), 1, 5)


@dataclass(frozen=True)
class Rfm:
    recency: np.ndarray  # per snapshot index; 0 for customers who never came
    frequency: np.ndarray
    monetary: np.ndarray
    segment: list[str | None]  # RFM_SEGMENTS name, None for never came


def rfm(snapshot: Snapshot) -> Rfm:
    n = len(snapshot)
    came = snapshot.last_visit != NO_DAY
    r, f, m = (np.zeros(n, dtype=np.int64) for _ in range(3))
    days = snapshot.today.toordinal() - snapshot.last_visit[came]
    r[came] = _scores(days, higher_better=False)
    f[came] = _scores(snapshot.visits_ever[came])
    m[came] = _scores(snapshot.spend[came])
    fm = (f + m + 1) // 2  # rounded half up
    names = np.full(n, None, dtype=object)
    rules = (
        ("champions", (r >= 4) & (fm >= 4) & (snapshot.visits_ever > 1)),
        ("new", (r >= 3) & (snapshot.visits_ever == 1)),
        ("loyal", (r >= 3) & (fm >= 3)),
        ("promising", r >= 3),
        ("at_risk", (r >= 1) & (r <= 2) & (fm >= 4)),
        ("slipping_away", r == 2),
        ("lost", r == 1),
    )
    for name, rule in rules:
        names[(names == None) & came & rule] = name  # noqa: E711 (numpy: elementwise)
    return Rfm(r, f, m, names.tolist())


def rfm_counts(snapshot: Snapshot, scores: Rfm) -> dict[str, tuple[int, int]]:
    """Segment name -> (customers, spend in the period), every name present."""
    result = {name: (0, 0) for name in RFM_SEGMENTS}
    names = np.array(scores.segment, dtype=object)
    for name in RFM_SEGMENTS:
        mask = names == name
        result[name] = (int(mask.sum()), int(snapshot.spend[mask].sum()))
    return result


def rfm_mask(scores: Rfm, name: str) -> np.ndarray:
    return np.array(scores.segment, dtype=object) == name


# --- slipping away, by each customer's own rhythm ---------------------------------------------
MIN_VISITS = 3
LATE_FACTOR = 2.0  # away for more than twice their usual gap
MIN_LATE_DAYS = 14  # a weekly customer who missed one week is not slipping yet


@dataclass(frozen=True)
class Rhythm:
    customer_id: str
    usual_gap_days: float  # median days between their visits
    last_visit: date
    days_away: int
    overdue: float  # days away / usual gap

    @property
    def expected(self) -> date:
        return self.last_visit + timedelta(days=round(self.usual_gap_days))


def visit_days(session: Session, since: date | None = None) -> dict[str, list[int]]:
    """Customer id -> the ordinals of the days they came (one per day), oldest first."""
    sql = ("SELECT customer_id, substr(completed_at, 1, 10) FROM sale INDEXED BY ix_sale_customer_kind_at "
           "WHERE customer_id IS NOT NULL AND kind = 'sale'" + (" AND completed_at >= ?" if since else "") +
           " GROUP BY customer_id, substr(completed_at, 1, 10) ORDER BY customer_id, 2")
    days: dict[str, list[int]] = {}
    for cid, day in session.connection().exec_driver_sql(sql, (since.isoformat(),) if since else ()):
        days.setdefault(cid, []).append(date.fromisoformat(day).toordinal())
    return days


def rhythms(session: Session, snapshot: Snapshot, history_days: int = 730) -> list[Rhythm]:
    """Every regular (MIN_VISITS days or more in the history) with their usual gap and how late they are."""
    today = snapshot.today.toordinal()
    result = []
    for cid, days in visit_days(session, snapshot.today - timedelta(days=history_days)).items():
        if len(days) < MIN_VISITS or cid not in snapshot.index:
            continue
        gap = float(np.median(np.diff(days)))
        away = today - days[-1]
        result.append(Rhythm(cid, gap, date.fromordinal(days[-1]), away, away / gap if gap else 0.0))
    return result


def slipping_away(rhythms_: list[Rhythm], lost_after: float = 8.0) -> list[Rhythm]:
    """Regulars away for more than twice their own usual gap (and two weeks), not yet long gone;
    the most overdue first."""
    late = [r for r in rhythms_ if r.days_away > max(LATE_FACTOR * r.usual_gap_days, MIN_LATE_DAYS)
            and r.overdue <= lost_after]
    return sorted(late, key=lambda r: -r.overdue)


def fixed_rule(snapshot: Snapshot, days: int = 60) -> np.ndarray:
    """The rule of thumb ours is compared with: came once, but not in the last `days`."""
    last = snapshot.last_visit
    return (last != NO_DAY) & (last <= snapshot.today.toordinal() - days)
