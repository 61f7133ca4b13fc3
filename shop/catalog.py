"""Products as the till sees them: find by barcode, search by name or SKU fragment."""
from dataclasses import dataclass

from sqlmodel import Session

from shop.kinds import Unit
from shop.text import fold

SEARCH_LIMIT = 30
SORT_AT_MOST = 200  # matches of a common fragment sorted by name (see _other_matches)

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
    unit: Unit
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
    if not rows:  # a product's second, third ... barcode (shop/product_admin.py)
        rows = _rows(session, f"SELECT {_COLUMNS} JOIN productbarcode b ON b.product_id = p.id "
                     f"WHERE b.code IN ({marks}) AND p.active", tuple(variants))
    return rows[0] if rows else None


def product_by_plu(session: Session, plu: str) -> ProductInfo | None:
    rows = _rows(session, f"SELECT {_COLUMNS} WHERE p.plu = ? AND p.active", (plu,))
    return rows[0] if rows else None


def search_products(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[ProductInfo]:
    """Products whose name or SKU contains every word typed; names starting with it first.

    Words of three or more characters match anywhere (trigram full-text index); when every word
    is shorter, the first one must start the name or the SKU and the others appear anywhere.
    """
    words = fold(text).split()
    if not words:
        return []
    first, others = words[0], words[1:]
    # Names starting with the first word, in the order of the name index: no sort, stops at `limit`.
    contains, params = _contain_all(others)
    found = _rows(
        session,
        f"SELECT {_COLUMNS} WHERE p.active AND p.name_fold >= ? AND p.name_fold < ?{contains} "
        "ORDER BY p.name_fold LIMIT ?",
        (first, _successor(first), *params, limit),
    )
    if len(found) < limit:
        found += _other_matches(session, words, limit - len(found))
    return found


def _successor(prefix: str) -> str:
    """The first string after every string that starts with `prefix` (UTF-8 sorts by code point)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _contain_all(words: list[str], table: str = "p") -> tuple[str, list]:
    sql, params = "", []
    for word in words:
        sql += f" AND ({table}.name_fold LIKE ? OR {table}.sku LIKE ?)"
        params += [f"%{word}%", f"%{word}%"]
    return sql, params


def _other_matches(session: Session, words: list[str], limit: int) -> list[ProductInfo]:
    """Matches whose name does not start with the first word, by name.

    Sorting every match of a common fragment ('del' is in a quarter of an Italian catalogue)
    would cost tens of milliseconds per keystroke, so at most SORT_AT_MOST matches (the first
    ones the index gives) are sorted. Rarer fragments, which the cashier is usually narrowing
    down to, are sorted in full.
    """
    first = words[0]
    if any(len(w) >= 3 for w in words):
        long_words = [w for w in words if len(w) >= 3]
        source = "product_fts f JOIN product q ON q.rowid = f.rowid WHERE product_fts MATCH ?"
        params: list = [" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)]
        others = [w for w in words if len(w) < 3]
    else:
        source = "product q WHERE q.sku >= ? AND q.sku < ?"
        params = [first.upper(), _successor(first.upper())]
        others = words[1:]
    contains, contains_params = _contain_all(others, "q")
    candidates = (
        f"SELECT q.rowid FROM {source} AND q.active{contains} "
        "AND NOT (q.name_fold >= ? AND q.name_fold < ?) LIMIT ?"
    )
    sql = f"SELECT {_COLUMNS} JOIN ({candidates}) m ON m.rowid = p.rowid ORDER BY p.name_fold LIMIT ?"
    return _rows(session, sql, (*params, *contains_params, first, _successor(first), SORT_AT_MOST, limit))


@dataclass(frozen=True)
class QuickKeyInfo:
    position: int
    label: str
    color: str
    product: ProductInfo


def quick_keys(session: Session) -> list[QuickKeyInfo]:
    """The favourites grid in order, coloured by category."""
    sql = (
        f"SELECT q.position, coalesce(q.label, p.name), coalesce(q.color, c.color, '#4f6d7a'), {_COLUMNS} "
        "JOIN quickkey q ON q.product_id = p.id LEFT JOIN category c ON c.id = p.category_id "
        "WHERE p.active ORDER BY q.position"
    )
    rows = session.connection().exec_driver_sql(sql).fetchall()
    return [QuickKeyInfo(row[0], row[1], row[2], ProductInfo(*row[3:])) for row in rows]


def weighed_products(session: Session, limit: int = 20) -> list[ProductInfo]:
    """Products sold by weight (they carry a PLU for scale labels)."""
    return _rows(session, f"SELECT {_COLUMNS} WHERE p.unit = 'kg' AND p.active ORDER BY p.name_fold LIMIT ?", (limit,))
