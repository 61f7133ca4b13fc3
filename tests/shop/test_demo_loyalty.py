"""The demo shop's loyalty side: searchable customers, valid cards, a points history and reservations."""
from datetime import date, datetime

import pytest

from db.engine import open_database, read_session
from db.models import Setting
from shop import cards, customers, housekeeping, loyalty, reservations
from shop.demo import create_demo_shop
from shop.loyalty_rules import load_loyalty_settings

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module", params=["IT", "KR"])
def demo(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / "demo.db"
    create_demo_shop(path, customers=400, products=60, days=40, country=request.param, today=TODAY)
    engine = open_database(path)
    yield request.param, engine
    engine.dispose()


def test_every_demo_customer_is_found_by_phone_name_and_card(demo):
    """Search keys and cards are made with the customers: each way of finding them works on the demo."""
    country, engine = demo
    with read_session(engine) as session:
        conn = session.connection()
        rows = conn.exec_driver_sql("SELECT id, name, phone, phone_rev, name_fold FROM customer LIMIT 40").fetchall()
        for cid, name, phone, phone_rev, name_fold in rows:
            assert phone_rev == phone[1:][::-1] and name_fold
            assert cid in [c.id for c in customers.find_by_phone(session, phone, country)]
            assert cid in [c.id for c in customers.find_by_name(session, name, limit=200)]
        codes = conn.exec_driver_sql("SELECT code, customer_id FROM loyaltycard").fetchall()
        assert 0.5 * 400 < len(codes) < 0.9 * 400
        for code, cid in codes[:40]:
            assert cards.customer_by_card(session, cards.card_link(code)).id == cid
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_demo_points_history_matches_customer_sales(demo):
    """Every demo sale with a customer earns at the base rate, one ledger row keyed to the sale."""
    _country, engine = demo
    with read_session(engine) as session:
        rules = load_loyalty_settings(session)
        conn = session.connection()
        expected = conn.exec_driver_sql(
            "SELECT id, customer_id, total / ? FROM sale WHERE customer_id IS NOT NULL AND kind = 'sale' "
            "AND total >= ?", (rules.spend_per_point, rules.spend_per_point)).fetchall()
        ledger = conn.exec_driver_sql("SELECT sale_id, customer_id, points FROM pointsentry WHERE kind = 'earn'").fetchall()
        assert expected and sorted(ledger) == sorted(expected)
        cid = expected[0][1]
        assert loyalty.balance(session, cid) == sum(p for _s, c, p in expected if c == cid)


def test_demo_has_reservations_to_show(demo):
    """Reservations due today, overdue, ready and a recurring one are there for the screens."""
    _country, engine = demo
    with read_session(engine) as session:
        assert reservations.due_today(session, TODAY)
        assert reservations.overdue(session, TODAY)
        assert reservations.ready(session)
        everything = reservations.due_today(session, TODAY) + reservations.upcoming(session, TODAY)
        assert any(r.repeat_days == 7 for r in everything)
        assert all(r.items for r in everything)


def test_fast_demo_check_character_is_stdnum_luhn_mod_32():
    """The demo's bulk check character equals python-stdnum's Luhn over the Crockford alphabet."""
    import random

    from stdnum import luhn

    from shop.cards import ALPHABET
    from shop.demo.loyalty import luhn32_check

    rng = random.Random(3)
    for _ in range(2000):
        values = [rng.randrange(32) for _ in range(13)]
        body = "".join(ALPHABET[v] for v in values)
        assert luhn32_check(values) == luhn.calc_check_digit(body, ALPHABET)


def test_a_long_demo_has_its_old_points_expired_already(tmp_path):
    """Points past their year are written off when the demo is made, so its first shift opening has no backlog."""
    path = tmp_path / "long.db"
    create_demo_shop(path, customers=60, products=60, days=500, today=TODAY)
    engine = open_database(path)
    try:
        with read_session(engine) as session:
            conn = session.connection()
            today_stamp = conn.exec_driver_sql("SELECT max(at) FROM pointsentry WHERE kind = 'expire'").scalar_one()
            assert today_stamp and today_stamp.startswith("2026-11-2")
            for cid, in conn.exec_driver_sql("SELECT DISTINCT customer_id FROM pointsentry LIMIT 20").fetchall():
                alive = conn.exec_driver_sql(
                    "SELECT coalesce(sum(points), 0) FROM pointsentry WHERE customer_id = ? AND kind = 'earn' "
                    "AND expires_at > ?", (cid, today_stamp)).scalar_one()
                assert loyalty.balance(session, cid) == alive
            assert conn.exec_driver_sql("SELECT count(*) FROM pointsentry WHERE kind = 'expire'").scalar_one() > 0
            # Nothing is left to expire for any customer holding due points, and the shift's sweep starts after it.
            due = conn.exec_driver_sql("SELECT DISTINCT customer_id FROM pointsentry WHERE points > 0 AND expires_at <= ?",
                                       (today_stamp,)).scalars().all()
            assert due and all(loyalty.expire_points(session, cid, datetime.fromisoformat(today_stamp)) is None for cid in due)
            watermark = session.get(Setting, housekeeping.SWEEP_KEY).value["points_due_since"]
            assert watermark == today_stamp
    finally:
        engine.dispose()
