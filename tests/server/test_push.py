"""Push: a batch sent twice changes nothing the second time; bad records are refused one by one."""
from sqlalchemy import func
from sqlmodel import select

from server.database import read_session
from server.models import Change, PointsEntry, Sale
from syncwire import messages as m
from tests.server import records


def shop_counts(server, shop_id: str) -> dict:
    with read_session(server.engine) as session:
        return {t.__name__: session.exec(select(func.count()).select_from(t).where(t.shop_id == shop_id)).one()
                for t in (Sale, PointsEntry, Change)}


def test_a_batch_pushed_twice_is_stored_once(server, shop_one, till_one):
    """The retry after a lost answer finds every record there: nothing doubled, no new change numbers."""
    customer_id = records.new_id()
    batch = [records.sale(1234, seq=1, customer_id=customer_id), records.sale(-250, seq=2, kind="refund"),
             records.points(customer_id, 12), records.customer(customer_id, records.at(), name="Luca Verdi"),
             records.card(customer_id, "ABCDEFGHJKMN01")]
    first = till_one.pushed(batch)
    assert [a.outcome for a in first.accepted] == [m.STORED] * 5 and first.rejected == []
    after_first = shop_counts(server, shop_one.shop_id)
    second = till_one.pushed(batch)
    assert [a.outcome for a in second.accepted] == [m.ALREADY_STORED, m.ALREADY_STORED, m.ALREADY_STORED, m.UNCHANGED, m.ALREADY_STORED]
    assert shop_counts(server, shop_one.shop_id) == after_first == {"Sale": 2, "PointsEntry": 1, "Change": 5}
    assert shop_one.totals()["total"] == 984


def test_the_same_ledger_event_from_two_tills_counts_once(server, shop_one, till_one):
    """Two tills that both granted the birthday points offline (same key) add them once."""
    other = shop_one.enrol("Till 2")
    customer_id = records.new_id()
    key = f"birthday:{customer_id}:2026"
    assert till_one.pushed([records.points(customer_id, 200, key=key, kind="birthday")]).accepted[0].outcome == m.STORED
    assert other.pushed([records.points(customer_id, 200, key=key, kind="birthday")]).accepted[0].outcome == m.ALREADY_STORED
    with read_session(server.engine) as session:
        total = session.exec(select(func.sum(PointsEntry.points)).where(
            PointsEntry.shop_id == shop_one.shop_id, PointsEntry.customer_id == customer_id)).one()
    assert total == 200


def test_bad_records_are_rejected_with_reasons_and_the_rest_is_stored(server, shop_one, till_one):
    """Unknown kind, a payload that is not a sale, and a different sale under a taken id: refused, each with its reason."""
    good = records.sale(700)
    till_one.pushed([good])
    changed = {**good, "payload": {**good["payload"], "sale": {**good["payload"]["sale"], "total": 1}}}
    broken = records.sale(100)
    broken["payload"]["sale"]["total"] = "100"
    fine = records.sale(300, seq=2)
    result = till_one.pushed([{"kind": "teleport", "id": "x", "payload": {}}, broken, changed, fine])
    reasons = {r.id: r.reason for r in result.rejected}
    assert reasons == {"x": m.UNKNOWN_KIND, broken["id"]: m.INVALID, good["id"]: m.CONFLICT}
    assert [a.id for a in result.accepted] == [fine["id"]]
    totals = shop_one.totals()
    assert (totals["count"], totals["total"]) == (2, 1000)


def test_a_card_code_taken_in_another_shop_is_a_conflict(server, make_shop):
    """Card codes are unique across shops (the /c/ page finds the shop by code): the second is refused."""
    till_a, till_b = make_shop("Alfa").enrol("A"), make_shop("Beta").enrol("B")
    code = "QRSTVWXYZ01234"
    assert till_a.pushed([records.card(records.new_id(), code)]).accepted
    result = till_b.pushed([records.card(records.new_id(), code)])
    assert result.accepted == [] and result.rejected[0].reason == m.CONFLICT


def test_a_revoked_card_stays_revoked(server, shop_one, till_one):
    """A revocation is merged in; an older copy without it arriving later does not revive the card."""
    customer_id, card_id = records.new_id(), records.new_id()
    live = records.card(customer_id, "0123456789ABCD", card_id=card_id)
    revoked = records.card(customer_id, "0123456789ABCD", revoked_at=records.at(), card_id=card_id)
    outcomes = [till_one.pushed([r]).accepted[0].outcome for r in (live, revoked, live)]
    assert outcomes == [m.STORED, m.MERGED, m.ALREADY_STORED]
    cards = [c.data for c in till_one.changes(kinds="loyalty_card").changes]
    assert cards[-1]["revoked_at"] is not None


def test_a_record_the_database_refuses_rejects_only_itself(server, shop_one, till_one):
    """A NUL byte PostgreSQL cannot store fails that record alone; the batch around it is stored, once."""
    odd = records.reservation(records.new_id(), "open", records.at(), customer_id="bad\x00id")
    batch = [records.sale(111, seq=1), odd, records.sale(222, seq=2)]
    result = till_one.pushed(batch)
    stored = {a.id for a in result.accepted}
    assert {batch[0]["id"], batch[2]["id"]} <= stored
    # Refused at the door on both databases (issue 10): what one server cannot store, no server takes.
    assert [(r.id, r.reason) for r in result.rejected] == [(odd["id"], m.INVALID)]
    assert shop_one.totals()["total"] == 333
    assert [c.id for c in till_one.changes(kinds="sale").changes] == [batch[0]["id"], batch[2]["id"]]


def test_a_till_cannot_push_the_owners_catalogue_or_settings(server, shop_one, till_one):
    """Products and shared settings come from the owner's import; a till's copy is refused and nothing is written."""
    before = shop_counts(server, shop_one.shop_id)
    product = {"kind": m.PRODUCT, "id": records.new_id(),
               "payload": {"sku": "PANE1", "name": "Pane", "price": 1, "hlc": "9999999999999-0000-T1"}}
    setting = {"kind": m.SETTING, "id": "shop", "payload": {"shop_name": "Hijacked"}}
    result = till_one.pushed([product, setting])
    assert result.accepted == []
    assert {(r.kind, r.reason) for r in result.rejected} == {(m.PRODUCT, m.OWNER_SIGN_IN), (m.SETTING, m.OWNER_SIGN_IN)}
    assert all("owner" in r.detail for r in result.rejected)
    assert shop_counts(server, shop_one.shop_id) == before
