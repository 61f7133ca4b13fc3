"""The owner's catalogue file at the till: preview, apply in one transaction, export.

The file is read and each row checked by the rules the server applies too (syncwire/catalogue_files.py
and catalogue_rows.py), against this shop: its currency's decimals, its VAT rates (a rate the shop
does not have is refused, not made), its scale-label prefixes and its products. `preview` writes
nothing; `apply` writes the good rows of a preview in the caller's one write transaction, with a
few executemany statements (a 10,000-row file in well under 2 s). In a shop enrolled on a server,
each new or changed product is also queued for the server (kind "product", the feed's payload),
and a new product takes the id the server gives that SKU, so every till and the server agree.

Products are matched by SKU. Many barcodes per product (the product-barcode table of migration
0006) would plug in where `_existing` reads the codes and where `apply` writes `barcode`.
"""
import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlmodel import Session

from db.ids import new_id, utc_now
from shop.settings import ShopSettings, load_settings
from shop.sync_catalogue import DEFAULT_COLOR
from shop.sync_client import load_config
from shop.text import fold
from syncwire.catalogue import product_id as shop_product_id
from syncwire.catalogue_files import COLUMNS, BadFile, ReadFile, check_size, read_catalogue
from syncwire.catalogue_rows import ProductRow, Rejected, Rules, check_codes, check_rows, gtin_key, rate_error

__all__ = ["BadFile", "Preview", "read_file", "preview", "apply", "export_rows", "export_csv", "export_xlsx"]

_EXISTING = ("SELECT p.id, p.sku, p.name, p.price, v.rate_bp, p.unit, p.barcode, p.plu, c.name, p.active "
             "FROM product p JOIN vatrate v ON v.id = p.vat_rate_id LEFT JOIN category c ON c.id = p.category_id")


@dataclass(frozen=True)
class Planned:
    """A good row and what applying it does: `product_id` None for a new product."""

    line: int
    row: ProductRow
    product_id: str | None


@dataclass
class Preview:
    new: list[Planned] = field(default_factory=list)
    changed: list[Planned] = field(default_factory=list)
    unchanged: list[Planned] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    encoding: str = "utf-8"
    separator: str = ","

    def summary(self) -> str:
        """The line the CLI prints last (a contract)."""
        return (f"{len(self.new)} new, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
                f"{len(self.rejected)} rejected")


def read_file(path: Path) -> ReadFile:
    """The rows of a CSV or XLSX file; BadFile (too big is refused before reading) or OSError."""
    check_size(path.stat().st_size)
    return read_catalogue(path.read_bytes(), path.name)


def minor_digits(settings: ShopSettings) -> int:
    """The digits after the decimal mark of the shop's stored amounts, fixed when it was made."""
    return settings.currency_exponent


def _rules(session: Session, settings: ShopSettings) -> tuple[Rules, dict[int, str]]:
    rates = {}
    for rate_id, rate_bp in session.connection().exec_driver_sql("SELECT id, rate_bp FROM vatrate ORDER BY code"):
        rates.setdefault(rate_bp, rate_id)
    return Rules(minor_digits(settings), 0 if settings.whole_units else None, frozenset(settings.variable_measure_prefixes),
                 frozenset(rates)), rates


def _existing(session: Session) -> dict[str, tuple]:
    """SKU -> (id, name, price, rate_bp, unit, barcode, plu, category, active) of every product, retired ones too."""
    return {r[1]: (r[0], *r[2:9], bool(r[9])) for r in session.connection().exec_driver_sql(_EXISTING)}


def _codes_held(session: Session, existing: dict[str, tuple]) -> dict[str, tuple]:
    """SKU -> ((first barcode, further barcodes...), plu): every code a product holds, none to be given twice."""
    further: dict[str, list[str]] = {}
    for product_id, code in session.connection().exec_driver_sql("SELECT product_id, code FROM productbarcode"):
        further.setdefault(product_id, []).append(code)
    return {sku: ((had[5], *further.get(had[0], ())), had[6]) for sku, had in existing.items()}


def _same(row: ProductRow, had: tuple) -> bool:
    _, name, price, rate_bp, unit, barcode, plu, category, active = had
    same_code = (gtin_key(barcode) if barcode else None) == (gtin_key(row.barcode) if row.barcode else None)
    return (name, price, rate_bp, unit, plu, category, active) == (
        row.name, row.price, row.vat_rate_bp, row.unit, row.plu, row.category, row.active) and same_code


def preview(session: Session, read: ReadFile) -> Preview:
    """What importing the file would do; writes nothing."""
    rules, _ = _rules(session, load_settings(session))
    existing = _existing(session)
    broken = {r.line: r.broken for r in read.rows if r.broken}
    good, rejected = check_rows(((r.line, r.fields) for r in read.rows), rules, _codes_held(session, existing),
                                broken=broken)
    result = Preview(rejected=rejected, encoding=read.encoding, separator=read.separator)
    for line, row in good:
        had = existing.get(row.sku)
        if had is None:
            result.new.append(Planned(line, row, None))
        else:
            (result.unchanged if _same(row, had) else result.changed).append(Planned(line, row, had[0]))
    return result


def _category_ids(session: Session, names: set[str]) -> dict[str, str]:
    """Each category by name, made if the shop has none of that name."""
    conn = session.connection()
    found = {}
    for cat_id, name in conn.exec_driver_sql("SELECT id, name FROM category ORDER BY rowid"):
        found.setdefault(name, cat_id)
    made = [(new_id(), name, DEFAULT_COLOR) for name in sorted(names - set(found))]
    if made:
        conn.exec_driver_sql("INSERT INTO category (id, name, color) VALUES (?, ?, ?)", made)
        found.update({name: cat_id for cat_id, name, _ in made})
    return found


def apply(session: Session, planned: Preview) -> Preview:
    """Write the new and changed products of a preview, inside the caller's write transaction.

    Checked again against the catalogue as it is now (another till's pull may have come in since
    the preview); what is written is what the returned preview says."""
    rules, rates = _rules(session, load_settings(session))
    existing = _existing(session)
    rows = sorted(((p.line, p.row) for p in planned.new + planned.changed + planned.unchanged), key=lambda r: r[0])
    gone = [Rejected(line, row.sku, rate_error(row.vat_rate_bp, rules)) for line, row in rows if row.vat_rate_bp not in rates]
    rows = [(line, row) for line, row in rows if row.vat_rate_bp in rates]  # a rate deleted since the preview
    fresh = Preview(encoding=planned.encoding, separator=planned.separator)
    good, late = check_codes(rows, _codes_held(session, existing))
    fresh.rejected = sorted(planned.rejected + gone + late, key=lambda r: r.line)
    config = load_config(session)
    now = utc_now()
    categories = _category_ids(session, {row.category for _, row in good if row.category})
    inserts, updates, queued = [], [], []
    for line, row in good:
        had = existing.get(row.sku)
        if had is not None and _same(row, had):
            fresh.unchanged.append(Planned(line, row, had[0]))
            continue
        pid = had[0] if had else (shop_product_id(config.shop_id, row.sku) if config else new_id())
        values = dict(id=pid, sku=row.sku, name=row.name, name_fold=fold(row.name),
                      category_id=categories.get(row.category) if row.category else None,
                      vat_rate_id=rates[row.vat_rate_bp], price=row.price, unit=row.unit, barcode=row.barcode,
                      plu=row.plu, active=row.active, updated_at=now)
        (updates if had else inserts).append(values)
        (fresh.changed if had else fresh.new).append(Planned(line, row, pid))
        if config:
            queued.append(("product", pid, json.dumps({"id": pid, **row.wire(), "updated_at": now}), now))
    conn = session.connection()
    if updates:  # free the codes first: a barcode may move from one changed product to another
        conn.exec_driver_sql("UPDATE product SET barcode = NULL, plu = NULL WHERE id = ?", [(u["id"],) for u in updates])
        conn.exec_driver_sql(
            "UPDATE product SET name = :name, name_fold = :name_fold, category_id = :category_id, vat_rate_id = :vat_rate_id, "
            "price = :price, unit = :unit, barcode = :barcode, plu = :plu, active = :active, updated_at = :updated_at "
            "WHERE id = :id", updates)
    if inserts:
        columns = list(inserts[0])
        conn.exec_driver_sql(f"INSERT INTO product ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})",
                             inserts)
    if queued:  # shop.outbox.enqueue's rows, in one statement: 10,000 ORM objects would double the import
        conn.exec_driver_sql("INSERT INTO outbox (record_type, record_id, payload, created_at) VALUES (?, ?, ?, ?)", queued)
    return fresh


def _as_text(row: ProductRow, digits: int) -> dict[str, str]:
    return dict(sku=row.sku, name=row.name, price=_amount(row.price, digits), vat_rate=_percent(row.vat_rate_bp),
                unit=row.unit, barcode=row.barcode or "", plu=row.plu or "", category=row.category or "",
                active="1" if row.active else "0")


def _amount(price: int, digits: int) -> str:
    return f"{Decimal(price).scaleb(-digits):.{digits}f}"


def _percent(rate_bp: int) -> str:
    return f"{Decimal(rate_bp) / 100:g}"


def export_rows(session: Session) -> list[dict[str, str]]:
    """The shop's products (retired ones left out) in the columns the import reads, by SKU."""
    digits = minor_digits(load_settings(session))
    rows = []
    for sku, (_, name, price, rate_bp, unit, barcode, plu, category, active) in sorted(_existing(session).items()):
        if "~" in sku and barcode is None and not active:
            continue  # a local product retired for the shop's product of the same SKU (shop/sync_catalogue.py)
        rows.append(_as_text(ProductRow(sku, name, price, rate_bp, unit, barcode, plu, category, active), digits))
    return rows


def export_csv(session: Session) -> bytes:
    """UTF-8 with a BOM (Excel then reads the accents right), comma separated."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(export_rows(session))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_xlsx(session: Session) -> bytes:
    """One sheet; every cell text, so barcodes keep their leading zeros and prices their decimals."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("products")
    sheet.append(list(COLUMNS))
    for row in export_rows(session):
        sheet.append([row[c] for c in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
