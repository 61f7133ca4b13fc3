"""The price per kg or litre a shelf label shows, from the quantity in a product's name."""
import pytest

from shop.unit_price import unit_price


@pytest.mark.parametrize("name, price, expected", [
    ("Pancarrè ai cereali 300 g", 150, (500, "kg")),
    ("Acqua naturale 1,5 l", 45, (30, "l")),
    ("Passata di pomodoro 3 x 500 g", 300, (200, "kg")),
    ("Crema mani 75 ml", 399, (5320, "l")),
    ("Farina 00 1 kg", 129, (129, "kg")),
    ("Vino rosso 75 cl", 900, (1200, "l")),
    ("Sapone di Marsiglia", 280, None),
])
def test_unit_price_from_the_name(name, price, expected):
    """Grams, millilitres, centilitres, kilos, litres and multipacks; no quantity, no unit price."""
    assert unit_price(price, name) == expected
