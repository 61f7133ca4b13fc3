"""Money arithmetic on integer minor units, with rounding at named points.

Rounding is half-up in magnitude (half away from zero), so a refund line mirrors its sale line
to the cent.
"""
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from syncwire.currency import format_amount


def div_round(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in integers only."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return sign * quotient


def line_gross(qty_milli: int, unit_price: int) -> int:
    """Price of qty (thousandths) at unit_price (per piece or per kg)."""
    return div_round(qty_milli * unit_price, 1000)


def percent_of(amount: int, basis_points: int) -> int:
    return div_round(amount * basis_points, 10_000)


def vat_in_gross(gross: int, rate_bp: int) -> int:
    """The VAT contained in a VAT-inclusive amount."""
    return div_round(gross * rate_bp, 10_000 + rate_bp)


def allocate(amount: int, weights: list[int]) -> list[int]:
    """Split amount over weights proportionally; the parts add up to amount exactly."""
    total = sum(weights)
    if not weights or total == 0:
        return [0] * len(weights)
    parts = [amount * w // total for w in weights]
    leftovers = sorted(range(len(weights)), key=lambda i: (amount * weights[i]) % total, reverse=True)
    for i in leftovers[: amount - sum(parts)]:
        parts[i] += 1
    return parts


class AmountError(ValueError):
    """What a person typed is not an amount of this shop's money.

    `too_many_decimals` when it is a number with more decimals than the currency has (`digits`),
    so the message can say so instead of "not an amount"."""

    def __init__(self, text: str, digits: int, too_many_decimals: bool = False):
        super().__init__(f"{'too many decimals' if too_many_decimals else 'not an amount'}: {text!r}")
        self.text, self.digits, self.too_many_decimals = text, digits, too_many_decimals


def to_decimal(amount: int, exponent: int) -> Decimal:
    return Decimal(amount).scaleb(-exponent)


_THOUSANDS = re.compile(r"^-?\d{1,3}(?:[.,]\d{3})+$")


def _normalise(text: str, exponent: int) -> str:
    """Typed text as a plain decimal ("1234.56"), whichever mark the person used for decimals.

    Spaces group thousands. With both marks the last one is the decimal mark ("1.234,56",
    "1,234.56"); a mark used twice groups thousands ("1.234.567"); a single mark is the decimal mark
    ("12,50", "12.5"), except in a currency without decimals, where "12,500" or "12.500" can only
    be twelve thousand five hundred."""
    text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").strip()
    if exponent == 0 and _THOUSANDS.match(text):
        return text.replace(",", "").replace(".", "")
    if "," in text and "." in text:
        grouping = "." if text.rfind(",") > text.rfind(".") else ","
        text = text.replace(grouping, "")
    for mark in ",.":
        if text.count(mark) > 1 and _THOUSANDS.match(text):
            text = text.replace(mark, "")
    return text.replace(",", ".")


def from_decimal(value: Decimal | str, exponent: int) -> int:
    """Parse an amount the user typed ("12,50" or "12.5") into minor units of a currency with
    `exponent` digits; AmountError (a ValueError) when it is not one or has too many decimals."""
    text = str(value)
    try:
        number = Decimal(_normalise(text, exponent))
    except InvalidOperation:
        raise AmountError(text, exponent) from None
    if not number.is_finite():
        raise AmountError(text, exponent)
    scaled = number.scaleb(exponent)
    if scaled != scaled.to_integral_value():
        raise AmountError(text, exponent, too_many_decimals=True)
    return int(scaled)


@lru_cache(maxsize=8192)
def format_money(amount: int, currency: str, locale: str, exponent: int) -> str:
    """Amount for people: '12,50 €' in it_IT, '₩12,500' in ko_KR, with the shop's `exponent` decimals.

    Cached: the till redraws the same amounts on every keystroke and Babel formatting is slow.
    """
    return format_amount(amount, currency, locale, exponent)


def format_qty(qty_milli: int, unit: str, locale: str) -> str:
    from babel.numbers import format_decimal

    if unit == "kg":
        return format_decimal(Decimal(qty_milli).scaleb(-3), format="#,##0.000", locale=locale) + " kg"
    if qty_milli % 1000 == 0:
        return str(qty_milli // 1000)
    return format_decimal(Decimal(qty_milli).scaleb(-3), locale=locale)
