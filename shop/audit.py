"""Audit events for everything sensitive: who did what, when."""
from sqlmodel import Session

from db.models import AuditEvent


def record(session: Session, till_id: str, action: str, user_id: str | None, sale_id: str | None = None, **detail) -> None:
    session.add(AuditEvent(till_id=till_id, action=action, user_id=user_id, sale_id=sale_id, detail=detail))
