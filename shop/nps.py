"""Net Promoter Score from the customers' answers on the loyalty page (pulled from the server).

NPS = % promoters (9-10) - % detractors (0-6), from -100 to 100. Its 95 % interval treats each
answer as +1, 0 or -1: the mean of those is the NPS, and the multinomial gives the variance of
one answer, p_P + p_D - (p_P - p_D)^2, so the NPS's standard error is the square root of that
over n. With few answers the interval is wide, and the owner sees it: a month of twelve answers
does not say the shop got worse.
"""
import math
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from db.models import Customer, NpsAnswer
from shop.settings import load_settings

Z95 = 1.959963984540054
PROMOTER_MIN, DETRACTOR_MAX = 9, 6


@dataclass(frozen=True)
class NpsFigure:
    period: str  # "2026-11", or "all"
    promoters: int
    passives: int
    detractors: int

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> float | None:
        """The NPS, -100 to 100; None without answers."""
        if not self.answers:
            return None
        return 100 * (self.promoters - self.detractors) / self.answers

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95 % interval (normal approximation), kept within -100 and 100."""
        n = self.answers
        if not n:
            return None
        p, d = self.promoters / n, self.detractors / n
        half = Z95 * math.sqrt((p + d - (p - d) ** 2) / n)
        return max(-100.0, 100 * (p - d - half)), min(100.0, 100 * (p - d + half))


@dataclass(frozen=True)
class DetractorComment:
    answered_at: str
    score: int
    comment: str
    customer_name: str


def figure(scores: list[int], period: str = "all") -> NpsFigure:
    return NpsFigure(period, sum(1 for s in scores if s >= PROMOTER_MIN),
                     sum(1 for s in scores if DETRACTOR_MAX < s < PROMOTER_MIN),
                     sum(1 for s in scores if s <= DETRACTOR_MAX))


def _month(answered_at: str, zone: ZoneInfo) -> str:
    moment = datetime.fromisoformat(answered_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(zone).strftime("%Y-%m")


def by_month(session: Session, since: str | None = None) -> list[NpsFigure]:
    """One figure per month (in the shop's time zone) that has answers, oldest first."""
    zone = ZoneInfo(load_settings(session).timezone)
    query = select(NpsAnswer.answered_at, NpsAnswer.score)
    if since:
        query = query.where(NpsAnswer.answered_at >= since)
    months: dict[str, list[int]] = {}
    for answered_at, score in session.exec(query):
        months.setdefault(_month(answered_at, zone), []).append(score)
    return [figure(scores, month) for month, scores in sorted(months.items())]


def overall(session: Session, since: str | None = None) -> NpsFigure:
    query = select(NpsAnswer.score)
    if since:
        query = query.where(NpsAnswer.answered_at >= since)
    return figure(list(session.exec(query)))


def detractor_comments(session: Session, limit: int = 200) -> list[DetractorComment]:
    """What the unhappy customers wrote, newest first (each is also an open feedback note to follow up)."""
    rows = session.exec(select(NpsAnswer.answered_at, NpsAnswer.score, NpsAnswer.comment, Customer.name)
                        .outerjoin(Customer, Customer.id == NpsAnswer.customer_id)
                        .where(NpsAnswer.score <= DETRACTOR_MAX, NpsAnswer.comment != "")
                        .order_by(NpsAnswer.answered_at.desc()).limit(limit)).all()
    return [DetractorComment(at, score, comment, name or "") for at, score, comment, name in rows]
