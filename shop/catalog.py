"""Products as the till sees them: find by barcode, search by name or SKU fragment."""
from dataclasses import dataclass

from sqlmodel import Session

from shop.text import fold

SEARCH_LIMIT = 30

_COLUMNS = (
    "p.id, p.sku, p.name, p.price, p.unit, v.rate_bp, p.barcode, p.category_id, p.plu "
    "FROM product p JOIN vatrate v ON v.id = p.vat_rate_id"
)


@dataclass(frozen=True)
class ProductInfo:
    id: str
    sku: str
    name: str
    price: int
    unit: str
    vat_rate_bp: int
    barcode: str | None
    category_id: str | None
    plu: str | None


def _rows(session: Session, sql: str, params: tuple) -> list[ProductInfo]:
    cursor = session.connection().exec_driver_sql(sql, params)
    return [ProductInfo(*row) for row in cursor.fetchall()]


def product_by_id(session: Session, product_id: str) -> ProductInfo | None:
    rows = _rows(session, f"SELECT {_COLUMNS} WHERE p.id = ?", (product_id,))
    return rows[0] if rows else None


def product_by_barcode(session: Session, code: str) -> ProductInfo | None:
    # A UPC-A is an EAN-13 with a leading zero: accept either form of the same code.
    variants = {code}
    if len(code) == 12:
        variants.add("0" + code)
    elif len(code) == 13 and code.startswith("0"):
        variants.add(code[1:])
    marks = ",".join("?" * len(variants))
    rows = _rows(session, f"SELECT {_COLUMNS} WHERE p.barcode IN ({marks}) AND p.active", tuple(variants))
    return rows[0] if rows else None


def product_by_plu(session: Session, plu: str) -> ProductInfo | None:
    rows = _rows(session, f"SELECT {_COLUMNS} WHERE p.plu = ? AND p.active", (plu,))
    return rows[0] if rows else None


def search_products(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[ProductInfo]:
    """Products whose name or SKU contains every word typed; names starting with it first."""
    words = fold(text).split()
    if not words:
        return []
    long_words = [w for w in words if len(w) >= 3]
    short_words = [w for w in words if len(w) < 3]
    if long_words:
        # Trigram full-text index: any fragment of 3+ characters, without scanning the table.
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        sql = (
            f"SELECT {_COLUMNS} JOIN product_fts f ON f.rowid = p.rowid "
            "WHERE product_fts MATCH ? AND p.active"
        )
        params: list = [match]
    else:
        # One or two characters: name or SKU prefix, served by indexes.
        first = short_words.pop(0)
        sql = (
            f"SELECT {_COLUMNS} WHERE p.active AND ((p.name_fold >= ? AND p.name_fold < ?) "
            "OR (p.sku >= ? AND p.sku < ?))"
        )
        upper = first + "\uffff"
        params = [first, upper, first.upper(), first.upper() + "\uffff"]
    for word in short_words:
        sql += " AND (p.name_fold LIKE ? OR p.sku LIKE ?)"
        params += [f"%{word}%", f"%{word}%"]
    sql += " ORDER BY (p.name_fold LIKE ?) DESC, p.name_fold LIMIT ?"
    params += [words[0] + "%", limit]
    return _rows(session, sql, tuple(params))


@dataclass(frozen=True)
class QuickKeyInfo:
    position: int
    label: str
    color: str
    product: ProductInfo


def quick_keys(session: Session) -> list[QuickKeyInfo]:
    """The favourites grid in order, coloured by category."""
    sql = (
        f"SELECT q.position, coalesce(q.label, p.name), coalesce(c.color, '#4f6d7a'), {_COLUMNS} "
        "JOIN quickkey q ON q.product_id = p.id LEFT JOIN category c ON c.id = p.category_id "
        "WHERE p.active ORDER BY q.position"
    )
    rows = session.connection().exec_driver_sql(sql).fetchall()
    return [QuickKeyInfo(row[0], row[1], row[2], ProductInfo(*row[3:])) for row in rows]


def weighed_products(session: Session, limit: int = 20) -> list[ProductInfo]:
    """Products sold by weight (they carry a PLU for scale labels)."""
    return _rows(session, f"SELECT {_COLUMNS} WHERE p.unit = 'kg' AND p.active ORDER BY p.name_fold LIMIT ?", (limit,))
