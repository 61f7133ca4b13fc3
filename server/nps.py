"""The Net Promoter question on the loyalty page: asked once per visit, answered 0-10 with a comment.

The customer's latest visit (within ASK_DAYS) is the one asked about; the answer is stored once per
visit and numbered as a change of kind "nps" for the tills (shop/nps.py computes the figure). A
detractor's comment (0-6) also becomes an open feedback note, so someone follows it up: its id
comes from the answer's, so it is made once whatever happens.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlmodel import Session, select

from server.clock import utc_now
from server.ingest import CHANGE_INSERT, insert_if_new
from server.models import NpsAnswer, Record, Sale, Shop
from syncwire import messages as m
from syncwire.checks import NOTE_LIMIT

ASK_DAYS = 30  # a visit older than this is not asked about: the customer would hardly remember it
DETRACTOR_MAX = 6
_FEEDBACK_NAMESPACE = uuid.UUID("3b0f1a8e-2c57-4d8e-9f0e-5a1d6c2b7e41")


class BadAnswer(ValueError):
    """`reason`: "score" (not a whole number from 0 to 10) or "comment" (longer than NOTE_LIMIT)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Visit:
    sale_id: str
    day: str


def visit_to_ask(session: Session, shop_id: str, customer_id: str) -> Visit | None:
    """The customer's latest visit if it is recent and not answered yet, else None (nothing to ask)."""
    since = (datetime.now(timezone.utc) - timedelta(days=ASK_DAYS)).isoformat()
    sale = session.exec(select(Sale.id, Sale.day).where(
        Sale.shop_id == shop_id, Sale.customer_id == customer_id, Sale.kind == "sale", Sale.completed_at >= since)
        .order_by(Sale.completed_at.desc()).limit(1)).first()
    if sale is None:
        return None
    answered = session.exec(select(NpsAnswer.id).where(NpsAnswer.shop_id == shop_id, NpsAnswer.sale_id == sale[0])).first()
    return None if answered else Visit(sale[0], sale[1])


def parse_answer(score: str | None, comment: str | None) -> tuple[int, str]:
    """The form's fields as typed, checked: a whole number 0-10 and a comment that fits."""
    text = (comment or "").strip()
    if not (score or "").strip().isdigit() or not 0 <= int(score) <= 10:
        raise BadAnswer("score")
    if len(text) > NOTE_LIMIT or "\x00" in text:
        raise BadAnswer("comment")
    return int(score), text


def record_answer(session: Session, shop_id: str, customer_id: str, sale_id: str, score: int, comment: str, lang: str) -> bool:
    """Store the answer for the visit (inside the caller's write); False if that visit was answered already."""
    shop = session.exec(select(Shop).where(Shop.id == shop_id).with_for_update()).one()  # numbers changes in commit order
    now = utc_now()
    answer = dict(shop_id=shop.id, id=str(uuid.uuid4()), customer_id=customer_id, sale_id=sale_id, score=score,
                  comment=comment, lang=lang, answered_at=now)
    conn = session.connection()
    if conn.execute(insert_if_new(conn.dialect.name, NpsAnswer), answer).first() is None:
        return False
    data = {k: answer[k] for k in ("id", "customer_id", "sale_id", "score", "comment", "answered_at")}
    changes = [dict(shop_id=shop.id, kind=m.NPS, record_id=answer["id"], till_id=None, data=data, at=now)]
    if score <= DETRACTOR_MAX and comment:
        note_id = str(uuid.uuid5(_FEEDBACK_NAMESPACE, answer["id"]))
        note = {"id": note_id, "category": "complaint", "text": comment, "customer_id": customer_id, "product_id": None,
                "status": "open", "source": "nps", "author_id": None, "author_name": "", "created_at": now,
                "resolved_by": "", "resolved_at": None}
        session.add(Record(shop_id=shop.id, kind=m.FEEDBACK, id=note_id, customer_id=customer_id, clock="", data=note))
        changes.append(dict(shop_id=shop.id, kind=m.FEEDBACK, record_id=note_id, till_id=None, data=note, at=now))
    session.flush()
    conn.execute(CHANGE_INSERT, changes)
    return True
