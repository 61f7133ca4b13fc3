"""Applying changes pulled from the server to the till's own tables, a page at a time.

The server sends the merged state of each record, so applying is an upsert. A record the till
still has waiting in its outbox is left alone: the till's newer edit reaches the server first and
the merged result comes back on a later pull. Rows that point at what this till does not have
(another till's sale or user) keep the link empty rather than break a foreign key.

Customers and points go in with one statement per page (200,000 customers arrive on a new till);
cards one by one in savepoints, since a code this till already gave someone must not stop the page.
"""
import json

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from db.ids import utc_now
from shop.customers import search_keys
from shop.phones import reversed_digits
from shop.settings import own_till_id
from shop.sync_catalogue import apply_product, apply_setting
from shop.sync_feedback import apply_feedback, apply_follow_up, apply_nps
from shop.sync_history import apply_cash_movement, apply_sales, apply_z_report
from shop.sync_set_aside import set_aside
from syncwire import messages as m
from syncwire.validate import Invalid, check_change

CUSTOMER_FIELDS = ("name", "phone", "email", "birthday", "notes", "tags", "custom", "consent_email", "consent_sms",
                   "consent_messaging", "erased_at", "updated_at")
JSON_FIELDS = {"tags": "[]", "custom": "{}"}  # stored as JSON text; the raw upsert below writes them as such
CUSTOMER_COLUMNS = ("id", *CUSTOMER_FIELDS, "created_at", "name_fold", "name_alt", "phone_rev")
POINTS_COLUMNS = ("id", "customer_id", "key", "kind", "points", "sale_id", "expires_at", "reason", "user_id", "at")
RESERVATION_COLUMNS = ("id", "customer_id", "status", "pickup_date", "note", "deposit", "deposit_method", "deposit_refunded",
                       "repeat_days", "sale_id", "created_by", "created_at", "updated_at")
# The server's rule (server/merge.py): a later state beats an earlier one, a pickup beats them all.
RESERVATION_RANK = {"open": 0, "ready": 1, "expired": 2, "cancelled": 3, "picked_up": 4}
COUPON_COLUMNS = ("id", "code", "kind", "value", "customer_id", "valid_from", "valid_until", "reason", "created_at",
                  "sale_id", "redeemed_at")
# What the till takes from the feed by its cursor: everything the shop's tills share (the owner feeds
# products and settings). The shop's history (m.HISTORY_KINDS) comes by a cursor of its own
# (shop/sync_client.py), so a joining till can fetch it newest first and within its retention.
TILL_PULL_KINDS = m.SHARED_KINDS


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
        for row in known.values():
            for name in JSON_FIELDS:
                row[name] = json.loads(row[name]) if isinstance(row[name], str) else row[name]
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
            [{c: json.dumps(row.get(c) or json.loads(JSON_FIELDS[c]), ensure_ascii=False) if c in JSON_FIELDS else row.get(c)
              for c in CUSTOMER_COLUMNS} for row in upserts.values()],
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


def apply_reservation(session: Session, data: dict) -> bool:
    """Another till's reservation, so it can be picked up or cancelled here too; the state machine decides."""
    conn = session.connection()
    lines = data.get("lines") or []
    if not _ids_present(session, "customer", {data["customer_id"]}):
        return False
    if len(_ids_present(session, "product", {line["product_id"] for line in lines})) < len({line["product_id"] for line in lines}):
        return False  # an item this till's catalogue lacks: it could not be handed over here
    have = conn.exec_driver_sql("SELECT status, updated_at FROM reservation WHERE id = ?", (data["id"],)).first()
    if have is not None:
        mine, theirs = RESERVATION_RANK.get(have[0], -1), RESERVATION_RANK.get(data["status"], -1)
        if theirs < mine or (theirs == mine and (data.get("updated_at") or "") <= (have[1] or "")):
            return False
    row = {c: data.get(c) for c in RESERVATION_COLUMNS}
    row["sale_id"] = row["sale_id"] if _ids_present(session, "sale", {row["sale_id"]}) else None
    row["created_by"] = row["created_by"] if _ids_present(session, '"user"', {row["created_by"]}) else None
    row["note"], row["deposit"], row["deposit_refunded"] = row["note"] or "", row["deposit"] or 0, row["deposit_refunded"] or 0
    updates = ", ".join(f"{c} = excluded.{c}" for c in RESERVATION_COLUMNS if c != "id")
    conn.exec_driver_sql(
        f"INSERT INTO reservation ({', '.join(RESERVATION_COLUMNS)}) VALUES ({', '.join(':' + c for c in RESERVATION_COLUMNS)}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}", row)
    conn.exec_driver_sql("DELETE FROM reservationline WHERE reservation_id = ?", (data["id"],))
    if lines:
        conn.exec_driver_sql(
            "INSERT INTO reservationline (id, reservation_id, product_id, qty_milli) VALUES (:id, :reservation_id, :product_id, :qty_milli)",
            [{"id": line["id"], "reservation_id": data["id"], "product_id": line["product_id"], "qty_milli": line["qty_milli"]}
             for line in lines])
    return True


def apply_coupon(session: Session, data: dict) -> bool:
    """A coupon issued or used at another till. Used stays used: a redemption is never taken back,
    and one from another till (whose sale is not here) keeps only its time, which is enough for
    coupons.redeem to refuse it here."""
    if not data.get("code") or (data.get("customer_id") and not _ids_present(session, "customer", {data["customer_id"]})):
        return False  # only its redemption reached the server yet, or its customer is not here
    row = {c: data.get(c) for c in COUPON_COLUMNS}
    row["sale_id"] = row["sale_id"] if _ids_present(session, "sale", {row["sale_id"]}) else None
    row["reason"] = row["reason"] or ""
    row["created_at"] = row["created_at"] or utc_now()
    try:
        with session.begin_nested():
            session.connection().exec_driver_sql(
                f"INSERT INTO coupon ({', '.join(COUPON_COLUMNS)}) VALUES ({', '.join(':' + c for c in COUPON_COLUMNS)}) "
                "ON CONFLICT(id) DO UPDATE SET sale_id = coalesce(coupon.sale_id, excluded.sale_id), "
                "redeemed_at = coalesce(coupon.redeemed_at, excluded.redeemed_at)", row)
    except IntegrityError:
        return False  # this code is another coupon's here
    return True


def apply_page(session: Session, changes: list[m.Change], checked: bool = False) -> int:
    """Apply a pulled page; how many changes were taken (the rest wait for a local edit or had nothing to hang on).

    A change that breaks its kind's schema (syncwire/validate.py), or fails to apply in any way,
    is set aside with its reason (shop/sync_set_aside.py) and the rest of the page applies.
    `checked`: the caller ran `split_well_formed` already (outside the write, which then stays short).
    """
    todo = changes if checked else [c for c in changes if _well_formed(session, c)]
    waiting = _waiting(session, todo)
    todo = [c for c in todo if (c.kind, c.id) not in waiting]
    by_kind = {}
    for change in todo:
        by_kind.setdefault(change.kind, []).append(change)

    def each(apply):
        return lambda page: sum(apply(session, c.data) for c in page)

    def products(page):
        ids = {}  # VAT rates and categories by rate and name, for the page's products
        return sum(apply_product(session, c.data, ids) for c in page)

    # The catalogue first: a reservation on the same page may name a product the page brings.
    steps = ((m.PRODUCT, products), (m.SETTING, each(apply_setting)),
             (m.CUSTOMER, lambda page: apply_customers(session, page)), (m.CARD, each(apply_card)),
             (m.POINTS, lambda page: apply_points(session, page)), (m.RESERVATION, each(apply_reservation)),
             (m.COUPON, each(apply_coupon)),
             (m.FEEDBACK, each(apply_feedback)), (m.FOLLOW_UP, each(apply_follow_up)), (m.NPS, each(apply_nps)),
             # The history last: a sale on the page may name a customer the page brings.
             (m.SALE, lambda page: apply_sales(session, page, own_till_id(session))), (m.CASH_MOVEMENT, each(apply_cash_movement)),
             (m.Z_REPORT, lambda page: sum(apply_z_report(session, c.id, c.data) for c in page)))
    return sum(_apply_group(session, by_kind.get(kind, []), apply) for kind, apply in steps)


def split_well_formed(changes: list[m.Change]) -> tuple[list[m.Change], list[tuple[m.Change, str]]]:
    """The changes that pass their kind's checks, and the others with why (to be set aside)."""
    good, bad = [], []
    for change in changes:
        try:
            check_change(change)
        except Exception as exc:  # noqa: BLE001 - Invalid, or anything a hostile record makes the check raise
            bad.append((change, str(exc) if isinstance(exc, Invalid) else f"{type(exc).__name__}: {exc}"))
        else:
            good.append(change)
    return good, bad


def _well_formed(session: Session, change: m.Change) -> bool:
    try:
        check_change(change)
    except Exception as exc:  # noqa: BLE001 - Invalid, or anything a hostile record makes the check raise
        set_aside(session, change, str(exc) if isinstance(exc, Invalid) else f"{type(exc).__name__}: {exc}")
        return False
    return True


def _apply_group(session: Session, page: list[m.Change], apply) -> int:
    """Apply one kind's changes in one savepoint; if anything fails, again one change at a time,
    each in its own savepoint, setting aside the ones that fail (the fast path stays one statement)."""
    if not page:
        return 0
    try:
        with session.begin_nested():
            return apply(page)
    except Exception:  # noqa: BLE001 - found and set aside record by record below
        pass
    applied = 0
    for change in page:
        try:
            with session.begin_nested():
                applied += apply([change])
        except Exception as exc:  # noqa: BLE001 - one record never stops the pull
            set_aside(session, change, f"{type(exc).__name__}: {exc}")
    return applied
