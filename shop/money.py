"""Money arithmetic on integer minor units, with rounding at named points.

Rounding is half-up in magnitude (half away from zero), so a refund line mirrors its sale line
to the cent.
"""
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision


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


def minor_digits(currency: str) -> int:
    return get_currency_precision(currency)


def to_decimal(amount: int, currency: str) -> Decimal:
    return Decimal(amount).scaleb(-minor_digits(currency))


def from_decimal(value: Decimal | str, currency: str) -> int:
    """Parse an amount the user typed ("12,50" or "12.5") into minor units; ValueError if not a number."""
    text = str(value).strip().replace(" ", "").replace("\u00a0", "")
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        scaled = Decimal(text).scaleb(minor_digits(currency))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value}") from None
    if not scaled.is_finite():
        raise ValueError(f"not an amount: {value}")
    if scaled != scaled.to_integral_value():
        raise ValueError(f"too many decimals for {currency}: {value}")
    return int(scaled)


@lru_cache(maxsize=8192)
def format_money(amount: int, currency: str, locale: str) -> str:
    """Amount for people: '12,50 €' in it_IT, '₩12,500' in ko_KR.

    Cached: the till redraws the same amounts on every keystroke and Babel formatting is slow.
    """
    return format_currency(to_decimal(amount, currency), currency, locale=locale)


def format_qty(qty_milli: int, unit: str, locale: str) -> str:
    from babel.numbers import format_decimal

    if unit == "kg":
        return format_decimal(Decimal(qty_milli).scaleb(-3), format="#,##0.000", locale=locale) + " kg"
    if qty_milli % 1000 == 0:
        return str(qty_milli // 1000)
    return format_decimal(Decimal(qty_milli).scaleb(-3), locale=locale)
