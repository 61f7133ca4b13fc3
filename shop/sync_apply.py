"""Applying changes pulled from the server to the till's own tables.

The server sends the merged state of each record, so applying is an upsert. A record the till
still has waiting in its outbox is left alone: the till's newer edit reaches the server first and
the merged result comes back on a later pull. Rows that point at what this till does not have
(another till's sale or user) keep the link empty rather than break a foreign key.
"""
from datetime import date

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from db.models import Customer, LoyaltyCard
from shop.customers import search_keys
from shop.phones import reversed_digits
from syncwire import messages as m

CUSTOMER_FIELDS = ("name", "phone", "email", "notes", "consent_email", "consent_sms", "consent_messaging", "erased_at", "updated_at")


def waiting_in_outbox(session: Session, kind: str, record_id: str) -> bool:
    return session.connection().exec_driver_sql(
        "SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? AND sent_at IS NULL LIMIT 1", (kind, record_id)
    ).first() is not None


def exists(session: Session, table: str, row_id: str | None) -> bool:
    if row_id is None:
        return False
    return session.connection().exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).first() is not None


def apply_customer(session: Session, data: dict) -> bool:
    customer = session.get(Customer, data["id"])
    if customer is None:
        if "name" not in data:
            return False  # only part of a customer (its other fields never reached the server)
        customer = Customer(id=data["id"], name=data["name"])
    for field in CUSTOMER_FIELDS:
        if field in data:
            setattr(customer, field, data[field])
    if "birthday" in data:
        customer.birthday = date.fromisoformat(data["birthday"]) if data["birthday"] else None
    customer.name_fold, customer.name_alt = search_keys(customer.name)
    customer.phone_rev = reversed_digits(customer.phone) if customer.phone else None
    session.add(customer)
    return True


def apply_card(session: Session, data: dict) -> bool:
    if not exists(session, "customer", data["customer_id"]):
        return False
    card = session.get(LoyaltyCard, data["id"])
    if card is None:
        card = LoyaltyCard(id=data["id"], customer_id=data["customer_id"], code=data["code"], issued_at=data["issued_at"])
    card.revoked_at = card.revoked_at or data.get("revoked_at")
    session.add(card)
    return True


def apply_points(session: Session, data: dict) -> bool:
    if not exists(session, "customer", data["customer_id"]):
        return False
    row = dict(data)
    row["sale_id"] = row.get("sale_id") if exists(session, "sale", row.get("sale_id")) else None
    row["user_id"] = row.get("user_id") if exists(session, '"user"', row.get("user_id")) else None
    # The key is what makes an event count once: the same event recorded here too is skipped.
    session.connection().exec_driver_sql(
        "INSERT OR IGNORE INTO pointsentry (id, customer_id, key, kind, points, sale_id, expires_at, reason, user_id, at) "
        "VALUES (:id, :customer_id, :key, :kind, :points, :sale_id, :expires_at, :reason, :user_id, :at)",
        {k: row.get(k) for k in ("id", "customer_id", "key", "kind", "points", "sale_id", "expires_at", "reason", "user_id", "at")},
    )
    return True


APPLIERS = {m.CUSTOMER: apply_customer, m.CARD: apply_card, m.POINTS: apply_points}
# What the till takes from the feed today; reservations, coupons, products and settings follow.
TILL_PULL_KINDS = tuple(APPLIERS)


def apply_change(session: Session, change: m.Change) -> bool:
    """Apply one pulled change; False if it was left alone (waiting local edit, nothing to hang it on,
    or it clashes with a row here, e.g. a card code this till gave someone else).

    Each change runs in a savepoint: one that cannot be applied is skipped, not allowed to hold
    back the cursor, and with it every later change, for ever.
    """
    applier = APPLIERS.get(change.kind)
    if applier is None or waiting_in_outbox(session, change.kind, change.id):
        return False
    try:
        with session.begin_nested():
            applied = applier(session, change.data)
            session.flush()  # later changes in the page look rows up with plain SQL, past the ORM
    except (IntegrityError, KeyError, TypeError, ValueError):
        return False
    return applied
