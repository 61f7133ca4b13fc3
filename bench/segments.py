"""Segments and the regulars' figures on the large demo shop (200,000 customers): issue 16's figures.

- segments.load: every customer's figures for a year read into column arrays (once per period,
  what the customer list does when it opens), raw: the same pass in plain sqlite3 without arrays;
- segments.filter.<criterion>: what the list does on each change of one filter: the mask, the
  count and share of that filter alone, the whole segment's count and share, its top 500 rows
  (`insight.segment` is the p95 of these; issue 16 asks <= 100 ms);
- segments.filter.combined: four criteria at once;
- regulars.rfm, regulars.pareto, regulars.rhythms, due.week, forecast.next_week, forecast.past_error,
  birthdays.month: each page's figures.
Product and category masks are kept per value, so each sample asks for another product.
"""
import random
import sqlite3
import time
from datetime import date, timedelta
from typing import Iterator

from bench._figures import figure
from bench._large_shop import cache_dir, large_shop

SAMPLES = 40


def _shop():
    """The large shop, made again if it came from a build without the custom fields column."""
    path, about = large_shop()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(customer)")]
    finally:
        conn.close()
    if "custom" not in columns:
        (cache_dir() / "large.json").unlink(missing_ok=True)
        path, about = large_shop()
    return path, about


def _time(call, inputs) -> list[float]:
    samples = []
    for value in inputs:
        started = time.perf_counter()
        call(value)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def figures() -> Iterator[dict]:
    from db.engine import open_database, read_session
    from shop import birthdays, due, forecast, regulars, segments

    path, about = _shop()
    engine = open_database(path)
    with engine.begin() as conn:  # a shop made by a build without this index gets it, as migration 0007 would
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_sale_customer_kind_at ON sale (customer_id, kind, completed_at, total)")
    raw = sqlite3.connect(path)
    today = date.fromisoformat(raw.execute("SELECT max(completed_at) FROM sale").fetchone()[0][:10])
    since = today - timedelta(days=364)
    extra = {"customers": about["sizes"]["customers"]}
    loads = []

    def load(_):
        with read_session(engine) as session:
            loads.append(segments.load_customers(session, since, today, today))

    def raw_load(_):
        raw.execute("SELECT customer_id, sum(total), count(*), max(completed_at) FROM sale WHERE customer_id IS NOT NULL "
                    "AND completed_at >= ? GROUP BY customer_id", (since.isoformat(),)).fetchall()
        raw.execute("SELECT id, name, phone, email, birthday, tags, custom, consent_email, consent_sms, consent_messaging "
                    "FROM customer WHERE erased_at IS NULL").fetchall()

    yield figure("segments.load", _time(load, range(3)), _time(raw_load, range(3)), **extra)
    snap = loads[-1]
    rng = random.Random(16)
    products = [r[0] for r in raw.execute("SELECT DISTINCT product_id FROM saleline WHERE product_id IS NOT NULL LIMIT 2000")]
    categories = [r[0] for r in raw.execute("SELECT id FROM category")]
    tiers = [n for n in snap.tier_names if n]
    per_criterion = {
        "tag": lambda: segments.Segment(tag=rng.choice(["restaurant", "celiac", "vip", "regular"])),
        "custom": lambda: segments.Segment(custom_key="preferred_cut", custom_value=rng.choice(["lean", "fatty", "x"])),
        "tier": lambda: segments.Segment(tier=rng.choice(tiers or [""])),
        "spend": lambda: segments.Segment(spend_min=rng.randint(0, 50_000)),
        "visits": lambda: segments.Segment(visits_min=rng.randint(1, 10)),
        "last_visit": lambda: segments.Segment(not_seen_days=rng.randint(30, 365)),
        "product": lambda: segments.Segment(product_id=rng.choice(products)),
        "category": lambda: segments.Segment(category_id=rng.choice(categories)),
        "consent": lambda: segments.Segment(consent=rng.choice(["email", "sms", "messaging"])),
        "birthday_month": lambda: segments.Segment(birthday_month=rng.randint(1, 12)),
        "combined": lambda: segments.Segment(consent="sms", spend_min=rng.randint(0, 20_000), birthday_month=rng.randint(1, 12),
                                             seen_within_days=rng.randint(30, 365)),
    }

    def what_the_list_does(segment):
        with read_session(engine) as session:
            mask = segments.segment_mask(session, snap, segment)
            segments.criterion_matches(session, snap, segment)
            segments.measure(snap, mask)
            [snap.row(i) for i in segments.ranked(snap, mask, 500)]

    every = []
    for name, make in per_criterion.items():
        samples = _time(what_the_list_does, [make() for _ in range(SAMPLES)])
        every += samples
        yield figure(f"segments.filter.{name}", samples, **extra)
    yield figure("insight.segment", every, **extra, target_p95_ms=100)

    with read_session(engine) as session:
        yield figure("regulars.rfm", _time(lambda _: regulars.rfm_counts(snap, regulars.rfm(snap)), range(5)), **extra)
        yield figure("regulars.pareto", _time(lambda _: regulars.pareto(snap), range(5)), **extra)
        yield figure("regulars.rhythms", _time(lambda _: regulars.slipping_away(regulars.rhythms(session, snap)), range(3)),
                     **extra)
        yield figure("due.week", _time(lambda _: due.due(session, today), range(3)), **extra)
        yield figure("forecast.next_week", _time(lambda _: forecast.next_week(session, today), range(2)), **extra)
        yield figure("forecast.past_error", _time(lambda _: forecast.past_error(session, today), range(1)), **extra)
        yield figure("birthdays.month", _time(
            lambda _: birthdays.birthdays_between(session, *birthdays.birthday_window(today, "month")), range(3)), **extra)
    raw.close()
    engine.dispose()
