"""Report totals kept as sales commit: what the owner's reports read instead of every sale line.

Each table holds sums over *buckets* of UTC time: `reporthour` per hour ('2026-12-04T17'), the
others (`reporttotal` holds reporthour's sums) per month ('2026-12') and per year ('2026'), both
kept, and totals, products, categories and customers also over all time ('*'). A report over any
period reads the buckets that lie wholly inside it and adds the same sums computed from the sale
rows at its edges (shop/report_source.py), so a figure is exact whatever the shop's time zone and
period. Products are numbered (`reportproductkey`) so the big tables hold small integers, not UUIDs.

One definition per table (`SOURCES`: a SELECT over sale rows) serves three purposes: the backfill
(migration 0009 and the demo generator), the upsert of one sale as it commits (`add_sale`, called in
complete_sale's own transaction) and the edges of a period. Plain SQL, no shop code: migrations use it.
"""
import json

from sqlalchemy.engine import Connection

HOUR, MONTH, YEAR = "substr(s.completed_at, 1, 13)", "substr(s.completed_at, 1, 7)", "substr(s.completed_at, 1, 4)"

TABLES = {
    # table: (key columns, summed columns)
    "reporthour": (("bucket", "till_id", "user_id", "kind"),
                   ("receipts", "subtotal", "discounts", "total", "vat", "lines", "items_milli", "known_receipts",
                    "known_total")),
    "reporttotal": (("bucket", "till_id", "user_id", "kind"),
                    ("receipts", "subtotal", "discounts", "total", "vat", "lines", "items_milli", "known_receipts",
                     "known_total")),
    "reportproduct": (("bucket", "till_id", "kind", "product_key"),
                      ("qty_milli", "gross", "discount", "total", "vat", "lines", "baskets")),
    "reportcategory": (("bucket", "till_id", "kind", "category_id"), ("qty_milli", "total", "vat", "baskets")),
    "reportvat": (("bucket", "till_id", "kind", "rate_bp"), ("total", "vat", "lines")),
    "reportpayment": (("bucket", "till_id", "kind", "method"), ("amount", "payments", "receipts")),
    # Products are keyed by their small numbers (reportproductkey): three million pairs of UUIDs would
    # double a ten-year shop's file. Pairs come pair first: looked up pair by pair, they need no other index.
    "reportpair": (("product_a", "product_b", "bucket", "till_id"), ("baskets",)),
    "reportcustomer": (("bucket", "till_id", "customer_id"), ("receipts", "total")),
}
ALL_TIME = "'*'"  # one bucket of everything: a long period is everything less the little outside it
BUCKETS = {"reporthour": (HOUR,), "reporttotal": (MONTH, YEAR, ALL_TIME), "reportproduct": (MONTH, YEAR, ALL_TIME),
           "reportvat": (MONTH, YEAR), "reportcategory": (MONTH, YEAR, ALL_TIME), "reportpayment": (MONTH, YEAR),
           "reportpair": (MONTH, YEAR), "reportcustomer": (MONTH, YEAR, ALL_TIME)}


def source(table: str, bucket: str, where: str) -> str:
    """SELECT producing `table`'s rows from the sales matching `where` (a condition on sale `s`)."""
    if table in ("reporthour", "reporttotal"):  # the same sums, per hour (for when) or per month and longer
        # '' for a person this till does not know: another till's cashier (shop/sync_history.py)
        return (f"SELECT {bucket} AS bucket, s.till_id, coalesce(s.user_id, ''), s.kind, count(*), sum(s.subtotal), "
                "sum(s.discount_total), sum(s.total), sum(l.vat), sum(l.lines), sum(l.items_milli), "
                "count(s.customer_id), sum(CASE WHEN s.customer_id IS NOT NULL THEN s.total ELSE 0 END) "
                "FROM sale s JOIN (SELECT l.sale_id, sum(l.vat) AS vat, count(*) AS lines, "
                # A weighed line is one item whatever it weighs; pieces count one by one.
                "sum(CASE WHEN l.unit = 'kg' THEN (CASE WHEN l.qty_milli < 0 THEN -1000 ELSE 1000 END) "
                "ELSE l.qty_milli END) AS items_milli "
                f"FROM saleline l JOIN sale s ON s.id = l.sale_id WHERE {where} GROUP BY l.sale_id) l ON l.sale_id = s.id "
                f"WHERE {where} GROUP BY 1, 2, 3, 4")
    if table == "reportproduct":
        return (f"SELECT {bucket} AS bucket, s.till_id, s.kind, coalesce(k.key, 0), sum(l.qty_milli), "  # 0: no product
                "sum(l.gross), sum(l.discount), sum(l.total), sum(l.vat), count(*), count(DISTINCT s.id) "
                "FROM saleline l JOIN sale s ON s.id = l.sale_id LEFT JOIN reportproductkey k ON k.product_id = l.product_id "
                f"WHERE {where} GROUP BY 1, 2, 3, 4")
    if table == "reportcategory":  # the category the product had when it was sold
        return (f"SELECT {bucket} AS bucket, s.till_id, s.kind, coalesce(p.category_id, ''), sum(l.qty_milli), "
                "sum(l.total), sum(l.vat), count(DISTINCT s.id) FROM saleline l JOIN sale s ON s.id = l.sale_id "
                f"LEFT JOIN product p ON p.id = l.product_id WHERE {where} GROUP BY 1, 2, 3, 4")
    if table == "reportvat":
        return (f"SELECT {bucket} AS bucket, s.till_id, s.kind, l.vat_rate_bp, sum(l.total), sum(l.vat), count(*) "
                f"FROM saleline l JOIN sale s ON s.id = l.sale_id WHERE {where} GROUP BY 1, 2, 3, 4")
    if table == "reportpayment":
        # Change given back is part of the cash figure (cash taken less change), not a payment of its own.
        return (f"SELECT {bucket} AS bucket, s.till_id, s.kind, p.method, sum(p.amount), "
                "sum(CASE WHEN p.is_change THEN 0 ELSE 1 END), count(DISTINCT s.id) "
                f"FROM payment p JOIN sale s ON s.id = p.sale_id WHERE {where} GROUP BY 1, 2, 3, 4")
    if table == "reportpair":
        return (f"SELECT ka.key AS product_a, kb.key AS product_b, {bucket} AS bucket, s.till_id, "
                "count(DISTINCT s.id) AS baskets "
                # CROSS JOIN keeps SQLite's plan sale first: a period's edge must not start from every
                # line ever sold of its best sellers.
                "FROM sale s CROSS JOIN saleline a ON a.sale_id = s.id JOIN reportproductkey ka ON ka.product_id = a.product_id "
                "CROSS JOIN saleline b ON b.sale_id = s.id JOIN reportproductkey kb ON kb.product_id = b.product_id "
                # '+s.kind': not by the kind index, which would walk every sale to find a pulled page's few.
                f"WHERE kb.key > ka.key AND +s.kind = 'sale' AND ({where}) GROUP BY 1, 2, 3, 4")
    if table == "reportcustomer":
        return (f"SELECT {bucket} AS bucket, s.till_id, s.customer_id, "
                "sum(CASE WHEN s.kind = 'sale' THEN 1 ELSE 0 END), sum(s.total) "
                f"FROM sale s WHERE s.customer_id IS NOT NULL AND ({where}) GROUP BY 1, 2, 3")
    raise KeyError(table)


INTEGER_KEYS = ("rate_bp", "product_a", "product_b", "product_key")
PRODUCT_KEYS = ("INSERT OR IGNORE INTO reportproductkey (product_id) SELECT DISTINCT l.product_id FROM saleline l "
                "WHERE l.product_id IS NOT NULL AND {where}")  # a product's small number, given once, never changed


def add_tables_to(metadata) -> None:
    """The tables as SQLAlchemy metadata (what migration 0009 makes), so the schema checks know them."""
    from sqlalchemy import Column, Integer, Table, Text

    for table, (keys, sums) in TABLES.items():
        columns = [Column(key, Integer if key in INTEGER_KEYS else Text, primary_key=True) for key in keys]
        columns += [Column(name, Integer, nullable=False, server_default="0") for name in sums]
        Table(table, metadata, *columns, sqlite_with_rowid=False)
    Table("reportproductkey", metadata, Column("key", Integer, primary_key=True),
          Column("product_id", Text, nullable=False, unique=True))


def create_sql() -> list[str]:
    statements = []
    for table, (keys, sums) in TABLES.items():
        columns = [f"{key} {'INTEGER' if key in INTEGER_KEYS else 'TEXT'} NOT NULL" for key in keys]
        columns += [f"{name} INTEGER NOT NULL DEFAULT 0" for name in sums]
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(columns)}, PRIMARY KEY ({', '.join(keys)})) "
                          "WITHOUT ROWID")
    statements.append("CREATE TABLE IF NOT EXISTS reportproductkey (key INTEGER PRIMARY KEY NOT NULL, product_id TEXT NOT NULL UNIQUE)")
    return statements


def index_sql() -> list[str]:
    """Made after a backfill: building an index from a full table costs far less than inserting into it."""
    statements = []
    # Refunds by reason, and the loyalty ledger by period, read straight from their rows.
    statements.append("CREATE INDEX IF NOT EXISTS ix_sale_kind_completed_at ON sale (kind, completed_at)")
    statements.append("CREATE INDEX IF NOT EXISTS ix_pointsentry_at_kind ON pointsentry (at, kind, points)")
    statements.append("CREATE INDEX IF NOT EXISTS ix_sale_customer_completed ON sale (customer_id, completed_at)")
    return statements


def drop_sql() -> list[str]:
    return ["DROP INDEX IF EXISTS ix_sale_customer_completed", "DROP INDEX IF EXISTS ix_pointsentry_at_kind",
            "DROP INDEX IF EXISTS ix_sale_kind_completed_at"] + [f"DROP TABLE IF EXISTS {t}" for t in TABLES] + [
            "DROP TABLE IF EXISTS reportproductkey"]


def _upsert(table: str, select: str) -> str:
    keys, sums = TABLES[table]
    updates = ", ".join(f"{name} = {name} + excluded.{name}" for name in sums)
    return (f"INSERT INTO {table} ({', '.join(keys + sums)}) SELECT * FROM ({select}) WHERE true "
            f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}")


def backfill(conn) -> None:
    """Fill every table from every sale (a DB-API or SQLAlchemy connection); the tables must be empty.

    The finest buckets come from the sale rows; years and all time are summed from them (far fewer rows).
    """
    run = conn.exec_driver_sql if isinstance(conn, Connection) else conn.execute
    run(PRODUCT_KEYS.format(where="true") + " ORDER BY l.product_id")
    for table, buckets in BUCKETS.items():
        keys, sums = TABLES[table]
        names = ", ".join(keys + sums)
        run(f"INSERT INTO {table} ({names}) {source(table, buckets[0], 'true')}")
        for finer, coarser in zip(buckets, buckets[1:]):
            bucket = "substr(bucket, 1, 4)" if coarser == YEAR else ALL_TIME
            width = 7 if finer == MONTH else 4
            group = ", ".join(bucket if key == "bucket" else key for key in keys)
            run(f"INSERT INTO {table} ({names}) SELECT {group}, {', '.join(f'sum({name})' for name in sums)} "
                f"FROM {table} WHERE length(bucket) = {width} GROUP BY {group}")


def add_sale(conn: Connection, sale_id: str) -> None:
    """Add one committed sale (or refund) to every table, in the transaction that writes it."""
    conn.exec_driver_sql(PRODUCT_KEYS.format(where="l.sale_id = ?"), (sale_id,))
    for table, buckets in BUCKETS.items():
        for bucket in buckets:
            conn.exec_driver_sql(_upsert(table, source(table, bucket, "s.id = ?")), (sale_id,) * _marks(table))


def add_sales(conn: Connection, sale_ids: list[str]) -> None:
    """Add many new sales at once (a pulled page of the shop's history), as add_sale adds one.

    Each table's finest sums over the lot are computed once from the sale rows into a temporary
    table, and the coarser buckets summed from those few rows (as the backfill does): a quarter of
    the work of reading the lot's lines again for every bucket."""
    if not sale_ids:
        return
    run = conn.exec_driver_sql if isinstance(conn, Connection) else conn.execute
    ids, match = json.dumps(list(sale_ids)), "IN (SELECT value FROM json_each(?))"
    run(PRODUCT_KEYS.format(where=f"l.sale_id {match}"), (ids,))
    for table, buckets in BUCKETS.items():
        if table == "reporttotal":
            continue  # reporthour's sums per hour, summed to months, years and all time (below)
        keys, sums = TABLES[table]
        names = ", ".join(keys + sums)
        lot = f"temp.lot_{table}"
        run(f"CREATE TEMP TABLE IF NOT EXISTS lot_{table} ({names})")
        run(f"INSERT INTO {lot} ({names}) {source(table, buckets[0], f's.id {match}')}", (ids,) * _marks(table))
        run(_upsert(table, f"SELECT {names} FROM {lot}"))
        for into, coarser in [(table, b) for b in buckets[1:]] + ([("reporttotal", b) for b in BUCKETS["reporttotal"]]
                                                                    if table == "reporthour" else []):
            bucket = {MONTH: "substr(bucket, 1, 7)", YEAR: "substr(bucket, 1, 4)", ALL_TIME: ALL_TIME}[coarser]
            group = ", ".join(bucket if key == "bucket" else key for key in keys)
            run(_upsert(into, f"SELECT {group}, {', '.join(f'sum({name})' for name in sums)} FROM {lot} GROUP BY {group}"))
        run(f"DELETE FROM {lot}")


def _marks(table: str) -> int:
    return 2 if table in ("reporthour", "reporttotal") else 1


def ensure(conn) -> bool:
    """Create and fill the tables in an older file that lacks them (benchmarks on a cached shop); True if made."""
    run = conn.exec_driver_sql if isinstance(conn, Connection) else conn.execute
    if run("SELECT 1 FROM sqlite_master WHERE name = 'reporthour'").fetchone():
        return False
    for statement in create_sql():
        run(statement)
    backfill(conn)
    for statement in index_sql():
        run(statement)
    return True
