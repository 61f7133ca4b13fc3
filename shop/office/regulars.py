"""The regulars desk: who the regulars are, who is slipping away, who is due, birthdays, next week's forecast."""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session

from db.models import User
from shop import birthdays, due, forecast, insight, regulars, segments
from shop.birthdays import BirthdayPerson, BirthdayReward
from shop.due import Habit
from shop.forecast import ProductForecast
from shop.insight import Scores
from shop.office.desk import Desk
from shop.regulars import Rfm, Rhythm
from shop.segments import Snapshot


@dataclass(frozen=True)
class RegularsFigures:
    """Everything the regulars page shows, read from one snapshot of the history."""

    snapshot: Snapshot
    rfm: Rfm
    rhythms: list[Rhythm]
    due: list[Habit]
    scores: Scores
    forecasts: list[ProductForecast]
    forecast_error: float | None


class RegularsDesk(Desk):
    def __init__(self, engine: Engine, user: User | None, till_id: str = ""):
        super().__init__(engine, user)
        self.till_id = till_id

    def figures(self, since: date, today: date) -> RegularsFigures:
        """Seconds on 200,000 customers: call it off the UI thread."""
        def work(session: Session) -> RegularsFigures:
            snapshot = segments.load_customers(session, since, today, today)
            return RegularsFigures(snapshot, regulars.rfm(snapshot), regulars.rhythms(session, snapshot),
                                   due.due(session, today), insight.score(session, today),
                                   forecast.next_week(session, today), forecast.past_error(session, today))
        return self._read(work)

    def birthdays(self, first: date, last: date) -> list[BirthdayPerson]:
        return self._read(birthdays.birthdays_between, first, last)

    def give_birthday_rewards(self, people: list[BirthdayPerson]) -> list[tuple[str, BirthdayReward]]:
        """Each person's reward, given once a year (`new` false if they had it already)."""
        return self._write(birthdays.issue_birthday_rewards, people)

    def reserve_usual(self, habit: Habit, today: date) -> date:
        """The habit's product put aside for the day the customer is expected: the pickup day."""
        return self._write(due.reserve_usual, habit, self.signed_in, self.till_id, today).pickup_date
