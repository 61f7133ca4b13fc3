"""Money on integer minor units: rounding, splitting, parsing what people type, formatting."""
import random
from decimal import Decimal

import pytest

from shop.money import (
    allocate, div_round, format_money, format_qty, from_decimal, line_gross, percent_of, to_decimal, vat_in_gross,
)

NBSP = "\u00a0"
# The exponents shops in these currencies are made with (syncwire/currency.py).
EXPONENT = {"EUR": 2, "HUF": 2, "KRW": 0, "CNY": 2}


@pytest.mark.parametrize(
    "numerator, denominator, expected",
    [
        (10, 4, 3),  # 2.5 -> 3
        (-10, 4, -3),  # -2.5 -> -3, away from zero, not towards +inf
        (9, 4, 2),  # 2.25 -> 2
        (-9, 4, -2),
        (11, 4, 3),  # 2.75 -> 3
        (-11, 4, -3),
        (5, 10, 1),
        (-5, 10, -1),
        (4, 10, 0),
        (-4, 10, 0),
        (0, 7, 0),
        (12, 4, 3),
        (-12, 4, -3),
    ],
)
def test_div_round_is_half_away_from_zero(numerator, denominator, expected):
    """Halves round away from zero for positive and negative numerators; others to the nearest."""
    assert div_round(numerator, denominator) == expected


def test_div_round_is_symmetric_around_zero():
    """A refund (negative) rounds to exactly the mirror of its sale, for many random amounts."""
    rng = random.Random(7)
    for _ in range(2000):
        numerator, denominator = rng.randint(0, 10**9), rng.randint(1, 10**5)
        assert div_round(-numerator, denominator) == -div_round(numerator, denominator)
        assert div_round(numerator, denominator) == int(
            (Decimal(numerator) / Decimal(denominator)).quantize(Decimal(1), rounding="ROUND_HALF_UP")
        )


@pytest.mark.parametrize("denominator", [0, -3])
def test_div_round_refuses_non_positive_denominator(denominator):
    """Dividing by zero or a negative is a programming error, not a silent zero."""
    with pytest.raises(ValueError):
        div_round(10, denominator)


def test_line_gross_percent_and_vat_round_half_up():
    """The named rounding points: weighed price, percentage and contained VAT, each half-up."""
    assert line_gross(512, 1890) == 968  # 0.512 kg x 18.90 = 9.6768
    assert line_gross(1500, 333) == 500  # 1.5 x 3.33 = 4.995 -> 5.00
    assert line_gross(-1500, 333) == -500
    assert percent_of(1290, 1000) == 129
    assert percent_of(125, 1000) == 13  # 12.5 -> 13
    assert vat_in_gross(1220, 2200) == 220
    assert vat_in_gross(110, 1000) == 10
    assert vat_in_gross(-1220, 2200) == -220


@pytest.mark.parametrize(
    "amount, weights",
    [
        (10, [1, 1, 1]),
        (-10, [1, 1, 1]),
        (1, [1, 1, 1]),
        (100, [0, 3, 0]),
        (387, [1290, 350, 159]),
        (99_999, [1, 2, 3, 4, 5, 6, 7]),
    ],
)
def test_allocate_parts_add_up_exactly(amount, weights):
    """Whatever the weights, the parts sum to the amount and none is more than one cent off its share."""
    parts = allocate(amount, weights)
    assert sum(parts) == amount
    assert len(parts) == len(weights)
    for part, weight in zip(parts, weights):
        assert abs(part - amount * weight / sum(weights)) < 1


def test_allocate_random_amounts_always_add_up():
    """Thousands of random splits never lose or invent a cent."""
    rng = random.Random(42)
    for _ in range(3000):
        weights = [rng.randint(0, 5000) for _ in range(rng.randint(1, 8))]
        if not sum(weights):
            continue
        amount = rng.randint(-100_000, 100_000)
        assert sum(allocate(amount, weights)) == amount


def test_allocate_gives_leftover_cents_to_largest_remainders():
    """10 over three equal weights is 4+3+3; a zero weight never receives anything."""
    assert allocate(10, [1, 1, 1]) == [4, 3, 3]
    assert allocate(100, [0, 3, 0]) == [0, 100, 0]
    assert allocate(5, []) == []
    assert allocate(5, [0, 0]) == [0, 0]


@pytest.mark.parametrize(
    "text, currency, expected",
    [
        ("12,50", "EUR", 1250),
        ("12.5", "EUR", 1250),
        ("12", "EUR", 1200),
        (" 7 ", "EUR", 700),
        ("1.234,56", "EUR", 123456),
        ("1,234.56", "EUR", 123456),
        ("1 234,56", "EUR", 123456),
        (f"1{NBSP}234,56", "EUR", 123456),
        ("1.234.567,89", "EUR", 123456789),
        ("0,05", "EUR", 5),
        ("-5", "EUR", -500),
        ("12500", "KRW", 12500),
        ("12,500", "KRW", 12500),  # no decimals in the won: the comma can only group thousands
        ("12.500", "KRW", 12500),
        ("125,5", "HUF", 12550),
        (Decimal("3.10"), "CNY", 310),
    ],
)
def test_from_decimal_parses_what_people_type(text, currency, expected):
    """Comma or point decimals, thousands separators and spaces, in the currency's minor units."""
    assert from_decimal(text, EXPONENT[currency]) == expected


@pytest.mark.parametrize(
    "text, currency",
    [("abc", "EUR"), ("", "EUR"), ("1,2,3", "EUR"), ("12.505", "EUR"), ("12,5", "KRW"), ("NaN", "EUR"), ("Infinity", "EUR")],
)
def test_from_decimal_rejects_non_amounts_with_value_error(text, currency):
    """Letters, nothing, garbled separators, too many decimals and non-finite values are ValueError."""
    with pytest.raises(ValueError):
        from_decimal(text, EXPONENT[currency])


def test_to_decimal_uses_the_shops_exponent():
    """Minor units become major units with the shop's digits: cents for EUR, none for KRW."""
    assert to_decimal(1250, 2) == Decimal("12.50")
    assert to_decimal(12500, 0) == Decimal("12500")


@pytest.mark.parametrize(
    "amount, currency, locale, expected",
    [
        (123456, "EUR", "it_IT", f"1.234,56{NBSP}€"),
        (-1250, "EUR", "it_IT", f"-12,50{NBSP}€"),
        (5, "EUR", "it_IT", f"0,05{NBSP}€"),
        (12500, "KRW", "ko_KR", "₩12,500"),
        (-1250, "KRW", "ko_KR", "-₩1,250"),
        (123456, "HUF", "hu_HU", f"1{NBSP}234,56{NBSP}Ft"),
        (123456, "CNY", "zh_CN", "¥1,234.56"),
        (-1250, "CNY", "zh_CN", "-¥12.50"),
    ],
)
def test_format_money_follows_locale(amount, currency, locale, expected):
    """Each locale's separators, symbol position and the currency's decimals (none for the won)."""
    assert format_money(amount, currency, locale, EXPONENT[currency]) == expected


def test_format_qty_shows_kilos_with_grams_and_whole_pieces():
    """Weighed goods show three decimals and kg; counted goods a plain integer."""
    assert format_qty(512, "kg", "it_IT") == "0,512 kg"
    assert format_qty(1500, "kg", "en_US") == "1.500 kg"
    assert format_qty(3000, "pc", "it_IT") == "3"
    assert format_qty(1500, "pc", "it_IT") == "1,5"
