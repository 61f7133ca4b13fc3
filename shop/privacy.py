"""A customer's rights over their data: export everything we hold (JSON), erase (anonymise).

Erasing keeps what accounting and the loyalty ledger need: the sales (with their VAT) still point
at the customer's row, now only an anonymous id, and the points rows stay under that id so the
books and two tills' ledgers still add up. Name, phone, e-mail, birthday, notes, tags, custom fields and
consents go;
cards are revoked. Both actions are audited.
"""
from datetime import date

from sqlmodel import Session, col, select

from db.ids import utc_now
from db.models import ConsentEvent, Coupon, Customer, LoyaltyCard, PointsEntry, Reservation, ReservationLine, User
from shop import audit, outbox, users
from shop.customer_errors import CustomerNotFound, ReservationStateError
from shop.custom_fields import load_fields
from shop.customers import customer_payload
from shop.errors import NotAllowed
from shop.reservations import ACTIVE

ERASED_NAME = "—"


def _plain(row) -> dict:
    data = row.model_dump()
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()}


def export_customer(session: Session, customer_id: str, user: User, till_id: str) -> dict:
    """Everything held about the customer, as JSON-ready data (a subject access request); audited."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(customer_id)
    conn = session.connection()
    sales = []
    for sale_id, number, kind, completed, total in conn.exec_driver_sql(
        "SELECT id, receipt_number, kind, completed_at, total FROM sale WHERE customer_id = ? ORDER BY completed_at",
        (customer_id,),
    ):
        lines = conn.exec_driver_sql(
            "SELECT name, qty_milli, unit, total FROM saleline WHERE sale_id = ? ORDER BY position", (sale_id,)
        ).fetchall()
        sales.append({"receipt": number, "kind": kind, "completed_at": completed, "total": total,
                      "lines": [{"name": n, "qty_milli": q, "unit": u, "total": t} for n, q, u, t in lines]})
    reservations = []
    for reservation in session.exec(select(Reservation).where(Reservation.customer_id == customer_id)):
        item = _plain(reservation)
        item["lines"] = [_plain(line) for line in session.exec(
            select(ReservationLine).where(ReservationLine.reservation_id == reservation.id))]
        reservations.append(item)
    audit.record(session, till_id, "customer_exported", user.id, customer_id=customer_id)
    labels = {f.key: f.label for f in load_fields(session)}
    return {
        "customer": _plain(customer),
        "custom_fields": {labels.get(key, key): value for key, value in (customer.custom or {}).items()},
        "consents": [_plain(e) for e in session.exec(select(ConsentEvent).where(ConsentEvent.customer_id == customer_id))],
        "cards": [_plain(c) for c in session.exec(select(LoyaltyCard).where(LoyaltyCard.customer_id == customer_id))],
        "points": [_plain(p) for p in session.exec(select(PointsEntry).where(PointsEntry.customer_id == customer_id)
                                                   .order_by(PointsEntry.at))],
        "coupons": [_plain(c) for c in session.exec(select(Coupon).where(Coupon.customer_id == customer_id))],
        "reservations": reservations,
        "sales": sales,
        "exported_at": utc_now(),
    }


def erase_customer(session: Session, customer_id: str, user: User, till_id: str,
                   approver: User | None = None) -> Customer:
    """Anonymise the customer (managers and owners, or a cashier with their approval); sales, VAT and
    the points ledger stay.

    A reservation still open must be picked up or cancelled first: goods and deposits are at stake.
    """
    if not (users.is_manager(user) or (approver is not None and users.is_manager(approver))):
        raise NotAllowed("erase_customer")
    customer = session.get(Customer, customer_id)
    if customer is None or customer.erased_at:
        raise CustomerNotFound(customer_id)
    active = session.exec(select(Reservation).where(Reservation.customer_id == customer_id,
                                                    col(Reservation.status).in_(ACTIVE))).first()
    if active:
        raise ReservationStateError(active.id, active.status, "erased")
    now = utc_now()
    customer.name, customer.name_fold, customer.name_alt = ERASED_NAME, "", ""
    customer.phone = customer.phone_rev = customer.email = customer.birthday = None
    customer.notes = ""
    customer.tags = []
    customer.custom = {}
    customer.consent_email = customer.consent_sms = customer.consent_messaging = False
    customer.erased_at = customer.updated_at = now
    session.add(customer)
    for card in session.exec(select(LoyaltyCard).where(LoyaltyCard.customer_id == customer_id,
                                                       col(LoyaltyCard.revoked_at).is_(None))):
        card.revoked_at = now
        session.add(card)
    for reservation in session.exec(select(Reservation).where(Reservation.customer_id == customer_id)):
        reservation.note = ""  # free text may name the person
        session.add(reservation)
    session.flush()
    outbox.enqueue(session, "customer", customer.id, customer_payload(customer))
    detail = {"approved_by": approver.id} if approver is not None else {}
    audit.record(session, till_id, "customer_erased", user.id, customer_id=customer_id, **detail)
    return customer
