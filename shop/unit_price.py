"""The price per kg or per litre of a packed product, read off the net quantity in its name.

Shelf labels must show it beside the price (EU directive 98/6/EC): "Pancarrè 300 g" at 1,50 € is
5,00 € per kg. The quantity is the last one the name states ("3 x 500 g" is 1.5 kg); a name that
states none gets no unit price.
"""
import re
from decimal import Decimal

from shop.money import div_round

_QUANTITY = re.compile(r"(?:(\d+)\s*[x×]\s*)?(\d+(?:[.,]\d+)?)\s*(kg|g|l|ml|cl)\b", re.IGNORECASE)
_MILLI = {"kg": ("kg", 1_000_000), "g": ("kg", 1_000), "l": ("l", 1_000_000), "cl": ("l", 10_000), "ml": ("l", 1_000)}


def net_quantity(name: str) -> tuple[int, str] | None:
    """(quantity in millionths of a kg or litre, "kg" | "l"), or None."""
    found = list(_QUANTITY.finditer(name))
    if not found:
        return None
    count, amount, unit = found[-1].groups()
    base, scale = _MILLI[unit.lower()]
    quantity = int(Decimal(amount.replace(",", ".")) * scale) * int(count or 1)
    return (quantity, base) if quantity > 0 else None


def unit_price(price: int, name: str) -> tuple[int, str] | None:
    """The price of one kg or one litre in minor units, rounded half-up, and its unit; None if the name states no quantity."""
    quantity = net_quantity(name)
    if quantity is None:
        return None
    millionths, unit = quantity
    return div_round(price * 1_000_000, millionths), unit
