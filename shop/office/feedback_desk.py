"""The feedback desk: notes, follow-ups, what each product's complaints and returns say, and the NPS.

Used by the back office's Feedback and NPS pages, by the till's note dialog and by the reminder of
due follow-ups after sign-in: each method is one transaction (see shop/office/__init__.py).
"""
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session

from db.models import FollowUp, User
from shop import feedback, nps, product_list, users
from shop.feedback import NoteRow, ProductFeedback, ProductSummary
from shop.nps import DetractorComment, NpsFigure
from shop.office.desk import Desk
from shop.product_list import ProductRow
from shop.settings import load_settings


@dataclass(frozen=True)
class FollowUpDraft:
    text: str
    due: date
    assignee_id: str
    priority: str = "normal"


@dataclass(frozen=True)
class NpsView:
    overall: NpsFigure
    months: list[NpsFigure]
    comments: list[DetractorComment]


class FeedbackDesk(Desk):
    def notes(self, status: str | None = None, category: str | None = None) -> list[NoteRow]:
        return self._read(feedback.notes, status=status, category=category)

    def take_note(self, category: str, text: str, customer_id: str | None = None, product_id: str | None = None,
                  follow_up: FollowUpDraft | None = None, source: str = "till") -> str:
        """The note, and its follow-up if one is asked for, kept together or not at all; the note's id."""
        def work(session: Session) -> str:
            note = feedback.take_note(session, category, text, self.signed_in, customer_id, product_id, source)
            if follow_up is not None:
                self._add(session, follow_up, note.id, customer_id)
            return note.id
        return self._write(work)

    def resolve(self, note_id: str) -> None:
        self._write(feedback.resolve_note, note_id, self.signed_in)

    def follow_ups(self, include_done: bool = False) -> list[FollowUp]:
        return self._read(feedback.follow_ups, include_done)

    def add_follow_up(self, draft: FollowUpDraft, feedback_id: str | None = None, customer_id: str | None = None) -> str:
        return self._write(lambda session: self._add(session, draft, feedback_id, customer_id).id)

    def _add(self, session: Session, draft: FollowUpDraft, feedback_id: str | None, customer_id: str | None) -> FollowUp:
        assignee = session.get(User, draft.assignee_id)
        if assignee is None:
            raise feedback.FeedbackInvalid("assignee")
        return feedback.add_follow_up(session, draft.text, draft.due, assignee, self.signed_in, draft.priority,
                                      feedback_id, customer_id)

    def finish(self, task_id: str) -> None:
        self._write(feedback.finish_follow_up, task_id, self.signed_in)

    def due_now(self) -> list[FollowUp]:
        """What the signed-in person must do by today in the shop's time zone (the reminder after sign-in)."""
        def work(session: Session) -> list[FollowUp]:
            today = datetime.now(ZoneInfo(load_settings(session).timezone)).date()
            return feedback.due_for(session, self.signed_in, today)
        return self._read(work)

    def staff(self) -> list[User]:
        """Who a follow-up can be given to."""
        return self._read(users.active_users)

    def find_products(self, text: str, limit: int = 30) -> list[ProductRow]:
        return self._read(product_list.filter_products, text, limit=limit, active_only=True)[1]

    def products_to_watch(self) -> list[ProductSummary]:
        return self._read(feedback.products_to_watch)

    def product_feedback(self, product_id: str) -> ProductFeedback:
        return self._read(feedback.product_feedback, product_id)

    def nps(self) -> NpsView:
        return self._read(lambda session: NpsView(nps.overall(session), nps.by_month(session), nps.detractor_comments(session)))
