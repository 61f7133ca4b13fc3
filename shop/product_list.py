"""The back office's product list: the products matching what the owner typed, retired ones too.

Built for a keystroke at 50,000 products: a keystroke reads how many match and the first page
only; the list reads the next page (keyset, by name) when the owner scrolls to it. No query ever
builds a row it does not show.

Matching, as at the till (shop/catalog.py): every word typed must be in the name or the SKU; a word
of three or more characters anywhere (trigram index), a shorter one at the start of the name when
no word is longer. Four or more digits also find barcodes starting with them, shown first.
"""
from dataclasses import dataclass

from sqlmodel import Session

from shop.text import fold

PAGE = 100
BARCODE_PREFIX_MIN = 4
# Up to this many trigram matches are sorted by name; beyond, the name index is walked in order
# and each product tested against the matches, which stops after one page ("del" is in a quarter
# of an Italian catalogue; sorting all of them costs more than a keystroke may).
SORT_AT_MOST = 2000

_COLUMNS = (
    "p.rowid, p.name_fold, p.id, p.sku, p.name, p.price, p.unit, v.code, c.name, p.barcode, "
    "(p.barcode IS NOT NULL) + (SELECT count(*) FROM productbarcode b WHERE b.product_id = p.id), p.plu, p.active"
)
_JOINS = "JOIN vatrate v ON v.id = p.vat_rate_id LEFT JOIN category c ON c.id = p.category_id"
_FTS = "SELECT rowid FROM product_fts WHERE product_fts MATCH ?"


@dataclass(frozen=True)
class ProductRow:
    rowid: int
    name_fold: str
    id: str
    sku: str
    name: str
    price: int
    unit: str
    vat_code: str
    category: str | None
    barcode: str | None
    barcodes: int  # how many barcodes in all
    plu: str | None
    active: bool

    @property
    def key(self) -> tuple[str, int]:
        """Where the next page starts."""
        return self.name_fold, self.rowid


@dataclass(frozen=True)
class Query:
    """What the owner typed, turned into SQL once per keystroke and reused for its pages."""

    where: str
    params: tuple
    index: str  # "INDEXED BY ..." when walking the name index is the faster plan
    count: int
    barcode: str  # the digits typed, when they may be a barcode's start
    count_sql: str = ""  # how `count` was read (the benchmark's raw baseline runs it again)
    count_params: tuple = ()


def _successor(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _contains(words: list[str]) -> tuple[str, list]:
    sql, params = "", []
    for word in words:
        sql += " AND (p.name_fold LIKE ? OR p.sku LIKE ?)"
        params += [f"%{word}%", f"%{word}%"]
    return sql, params


def make_query(session: Session, text: str, active_only: bool = False) -> Query:
    conn = session.connection()
    only = " AND p.active" if active_only else ""
    words = fold(text).split()
    code = "".join(text.split())
    barcode = code if code.isdigit() and len(code) >= BARCODE_PREFIX_MIN else ""
    name_index = "INDEXED BY ix_product_name_nocase"
    long_words = [w for w in words if len(w) >= 3]
    if not words:
        where, params, index = f"p.name_fold >= ''{only}", (), name_index
        count_sql, count_params = f"SELECT count(*) FROM product p WHERE {where}", ()
    elif long_words:
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
        contains, extra = _contains([w for w in words if len(w) < 3])
        where, params = f"p.rowid IN ({_FTS}){contains}{only}", (match, *extra)
        matches: int = conn.exec_driver_sql(f"SELECT count(*) FROM ({_FTS})", (match,)).scalar_one()
        # The trigram index alone counts the matches when nothing else narrows them.
        count_sql, count_params = (f"SELECT count(*) FROM product p WHERE {where}", params) if contains or only \
            else (f"SELECT count(*) FROM ({_FTS})", (match,))
        index = name_index if matches > SORT_AT_MOST else ""
        if index:
            where = "p.name_fold >= '' AND " + where
    else:
        first, others = words[0], words[1:]
        contains, extra = _contains(others)
        where = f"p.name_fold >= ? AND p.name_fold < ?{contains}{only}"
        params, index = (first, _successor(first), *extra), name_index
        count_sql, count_params = f"SELECT count(*) FROM product p WHERE {where}", params
    count: int = conn.exec_driver_sql(count_sql, count_params).scalar_one()
    return Query(where, params, index, count, barcode if words else "", count_sql, count_params)


def page(session: Session, query: Query, after: tuple[str, int] | None = None, limit: int = PAGE) -> list[ProductRow]:
    """The next `limit` matches by name after `after` (None: the first page)."""
    conn = session.connection()
    where, params = query.where, query.params
    if after is not None:
        where += " AND (p.name_fold, p.rowid) > (?, ?)"
        params = (*params, *after)
    rows = conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM product p {query.index} {_JOINS} WHERE {where} "
        "ORDER BY p.name_fold, p.rowid LIMIT ?", (*params, limit)).fetchall()
    return [_row(r) for r in rows]


def _row(values) -> ProductRow:
    return ProductRow(*values[:-1], bool(values[-1]))


def barcode_matches(session: Session, query: Query, limit: int = 20) -> list[ProductRow]:
    """Products with a barcode starting with the digits typed (none if what was typed is not digits)."""
    if not query.barcode:
        return []
    code = query.barcode
    end = _successor(code)
    rows = session.connection().exec_driver_sql(
        f"SELECT {_COLUMNS} FROM product p {_JOINS} WHERE p.rowid IN ("
        "SELECT rowid FROM product WHERE barcode >= ? AND barcode < ? "
        "UNION SELECT q.rowid FROM productbarcode b JOIN product q ON q.id = b.product_id WHERE b.code >= ? AND b.code < ?"
        ") ORDER BY p.name_fold LIMIT ?", (code, end, code, end, limit)).fetchall()
    return [_row(r) for r in rows]


def filter_products(session: Session, text: str, limit: int = PAGE, active_only: bool = False) -> tuple[int, list[ProductRow]]:
    """How many products match and the first page of them (barcode matches first): one keystroke's work."""
    query = make_query(session, text, active_only)
    by_code = barcode_matches(session, query)
    seen = {r.rowid for r in by_code}
    return query.count, by_code + [r for r in page(session, query, None, limit) if r.rowid not in seen]


def ids_in(session: Session, category_id: str | None = None, active_only: bool = True) -> list[str]:
    """Product ids of a category (all products with None), by name."""
    sql = "SELECT id FROM product p WHERE 1"
    params: tuple = ()
    if category_id is not None:
        sql += " AND p.category_id = ?"
        params = (category_id,)
    if active_only:
        sql += " AND p.active"
    return [r[0] for r in session.connection().exec_driver_sql(sql + " ORDER BY p.name_fold", params)]
