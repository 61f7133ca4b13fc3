"""Back office figures (issue 9).

- catalogue.import: the owner's 10,000-row CSV imported into a shop that has none of them, as
  `bottega import-products` does it (read and check the file, preview, apply in one transaction);
  `rows_per_s` and whether the target (10,000 rows in under 2 s) is met. `raw_*` inserts the same
  rows (already parsed) with plain sqlite3 executemany into a copy of the same shop, full-text
  triggers included: the floor any import on this schema stands on. `cpu_*` is the processor time
  of the same samples (what the import costs whatever else the machine is doing).
- catalogue.filter: per keystroke at 50,000 products, from bench/_catalogue_filter.py when present.
"""
import random
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Iterator

from stdnum import ean

from bench._figures import figure

ROWS = 10_000
SAMPLES = 5
TARGET_MS = 2000
CATEGORIES = ("Panetteria", "Latticini", "Dispensa", "Bevande", "Macelleria", "Ortofrutta")
RATES = ("4", "10", "22")


def catalogue_csv(rows: int = ROWS, seed: int = 9) -> bytes:
    """A supplier's file: a tenth weighed by PLU, the rest with an EAN-13; `;` and decimal commas as Excel writes them in Italy."""
    rng = random.Random(seed)
    lines = ["sku;name;price;vat_rate;unit;barcode;plu;category;active"]
    for i in range(rows):
        weighed = i % 10 == 0
        digits = f"80{i:010d}"
        code = "" if weighed else digits + ean.calc_check_digit(digits)
        price = rng.randint(50, 9999)
        lines.append(f"SKU{i:06d};Prodotto di prova numero {i} {rng.choice(CATEGORIES).lower()};{price // 100},{price % 100:02d};"
                     f"{rng.choice(RATES)};{'kg' if weighed else 'pc'};{code};{f'{i:05d}' if weighed else ''};"
                     f"{rng.choice(CATEGORIES)};1")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def _empty_shop(path: Path) -> None:
    from db.engine import open_database, write_session
    from shop import setup
    from shop.settings import ShopSettings

    engine = open_database(path)
    with write_session(engine) as session:
        setup.init_shop(session, ShopSettings())
        for name in CATEGORIES:
            setup.add_category(session, name)
    engine.dispose()


def _copy(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _ours(shop: Path, csv_path: Path) -> tuple[float, float, str]:
    from db.engine import open_database, write_session
    from shop import catalogue_import

    engine = open_database(shop)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        read = catalogue_import.read_file(csv_path)
        with write_session(engine) as session:
            done = catalogue_import.apply(session, catalogue_import.preview(session, read))
        elapsed, cpu = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    finally:
        engine.dispose()
    return elapsed, cpu, done.summary()


def _raw(shop: Path, csv_path: Path) -> float:
    """The same rows, parsed beforehand, inserted with plain sqlite3 executemany in one transaction."""
    conn = sqlite3.connect(shop, isolation_level=None)
    rates = dict(conn.execute("SELECT rate_bp, id FROM vatrate"))
    categories = dict(conn.execute("SELECT name, id FROM category"))
    rows = []
    for line in csv_path.read_bytes().decode("cp1252").splitlines()[1:]:
        sku, name, price, rate, unit, code, plu, category, active = line.split(";")
        rows.append((str(uuid.uuid4()), sku, name, name.lower(), categories[category], rates[int(rate) * 100],
                     int(price.replace(",", "")), unit, code or None, plu or None, 1, "2026-01-01T00:00:00+00:00"))
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO product (id, sku, name, name_fold, category_id, vat_rate_id, price, unit, barcode, plu, "
                     "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def import_figure(samples: int = SAMPLES) -> dict:
    with tempfile.TemporaryDirectory() as workdir:
        work = Path(workdir)
        template, csv_path = work / "template.db", work / "catalogue.csv"
        _empty_shop(template)
        csv_path.write_bytes(catalogue_csv())
        ours, cpu, raw, summary = [], [], [], ""
        for i in range(samples):
            _copy(template, work / f"ours{i}.db")
            elapsed, used, summary = _ours(work / f"ours{i}.db", csv_path)
            ours.append(elapsed)
            cpu.append(used)
            _copy(template, work / f"raw{i}.db")
            raw.append(_raw(work / f"raw{i}.db", csv_path))
    result = figure("catalogue.import", ours, raw, cpu, rows=ROWS, result=summary, target="10,000 rows in under 2 s")
    result["rows_per_s"] = round(ROWS / (result["p50_ms"] / 1000))
    result["raw_rows_per_s"] = round(ROWS / (result["raw_p50_ms"] / 1000))
    result["met"] = result["p50_ms"] < TARGET_MS
    result["met_cpu"] = result["cpu_p50_ms"] < TARGET_MS  # the same on a machine no other work competes for
    return result


def figures() -> Iterator[dict]:
    yield import_figure()
    try:
        from bench._catalogue_filter import filter_figure
    except ImportError:  # the catalogue helper's module; absent until its branch is merged
        return
    yield filter_figure()
