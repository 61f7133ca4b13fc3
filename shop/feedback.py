"""Feedback notes and follow-ups: what customers said, and what the team must do about it.

A note (complaint, praise, request) names a customer and/or a product and stays open until someone
resolves it; a follow-up is a task with a due day, a priority and the person who does it, shown to
that person when they sign in. Both are shop data every till and the back office see: each write
goes to the outbox with the change (shop/sync_feedback.py applies what other tills wrote).
Resolving and finishing are final, which is what lets two tills' copies merge without a clock.
"""
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from db.ids import utc_now
from db.models import Customer, FeedbackNote, FollowUp, Product, Sale, SaleLine, User
from shop import outbox
from shop.errors import ShopError
from syncwire import messages as m
from syncwire.validate import FEEDBACK_CATEGORIES, PRIORITIES
from syncwire.checks import NAME_LIMIT, NOTE_LIMIT

CATEGORIES = FEEDBACK_CATEGORIES  # complaint, praise, request
SOURCES = ("till", "back_office", "nps")


@dataclass
class FeedbackInvalid(ShopError):
    """What was typed cannot be kept: `field` is text | category | priority | assignee | due_date."""

    field: str
    limit: int = 0


@dataclass
class FeedbackNotFound(ShopError):
    record_id: str


@dataclass(frozen=True)
class NoteRow:
    note: FeedbackNote
    customer_name: str
    product_name: str


@dataclass(frozen=True)
class ReturnReason:
    receipt_number: str
    at: str
    qty_milli: int  # returned, positive
    reason: str


@dataclass(frozen=True)
class ProductFeedback:
    """Per product, the complaints and the return reasons together: two views of one problem."""

    product_id: str
    product_name: str
    complaints: list[FeedbackNote]
    returns: list[ReturnReason]


def _text(value: str, field: str = "text", limit: int = NOTE_LIMIT) -> str:
    value = (value or "").strip()
    if not value:
        raise FeedbackInvalid(field)
    if len(value) > limit:
        raise FeedbackInvalid(field, limit)
    return value


def note_payload(note: FeedbackNote) -> dict:
    return note.model_dump()


def follow_up_payload(task: FollowUp) -> dict:
    data = task.model_dump()
    data["due_date"] = task.due_date.isoformat()
    return data


def take_note(session: Session, category: str, text: str, author: User | None, customer_id: str | None = None,
              product_id: str | None = None, source: str = "till") -> FeedbackNote:
    """Keep a new open note and queue it for the other tills."""
    if category not in CATEGORIES:
        raise FeedbackInvalid("category")
    if source not in SOURCES:
        raise ValueError(f"unknown feedback source {source!r}")
    note = FeedbackNote(category=category, text=_text(text), customer_id=customer_id or None,
                        product_id=product_id or None, source=source,
                        author_id=author.id if author else None, author_name=author.name if author else "")
    session.add(note)
    outbox.enqueue(session, m.FEEDBACK, note.id, note_payload(note))
    return note


def resolve_note(session: Session, note_id: str, by: User) -> FeedbackNote:
    """Mark a note resolved (again is a no-op: the first resolution stays)."""
    note = session.get(FeedbackNote, note_id)
    if note is None:
        raise FeedbackNotFound(note_id)
    if note.status != "resolved":
        note.status, note.resolved_by, note.resolved_at = "resolved", by.name, utc_now()
        session.add(note)
        outbox.enqueue(session, m.FEEDBACK, note.id, note_payload(note))
    return note


def notes(session: Session, status: str | None = None, category: str | None = None,
          product_id: str | None = None, customer_id: str | None = None, limit: int = 500) -> list[NoteRow]:
    """The owner's list, newest first, with the names of what each note is about."""
    query = (select(FeedbackNote, Customer.name, Product.name)
             .outerjoin(Customer, Customer.id == FeedbackNote.customer_id)
             .outerjoin(Product, Product.id == FeedbackNote.product_id))
    if status:
        query = query.where(FeedbackNote.status == status)
    if category:
        query = query.where(FeedbackNote.category == category)
    if product_id:
        query = query.where(FeedbackNote.product_id == product_id)
    if customer_id:
        query = query.where(FeedbackNote.customer_id == customer_id)
    rows = session.exec(query.order_by(FeedbackNote.created_at.desc()).limit(limit)).all()
    return [NoteRow(note, customer or "", product or "") for note, customer, product in rows]


def add_follow_up(session: Session, text: str, due: date, assignee: User, author: User | None,
                  priority: str = "normal", feedback_id: str | None = None,
                  customer_id: str | None = None) -> FollowUp:
    """A task for `assignee` by `due`; queued for the other tills, where it shows by the person's name."""
    if priority not in PRIORITIES:
        raise FeedbackInvalid("priority")
    if not isinstance(due, date):
        raise FeedbackInvalid("due_date")
    task = FollowUp(text=_text(text), due_date=due, priority=priority, assignee_id=assignee.id,
                    assignee_name=_text(assignee.name, "assignee", NAME_LIMIT), feedback_id=feedback_id,
                    customer_id=customer_id, author_name=author.name if author else "")
    session.add(task)
    outbox.enqueue(session, m.FOLLOW_UP, task.id, follow_up_payload(task))
    return task


def finish_follow_up(session: Session, task_id: str, by: User) -> FollowUp:
    task = session.get(FollowUp, task_id)
    if task is None:
        raise FeedbackNotFound(task_id)
    if task.done_at is None:
        task.done_at, task.done_by = utc_now(), by.name
        session.add(task)
        outbox.enqueue(session, m.FOLLOW_UP, task.id, follow_up_payload(task))
    return task


def follow_ups(session: Session, include_done: bool = False) -> list[FollowUp]:
    """Everyone's tasks, soonest due first, high priority first within a day."""
    query = select(FollowUp)
    if not include_done:
        query = query.where(FollowUp.done_at.is_(None))
    tasks = session.exec(query.order_by(FollowUp.due_date, FollowUp.created_at)).all()
    rank = {p: i for i, p in enumerate(reversed(PRIORITIES))}
    return sorted(tasks, key=lambda t: (t.done_at is not None, t.due_date, rank.get(t.priority, 9)))


def due_for(session: Session, user: User, today: date) -> list[FollowUp]:
    """What this person must do by today (overdue included): shown at sign-in. A task made at another
    till names a user this till may not know by id, so the name (case aside) counts too."""
    open_tasks = session.exec(select(FollowUp).where(FollowUp.done_at.is_(None), FollowUp.due_date <= today)).all()
    name = user.name.strip().casefold()
    mine = [t for t in open_tasks if t.assignee_id == user.id or t.assignee_name.strip().casefold() == name]
    rank = {p: i for i, p in enumerate(reversed(PRIORITIES))}
    return sorted(mine, key=lambda t: (rank.get(t.priority, 9), t.due_date))


def product_feedback(session: Session, product_id: str) -> ProductFeedback:
    """The product's complaints and the reasons its items came back, newest first."""
    product = session.get(Product, product_id)
    complaints = session.exec(select(FeedbackNote).where(FeedbackNote.product_id == product_id,
                                                         FeedbackNote.category == "complaint")
                              .order_by(FeedbackNote.created_at.desc())).all()
    rows = session.exec(select(Sale.receipt_number, Sale.completed_at, SaleLine.qty_milli, Sale.reason)
                        .join(Sale, Sale.id == SaleLine.sale_id)
                        .where(SaleLine.product_id == product_id, Sale.kind == "refund")
                        .order_by(Sale.completed_at.desc())).all()
    returns = [ReturnReason(number, at, abs(qty), reason or "") for number, at, qty, reason in rows]
    return ProductFeedback(product_id, product.name if product else "", list(complaints), returns)


@dataclass(frozen=True)
class ProductSummary:
    product_id: str
    product_name: str
    complaints: int
    returns: int


def products_to_watch(session: Session, limit: int = 50) -> list[ProductSummary]:
    """Products with complaints or returns, most of both first: where the owner should look."""
    complaints = dict(session.exec(select(FeedbackNote.product_id, func.count()).where(
        FeedbackNote.category == "complaint", FeedbackNote.product_id.is_not(None)).group_by(FeedbackNote.product_id)).all())
    returns = dict(session.exec(select(SaleLine.product_id, func.count(func.distinct(Sale.id)))
                                .join(Sale, Sale.id == SaleLine.sale_id)
                                .where(Sale.kind == "refund", SaleLine.product_id.is_not(None))
                                .group_by(SaleLine.product_id)).all())
    ids = set(complaints) | set(returns)
    names = dict(session.exec(select(Product.id, Product.name).where(Product.id.in_(ids))).all()) if ids else {}
    rows = [ProductSummary(pid, names.get(pid, ""), complaints.get(pid, 0), returns.get(pid, 0)) for pid in ids]
    return sorted(rows, key=lambda r: (-(r.complaints + r.returns), r.product_name))[:limit]
