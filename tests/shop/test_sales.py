"""Completing a sale: one durable transaction, payments and change, idempotency, receipt numbers, atomicity."""
import json

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError

from db.engine import read_session
from db.models import Sale
from shop import sales
from shop.cart import PERCENT, CartLine, Discount
from shop.errors import EmptySale, NoOpenShift, PaymentShort
from shop.sales import CARD, CASH, Tender
from shop.settings import ShopSettings
from shop.till import Till
from tests.conftest import with_check_digit
from tests.db.tables import counts, next_receipt, rows


def fill(till, shop) -> int:
    """Two breads, a bottle of wine and 512 g of meatballs: 7.00 + 12.90 + 9.68 = 29.58."""
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["wine"])
    till.scan(with_check_digit("2100042" + "00512"))
    return till.cart.totals().total


def payments_of(shop, sale_id):
    return [
        (p["method"], p["amount"], bool(p["is_change"]))
        for p in rows(shop.engine, "SELECT * FROM payment WHERE sale_id = ? ORDER BY is_change, method", sale_id)
    ]


def test_complete_sale_writes_sale_lines_payments_and_outbox(till, shop):
    """The sale, its three lines, its payment and one outbox row are stored exactly as the cart said."""
    assert fill(till, shop) == 2958
    cart_id = till.cart.id
    done = till.pay([Tender(CASH, 2958)])
    assert (done.sale_id, done.receipt_number, done.total, done.change) == (cart_id, "T1-000001", 2958, 0)

    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    assert sale["id"] == cart_id
    assert (sale["till_id"], sale["seq"], sale["receipt_number"], sale["kind"]) == ("T1", 1, "T1-000001", "sale")
    assert (sale["shift_id"], sale["user_id"], sale["currency"]) == (till.shift.id, shop.users["Anna"].id, "EUR")
    assert (sale["subtotal"], sale["discount_total"], sale["total"], sale["refund_of_id"]) == (2958, 0, 2958, None)

    lines = rows(shop.engine, "SELECT * FROM saleline WHERE sale_id = ? ORDER BY position", cart_id)
    assert [
        (ln["position"], ln["sku"], ln["qty_milli"], ln["unit_price"], ln["vat_rate_bp"], ln["gross"], ln["discount"], ln["total"], ln["vat"])
        for ln in lines
    ] == [
        (1, "PAN001", 2000, 350, 400, 700, 0, 700, 27),
        (2, "VIN001", 1000, 1290, 2200, 1290, 0, 1290, 233),
        (3, "POL001", 512, 1890, 1000, 968, 0, 968, 88),
    ]
    assert [ln["product_id"] for ln in lines] == [shop.products[k].id for k in ("bread", "wine", "meatballs")]
    assert payments_of(shop, cart_id) == [(CASH, 2958, False)]

    (out,) = rows(shop.engine, "SELECT * FROM outbox")
    assert (out["record_type"], out["record_id"], out["sent_at"]) == ("sale", cart_id, None)
    payload = json.loads(out["payload"])
    assert payload["sale"]["receipt_number"] == "T1-000001"
    assert [ln["sku"] for ln in payload["lines"]] == ["PAN001", "VIN001", "POL001"]
    assert [p["amount"] for p in payload["payments"]] == [2958]


def test_complete_sale_is_one_transaction(till, shop):
    """Paying commits exactly once: sale, lines, payments and outbox row go in a single write."""
    fill(till, shop)
    commits = []

    def count_commit(conn):
        commits.append(conn)

    event.listen(shop.engine, "commit", count_commit)
    try:
        till.pay([Tender(CASH, 5000)])
    finally:
        event.remove(shop.engine, "commit", count_commit)
    assert len(commits) == 1
    assert counts(shop.engine)["sale"] == 1


def test_change_is_a_negative_cash_payment(till, shop):
    """50.00 in cash for 29.58 records 50.00 taken and 20.42 given back as change."""
    fill(till, shop)
    done = till.pay([Tender(CASH, 5000)])
    assert done.change == 2042
    assert payments_of(shop, done.sale_id) == [(CASH, 5000, False), (CASH, -2042, True)]
    (total,) = rows(shop.engine, "SELECT sum(amount) AS s FROM payment WHERE sale_id = ?", done.sale_id)
    assert total["s"] == 2958


def test_split_cash_and_card(till, shop):
    """10.00 on card and 20.00 in cash for 29.58: change 0.42 comes out of the cash."""
    fill(till, shop)
    done = till.pay([Tender(CARD, 1000), Tender(CASH, 2000)])
    assert done.change == 42
    assert payments_of(shop, done.sale_id) == [(CARD, 1000, False), (CASH, 2000, False), (CASH, -42, True)]


def test_exact_card_payment(till, shop):
    """A card charged exactly the total records one card payment and no change."""
    fill(till, shop)
    done = till.pay([Tender(CARD, 2958)])
    assert done.change == 0
    assert payments_of(shop, done.sale_id) == [(CARD, 2958, False)]


@pytest.mark.parametrize("tenders", [[Tender(CARD, 3000)], [Tender(CARD, 2990), Tender(CASH, 10)]])
def test_card_over_tender_is_refused(till, shop, tenders):
    """A card is never charged more than is left: change that would have to come off the card is refused."""
    fill(till, shop)
    before = counts(shop.engine)
    with pytest.raises(PaymentShort):
        till.pay(tenders)
    assert counts(shop.engine) == before
    assert len(till.cart.lines) == 3


@pytest.mark.parametrize("tenders, missing", [([Tender(CASH, 2000)], 958), ([], 2958), ([Tender(CARD, 1000), Tender(CASH, 1900)], 58)])
def test_paying_short_writes_nothing(till, shop, tenders, missing):
    """Less than the total raises PaymentShort with what is missing; no row is written, the cart stays."""
    fill(till, shop)
    cart = till.cart
    before = counts(shop.engine)
    with pytest.raises(PaymentShort) as raised:
        till.pay(tenders)
    assert raised.value.missing == missing
    assert counts(shop.engine) == before
    assert next_receipt(shop.engine) == 1
    assert till.cart is cart and till.cart.totals().total == 2958


def test_completing_the_same_cart_twice_records_one_sale(till, shop):
    """A double click or retry with the same cart returns the first receipt and writes nothing more."""
    fill(till, shop)
    cart = till.cart
    first = sales.complete_sale(shop.engine, cart, [Tender(CASH, 5000)], till.user, till.shift, till.settings)
    after_first = counts(shop.engine)
    second = sales.complete_sale(shop.engine, cart, [Tender(CASH, 5000)], till.user, till.shift, till.settings)
    assert second == first
    assert (second.receipt_number, second.change) == ("T1-000001", 2042)
    assert counts(shop.engine) == after_first
    assert next_receipt(shop.engine) == 2


def test_paying_again_after_the_sale_is_an_empty_sale(till, shop):
    """Once paid the till has a fresh empty cart; a second press of pay raises EmptySale and writes nothing."""
    fill(till, shop)
    till.pay([Tender(CASH, 2958)])
    before = counts(shop.engine)
    with pytest.raises(EmptySale):
        till.pay([Tender(CASH, 2958)])
    assert counts(shop.engine) == before


def test_receipt_numbers_are_sequential_per_till(till, shop):
    """Receipts count T1-000001, T1-000002, ...; another till on the same file has its own numbers."""
    numbers = []
    for _ in range(3):
        till.scan(shop.barcodes["milk"])
        numbers.append(till.pay([Tender(CASH, 200)]).receipt_number)
    assert numbers == ["T1-000001", "T1-000002", "T1-000003"]
    assert [r["seq"] for r in rows(shop.engine, "SELECT seq FROM sale ORDER BY seq")] == [1, 2, 3]

    other = Till(shop.engine, shop.users["Marco"], ShopSettings(till_id="T2"))
    other.open_shift(0)
    other.scan(shop.barcodes["milk"])
    assert other.pay([Tender(CASH, 159)]).receipt_number == "T2-000001"
    till.scan(shop.barcodes["milk"])
    assert till.pay([Tender(CASH, 159)]).receipt_number == "T1-000004"


def broken_product_line() -> CartLine:
    return CartLine("no-such-product", "GHOST", "Ghost", "pc", 100, 2200, 1000)


@pytest.mark.parametrize("failure", ["line with unknown product", "payment without method"])
def test_failed_write_leaves_no_trace(till, shop, failure):
    """A constraint violation part-way through the sale rolls back everything, the receipt counter too."""
    fill(till, shop)
    if failure == "line with unknown product":
        till.cart.add(broken_product_line())  # the sale row is in, the lines fail on the foreign key
        tenders = [Tender(CASH, 5000)]
    else:
        tenders = [Tender(None, 2958)]  # sale and lines are in, the payment fails NOT NULL
    failed_cart = till.cart
    before = counts(shop.engine)
    with pytest.raises(IntegrityError):
        till.pay(tenders)
    assert counts(shop.engine) == before
    assert before["sale"] == before["saleline"] == before["payment"] == before["outbox"] == 0
    assert next_receipt(shop.engine) == 1
    with read_session(shop.engine) as session:
        assert session.get(Sale, failed_cart.id) is None
    assert till.cart is failed_cart  # the cashier still has the sale on screen

    if failure == "line with unknown product":
        till.cart.remove(till.cart.lines[-1].id)
    done = till.pay([Tender(CASH, 5000)])
    assert done.receipt_number == "T1-000001"
    assert counts(shop.engine)["saleline"] == 3


def test_empty_cart_cannot_be_paid(till, shop):
    """A sale with no lines is EmptySale and writes nothing."""
    with pytest.raises(EmptySale):
        till.pay([Tender(CASH, 0)])
    assert counts(shop.engine)["sale"] == 0


def test_no_sale_without_an_open_shift(shop):
    """Selling needs an open shift: NoOpenShift, nothing written."""
    till = Till(shop.engine, shop.users["Anna"])
    till.scan(shop.barcodes["milk"])
    with pytest.raises(NoOpenShift):
        till.pay([Tender(CASH, 159)])
    assert counts(shop.engine)["sale"] == 0


def test_settle_rules():
    """Change only from cash; refunds pay back exactly; short payments say how much is missing."""
    assert sales.settle(1000, [Tender(CASH, 1500)]) == ([Tender(CASH, 1500)], 500)
    assert sales.settle(1000, [Tender(CARD, 600), Tender(CASH, 500)])[1] == 100
    with pytest.raises(PaymentShort) as raised:
        sales.settle(1000, [Tender(CARD, 400)])
    assert raised.value.missing == 600
    with pytest.raises(PaymentShort):
        sales.settle(1000, [Tender(CARD, 1001)])
    assert sales.settle(-500, [Tender(CASH, -500)]) == ([Tender(CASH, -500)], 0)
    with pytest.raises(PaymentShort):
        sales.settle(-500, [Tender(CASH, -600)])
    with pytest.raises(PaymentShort):
        sales.settle(-500, [Tender(CASH, -400)])


def test_sale_rows_come_back_as_the_cart_left_them(till, shop):
    """Subtotal minus discounts is the total, and the lines add up to it, for a discounted sale too."""
    fill(till, shop)
    till.discount_order(Discount(PERCENT, 500))
    done = till.pay([Tender(CARD, till.cart.totals().total)])
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    lines = rows(shop.engine, "SELECT * FROM saleline WHERE sale_id = ?", done.sale_id)
    assert sale["subtotal"] - sale["discount_total"] == sale["total"] == done.total == 2958 - 148
    assert sum(ln["total"] for ln in lines) == sale["total"]
    assert sum(ln["discount"] for ln in lines) == sale["discount_total"]
    assert all(ln["gross"] - ln["discount"] == ln["total"] for ln in lines)
