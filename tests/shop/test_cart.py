"""The cart in memory: lines, merging, discounts, totals per VAT rate, and its dict form for parking."""
import json

import pytest

from shop.cart import AMOUNT, PERCENT, Cart, CartLine, Discount
from shop.errors import DiscountTooLarge


def wine(qty_milli: int = 1000) -> CartLine:
    return CartLine("p-wine", "VIN001", "Sangiovese di Romagna", "pc", 1290, 2200, qty_milli)


def bread(qty_milli: int = 1000) -> CartLine:
    return CartLine("p-bread", "PAN001", "Pane di Altamura", "pc", 350, 400, qty_milli)


def meatballs(grams: int) -> CartLine:
    return CartLine("p-meat", "POL001", "Polpette di manzo", "kg", 1890, 1000, grams)


def three_rate_cart() -> Cart:
    """12.90 of wine at 22 %, two breads (7.00) at 4 %, 512 g of meatballs (9.68) at 10 %."""
    cart = Cart()
    cart.add(wine())
    cart.add(bread(2000))
    cart.add(meatballs(512))
    return cart


def vat_by_rate(cart: Cart) -> dict[int, tuple[int, int, int]]:
    return {v.rate_bp: (v.gross, v.vat, v.net) for v in cart.totals().vat}


def test_totals_with_three_vat_rates():
    """Subtotal, total and the VAT contained per rate, each rate rounded half-up once."""
    totals = three_rate_cart().totals()
    assert [line.gross for line in totals.lines] == [1290, 700, 968]
    assert totals.subtotal == 2958
    assert totals.discount == 0
    assert totals.total == 2958
    # 1290 x 22/122 = 232.62; 968 x 10/110 = 88; 700 x 4/104 = 26.92
    assert vat_by_rate(three_rate_cart()) == {2200: (1290, 233, 1057), 1000: (968, 88, 880), 400: (700, 27, 673)}
    assert [v.rate_bp for v in totals.vat] == [2200, 1000, 400]  # highest rate first, as on the receipt


def test_empty_cart_totals_are_zero():
    """A new cart has no lines and owes nothing."""
    totals = Cart().totals()
    assert (totals.subtotal, totals.discount, totals.total, totals.lines, totals.vat) == (0, 0, 0, [], [])


def test_line_discount_percent():
    """10 % off a 12.90 line takes 1.29 off that line only."""
    cart = three_rate_cart()
    cart.set_line_discount(cart.lines[0].id, Discount(PERCENT, 1000))
    totals = cart.totals()
    assert (totals.lines[0].discount, totals.lines[0].total) == (129, 1161)
    assert totals.lines[1].total == 700
    assert (totals.subtotal, totals.discount, totals.total) == (2958, 129, 2829)
    assert totals.lines[0].vat == 209  # 1161 x 22/122 = 209.36


def test_line_discount_amount():
    """0.50 off the bread line leaves 6.50 on it, and the 4 % VAT follows the discounted amount."""
    cart = three_rate_cart()
    cart.set_line_discount(cart.lines[1].id, Discount(AMOUNT, 50))
    totals = cart.totals()
    assert (totals.lines[1].gross, totals.lines[1].discount, totals.lines[1].total) == (700, 50, 650)
    assert totals.total == 2908
    assert vat_by_rate(cart)[400] == (650, 25, 625)  # 650 x 4/104 = 25


def test_order_discount_spread_over_rates():
    """10 % off the order is split over the lines so each VAT rate carries its share; nothing is lost."""
    cart = three_rate_cart()
    cart.set_order_discount(Discount(PERCENT, 1000))
    totals = cart.totals()
    # 295.8 -> 296 off, shared 129 / 70 / 97 by the largest remainders.
    assert totals.discount == 296
    assert [line.discount for line in totals.lines] == [129, 70, 97]
    assert [line.total for line in totals.lines] == [1161, 630, 871]
    assert sum(line.total for line in totals.lines) == totals.total == 2662
    assert sum(v.gross for v in totals.vat) == totals.total
    assert vat_by_rate(cart) == {2200: (1161, 209, 952), 1000: (871, 79, 792), 400: (630, 24, 606)}


def test_order_discount_amount_on_top_of_line_discount():
    """An order discount applies to what is left after line discounts; the sum of lines is the total."""
    cart = three_rate_cart()
    cart.set_line_discount(cart.lines[0].id, Discount(AMOUNT, 290))
    cart.set_order_discount(Discount(AMOUNT, 1))  # one cent: goes to the largest remainder
    totals = cart.totals()
    assert totals.total == 2958 - 290 - 1
    assert totals.discount == 291
    assert sum(line.total for line in totals.lines) == totals.total
    assert sum(line.discount for line in totals.lines) == totals.discount


@pytest.mark.parametrize(
    "discount",
    [Discount(AMOUNT, 701), Discount(PERCENT, 10_001), Discount(AMOUNT, -1), Discount(PERCENT, -100)],
)
def test_line_discount_beyond_the_line_is_refused(discount):
    """More than the line is worth, above 100 % or negative raises DiscountTooLarge and changes nothing."""
    cart = three_rate_cart()
    with pytest.raises(DiscountTooLarge) as raised:
        cart.set_line_discount(cart.lines[1].id, discount)
    assert raised.value.limit == 700
    assert cart.lines[1].discount is None
    assert cart.totals().total == 2958


def test_whole_line_discount_is_allowed():
    """Exactly the line's worth (a free item) is still a valid discount."""
    cart = three_rate_cart()
    cart.set_line_discount(cart.lines[1].id, Discount(AMOUNT, 700))
    assert cart.totals().lines[1].total == 0
    assert cart.totals().total == 2258


def test_order_discount_beyond_the_order_is_refused():
    """An order discount larger than what is left after line discounts is DiscountTooLarge."""
    cart = three_rate_cart()
    cart.set_line_discount(cart.lines[0].id, Discount(AMOUNT, 1000))
    with pytest.raises(DiscountTooLarge) as raised:
        cart.set_order_discount(Discount(AMOUNT, 1959))
    assert raised.value.limit == 1958
    assert cart.order_discount is None


def test_quantity_that_would_undercut_the_discount_is_refused_and_changes_nothing():
    """Lowering the quantity below an amount discount raises and keeps the line (and totals) as they were."""
    cart = Cart()
    line = cart.add(bread(2000))
    cart.set_line_discount(line.id, Discount(AMOUNT, 600))
    with pytest.raises(DiscountTooLarge):
        cart.set_qty(line.id, 1000)
    assert line.qty_milli == 2000
    assert cart.totals().total == 100


def test_repeated_scans_of_a_counted_item_merge():
    """Scanning the same bottle three times makes one line of three."""
    cart = Cart()
    first = cart.add(wine())
    second = cart.add(wine())
    third = cart.add(wine())
    assert first is second is third
    assert len(cart.lines) == 1
    assert cart.lines[0].qty_milli == 3000
    assert cart.totals().total == 3870


def test_lines_that_must_stay_apart_do_not_merge():
    """Weighed goods, labels with a printed price, discounted and differently priced lines stay separate."""
    cart = Cart()
    cart.add(meatballs(512))
    cart.add(meatballs(300))
    assert len(cart.lines) == 2
    cart.add(CartLine("p-meat", "POL001", "Polpette di manzo", "kg", 1890, 1000, 500, fixed_gross=945))
    assert len(cart.lines) == 3
    discounted = cart.add(wine())
    cart.set_line_discount(discounted.id, Discount(PERCENT, 500))
    cart.add(wine())
    assert len(cart.lines) == 5
    other_price = wine()
    other_price.unit_price = 990
    cart.add(other_price)
    assert len(cart.lines) == 6


def test_weighed_items_are_priced_by_weight():
    """512 g at 18.90/kg is 9.68, rounded half-up; a printed label price wins over the weight."""
    cart = Cart()
    cart.add(meatballs(512))
    cart.add(CartLine("p-ham", "PRO001", "Prosciutto crudo di Parma", "kg", 3990, 1000, 125))
    assert [line.gross for line in cart.totals().lines] == [968, 499]  # 498.75 -> 499
    labelled = CartLine("p-meat", "POL001", "Polpette di manzo", "kg", 1890, 1000, 500, fixed_gross=999)
    cart.add(labelled)
    assert cart.totals().lines[2].gross == 999
    cart.set_qty(labelled.id, 1000)  # a new weight is priced by the kilo again
    assert cart.totals().lines[2].gross == 1890


def test_override_price_marks_the_line():
    """A price override reprices the line and flags it for the receipt and the audit."""
    cart = three_rate_cart()
    cart.override_price(cart.lines[0].id, 1000)
    assert cart.lines[0].price_overridden is True
    assert cart.totals().lines[0].gross == 1000
    assert cart.lines[1].price_overridden is False


def test_remove_line():
    """Removing a line takes it and its amount out of the cart."""
    cart = three_rate_cart()
    removed = cart.remove(cart.lines[1].id)
    assert removed.sku == "PAN001"
    assert [line.sku for line in cart.lines] == ["VIN001", "POL001"]
    assert cart.totals().total == 2258


def test_dict_round_trip_through_json():
    """A cart with discounts, weighed and labelled lines survives to_dict -> JSON -> from_dict unchanged."""
    cart = three_rate_cart()
    cart.set_line_discount(cart.lines[0].id, Discount(PERCENT, 1500))
    cart.add(CartLine("p-ham", "PRO001", "Prosciutto", "kg", 3990, 1000, 250, fixed_gross=1000))
    cart.set_order_discount(Discount(AMOUNT, 100))
    cart.customer_id = "c-1"
    cart.reason = "regular"
    restored = Cart.from_dict(json.loads(json.dumps(cart.to_dict())))
    assert restored == cart
    assert restored.id == cart.id
    assert [line.id for line in restored.lines] == [line.id for line in cart.lines]
    assert isinstance(restored.lines[0].discount, Discount)
    assert isinstance(restored.order_discount, Discount)
    assert restored.totals() == cart.totals()


def test_dict_round_trip_of_a_refund_cart_without_discounts():
    """A refund's kind, original sale and refunded line ids come back; no discounts stay None."""
    cart = Cart(kind="refund", refund_of_id="s-1", reason="broken")
    cart.add(CartLine("p-wine", "VIN001", "Sangiovese", "pc", 1290, 2200, -1000, fixed_gross=-1161, refunded_line_id="l-1"))
    restored = Cart.from_dict(cart.to_dict())
    assert restored == cart
    assert restored.order_discount is None and restored.lines[0].discount is None
    assert restored.totals().total == -1161


def test_price_override_below_the_discount_is_refused_and_changes_nothing():
    """Overriding the price under an amount discount raises DiscountTooLarge and keeps the old price."""
    cart = Cart()
    line = cart.add(wine())
    cart.set_line_discount(line.id, Discount(AMOUNT, 1000))
    with pytest.raises(DiscountTooLarge):
        cart.override_price(line.id, 900)
    assert (line.unit_price, line.price_overridden) == (1290, False)
    assert cart.totals().total == 290
