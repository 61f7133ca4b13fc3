"""Issue 9's backups, on a mid-sized demo shop made in a temp folder (a year of a busy corner shop).

backup.take            a verified backup (snapshot, integrity_check, copy, read-back check) into a folder
sale.during_backup     a 5-line sale completed while backups run back to back on another thread,
                       against the same sale with no backup running (idle_*): a sale is never blocked
"""
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

from bench._figures import figure

SIZES = {"customers": 5_000, "products": 3_000, "days": 365}
SALES = 150


def figures() -> Iterator[dict]:
    from db.engine import open_database
    from shop.backups import take_backup
    from shop.demo import create_demo_shop

    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir) / "shop.db"
        create_demo_shop(path, seed=9, **SIZES)
        out = Path(workdir) / "usb"
        out.mkdir()
        engine = open_database(path)
        try:
            takes = []
            for _ in range(3):
                started = time.perf_counter()
                result = take_backup(path, out, generations=2)
                takes.append((time.perf_counter() - started) * 1000)
            size_mb = round(result.size / 1024 / 1024, 1)
            yield figure("backup.take", takes, size_mb=size_mb, mb_per_s=round(size_mb / (min(takes) / 1000), 1), **SIZES)
            yield sale_during_backup(engine, path, out)
        finally:
            engine.dispose()


def sale_during_backup(engine, path: Path, out: Path) -> dict:
    from bench.till import SALE_LINES
    from db.engine import read_session
    from shop.backups import take_backup
    from shop.catalog import quick_keys
    from shop.sales import CARD, Tender
    from shop.till import Till
    from shop.users import active_users

    with read_session(engine) as session:
        user = active_users(session)[0]
        keys = [k.product for k in quick_keys(session)]
    till = Till(engine, user)
    if till.shift is None:
        till.open_shift(0)
    products = keys or till.search("a")[:SALE_LINES]

    def one_sale() -> float:
        for product in products[:SALE_LINES]:
            till.add_product(product, 1000 if product.unit == "pc" else 250)
        started = time.perf_counter()
        till.pay([Tender(CARD, till.cart.totals().total)])
        return (time.perf_counter() - started) * 1000

    idle = [one_sale() for _ in range(SALES)]
    stop = threading.Event()
    backups = []

    def back_up_again_and_again():
        while not stop.is_set():
            backups.append(take_backup(path, out, generations=2))

    worker = threading.Thread(target=back_up_again_and_again)
    worker.start()
    try:
        busy = [one_sale() for _ in range(SALES)]
    finally:
        stop.set()
        worker.join()
    result = figure("sale.during_backup", busy, backups_taken=len(backups))
    result["idle_p50_ms"] = round(sorted(idle)[len(idle) // 2], 3)
    result["idle_p95_ms"] = round(sorted(idle)[int(len(idle) * 0.95)], 3)
    result["max_ms"] = round(max(busy), 3)
    return result
