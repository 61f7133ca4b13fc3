"""A demo shop: a realistic catalogue, customers and years of sales history for one country.

Settings, VAT rates and users go through the shop's own services; the bulk (products, customers,
shifts, sales) is written with plain sqlite3 `executemany` in one unsynchronised transaction, so
even ten years of a busy shop take well under two minutes. The same seed gives the same shop.
History is treated as already synced: it gets no outbox rows.
"""
import gc
import random
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, time as dt_time, timedelta, timezone
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

from stdnum import ean

from db import report_totals
from db.engine import open_database, write_session
from shop import setup, users
from shop.demo import loyalty as demo_loyalty
from shop.demo.history import History
from shop.demo.names import COUNTRIES, CategoryWords, CountryWords
from shop.demo.rows import TILL, epoch_ms, insert_rows, iso
from shop.loyalty_rules import save_loyalty_settings
from shop.money import div_round
from shop.settings import ShopSettings
from shop.text import fold

PINS = {"cashier": "1111", "manager": "2222", "owner": "9999"}
WEIGHED_SHARE = 0.05
QUICK_KEYS = 20
GRAMS = {"FRU": (250, 2000), "BAK": (200, 900), "MEA": (200, 1200), "DEL": (80, 450)}  # weighed items' range


def create_demo_shop(path, *, customers: int = 5000, products: int = 2000, days: int = 730, country: str = "IT",
                     seed: int = 7, today: date | None = None) -> str:
    """Create a demo shop database at `path` (which must not exist); returns a one-line summary.

    `today` (in the shop's time zone) defaults to the real one; history ends the day before.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists; the demo shop needs a new file")
    words = COUNTRIES.get(country.upper())
    if words is None:
        raise ValueError(f"no demo shop for country {country!r}; choose one of {', '.join(COUNTRIES)}")
    if min(customers, products, days) < 0 or products < QUICK_KEYS:
        raise ValueError(f"need at least {QUICK_KEYS} products and no negative sizes")
    started = time.perf_counter()
    tz = ZoneInfo(words.timezone)
    today = today or datetime.now(tz).date()
    rng = random.Random(seed)
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived tuples: the cyclic collector would only rescan them
    try:
        user_ids, rate_ids = _create_shop(path, words, today - timedelta(days=days + 30))
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            sales = _fill(conn, rng, words, user_ids, rate_ids, customers, products, days, today, tz,
                          random.Random(seed + 1))
        finally:
            conn.close()
    except BaseException:
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        if collecting:
            gc.enable()
    elapsed = time.perf_counter() - started
    people = ", ".join(f"{name} ({role}) PIN {PINS[role]}" for role, name in zip(PINS, words.users))
    return (f"Demo shop \"{words.shop_name}\" ({words.country}, {words.currency}) in {path}: {products} products, "
            f"{customers} customers, {sales} sales over {days} days, made in {elapsed:.1f} s. Users: {people}.")


def _create_shop(path: Path, words: CountryWords, since: date) -> tuple[dict, dict]:
    """Schema, settings, VAT rates and users through the shop's services; returns their ids."""
    settings = ShopSettings(
        shop_name=words.shop_name, address=words.address, vat_number=words.vat_number, country=words.country,
        locale=words.locale, currency=words.currency, timezone=words.timezone, till_id=TILL,
        receipt_language=words.language, cash_notes=list(words.cash_notes),
    )
    engine = open_database(path)
    try:
        with write_session(engine) as session:
            rates = setup.init_shop(session, settings, words.vat_rates)
            save_loyalty_settings(session, demo_loyalty.loyalty_settings(words.price_factor, words.country))
            people = {role: users.create_user(session, name, role, PINS[role]) for role, name in zip(PINS, words.users)}
            for user in people.values():
                user.created_at = iso(datetime(since.year, since.month, since.day, 9, tzinfo=timezone.utc))
            session.flush()
            user_ids = {role: (user.id, user.name) for role, user in people.items()}
            rate_ids = {code: (rate.id, rate.rate_bp) for code, rate in rates.items()}
    finally:
        engine.dispose()
    return user_ids, rate_ids



def _id_maker(rng: random.Random):
    """ids(ms, count): `count` UUIDv7 strings of millisecond `ms`, drawn from `rng`.

    Historic records get ids of their own time. The ids of one call share their random tail and count
    up in the 12-bit rand_a field (RFC 9562, method 1), so a sale's rows sort together.
    """
    bits = rng.getrandbits

    def ids(ms: int, count: int = 1) -> list[str]:
        r = bits(62)
        h = f"{ms:012x}"
        head = f"{h[:8]}-{h[8:]}-7"
        tail = f"-{0x8000 | (r >> 48):04x}-{r & 0xFFFF_FFFF_FFFF:012x}"
        start = bits(11)
        return [f"{head}{start + i:03x}{tail}" for i in range(count)]

    return ids



def _fill(conn, rng, words, user_ids, rate_ids, n_customers, n_products, days, today, tz, loyalty_rng) -> int:
    conn.execute("PRAGMA journal_mode=OFF")  # a failed generation deletes the file anyway
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-524288")
    conn.execute("PRAGMA temp_store=MEMORY")
    ids = _id_maker(rng)
    first_day = today - timedelta(days=days)
    catalogue_time = datetime.combine(first_day - timedelta(days=30), datetime.min.time(), tz).astimezone(timezone.utc)
    conn.execute("BEGIN")
    catalogue = _catalogue(conn, rng, ids, words, rate_ids, n_products, catalogue_time)
    loyalty_ids = _id_maker(loyalty_rng)
    people = _customers(conn, rng, ids, words, n_customers, days, first_day, today, tz, loyalty_rng, loyalty_ids)
    history = History(conn, rng, ids, words, user_ids, catalogue, people, tz)
    history.loyalty_ids = loyalty_ids
    history.spend_per_point = 100 * words.price_factor
    with _indexes_built_after(conn, ("sale", "saleline", "payment", "pointsentry")):
        for offset in range(days):
            history.day(offset, first_day + timedelta(days=offset))
        history.flush()
        report_totals.backfill(conn)  # the reports' sums, as migration 0009 fills them in an older shop
    demo_loyalty.expire_points(conn, loyalty_ids, datetime.combine(today, datetime.now(tz).time(), tz))
    reservations, reserved = demo_loyalty.reservation_rows(
        loyalty_rng, loyalty_ids, people.ids[-2000:], [(row[0], row[3], row[6]) for row in catalogue.rows[:500]],
        user_ids["cashier"][0], today, tz)
    insert_rows(conn, "reservation", reservations)
    insert_rows(conn, "reservationline", reserved)
    conn.execute("INSERT INTO tillcounter (till_id, next_receipt, next_z) VALUES (?, ?, ?)",
                 (TILL, history.seq + 1, history.z + 1))
    conn.execute("COMMIT")
    conn.execute("INSERT INTO product_fts(product_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO customer_fts(customer_fts) VALUES ('optimize')")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA analysis_limit=1000")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA optimize")
    return history.sales


@dataclass
class _Catalogue:
    rows: list[tuple]  # (id, sku, name, unit, price, vat_bp, min grams, grams range) for each product
    popularity: list[float]  # cumulative weights for random.choices


def _nice_price(ref_cents: int, words: CountryWords) -> int:
    """A shelf price in minor units from a reference in euro cents: 1,29 EUR, 3 500 KRW, 1 299 Ft."""
    step = words.price_step
    return max(step, div_round(ref_cents * words.price_factor, step) * step) - words.price_less


def _catalogue(conn, rng, ids, words: CountryWords, rate_ids, n_products, at: datetime) -> _Catalogue:
    """Categories, products (about 5 % weighed, sold by variable-measure labels) and quick keys."""
    stamp, ms = iso(at), epoch_ms(at)
    cats = words.categories
    cat_ids = ids(ms, len(cats))
    insert_rows(conn, "category", [(cid, c.name, c.color) for cid, c in zip(cat_ids, cats)])
    brands = words.brands
    brand_factor = [rng.randint(80, 130) for _ in brands]
    base_factor = {(c.code, b): rng.randint(70, 140) for c in cats for b in c.bases + c.kg_bases}
    # Every brand gets its own GS1 company number; item numbers count up within it.
    lo, hi = words.gs1_prefixes
    companies = rng.sample(range(1000, 10000), len(brands))
    brand_prefix = [f"{rng.randint(lo, hi)}{company}" for company in companies]
    brand_items = [0] * len(brands)

    counted_space = [len(c.bases) * len(c.variants) * len(c.sizes) * len(brands) for c in cats]
    weighed_space = [len(c.kg_bases) * len(c.variants) * len(brands) for c in cats]
    n_weighed = min(round(n_products * WEIGHED_SHARE), sum(weighed_space))
    n_counted = n_products - n_weighed
    if n_counted > sum(counted_space):
        raise ValueError(f"a {words.country} demo shop has at most {sum(counted_space) + n_weighed} products")

    seen: set[str] = set()

    def pick(space: list[int], count: int) -> list[tuple[int, int]]:
        """`count` distinct (category, combination) pairs, in category order."""
        flat = list(range(sum(space)))
        rng.shuffle(flat)
        chosen: list[tuple[int, int]] = []
        for index in flat:
            if len(chosen) == count:
                break
            for ci, size in enumerate(space):  # noqa: B007 - ci is read after the loop
                if index < size:
                    break
                index -= size
            chosen.append((ci, index))
        return sorted(chosen)

    rows, product_rows = [], []
    skus = {c.code: 0 for c in cats}
    plus = rng.sample(range(1, 100_000), n_weighed)
    for weighed, (space, count) in ((False, (counted_space, n_counted)), (True, (weighed_space, n_weighed))):
        for ci, combo in pick(space, count):
            cat: CategoryWords = cats[ci]
            combo, bi = divmod(combo, len(brands))
            combo, vi = divmod(combo, len(cat.variants))
            if weighed:
                base = cat.kg_bases[combo]
                name = words.kg_name_format.format(brand=brands[bi], variant=cat.variants[vi], base=base)
                ref = cat.kg_price
                size_pct = 100
            else:
                combo, si = divmod(combo, len(cat.sizes))
                base = cat.bases[combo]
                size, size_pct = cat.sizes[si]
                name = words.name_format.format(brand=brands[bi], variant=cat.variants[vi], base=base, size=size)
                ref = cat.price
            if name in seen:
                continue  # two word combinations that read the same: leave one out
            seen.add(name)
            ref = ref * size_pct * brand_factor[bi] * base_factor[cat.code, base] * rng.randint(90, 110) // 100**4
            price = _nice_price(max(ref, 1), words)
            skus[cat.code] += 1
            sku = f"{cat.code}-{skus[cat.code]:05d}"
            rate_id, rate_bp = rate_ids[cat.vat]
            if weighed:
                barcode, plu, unit = None, f"{plus.pop():05d}", "kg"
                low, high = GRAMS.get(cat.code, (100, 1000))
                grams = (low, high - low + 1)
            else:
                brand_items[bi] += 1
                digits = f"{brand_prefix[bi]}{brand_items[bi]:05d}"
                barcode, plu, unit, grams = digits + ean.calc_check_digit(digits), None, "pc", (0, 0)
            pid = ids(ms)[0]
            product_rows.append((pid, sku, name, fold(name), cat_ids[ci], rate_id, price, unit, barcode, plu, 1, stamp))
            rows.append((pid, sku, name, unit, price, rate_bp) + grams)
    _insert_products(conn, product_rows)

    # Popularity falls with rank (a few best sellers, a long tail); counters weigh a lot at the till.
    ranks = list(range(len(rows)))
    rng.shuffle(ranks)
    weights = [(3.0 if row[3] == "kg" else 1.0) / (rank + 10) for row, rank in zip(rows, ranks)]
    cumulative, acc = [], 0.0
    for w in weights:
        acc += w
        cumulative.append(acc)
    best = sorted(range(len(rows)), key=weights.__getitem__, reverse=True)[:QUICK_KEYS]
    insert_rows(conn, "quickkey", [(position, rows[i][0], None) for position, i in enumerate(best)])
    return _Catalogue(rows, cumulative)


@contextmanager
def _indexes_built_after(conn: sqlite3.Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """Set the tables' secondary indexes aside during a bulk insert and build them again at the end.

    Building an index from the finished table (a sort) costs far less than a million random
    inserts into it. Each index is recreated from its own schema SQL, so the file ends up as the
    migrations made it; unique constraints stay in place throughout.
    """
    marks = ", ".join("?" * len(tables))
    indexes = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tables,
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.execute(sql)


def _insert_products(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    _insert_searchable(conn, "product", rows)


def _insert_searchable(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    """Insert rows, then index them for search in one go (much faster than row by row).

    The schema's trigger keeps `<table>_fts` in step one row at a time; it is set aside for the bulk
    insert and put back exactly as it was, inside the same transaction.
    """
    fts = f"{table}_fts"
    (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (f"{fts}_ai",)).fetchone()
    conn.execute(f"DROP TRIGGER {fts}_ai")
    insert_rows(conn, table, rows)
    conn.execute(trigger)
    conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


@dataclass
class _People:
    ids: list[str]  # in order of joining
    joined_day: list[int]  # day offset into the history when each joined (negative: before it)
    frequency: list[float]  # cumulative visit weights: regulars come often


def _phone(rng, words: CountryWords, taken: set[str]) -> str:
    while True:
        prefixes, digits = words.phone_prefixes, words.phone_digits
        number = prefixes[int(rng.random() * len(prefixes))] + f"{int(rng.random() * 10 ** digits):0{digits}d}"
        # Korean 010 numbers start with 2-9, and 010-597x..599x are not assigned.
        if words.country == "KR" and (number[5] in "01" or "5970" <= number[5:9] <= "5999"):
            continue
        if number not in taken:
            taken.add(number)
            return number


def _birthday(rng, this_week: list[date] | None) -> str | None:
    """A birthday (most customers give one), in `this_week` if given."""
    if this_week is None and rng.random() < 0.12:
        return None
    year = 1940 + int(rng.random() * 68)
    if this_week:
        day = rng.choice(this_week)
        while True:
            try:
                return date(year, day.month, day.day).isoformat()
            except ValueError:  # 29 February: born in a leap year
                year -= 1
    return (date(year, 1, 1) + timedelta(days=int(rng.random() * 365))).isoformat()


@lru_cache(maxsize=4096)
def _latin(name: str) -> str:
    """An e-mail local part from a person's name: 'Nicolò.D'Angelo' -> 'nicolo.dangelo'."""
    return "".join(ch for ch in fold(name) if ch.isascii() and (ch.isalnum() or ch == "."))


def _customers(conn, rng, ids, words: CountryWords, count, days, first_day, today, tz, loyalty_rng, loyalty_ids) -> _People:
    """Loyalty customers: a third from before the history began, the rest joining over it."""
    monday = today - timedelta(days=today.weekday())
    this_week = [monday + timedelta(days=i) for i in range(7)]
    rand = rng.random
    joined = sorted(-1 - int(rand() * 730) if rand() < 0.3 else int(rand() * max(days, 1)) for _ in range(count))
    taken: set[str] = set()
    rows, customer_ids, frequency, acc = [], [], [], 0.0
    first, last, latin = words.first_names, words.last_names, words.email_names
    mornings: dict[int, datetime] = {}
    for i, day in enumerate(joined):
        if day not in mornings:
            mornings[day] = datetime.combine(first_day + timedelta(days=day), dt_time(9), tz).astimezone(timezone.utc)
        when = mornings[day] + timedelta(seconds=int(rand() * 10 * 3600))
        fi, li = int(rand() * len(first)), int(rand() * len(last))
        name = words.person_format.format(first=first[fi], last=last[li])
        email = None
        if rand() < 0.4:
            local = latin[li] if latin else _latin(f"{first[fi]}.{last[li]}")
            email = f"{local}{1 + int(rand() * 999)}@example.{('com', 'net', 'org')[i % 3]}"
        cid, stamp = ids(epoch_ms(when))[0], iso(when)
        birthday = _birthday(rng, this_week if i % 50 == 0 else None)  # one in fifty: this week's list is never empty
        phone = _phone(rng, words, taken)
        rows.append((cid, name, phone, email, birthday, stamp, stamp, *demo_loyalty.customer_extras(loyalty_rng, name, phone)))
        customer_ids.append(cid)
        acc += 15 + 25 * rand() if rand() < 0.1 else 0.2 + 1.8 * rand()
        frequency.append(acc)
    with _indexes_built_after(conn, ("customer", "loyaltycard")):
        _insert_searchable(conn, "customer", rows)
        insert_rows(conn, "loyaltycard", demo_loyalty.card_rows(loyalty_rng, loyalty_ids, [(r[0], r[5]) for r in rows]))
    return _People(customer_ids, joined, frequency)
