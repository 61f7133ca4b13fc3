"""The NPS question on the loyalty page: asked once per visit, answered in a form (and in real Chromium),
pulled by the till, and the owner's figure checked against a hand computation (SQLite and PostgreSQL)."""
import os
import shutil

import httpx
import pytest
from sqlmodel import select

from db.engine import read_session
from db.models import NpsAnswer
from shop import feedback, nps
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from syncwire import messages as m
from tests.server import records
from tests.server.test_loyalty_page import new_code

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


def customer_with_visit(till, name: str, seq: int) -> tuple[str, str]:
    """A customer with a card and a visit an hour ago, pushed as a till does; (customer id, card code)."""
    customer_id, code = records.new_id(), new_code()
    till.pushed([records.customer(customer_id, records.at(), name=name),
                 records.card(customer_id, code),
                 records.sale(1500, seq=seq, customer_id=customer_id, completed_at=records.at(minutes_ago=60))])
    return customer_id, code


def answer(server, code: str, score, comment: str = "") -> httpx.Response:
    form = {"comment": comment} if score is None else {"score": str(score), "comment": comment}
    return httpx.post(f"{server.url}/c/{code}/nps", data=form, follow_redirects=False)


def nps_changes(till) -> list[m.Change]:
    return till.changes(kinds=m.NPS).changes


def test_the_page_asks_once_per_visit(server, shop_one, till_one):
    """The question shows after a visit (in the Italian shop's words); an answer is thanked (303), kept once, and the question goes until the next visit."""
    _, code = customer_with_visit(till_one, "Lucia Ferri", 1)
    assert 'name="score"' in httpx.get(f"{server.url}/c/{code}").text
    sent = answer(server, code, 9, "Bread always fresh")
    assert sent.status_code == 303 and sent.headers["location"] == f"/c/{code}?nps=thanks"
    thanked = httpx.get(f"{server.url}{sent.headers['location']}").text
    assert "Grazie!" in thanked and 'name="score"' not in thanked
    assert answer(server, code, 2, "second tap").status_code == 303  # the same visit: nothing more is kept
    assert [(c.data["score"], c.data["comment"]) for c in nps_changes(till_one)] == [(9, "Bread always fresh")]
    assert 'name="score"' not in httpx.get(f"{server.url}/c/{code}").text
    customer_id = nps_changes(till_one)[0].data["customer_id"]
    till_one.pushed([records.sale(900, seq=2, customer_id=customer_id)])  # a new visit: asked again
    assert 'name="score"' in httpx.get(f"{server.url}/c/{code}").text


@pytest.mark.parametrize("score, comment, says", [(None, "no number", "Scegli un numero da 0 a 10."),
                                                  ("11", "too high", "Scegli un numero da 0 a 10."),
                                                  ("-1", "negative", "Scegli un numero da 0 a 10."),
                                                  ("7", "x" * 2001, "Il commento è troppo lungo: al massimo 2000 caratteri.")])
def test_a_bad_answer_is_explained_and_keeps_what_was_typed(server, shop_one, till_one, score, comment, says):
    """A missing or out-of-range score, or a comment too long: 400, the reason, the comment still in the box; nothing kept."""
    _, code = customer_with_visit(till_one, "Lucia Ferri", 1)
    refused = answer(server, code, score, comment)
    assert refused.status_code == 400
    assert says in refused.text and f">{comment}</textarea>" in refused.text
    assert nps_changes(till_one) == []


def test_unknown_card_cannot_answer(server, shop_one, till_one):
    """An answer for a code nobody has gets the friendly 404 and is kept nowhere."""
    assert answer(server, "0000000000000A", 10).status_code == 404
    assert nps_changes(till_one) == []


def test_owners_nps_matches_the_hand_computation(server, shop_one, till_one, shop):
    """Ten answers (5 promoters, 2 passives, 3 detractors) reach the till: NPS 20, 95 % interval -34.0 to 74.0, the comments to follow up."""
    scores = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0]
    comments = {6: "Queue too long", 3: "Bread was stale", 0: ""}
    for seq, score in enumerate(scores, start=1):
        _, code = customer_with_visit(till_one, f"Cliente {seq}", seq)
        assert answer(server, code, score, comments.get(score, "")).status_code == 303
    engine = shop.engine
    code = shop_one.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"]
    client = SyncClient(engine, enrol(engine, server.url, code, "Back office"))
    try:
        assert not client.sync_once().rejected
    finally:
        client.close()
    with read_session(engine) as session:
        figure = nps.overall(session)
        months = nps.by_month(session)
        unhappy = nps.detractor_comments(session)
        notes = feedback.notes(session, status="open")
        assert len(session.exec(select(NpsAnswer)).all()) == 10
    # By hand: p_P = 5/10, p_D = 3/10, NPS = 100 (0.5 - 0.3) = 20;
    # var = (0.5 + 0.3 - 0.2^2) / 10 = 0.076, se = 0.27568, 1.96 se = 0.54033 -> 20 -/+ 54.03.
    assert (figure.promoters, figure.passives, figure.detractors, figure.score) == (5, 2, 3, 20.0)
    low, high = figure.interval
    assert round(low, 2) == -34.03 and round(high, 2) == 74.03
    assert [(f.answers, f.score) for f in months] == [(10, 20.0)]
    assert sorted((c.score, c.comment) for c in unhappy) == [(3, "Bread was stale"), (6, "Queue too long")]
    assert sorted((n.note.category, n.note.source, n.note.text) for n in notes) == [
        ("complaint", "nps", "Bread was stale"), ("complaint", "nps", "Queue too long")]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True, scope="session")
def test_question_answered_in_real_chromium(server, shop_one, till_one, tmp_path):
    """In headless Chromium at a phone's size the customer taps 9, types a comment and sends: the server keeps 9 and the text, the page thanks them."""
    if BROWSER is None:
        (pytest.fail if os.environ.get("CI") else pytest.skip)("Chromium is not installed (python3 dev.py test installs it on CI)")
    from tests.server.cdp import Browser

    shop_one.owner.put(f"{m.API}/owner/settings/shop", json={"receipt_language": "it"}).raise_for_status()
    _, code = customer_with_visit(till_one, "Chiara Esposito", 1)
    browser = Browser(BROWSER, accept_language="fr-FR,fr")  # a French phone: the page speaks the shop's Italian
    try:
        url = f"{server.url}/c/{code}"
        browser.goto(url)
        assert "consiglieresti Forno Bianchi" in browser.evaluate("document.body.innerText")
        browser.click("input[name=score][value='9'] + span")
        assert browser.evaluate("document.querySelector('input[name=score]:checked').value") == "9"
        browser.click("#comment")
        browser.type("Pane sempre fresco, però più parcheggio!")
        (tmp_path / "nps-question.png").write_bytes(browser.screenshot())  # docs/nps-question.png is this one
        browser.click("button[type=submit]")
        browser.wait_for("location.search === '?nps=thanks' && document.readyState === 'complete'")
        assert "Grazie!" in browser.evaluate("document.body.innerText")
        assert browser.evaluate("document.querySelector('input[name=score]') === null")
    finally:
        browser.close()
    kept = nps_changes(till_one)
    assert [(c.data["score"], c.data["comment"]) for c in kept] == [(9, "Pane sempre fresco, però più parcheggio!")]
