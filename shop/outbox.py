"""The transactional outbox: what must reach the server, written with the change itself."""
from sqlmodel import Session, col, func, select

from db.models import Outbox


def enqueue(session: Session, record_type: str, record_id: str, payload: dict) -> None:
    session.add(Outbox(record_type=record_type, record_id=record_id, payload=payload))


def pending_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Outbox).where(col(Outbox.sent_at).is_(None))).one()
