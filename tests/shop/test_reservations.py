"""Reservations: put aside, list, pick up with the deposit credited, cancel, expire, repeat; all audited."""
from datetime import timedelta

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, CashMovement, Payment, Reservation
from shop import reservations
from shop.customer_errors import ReservationStateError
from shop.customers import register_customer
from shop.sales import CASH, Tender


@pytest.fixture
def customer(shop):
    with write_session(shop.engine) as session:
        return register_customer(session, "IT", "Lucia Bianchi", "333 123 4567").id


def status(shop, reservation_id):
    with read_session(shop.engine) as session:
        return session.get(Reservation, reservation_id).status


def actions(shop):
    with read_session(shop.engine) as session:
        return [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.at))]


def test_reserve_with_cash_deposit_puts_it_in_the_drawer(till, shop, customer):
    """500 g meatballs and a bread with 5.00 cash down: a cash movement on the shift, audited, listed for the day."""
    today = till.shop_today()
    made = till.reserve(customer, [(shop.products["meatballs"].id, 500), (shop.products["bread"].id, 1000)], today,
                        note="for Sunday lunch", deposit=500, deposit_method="cash")
    with read_session(shop.engine) as session:
        moves = session.exec(select(CashMovement.amount, CashMovement.reason)).all()
        assert moves == [(500, f"deposit {made.id}")]
        listed = reservations.due_today(session, today)
    assert [r.id for r in listed] == [made.id]
    info = listed[0]
    assert (info.customer_name, info.deposit, info.note) == ("Lucia Bianchi", 500, "for Sunday lunch")
    assert [(i.name, i.qty_milli, i.estimate) for i in info.items] == [("Polpette di manzo", 500, 945), ("Pane di Altamura", 1000, 350)]
    assert info.estimate == 1295
    assert "reservation_created" in actions(shop)


def test_pickup_turns_into_a_sale_with_the_deposit_credited(till, shop, customer):
    """Picking up fills the cart for the customer; paying the rest completes the sale and the reservation together."""
    made = till.reserve(customer, [(shop.products["meatballs"].id, 500)], till.shop_today(), deposit=500,
                        deposit_method="cash")
    cart = till.pickup_reservation(made.id)
    assert cart.customer_id == customer and [line.qty_milli for line in cart.lines] == [500]
    assert cart.totals().total == 945
    done = till.pay([Tender(CASH, 445)])
    with read_session(shop.engine) as session:
        stored = session.get(Reservation, made.id)
        assert (stored.status, stored.sale_id) == ("picked_up", done.sale_id)
        pays = session.exec(select(Payment.method, Payment.amount).where(Payment.sale_id == done.sale_id)
                            .order_by(Payment.method)).all()
    assert pays == [("cash", 445), ("deposit", 500)]
    with pytest.raises(ReservationStateError):
        till.pickup_reservation(made.id)
    assert "reservation_picked_up" in actions(shop)


def test_view_shows_reservations_when_the_customer_is_attached(till, shop, customer):
    """The customer card lists what is put aside for them; a picked-up one disappears from it."""
    made = till.reserve(customer, [(shop.products["ham"].id, 200)], till.shop_today() + timedelta(days=2))
    assert [r.id for r in till.attach_customer(customer).reservations] == [made.id]
    till.detach_customer()
    till.pickup_reservation(made.id)
    till.pay([Tender(CASH, till.cart.totals().total)])
    assert till.attach_customer(customer).reservations == []


def test_cancel_refunds_or_keeps_the_deposit_per_policy(till, shop, customer):
    """By default the cash deposit goes back out of the drawer; with the policy off it is kept."""
    first = till.reserve(customer, [(shop.products["bread"].id, 1000)], till.shop_today(), deposit=300, deposit_method="cash")
    till.cancel_reservation(first.id)
    with write_session(shop.engine) as session:
        policy = reservations.load_policy(session)
        policy.refund_deposit_on_cancel = False
        reservations.save_policy(session, policy)
    second = till.reserve(customer, [(shop.products["bread"].id, 1000)], till.shop_today(), deposit=300, deposit_method="cash")
    till.cancel_reservation(second.id)
    with read_session(shop.engine) as session:
        moves = session.exec(select(CashMovement.amount).order_by(CashMovement.created_at)).all()
        refunded = [session.get(Reservation, r.id).deposit_refunded for r in (first, second)]
    assert moves == [300, -300, 300]
    assert refunded == [300, 0]
    assert status(shop, first.id) == status(shop, second.id) == "cancelled"


def test_state_machine_refuses_impossible_moves(till, shop, customer):
    """Ready only from open; a cancelled reservation can be neither picked up nor cancelled again."""
    made = till.reserve(customer, [(shop.products["bread"].id, 1000)], till.shop_today())
    with write_session(shop.engine) as session:
        reservations.mark_ready(session, made.id, shop.users["Anna"], "T1")
    with read_session(shop.engine) as session:
        assert [r.id for r in reservations.ready(session)] == [made.id]
    with pytest.raises(ReservationStateError):
        with write_session(shop.engine) as session:
            reservations.mark_ready(session, made.id, shop.users["Anna"], "T1")
    till.cancel_reservation(made.id)
    with pytest.raises(ReservationStateError) as caught:
        till.pickup_reservation(made.id)
    assert (caught.value.status, caught.value.wanted) == ("cancelled", "picked_up")
    with pytest.raises(ReservationStateError):
        till.cancel_reservation(made.id)


def test_overdue_then_expired_keeps_the_deposit(till, shop, customer):
    """Past the pick-up date it is overdue; past the grace days it expires with the deposit kept."""
    today = till.shop_today()
    late = till.reserve(customer, [(shop.products["bread"].id, 1000)], today - timedelta(days=1), deposit=200,
                        deposit_method="card")
    gone = till.reserve(customer, [(shop.products["milk"].id, 1000)], today - timedelta(days=5))
    with read_session(shop.engine) as session:
        assert {r.id for r in reservations.overdue(session, today)} == {late.id, gone.id}
    with write_session(shop.engine) as session:
        expired = reservations.expire_overdue(session, today, "T1")
    assert [r.id for r in expired] == [gone.id]
    assert (status(shop, late.id), status(shop, gone.id)) == ("open", "expired")
    assert "reservation_expired" in actions(shop)


def test_recurring_reservation_creates_the_next_one(till, shop, customer):
    """Every Friday, 500 g meatballs: picking this one up puts the next one aside a week later."""
    today = till.shop_today()
    made = till.reserve(customer, [(shop.products["meatballs"].id, 500)], today, note="every Friday", repeat_days=7)
    till.pickup_reservation(made.id)
    till.pay([Tender(CASH, 945)])
    with read_session(shop.engine) as session:
        upcoming = reservations.upcoming(session, today)
    assert [(r.pickup_date, r.note, r.repeat_days, [i.qty_milli for i in r.items]) for r in upcoming] == [
        (today + timedelta(days=7), "every Friday", 7, [500])]
    till.cancel_reservation(upcoming[0].id, stop_repeating=True)
    with read_session(shop.engine) as session:
        assert reservations.upcoming(session, today) == []


def test_reserve_validates_items_and_deposit(till, shop, customer):
    """No items, zero quantity or a deposit without a method are refused."""
    with pytest.raises(ValueError):
        till.reserve(customer, [], till.shop_today())
    with pytest.raises(ValueError):
        till.reserve(customer, [(shop.products["bread"].id, 0)], till.shop_today())
    with pytest.raises(ValueError):
        till.reserve(customer, [(shop.products["bread"].id, 1000)], till.shop_today(), deposit=100)
