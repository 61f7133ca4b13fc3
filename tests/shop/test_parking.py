"""Parking: put a sale aside, serve the next customer, recall it and complete it."""
import pytest

from shop.cart import PERCENT, Discount
from shop.sales import CASH, Tender
from shop.till import Till
from tests.db.tables import audit_events, counts, rows


def park_two(till, shop):
    """Park a bread sale and a discounted wine sale; return their carts as they were."""
    till.scan(shop.barcodes["bread"])
    first = till.cart
    till.park("Signora Bianchi")
    wine = till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["milk"])
    till.discount_line(wine.id, Discount(PERCENT, 500))
    second = till.cart
    till.park()
    return first, second


def test_park_two_and_list(till, shop):
    """Both parked sales are listed oldest first with their labels; the till has an empty cart."""
    first, second = park_two(till, shop)
    parked = till.parked()
    assert [p.label for p in parked] == ["Signora Bianchi", "#2"]
    assert [p.cart["id"] for p in parked] == [first.id, second.id]
    assert till.cart.lines == []
    assert counts(shop.engine)["sale"] == 0


def test_parking_an_empty_cart_does_nothing(till, shop):
    """With nothing on screen, park writes nothing."""
    till.park()
    assert till.parked() == []
    assert counts(shop.engine)["parkedsale"] == 0


def test_recall_brings_back_the_cart_and_removes_it_from_the_list(till, shop):
    """The recalled cart is the one parked, discounts and all, and it is no longer parked."""
    first, second = park_two(till, shop)
    parked = till.parked()
    till.recall(parked[1].id)
    assert till.cart == second
    assert till.cart.totals().total == second.totals().total == 1225 + 159
    assert [p.cart["id"] for p in till.parked()] == [first.id]


def test_recall_parks_the_sale_on_screen_in_its_place(till, shop):
    """Recalling while serving someone parks the current sale, so nobody's sale is lost."""
    first, second = park_two(till, shop)
    till.scan(shop.barcodes["gum"])
    current = till.cart
    till.recall(till.parked()[0].id)
    assert till.cart == first
    assert sorted(p.cart["id"] for p in till.parked()) == sorted([second.id, current.id])


def test_parked_labels_stay_distinct(till, shop):
    """Labels the till makes up are never shared by two parked sales, after recalls too."""
    till.scan(shop.barcodes["bread"])
    till.park()  # "#1"
    till.scan(shop.barcodes["wine"])
    till.park()  # "#2"
    till.recall(till.parked()[0].id)
    till.pay([Tender(CASH, 350)])  # "#1" is served; "#2" still waits
    till.scan(shop.barcodes["gum"])
    till.park()
    till.scan(shop.barcodes["milk"])
    till.recall(till.parked()[0].id)  # the milk sale is parked in the place of "#2"
    labels = [p.label for p in till.parked()]
    assert len(labels) == 2
    assert len(set(labels)) == len(labels), labels


def test_complete_a_recalled_sale(till, shop):
    """A recalled sale is paid like any other and keeps its id; the parked row is gone."""
    first, second = park_two(till, shop)
    till.recall(till.parked()[1].id)
    done = till.pay([Tender(CASH, 2000)])
    assert done.sale_id == second.id
    assert (done.receipt_number, done.total, done.change) == ("T1-000001", 1384, 616)
    lines = rows(shop.engine, "SELECT sku, discount FROM saleline WHERE sale_id = ? ORDER BY position", done.sale_id)
    assert lines == [{"sku": "VIN001", "discount": 65}, {"sku": "LAT001", "discount": 0}]
    assert [p.cart["id"] for p in till.parked()] == [first.id]


def test_parked_sales_survive_a_restart_and_belong_to_their_till(till, shop):
    """A new Till on the same file sees the parked sales; another till id does not."""
    park_two(till, shop)
    again = Till(shop.engine, shop.users["Marco"])
    assert [p.label for p in again.parked()] == ["Signora Bianchi", "#2"]
    other = Till(shop.engine, shop.users["Marco"], again.settings.__class__(till_id="T2"))
    assert other.parked() == []


def test_park_and_recall_are_audited(till, shop):
    """Parking and recalling each leave an audit event naming the cart."""
    first, _ = park_two(till, shop)
    till.recall(till.parked()[0].id)
    parks = audit_events(shop.engine, "park")
    assert [e["detail"]["label"] for e in parks] == ["Signora Bianchi", "#2"]
    (recall,) = audit_events(shop.engine, "recall")
    assert (recall["sale_id"], recall["detail"]) == (first.id, {"label": "Signora Bianchi"})


def test_recall_unknown_id(till, shop):
    """Recalling a parked sale that is not there (another till took it) is a KeyError; the cart stays."""
    till.scan(shop.barcodes["bread"])
    cart = till.cart
    with pytest.raises(KeyError):
        till.recall("no-such-parked-sale")
    assert till.cart is cart
    assert till.parked() == []
