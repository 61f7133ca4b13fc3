"""Sync through a faulty network: requests dropped, answers lost, deliveries doubled; nothing lost, nothing doubled."""
import random

import httpx
from sqlalchemy import func
from sqlmodel import select

from db.engine import read_session, write_session
from server.database import read_session as server_read
from server.models import PointsEntry
from shop import customers, loyalty
from shop.outbox import pending_count
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from shop.till import Till
from syncwire import messages as m
from tests.server.conftest import sell

ROUNDS = 12


class FaultyNetwork(httpx.BaseTransport):
    """Real HTTP to the server, but a seeded share of requests is dropped before it leaves, has its
    answer lost after the server acted on it, or reaches the server twice."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.inner = httpx.HTTPTransport()
        self.faults = {"dropped": 0, "answer_lost": 0, "duplicated": 0}

    def _deliver(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        response.close()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        roll = self.rng.random()
        if roll < 0.2:
            self.faults["dropped"] += 1
            raise httpx.ConnectError("dropped on the way", request=request)
        if roll < 0.4:
            self._deliver(request)
            self.faults["answer_lost"] += 1
            raise httpx.ReadTimeout("the answer never came", request=request)
        if roll < 0.55:
            self._deliver(request)
            self.faults["duplicated"] += 1
        return self._deliver(request)

    def close(self) -> None:
        self.inner.close()


def local_sales(engine) -> tuple[int, int]:
    """The till's own sales (those made in its shifts): it also holds the other tills', pulled."""
    with read_session(engine) as session:
        return tuple(session.connection().exec_driver_sql(
            "SELECT count(*), coalesce(sum(total), 0) FROM sale WHERE shift_id IS NOT NULL").one())


def every_sale(engine) -> set[tuple]:
    with read_session(engine) as session:
        return set(session.connection().exec_driver_sql("SELECT id, receipt_number, total FROM sale").all())


def test_nothing_lost_or_doubled_through_a_faulty_network(server, make_shop, shop, second_till_db):
    """Twelve rounds of selling and syncing through faults, then a clean sync: totals, counts and points all exact."""
    owner = make_shop("Macelleria Rossi")
    engines = {"Cassa 1": shop.engine, "Cassa 2": second_till_db}
    configs = {name: enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name)
               for name, engine in engines.items()}
    networks = {name: FaultyNetwork(seed) for seed, name in enumerate(engines)}
    faulty = {name: SyncClient(engines[name], configs[name], http=httpx.Client(transport=networks[name], timeout=30), batch=4, page=3)
              for name in engines}
    clean = {name: SyncClient(engines[name], configs[name]) for name in engines}
    with write_session(shop.engine) as session:
        regular = customers.register_customer(session, "IT", "Teresa Ferri", phone="347 765 4321").id
    clean["Cassa 1"].sync_once()
    clean["Cassa 2"].sync_once()
    tills = {"Cassa 1": Till(shop.engine, shop.users["Anna"]), "Cassa 2": Till(second_till_db, shop.users["Marco"])}
    for till in tills.values():
        till.open_shift(10000)
    rng, b = random.Random(42), shop.barcodes
    errors = 0
    try:
        for _ in range(ROUNDS):
            for name, till in tills.items():
                goods = rng.choices([b["bread"], b["wine"], b["milk"], b["gum"], b["soap"]], k=rng.randint(1, 4))
                sell(till, goods, customer_id=regular if rng.random() < 0.5 else None)
                try:
                    faulty[name].sync_once()
                except httpx.HTTPError:
                    errors += 1
        for _ in range(2):  # the network is back: one round delivers, the second brings the other's last changes
            for client in clean.values():
                assert not client.sync_once().rejected
    finally:
        for client in (*faulty.values(), *clean.values()):
            client.close()
    assert errors > 0 and all(sum(n.faults[kind] for n in networks.values()) for kind in ("dropped", "answer_lost", "duplicated"))
    totals = owner.totals()
    counts = {name: local_sales(engine) for name, engine in engines.items()}
    assert totals["count"] == sum(c for c, _ in counts.values()) == 2 * ROUNDS
    assert totals["total"] == sum(t for _, t in counts.values())
    assert {r["till_name"]: r["total"] for r in totals["rows"]} == {name: t for name, (_, t) in counts.items()}
    held = [every_sale(engine) for engine in engines.values()]
    assert held[0] == held[1] and len(held[0]) == 2 * ROUNDS  # each till holds the whole shop's sales, once
    balances = []
    for engine in engines.values():
        with read_session(engine) as session:
            assert pending_count(session) == 0
            balances.append(loyalty.balance(session, regular))
    with server_read(server.engine) as session:
        on_server = session.exec(select(func.sum(PointsEntry.points)).where(PointsEntry.customer_id == regular)).one()
    assert balances[0] == balances[1] == on_server > 0
