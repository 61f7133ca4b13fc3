"""Issue 15's accountant's exports on the LARGE demo shop (bench/_large_shop.py: ten years, 200,000 customers).

export.year   one year (the last twelve whole months of its history) exported in every format
              (CSV, XLSX, PDF) with its zip, as "Month for my accountant" and `bottega export` do;
              the steps' own times beside the total (read, csv, xlsx, pdf, zip)

The export writes one audit row into the shop; it reads everything else.
"""
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

from bench._figures import figure

RUNS = 2


def figures() -> Iterator[dict]:
    from bench._large_shop import large_shop
    from db.engine import open_database, read_session
    from printers.export_pdf import write_pdf
    from shop.exports.bundle import FORMATS, export_period
    from shop.exports.period import Period, month_of
    from shop.settings import load_settings

    path, about = large_shop()
    engine = open_database(path)
    try:
        with read_session(engine) as session:
            settings = load_settings(session)
            last = session.connection().exec_driver_sql("SELECT max(completed_at) FROM sale").scalar_one()
        # The twelve whole months before the month of the newest sale.
        first = month_of(datetime.fromisoformat(last).date()).start
        period = Period(first.replace(year=first.year - 1), first - timedelta(days=1))
        samples, steps, result = [], {}, None
        for _ in range(RUNS):
            with tempfile.TemporaryDirectory() as workdir:
                marks = [time.perf_counter()]
                started = marks[0]
                result = export_period(engine, settings, period, Path(workdir) / "year", FORMATS, None,
                                       {"pdf": write_pdf}, progress=lambda done, total: marks.append(time.perf_counter()))  # noqa: B023 - called in this iteration
                samples.append((time.perf_counter() - started) * 1000)
                names = ("read",) + FORMATS + ("zip",)
                for name, low, high in zip(names, marks, marks[1:]):
                    steps.setdefault(name, []).append(round((high - low) * 1000))
                size_mb = round(sum(p.stat().st_size for p in result.files) / 1024 / 1024, 1)
        yield figure("export.year", samples, start=period.start.isoformat(), end=period.end.isoformat(),
                     receipts=result.summary["receipts"], refunds=result.summary["refunds_count"],
                     z_reports=result.summary["z_count"], files=len(result.files), size_mb=size_mb,
                     steps_ms={name: min(times) for name, times in steps.items()}, fresh_shop=about.get("fresh"))
    finally:
        engine.dispose()
