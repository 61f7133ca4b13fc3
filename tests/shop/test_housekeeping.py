"""Opening a shift expires what is due: points past their expiry and reservations nobody collected."""
from datetime import datetime, timedelta, timezone

from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, PointsEntry, Reservation
from shop import housekeeping, loyalty
from shop.customers import register_customer
from shop.till import Till


def member(shop, name, phone):
    with write_session(shop.engine) as session:
        return register_customer(session, "IT", name, phone).id


def gift(shop, customer_id, points, expires_at):
    with write_session(shop.engine) as session:
        loyalty.add_entry(session, customer_id, f"gift:{customer_id}:{expires_at}", loyalty.ADJUST, points,
                          expires_at=expires_at.isoformat(timespec="microseconds"))


def expired_rows(shop):
    with read_session(shop.engine) as session:
        return sorted((e.customer_id, e.points) for e in session.exec(select(PointsEntry).where(PointsEntry.kind == loyalty.EXPIRE)))


def reopen(shop, till):
    """The shift is closed and the next one opened on a fresh till, as at the next day's start."""
    till.close_shift(10000)
    again = Till(shop.engine, shop.users["Marco"])
    again.open_shift(10000)
    return again


def test_opening_a_shift_expires_due_points_once(shop):
    """Points whose expiry passed overnight go when the morning shift opens; valid ones stay; reopening writes nothing."""
    lucia, paolo = member(shop, "Lucia Bianchi", "333 123 4567"), member(shop, "Paolo Verdi", "334 765 4321")
    now = datetime.now(timezone.utc)
    gift(shop, lucia, 40, now - timedelta(days=2))
    gift(shop, lucia, 15, now + timedelta(days=30))
    gift(shop, paolo, 25, now - timedelta(hours=1))
    till = Till(shop.engine, shop.users["Anna"])
    till.open_shift(10000)
    assert expired_rows(shop) == sorted([(lucia, -40), (paolo, -25)])
    with read_session(shop.engine) as session:
        assert (loyalty.balance(session, lucia), loyalty.balance(session, paolo)) == (15, 0)
    reopen(shop, till)
    assert len(expired_rows(shop)) == 2


def test_a_long_backlog_is_expired_a_batch_at_a_time(shop):
    """More customers due than one batch: each sweep takes the next batch until it is caught up, none twice."""
    now = datetime.now(timezone.utc)
    people = [member(shop, f"Cliente {i}", f"333 000 {i:04d}") for i in range(5)]
    for i, person in enumerate(people):
        gift(shop, person, 10 + i, now - timedelta(days=10 - i))
    results = []
    for _ in range(4):
        with write_session(shop.engine) as session:
            results.append(housekeeping.sweep(session, "T1", now.date(), now, batch=2))
    assert [(r.points_expired, r.caught_up) for r in results] == [(2, False), (2, False), (1, True), (0, True)]
    assert expired_rows(shop) == sorted((person, -(10 + i)) for i, person in enumerate(people))


def test_opening_a_shift_expires_uncollected_reservations(till, shop):
    """A reservation left past its grace days expires at the next opening, deposit kept and audited."""
    lucia = member(shop, "Lucia Bianchi", "333 123 4567")
    today = till.shop_today()
    old = till.reserve(lucia, [(shop.products["bread"].id, 1000)], today - timedelta(days=10), deposit=200,
                       deposit_method="cash")
    fresh = till.reserve(lucia, [(shop.products["bread"].id, 1000)], today)
    reopen(shop, till)
    with read_session(shop.engine) as session:
        assert session.get(Reservation, old.id).status == "expired"
        assert session.get(Reservation, fresh.id).status == "open"
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "reservation_expired")).all()
    assert [(e.detail["reservation_id"], e.detail["kept"]) for e in events] == [(old.id, 200)]


def test_two_tills_expiring_the_same_points_write_the_same_key(shop):
    """Till B sweeps an hour after till A, before A's row reached it: same key, so the merge keeps one expiry."""
    lucia = member(shop, "Lucia Bianchi", "333 123 4567")
    now = datetime.now(timezone.utc)
    gift(shop, lucia, 40, now - timedelta(days=2))
    with write_session(shop.engine) as session:
        on_a = loyalty.expire_points(session, lucia, now)
    with write_session(shop.engine) as session:  # till B has not received A's row yet
        session.connection().exec_driver_sql("DELETE FROM pointsentry WHERE id = ?", (on_a.id,))
        on_b = loyalty.expire_points(session, lucia, now + timedelta(hours=1))
    assert (on_b.key, on_b.points) == (on_a.key, on_a.points) == (on_b.key, -40)
    with write_session(shop.engine) as session:  # A's row arrives: the ledger's unique key keeps one
        assert loyalty.add_entry(session, lucia, on_a.key, loyalty.EXPIRE, on_a.points) is None
        assert loyalty.balance(session, lucia) == 0
