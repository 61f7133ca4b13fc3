"""The till's sync client against the real server: rejected rows, cursor resumption, local edits kept."""
import json
import random
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta

import pytest

from db.engine import read_session, write_session
from db.models import LoyaltyCard, Setting
from shop import customers, loyalty, outbox
from shop.outbox import pending_count
from shop.sync_client import BACKOFF_CAP_S, CURSOR_KEY, SyncClient, SyncReport, backoff_delay, load_config
from shop.sync_enrolment import disconnect, enrol
from shop.sync_errors import ChangesWaiting, CodeRefused, ServerNotReached, SyncBusy
from shop.sync_lock import sync_lock
from syncwire import messages as m
from tests.server import records


@pytest.fixture
def synced(server, make_shop, shop):
    """The fixture shop's till enrolled on a fresh server shop, plus a second till speaking raw HTTP."""
    owner = make_shop("Macelleria Rossi")
    code = owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"]
    client = SyncClient(shop.engine, enrol(shop.engine, server.url, code, "Cassa 1"), batch=1, page=1)
    yield client, owner.enrol("Cassa 2")
    client.close()


def test_backoff_grows_to_a_cap_with_full_jitter():
    """Each delay lies in [0, min(cap, 2^(n-1)) s]; they spread out, and never pass the cap."""
    rng = random.Random(7)
    for failures in range(1, 30):
        ceiling = min(BACKOFF_CAP_S, 2 ** (failures - 1))
        samples = [backoff_delay(failures, rng) for _ in range(50)]
        assert all(0 <= s <= ceiling for s in samples)
        assert max(samples) - min(samples) > ceiling / 4
    assert max(backoff_delay(40, rng) for _ in range(200)) > BACKOFF_CAP_S * 0.9


def test_a_rejected_row_stays_waiting_and_holds_nothing_back(synced, shop):
    """A record the server refuses is reported and kept pending; the rows after it are sent anyway."""
    client, _ = synced
    with write_session(shop.engine) as session:
        outbox.enqueue(session, "teleport", "x1", {"id": "x1"})
        customers.register_customer(session, "IT", "Paola Conti")
    report = client.sync_once()
    assert [(r.id, r.reason) for r in report.rejected] == [("x1", m.UNKNOWN_KIND)]
    assert report.sent == 1
    with read_session(shop.engine) as session:
        assert pending_count(session) == 1
    assert client.sync_once().sent == 0


def test_pull_resumes_after_its_cursor_and_skips_a_clashing_change(synced, shop):
    """Page by page, the cursor lands on the last change; a card code clash here is skipped, the rest applied."""
    client, other = synced
    with write_session(shop.engine) as session:
        mine = customers.register_customer(session, "IT", "Luigi Serra")
        session.flush()
        session.add(LoyaltyCard(customer_id=mine.id, code="ABCDEFGHJKMN01"))
    client.sync_once()
    customer_id = records.new_id()
    other.pushed([records.customer(customer_id, records.at(), name="Elena Fabbri"),
                  records.card(customer_id, "ABCDEFGHJKMN01"), records.points(customer_id, 25)])
    report = client.sync_once()
    assert report.sent == 0 and report.applied == 2
    assert abs(report.clock_offset_s) < 60  # same machine: the server's clock is ours
    last = other.changes(after=0, limit=1000).changes[-1].seq
    with read_session(shop.engine) as session:
        assert session.get(Setting, CURSOR_KEY).value == last
        assert customers.customer_by_id(session, customer_id).name == "Elena Fabbri"
        assert loyalty.balance(session, customer_id) == 25
    assert client.sync_once().pulled == 0


def test_a_waiting_local_edit_is_not_overwritten_by_a_pull(synced, shop):
    """The till's own newer edit survives a pull of an older version, and the merge comes back after the push."""
    client, other = synced
    with write_session(shop.engine) as session:
        customer = customers.register_customer(session, "IT", "Bruno Galli")
    client.sync_once()
    other.pushed([records.customer(customer.id, records.at(minutes_ago=-1), notes="prefers thin slices")])
    with write_session(shop.engine) as session:
        customers.update_customer(session, "IT", customer.id, phone="333 111 2222")
    report = SyncReport()
    client.pull(report)  # a pull before the push: the local edit is still waiting
    with read_session(shop.engine) as session:
        assert session.get(type(customer), customer.id).phone == "+393331112222"
    client.sync_once()
    with read_session(shop.engine) as session:
        row = session.get(type(customer), customer.id)
        assert (row.phone, row.notes) == ("+393331112222", "prefers thin slices")
    assert report.pulled >= 1


def shift_outbox_clock(engine, days: float) -> None:
    """Make the waiting customer rows look written by a till whose clock is `days` off."""
    with write_session(engine) as session:
        conn = session.connection()
        for seq, payload in conn.exec_driver_sql("SELECT seq, payload FROM outbox WHERE sent_at IS NULL AND record_type = 'customer'").fetchall():
            data = json.loads(payload) if isinstance(payload, str) else payload
            shifted = (datetime.fromisoformat(data["updated_at"]) + timedelta(days=days)).isoformat()
            # An edit stamps the fields it changed with its updated_at (shop/customers.py, customer_payload).
            data["clocks"] = {f: shifted if c == data["updated_at"] else c for f, c in data.get("clocks", {}).items()}
            data["updated_at"] = shifted
            conn.exec_driver_sql("UPDATE outbox SET payload = ? WHERE seq = ?", (json.dumps(data), seq))


def test_a_till_clock_a_day_off(synced, shop):
    """A day behind: its sale counts and its stale edit loses to the newer one. A day ahead: its edit is refused and kept waiting."""
    client, other = synced
    with write_session(shop.engine) as session:
        customer = customers.register_customer(session, "IT", "Dario Longo")
    client.sync_once()
    other.pushed([records.customer(customer.id, records.at(), notes="newest note")])
    with write_session(shop.engine) as session:
        customers.update_customer(session, "IT", customer.id, notes="written a day late")
    shift_outbox_clock(shop.engine, days=-1)
    behind = client.sync_once()
    assert behind.rejected == [] and behind.sent == 1
    with read_session(shop.engine) as session:
        assert session.get(type(customer), customer.id).notes == "newest note"
    with write_session(shop.engine) as session:
        customers.update_customer(session, "IT", customer.id, notes="from the future")
    shift_outbox_clock(shop.engine, days=1)
    ahead = client.sync_once()
    assert [(r.id, r.reason) for r in ahead.rejected] == [(customer.id, m.CLOCK_AHEAD)]
    with read_session(shop.engine) as session:
        assert pending_count(session) == 1
    assert [c.data["notes"] for c in other.changes(kinds="customer").changes][-1] == "newest note"


def test_only_one_sync_worker_per_database(synced, shop):
    """While one worker runs, a second one (here or in another process) is refused at once; afterwards it may start."""
    client, _ = synced
    stop, reports = threading.Event(), []
    worker = threading.Thread(target=client.run, args=(stop,), kwargs={"interval_s": 0.05, "on_report": reports.append})
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while not reports:
            assert time.monotonic() < deadline, "the worker never synced"
            time.sleep(0.02)
        with pytest.raises(SyncBusy):
            client.run(threading.Event())
        probe = ("import sys; from sqlalchemy import create_engine; from shop.sync_lock import sync_lock\nfrom shop.sync_errors import SyncBusy\n"
                 "try:\n    with sync_lock(create_engine('sqlite:///' + sys.argv[1])): print('took it')\n"
                 "except SyncBusy: print('busy')")
        other_process = subprocess.run([sys.executable, "-c", probe, str(shop.path)], capture_output=True, text=True, timeout=60)
        assert other_process.stdout.strip() == "busy"
    finally:
        stop.set()
        worker.join(10)
    with sync_lock(shop.engine):
        pass  # free again once the worker stopped


def test_leaving_a_server_never_drops_waiting_changes(synced, shop, server, tmp_path):
    """Re-enrolling and signing out are refused while a change waits; an export hands them over, a later change stays."""
    client, other = synced
    with write_session(shop.engine) as session:
        waiting_one = customers.register_customer(session, "IT", "Paola Conti")
    with pytest.raises(ChangesWaiting) as refused:
        enrol(shop.engine, server.url, "NOT-SPENT", "Cassa 1")  # refused before the server is asked
    assert refused.value.count == 1
    with pytest.raises(ChangesWaiting):
        disconnect(shop.engine)
    with read_session(shop.engine) as session:
        assert load_config(session) is not None and pending_count(session) == 1
    export = tmp_path / "waiting.json"
    assert disconnect(shop.engine, export_to=export) == 1
    records = json.loads(export.read_text(encoding="utf-8"))["records"]
    assert [(r["kind"], r["id"], r["payload"]["name"]) for r in records] == [(m.CUSTOMER, waiting_one.id, "Paola Conti")]
    with read_session(shop.engine) as session:
        assert load_config(session) is None and pending_count(session) == 0 and session.get(Setting, CURSOR_KEY) is None
        assert session.get(type(waiting_one), waiting_one.id) is not None  # the till keeps its own data
    with write_session(shop.engine) as session:
        customers.register_customer(session, "IT", "Marta Gallo")
    assert disconnect(shop.engine) == 0  # not enrolled: nothing to leave
    with read_session(shop.engine) as session:
        assert pending_count(session) == 1  # made after the sign-out: waits for the next server joined


def test_a_till_enrolled_after_working_alone_delivers_what_it_made(server, make_shop, shop):
    """Sales and customers made before the till ever joined a server go to the first one it joins."""
    owner = make_shop("Macelleria Rossi")
    with write_session(shop.engine) as session:
        alone = customers.register_customer(session, "IT", "Paola Conti")
    code = owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"]
    client = SyncClient(shop.engine, enrol(shop.engine, server.url, code, "Cassa 1"))
    try:
        assert client.sync_once().sent == 1
    finally:
        client.close()
    assert [c.id for c in owner.enrol("Cassa 2").changes(kinds="customer").changes] == [alone.id]


def test_enrolment_failures_are_the_syncs_own_typed_errors(server, shop):
    """A made-up code, a port nobody listens on and a typo'd address each raise a sync error, never httpx's; nothing is stored."""
    import socket

    with pytest.raises(CodeRefused) as refused:
        enrol(shop.engine, server.url, "AAAA-BBBB-CCCC", "Cassa 1")
    assert refused.value.status in (401, 403, 404)
    with socket.socket() as probe:  # a port that was free a moment ago: nothing answers there
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    with pytest.raises(ServerNotReached):
        enrol(shop.engine, f"http://127.0.0.1:{free_port}", "AAAA-BBBB-CCCC", "Cassa 1")
    with pytest.raises(ServerNotReached):
        enrol(shop.engine, "htp//bottega", "AAAA-BBBB-CCCC", "Cassa 1")
    with read_session(shop.engine) as session:
        assert load_config(session) is None


def test_a_history_page_parsed_equals_json_loads_and_refuses_what_it_refuses():
    """parse_page gives what json.loads gives (spaces, nesting, any text), and a broken body is refused, not half read."""
    import json

    import pytest

    from shop.sync_client import parse_page

    page = {"cursor": 5, "more": False, "changes": [{"seq": 7, "kind": "sale", "id": "x", "data": {"name": "Caffè \u2028 咖啡", "n": [1, {"a": None}]}}],
            "server_time": "2026-12-05T08:00:00+00:00", "total": -1}
    for text in (json.dumps(page), json.dumps(page, indent=2, ensure_ascii=False), "{}", '{"changes": []}', "[1, 2]"):
        assert parse_page(text.encode()) == json.loads(text)
    for broken in ('{"changes": [1, 2', '{"changes": [1 2]}', '{"changes": [1,]}', '{"a": 1,}', '{"a" 1}', '{"a": 1} 2'):
        with pytest.raises(ValueError):
            parse_page(broken.encode())
