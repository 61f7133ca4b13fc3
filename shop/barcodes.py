"""What a scanned code means: a product, possibly with an embedded weight or price."""
from dataclasses import dataclass

from sqlmodel import Session
from stdnum import ean

from shop import catalog
from shop.catalog import ProductInfo
from shop.errors import InvalidBarcode, UnknownBarcode
from shop.money import div_round
from shop.settings import ShopSettings

GTIN_LENGTHS = (8, 12, 13, 14)


@dataclass(frozen=True)
class Scan:
    product: ProductInfo
    qty_milli: int
    fixed_gross: int | None = None  # the price printed on a variable-measure label


def resolve_scan(session: Session, code: str, settings: ShopSettings) -> Scan:
    """The product behind a scanned EAN-13/EAN-8/UPC-A; raises InvalidBarcode or UnknownBarcode."""
    code = code.strip()
    if not code.isdigit() or len(code) not in GTIN_LENGTHS or not ean.is_valid(code):
        raise InvalidBarcode(code)
    kind = settings.variable_measure_prefixes.get(code[:2]) if len(code) == 13 else None
    if kind:
        return _variable_measure(session, code, kind, settings.variable_measure_item_digits)
    product = catalog.product_by_barcode(session, code)
    if product is None:
        raise UnknownBarcode(code)
    return Scan(product, 1000)


def _variable_measure(session: Session, code: str, kind: str, item_digits: int) -> Scan:
    plu = code[2 : 2 + item_digits]
    value = int(code[2 + item_digits : 12])
    product = catalog.product_by_plu(session, plu)
    if product is None:
        raise UnknownBarcode(code)
    if kind == "weight":
        return Scan(product, value)  # grams are thousandths of a kilo
    if product.unit == "kg" and product.price > 0:
        return Scan(product, div_round(value * 1000, product.price), fixed_gross=value)
    return Scan(product, 1000, fixed_gross=value)
