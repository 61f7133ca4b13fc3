"""Feedback notes and follow-ups travel between two tills through the real server (SQLite and PostgreSQL), resolved once."""
from datetime import date

from db.engine import read_session, write_session
from db.models import FeedbackNote, FollowUp
from shop import feedback
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from syncwire import messages as m

TODAY = date(2026, 12, 5)


def two_clients(server, make_shop, shop, second_till_db):
    owner = make_shop("Forno Bianchi")
    codes = [owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"] for _ in range(2)]
    return [SyncClient(engine, enrol(engine, server.url, code, name))
            for engine, code, name in ((shop.engine, codes[0], "Cassa 1"), (second_till_db, codes[1], "Cassa 2"))]


def test_note_and_task_reach_the_other_till_and_resolution_comes_back(server, make_shop, shop, second_till_db):
    """Till 1's complaint and Marco's task show at till 2; till 2 resolves and finishes them; till 1 ends the same."""
    one, two = two_clients(server, make_shop, shop, second_till_db)
    try:
        with write_session(shop.engine) as session:
            note = feedback.take_note(session, "complaint", "Stale bread", shop.users["Anna"], product_id=shop.products["bread"].id)
            task = feedback.add_follow_up(session, "Call Mrs Rinaldi when the gluten-free bread arrives", TODAY,
                                          shop.users["Marco"], shop.users["Anna"], "high", feedback_id=note.id)
        assert not one.sync_once().rejected
        assert not two.sync_once().rejected
        with read_session(second_till_db) as session:
            there = feedback.notes(session, status="open")
            due = feedback.due_for(session, shop.users["Marco"], TODAY)
        assert [(r.note.id, r.note.text, r.product_name) for r in there] == [(note.id, "Stale bread", "Pane di Altamura")]
        assert [(t.id, t.priority, t.feedback_id) for t in due] == [(task.id, "high", note.id)]
        with write_session(second_till_db) as session:
            feedback.resolve_note(session, note.id, shop.users["Marco"])
            feedback.finish_follow_up(session, task.id, shop.users["Marco"])
        assert not two.sync_once().rejected
        assert not one.sync_once().rejected
        with read_session(shop.engine) as session:
            mine = session.get(FeedbackNote, note.id)
            done = session.get(FollowUp, task.id)
        assert (mine.status, mine.resolved_by, done.done_by) == ("resolved", "Marco", "Marco")
        assert done.done_at is not None
    finally:
        for client in (one, two):
            client.close()


def test_both_tills_resolve_offline_and_the_first_to_arrive_stays(server, make_shop, shop, second_till_db):
    """Resolved at both tills while apart: the server keeps the first resolution it hears, and both tills end with it."""
    one, two = two_clients(server, make_shop, shop, second_till_db)
    try:
        with write_session(shop.engine) as session:
            note = feedback.take_note(session, "request", "Oat milk please", shop.users["Anna"])
        one.sync_once()
        two.sync_once()
        with write_session(shop.engine) as session:
            feedback.resolve_note(session, note.id, shop.users["Anna"])
        with write_session(second_till_db) as session:
            feedback.resolve_note(session, note.id, shop.users["Giulia"])
        for client in (two, one, two, one):
            assert not client.sync_once().rejected
        resolvers = []
        for engine in (shop.engine, second_till_db):
            with read_session(engine) as session:
                resolvers.append(session.get(FeedbackNote, note.id).resolved_by)
        changes = [c for c in two.http.get(f"{server.url}{m.API}/changes", params={"kinds": m.FEEDBACK}).json()["changes"]]
        assert changes[-1]["data"]["resolved_by"] == "Giulia"
        assert resolvers == ["Giulia", "Giulia"]  # till 2 pushed first; till 1 takes the server's word over its own
    finally:
        for client in (one, two):
            client.close()


def test_a_till_cannot_push_an_nps_answer(till_one):
    """NPS answers are born on the customer's page: a till's push of one is refused as a conflict."""
    result = till_one.pushed([{"kind": m.NPS, "id": "n1", "payload": {"id": "n1", "score": 10, "answered_at": "2026-12-05T10:00:00+00:00"}}])
    assert [r.reason for r in result.rejected] == [m.CONFLICT]
