"""Report figures (issue 15): every report over the whole ten years of the large demo shop.

- report.<name>: one figure per report of shop/report_queries.py, the period being the large shop's
  whole history (ten years), as the back office asks for it (its own session, settings read, the
  report alone, no comparison periods: those are separate calls of the same cost). Target p95 <= 250 ms.
  `cpu_*` is the processor time of the same samples: on a machine shared with other work wall clock
  grows and processor time does not.

A large shop made before the report totals existed (an older cache) gets them filled first, as
migration 0009 does; the time that takes is printed as `report.backfill`.
- export.year: then the accountant's year in every format (bench/_export_year.py).
"""
import sqlite3
import time
from datetime import date, timedelta
from typing import Iterator

from bench._figures import figure


SAMPLES = 12
TARGET_MS = 250


def figures() -> Iterator[dict]:
    from db import report_totals
    from db.engine import open_database
    from sqlmodel import Session
    from shop import report_queries
    from shop.report_periods import custom

    from bench._large_shop import large_shop

    path, _about = large_shop()
    conn = sqlite3.connect(path)
    started = time.perf_counter()
    if report_totals.ensure(conn):
        conn.commit()
        yield figure("report.backfill", [(time.perf_counter() - started) * 1000])
    first, last = conn.execute("SELECT min(completed_at), max(completed_at) FROM sale").fetchone()
    conn.close()
    period = custom(date.fromisoformat(first[:10]) - timedelta(days=1), date.fromisoformat(last[:10]) + timedelta(days=1))
    engine = open_database(path)
    try:
        for name in report_queries.REPORTS:
            wall, cpu = [], []
            for _ in range(SAMPLES):
                with Session(engine) as session:
                    t, c = time.perf_counter(), time.process_time()
                    report_queries.run(session, name, period, compare=False)
                    wall.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
            result = figure(f"report.{name}", wall, cpu_ms=cpu, days=period.days, target="p95 <= 250 ms over ten years")
            result["met"] = result["p95_ms"] <= TARGET_MS
            result["met_cpu"] = result["cpu_p95_ms"] <= TARGET_MS
            yield result
    finally:
        engine.dispose()
    # The accountant's year on the same shop (issue 15 names it in this group).
    from bench._export_year import figures as export_year

    yield from export_year()
