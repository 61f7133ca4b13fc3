"""The till's reservations screen: the lists of what is put aside, marking an order ready, the cancel policy.

Putting aside, picking up and cancelling go through `shop.till.Till` (they touch the sale and the
drawer); this is the rest of what ui/reservations_view.py needs, one transaction per method, so the
screen never holds a session.
"""
from datetime import date

from db.engine import read_session, write_session
from shop import reservations
from shop.reservations import ReservationInfo
from shop.till import Till

LISTS = ("today", "overdue", "ready", "upcoming")


class TillReservations:
    def __init__(self, till: Till):
        self.till = till

    def lists(self, today: date) -> dict[str, list[ReservationInfo]]:
        """Due today, overdue, ready and coming up, read together (one snapshot: no order counted twice)."""
        with read_session(self.till.engine) as session:
            return {
                "today": reservations.due_today(session, today),
                "overdue": reservations.overdue(session, today),
                "ready": reservations.ready(session),
                "upcoming": reservations.upcoming(session, today),
            }

    def mark_ready(self, reservation_id: str) -> None:
        """The goods are packed and waiting (ReservationStateError unless it is still open)."""
        with write_session(self.till.engine) as session:
            reservations.mark_ready(session, reservation_id, self.till.user, self.till.till_id)

    def refund_deposit_on_cancel(self) -> bool:
        """The shop's policy: is a deposit paid back when a reservation is cancelled?"""
        with read_session(self.till.engine) as session:
            return reservations.load_policy(session).refund_deposit_on_cancel
