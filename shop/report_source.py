"""The rows a report sums for a span of time: report-total buckets inside it, sale rows at its edges.

`rows_sql(table, start, end, till)` gives SQL (and its parameters) producing the rows of one
db/report_totals.py table for [start, end) with a `sign` column: a report sums `sign * column`.
Two ways to cover a span, whichever reads fewer rows: the buckets wholly inside it plus the sale
rows at its ragged edges; or, for the tables kept over all time, everything less what lies outside.
"""
from datetime import datetime, timedelta, timezone

from sqlmodel import Session

from db import report_totals

UTC = timezone.utc
COST = {"year": 12, "month": 1, "raw_day": 0.3, "all": 40}


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _month_start(t: datetime) -> datetime:
    return t.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _next_month(t: datetime) -> datetime:
    return _month_start(t.replace(year=t.year + (t.month == 12), month=t.month % 12 + 1, day=1))


def cover(start: datetime, end: datetime) -> tuple[list[str], list[tuple[datetime, datetime]]]:
    """Year and month buckets wholly inside [start, end) and the spans of time left over."""
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    buckets, raw, t = [], [], start
    while t < end:
        if t != _month_start(t):
            edge = min(_next_month(t), end)
            raw.append((t, edge))
            t = edge
        elif t.month == 1 and t.replace(year=t.year + 1) <= end:
            buckets.append(f"{t.year:04d}")
            t = t.replace(year=t.year + 1)
        elif _next_month(t) <= end:
            buckets.append(f"{t.year:04d}-{t.month:02d}")
            t = _next_month(t)
        else:
            raw.append((t, end))
            t = end
    return buckets, raw


def _cost(buckets: list[str], raw: list[tuple[datetime, datetime]]) -> float:
    days = sum((b - a).total_seconds() for a, b in raw) / 86400
    return sum(COST["year"] if len(b) == 4 else COST["month"] for b in buckets) + COST["raw_day"] * days


def sales_span(session: Session) -> tuple[datetime, datetime] | None:
    """First sale and just after the last one (UTC), or None in a shop that never sold."""
    first, last = session.connection().exec_driver_sql(
        "SELECT (SELECT min(completed_at) FROM sale), (SELECT max(completed_at) FROM sale)").one()  # each off the index
    if first is None:
        return None
    return datetime.fromisoformat(first), datetime.fromisoformat(last) + timedelta(microseconds=1)


def aligned(start: datetime, end: datetime, span: tuple[datetime, datetime]) -> tuple[datetime, datetime]:
    """[start, end) moved, where nothing was sold, to year boundaries: the same sales, fewer rows to read.

    A period from before the first sale may as well start at that sale's new year (nothing was sold
    between); one ending after the last sale may as well end at the next new year.
    """
    first, last = span[0].astimezone(UTC), span[1].astimezone(UTC)
    if start <= first:
        start = first.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    if end >= last:
        month = _next_month(last - timedelta(microseconds=1))
        end = month if month.month == 1 else month.replace(year=month.year + 1, month=1)
    return start, max(start, end)


def rows_sql(session: Session, table: str, start: datetime, end: datetime, till: str | None = None) -> tuple[str, list]:
    """SQL of `table`'s rows for [start, end) (and one till), with a leading `sign` column."""
    keys, sums = report_totals.TABLES[table]
    columns = ", ".join(keys + sums)
    span = sales_span(session)
    if span is not None:
        start, end = aligned(start, end, span)
    if span is None or start >= end:
        return f"SELECT 1 AS sign, {columns} FROM {table} WHERE false", []
    if table == "reporthour":
        return _hours(start, end, till, columns)
    parts, params = [], []

    def add(sign: int, buckets: list[str], raw: list[tuple[datetime, datetime]]) -> None:
        if buckets:
            marks = ", ".join("?" * len(buckets))
            parts.append(f"SELECT {sign} AS sign, {columns} FROM {table} WHERE bucket IN ({marks})"
                         + (" AND till_id = ?" if till else ""))
            params.extend(buckets + ([till] if till else []))
        for a, b in raw:
            where = "s.completed_at >= ? AND s.completed_at < ?" + (" AND s.till_id = ?" if till else "")
            parts.append(f"SELECT {sign}, * FROM ({report_totals.source(table, repr('edge'), where)})")
            params.extend(([stamp(a), stamp(b)] + ([till] if till else [])) * (2 if table == "reporttotal" else 1))

    inside = cover(start, end)
    keeps_all = report_totals.ALL_TIME in report_totals.BUCKETS[table]
    if keeps_all:
        everything = aligned(datetime(1970, 1, 1, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC), span)
        before, after = cover(everything[0], start), cover(end, everything[1])
        outside_cost = COST["all"] + _cost(*before) + _cost(*after)
        if outside_cost < _cost(*inside):
            add(1, ["*"], [])
            add(-1, *before)
            add(-1, *after)
            return _named(table, columns, parts), params
    add(1, *inside)
    return _named(table, columns, parts), params


def _named(table: str, columns: str, parts: list[str]) -> str:
    """The union, its columns named by a first select of no rows (a compound takes its first select's names)."""
    return " UNION ALL ".join([f"SELECT 1 AS sign, {columns} FROM {table} WHERE false"] + parts)


def _hours(start: datetime, end: datetime, till: str | None, columns: str) -> tuple[str, list]:
    """Hour buckets by range (there are many), sale rows for the part hours at either end."""
    first = start.replace(minute=0, second=0, microsecond=0)
    if first < start:
        first += timedelta(hours=1)
    last = end.replace(minute=0, second=0, microsecond=0)
    till_where = " AND till_id = ?" if till else ""
    parts, params = [], []
    if first < last:
        parts.append(f"SELECT 1 AS sign, {columns} FROM reporthour WHERE bucket >= ? AND bucket < ?{till_where}")
        params += [stamp(first)[:13], stamp(last)[:13]] + ([till] if till else [])
    for a, b in ((start, min(first, end)), (max(last, start), end)) if first < last else ((start, end),):
        if a < b:
            where = "s.completed_at >= ? AND s.completed_at < ?" + (" AND s.till_id = ?" if till else "")
            parts.append(f"SELECT 1, * FROM ({report_totals.source('reporthour', report_totals.HOUR, where)})")
            params += ([stamp(a), stamp(b)] + ([till] if till else [])) * 2
    return _named("reporthour", columns, parts), params
