"""Report periods in the shop's calendar: a day, week, month, year or custom range, and what it is compared with.

A period is whole local days, first..last inclusive; its UTC bounds follow the shop's time zone.
Compared with the period just before it of the same kind (the previous week, month, year; a day or
custom range: the same number of days) and with the same period last year (a day or week: 52 weeks
before, so weekdays line up as shops compare them; a month or year: the same calendar one).
"""
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

KINDS = ("day", "week", "month", "year", "custom")


@dataclass(frozen=True)
class Period:
    kind: str
    first: date
    last: date  # inclusive

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if self.last < self.first:
            raise ValueError("a period cannot end before it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def bounds(self, tz: str) -> tuple[datetime, datetime]:
        """[start, end) as aware datetimes: local midnight of the first day to that after the last."""
        zone = ZoneInfo(tz)
        return (datetime.combine(self.first, time(), zone),
                datetime.combine(self.last + timedelta(days=1), time(), zone))

    def previous(self) -> "Period":
        if self.kind == "month":
            return month_of(self.first - timedelta(days=1))
        if self.kind == "year":
            return year_of(date(self.first.year - 1, 1, 1))
        return replace(self, first=self.first - timedelta(days=self.days), last=self.first - timedelta(days=1))

    def last_year(self) -> "Period":
        if self.kind in ("day", "week"):
            return replace(self, first=self.first - timedelta(weeks=52), last=self.last - timedelta(weeks=52))
        return replace(self, first=_year_before(self.first), last=_year_before(self.last))

    def days_list(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.days)]


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return date(day.year - 1, 2, 28)


def day_of(day: date) -> Period:
    return Period("day", day, day)


def week_of(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return Period("week", monday, monday + timedelta(days=6))


def month_of(day: date) -> Period:
    first = day.replace(day=1)
    following = first.replace(year=first.year + (first.month == 12), month=first.month % 12 + 1)
    return Period("month", first, following - timedelta(days=1))


def year_of(day: date) -> Period:
    return Period("year", date(day.year, 1, 1), date(day.year, 12, 31))


def custom(first: date, last: date) -> Period:
    return Period("custom", first, last)


def period_of(kind: str, day: date) -> Period:
    """The day, week, month or year holding `day`."""
    makers = {"day": day_of, "week": week_of, "month": month_of, "year": year_of}
    if kind not in makers:
        raise ValueError(f"unknown period kind {kind!r}")
    return makers[kind](day)
