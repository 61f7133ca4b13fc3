"""shop/till_customers.py and shop/till_reservations.py: each screen operation is one transaction."""
from datetime import timedelta

import pytest

from shop import consents
from shop.reservations import ReservationPolicy
from shop.customer_errors import DuplicateCustomer, ReservationStateError
from shop.errors import NoOpenShift
from shop.till_customers import TillCustomers
from shop.till_reservations import TillReservations
from tests.db.tables import rows


@pytest.fixture
def desk(till):
    return TillCustomers(till)


def test_a_card_that_could_not_be_saved_is_not_issued(desk, tmp_path):
    """If writing the card's PDF fails, the card is not issued either; the next try issues exactly one."""
    maria = desk.register("Maria Rossi", "333 123 4567", "", None, {"email": False})

    def full_disk(card):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        desk.issue_card(maria, False, full_disk)
    assert desk.active_card(maria) is None
    saved = []
    card = desk.issue_card(maria, False, saved.append)
    assert saved == [card] and desk.active_card(maria).code == card.code


def test_an_edit_refused_keeps_the_consents_as_they_were(desk):
    """A phone that belongs to someone else refuses the whole edit: the consent ticked with it is not kept."""
    desk.register("Luca Bianchi", "333 765 4321", "", None, {})
    paola = desk.register("Paola Conti", "", "", None, {})
    with pytest.raises(DuplicateCustomer):
        desk.edit(paola, {"phone": "333 765 4321"}, {"sms": True})
    assert consents.current_consents(desk.customer(paola))["sms"] is False
    desk.edit(paola, {"notes": "gluten free"}, {"sms": True})
    after = desk.customer(paola)
    assert after.notes == "gluten free" and consents.current_consents(after)["sms"] is True


def test_reservations_lists_and_ready(till, shop):
    """An order put aside for tomorrow is coming up; marked ready it is on the ready list too, and only once."""
    desk = TillCustomers(till)
    maria = desk.register("Maria Rossi", "333 123 4567", "", None, {})
    product = till.scan(shop.barcodes["bread"]).product_id
    till.cart.lines.clear()
    booked = till.reserve(maria, [(product, 1000)], till.shop_today() + timedelta(days=1))
    board = TillReservations(till)
    assert [r.id for r in board.lists(till.shop_today())["upcoming"]] == [booked.id]
    board.mark_ready(booked.id)
    lists = board.lists(till.shop_today())
    assert [r.id for r in lists["ready"]] == [booked.id] and lists["today"] == lists["overdue"] == []
    with pytest.raises(ReservationStateError):
        board.mark_ready(booked.id)
    assert rows(till.engine, "SELECT status FROM reservation") == [{"status": "ready"}]
    assert board.refund_deposit_on_cancel() is ReservationPolicy().refund_deposit_on_cancel  # the shop's default


def test_a_cash_deposit_is_not_paid_back_without_an_open_shift(till, shop):
    """Cancelling with a cash deposit to give back while no shift is open: NoOpenShift, and nothing changes."""
    maria = TillCustomers(till).register("Maria Rossi", "333 123 4567", "", None, {})
    booked = till.reserve(maria, [(shop.products["bread"].id, 1000)], till.shop_today(), deposit=500,
                          deposit_method="cash")
    assert TillReservations(till).refund_deposit_on_cancel()  # the default: the deposit is given back
    till.close_shift(10_500)
    with pytest.raises(NoOpenShift):
        till.cancel_reservation(booked.id)
    assert rows(till.engine, "SELECT status, deposit_refunded FROM reservation") == [{"status": "open", "deposit_refunded": 0}]
