"""Who is still a customer: the BG/NBD model (shop/bgnbd.py) fitted on the shop's own history and
scored for every customer: the chance they are still active, the visits to expect in the next 90
days, and a customer lifetime value (expected visits in a year x their average visit).

One pass over the sales (the covering index of migration 0007), numpy for the rest: all 200,000
customers of the large demo shop in a few seconds, meant to run off the UI thread.
"""
import csv
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from sqlmodel import Session

from shop import bgnbd

WEEK = 7.0
# "Slipping away": still within reach (came twice or more, within WITHIN_DAYS) and the model gives them less
# than this chance of still being a customer. Chosen on a simulated shop with a known truth (bench/insight.py,
# seed 1) where it beats the fixed 60-day rule's F1; checked on another seed.
SLIPPING_BELOW = 0.8
WITHIN_DAYS = 180


@dataclass
class Scores:
    ids: list[str]
    x: np.ndarray  # repeat visit days
    t_x: np.ndarray  # weeks from first to last visit
    T: np.ndarray  # weeks from first visit to today
    spend: np.ndarray  # minor units, all time
    params: bgnbd.Params | None  # None: too little history to fit
    p_alive: np.ndarray
    expected_90: np.ndarray  # visits in the next 90 days
    clv: np.ndarray  # minor units: expected visits in 365 days x average spend per visit

    def __post_init__(self):
        self.index = {cid: i for i, cid in enumerate(self.ids)}


def summaries(session: Session, today: date) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(ids, x, t_x, T, spend) of every customer not erased who came at least once before today."""
    rows = session.connection().exec_driver_sql(
        "SELECT s.customer_id, count(DISTINCT substr(s.completed_at, 1, 10)), min(s.completed_at), max(s.completed_at), "
        " sum(s.total) FROM sale s INDEXED BY ix_sale_customer_kind_at JOIN customer c ON c.id = s.customer_id "
        "WHERE s.customer_id IS NOT NULL AND s.kind = 'sale' AND s.completed_at < ? AND c.erased_at IS NULL "
        "GROUP BY s.customer_id", ((today + timedelta(days=1)).isoformat(),)).fetchall()
    ids = [r[0] for r in rows]
    end = today.toordinal() + 1
    days = np.array([r[1] for r in rows], dtype=float)
    first = np.array([date.fromisoformat(r[2][:10]).toordinal() for r in rows], dtype=float)
    last = np.array([date.fromisoformat(r[3][:10]).toordinal() for r in rows], dtype=float)
    spend = np.array([r[4] for r in rows], dtype=np.int64)
    return ids, days - 1, (last - first) / WEEK, (end - first) / WEEK, spend


def score(session: Session, today: date) -> Scores:
    ids, x, t_x, T, spend = summaries(session, today)
    try:
        params = bgnbd.fit(x, t_x, T)
    except bgnbd.FitFailed:
        params = None
    if params is None:
        empty = np.full(len(ids), np.nan)
        return Scores(ids, x, t_x, T, spend, None, empty, empty, empty)
    alive = bgnbd.p_alive(params, x, t_x, T)
    next_90 = bgnbd.expected_visits(params, 90 / WEEK, x, t_x, T)
    per_visit = spend / (x + 1)
    clv = bgnbd.expected_visits(params, 365 / WEEK, x, t_x, T) * per_visit
    return Scores(ids, x, t_x, T, spend, params, alive, next_90, clv)


def slipping(scores: Scores) -> list[int]:
    """Indices of the customers slipping away by the model, the most valuable first (empty without a fit)."""
    if scores.params is None:
        return []
    away = (scores.T - scores.t_x) * WEEK
    flagged = (scores.x >= 1) & (away <= WITHIN_DAYS) & (scores.p_alive < SLIPPING_BELOW)
    where = np.flatnonzero(flagged)
    return where[np.argsort(-scores.spend[where], kind="stable")].tolist()


def fit_summary_file(path: Path) -> bgnbd.Params:
    """Fit on a CSV with columns frequency, recency, T (any others ignored): `bottega insight fit`."""
    with open(path, newline="", encoding="utf-8-sig") as source:
        rows = list(csv.DictReader(source))
    if not rows or not {"frequency", "recency", "T"} <= set(rows[0]):
        raise ValueError("the summary needs the columns frequency, recency, T")
    values = np.array([[float(r["frequency"]), float(r["recency"]), float(r["T"])] for r in rows])
    return bgnbd.fit(values[:, 0], values[:, 1], values[:, 2])
