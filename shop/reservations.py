"""Reservations ("put aside for you"): goods kept for a customer until a pick-up date.

State machine (anything else raises ReservationStateError):

    open --ready--> ready --pickup--> picked_up
    open --pickup--> picked_up
    open | ready --cancel--> cancelled
    open | ready --expire--> expired

A deposit paid in cash goes into the drawer at once (a cash movement on the shift), so the
drawer count stays right; on pickup it is credited to the sale as a payment of method "deposit",
and the reservation is marked picked up in the sale's own transaction (shop/sales.py). A
recurring reservation ("every Friday") creates the next one when this one ends, unless it is
cancelled for good. Every change is audited.
"""
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import literal_column
from sqlmodel import Session, select

from db.ids import utc_now
from db.models import Reservation, ReservationLine, Shift, User
from db.setting_rows import load_dataclass, save_dataclass
from shop import audit, catalog, outbox, shifts
from shop.cart import Cart, CartLine
from shop.customer_errors import ReservationStateError
from shop.errors import NoOpenShift
from shop.customers import customer_by_id
from shop.kinds import DEPOSIT  # payment method crediting the deposit on pickup
from shop.money import line_gross

OPEN, READY, PICKED_UP, CANCELLED, EXPIRED = "open", "ready", "picked_up", "cancelled", "expired"
ACTIVE = (OPEN, READY)
MOVES = {
    READY: (OPEN,),
    PICKED_UP: (OPEN, READY),
    CANCELLED: (OPEN, READY),
    EXPIRED: (OPEN, READY),
}
POLICY_KEY = "reservations"


@dataclass
class ReservationPolicy:
    refund_deposit_on_cancel: bool = True
    expire_after_days: int = 3  # not collected this many days after the pick-up date: expired


def load_policy(session: Session) -> ReservationPolicy:
    return load_dataclass(session, POLICY_KEY, ReservationPolicy)


def save_policy(session: Session, policy: ReservationPolicy) -> None:
    save_dataclass(session, POLICY_KEY, policy)


@dataclass(frozen=True)
class ReservedItem:
    product_id: str
    name: str
    unit: str
    qty_milli: int
    estimate: int  # at today's price, minor units


@dataclass(frozen=True)
class ReservationInfo:
    id: str
    customer_id: str
    customer_name: str
    status: str
    pickup_date: date
    note: str
    deposit: int
    repeat_days: int | None
    items: list[ReservedItem] = field(default_factory=list)

    @property
    def estimate(self) -> int:
        return sum(item.estimate for item in self.items)


def _move(session: Session, reservation: Reservation, wanted: str) -> None:
    if reservation.status not in MOVES[wanted]:
        raise ReservationStateError(reservation.id, reservation.status, wanted)
    reservation.status = wanted
    reservation.updated_at = utc_now()
    session.add(reservation)


def _get(session: Session, reservation_id: str) -> Reservation:
    reservation = session.get(Reservation, reservation_id)
    if reservation is None:
        raise ReservationStateError(reservation_id, "missing", "any")
    return reservation


def _lines(session: Session, reservation_id: str) -> list[ReservationLine]:
    # rowid: the order the items were put aside in (ids made in the same millisecond are not ordered)
    return list(session.exec(select(ReservationLine).where(ReservationLine.reservation_id == reservation_id)
                             .order_by(literal_column("reservationline.rowid"))))


def _sync(session: Session, reservation: Reservation) -> None:
    payload = reservation.model_dump(mode="json")
    payload["lines"] = [line.model_dump() for line in _lines(session, reservation.id)]
    outbox.enqueue(session, "reservation", reservation.id, payload)


def reserve(session: Session, customer_id: str, items: list[tuple[str, int]], pickup_date: date, user: User,
            till_id: str, *, note: str = "", deposit: int = 0, deposit_method: str | None = None,
            shift: Shift | None = None, repeat_days: int | None = None) -> Reservation:
    """Put `items` (product id, thousandths: pieces or grams) aside for the customer until `pickup_date`."""
    customer_by_id(session, customer_id)
    if not items or any(qty <= 0 for _pid, qty in items):
        raise ValueError("a reservation needs at least one item with a positive quantity")
    if deposit < 0 or (deposit and deposit_method not in ("cash", "card")):
        raise ValueError("a deposit is a positive amount paid in cash or by card")
    if deposit and deposit_method == "cash" and shift is None:
        raise NoOpenShift()  # a cash deposit goes into an open shift's drawer
    reservation = Reservation(customer_id=customer_id, status=OPEN, pickup_date=pickup_date, note=note,
                              deposit=deposit, deposit_method=deposit_method if deposit else None,
                              repeat_days=repeat_days, created_by=user.id)
    session.add(reservation)
    session.flush()
    for product_id, qty in items:
        session.add(ReservationLine(reservation_id=reservation.id, product_id=product_id, qty_milli=qty))
    session.flush()
    if deposit and deposit_method == "cash":
        shifts.move_cash(session, shift, user, deposit, f"deposit {reservation.id}")
    audit.record(session, till_id, "reservation_created", user.id, reservation_id=reservation.id,
                 customer_id=customer_id, pickup_date=pickup_date.isoformat(), deposit=deposit)
    _sync(session, reservation)
    return reservation


def mark_ready(session: Session, reservation_id: str, user: User, till_id: str) -> Reservation:
    """The goods are prepared and waiting on the shelf."""
    reservation = _get(session, reservation_id)
    _move(session, reservation, READY)
    audit.record(session, till_id, "reservation_ready", user.id, reservation_id=reservation_id)
    _sync(session, reservation)
    return reservation


def cancel(session: Session, reservation_id: str, user: User, till_id: str, *, shift: Shift | None = None,
           refund_deposit: bool | None = None, stop_repeating: bool = False) -> Reservation:
    """Cancel; the deposit is paid back or kept as the shop's policy says unless told otherwise."""
    reservation = _get(session, reservation_id)
    _move(session, reservation, CANCELLED)
    if refund_deposit is None:
        refund_deposit = load_policy(session).refund_deposit_on_cancel
    if refund_deposit and reservation.deposit:
        if reservation.deposit_method == "cash":
            if shift is None:
                raise NoOpenShift()  # the deposit is paid back from an open shift's drawer
            shifts.move_cash(session, shift, user, -reservation.deposit, f"deposit back {reservation.id}")
        reservation.deposit_refunded = reservation.deposit
    audit.record(session, till_id, "reservation_cancelled", user.id, reservation_id=reservation_id,
                 deposit_refunded=reservation.deposit_refunded, kept=reservation.deposit - reservation.deposit_refunded)
    _sync(session, reservation)
    if not stop_repeating:
        _repeat(session, reservation, user, till_id)
    return reservation


def expire_overdue(session: Session, today: date, till_id: str) -> list[Reservation]:
    """Expire what was not collected within the policy's grace days; deposits are kept."""
    cutoff = today - timedelta(days=load_policy(session).expire_after_days)
    expired = []
    for reservation in session.exec(select(Reservation).where(Reservation.status.in_(ACTIVE),
                                                              Reservation.pickup_date < cutoff)).all():
        _move(session, reservation, EXPIRED)
        audit.record(session, till_id, "reservation_expired", None, reservation_id=reservation.id,
                     kept=reservation.deposit)
        _sync(session, reservation)
        _repeat(session, reservation, None, till_id)
        expired.append(reservation)
    return expired


def _repeat(session: Session, ended: Reservation, user: User | None, till_id: str) -> Reservation | None:
    """The next reservation of a recurring one, same items, next date (no deposit carried over)."""
    if not ended.repeat_days:
        return None
    following = Reservation(customer_id=ended.customer_id, status=OPEN,
                            pickup_date=ended.pickup_date + timedelta(days=ended.repeat_days), note=ended.note,
                            repeat_days=ended.repeat_days, created_by=user.id if user else ended.created_by)
    session.add(following)
    session.flush()
    for line in _lines(session, ended.id):
        session.add(ReservationLine(reservation_id=following.id, product_id=line.product_id, qty_milli=line.qty_milli))
    session.flush()
    audit.record(session, till_id, "reservation_repeated", user.id if user else None, reservation_id=following.id,
                 after=ended.id, pickup_date=following.pickup_date.isoformat())
    _sync(session, following)
    return following


# --- pickup ----------------------------------------------------------------------------------
def pickup_cart(session: Session, reservation_id: str) -> Cart:
    """A cart of the reserved goods at today's prices for the customer; paying it completes the pickup."""
    reservation = _get(session, reservation_id)
    if reservation.status not in MOVES[PICKED_UP]:
        raise ReservationStateError(reservation.id, reservation.status, PICKED_UP)
    cart = Cart(customer_id=reservation.customer_id, reservation_id=reservation.id)
    for line in _lines(session, reservation.id):
        product = catalog.product_by_id(session, line.product_id)
        cart.lines.append(CartLine(product_id=product.id, sku=product.sku, name=product.name, unit=product.unit,
                                   unit_price=product.price, vat_rate_bp=product.vat_rate_bp, qty_milli=line.qty_milli))
    return cart


def deposit_left(session: Session, reservation_id: str) -> int:
    reservation = _get(session, reservation_id)
    return reservation.deposit - reservation.deposit_refunded


def complete_pickup(session: Session, reservation_id: str, sale: dict, payments: list[dict]) -> None:
    """Inside the sale's write: the reservation becomes picked up, credited exactly its deposit."""
    reservation = _get(session, reservation_id)
    credited = sum(p["amount"] for p in payments if p["method"] == DEPOSIT)
    if credited != reservation.deposit - reservation.deposit_refunded:
        raise ValueError(f"the pickup must credit the deposit of {reservation.deposit}, not {credited}")
    _move(session, reservation, PICKED_UP)
    reservation.sale_id = sale["id"]
    audit.record(session, sale["till_id"], "reservation_picked_up", sale["user_id"], sale["id"],
                 reservation_id=reservation_id, deposit=credited)
    _sync(session, reservation)
    _repeat(session, reservation, None, sale["till_id"])


# --- lists -----------------------------------------------------------------------------------
def _infos(session: Session, where: str, params: tuple) -> list[ReservationInfo]:
    conn = session.connection()
    rows = conn.exec_driver_sql(
        "SELECT r.id, r.customer_id, c.name, r.status, r.pickup_date, r.note, r.deposit - r.deposit_refunded, "
        f"r.repeat_days FROM reservation r JOIN customer c ON c.id = r.customer_id WHERE {where} "
        "ORDER BY r.pickup_date, c.name", params
    ).fetchall()
    result = []
    for row in rows:
        items = [
            ReservedItem(pid, name, unit, qty, line_gross(qty, price))
            for pid, name, unit, qty, price in conn.exec_driver_sql(
                "SELECT p.id, p.name, p.unit, l.qty_milli, p.price FROM reservationline l "
                "JOIN product p ON p.id = l.product_id WHERE l.reservation_id = ? ORDER BY l.rowid", (row[0],)
            )
        ]
        pickup = row[4] if isinstance(row[4], date) else date.fromisoformat(row[4])
        result.append(ReservationInfo(row[0], row[1], row[2], row[3], pickup, row[5], row[6], row[7], items))
    return result


def due_today(session: Session, today: date) -> list[ReservationInfo]:
    return _infos(session, "r.status IN ('open', 'ready') AND r.pickup_date = ?", (today.isoformat(),))


def overdue(session: Session, today: date) -> list[ReservationInfo]:
    return _infos(session, "r.status IN ('open', 'ready') AND r.pickup_date < ?", (today.isoformat(),))


def ready(session: Session) -> list[ReservationInfo]:
    return _infos(session, "r.status = 'ready'", ())


def upcoming(session: Session, today: date) -> list[ReservationInfo]:
    return _infos(session, "r.status IN ('open', 'ready') AND r.pickup_date > ?", (today.isoformat(),))


def for_customer(session: Session, customer_id: str) -> list[ReservationInfo]:
    """What is put aside for the customer: shown on their card the moment they are attached."""
    return _infos(session, "r.status IN ('open', 'ready') AND r.customer_id = ?", (customer_id,))
