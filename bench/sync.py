"""Sync figures (issue 5): a till's backlog pushed, the server's ingest rate, 200,000 customers pulled.

- sync.push_backlog: 10,000 sales queued in a till's outbox, pushed by shop/sync_client.py to a
  loopback server on its embedded SQLite; per-batch round trips, and sales per second overall.
- server.ingest: sales per second the server stores on PostgreSQL (batches of 500 over HTTP);
  also on SQLite as server.ingest_sqlite.
- sync.pull_customers: a fresh till pulls 200,000 customers (the server's change feed, pages of
  1,000) and applies them; per-page times, and customers per second overall.
"""
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
from server.models import Change, Customer
from server.shops import create_shop, new_enrolment_code
from shop import setup
from shop.settings import ShopSettings
from shop.sync_client import SyncClient, SyncReport, enrol
from syncwire import messages as m

BACKLOG = 10_000
INGEST = 10_000
INGEST_BATCH = 500
CUSTOMERS = 200_000


def sale_payload(i: int, till: str = "T1") -> dict:
    """A three-line cash sale shaped as shop/sales.py writes it."""
    sale_id = str(uuid.uuid4())
    at = (datetime(2026, 11, 1, tzinfo=timezone.utc) + timedelta(seconds=37 * i)).isoformat(timespec="microseconds")
    lines = [dict(id=str(uuid.uuid4()), sale_id=sale_id, position=n, product_id=None, sku=f"SKU{n}", name=f"Item {n}",
                  unit="pc", qty_milli=1000, unit_price=100 + n, vat_rate_bp=2200, gross=100 + n, discount=0, total=100 + n,
                  vat=18, price_overridden=False, refunded_line_id=None) for n in range(1, 4)]
    total = sum(line["total"] for line in lines)
    sale = dict(id=sale_id, till_id=till, seq=i, receipt_number=f"{till}-{i:06d}", kind="sale", refund_of_id=None, reason=None,
                shift_id=str(uuid.uuid4()), user_id=str(uuid.uuid4()), customer_id=None, currency="EUR", subtotal=total,
                discount_total=0, total=total, completed_at=at)
    pays = [dict(id=str(uuid.uuid4()), sale_id=sale_id, method="cash", amount=total, is_change=False, created_at=at)]
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


def figures() -> Iterator[dict]:
    with tempfile.TemporaryDirectory(prefix="bottega-bench-sync-") as tmp:
        folder = Path(tmp)
        yield push_backlog(folder)
        with postgres_database() as url:
            yield ingest(url, "server.ingest") if url else {"name": "server.ingest", "skipped": "no PostgreSQL on 127.0.0.1:5432"}
        yield ingest(f"sqlite:///{folder / 'server-ingest.db'}", "server.ingest_sqlite")
        yield pull_customers(folder)
