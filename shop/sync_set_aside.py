"""Pulled changes this till could not apply, set aside with their reason so the pull goes on.

One record the till cannot take (a phone sent as a number, a birthday that is not a date, or any
failure nobody foresaw) must never stop the shop's sync: it is kept here, in the `setting` row
"sync.set_aside" (count, and the latest records with their change number, kind, id and reason),
logged, and shown on the Server and sync screen; the cursor moves past it and the rest applies.
"""
import logging
from dataclasses import dataclass

from sqlmodel import Session

from db.ids import utc_now
from db.models import Setting
from syncwire import messages as m

SET_ASIDE_KEY = "sync.set_aside"
KEEP = 100  # the latest records kept in full; the count covers them all
REASON_LIMIT = 300

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetAside:
    count: int  # every record ever set aside on this till
    records: list[dict]  # the latest: seq, kind, id, reason, at


def set_aside(session: Session, change: m.Change, reason: str) -> None:
    """Keep `change` aside with its reason, in the caller's transaction (with the page and its cursor)."""
    log.warning("sync: change %s (%s %s) set aside: %s", change.seq, change.kind, change.id, reason)
    row = session.get(Setting, SET_ASIDE_KEY) or Setting(key=SET_ASIDE_KEY, value={})
    value = row.value if isinstance(row.value, dict) else {}
    entry = {"seq": change.seq, "kind": change.kind, "id": change.id[:100], "reason": reason[:REASON_LIMIT], "at": utc_now()}
    row.value = {"count": int(value.get("count") or 0) + 1, "records": [*(value.get("records") or []), entry][-KEEP:]}
    session.add(row)
    session.flush()


def set_aside_records(session: Session) -> SetAside:
    row = session.get(Setting, SET_ASIDE_KEY)
    value = row.value if row is not None and isinstance(row.value, dict) else {}
    return SetAside(int(value.get("count") or 0), list(value.get("records") or []))
