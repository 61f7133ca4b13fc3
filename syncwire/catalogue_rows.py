"""The rules a product row must pass, the same at the till (shop/catalogue_import.py) and on the server.

A row of the owner's file is text (syncwire/catalogue_files.py): `price` is an amount in the shop's
currency ("3.50" or "3,50"), `vat_rate` a percentage ("22", "22 %", "5,5"). A row of the server's
JSON API carries the wire's numbers (price in minor units, vat_rate in basis points). Both become
a `ProductRow` and then pass the same checks across rows: an SKU, barcode or PLU once per file,
and a barcode or PLU that another product keeps is refused. A UPC-A and the EAN-13 with a leading
zero are one code (compared as GTIN-14). A rejected row carries a `kind` and its details, so the
till can say it in the owner's language; `str()` is the English the server and the CLI print.
"""
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from stdnum import ean

from syncwire.catalogue import DEFAULT_SCALE_PREFIXES, UNITS

PRICE_LIMIT = 10**9  # minor units: 10 million euros, a billion won; the same bound at the till and the server
LIMITS = {"sku": 64, "name": 200, "category": 100}
BARCODE_LENGTHS = (8, 12, 13)  # EAN-8, UPC-A, EAN-13: what a till's scanner reads as a product code
PLU_DIGITS = 10
TRUE, FALSE = ("1", "true", "yes", "y"), ("0", "false", "no", "n")
# ASCII digits only: "1²" or "--150" are not prices (str.isdigit took both).
AMOUNT = re.compile(r"(-?)([0-9]{1,15})(?:[.,]([0-9]{1,6}))?")
PERCENT = re.compile(r"([0-9]{1,5})(?:[.,]([0-9]{1,4}))?\s*%?")
DIGITS = re.compile(r"[0-9]+")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
FIELD_WORDS = {"sku": "SKU", "barcode": "barcode", "plu": "PLU"}

MESSAGES = {
    "missing": "{field} is missing",
    "too_long": "{field} is longer than {limit} characters",
    "control": "{field} holds a control character",
    "not_text": "{field} must be text",
    "not_amount": "price {value!r} is not an amount (write 3.50 or 3,50)",
    "negative": "price must not be negative",
    "decimals": "price {value} has more decimals than the currency's {digits}",
    "too_large": "price {value} is more than the largest price, {limit}",
    "not_whole": "{field} must be a whole number ({what})",
    "not_rate": "vat_rate {value!r} is not a percentage (22 or 22 % for 22 %)",
    "unknown_rate": "VAT rate {value} % is not one of the shop's rates ({rates})",
    "unit": "unit {value!r} is not one of {units}",
    "not_gtin": "barcode {value} is not an EAN-8, UPC-A or EAN-13 (8, 12 or 13 digits)",
    "lost_zero": "barcode {value} has 11 digits: a UPC-A whose leading zero a spreadsheet dropped? Format the column as text",
    "check_digit": "barcode {value} has a wrong check digit",
    "scale_prefix": "barcode {value} starts with {prefix}, which the tills read as a scale label "
                    "(weight or price inside); give a weighed item a PLU instead",
    "plu": "plu {value!r} must be 1 to 10 digits",
    "active": "active {value!r} is not one of 1, 0, true, false, yes, no",
    "twice": "{field} {value} is also on line {line}",
    "taken": "{field} {value} already belongs to SKU {sku}",
    "broken": "{detail}",
}


class BadRow(Exception):
    """One row is unusable: `kind` (a key of MESSAGES) and `details` say why; str() in English."""

    def __init__(self, kind: str, **details):
        super().__init__(MESSAGES[kind].format(**details))
        self.kind, self.details = kind, details


@dataclass(frozen=True)
class Rules:
    """What a row is checked against: the currency's minor digits, the scale-label prefixes, the VAT rates."""

    minor_digits: int = 2
    # Decimals a price may have, when fewer than the stored digits: 0 in a Hungarian shop (whole
    # forints, stored in fillér). None: as many as minor_digits.
    price_decimals: int | None = None
    scale_prefixes: frozenset[str] = frozenset(DEFAULT_SCALE_PREFIXES)
    vat_rates_bp: frozenset[int] | None = None  # None: any rate from 0 to 100 % (the server)


@dataclass(frozen=True)
class ProductRow:
    """A product as the owner's file gives it, in the wire's units (syncwire/catalogue.py)."""

    sku: str
    name: str
    price: int
    vat_rate_bp: int
    unit: str = "pc"
    barcode: str | None = None
    plu: str | None = None
    category: str | None = None
    active: bool = True

    def wire(self) -> dict:
        return dict(sku=self.sku, name=self.name, price=self.price, vat_rate_bp=self.vat_rate_bp, unit=self.unit,
                    barcode=self.barcode, plu=self.plu, category=self.category, active=self.active)


@dataclass(frozen=True)
class Rejected:
    line: int
    sku: str
    error: BadRow

    @property
    def reason(self) -> str:
        return str(self.error)


def gtin_key(code: str) -> str:
    """One form for comparing codes: a UPC-A and the EAN-13 with a leading zero are the same GTIN."""
    return code.zfill(14)


def text(raw: dict, key: str, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is not None and (not isinstance(value, (str, int)) or isinstance(value, bool)):
        raise BadRow("not_text", field=key)  # a JSON list, object or true where a word belongs
    value = "" if value is None else str(value).strip()
    if not value:
        if required:
            raise BadRow("missing", field=key)
        return None
    if len(value) > LIMITS.get(key, 32):
        raise BadRow("too_long", field=key, limit=LIMITS.get(key, 32))
    if CONTROL.search(value):
        raise BadRow("control", field=key)
    return value


def price_from_text(value: str, minor_digits: int, decimals: int | None = None) -> int:
    """"3.50", "3,50" or "3" in minor units; BadRow for anything else (never a crash, never a guess).
    `decimals`: how many the price may have when fewer than `minor_digits` (whole forints: 0)."""
    value = (value or "").strip()
    if not value:
        raise BadRow("missing", field="price")
    match = AMOUNT.fullmatch(value)
    if match is None:
        raise BadRow("not_amount", value=value[:40])
    if match.group(1):
        raise BadRow("negative")
    number = Decimal(f"{match.group(2)}.{match.group(3) or '0'}")
    amount = number.scaleb(minor_digits)
    if amount != amount.to_integral_value():
        raise BadRow("decimals", value=value, digits=minor_digits)
    if decimals is not None and number.scaleb(decimals) != number.scaleb(decimals).to_integral_value():
        raise BadRow("decimals", value=value, digits=decimals)
    return within_limit(int(amount), value)


def within_limit(price: int, shown) -> int:
    if price < 0:
        raise BadRow("negative")
    if price > PRICE_LIMIT:
        raise BadRow("too_large", value=shown, limit=PRICE_LIMIT)
    return price


def rate_from_text(value: str) -> int:
    """"22", "22 %", "5,5" in basis points."""
    value = (value or "").strip()
    if not value:
        raise BadRow("missing", field="vat_rate")
    match = PERCENT.fullmatch(value)
    bp = Decimal(f"{match.group(1)}.{match.group(2) or '0'}") * 100 if match else None
    if bp is None or bp > 10_000 or bp != bp.to_integral_value():
        raise BadRow("not_rate", value=value[:40])
    return int(bp)


def whole(raw: dict, key: str, what: str) -> int:
    """A JSON number that must be a whole one (the API's price in minor units, vat_rate in basis points)."""
    value = raw.get(key)
    if value is None:
        raise BadRow("missing", field=key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadRow("not_whole", field=key, what=what)
    return value


def barcode(value: str | None, scale_prefixes: Iterable[str]) -> str | None:
    if value is None:
        return None
    if not DIGITS.fullmatch(value) or len(value) not in BARCODE_LENGTHS:
        raise BadRow("lost_zero" if DIGITS.fullmatch(value) and len(value) == 11 else "not_gtin", value=value)
    if ean.calc_check_digit(value[:-1]) != value[-1]:  # digits only, known length: the check digit is what is left
        raise BadRow("check_digit", value=value)
    if len(value) == 13 and value[:2] in scale_prefixes:
        raise BadRow("scale_prefix", value=value, prefix=value[:2])
    return value


def unit(value: str | None) -> str:
    found = (value or "pc").lower()
    if found not in UNITS:
        raise BadRow("unit", value=value, units=", ".join(UNITS))
    return found


def plu(value: str | None) -> str | None:
    if value is not None and not (DIGITS.fullmatch(value) and len(value) <= PLU_DIGITS):
        raise BadRow("plu", value=value)
    return value


def active(value) -> bool:
    if value is None or isinstance(value, bool):
        return True if value is None else value
    found = str(value).strip().lower()
    if found == "" or found in TRUE:
        return True
    if found in FALSE:
        return False
    raise BadRow("active", value=str(value)[:40])


def rate_error(rate_bp: int, rules: Rules) -> BadRow:
    return BadRow("unknown_rate", value=f"{Decimal(rate_bp) / 100:g}",
                  rates=", ".join(f"{Decimal(r) / 100:g} %" for r in sorted(rules.vat_rates_bp or ())) or "none")


def _known_rate(rate_bp: int, rules: Rules) -> int:
    if rules.vat_rates_bp is not None and rate_bp not in rules.vat_rates_bp:
        raise rate_error(rate_bp, rules)
    return rate_bp


def _row(raw: dict, rules: Rules, price_and_rate) -> ProductRow:
    """The fields in the order of the file's columns, so the first problem of a row is the one reported."""
    sku, name = text(raw, "sku", required=True), text(raw, "name", required=True)
    price, rate_bp = price_and_rate(raw)
    return ProductRow(
        sku=sku, name=name, price=price, vat_rate_bp=_known_rate(rate_bp, rules), unit=unit(text(raw, "unit")),
        barcode=barcode(text(raw, "barcode"), rules.scale_prefixes), plu=plu(text(raw, "plu")),
        category=text(raw, "category"), active=active(raw.get("active")))


def row_from_text(raw: dict[str, str], rules: Rules) -> ProductRow:
    """A row of the owner's file (every value text)."""
    return _row(raw, rules, lambda r: (price_from_text(r.get("price") or "", rules.minor_digits, rules.price_decimals),
                                       rate_from_text(r.get("vat_rate") or "")))


def _json_numbers(raw: dict) -> tuple[int, int]:
    price = within_limit(whole(raw, "price", "minor units, 350 for 3.50"), raw.get("price"))
    rate = whole(raw, "vat_rate", "basis points, 2200 for 22 %")
    if not 0 <= rate <= 10_000:
        raise BadRow("not_rate", value=str(rate))
    return price, rate


def row_from_json(raw: dict, rules: Rules) -> ProductRow:
    """A product of the server's JSON API: price in minor units, vat_rate in basis points."""
    return _row(raw, rules, _json_numbers)


def _codes(row: ProductRow) -> list[tuple[str, str, str]]:
    """(field, shown value, comparison key) for each code the row claims."""
    found = [("sku", row.sku, row.sku)]
    if row.barcode:
        found.append(("barcode", row.barcode, gtin_key(row.barcode)))
    if row.plu:
        found.append(("plu", row.plu, row.plu))
    return found


def check_rows(rows: Iterable[tuple[int, dict]], rules: Rules, existing: dict[str, tuple],
               from_json: bool = False, broken: dict[int, str] | None = None) -> tuple[list[tuple[int, ProductRow]], list[Rejected]]:
    """The good rows (line, product) and the rejected ones (line order) of one file.

    `existing` is the shop's catalogue before the import: SKU -> (barcode, plu). A code goes to the
    first line that claims it; a code another product keeps after the import (one the file does not
    give a new code, or whose own row is rejected) refuses the row that claims it. Rejecting a row
    can keep its product's old codes, so the check runs again until nothing more is rejected.
    """
    check = row_from_json if from_json else row_from_text
    good, rejected = [], []
    for line, raw in rows:
        sku = str(raw.get("sku") or "").strip()[:LIMITS["sku"]]
        if broken and line in broken:
            rejected.append(Rejected(line, sku, BadRow("broken", detail=broken[line])))
            continue
        try:
            good.append((line, check(raw, rules)))
        except BadRow as error:
            rejected.append(Rejected(line, sku, error))
    good, refused = check_codes(good, existing)
    return good, sorted(rejected + refused, key=lambda r: r.line)


def check_codes(good: list[tuple[int, ProductRow]], existing: dict[str, tuple]
                ) -> tuple[list[tuple[int, ProductRow]], list[Rejected]]:
    """The rows whose SKU, barcode and PLU are theirs alone (see check_rows), and the others, refused."""
    rejected = []
    while True:
        claimed = {row.sku for _, row in good}
        holders: dict[tuple[str, str], tuple[str, int | None]] = {}
        for sku, (codes, plu_code) in existing.items():
            if sku in claimed:
                continue
            for code in (codes if isinstance(codes, tuple) else (codes,)):  # a till's product may have several
                if code:
                    holders["barcode", gtin_key(code)] = (sku, None)
            if plu_code:
                holders["plu", plu_code] = (sku, None)
        kept, refused = [], []
        for line, row in good:
            try:
                for name, shown, key in _codes(row):
                    holder = holders.get((name, key))
                    if holder is not None and holder[1] is not None:
                        raise BadRow("twice", field=FIELD_WORDS[name], value=shown, line=holder[1])
                    if holder is not None and holder[0] != row.sku:
                        raise BadRow("taken", field=FIELD_WORDS[name], value=shown, sku=holder[0])
                for name, _, key in _codes(row):
                    holders[name, key] = (row.sku, line)
                kept.append((line, row))
            except BadRow as error:
                refused.append(Rejected(line, row.sku, error))
        rejected += refused
        good = kept
        kept_skus = {row.sku for _, row in kept}
        if not any(r.sku in existing and r.sku not in kept_skus for r in refused):
            return good, rejected
