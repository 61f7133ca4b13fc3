"""The till's sensitive actions: discounts over the limit, price overrides, voids and the drawer, all audited."""
import pytest

from shop.cart import AMOUNT, PERCENT, Discount
from shop.errors import DiscountTooLarge, NeedsApproval, NotAllowed
from shop.sales import CARD, Tender
from shop.till import Till
from tests.conftest import PINS
from tests.db.tables import audit_events, counts, rows


@pytest.fixture
def wine_line(till, shop):
    """Anna's cart with one bottle of wine (12.90)."""
    return till.scan(shop.barcodes["wine"])


def test_discount_within_limit_needs_no_approval_and_no_audit(till, wine_line):
    """10 % is the limit: a cashier may give it alone and nothing is audited."""
    till.discount_line(wine_line.id, Discount(PERCENT, 1000))
    assert till.cart.totals().total == 1161
    till.discount_order(Discount(AMOUNT, 116))  # 116 of 1161 is just under 10 %
    assert till.cart.totals().total == 1045
    assert audit_events(till.engine, "discount_over_limit") == []


@pytest.mark.parametrize("discount", [Discount(PERCENT, 1500), Discount(AMOUNT, 200)])
def test_line_discount_over_limit_needs_approval(till, wine_line, discount):
    """A cashier's 15 % (or 2.00 of 12.90) line discount raises NeedsApproval and is not applied."""
    with pytest.raises(NeedsApproval) as raised:
        till.discount_line(wine_line.id, discount)
    assert raised.value.action == "discount"
    assert wine_line.discount is None
    assert till.cart.totals().total == 1290
    assert audit_events(till.engine, "discount_over_limit") == []


def test_manager_approval_lets_discount_through_and_is_audited(till, shop, wine_line):
    """With Marco's PIN the 15 % goes on, and an audit event names Anna, Marco and the line."""
    marco = till.approve(PINS["Marco"], "discount")
    till.discount_line(wine_line.id, Discount(PERCENT, 1500), approver=marco)
    assert till.cart.totals().total == 1096  # 1290 - 193.5 -> 194
    (event,) = audit_events(till.engine, "discount_over_limit")
    assert (event["user_id"], event["till_id"], event["sale_id"]) == (shop.users["Anna"].id, "T1", till.cart.id)
    assert event["detail"] == {"line": "VIN001", "kind": PERCENT, "value": 1500, "approved_by": marco.id}


def test_order_discount_over_limit_needs_approval_then_is_audited(till, shop, wine_line):
    """An order discount above the limit also needs a manager; the approved one is audited as an order discount."""
    with pytest.raises(NeedsApproval):
        till.discount_order(Discount(PERCENT, 2000))
    assert till.cart.order_discount is None
    giulia = till.approve(PINS["Giulia"], "discount")
    till.discount_order(Discount(PERCENT, 2000), approver=giulia)
    assert till.cart.totals().total == 1032
    (event,) = audit_events(till.engine, "discount_over_limit")
    assert event["detail"] == {"order": True, "kind": PERCENT, "value": 2000, "approved_by": giulia.id}


def test_cashier_cannot_approve_her_own_discount(till, wine_line):
    """Anna's PIN is not an approval."""
    with pytest.raises(NotAllowed):
        till.approve(PINS["Anna"], "discount")


def test_manager_gives_large_discounts_alone_but_they_are_audited(shop):
    """Signed in as a manager no approval is asked, yet the over-limit discount still leaves an audit event."""
    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    line = till.scan(shop.barcodes["wine"])
    till.discount_line(line.id, Discount(PERCENT, 5000))
    assert till.cart.totals().total == 645
    (event,) = audit_events(shop.engine, "discount_over_limit")
    assert event["user_id"] == shop.users["Marco"].id
    assert "approved_by" not in event["detail"]


def test_discount_too_large_comes_before_approval(till, wine_line):
    """A discount bigger than the line or order is DiscountTooLarge before any approval is asked for."""
    with pytest.raises(DiscountTooLarge):
        till.discount_line(wine_line.id, Discount(AMOUNT, 1291))
    with pytest.raises(DiscountTooLarge):
        till.discount_order(Discount(PERCENT, 10_001))


def test_approved_discount_is_stored_with_the_sale(till, shop, wine_line):
    """The approved discount ends up on the sale line and the audit event points at the sale."""
    till.scan(shop.barcodes["bread"])
    marco = till.approve(PINS["Marco"], "discount")
    till.discount_line(wine_line.id, Discount(PERCENT, 2500), approver=marco)
    done = till.pay([Tender(CARD, till.cart.totals().total)])
    lines = rows(shop.engine, "SELECT sku, discount, total FROM saleline WHERE sale_id = ? ORDER BY position", done.sale_id)
    assert lines == [{"sku": "VIN001", "discount": 323, "total": 967}, {"sku": "PAN001", "discount": 0, "total": 350}]
    (sale,) = rows(shop.engine, "SELECT discount_total, total FROM sale")
    assert sale == {"discount_total": 323, "total": 1317}
    assert audit_events(shop.engine, "discount_over_limit")[0]["sale_id"] == done.sale_id


def test_void_line_is_audited(till, shop, wine_line):
    """Voiding a line removes it and records who voided what."""
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["wine"])
    till.void_line(wine_line.id)
    assert [line.sku for line in till.cart.lines] == ["PAN001"]
    (event,) = audit_events(shop.engine, "void_line")
    assert (event["user_id"], event["sale_id"]) == (shop.users["Anna"].id, till.cart.id)
    assert event["detail"] == {"sku": "VIN001", "name": "Sangiovese di Romagna", "qty_milli": 2000, "gross": 2580}


def test_quantity_zero_voids_the_line(till, shop, wine_line):
    """Setting a line's quantity to zero is a void, with its audit event."""
    till.set_qty(wine_line.id, 0)
    assert till.cart.lines == []
    assert len(audit_events(shop.engine, "void_line")) == 1


def test_void_sale_is_audited_and_starts_a_new_cart(till, shop, wine_line):
    """Voiding the whole sale records its lines and total and leaves an empty cart with a new id."""
    old_id = till.cart.id
    till.void_sale()
    assert till.cart.lines == [] and till.cart.id != old_id
    (event,) = audit_events(shop.engine, "void_sale")
    assert (event["sale_id"], event["detail"]) == (old_id, {"lines": 1, "total": 1290})
    till.void_sale()  # nothing on screen: nothing to audit
    assert len(audit_events(shop.engine, "void_sale")) == 1
    assert counts(shop.engine)["sale"] == 0


def test_price_override_needs_approval(till, shop, wine_line):
    """A cashier cannot change a price alone; the line keeps its price."""
    with pytest.raises(NeedsApproval) as raised:
        till.override_price(wine_line.id, 990)
    assert raised.value.action == "price_override"
    assert (wine_line.unit_price, wine_line.price_overridden) == (1290, False)
    assert audit_events(shop.engine, "price_override") == []


def test_price_override_is_audited_and_marked_on_the_sale(till, shop, wine_line):
    """An approved override records old and new price and approver; the sale line is flagged."""
    marco = till.approve(PINS["Marco"], "price_override")
    till.override_price(wine_line.id, 990, approver=marco)
    (event,) = audit_events(shop.engine, "price_override")
    assert event["detail"] == {"line": "VIN001", "old": 1290, "new": 990, "approved_by": marco.id}
    assert event["user_id"] == shop.users["Anna"].id
    done = till.pay([Tender(CARD, 990)])
    (line,) = rows(shop.engine, "SELECT unit_price, price_overridden, total FROM saleline WHERE sale_id = ?", done.sale_id)
    assert line == {"unit_price": 990, "price_overridden": 1, "total": 990}
    assert event["sale_id"] == done.sale_id


def test_no_sale_drawer_opening_needs_a_manager_and_is_audited(till, shop):
    """Opening the drawer without a sale asks for a manager and leaves an audit event."""
    with pytest.raises(NeedsApproval):
        till.open_drawer()
    assert audit_events(shop.engine, "drawer_open_no_sale") == []
    marco = till.approve(PINS["Marco"], "no_sale")
    till.open_drawer(approver=marco)
    (event,) = audit_events(shop.engine, "drawer_open_no_sale")
    assert event["detail"] == {"approved_by": marco.id}


def test_add_product_by_id_and_weighed_items_start_at_zero(till, shop):
    """A quick key adds one piece, or an empty weight line for a kilo item; an unknown id is a KeyError."""
    bread = till.add_product_id(shop.products["bread"].id)
    meat = till.add_product_id(shop.products["meatballs"].id)
    assert (bread.qty_milli, meat.qty_milli, meat.unit) == (1000, 0, "kg")
    with pytest.raises(KeyError):
        till.add_product_id("no-such-product")
    assert len(till.cart.lines) == 2
