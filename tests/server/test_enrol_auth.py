"""Enrolment and the walls between tills and shops: every refused request writes nothing."""
import httpx
from sqlalchemy import func
from sqlmodel import select

from server.database import read_session, write_session
from server.models import Change, Customer, EnrolmentCode, Sale, Till
from server.shops import canonical_code, hash_secret
from syncwire import messages as m
from tests.server import records


def counts(server) -> tuple[int, int, int]:
    with read_session(server.engine) as session:
        return tuple(session.exec(select(func.count()).select_from(t)).one() for t in (Sale, Customer, Change))


def test_enrolment_gives_a_till_its_own_token_and_the_server_keeps_only_its_hash(server, shop_one):
    """A code enrols one till; its token works, and neither token nor code is stored in clear."""
    till = shop_one.enrol("Till 1")
    me = till.http.get(f"{m.API}/me").raise_for_status().json()
    assert me["shop_id"] == shop_one.shop_id and me["till_name"] == "Till 1"
    with read_session(server.engine) as session:
        row = session.get(Till, till.enrolled.till_id)
    assert row.token_hash != till.enrolled.device_token and len(row.token_hash) == 64
    assert till.enrolled.device_token not in row.token_hash


def test_an_enrolment_code_works_once(server, shop_one):
    """The second till to use the same code is refused; a made-up code is refused too."""
    code = shop_one.owner.post(f"{m.API}/owner/enrolment-codes").raise_for_status().json()["code"]
    with httpx.Client(base_url=server.url) as anonymous:
        first = anonymous.post(f"{m.API}/enrol", json={"code": code.lower(), "till_name": "A"})
        second = anonymous.post(f"{m.API}/enrol", json={"code": code, "till_name": "B"})
        made_up = anonymous.post(f"{m.API}/enrol", json={"code": "0000-0000-0000", "till_name": "C"})
    assert first.status_code == 200
    assert second.status_code == 403 and made_up.status_code == 403


def test_push_without_a_token_is_refused_and_writes_nothing(server, till_one):
    """No Authorization header, or a token nobody was given: 401, nothing stored."""
    before = counts(server)
    with httpx.Client(base_url=server.url) as anonymous:
        bare = anonymous.post(f"{m.API}/push", json={"records": [records.sale(500)]})
        wrong = anonymous.post(f"{m.API}/push", json={"records": [records.sale(500)]}, headers={"Authorization": "Bearer nope"})
        pull = anonymous.get(f"{m.API}/changes")
    assert (bare.status_code, wrong.status_code, pull.status_code) == (401, 401, 401)
    assert counts(server) == before


def test_a_revoked_token_is_refused_and_writes_nothing(server, shop_one, till_one):
    """After the owner revokes a till its token can neither push nor pull; other tills go on."""
    other = shop_one.enrol("Till 2")
    assert till_one.pushed([records.sale(100)]).accepted
    shop_one.owner.post(f"{m.API}/owner/tills/{till_one.enrolled.till_id}/revoke").raise_for_status()
    before = counts(server)
    assert till_one.push([records.sale(200)]).status_code == 401
    assert till_one.http.get(f"{m.API}/changes").status_code == 401
    assert counts(server) == before
    assert other.pushed([records.sale(300)]).accepted
    listed = {t["id"]: t["revoked_at"] for t in shop_one.owner.get(f"{m.API}/owner/tills").json()}
    assert listed[till_one.enrolled.till_id] is not None and listed[other.enrolled.till_id] is None


def test_a_forged_shop_id_is_refused_and_writes_nothing(server, make_shop, till_one):
    """A till naming another shop in its batch gets 403 and nothing of the batch is stored."""
    victim = make_shop("Vittima")
    before = counts(server)
    response = till_one.push([records.sale(999), records.customer(records.new_id(), records.at(), name="X")], shop_id=victim.shop_id)
    assert response.status_code == 403
    assert counts(server) == before
    assert victim.totals()["count"] == 0


def test_another_shops_token_cannot_touch_this_shops_data(server, make_shop):
    """Shop B's till pushing shop A's customer id edits only a row of shop B; A neither changes nor leaks."""
    shop_a, shop_b = make_shop("Alfa"), make_shop("Beta")
    till_a, till_b = shop_a.enrol("A1"), shop_b.enrol("B1")
    customer_id = records.new_id()
    till_a.pushed([records.customer(customer_id, records.at(minutes_ago=5), name="Maria Rossi", phone="+393471234567")])
    till_b.pushed([records.customer(customer_id, records.at(), name="Hacked")])
    with read_session(server.engine) as session:
        assert session.get(Customer, (shop_a.shop_id, customer_id)).data["name"] == "Maria Rossi"
    seen_by_b = [c.data for c in till_b.changes().changes]
    assert all(d.get("name") != "Maria Rossi" for d in seen_by_b)
    assert [c.data["name"] for c in till_a.changes().changes if c.kind == "customer"] == ["Maria Rossi"]


def test_owner_endpoints_need_the_owner_token_of_that_shop(server, make_shop, till_one, shop_one):
    """A device token is no owner token; one owner cannot revoke another shop's till."""
    assert till_one.http.get(f"{m.API}/owner/totals").status_code == 401
    assert till_one.http.post(f"{m.API}/owner/enrolment-codes").status_code == 401
    stranger = make_shop("Altro")
    assert stranger.owner.post(f"{m.API}/owner/tills/{till_one.enrolled.till_id}/revoke").status_code == 404
    assert till_one.http.get(f"{m.API}/me").status_code == 200


def test_an_expired_enrolment_code_is_refused(server, shop_one):
    """A code older than its day of validity enrols nothing."""
    code = shop_one.owner.post(f"{m.API}/owner/enrolment-codes").raise_for_status().json()["code"]
    with write_session(server.engine) as session:
        row = session.get(EnrolmentCode, hash_secret(canonical_code(code)))
        row.expires_at = "2000-01-01T00:00:00+00:00"
        session.add(row)
    with httpx.Client(base_url=server.url) as anonymous:
        assert anonymous.post(f"{m.API}/enrol", json={"code": code, "till_name": "Late"}).status_code == 403
    assert shop_one.owner.get(f"{m.API}/owner/tills").json() == []
