"""Customer lookup at the till on the large demo shop (200,000 customers): issue 4's figures.

Each figure times what the till's customer box calls on a keystroke (a read session plus
shop.customers / shop.cards), with the same lookup in plain sqlite3 on the same file as `raw_*`:
- customer.lookup.phone: a whole number typed the national way, with spaces ("333 123 4567");
- customer.lookup.phone_digits: the last four digits;
- customer.lookup.name: a surname fragment (4 letters) or a whole name, accents as typed;
- customer.lookup.card: the QR link of a loyalty card, as the scanner types it.
"""
import os
import random
import sqlite3
import time
from typing import Iterator

from bench._figures import figure
from bench._large_shop import large_shop

SAMPLES = 400
WARMUP = 50
LIMIT = 30


def _stale(path) -> bool:
    """A large shop made before the customers had search keys must be made again."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM customer WHERE name_fold = '' LIMIT 1").fetchone() is not None
    finally:
        conn.close()


def _shop():
    path, about = large_shop()
    if _stale(path):
        from bench._large_shop import cache_dir
        (cache_dir() / "large.json").unlink(missing_ok=True)
        path, about = large_shop()
    return path, about


def _time(call, inputs) -> list[float]:
    for text in inputs[:WARMUP]:
        call(text)
    samples = []
    for text in inputs:
        started = time.perf_counter()
        call(text)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def figures() -> Iterator[dict]:
    from db.engine import open_database, read_session
    from shop import cards, customers
    from shop.phones import display_phone, normalise_phone
    from shop.settings import load_settings

    path, about = _shop()
    engine = open_database(path)
    raw = sqlite3.connect(path)
    with read_session(engine) as session:
        country = load_settings(session).country
    rng = random.Random(4)
    count = raw.execute("SELECT max(rowid) FROM customer").fetchone()[0]
    picks = []
    while len(picks) < SAMPLES:
        row = raw.execute(
            "SELECT c.name, c.phone, l.code FROM customer c JOIN loyaltycard l ON l.customer_id = c.id "
            "WHERE c.rowid = ? AND l.revoked_at IS NULL", (rng.randint(1, count),)).fetchone()
        if row:
            picks.append(row)
    # p95 on a shared two-core machine is mostly waiting for a core: the load says how busy it was.
    extra = {"customers": about["sizes"]["customers"], "load": round(os.getloadavg()[0], 1)}
    columns = "c.id, c.name, c.phone, c.email, c.birthday"

    def service(find):
        def call(text):
            with read_session(engine) as session:
                return find(session, text)
        return call

    typed_phones = [display_phone(phone, country) for _name, phone, _code in picks]
    found = service(lambda s, t: customers.find_customers(s, t, country))
    yield figure(
        "customer.lookup.phone", _time(found, typed_phones),
        _time(lambda t: raw.execute(f"SELECT {columns} FROM customer c WHERE c.phone = ?",
                                    (normalise_phone(t, country),)).fetchall(), typed_phones), **extra)

    digits = [phone[-4:] for _name, phone, _code in picks]
    yield figure(
        "customer.lookup.phone_digits", _time(found, digits),
        _time(lambda t: raw.execute(
            f"SELECT {columns} FROM customer c WHERE c.phone_rev >= ? AND c.phone_rev < ? LIMIT {LIMIT}",
            (t[::-1], t[::-1] + ":")).fetchall(), digits), **extra)

    names = [name if i % 2 else name.split()[-1][:4] for i, (name, _phone, _code) in enumerate(picks)]
    yield figure(
        "customer.lookup.name", _time(found, names),
        _time(lambda t: raw.execute(
            f"SELECT {columns} FROM customer_fts f JOIN customer c ON c.rowid = f.rowid WHERE customer_fts MATCH ? "
            f"LIMIT {LIMIT}", ('"' + customers.name_fold(t).replace('"', '""') + '"',)).fetchall(), names), **extra)

    links = [cards.card_link(code) for _name, _phone, code in picks]
    yield figure(
        "customer.lookup.card", _time(service(cards.customer_by_card), links),
        _time(lambda t: raw.execute(
            f"SELECT {columns} FROM loyaltycard l JOIN customer c ON c.id = l.customer_id WHERE l.code = ?",
            (t.rsplit("/", 1)[1],)).fetchall(), links), **extra)
    raw.close()
    engine.dispose()
