"""Chaos: two till processes and a server process, a proxy that drops, delays, doubles and cuts, and kill -9.

The tills (tests/server/chaos_till.py) sell, edit one field each of the same customer and sync,
each through a TCP proxy in front of a `bottega-server` process. At moments chosen by a seeded
random count of the tills' steps, a till or the server is killed with SIGKILL and started again.
At the end the tills are killed too, then synced cleanly: no sale missing, none doubled, the
points on every till and the server equal one ledger, and the last edit of each field is kept.
"""
import json
import os
import queue
import random
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Customer, PointsEntry
from server.database import read_session as server_read
from server.models import Customer as ServerCustomer
from server.models import PointsEntry as ServerPoints
from shop import customers, loyalty
from shop.outbox import pending_count
from shop.sync_client import SYNC_KEY, SyncClient, SyncConfig, load_config
from shop.sync_enrolment import enrol
from syncwire import messages as m

ROOT = Path(__file__).resolve().parents[2]
KILLS = 7
STEP_WAIT_S = 180  # a safety net against a hung process, never a measurement


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ChaosProxy:
    """A TCP proxy for one-request connections: per request it drops it, loses the answer, cuts the
    answer half-way, delivers it twice, delays it, or passes it on, as a seeded dice says."""

    def __init__(self, upstream_port: int, seed: int):
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.counts = {"dropped": 0, "answer_lost": 0, "cut": 0, "duplicated": 0, "delayed": 0, "passed": 0, "server_down": 0}
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stopping = threading.Event()
        self.last_error = ""
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.stopping.set()
        self.listener.close()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    @staticmethod
    def _read_request(conn: socket.socket) -> bytes:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return b""
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return b""
            body += chunk
        return head + b"\r\n\r\n" + body

    def _forward(self, request: bytes) -> bytes | None:
        try:
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as up:
                up.sendall(request)
                answer = b""
                while chunk := up.recv(65536):
                    answer += chunk
                return answer
        except OSError as exc:
            self.last_error = repr(exc)
            return None

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = self._read_request(conn)
                if not request:
                    return
                with self.lock:
                    roll, delay = self.rng.random(), self.rng.uniform(0, 0.2)
                if roll < 0.1:
                    self._count("dropped")
                    return
                if 0.4 <= roll < 0.5:
                    self._count("delayed")
                    self.stopping.wait(delay)
                answer = self._forward(request)
                if answer is None:
                    self._count("server_down")
                    return
                if roll < 0.2:
                    self._count("answer_lost")  # the server acted; the till never hears of it
                    return
                if roll < 0.3:
                    self._count("cut")
                    conn.sendall(answer[: len(answer) // 2])
                    return
                if roll < 0.4:
                    self._count("duplicated")
                    answer = self._forward(request) or answer
                elif roll >= 0.5:
                    self._count("passed")
                conn.sendall(answer)
            except OSError:
                pass

    def _count(self, what: str) -> None:
        with self.lock:
            self.counts[what] += 1


class Processes:
    """The server and till processes, each restartable, their output lines in one queue."""

    def __init__(self, server_port: int, log_dir: Path):
        self.log_dir = log_dir
        self.server_port = server_port
        self.events: queue.Queue = queue.Queue()
        self.running: dict[str, subprocess.Popen] = {}
        self.commands: dict[str, list[str]] = {}
        self.kills = {}

    def start(self, name: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with open(self.log_dir / f"{name}.log", "a") as log:  # what a process said before it died, for a failure
            process = subprocess.Popen(self.commands[name], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=log, text=True)
        self.running[name] = process
        threading.Thread(target=self._pump, args=(name, process), daemon=True).start()
        if name == "server":
            self._wait_for_server(process)

    def _pump(self, name: str, process: subprocess.Popen) -> None:
        for line in process.stdout:
            self.events.put((name, line.strip()))
        process.stdout.close()

    def _wait_for_server(self, process: subprocess.Popen) -> None:
        for _ in range(STEP_WAIT_S * 10):
            try:
                httpx.get(f"http://127.0.0.1:{self.server_port}/healthz", timeout=2).raise_for_status()
                return
            except httpx.TransportError:
                assert process.poll() is None, f"the server process died (see {self.log_dir}/server.log)"
                threading.Event().wait(0.1)
        raise AssertionError("the server process never answered")

    def kill(self, name: str) -> None:
        process = self.running.pop(name)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        self.kills[name] = self.kills.get(name, 0) + 1

    def till_syncs(self, count: int) -> None:
        """Wait until the tills together have tried `count` more syncs (each after a sale and an edit)."""
        taken = 0
        while taken < count:
            name, line = self.events.get(timeout=STEP_WAIT_S)
            taken += name != "server" and line in ("synced", "failed")

    def kill_all(self) -> None:
        for name in list(self.running):
            self.kill(name)


def sales_of(engine, own: bool = True) -> dict[str, int]:
    """The till's own sales (in its shifts), or every sale it holds (the other till's too)."""
    with read_session(engine) as session:
        where = "WHERE shift_id IS NOT NULL" if own else ""
        return dict(session.connection().exec_driver_sql(f"SELECT id, total FROM sale {where}").fetchall())


def customer_history(engine, customer_id: str) -> list[tuple]:
    """Everything the card's history reads: each sale with its lines and payments."""
    with read_session(engine) as session:
        return session.connection().exec_driver_sql(
            "SELECT s.id, s.receipt_number, s.kind, s.total, s.completed_at, "
            "(SELECT group_concat(l.id || ':' || l.qty_milli || ':' || l.total, ',') FROM saleline l WHERE l.sale_id = s.id), "
            "(SELECT sum(p.amount) FROM payment p WHERE p.sale_id = s.id) "
            "FROM sale s WHERE s.customer_id = ? ORDER BY s.id", (customer_id,)).fetchall()


def last_edit(engine, customer_id: str, field: str):
    """The value of `field` in this till's last committed write of the customer (its newest outbox row).

    Each till edits only its own field, so that row holds the till's last edit of it."""
    with read_session(engine) as session:
        payload = session.connection().exec_driver_sql(
            "SELECT payload FROM outbox WHERE record_type = 'customer' AND record_id = ? ORDER BY seq DESC LIMIT 1",
            (customer_id,)).scalar_one()
    return (json.loads(payload) if isinstance(payload, str) else payload)[field]


@pytest.mark.parametrize("seed", [5])
def test_kills_and_a_faulty_network_lose_and_double_nothing(server, make_shop, shop, second_till_db, seed, tmp_path):
    """Seven kill -9s of tills and server amid dropped, cut, doubled and delayed requests; then everything adds up."""
    owner = make_shop("Macelleria Rossi")
    engines = {"till1": shop.engine, "till2": second_till_db}
    paths = {"till1": shop.path, "till2": Path(second_till_db.url.database)}
    server_port = free_port()
    proxy = ChaosProxy(server_port, seed)
    with write_session(shop.engine) as session:
        teresa = customers.register_customer(session, "IT", "Teresa Ferri", phone="347 765 4321", notes="", email=None).id
    configs = {}
    for name, engine in engines.items():
        code = owner.owner.post(f"{m.API}/owner/enrolment-codes").raise_for_status().json()["code"]
        configs[name] = enrol(engine, server.url, code, name)
    for name in ("till1", "till2"):  # both tills know Teresa
        client = SyncClient(engines[name], configs[name])
        try:
            client.sync_once()
        finally:
            client.close()
    for engine in engines.values():  # from now on the tills reach the server through the proxy
        with write_session(engine) as session:
            session.connection().exec_driver_sql("UPDATE setting SET value = json_set(value, '$.server_url', ?) WHERE key = ?",
                                                 (proxy.url, SYNC_KEY))
    processes = Processes(server_port, tmp_path)
    server_bin = str(Path(sys.executable).parent / "bottega-server")
    processes.commands["server"] = [server_bin, "--database-url", server.database_url, "--port", str(server_port)]
    barcodes = list(shop.barcodes.values())
    fields = {"till1": "notes", "till2": "email"}
    users = {"till1": shop.users["Anna"].id, "till2": shop.users["Marco"].id}
    rng = random.Random(seed)
    for name in engines:
        processes.commands[name] = [sys.executable, "-m", "tests.server.chaos_till", str(paths[name]), users[name], teresa,
                                    fields[name], str(seed), *barcodes]
    victims = ["server", "till1", "till2"] + rng.choices(["server", "till1", "till2"], k=KILLS - 3)
    rng.shuffle(victims)
    try:
        for name in ("server", "till1", "till2"):
            processes.start(name)
        for victim in victims:
            processes.till_syncs(rng.randint(3, 10))
            processes.kill(victim)
            if victim != "server":
                # Restarted with a new seed: its edits stay distinct from the ones it made before.
                processes.commands[victim][7] = str(rng.randrange(10**6))
            processes.start(victim)
        processes.till_syncs(rng.randint(3, 10))
    finally:
        processes.kill_all()  # the tills die mid-step too, as does the server
        proxy.close()
    assert processes.kills["server"] >= 2 and processes.kills["till1"] >= 2 and processes.kills["till2"] >= 2
    assert all(proxy.counts[k] for k in ("dropped", "answer_lost", "cut", "duplicated", "delayed")), f"{proxy.counts} {proxy.last_error}"

    # The network is back and the server (the test's own, on the same database) is up: sync cleanly.
    clients = {name: SyncClient(engine, SyncConfig(**{**load_config_of(engine).__dict__, "server_url": server.url}))
               for name, engine in engines.items()}
    try:
        for _ in range(2):
            for client in clients.values():
                assert not client.sync_once().rejected
    finally:
        for client in clients.values():
            client.close()

    local = {name: sales_of(engine) for name, engine in engines.items()}
    assert all(len(s) >= 3 for s in local.values())
    assert not set(local["till1"]) & set(local["till2"])
    totals = owner.totals()
    assert totals["count"] == sum(len(s) for s in local.values())  # none missing, none doubled
    assert totals["total"] == sum(sum(s.values()) for s in local.values())
    assert {r["till_name"]: r["total"] for r in totals["rows"]} == {n: sum(s.values()) for n, s in local.items()}
    # Every till holds every sale of the shop exactly once, and Teresa's history is the same at both counters.
    everything = {**local["till1"], **local["till2"]}
    assert all(sales_of(engine, own=False) == everything for engine in engines.values())
    assert customer_history(shop.engine, teresa) == customer_history(second_till_db, teresa) != []

    with server_read(server.engine) as session:
        ledger = {row.key: row.points for row in session.exec(select(ServerPoints).where(ServerPoints.customer_id == teresa))}
        merged = session.exec(select(ServerCustomer).where(ServerCustomer.id == teresa)).one().data
    assert sum(ledger.values()) > 0
    for engine in engines.values():
        with read_session(engine) as session:
            assert pending_count(session) == 0
            here = {row.key: row.points for row in session.exec(select(PointsEntry).where(PointsEntry.customer_id == teresa))}
            assert here == ledger and loyalty.balance(session, teresa) == sum(ledger.values())
            kept = session.get(Customer, teresa)
            assert (kept.notes, kept.email) == (merged["notes"], merged["email"])
    # The last edit each till made of its field is the one everybody has.
    assert merged["notes"] == last_edit(shop.engine, teresa, "notes")
    assert merged["email"] == last_edit(second_till_db, teresa, "email")


def load_config_of(engine) -> SyncConfig:
    with read_session(engine) as session:
        return load_config(session)
