"""Sync figures (issue 5): a till's backlog pushed, the server's ingest rate, 200,000 customers pulled.

- sync.push_backlog: 10,000 sales queued in a till's outbox, pushed by shop/sync_client.py to a
  loopback server on its embedded SQLite; per-batch round trips, and sales per second overall.
- server.ingest: sales per second the server stores on PostgreSQL (batches of 500 over HTTP);
  also on SQLite as server.ingest_sqlite.
- sync.pull_customers: a fresh till pulls 200,000 customers (the server's change feed, pages of
  1,000) and applies them; per-page times, and customers per second overall.
- sync.pull_sales (issue 11): a new till fetches the shop's history, 100,000 sales of another till
  (five lines each, 500,000 lines), newest first in pages, and stores it; sales per second overall.
- sale.complete_during_pull: a sale completed at that till (Till.pay) while the pull runs on a
  worker thread: p95 and whether any write met "database is locked".
"""
import os
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
import json
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import httpx

from bench._figures import figure
from bench._loopback import postgres_database, serving
from db.engine import open_database, write_session
from server.app import create_app
from server.database import write_session as server_write
from server.models import Change, Customer, Sale
from server.shops import create_shop, new_enrolment_code
from sqlmodel import select

from db.models import VatRate
from shop import setup
from shop.settings import ShopSettings
from shop.sync_client import SyncClient, SyncReport
from shop.sync_enrolment import enrol
from syncwire import messages as m

BACKLOG = 10_000
INGEST = 10_000
INGEST_BATCH = 500
CUSTOMERS = 200_000
HISTORY_SALES = int(os.environ.get("BOTTEGA_BENCH_HISTORY_SALES", 100_000))


def time_ordered_id(at: datetime) -> str:
    """A UUIDv7 of the time `at`, as db/ids.new_id makes one when the record is born."""
    value = (int(at.timestamp() * 1000) << 80) | (0x7 << 76) | (0b10 << 62) | (uuid.uuid4().int & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def sale_payload(i: int, till: str = "T1", lines_per_sale: int = 3) -> dict:
    """A cash sale of `lines_per_sale` lines shaped as shop/sales.py writes it (time-ordered ids, as a till makes them)."""
    when = datetime(2026, 11, 1, tzinfo=timezone.utc) + timedelta(seconds=37 * i)
    at = when.isoformat(timespec="microseconds")
    sale_id = time_ordered_id(when)
    lines = [dict(id=time_ordered_id(when), sale_id=sale_id, position=n, product_id=None, sku=f"SKU{n}", name=f"Item {n}",
                  unit="pc", qty_milli=1000, unit_price=100 + n, vat_rate_bp=2200, gross=100 + n, discount=0, total=100 + n,
                  vat=18, price_overridden=False, refunded_line_id=None) for n in range(1, lines_per_sale + 1)]
    total = sum(line["total"] for line in lines)
    sale = dict(id=sale_id, till_id=till, seq=i, receipt_number=f"{till}-{i:06d}", kind="sale", refund_of_id=None, reason=None,
                shift_id=str(uuid.uuid4()), user_id=str(uuid.uuid4()), customer_id=None, currency="EUR", subtotal=total,
                discount_total=0, total=total, completed_at=at)
    pays = [dict(id=time_ordered_id(when), sale_id=sale_id, method="cash", amount=total, is_change=False, created_at=at)]
    return {"sale": sale, "lines": lines, "payments": pays}


def new_shop(engine) -> tuple[str, str]:
    """(shop id, owner token) of a new shop, and an enrolment code made with it."""
    with server_write(engine) as session:
        made = create_shop(session, "Bench", "EUR", "Europe/Rome")
        code, _ = new_enrolment_code(session, made.shop_id)
    return made.owner_token, code


def till_database(folder: Path, name: str):
    engine = open_database(folder / name)
    with write_session(engine) as session:
        setup.init_shop(session, ShopSettings())
    return engine


def timed_client(samples: list[float]) -> httpx.Client:
    """An httpx client that records each request's round trip in ms."""
    started = {}

    def request(req):
        started[id(req)] = time.perf_counter()

    def response(resp):
        samples.append((time.perf_counter() - started.pop(id(resp.request))) * 1000)

    return httpx.Client(timeout=300, event_hooks={"request": [request], "response": [response]})


def push_backlog(folder: Path) -> dict:
    app = create_app(f"sqlite:///{folder / 'server-push.db'}")
    _, code = new_shop(app.state.engine)
    till = till_database(folder, "till-push.db")
    with write_session(till) as session:
        session.connection().exec_driver_sql(
            "INSERT INTO outbox (record_type, record_id, payload, created_at) VALUES (?, ?, json(?), ?)",
            [("sale", p["sale"]["id"], json.dumps(p), p["sale"]["completed_at"])
             for p in (sale_payload(i) for i in range(1, BACKLOG + 1))])
    samples: list[float] = []
    with serving(app) as url:
        client = SyncClient(till, enrol(till, url, code, "Bench"), http=timed_client(samples))
        start = time.perf_counter()
        report = SyncReport()
        client.push(report)
        seconds = time.perf_counter() - start
        client.close()
    app.state.engine.dispose()
    till.dispose()
    assert report.sent == BACKLOG and not report.rejected, report
    return figure("sync.push_backlog", samples, sales=BACKLOG, batch=client.batch, total_s=round(seconds, 2),
                  sales_per_s=round(BACKLOG / seconds), server="sqlite")


def ingest(url: str, name: str) -> dict:
    app = create_app(url)
    _, code = new_shop(app.state.engine)
    samples: list[float] = []
    with serving(app) as base, timed_client(samples) as http:
        token = http.post(f"{base}{m.API}/enrol", json={"code": code, "till_name": "Bench"}).json()["device_token"]
        samples.clear()
        http.headers["Authorization"] = f"Bearer {token}"
        start = time.perf_counter()
        for first in range(1, INGEST + 1, INGEST_BATCH):
            records = [{"kind": "sale", "id": p["sale"]["id"], "payload": p}
                       for p in (sale_payload(i) for i in range(first, first + INGEST_BATCH))]
            answer = http.post(f"{base}{m.API}/push", json={"records": records}).raise_for_status().json()
            assert not answer["rejected"]
        seconds = time.perf_counter() - start
    app.state.engine.dispose()
    return figure(name, samples, sales=INGEST, batch=INGEST_BATCH, total_s=round(seconds, 2), sales_per_s=round(INGEST / seconds))


def pull_customers(folder: Path) -> dict:
    app = create_app(f"sqlite:///{folder / 'server-pull.db'}")
    engine = app.state.engine
    _, code = new_shop(engine)
    with server_write(engine) as session:
        shop_id = session.connection().exec_driver_sql("SELECT id FROM shop").scalar_one()
        now = datetime.now(timezone.utc).isoformat()
        rows = [{"id": str(uuid.uuid4()), "name": f"Cliente {i:06d} Rossi", "phone": f"+3934{i:08d}", "email": None,
                 "birthday": None, "notes": "", "consent_email": False, "consent_sms": False, "consent_messaging": False,
                 "erased_at": None, "updated_at": now} for i in range(CUSTOMERS)]
        session.execute(Customer.__table__.insert(), [dict(shop_id=shop_id, id=r["id"], data=r, clocks={}) for r in rows])
        session.execute(Change.__table__.insert(), [dict(shop_id=shop_id, kind="customer", record_id=r["id"], data=r, at=now) for r in rows])
    till = till_database(folder, "till-pull.db")
    samples: list[float] = []
    with serving(app) as url:
        client = SyncClient(till, enrol(till, url, code, "Bench"), http=timed_client(samples), page=m.MAX_PAGE)
        samples.clear()
        report = SyncReport()
        start = time.perf_counter()
        client.pull(report)
        seconds = time.perf_counter() - start
        client.close()
    engine.dispose()
    till.dispose()
    assert report.applied == CUSTOMERS, report
    return figure("sync.pull_customers", samples, customers=CUSTOMERS, page=m.MAX_PAGE, total_s=round(seconds, 2),
                  customers_per_s=round(CUSTOMERS / seconds), note="p50/p95 are the HTTP round trips of one page")


def _server_with_history(folder: Path, sales: int):
    """A server whose shop holds `sales` sales of till "T9" (as pushed), and an enrolment code."""
    app = create_app(f"sqlite:///{folder / 'server-history.db'}")
    engine = app.state.engine
    _, code = new_shop(engine)
    with server_write(engine) as session:
        conn = session.connection()
        shop_id = conn.exec_driver_sql("SELECT id FROM shop").scalar_one()
        till_id = str(uuid.uuid4())
        conn.exec_driver_sql("INSERT INTO till (id, shop_id, name, token_hash, enrolled_at) VALUES (?, ?, 'T9', ?, ?)",
                             (till_id, shop_id, uuid.uuid4().hex, datetime.now(timezone.utc).isoformat()))
        for first in range(1, sales + 1, 10_000):
            payloads = [sale_payload(i, "T9", lines_per_sale=5) for i in range(first, min(first + 10_000, sales + 1))]
            session.execute(Sale.__table__.insert(), [dict(
                shop_id=shop_id, id=p["sale"]["id"], till_id=till_id, receipt_number=p["sale"]["receipt_number"], kind="sale",
                total=p["sale"]["total"], currency="EUR", completed_at=p["sale"]["completed_at"], day=p["sale"]["completed_at"][:10],
                customer_id=None, data=p, received_at=p["sale"]["completed_at"]) for p in payloads])
            session.execute(Change.__table__.insert(), [dict(
                shop_id=shop_id, kind="sale", record_id=p["sale"]["id"], till_id=till_id, at=p["sale"]["completed_at"],
                data={k: p["sale"][k] for k in ("id", "receipt_number", "kind", "total", "currency", "completed_at", "customer_id")})
                for p in payloads])
    return app, code


@contextmanager
def server_process(database_url: str, log: Path) -> Iterator[str]:
    """`bottega-server` as its own process on a free loopback port, as a till meets it (not sharing
    the till's interpreter, whose one lock would make both look slower than either is)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    command = [str(Path(sys.executable).parent / "bottega-server"), "--database-url", database_url, "--port", str(port)]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/healthz", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the benchmark server did not start (see {log})") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def pull_sales(folder: Path, sales: int = HISTORY_SALES) -> Iterator[dict]:
    """sync.pull_sales, and sale.complete_during_pull timed while the same pull runs."""
    from shop import sync_client
    from shop.sales import CARD, Tender
    from shop.sync_history import set_keep_years
    from shop.till import Till
    from shop.users import create_user

    app, code = _server_with_history(folder, sales)
    till = till_database(folder, "till-history.db")
    with write_session(till) as session:
        product = setup.add_product(session, "BENCH1", "Pane", 350, session.exec(select(VatRate)).first())
        user = create_user(session, "Bench", "manager", "1234")
        set_keep_years(session, 0)  # the whole history
    cashier = Till(till, user)
    cashier.open_shift(0)
    samples: list[float] = []
    sale_ms: list[float] = []
    locked = 0
    app.state.engine.dispose()
    with server_process(f"sqlite:///{folder / 'server-history.db'}", folder / "server-history.log") as url:
        client = SyncClient(till, enrol(till, url, code, "Bench"), http=timed_client(samples), page=m.MAX_PAGE)
        samples.clear()
        report = SyncReport()
        done = threading.Event()

        def pull():
            try:
                while client.backfill(report):
                    pass
            finally:
                done.set()

        start = time.perf_counter()
        worker = threading.Thread(target=pull)
        worker.start()
        while not done.is_set():
            cashier.add_product_id(product.id)
            total = cashier.cart.totals().total
            began = time.perf_counter()
            try:
                cashier.pay([Tender(CARD, total)])
            except Exception as exc:  # counted: the figure says whether it ever happens
                if "locked" not in str(exc):
                    raise
                locked += 1
                cashier.void_sale(user)
            sale_ms.append((time.perf_counter() - began) * 1000)
            time.sleep(0.05)  # a cashier's pace, not a flood
        worker.join()
        seconds = time.perf_counter() - start
        client.close()
    with write_session(till) as session:
        held = session.connection().exec_driver_sql("SELECT count(*) FROM sale WHERE shift_id IS NULL").scalar_one()
    till.dispose()
    assert held == sales, (held, report)
    rate = round(sales / seconds)
    yield dict(figure("sync.pull_sales", samples, sales=sales, lines=sales * 5, page=sync_client.HISTORY_PAGE, total_s=round(seconds, 2),
                      sales_per_s=rate, note="p50/p95 are the HTTP round trips of one history page"),
               target="sales_per_s >= 5000", met=rate >= 5000)
    result = figure("sale.complete_during_pull", sale_ms, database_locked=locked)
    yield dict(result, target="p95_ms <= 50 and database_locked == 0", met=result["p95_ms"] <= 50 and not locked)


def figures() -> Iterator[dict]:
    with tempfile.TemporaryDirectory(prefix="bottega-bench-sync-") as tmp:
        folder = Path(tmp)
        yield push_backlog(folder)
        with postgres_database() as url:
            yield ingest(url, "server.ingest") if url else {"name": "server.ingest", "skipped": "no PostgreSQL on 127.0.0.1:5432"}
        yield ingest(f"sqlite:///{folder / 'server-ingest.db'}", "server.ingest_sqlite")
        yield pull_customers(folder)
        yield from pull_sales(folder)
