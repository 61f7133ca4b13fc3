"""Refunds: finding the receipt, partial returns that pay back exactly what was paid, never more than sold."""
import pytest

from shop import sales
from shop.cart import AMOUNT, PERCENT, Discount
from shop.errors import NothingToRefund, PaymentShort, RefundTooLarge, SaleNotFound
from shop.sales import CARD, CASH, Tender
from tests.conftest import with_check_digit
from tests.db.tables import audit_events, counts, next_receipt, rows


@pytest.fixture
def sold(till, shop):
    """Receipt T1-000001: three wines (1.01 off the line), a bread and 512 g of meatballs, 5 % off the order."""
    wine = till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["wine"])
    till.discount_line(wine.id, Discount(AMOUNT, 101))
    till.scan(shop.barcodes["bread"])
    till.scan(with_check_digit("2100042" + "00512"))
    till.discount_order(Discount(PERCENT, 500))
    done = till.pay([Tender(CARD, till.cart.totals().total)])
    lines = rows(shop.engine, "SELECT * FROM saleline WHERE sale_id = ? ORDER BY position", done.sale_id)
    return done, {line["sku"]: line for line in lines}


def refund(till, sale_id, quantities, reason="changed mind"):
    cart = till.start_refund(sale_id, quantities, reason)
    total = cart.totals().total
    return till.pay([Tender(CASH, total)]), cart


@pytest.mark.parametrize("typed", ["T1-000001", "t1-1", "1", " T1-1 ", "000001"])
def test_find_receipt_as_typed(till, sold, typed):
    """The receipt is found from its full number, a short lower-case form or just the digits."""
    sale, lines = till.find_receipt(typed)
    assert sale.id == sold[0].sale_id
    assert [line.sku for line in lines] == ["VIN001", "PAN001", "POL001"]


@pytest.mark.parametrize("typed", ["T1-000002", "T2-1", "abc", "", "T1-", "2"])
def test_unknown_receipt(till, sold, typed):
    """A number that is not a sale of this shop raises SaleNotFound with what was typed."""
    with pytest.raises(SaleNotFound) as raised:
        till.find_receipt(typed)
    assert raised.value.number == typed


def test_returnable_lines_show_what_was_paid(till, sold):
    """Each line offers its sold quantity and what the customer really paid for it, discounts included."""
    done, lines = sold
    _, returnable = till.find_receipt("1")
    wine = returnable[0]
    assert (wine.sold_milli, wine.returnable_milli, wine.refunded_amount) == (3000, 3000, 0)
    assert wine.paid == lines["VIN001"]["total"]
    assert sum(line.paid for line in returnable) == done.total


def test_refund_is_a_new_sale_pointing_at_the_original(till, shop, sold):
    """A refund is kind 'refund' with refund_of_id, negative lines pointing at the original lines, money paid back."""
    done, lines = sold
    result, cart = refund(till, done.sale_id, {lines["VIN001"]["id"]: 1000, lines["PAN001"]["id"]: 1000}, "corked")
    assert result.receipt_number == "T1-000002"
    (row,) = rows(shop.engine, "SELECT * FROM sale WHERE id = ?", result.sale_id)
    assert (row["kind"], row["refund_of_id"], row["reason"]) == ("refund", done.sale_id, "corked")
    assert row["total"] == result.total < 0
    refund_lines = rows(shop.engine, "SELECT * FROM saleline WHERE sale_id = ? ORDER BY position", result.sale_id)
    assert [(ln["sku"], ln["qty_milli"], ln["refunded_line_id"]) for ln in refund_lines] == [
        ("VIN001", -1000, lines["VIN001"]["id"]),
        ("PAN001", -1000, lines["PAN001"]["id"]),
    ]
    assert refund_lines[1]["total"] == -lines["PAN001"]["total"]  # the one bread: exactly what it cost
    assert all(ln["total"] < 0 and ln["vat"] <= 0 for ln in refund_lines)
    assert sum(ln["total"] for ln in refund_lines) == row["total"]
    payments = rows(shop.engine, "SELECT method, amount, is_change FROM payment WHERE sale_id = ?", result.sale_id)
    assert payments == [{"method": CASH, "amount": row["total"], "is_change": 0}]
    (out,) = rows(shop.engine, "SELECT record_type FROM outbox WHERE record_id = ?", result.sale_id)
    assert out["record_type"] == "sale"


def test_refund_is_audited(till, shop, sold):
    """Every refund leaves an audit event with the original sale, the reason and the amount."""
    done, lines = sold
    result, _ = refund(till, done.sale_id, {lines["PAN001"]["id"]: 1000}, "stale")
    (event,) = audit_events(shop.engine, "refund")
    assert (event["sale_id"], event["user_id"]) == (result.sale_id, shop.users["Anna"].id)
    assert event["detail"] == {"refund_of": done.sale_id, "reason": "stale", "total": result.total}


def test_partial_refunds_of_a_discounted_line_add_up_to_what_was_paid(till, shop, sold):
    """Three wines returned one at a time pay back exactly the discounted line total, to the cent."""
    done, lines = sold
    wine = lines["VIN001"]
    assert wine["total"] % 3 != 0  # the per-bottle price does not divide evenly
    paid_back = []
    for _ in range(3):
        result, _ = refund(till, done.sale_id, {wine["id"]: 1000})
        paid_back.append(-result.total)
    assert sum(paid_back) == wine["total"]
    assert max(paid_back) - min(paid_back) <= 1
    (refunded,) = rows(shop.engine, "SELECT sum(total) AS t FROM saleline WHERE refunded_line_id = ?", wine["id"])
    assert refunded["t"] == -wine["total"]
    _, returnable = till.find_receipt("1")
    assert (returnable[0].returnable_milli, returnable[0].refunded_amount) == (0, -wine["total"])


def test_partial_refunds_of_a_weighed_line(till, sold):
    """200 g then the remaining 312 g of the meatballs pay back the whole line exactly."""
    done, lines = sold
    meat = lines["POL001"]
    first, _ = refund(till, done.sale_id, {meat["id"]: 200})
    second, _ = refund(till, done.sale_id, {meat["id"]: 312})
    assert first.total == -round(meat["total"] * 200 / 512)
    assert first.total + second.total == -meat["total"]


def test_whole_sale_refund_pays_back_the_sale_total(till, sold):
    """Returning everything at once gives back exactly what the customer paid for the receipt."""
    done, lines = sold
    result, _ = refund(till, done.sale_id, {line["id"]: line["qty_milli"] for line in lines.values()})
    assert result.total == -done.total


def test_cannot_refund_more_than_sold(till, shop, sold):
    """Four bottles of a three-bottle line raise RefundTooLarge with what is returnable."""
    done, lines = sold
    with pytest.raises(RefundTooLarge) as raised:
        till.start_refund(done.sale_id, {lines["VIN001"]["id"]: 4000}, "")
    assert (raised.value.line_name, raised.value.returnable_milli) == ("Sangiovese di Romagna", 3000)


def test_cannot_refund_more_than_sold_across_two_refunds(till, shop, sold):
    """After two bottles came back, only one more may: asking for two raises RefundTooLarge."""
    done, lines = sold
    wine_id = lines["VIN001"]["id"]
    refund(till, done.sale_id, {wine_id: 2000})
    with pytest.raises(RefundTooLarge) as raised:
        till.start_refund(done.sale_id, {wine_id: 2000}, "")
    assert raised.value.returnable_milli == 1000
    refund(till, done.sale_id, {wine_id: 1000})
    with pytest.raises(RefundTooLarge) as raised:
        till.start_refund(done.sale_id, {wine_id: 1000}, "")
    assert raised.value.returnable_milli == 0


def test_two_refunds_prepared_at_once_cannot_both_go_through(till, shop, sold):
    """Two refund carts for the same bottles (two tills): the second is refused inside its write, writing nothing."""
    done, lines = sold
    wine_id = lines["VIN001"]["id"]
    first = till.start_refund(done.sale_id, {wine_id: 2000}, "")
    second = till.start_refund(done.sale_id, {wine_id: 2000}, "")
    sales.complete_sale(shop.engine, first, [Tender(CASH, first.totals().total)], till.user, till.shift, till.settings)
    before = counts(shop.engine)
    with pytest.raises(RefundTooLarge):
        sales.complete_sale(shop.engine, second, [Tender(CASH, second.totals().total)], till.user, till.shift, till.settings)
    assert counts(shop.engine) == before
    assert next_receipt(shop.engine) == 3


def test_nothing_chosen_is_nothing_to_refund(till, sold):
    """Choosing no quantities raises NothingToRefund."""
    done, lines = sold
    with pytest.raises(NothingToRefund):
        till.start_refund(done.sale_id, {lines["VIN001"]["id"]: 0}, "")
    with pytest.raises(NothingToRefund):
        till.start_refund(done.sale_id, {}, "")


def test_refund_must_be_paid_back_exactly(till, shop, sold):
    """Paying back more or less than the refund total is refused and writes nothing."""
    done, lines = sold
    cart = till.start_refund(done.sale_id, {lines["PAN001"]["id"]: 1000}, "")
    total = cart.totals().total
    before = counts(shop.engine)
    for amount in (total - 1, total + 1):
        with pytest.raises(PaymentShort):
            till.pay([Tender(CASH, amount)])
    assert counts(shop.engine) == before
    assert till.pay([Tender(CASH, total)]).total == total


def test_a_refund_cannot_itself_be_refunded(till, sold):
    """The refund's own receipt number is not a sale to refund."""
    done, lines = sold
    result, _ = refund(till, done.sale_id, {lines["PAN001"]["id"]: 1000})
    with pytest.raises(SaleNotFound):
        till.find_receipt(result.receipt_number)
