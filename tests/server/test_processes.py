"""Several server processes on one database, the command line, and the schema Alembic builds."""
import os
import secrets
import subprocess
import sys
import socket
import threading
import time
from pathlib import Path

import httpx
import psycopg
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from server.app import create_app
from server.database import MIGRATIONS, make_engine
from server.models import ServerModel
from syncwire import messages as m
from tests.server import records
from tests.server.conftest import PG_ADMIN, ServerThread, TillHandle


def test_alembic_head_creates_exactly_the_models(server):
    """Autogenerate finds no difference between the migrated database and the server's models."""
    with server.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), ServerModel.metadata)
    assert differences == []


def test_two_server_processes_take_the_same_batch_at_once_and_store_it_once(server, shop_one, till_one):
    """A second server on the same database, both fed the same batch concurrently: every sale once."""
    app = create_app(server.database_url)
    batch = [records.sale(1000 + i, seq=i) for i in range(1, 31)]
    with ServerThread(app) as second, httpx.Client(base_url=second.url, headers=dict(till_one.http.headers), timeout=60) as other:
        twin = TillHandle(till_one.enrolled, other)
        results = []
        threads = [threading.Thread(target=lambda t=t: results.append(t.pushed(batch))) for t in (till_one, twin, till_one, twin)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    app.state.engine.dispose()
    assert len(results) == 4 and all(not r.rejected for r in results)
    stored = [a for r in results for a in r.accepted if a.outcome == m.STORED]
    assert sorted(a.id for a in stored) == sorted(r["id"] for r in batch)
    totals = shop_one.totals()
    assert (totals["count"], totals["total"]) == (30, sum(1000 + i for i in range(1, 31)))


def test_migrations_started_together_on_postgresql_upgrade_once(postgres_url):
    """Two processes starting on an empty PostgreSQL database: one upgrades, the other waits, both end at head."""
    name = f"bottega_test_{secrets.token_hex(6)}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    script = "import sys; from server.database import make_engine, upgrade; upgrade(make_engine(sys.argv[1]))"
    try:
        processes = [subprocess.Popen([sys.executable, "-c", script, url], stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outcomes = [(p.wait(timeout=120), p.stderr.read()) for p in processes]
        for process in processes:
            process.stderr.close()
        assert [code for code, _ in outcomes] == [0, 0], outcomes
        engine = make_engine(url)
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        engine.dispose()
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_bottega_server_command_creates_a_shop_and_serves_it(tmp_path):
    """`bottega-server create-shop` in the default data folder, then `bottega-server --port`: enrol over HTTP."""
    command = str(Path(sys.executable).parent / "bottega-server")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    made = subprocess.run([command, "create-shop", "Drogheria Sole", "--time-zone", "Europe/Rome"], env=env,
                          capture_output=True, text=True, check=True, timeout=60)
    owner_token = dict(line.split(" ", 1) for line in made.stdout.splitlines())["owner_token"]
    assert (tmp_path / "bottega-server" / "server.db").exists()
    port = free_port()
    process = subprocess.Popen([command, "--host", "127.0.0.1", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/healthz", timeout=2).raise_for_status()
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, "the server did not come up"
                time.sleep(0.1)
        assert "/api/v1/push" in httpx.get(f"{base}/openapi.json").json()["paths"]
        code = httpx.post(f"{base}{m.API}/owner/enrolment-codes", headers={"Authorization": f"Bearer {owner_token}"}).json()["code"]
        enrolled = httpx.post(f"{base}{m.API}/enrol", json={"code": code, "till_name": "Cassa"}).json()
        assert enrolled["shop_name"] == "Drogheria Sole"
    finally:
        process.terminate()
        process.wait(timeout=20)
        process.stderr.close()
