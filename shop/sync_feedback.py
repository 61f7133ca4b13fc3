"""Applying pulled feedback notes, follow-ups and NPS answers to the till's tables.

The server keeps the first resolution of a note and the first completion of a task it hears
(server/ingest.py) and is the arbiter: a till takes the server's final state, even over its own
(two tills resolving offline end with the same name and time), and never goes back to open.
"""
from datetime import date

from sqlmodel import Session

from db.models import FeedbackNote, FollowUp, NpsAnswer


def apply_feedback(session: Session, data: dict) -> bool:
    note = session.get(FeedbackNote, data["id"])
    if note is None:
        session.add(FeedbackNote(**{k: v for k, v in data.items() if k in FeedbackNote.model_fields}))
        return True
    if not data.get("resolved_at") or note.resolved_at == data["resolved_at"]:
        return False
    note.status, note.resolved_by, note.resolved_at = "resolved", data.get("resolved_by") or "", data["resolved_at"]
    session.add(note)
    return True


def apply_follow_up(session: Session, data: dict) -> bool:
    task = session.get(FollowUp, data["id"])
    if task is None:
        values = {k: v for k, v in data.items() if k in FollowUp.model_fields}
        values["due_date"] = date.fromisoformat(data["due_date"])
        session.add(FollowUp(**values))
        return True
    if not data.get("done_at") or task.done_at == data["done_at"]:
        return False
    task.done_at, task.done_by = data["done_at"], data.get("done_by") or ""
    session.add(task)
    return True


def apply_nps(session: Session, data: dict) -> bool:
    """An answer from the loyalty page: a fact, stored once."""
    if session.get(NpsAnswer, data["id"]) is not None:
        return False
    session.add(NpsAnswer(**{k: v for k, v in data.items() if k in NpsAnswer.model_fields}))
    return True
