"""Applying the shop's catalogue and shared settings pulled from the server (syncwire/catalogue.py).

The server owns the catalogue, so a pulled product wins here: it is upserted by its global id, its
VAT rate matched by rate and its category by name (each made if this till lacks it), and a local
product in its way steps aside. One with the same SKU is the same item known here under a local
id: it is retired (inactive, SKU suffixed, codes cleared) and what points at it (sale lines, quick
keys, reservations, parked sales) is pointed at the pulled one, so the shop's history of that item
stays in one place; sale lines keep the name, SKU and price they were sold at. One with another
SKU only gives up the barcode or PLU. A retired row is never deleted: a cart open on screen may
still hold it.

A shared setting takes only the fields syncwire lists for its key; this till's own settings (its
till id, printer, server link) are never touched.
"""
import string
from decimal import Decimal

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from db.ids import new_id, utc_now
from db.models import Setting
from shop.custom_fields import FIELDS_KEY
from shop.loyalty_rules import LOYALTY_KEY
from shop.permissions import PERMISSIONS_KEY
from shop.reservations import POLICY_KEY
from shop.settings import SETTINGS_KEY
from shop.text import fold
from syncwire.catalogue import LOYALTY_CATEGORY_MULTIPLIERS, LOYALTY_EXCLUDED_CATEGORIES, SHARED_SETTINGS, UNITS

PRODUCT_COLUMNS = ("id", "sku", "name", "name_fold", "category_id", "vat_rate_id", "price", "unit", "barcode", "plu",
                   "active", "updated_at")
LOCAL_KEYS = {"shop": SETTINGS_KEY, "loyalty": LOYALTY_KEY, "reservations": POLICY_KEY, "permissions": PERMISSIONS_KEY,
              "customer_fields": FIELDS_KEY}
DEFAULT_COLOR = "#4f6d7a"


def vat_rate_id(session: Session, rate_bp: int, cache: dict | None = None) -> str:
    """The local VAT rate of this rate (the first by code), made if the till has none."""
    if cache is not None and ("vat", rate_bp) in cache:
        return cache["vat", rate_bp]
    if cache is not None:
        cache["vat", rate_bp] = found = vat_rate_id(session, rate_bp)
        return found
    conn = session.connection()
    row = conn.exec_driver_sql("SELECT id FROM vatrate WHERE rate_bp = ? ORDER BY code LIMIT 1", (rate_bp,)).first()
    if row:
        return row[0]
    used = {r[0] for r in conn.exec_driver_sql("SELECT code FROM vatrate")}
    code = next((c for c in string.ascii_uppercase if c not in used), f"R{rate_bp}")
    rate_id = new_id()
    conn.exec_driver_sql("INSERT INTO vatrate (id, code, name, rate_bp) VALUES (?, ?, ?, ?)",
                         (rate_id, code, f"{Decimal(rate_bp) / 100:g}%", rate_bp))
    return rate_id


def category_id(session: Session, name: str | None, cache: dict | None = None) -> str | None:
    """The local category of this name, made if the till has none."""
    if not name:
        return None
    if cache is not None and ("category", name) in cache:
        return cache["category", name]
    if cache is not None:
        cache["category", name] = found = category_id(session, name)
        return found
    conn = session.connection()
    row = conn.exec_driver_sql("SELECT id FROM category WHERE name = ? ORDER BY rowid LIMIT 1", (name,)).first()
    if row:
        return row[0]
    made = new_id()
    conn.exec_driver_sql("INSERT INTO category (id, name, color) VALUES (?, ?, ?)", (made, name, DEFAULT_COLOR))
    return made


def _barcode_forms(code: str | None) -> list[str]:
    """The code and its other spelling (a UPC-A is an EAN-13 with a leading zero; shop/catalog.py reads both)."""
    if not code:
        return []
    if len(code) == 12:
        return [code, "0" + code]
    if len(code) == 13 and code.startswith("0"):
        return [code, code[1:]]
    return [code]


def apply_product(session: Session, data: dict, cache: dict | None = None) -> bool:
    """Upsert a pulled product; False (and nothing changed) if it is not one a till can sell.

    `cache` keeps VAT rate and category ids across the products of one page (one transaction)."""
    if not (isinstance(data.get("sku"), str) and isinstance(data.get("name"), str) and _whole(data.get("price"))
            and _whole(data.get("vat_rate_bp")) and (data.get("unit") or "pc") in UNITS):
        return False  # a malformed record must not stop every later page
    try:
        with session.begin_nested():
            _upsert_product(session, data, {} if cache is None else cache)
    except IntegrityError:
        if cache is not None:
            cache.clear()  # a rate or category it made went with the savepoint
        return False
    return True


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _upsert_product(session: Session, data: dict, cache: dict) -> None:
    conn = session.connection()
    pid, sku = data["id"], data["sku"]
    barcodes, plu = _barcode_forms(data.get("barcode")), data.get("plu")
    marks = ",".join("?" * len(barcodes)) or "NULL"
    in_the_way = conn.exec_driver_sql(
        f"SELECT id, sku FROM product WHERE id != ? AND (sku = ? OR barcode IN ({marks}) OR plu = ?)",
        (pid, sku, *barcodes, plu)).fetchall()
    retired = [local_id for local_id, local_sku in in_the_way if local_sku == sku]
    for local_id, local_sku in in_the_way:
        if local_sku == sku:
            conn.exec_driver_sql("UPDATE product SET sku = sku || '~' || id, barcode = NULL, plu = NULL, active = 0, "
                                 "updated_at = ? WHERE id = ?", (utc_now(), local_id))
        else:
            conn.exec_driver_sql(
                f"UPDATE product SET barcode = CASE WHEN barcode IN ({marks}) THEN NULL ELSE barcode END, "
                "plu = CASE WHEN plu = ? THEN NULL ELSE plu END, updated_at = ? WHERE id = ?",
                (*barcodes, plu, utc_now(), local_id))
    if barcodes:  # a code is one product's: another's second barcode gives way too
        conn.exec_driver_sql(f"DELETE FROM productbarcode WHERE code IN ({marks})", tuple(barcodes))
    row = dict(id=pid, sku=sku, name=data["name"], name_fold=fold(data["name"]),
               category_id=category_id(session, data.get("category"), cache),
               vat_rate_id=vat_rate_id(session, data["vat_rate_bp"], cache),
               price=data["price"], unit=data.get("unit") or "pc", barcode=data.get("barcode"), plu=plu,
               active=bool(data.get("active", True)), updated_at=data.get("updated_at") or utc_now())
    updates = ", ".join(f"{c} = excluded.{c}" for c in PRODUCT_COLUMNS if c != "id")
    conn.exec_driver_sql(
        f"INSERT INTO product ({', '.join(PRODUCT_COLUMNS)}) VALUES ({', '.join(':' + c for c in PRODUCT_COLUMNS)}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}", row)
    if isinstance(data.get("barcodes"), list):
        _set_extra_barcodes(conn, pid, [c for c in data["barcodes"] if isinstance(c, str) and c and c not in barcodes])
    for local_id in retired:
        if isinstance(data.get("barcodes"), list):  # the owner's list is the whole truth
            conn.exec_driver_sql("DELETE FROM productbarcode WHERE product_id = ?", (local_id,))
        else:
            conn.exec_driver_sql("UPDATE productbarcode SET product_id = ? WHERE product_id = ?", (pid, local_id))
        for table in ("saleline", "reservationline", "quickkey"):
            conn.exec_driver_sql(f"UPDATE {table} SET product_id = ? WHERE product_id = ?", (pid, local_id))
        # Ids are UUIDs, so the quoted id appears in a parked cart only as that product's id.
        conn.exec_driver_sql("UPDATE parkedsale SET cart = replace(cart, ?, ?) WHERE instr(cart, ?) > 0",
                             (f'"{local_id}"', f'"{pid}"', f'"{local_id}"'))


def _set_extra_barcodes(conn, pid: str, codes: list[str]) -> None:
    """A pulled product's further barcodes (`barcodes` past the first); taken from any other product here."""
    conn.exec_driver_sql("DELETE FROM productbarcode WHERE product_id = ?", (pid,))
    for position, code in enumerate(codes, start=1):
        forms = _barcode_forms(code)
        marks = ",".join("?" * len(forms))
        conn.exec_driver_sql(f"DELETE FROM productbarcode WHERE code IN ({marks})", tuple(forms))
        conn.exec_driver_sql(f"UPDATE product SET barcode = NULL, updated_at = ? WHERE barcode IN ({marks}) AND id != ?",
                             (utc_now(), *forms, pid))
        conn.exec_driver_sql("INSERT INTO productbarcode (code, product_id, position) VALUES (?, ?, ?)",
                             (code, pid, position))


def _local_loyalty(session: Session, value: dict) -> dict:
    """Loyalty rules name categories on the wire; here they are this till's category ids."""
    value = dict(value)
    if LOYALTY_CATEGORY_MULTIPLIERS in value:
        value["category_multipliers_bp"] = {category_id(session, name): bp
                                            for name, bp in (value.pop(LOYALTY_CATEGORY_MULTIPLIERS) or {}).items()}
    if LOYALTY_EXCLUDED_CATEGORIES in value:
        value["excluded_category_ids"] = [category_id(session, name) for name in value.pop(LOYALTY_EXCLUDED_CATEGORIES) or []]
    return value


def apply_setting(session: Session, data: dict) -> bool:
    key = data.get("id")
    shared = SHARED_SETTINGS.get(key)
    value = data.get("value")
    if shared is None or not isinstance(value, dict):
        return False  # not a setting the tills share: this till's own stays as it is
    taken = {k: v for k, v in value.items() if k in shared}
    if key == "loyalty":
        taken = _local_loyalty(session, taken)
    row = session.get(Setting, LOCAL_KEYS[key]) or Setting(key=LOCAL_KEYS[key])
    current = row.value if isinstance(row.value, dict) else {}
    row.value = {**current, **taken}  # a new dict: the JSON column sees the change
    session.add(row)
    return True
