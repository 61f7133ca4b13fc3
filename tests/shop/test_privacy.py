"""Privacy: export everything about a customer as JSON; erase anonymises and keeps sales, VAT and the ledger."""
import json

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Customer, Sale
from shop import cards, loyalty, privacy
from shop.customer_errors import CardRevoked, ReservationStateError
from shop.customers import find_customers, register_customer
from shop.errors import NotAllowed
from shop.sales import CASH, Tender


@pytest.fixture
def regular(shop, till):
    """Lucia: a card, consent to SMS, two sales with points and a reservation picked up."""
    with write_session(shop.engine) as session:
        customer = register_customer(session, "IT", "Lucia Bianchi", "333 123 4567", "lucia@example.com",
                                     notes="allergic to nuts", consent={"sms": True}, tags=["regular"])
        card = cards.issue_card(session, customer.id, "T1")
    for key in ("wine", "bread"):
        till.attach_customer(customer.id)
        till.scan(shop.barcodes[key])
        till.pay([Tender(CASH, till.cart.totals().total)])
    made = till.reserve(customer.id, [(shop.products["ham"].id, 200)], till.shop_today(), note="Lucia's party")
    till.pickup_reservation(made.id)
    till.pay([Tender(CASH, till.cart.totals().total)])
    return customer.id, card.code


def test_export_holds_everything_as_json(shop, regular):
    """The export names the person and lists consents, card, points, reservations and every sale; audited."""
    customer_id, code = regular
    with write_session(shop.engine) as session:
        data = privacy.export_customer(session, customer_id, shop.users["Marco"], "T1")
    text = json.dumps(data, ensure_ascii=False)
    assert json.loads(text)["customer"]["phone"] == "+393331234567"
    assert (data["customer"]["notes"], data["customer"]["tags"]) == ("allergic to nuts", ["regular"])
    assert [(c["channel"], c["granted"]) for c in data["consents"]] == [("sms", True)]
    assert [c["code"] for c in data["cards"]] == [code]
    assert [s["lines"][0]["name"] for s in data["sales"]] == ["Sangiovese di Romagna", "Pane di Altamura",
                                                             "Prosciutto crudo di Parma"]
    assert sum(p["points"] for p in data["points"]) == 12 + 3 + 7
    assert data["reservations"][0]["status"] == "picked_up"
    with read_session(shop.engine) as session:
        assert session.exec(select(AuditEvent.action).where(AuditEvent.action == "customer_exported")).all()


def test_erase_anonymises_and_keeps_sales_and_ledger(shop, regular):
    """After erasure nothing identifies her; sales, totals and points remain under the anonymous id."""
    customer_id, code = regular
    with read_session(shop.engine) as session:
        sales_before = session.exec(select(Sale.id, Sale.total).where(Sale.customer_id == customer_id)).all()
        points_before = loyalty.balance(session, customer_id)
    with write_session(shop.engine) as session:
        privacy.erase_customer(session, customer_id, shop.users["Giulia"], "T1")
    with read_session(shop.engine) as session:
        erased = session.get(Customer, customer_id)
        assert (erased.name, erased.phone, erased.email, erased.birthday, erased.notes) == ("—", None, None, None, "")
        assert erased.tags == []
        assert not (erased.consent_sms or erased.consent_email) and erased.erased_at
        assert session.exec(select(Sale.id, Sale.total).where(Sale.customer_id == customer_id)).all() == sales_before
        assert loyalty.balance(session, customer_id) == points_before
        for typed in ("333 123 4567", "Lucia", "bianchi", "lucia@example.com"):
            assert find_customers(session, typed, "IT") == []
        with pytest.raises(CardRevoked):
            cards.customer_by_card(session, code)
        notes = session.connection().exec_driver_sql("SELECT note FROM reservation").scalars().all()
        assert notes == [""]
        dump = json.dumps(privacy.export_customer(session, customer_id, shop.users["Marco"], "T1"), ensure_ascii=False)
        # The phone in any form (not "333" alone: an id or a timestamp may hold those digits by chance).
        assert "Lucia" not in dump and "3331234567" not in dump and "333 123" not in dump and "nuts" not in dump
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "customer_erased")).all()
        assert [(e.user_id, e.detail["customer_id"]) for e in events] == [(shop.users["Giulia"].id, customer_id)]


def test_erase_needs_a_manager_and_no_open_reservation(shop, till, regular):
    """A cashier may not erase; an open reservation must be dealt with first."""
    customer_id, _code = regular
    with pytest.raises(NotAllowed):
        with write_session(shop.engine) as session:
            privacy.erase_customer(session, customer_id, shop.users["Anna"], "T1")
    till.reserve(customer_id, [(shop.products["bread"].id, 1000)], till.shop_today())
    with pytest.raises(ReservationStateError):
        with write_session(shop.engine) as session:
            privacy.erase_customer(session, customer_id, shop.users["Marco"], "T1")
    with read_session(shop.engine) as session:
        assert session.get(Customer, customer_id).name == "Lucia Bianchi"


def test_phone_of_an_erased_customer_can_register_again(shop, regular):
    """Once erased, the same person may join again with the same phone and e-mail."""
    customer_id, _code = regular
    with write_session(shop.engine) as session:
        privacy.erase_customer(session, customer_id, shop.users["Marco"], "T1")
    with write_session(shop.engine) as session:
        again = register_customer(session, "IT", "Lucia Bianchi", "333 123 4567", "lucia@example.com")
    assert again.id != customer_id
