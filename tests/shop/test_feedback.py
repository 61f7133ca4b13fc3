"""Feedback notes and follow-ups: kept, listed, resolved once, queued for the other tills, and per product beside the returns."""
from datetime import date, timedelta

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import FeedbackNote, FollowUp, Outbox
from shop import feedback
from shop.feedback import FeedbackInvalid, FeedbackNotFound
from shop.sales import CASH, Tender
from syncwire import messages as m
from syncwire.validate import check_record

TODAY = date(2026, 12, 5)


def test_note_is_kept_and_queued_with_its_links(shop):
    """A complaint about a product from a customer is stored open and its outbox row passes the wire's checks."""
    anna = shop.users["Anna"]
    with write_session(shop.engine) as session:
        note = feedback.take_note(session, "complaint", "  Bread was stale  ", anna, product_id=shop.products["bread"].id)
    with read_session(shop.engine) as session:
        stored = session.get(FeedbackNote, note.id)
        queued = session.exec(select(Outbox).where(Outbox.record_id == note.id)).one()
    assert (stored.text, stored.status, stored.author_name, stored.product_id) == ("Bread was stale", "open", "Anna", shop.products["bread"].id)
    assert queued.record_type == m.FEEDBACK
    check_record(m.FEEDBACK, note.id, queued.payload)


@pytest.mark.parametrize("category, text, field", [("complaint", "   ", "text"), ("rant", "too loud", "category"),
                                                   ("request", "x" * 2001, "text")])
def test_bad_note_is_refused_and_nothing_is_written(shop, category, text, field):
    """An empty or too long text, or an unknown category, raises FeedbackInvalid naming the field; no row, no outbox."""
    with pytest.raises(FeedbackInvalid) as raised:
        with write_session(shop.engine) as session:
            feedback.take_note(session, category, text, shop.users["Anna"])
    assert raised.value.field == field
    with read_session(shop.engine) as session:
        assert session.exec(select(FeedbackNote)).all() == []
        assert session.exec(select(Outbox)).all() == []


def test_resolving_is_final_and_filters_the_list(shop):
    """A resolved note leaves the open list, shows who resolved it, and a second resolve changes nothing."""
    with write_session(shop.engine) as session:
        first = feedback.take_note(session, "praise", "Lovely ham", shop.users["Anna"], product_id=shop.products["ham"].id)
        second = feedback.take_note(session, "request", "Gluten-free bread please", shop.users["Anna"])
    with write_session(shop.engine) as session:
        feedback.resolve_note(session, second.id, shop.users["Marco"])
    with write_session(shop.engine) as session:
        again = feedback.resolve_note(session, second.id, shop.users["Giulia"])
        assert again.resolved_by == "Marco"
    with read_session(shop.engine) as session:
        open_ = feedback.notes(session, status="open")
        done = feedback.notes(session, status="resolved")
        queued = session.exec(select(Outbox).where(Outbox.record_id == second.id)).all()
    assert [(r.note.id, r.product_name) for r in open_] == [(first.id, "Prosciutto crudo di Parma")]
    assert [r.note.id for r in done] == [second.id]
    assert len(queued) == 2  # taken, resolved; the repeat queued nothing


def test_resolving_an_unknown_note(shop):
    """Resolving an id that is not here raises FeedbackNotFound."""
    with pytest.raises(FeedbackNotFound):
        with write_session(shop.engine) as session:
            feedback.resolve_note(session, "nope", shop.users["Anna"])


def test_follow_up_is_shown_to_its_person_when_due(shop):
    """Marco sees his task due today or earlier, high priority first; not Anna's, not tomorrow's, not a done one."""
    marco, anna = shop.users["Marco"], shop.users["Anna"]
    with write_session(shop.engine) as session:
        call = feedback.add_follow_up(session, "Call Mrs Rinaldi when the gluten-free bread arrives", TODAY, marco, anna, "high")
        late = feedback.add_follow_up(session, "Order more ham", TODAY - timedelta(days=2), marco, anna, "low")
        feedback.add_follow_up(session, "Tomorrow's", TODAY + timedelta(days=1), marco, anna)
        feedback.add_follow_up(session, "Anna's", TODAY, anna, marco)
        done = feedback.add_follow_up(session, "Done already", TODAY, marco, anna)
    with write_session(shop.engine) as session:
        feedback.finish_follow_up(session, done.id, marco)
    with read_session(shop.engine) as session:
        due = feedback.due_for(session, marco, TODAY)
        queued = session.exec(select(Outbox).where(Outbox.record_type == m.FOLLOW_UP)).all()
    assert [t.id for t in due] == [call.id, late.id]
    for row in queued:
        check_record(m.FOLLOW_UP, row.record_id, row.payload)


def test_follow_up_from_another_till_is_matched_by_name(shop):
    """A task pulled from another till names an unknown user id: the person with that name (case aside) sees it."""
    with write_session(shop.engine) as session:
        session.add(FollowUp(text="Ring the supplier", due_date=TODAY, assignee_id="other-till-user", assignee_name="marco "))
    with read_session(shop.engine) as session:
        assert [t.text for t in feedback.due_for(session, shop.users["Marco"], TODAY)] == ["Ring the supplier"]
        assert feedback.due_for(session, shop.users["Anna"], TODAY) == []


def test_bad_follow_up_is_refused(shop):
    """An unknown priority or an empty text raises FeedbackInvalid and writes nothing."""
    for text, priority, field in (("Call", "urgent!", "priority"), (" ", "high", "text")):
        with pytest.raises(FeedbackInvalid) as raised:
            with write_session(shop.engine) as session:
                feedback.add_follow_up(session, text, TODAY, shop.users["Marco"], None, priority)
        assert raised.value.field == field
    with read_session(shop.engine) as session:
        assert session.exec(select(FollowUp)).all() == []


def test_product_complaints_and_return_reasons_together(shop, till):
    """The wine's view holds its complaint and the reason it was returned (quantity, receipt); other products' stay out."""
    wine, bread = shop.products["wine"], shop.products["bread"]
    till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["bread"])
    sold = till.pay([Tender(CASH, till.cart.totals().total)])
    line = next(line for line in till.find_receipt("1")[1] if line.sku == "VIN001")
    cart = till.start_refund(sold.sale_id, {line.line_id: 1000}, "corked")
    refunded = till.pay([Tender(CASH, cart.totals().total)])
    with write_session(shop.engine) as session:
        complaint = feedback.take_note(session, "complaint", "Tasted of cork", shop.users["Anna"], product_id=wine.id)
        feedback.take_note(session, "praise", "Good wine otherwise", shop.users["Anna"], product_id=wine.id)
        feedback.take_note(session, "complaint", "Too salty", shop.users["Anna"], product_id=bread.id)
    with read_session(shop.engine) as session:
        view = feedback.product_feedback(session, wine.id)
        watch = feedback.products_to_watch(session)
    assert [n.id for n in view.complaints] == [complaint.id]
    assert [(r.receipt_number, r.qty_milli, r.reason) for r in view.returns] == [(refunded.receipt_number, 1000, "corked")]
    assert [(w.product_name, w.complaints, w.returns) for w in watch] == [
        ("Sangiovese di Romagna", 1, 1), ("Pane di Altamura", 1, 0)]
