"""What a shelf label says about a product: its name, price, codes and price per kg or litre.

The printable sheet is drawn from these by printers/shelf_labels.py.
"""
from dataclasses import dataclass

from sqlmodel import Session

from shop.settings import load_settings
from shop.unit_price import unit_price


@dataclass(frozen=True)
class ShelfLabel:
    name: str
    price: str  # formatted by the shop ("12,90 €")
    weighed: bool
    barcode: str | None
    plu: str | None
    sku: str
    unit_price: tuple[str, str] | None = None  # a packed product's price per kg or litre ("5,00 €", "kg")


def labels_for(session: Session, product_ids: list[str]) -> list[ShelfLabel]:
    """The labels of these products, in the order given."""
    settings = load_settings(session)
    found = {}
    for start in range(0, len(product_ids), 500):
        chunk = product_ids[start:start + 500]
        for pid, name, price, unit, barcode, plu, sku in session.connection().exec_driver_sql(
                f"SELECT id, name, price, unit, barcode, plu, sku FROM product WHERE id IN ({','.join('?' * len(chunk))})",
                tuple(chunk)):
            per = None if unit == "kg" else unit_price(price, name)
            found[pid] = ShelfLabel(name, settings.money(price), unit == "kg", barcode, plu, sku,
                                    (settings.money(per[0]), per[1]) if per else None)
    return [found[pid] for pid in product_ids if pid in found]
