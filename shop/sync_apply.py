"""Applying changes pulled from the server to the till's own tables, a page at a time.

The server sends the merged state of each record, so applying is an upsert. A record the till
still has waiting in its outbox is left alone: the till's newer edit reaches the server first and
the merged result comes back on a later pull. Rows that point at what this till does not have
(another till's sale or user) keep the link empty rather than break a foreign key.

Customers and points go in with one statement per page (200,000 customers arrive on a new till);
cards one by one in savepoints, since a code this till already gave someone must not stop the page.
"""
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from db.ids import utc_now
from shop.customers import search_keys
from shop.phones import reversed_digits
from syncwire import messages as m

CUSTOMER_FIELDS = ("name", "phone", "email", "birthday", "notes", "consent_email", "consent_sms", "consent_messaging",
                   "erased_at", "updated_at")
CUSTOMER_COLUMNS = ("id", *CUSTOMER_FIELDS, "created_at", "name_fold", "name_alt", "phone_rev")
POINTS_COLUMNS = ("id", "customer_id", "key", "kind", "points", "sale_id", "expires_at", "reason", "user_id", "at")
# What the till takes from the feed today; reservations, coupons, products and settings follow.
TILL_PULL_KINDS = (m.CUSTOMER, m.CARD, m.POINTS)


def _ids_present(session: Session, table: str, ids: set) -> set:
    ids = [i for i in ids if i]
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    return {row[0] for row in session.connection().exec_driver_sql(f"SELECT id FROM {table} WHERE id IN ({marks})", tuple(ids))}


def _waiting(session: Session, changes: list[m.Change]) -> set:
    """(kind, id) of the page's records that still wait in this till's outbox."""
    ids = tuple({c.id for c in changes})
    if not ids:
        return set()
    rows = session.connection().exec_driver_sql(
        f"SELECT record_type, record_id FROM outbox WHERE sent_at IS NULL AND record_id IN ({','.join('?' * len(ids))})", ids)
    return {tuple(row) for row in rows}


def apply_customers(session: Session, changes: list[m.Change]) -> int:
    conn = session.connection()
    ids = tuple({c.id for c in changes})
    known = {}
    if ids:
        rows = conn.exec_driver_sql(f"SELECT {', '.join(CUSTOMER_COLUMNS)} FROM customer WHERE id IN ({','.join('?' * len(ids))})", ids)
        known = {row[0]: dict(zip(CUSTOMER_COLUMNS, row)) for row in rows}
    upserts = {}
    for change in changes:
        row = dict(upserts.get(change.id) or known.get(change.id) or {"id": change.id, "created_at": change.data.get("updated_at") or utc_now()})
        row.update({f: change.data[f] for f in CUSTOMER_FIELDS if f in change.data})
        if not row.get("name"):
            continue  # only part of a customer (its other fields never reached the server)
        row.setdefault("notes", "")
        for flag in ("consent_email", "consent_sms", "consent_messaging"):
            row[flag] = bool(row.get(flag))
        row["name_fold"], row["name_alt"] = search_keys(row["name"])
        row["phone_rev"] = reversed_digits(row["phone"]) if row.get("phone") else None
        row.setdefault("updated_at", utc_now())
        upserts[change.id] = row
    if upserts:
        updates = ", ".join(f"{c} = excluded.{c}" for c in CUSTOMER_COLUMNS if c not in ("id", "created_at"))
        conn.exec_driver_sql(
            f"INSERT INTO customer ({', '.join(CUSTOMER_COLUMNS)}) VALUES ({', '.join(':' + c for c in CUSTOMER_COLUMNS)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [{c: row.get(c) for c in CUSTOMER_COLUMNS} for row in upserts.values()],
        )
    return sum(1 for c in changes if c.id in upserts)


def apply_card(session: Session, data: dict) -> bool:
    conn = session.connection()
    if not _ids_present(session, "customer", {data["customer_id"]}):
        return False
    try:
        with session.begin_nested():
            conn.exec_driver_sql(
                "INSERT INTO loyaltycard (id, customer_id, code, issued_at, revoked_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET revoked_at = coalesce(loyaltycard.revoked_at, excluded.revoked_at)",
                (data["id"], data["customer_id"], data["code"], data["issued_at"], data.get("revoked_at")))
    except IntegrityError:
        return False  # this code is another card's here
    return True


def apply_points(session: Session, changes: list[m.Change]) -> int:
    rows = [c.data for c in changes]
    customers = _ids_present(session, "customer", {r.get("customer_id") for r in rows})
    sales = _ids_present(session, "sale", {r.get("sale_id") for r in rows})
    users = _ids_present(session, '"user"', {r.get("user_id") for r in rows})
    taken = [dict({c: r.get(c) for c in POINTS_COLUMNS}, sale_id=r.get("sale_id") if r.get("sale_id") in sales else None,
                  user_id=r.get("user_id") if r.get("user_id") in users else None)
             for r in rows if r.get("customer_id") in customers]
    if taken:
        # The key is what makes an event count once: the same event recorded here too is skipped.
        session.connection().exec_driver_sql(
            f"INSERT OR IGNORE INTO pointsentry ({', '.join(POINTS_COLUMNS)}) VALUES ({', '.join(':' + c for c in POINTS_COLUMNS)})", taken)
    return len(taken)


def apply_page(session: Session, changes: list[m.Change]) -> int:
    """Apply a pulled page; how many changes were taken (the rest wait for a local edit or had nothing to hang on)."""
    waiting = _waiting(session, changes)
    todo = [c for c in changes if (c.kind, c.id) not in waiting]
    applied = apply_customers(session, [c for c in todo if c.kind == m.CUSTOMER])
    applied += sum(apply_card(session, c.data) for c in todo if c.kind == m.CARD)
    applied += apply_points(session, [c for c in todo if c.kind == m.POINTS])
    return applied
