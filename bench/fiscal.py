"""Issue 13's fiscal register figures, against the Epson simulator on loopback (tests/fiscal/epson_sim.py).

fiscal.sale_commit   completing a 3-line cash sale with an RT set up: the fiscal job row commits in
                     the sale's own transaction. raw_*: the same sale with no RT set up (no job).
fiscal.rt_confirm    from a committed sale to the RT's numbers stored on it: the status and counters
                     query, the receipt, the reply, the confirming write (worker thread, loopback HTTP).
"""
import tempfile
import time
from pathlib import Path
from typing import Iterator

from bench._figures import figure

RUNS = 80


def _shop(path: Path):
    from db.engine import open_database, write_session
    from shop import setup, users
    from shop.settings import ShopSettings
    from shop.till import Till

    engine = open_database(path)
    with write_session(engine) as session:
        rates = setup.init_shop(session, ShopSettings(shop_name="Bench"))
        products = [setup.add_product(session, f"P{i}", f"Prodotto {i}", 100 + 37 * i, rates["A" if i % 2 else "C"]) for i in range(3)]
        user = users.create_user(session, "Anna", "cashier", "1111")
    till = Till(engine, user)
    till.open_shift(10000)
    return engine, till, products


def _sell(till, products):
    from shop.sales import Tender

    for product in products:
        till.add_product_id(product.id)
    return till.pay([Tender("cash", 5000)])


def figures() -> Iterator[dict]:
    from db.engine import write_session
    from printers.fiscal.queue import FiscalQueue
    from shop import fiscal
    from tests.fiscal.epson_sim import EpsonSimulator

    rt = EpsonSimulator().start()
    try:
        with tempfile.TemporaryDirectory() as workdir:
            engine, till, products = _shop(Path(workdir) / "shop.db")
            raw = []
            for _ in range(RUNS):
                started = time.perf_counter()
                _sell(till, products)
                raw.append((time.perf_counter() - started) * 1000)
            with write_session(engine) as session:
                fiscal.save_fiscal_settings(session, fiscal.FiscalSettings(model="epson", address=rt.address))
            commit, confirm = [], []
            queue = FiscalQueue(engine, "T1")
            queue.start()
            for _ in range(RUNS):
                started = time.perf_counter()
                done = _sell(till, products)
                committed = time.perf_counter()
                queue.after_sale(done.sale_id)
                queue.drain()
                commit.append((committed - started) * 1000)
                confirm.append((time.perf_counter() - committed) * 1000)
            queue.stop()
            documents = len(rt.fiscal_documents())
            engine.dispose()
    finally:
        rt.stop()
    yield figure("fiscal.sale_commit", commit, raw, lines=len(products))
    yield figure("fiscal.rt_confirm", confirm, documents=documents, sales=RUNS, transport="loopback http")
