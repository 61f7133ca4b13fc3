"""The export's period: whole days in the shop's time zone, and their UTC bounds for the queries."""
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from shop.exports.errors import BadDate, PeriodReversed

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Period:
    start: date  # first day, included
    end: date  # last day, included

    def __post_init__(self):
        if self.start > self.end:
            raise PeriodReversed(self.start, self.end)

    def utc_bounds(self, timezone: str) -> tuple[str, str]:
        """[from, to) as the stored UTC ISO text: local midnight of the first day and of the day after the last."""
        zone = ZoneInfo(timezone)
        low = datetime.combine(self.start, time(), zone)
        high = datetime.combine(self.end + timedelta(days=1), time(), zone)
        utc = ZoneInfo("UTC")
        return low.astimezone(utc).isoformat(timespec="microseconds"), high.astimezone(utc).isoformat(timespec="microseconds")

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def slug(self) -> str:
        """The period in a folder name: 2026-11 for a calendar month, else 2026-11-03_2026-11-17."""
        if self.start.day == 1 and self.end == month_of(self.start).end:
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def parse_date(text: str) -> date:
    """A date as YYYY-MM-DD (the one unambiguous way across the four countries); BadDate otherwise."""
    text = (text or "").strip()
    if not _ISO_DATE.match(text):
        raise BadDate(text)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadDate(text) from None


def parse_period(start: str, end: str) -> Period:
    return Period(parse_date(start), parse_date(end))


def month_of(day: date) -> Period:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return Period(day.replace(day=1), following - timedelta(days=1))


def this_month(today: date) -> Period:
    """From the first of this month to today."""
    return Period(today.replace(day=1), today)


def last_month(today: date) -> Period:
    return month_of(today.replace(day=1) - timedelta(days=1))
