"""Issue 10, the server's door: every poison record and oversized request is refused with its reason,
never stored, never sent to another till, and never spoils the good records pushed with it."""
import json
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func
from sqlmodel import select

from server.database import read_session
from server.models import Change, Customer, PointsEntry, Record, Sale
from syncwire import messages as m
from tests.server import records

POISONS = {
    "phone as a number": {"name": "P", "phone": 3331234567},
    "birthday not a date": {"name": "P", "birthday": "not a date"},
    "birthday as a number": {"name": "P", "birthday": 19800101},
    "name as a list": {"name": ["P"]},
    "a note past its limit": {"name": "P", "notes": "x" * 2001},
    "consent as text": {"name": "P", "consent_sms": "yes"},
    "a field no till knows": {"name": "P", "shoe_size": 43},
    "tags not a list": {"name": "P", "tags": "vip"},
    "an e-mail without an at": {"name": "P", "email": "nobody"},
    "a stamp in the year 9999": {"name": "P", "clocks": {"name": "9999-12-31T00:00:00+00:00"}},
}


def stored(server, shop_id: str) -> dict:
    """What the shop has on the server, by table, and every change number it was given."""
    with read_session(server.engine) as session:
        counts = {t.__name__: session.exec(select(func.count()).select_from(t).where(t.shop_id == shop_id)).one()
                  for t in (Sale, PointsEntry, Customer, Record, Change)}
    return counts


@pytest.mark.parametrize("poison", POISONS.values(), ids=POISONS.keys())
def test_a_poison_customer_is_refused_with_its_reason_and_never_reaches_another_till(server, shop_one, till_one, poison):
    """The record is rejected as invalid with the field that is wrong; nothing stored, no change numbered."""
    other = shop_one.enrol("Till 2")
    before = stored(server, shop_one.shop_id)
    bad = records.customer(records.new_id(), records.at(), **poison)
    good = records.customer(records.new_id(), records.at(), name="Luca Verdi", phone="+393471234567")
    result = till_one.pushed([bad, good])
    assert [(r.id, r.reason) for r in result.rejected] == [(bad["id"], m.INVALID)]
    field = next(iter(k for k in poison if k != "name"), "name")
    assert field in result.rejected[0].detail
    assert [(a.id, a.outcome) for a in result.accepted] == [(good["id"], m.STORED)]
    assert stored(server, shop_one.shop_id)["Customer"] == before["Customer"] + 1
    assert [c.id for c in other.changes(kinds="customer").changes] == [good["id"]]


def test_a_sale_dated_9999_in_rome_is_refused_alone_and_the_batch_is_stored_once(server, shop_one, till_one):
    """The year-9999 sale was a 500 that rolled back its whole batch forever; now it is refused on its own."""
    customer_id = records.new_id()
    future = records.sale(999, seq=2, completed_at="9999-12-31T23:30:00+00:00")
    batch = [records.sale(1250, seq=1, customer_id=customer_id), future, records.points(customer_id, 12),
             records.customer(customer_id, records.at(), name="Sara Neri"), records.sale(300, seq=3)]
    for _ in range(2):  # the till sends it again (the answer was lost): nothing doubles
        result = till_one.pushed(batch)
        assert [(r.id, r.reason) for r in result.rejected] == [(future["id"], m.INVALID)]
        assert "completed_at" in result.rejected[0].detail
        assert len(result.accepted) == 4
    totals = shop_one.totals()
    assert (totals["count"], totals["total"]) == (2, 1550)
    counts = stored(server, shop_one.shop_id)
    assert (counts["Sale"], counts["PointsEntry"], counts["Customer"], counts["Change"]) == (2, 1, 1, 4)


def test_each_kind_refuses_a_broken_payload(server, shop_one, till_one):
    """Cards, points, reservations, coupons, consents and sales check their own fields."""
    customer_id = records.new_id()
    card = records.card(customer_id, "ABCDEFGHJKMN01")
    card["payload"]["issued_at"] = "yesterday"
    points = records.points(customer_id, 10)
    points["payload"]["points"] = 10.5
    reservation = records.reservation(records.new_id(), "stolen", records.at(), customer_id=customer_id)
    coupon_id = records.new_id()
    coupon = {"kind": m.COUPON, "id": coupon_id, "payload": {"id": coupon_id, "code": "X1", "kind": "bogus", "value": 5}}
    consent_id = records.new_id()
    consent = {"kind": m.CONSENT, "id": consent_id, "payload": {"id": consent_id, "customer_id": customer_id,
                                                               "channel": "pigeon", "granted": True, "at": records.at()}}
    sale = records.sale(100)
    sale["payload"]["lines"][0]["total"] = 10**20
    other_id = records.sale(100)
    other_id["payload"]["sale"]["id"] = records.new_id()
    result = till_one.pushed([card, points, reservation, coupon, consent, sale, other_id])
    assert result.accepted == []
    details = {r.kind: r.detail for r in result.rejected}
    assert len(result.rejected) == 7 and {r.reason for r in result.rejected} == {m.INVALID}
    assert "issued_at" in details[m.CARD] and "points" in details[m.POINTS] and "status" in details[m.RESERVATION]
    assert "kind" in details[m.COUPON] and "channel" in details[m.CONSENT]
    assert stored(server, shop_one.shop_id)["Change"] == 0


def test_a_50_mb_note_inside_the_body_limit_is_refused_and_never_distributed(server, shop_one, till_one):
    """A note of several megabytes (under the body limit) is that record's refusal; no till ever pulls it."""
    other = shop_one.enrol("Till 2")
    bad = records.customer(records.new_id(), records.at(), name="P", notes="n" * (m.MAX_BODY_BYTES // 2))
    result = till_one.pushed([bad])
    assert [r.reason for r in result.rejected] == [m.INVALID] and "notes" in result.rejected[0].detail
    assert other.changes().changes == []


def test_cursor_and_page_size_out_of_range_are_422_not_500(server, till_one):
    """/changes?after=10^20 was a 500 (the database's integer overflowed); every bad number is a 422 now."""
    for params in ({"after": "99999999999999999999"}, {"after": -1}, {"after": "1e3"}, {"limit": 10**30}, {"limit": 0}):
        answer = till_one.http.get(f"{m.API}/changes", params=params)
        assert answer.status_code == 422, params
    assert till_one.http.get(f"{m.API}/changes", params={"after": m.MAX_SEQ}).json()["changes"] == []


def _rss_bytes() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096


def test_a_50_mb_push_is_refused_early_with_413_and_memory_stays_flat(server, till_one):
    """The body is counted as it streams in and refused past the limit; the server never holds it."""
    size = 50 * 1024 * 1024
    chunk = b" " * 65536

    def body():
        yield b'{"records": ['
        for _ in range(size // len(chunk)):
            yield chunk

    baseline, peak, done = _rss_bytes(), [0], threading.Event()

    def sample():
        while not done.wait(0.005):
            peak[0] = max(peak[0], _rss_bytes())

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        for headers in ({"Content-Length": str(size + 13)}, {}):  # declared, and chunked with no length
            answer = till_one.http.post(f"{m.API}/push", content=body(), headers={**headers, "Content-Type": "application/json"})
            assert answer.status_code == 413
    finally:
        done.set()
        sampler.join()
    assert peak[0] - baseline < 20 * 1024 * 1024
    assert till_one.pushed([records.sale(100)]).accepted  # and the server goes on serving


def test_a_loyalty_programme_the_tills_could_not_run_is_refused_with_the_field(server, shop_one, till_one):
    """A tier lacking min_spend was stored and made every sale with a customer raise; now it is a 422."""
    url = f"{m.API}/owner/settings/loyalty"
    good = {"tiers": [{"name": "Bronze", "min_spend": 0, "earn_bp": 10000}], "spend_per_point": 100}
    assert shop_one.owner.put(url, json=good).status_code == 200
    for bad, field in (({"tiers": [{"name": "Gold", "earn_bp": 15000}]}, "min_spend"),
                       ({"tiers": [{"name": "Gold", "min_spend": "lots", "earn_bp": 1}]}, "min_spend"),
                       ({"tiers": "gold"}, "tiers"), ({"birthday_reward": "cake"}, "birthday_reward"),
                       ({"spend_per_point": 0}, "spend_per_point"),
                       ({"category_multipliers": {"Vini": -5}}, "category_multipliers"),
                       ({"tiers": [{"name": "A", "min_spend": 0, "earn_bp": 1}, {"name": "A", "min_spend": 5, "earn_bp": 1}]}, "tiers")):
        answer = shop_one.owner.put(url, json=bad)
        assert answer.status_code == 422, bad
        assert field in json.dumps(answer.json()), (bad, answer.json())
    bad_shop = shop_one.owner.put(f"{m.API}/owner/settings/shop", json={"variable_measure_prefixes": {"2": "gold"}})
    assert bad_shop.status_code == 422
    settings = [c.data for c in till_one.changes(kinds="setting").changes]
    assert [s["value"] for s in settings] == [good]


def test_a_push_batch_cannot_be_oversized_by_kind_or_id(server, till_one):
    """An absurd kind or id is refused by the batch's own schema (422), not stored or crashed on."""
    assert till_one.push([{"kind": "k" * 1000, "id": "x", "payload": {}}]).status_code == 422
    assert till_one.push([{"kind": m.SALE, "id": "x" * 1000, "payload": {}}]).status_code == 422


def test_text_the_database_cannot_hold_is_a_typed_answer_not_a_500(server, shop_one):
    """NUL characters and non-dates in parameters, paths and bodies (PostgreSQL refuses NUL) get 4xx answers."""
    owner = shop_one.owner
    assert owner.get(f"{m.API}/owner/totals", params={"from": "\x00N"}).status_code == 422
    assert owner.get(f"{m.API}/owner/sales.csv", params={"to": "yesterday"}).status_code == 422
    assert owner.post(f"{m.API}/owner/tills/a%00b/revoke").status_code in (404, 422)
    assert httpx.post(f"{server.url}{m.API}/enrol", json={"code": "a\x00b", "till_name": "T"}).status_code in (403, 422)
    assert httpx.get(f"{server.url}/c/AB%00CD").status_code in (404, 422)


def test_the_card_page_survives_a_tier_stored_before_the_checks(server, shop_one, till_one):
    """A loyalty setting stored whole before issue 10 with a tier lacking min_spend: the page skips it, no 500."""
    from server.database import write_session
    from tests.server.test_loyalty_page import setup_customer

    _, code = setup_customer(shop_one, till_one)
    with write_session(server.engine) as session:
        row = session.get(Record, (shop_one.shop_id, m.SETTING, "loyalty"))
        value = dict(row.data["value"], tiers=[{"name": "Oro", "earn_bp": 1}, *row.data["value"]["tiers"]])
        row.data = {**row.data, "value": value}
        session.add(row)
    page = httpx.get(f"{server.url}/c/{code}")
    assert page.status_code == 200 and "Argento" in page.text
