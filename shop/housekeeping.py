"""What a till does when a shift opens: loyalty points and reservations whose time is up expire.

Points: only entries that came due since the last sweep are looked at (a watermark in the
`setting` table), and at most BATCH customers a time, so a shift opens quickly even on a shop
with years of history the first time; the next opening carries on where this one stopped.
Reservations not collected within the policy's grace days expire (deposit kept, audited, and a
recurring one puts the next aside). Both are idempotent: running the sweep twice writes nothing new.
"""
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlmodel import Session

from db.models import Setting
from shop import loyalty, reservations

SWEEP_KEY = "housekeeping"
BATCH = 200  # customers a sweep expires at most: 0.3-0.5 s on the 200,000-customer demo


@dataclass(frozen=True)
class SweepResult:
    points_expired: int  # ledger rows written
    reservations_expired: int
    caught_up: bool  # False: more points are due than one batch; the next sweep continues


def sweep(session: Session, till_id: str, today: date, now: datetime | None = None, batch: int = BATCH) -> SweepResult:
    now = now or datetime.now(timezone.utc)
    stamp = now.astimezone(timezone.utc).isoformat(timespec="microseconds")
    row = session.get(Setting, SWEEP_KEY) or Setting(key=SWEEP_KEY, value={})
    state = dict(row.value) if isinstance(row.value, dict) else {}
    since = state.get("points_due_since", "")
    conn = session.connection()
    due = conn.exec_driver_sql(
        "SELECT customer_id, expires_at FROM pointsentry WHERE points > 0 AND expires_at IS NOT NULL "
        "AND expires_at > ? AND expires_at <= ? ORDER BY expires_at LIMIT ?", (since, stamp, batch + 1),
    ).all()
    caught_up = len(due) <= batch
    if not caught_up:
        # Stop before the first stamp that does not fit whole, so the watermark never splits a tie.
        boundary = due[batch][1]
        due = [row for row in due if row[1] < boundary] or conn.exec_driver_sql(
            "SELECT customer_id, expires_at FROM pointsentry WHERE points > 0 AND expires_at = ?", (boundary,)).all()
    written = [entry for entry in (loyalty.expire_points(session, customer_id, now)
                                   for customer_id in dict.fromkeys(c for c, _at in due)) if entry]
    # Caught up: next time start after now; else after the last entry looked at.
    state["points_due_since"] = stamp if caught_up else due[-1][1]
    row.value = state
    session.add(row)
    expired = reservations.expire_overdue(session, today, till_id)
    return SweepResult(len(written), len(expired), caught_up)
