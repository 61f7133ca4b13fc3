"""The owner's catalogue changes queued for the server, when the shop is enrolled on one.

A product travels as the server feed's product record (syncwire/catalogue.py): its category by
name and its VAT rate by rate, so every till matches its own. `barcodes` (every code, the first
being `barcode`) is extra: a server or till that does not know it reads `barcode` alone.
Categories, VAT rates and quick keys have no record of their own on the wire: a renamed category
or a changed rate reaches the tills as the changed products.
"""
from sqlmodel import Session

from db.ids import utc_now
from shop import outbox
from shop.sync_client import load_config

PRODUCT = "product"


def enrolled_shop_id(session: Session) -> str | None:
    """The server's id of this shop, or None when the shop works alone."""
    config = load_config(session)
    return config.shop_id if config else None


def product_payload(session: Session, product_id: str) -> dict:
    conn = session.connection()
    row = conn.exec_driver_sql(
        "SELECT p.id, p.sku, p.name, p.price, v.rate_bp, p.unit, p.barcode, p.plu, c.name, p.active, p.updated_at "
        "FROM product p JOIN vatrate v ON v.id = p.vat_rate_id LEFT JOIN category c ON c.id = p.category_id "
        "WHERE p.id = ?", (product_id,)).one()
    extra = [r[0] for r in conn.exec_driver_sql(
        "SELECT code FROM productbarcode WHERE product_id = ? ORDER BY position", (product_id,))]
    keys = ("id", "sku", "name", "price", "vat_rate_bp", "unit", "barcode", "plu", "category", "active", "updated_at")
    payload = dict(zip(keys, row))
    payload["active"] = bool(payload["active"])
    payload["barcodes"] = ([payload["barcode"]] if payload["barcode"] else []) + extra
    return payload


def queue_products(session: Session, product_ids: list[str]) -> int:
    """Queue each product's current record, in the caller's transaction; 0 when not enrolled."""
    if not product_ids or enrolled_shop_id(session) is None:
        return 0
    session.flush()
    for product_id in product_ids:
        outbox.enqueue(session, PRODUCT, product_id, product_payload(session, product_id))
    return len(product_ids)


def stamp(session: Session, product_ids: list[str]) -> None:
    """Mark products changed now (the feed and the tills order versions by it)."""
    now = utc_now()
    session.connection().exec_driver_sql(
        f"UPDATE product SET updated_at = ? WHERE id IN ({','.join('?' * len(product_ids))})", (now, *product_ids))
