"""How many digits after the decimal mark a shop's stored amounts have: ISO 4217 minor units.

Fixed here, not read from babel at run time: babel's CLDR data says how people *round* a currency
in cash (babel 2.18 and later say 0 for the forint), which is not what an amount already stored
means. A new shop (on a till or on the server) copies its currency's value once, and from then on
only the shop's own recorded value is used, so no upgrade of anything changes what 123456 means.
"""
import copy
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import parse_pattern

ISO_4217_MINOR_UNITS = {
    "EUR": 2, "HUF": 2, "KRW": 0, "CNY": 2, "USD": 2, "GBP": 2, "CHF": 2, "CZK": 2, "PLN": 2, "RON": 2,
    "BGN": 2, "SEK": 2, "DKK": 2, "NOK": 2, "ISK": 0, "JPY": 0, "TWD": 2, "HKD": 2, "SGD": 2, "AUD": 2,
    "CAD": 2, "NZD": 2, "RSD": 2, "TRY": 2, "UAH": 2, "BRL": 2, "MXN": 2, "INR": 2, "VND": 0, "CLP": 0,
}


def iso_minor_units(currency: str) -> int:
    """The exponent a new shop in `currency` is made with; KeyError for a currency not listed."""
    return ISO_4217_MINOR_UNITS[currency.upper()]


def format_amount(amount: int, currency: str, locale: str, exponent: int) -> str:
    """`amount` minor units written for people ("1 234,56 Ft", "₩12,500"), always with `exponent` decimals.

    Babel gives the locale's separators, the symbol and its place; the number of decimals is the
    shop's, never babel's idea of the currency (which would round 1234,56 Ft to 1235 Ft)."""
    pattern = copy.copy(_currency_pattern(locale))
    pattern.frac_prec = (exponent, exponent)
    return pattern.apply(Decimal(amount).scaleb(-exponent), Locale.parse(locale), currency=currency, currency_digits=False)


@lru_cache(maxsize=64)
def _currency_pattern(locale: str):
    return parse_pattern(Locale.parse(locale).currency_formats["standard"])
