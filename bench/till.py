"""Issue 2's figures for the till, on the LARGE demo shop (see bench._large_shop).

demo.generate       making the large shop (limit: 2 minutes)
sale.complete       a 5-line sale with one payment, durably committed (target: ratio <= 5)
catalog.search      search by name fragment as the cashier types (target: p95 <= 5 ms)
till.scan_to_line   scanner burst to the new line painted in the real window (target: p95 <= 16 ms)
till.cold_start     `bottega --db LARGE` to the till's first painted frame (target: p50 <= 1500 ms)
"""
import random
import sqlite3
import time
from pathlib import Path
from typing import Iterator

from bench._figures import figure
from bench._large_shop import GENERATION_LIMIT_S, large_shop

SALE_LINES = 5


def figures() -> Iterator[dict]:
    path, made = large_shop()
    seconds = made["seconds"]
    yield figure("demo.generate", [seconds * 1000], target=f"under {GENERATION_LIMIT_S} s",
                 met=seconds < GENERATION_LIMIT_S, cpu_s=made.get("cpu_seconds"), cached=not made["fresh"],
                 made_at=made["made_at"], **made["sizes"])
    yield _with_target(sale_complete(path), "ratio", 5)
    yield _with_target(catalog_search(path), "p95_ms", 5)
    from bench._till_ui import cold_start, scan_to_line

    yield _with_target(scan_to_line(path), "p95_ms", 16)
    yield _with_target(cold_start(path), "p50_ms", 1500)


def _with_target(result: dict, key: str, limit: float) -> dict:
    return dict(result, target=f"{key} <= {limit}", met=result[key] is not None and result[key] <= limit)


def _raw_connection(path: Path) -> sqlite3.Connection:
    """Plain sqlite3 with the till's own PRAGMAs (WAL, synchronous=FULL, ...) and explicit BEGINs."""
    from db.engine import PRAGMAS

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def _signed_in_till(path: Path):
    from db.engine import open_database, read_session
    from shop.till import Till
    from shop.users import active_users

    engine = open_database(path)
    with read_session(engine) as session:
        user = active_users(session)[0]
    till = Till(engine, user)
    if till.shift is None:
        till.open_shift(0)
    return till


RAW_SALE = (
    "INSERT INTO sale (id, till_id, seq, receipt_number, kind, refund_of_id, reason, shift_id, user_id, customer_id, "
    "currency, subtotal, discount_total, total, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
RAW_LINE = (
    "INSERT INTO saleline (id, sale_id, position, product_id, sku, name, unit, qty_milli, unit_price, vat_rate_bp, "
    "gross, discount, total, vat, price_overridden, refunded_line_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
RAW_PAYMENT = "INSERT INTO payment (id, sale_id, method, amount, is_change, created_at) VALUES (?, ?, ?, ?, ?, ?)"
RAW_OUTBOX = "INSERT INTO outbox (record_type, record_id, payload, created_at) VALUES (?, ?, ?, ?)"


def sale_complete(path: Path, n: int = 500, warmup: int = 20) -> dict:
    """Till.pay on a 5-line cart paid by card, against the same rows written with plain sqlite3.

    Ours and raw alternate, so a busy moment on the machine falls on both alike.
    """
    import json

    from db.ids import new_id, utc_now
    from shop.catalog import ProductInfo
    from shop.sales import CARD, Tender

    till = _signed_in_till(path)
    raw = _raw_connection(path)
    products = [ProductInfo(*row) for row in raw.execute(
        "SELECT p.id, p.sku, p.name, p.price, p.unit, v.rate_bp, p.barcode, p.category_id, p.plu "
        "FROM product p JOIN vatrate v ON v.id = p.vat_rate_id WHERE p.unit = 'pc' AND p.active")]
    rng = random.Random(2)
    ours, ours_cpu, baseline = [], [], []
    for i in range(warmup + n):
        for product in rng.sample(products, SALE_LINES):
            till.add_product(product)
        cart = till.cart
        total = cart.totals().total
        start, cpu = time.perf_counter(), time.thread_time()
        till.pay([Tender(CARD, total)])
        elapsed, cpu = (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000
        # The same rows for plain sqlite3, made before its clock starts.
        totals, sale_id, now = cart.totals(), new_id(), utc_now()
        lines = [(new_id(), sale_id, pos, line.product_id, line.sku, line.name, line.unit, line.qty_milli,
                  line.unit_price, line.vat_rate_bp, t.gross, t.discount, t.total, t.vat, False, None)
                 for pos, (line, t) in enumerate(zip(cart.lines, totals.lines), start=1)]
        payment = (new_id(), sale_id, CARD, total, False, now)
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT OR IGNORE INTO tillcounter (till_id, next_receipt, next_z) VALUES (?, 1, 1)", (till.till_id,))
        (seq,) = raw.execute("UPDATE tillcounter SET next_receipt = next_receipt + 1 WHERE till_id = ? "
                             "RETURNING next_receipt - 1", (till.till_id,)).fetchone()
        sale = (sale_id, till.till_id, seq, f"{till.till_id}-{seq:06d}", "sale", None, None, till.shift.id,
                till.user.id, None, till.settings.currency, totals.subtotal, totals.discount, total, now)
        raw.execute(RAW_SALE, sale)
        raw.executemany(RAW_LINE, lines)
        raw.execute(RAW_PAYMENT, payment)
        raw.execute(RAW_OUTBOX, ("sale", sale_id, json.dumps({"sale": sale, "lines": lines, "payments": [payment]}), now))
        raw.execute("COMMIT")
        raw_elapsed = (time.perf_counter() - start) * 1000
        if i >= warmup:
            ours.append(elapsed)
            ours_cpu.append(cpu)
            baseline.append(raw_elapsed)
    raw.close()
    till.engine.dispose()
    return figure("sale.complete", ours, baseline, ours_cpu, lines=SALE_LINES)


def _typed_queries(names: list[str], rng: random.Random, count: int) -> list[str]:
    """What the search box holds after each keystroke while a cashier looks for a product.

    One word of a product's name typed letter by letter up to 3-7 letters, sometimes followed by
    the start of a second word ("bar", "baril", "barilla pe"); a few in capitals.
    """
    queries: list[str] = []
    while len(queries) < count:
        words = [w for w in rng.choice(names).split() if len(w) >= 3 and w.isalpha()]
        if not words:
            continue
        first = words.pop(rng.randrange(len(words)))
        typed = first[: rng.randint(3, 7)]
        if words and rng.random() < 0.3:
            typed += " " + rng.choice(words)[: rng.randint(2, 5)]
        if rng.random() < 0.1:
            typed = typed.upper()
        queries.extend(typed[:end] for end in range(1, len(typed) + 1) if not typed[:end].endswith(" "))
    return queries[:count]


def catalog_search(path: Path, n: int = 600) -> dict:
    """shop.catalog.search_products in a read session (as Till.search runs it), keystroke by keystroke.

    Raw runs the very SQL and parameters our code sent for each search (recorded in an untimed
    pass) with sqlite3, in a transaction like ours.
    """
    from sqlalchemy import event

    from db.engine import open_database, read_session
    from shop.catalog import search_products

    raw = _raw_connection(path)
    names = [row[0] for row in raw.execute("SELECT name FROM product WHERE active")]
    queries = _typed_queries(names, random.Random(3), n)
    engine = open_database(path)
    sent: list[list[tuple[str, tuple]]] = []  # the SELECTs of each search, in order

    def record(_conn, _cursor, statement, parameters, _context, _executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            sent[-1].append((statement, tuple(parameters)))

    event.listen(engine, "before_cursor_execute", record)
    counts = []
    for query in queries:
        sent.append([])
        with read_session(engine) as session:
            counts.append(len(search_products(session, query)))
    event.remove(engine, "before_cursor_execute", record)
    ours, ours_cpu = [], []
    for query in queries:
        start, cpu = time.perf_counter(), time.thread_time()
        with read_session(engine) as session:
            search_products(session, query)
        ours.append((time.perf_counter() - start) * 1000)
        ours_cpu.append((time.thread_time() - cpu) * 1000)
    baseline = []
    for warm_up in (True, False):  # the first pass fills raw's page cache, as the recording pass did ours
        for statements in sent:
            start = time.perf_counter()
            raw.execute("BEGIN")
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()
            raw.execute("COMMIT")
            if not warm_up:
                baseline.append((time.perf_counter() - start) * 1000)
    raw.close()
    engine.dispose()
    return figure("catalog.search", ours, baseline, ours_cpu, products=len(names),
                  mean_results=round(sum(counts) / len(counts), 1))
