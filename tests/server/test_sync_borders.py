"""Issue 10, the till's side: a poison record in the shop's feed (stored by a server before these checks,
or by anything else) never stops a till's sync: it is set aside with its change number and reason, the
cursor moves past it, new prices arrive and the till's own sales still go up."""
import json
import threading

from db.engine import read_session, write_session
from db.models import Setting
from server.clock import utc_now
from server.database import write_session as server_write
from server.models import Change
from shop import customers
from shop.sales import CASH, Tender
from shop.sync_client import CURSOR_KEY, SyncClient
from shop.sync_enrolment import enrol
from shop.sync_set_aside import set_aside_records
from shop.till import Till
from syncwire import messages as m
from tests.server import records

POISON_DATA = [
    {"name": "P", "phone": 3331234567},  # was AttributeError in apply_customers, every pull, forever
    {"name": "Q", "birthday": "not a date"},  # was stored, then finding or attaching her raised ValueError
    {"name": "R", "notes": "n" * 100_000},  # a note past every limit, for every till
]


def plant(server, shop_id: str, kind: str, record_id: str, data: dict) -> int:
    """A change written straight into the server's feed, as an older server stored poison; its number."""
    with server_write(server.engine) as session:
        change = Change(shop_id=shop_id, kind=kind, record_id=record_id, data=data, at=utc_now())
        session.add(change)
        session.flush()
        return change.seq


def test_a_poisoned_feed_is_set_aside_and_the_till_keeps_syncing(server, make_shop, shop):
    """Poison between good changes: the good ones apply, the cursor reaches the last, prices arrive, sales go up."""
    owner = make_shop("Macelleria Rossi")
    code = owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"]
    client = SyncClient(shop.engine, enrol(shop.engine, server.url, code, "Cassa 1"), page=2)
    other = owner.enrol("Cassa 2")
    try:
        poison_seqs = []
        for data in POISON_DATA:
            customer_id = records.new_id()
            poison_seqs.append(plant(server, owner.shop_id, m.CUSTOMER, customer_id, {"id": customer_id, **data}))
        card_id = records.new_id()
        poison_seqs.append(plant(server, owner.shop_id, m.CARD, card_id, {"id": card_id, "customer_id": None, "code": "ABCDEFGHJKMN01", "issued_at": utc_now()}))
        elena = records.new_id()
        other.pushed([records.customer(elena, records.at(), name="Elena Fabbri", phone="+393471112233",
                                       tags=["vip", "celiaca"]), records.points(elena, 40)])
        owner.owner.post(f"{m.API}/owner/products", json={"products": [
            {"sku": "PAN001", "name": "Pane di Altamura", "price": 420, "vat_rate": 400,
             "barcode": shop.barcodes["bread"]}]}).raise_for_status()
        last = other.changes(after=0, limit=1000).changes[-1].seq

        till = Till(shop.engine, shop.users["Anna"])
        till.open_shift(0)
        till.scan(shop.barcodes["wine"])
        till.pay([Tender(CASH, till.cart.totals().total)])

        report = client.sync_once()
        assert report.sent >= 1 and not report.rejected  # its own sale went up
        assert owner.totals()["count"] == 1
        with read_session(shop.engine) as session:
            assert session.get(Setting, CURSOR_KEY).value == last  # the cursor moved past the poison
            aside = set_aside_records(session)
            assert customers.customer_by_id(session, elena).name == "Elena Fabbri"
            tags = session.connection().exec_driver_sql("SELECT tags FROM customer WHERE id = ?", (elena,)).scalar()
        assert aside.count == 4
        assert [r["seq"] for r in aside.records] == poison_seqs
        reasons = [r["reason"] for r in aside.records]
        assert "phone" in reasons[0] and "birthday" in reasons[1] and "notes" in reasons[2] and "customer_id" in reasons[3]
        assert tags is not None and {"vip", "celiaca"} <= set(json.loads(tags))  # tags sync now
        till.scan(shop.barcodes["bread"])
        assert till.cart.lines[-1].unit_price == 420  # the new price arrived
        assert client.sync_once().pulled == 0  # and the poison is not pulled again
    finally:
        client.close()


def test_the_sync_worker_outlives_an_unexpected_error(server, make_shop, shop, monkeypatch):
    """Any exception in a sync is reported and retried with backoff; the worker thread never dies of it."""
    owner = make_shop("Macelleria Rossi")
    code = owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"]
    client = SyncClient(shop.engine, enrol(shop.engine, server.url, code, "Cassa 1"))
    real_sync, calls, errors, reports = client.sync_once, [], [], []

    def flaky():
        calls.append(1)
        if len(calls) <= 2:
            raise AttributeError("'int' object has no attribute 'startswith'")  # what the poison phone raised
        return real_sync()

    monkeypatch.setattr(client, "sync_once", flaky)
    monkeypatch.setattr("shop.sync_client.backoff_delay", lambda failures: 0)
    stop = threading.Event()

    def reported(report):
        reports.append(report)
        stop.set()

    def broken_listener(exc):
        errors.append(exc)
        raise RuntimeError("a listener that fails too")

    worker = threading.Thread(target=client.run, args=(stop,), kwargs={"interval_s": 0, "on_report": reported,
                                                                      "on_error": broken_listener})
    worker.start()
    worker.join(60)
    client.close()
    assert not worker.is_alive()
    assert [type(e).__name__ for e in errors] == ["AttributeError", "AttributeError"]
    assert len(reports) == 1 and len(calls) == 3


def test_a_record_too_large_for_the_server_stays_waiting_and_the_rest_goes_up(server, make_shop, shop, monkeypatch):
    """Past the server's body limit a batch shrinks; a single record still too large is reported, the others are sent."""
    owner = make_shop("Macelleria Rossi")
    code = owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"]
    client = SyncClient(shop.engine, enrol(shop.engine, server.url, code, "Cassa 1"))
    monkeypatch.setattr(m, "PUSH_TARGET_BYTES", m.MAX_BODY_BYTES * 4)  # as if the server's limit were lower than the till thinks
    try:
        with write_session(shop.engine) as session:
            first = customers.register_customer(session, "IT", "Anna Rota").id
            session.connection().exec_driver_sql(
                "INSERT INTO outbox (record_type, record_id, payload, created_at) VALUES ('z_report', 'z1', ?, ?)",
                ('{"till_id": "T1", "z_number": 1, "data": {"blob": "' + "x" * (m.MAX_BODY_BYTES + 10) + '"}}', utc_now()))
            last = customers.register_customer(session, "IT", "Bruno Sala").id
        report = client.sync_once()
        assert [(r.id, r.detail) for r in report.rejected] == [("z1", "too large")]
        assert report.sent == 2
        names = {c.data.get("name") for c in owner.enrol("Cassa 2").changes(kinds="customer").changes}
        assert names == {"Anna Rota", "Bruno Sala"} and first and last
    finally:
        client.close()


def test_a_bad_field_stored_before_the_checks_is_dropped_by_the_next_edit(server, make_shop):
    """A customer stored with a numeric phone: the next valid edit merges without it, so tills can take her again."""
    from server.models import Customer
    from syncwire.validate import check_change

    owner = make_shop("Macelleria Rossi")
    till = owner.enrol("Cassa 1")
    customer_id = records.new_id()
    with server_write(server.engine) as session:
        session.add(Customer(shop_id=owner.shop_id, id=customer_id, data={"id": customer_id, "name": "P", "phone": 3331234567},
                             clocks={"name": "2026-01-01T00:00:00+00:00", "phone": "2026-01-01T00:00:00+00:00"}))
    till.pushed([records.customer(customer_id, records.at(), name="Paola Neri")])
    change = till.changes(kinds="customer").changes[-1]
    check_change(change)  # every till can take it now
    assert change.data["name"] == "Paola Neri" and "phone" not in change.data
