"""Conflicts: customer fields by hybrid logical clock, clocks far ahead refused, reservations by state."""
import pytest

from server.merge import MAX_AHEAD_MS, ClockAhead, merge_customer, reservation_wins
from syncwire import hlc
from syncwire import messages as m
from tests.server import records

NOW = 1_800_000_000_000


def stamp(ms: int, counter: int = 0, node: str = "T1") -> str:
    return str(hlc.Stamp(ms, counter, node))


def test_stamps_sort_as_text_as_they_compare():
    """The text form orders like the tuple, so the database and Python agree on the winner."""
    stamps = [hlc.Stamp(5, 2, "B"), hlc.Stamp(5, 10, "A"), hlc.Stamp(40, 0, "A"), hlc.Stamp(5, 2, "A")]
    assert sorted(stamps) == [hlc.parse(s) for s in sorted(str(s) for s in stamps)]
    assert hlc.parse("2026-11-23T10:00:00+00:00") == hlc.Stamp(1795428000000, 0, "")


def test_fields_merge_independently_by_stamp():
    """Two tills edit different fields offline: both edits survive, whatever order they arrive in."""
    base = {"id": "c", "name": "Maria", "phone": "+391", "hlc": stamp(NOW - 9000)}
    phone_edit = {"id": "c", "phone": "+392", "hlc": stamp(NOW - 2000, node="T2")}
    name_edit = {"id": "c", "name": "Maria Rosa", "hlc": stamp(NOW - 1000, node="T1")}
    results = []
    for order in ((phone_edit, name_edit), (name_edit, phone_edit)):
        merged = merge_customer({}, {}, base, "T1", NOW)
        for edit in order:
            merged = merge_customer(merged.data, merged.clocks, edit, "T9", NOW)
        results.append(merged.data)
    assert results[0] == results[1] == {"id": "c", "name": "Maria Rosa", "phone": "+392"}


def test_a_stamp_far_ahead_is_refused_and_changes_nothing():
    """A clock a day ahead would win every field for a day: refused instead."""
    ahead = {"id": "c", "name": "Wrong", "hlc": stamp(NOW + 24 * 3600 * 1000)}
    with pytest.raises(ClockAhead):
        merge_customer({"id": "c", "name": "Right"}, {"name": stamp(NOW)}, ahead, "T1", NOW)
    near = {"id": "c", "name": "Fine", "hlc": stamp(NOW + MAX_AHEAD_MS - 1)}
    assert merge_customer({}, {}, near, "T1", NOW).data["name"] == "Fine"


def test_erasure_is_final():
    """After an erasure, even a newer edit from an offline till does not bring the person back."""
    erased = merge_customer({}, {}, {"id": "c", "name": "Erased", "phone": None, "erased_at": "2026-01-02", "hlc": stamp(NOW - 5000)}, "T1", NOW)
    later = merge_customer(erased.data, erased.clocks, {"id": "c", "phone": "+393", "hlc": stamp(NOW)}, "T2", NOW)
    assert later.data["phone"] is None and not later.changed


def test_pickup_beats_cancel_whatever_the_clocks():
    """A reservation picked up at one till and cancelled later at another stays picked up."""
    assert reservation_wins({"status": "cancelled"}, {"status": "picked_up"}, stamp(NOW), stamp(NOW - 1000))
    assert not reservation_wins({"status": "picked_up"}, {"status": "cancelled"}, stamp(NOW - 1000), stamp(NOW))
    assert not reservation_wins({"status": "ready"}, {"status": "open"}, stamp(NOW - 1000), stamp(NOW))
    assert reservation_wins({"status": "open"}, {"status": "open"}, stamp(NOW - 1000), stamp(NOW))


def test_customer_edits_from_two_tills_merge_over_http(server, shop_one, till_one):
    """Each till's field edit survives; the till with a clock a day behind loses only where it is older."""
    other = shop_one.enrol("Till 2")
    customer_id = records.new_id()
    till_one.pushed([records.customer(customer_id, records.at(minutes_ago=30), name="Giorgio Blu", phone="+393331112222", notes="")])
    other.pushed([records.customer(customer_id, records.at(minutes_ago=1), phone="+393339998888")])
    lagging = till_one.pushed([records.customer(customer_id, records.at(days_ago=1), phone="+390000000000", email="g@blu.it")])
    assert lagging.accepted[0].outcome == m.MERGED  # only the e-mail, which nobody had set since
    latest = [c.data for c in other.changes(kinds="customer").changes][-1]
    assert (latest["name"], latest["phone"], latest["email"]) == ("Giorgio Blu", "+393339998888", "g@blu.it")


def test_a_till_clock_a_day_ahead_is_refused_over_http(server, shop_one, till_one):
    """The record is rejected with clock_ahead and the stored customer is untouched."""
    customer_id = records.new_id()
    till_one.pushed([records.customer(customer_id, records.at(), name="Sara Gialli")])
    result = till_one.pushed([records.customer(customer_id, records.at(days_ago=-1), name="Future Sara")])
    assert result.accepted == [] and result.rejected[0].reason == m.CLOCK_AHEAD
    names = [c.data["name"] for c in till_one.changes(kinds="customer").changes]
    assert names == ["Sara Gialli"]


def test_reservation_state_machine_over_http(server, shop_one, till_one):
    """Pickup pushed first, an older-looking cancel afterwards: the feed keeps picked_up."""
    other = shop_one.enrol("Till 2")
    rid = records.new_id()
    till_one.pushed([records.reservation(rid, "open", records.at(minutes_ago=60))])
    other.pushed([records.reservation(rid, "picked_up", records.at(minutes_ago=10))])
    result = till_one.pushed([records.reservation(rid, "cancelled", records.at(minutes_ago=1))])
    assert result.accepted[0].outcome == m.UNCHANGED
    statuses = [c.data["status"] for c in other.changes(kinds="reservation").changes]
    assert statuses == ["open", "picked_up"]
