"""Issue 10 on the till: a pulled change it cannot take is set aside with its number and reason, the
rest of the page applies; a customer stored with a broken birthday is still found and served."""
from db.engine import read_session, write_session
from shop import customers, sync_apply
from shop.sync_apply import apply_page
from shop.sync_set_aside import set_aside_records
from syncwire import messages as m

STAMP = "2026-11-30T10:00:00.000000+00:00"


def customer_change(seq: int, customer_id: str, **fields) -> m.Change:
    return m.Change(seq=seq, kind=m.CUSTOMER, id=customer_id, data={"id": customer_id, **fields})


def test_malformed_changes_are_set_aside_and_the_rest_of_the_page_applies(shop):
    """Phone as a number, a birthday that is not a date, a card without its code: aside; good customers in."""
    page = [customer_change(11, "c-bad-phone", name="P", phone=3331234567),
            customer_change(12, "c-good", name="Giada Riva", phone="+393401234567", birthday="1990-02-03", tags=["vip"]),
            customer_change(13, "c-bad-day", name="Q", birthday="not a date"),
            m.Change(seq=14, kind=m.CARD, id="k1", data={"id": "k1", "customer_id": "c-good", "issued_at": STAMP}),
            m.Change(seq=15, kind=m.POINTS, id="p1", data={"id": "p1", "customer_id": "c-good", "key": "adjust:p1",
                                                          "kind": "adjust", "points": 30, "at": STAMP})]
    with write_session(shop.engine) as session:
        assert apply_page(session, page) == 2
    with read_session(shop.engine) as session:
        aside = set_aside_records(session)
        assert customers.customer_by_id(session, "c-good").name == "Giada Riva"
        assert session.connection().exec_driver_sql("SELECT count(*) FROM customer WHERE id LIKE 'c-bad%'").scalar() == 0
    assert aside.count == 3
    assert [(r["seq"], r["kind"]) for r in aside.records] == [(11, m.CUSTOMER), (13, m.CUSTOMER), (14, m.CARD)]
    assert "phone" in aside.records[0]["reason"] and "birthday" in aside.records[1]["reason"] and "code" in aside.records[2]["reason"]


def test_a_change_that_fails_to_apply_is_set_aside_alone(shop, monkeypatch):
    """A well-formed customer that still breaks on apply costs only itself: the page's other customers are stored."""
    real = sync_apply.search_keys

    def fragile(name):
        if name == "Boom":
            raise RuntimeError("nobody foresaw this")
        return real(name)

    monkeypatch.setattr(sync_apply, "search_keys", fragile)
    page = [customer_change(1, "c1", name="Anna Riva", updated_at=STAMP), customer_change(2, "c2", name="Boom"),
            customer_change(3, "c3", name="Carla Sala")]
    with write_session(shop.engine) as session:
        assert apply_page(session, page) == 2
    with read_session(shop.engine) as session:
        assert [customers.customer_by_id(session, c).name for c in ("c1", "c3")] == ["Anna Riva", "Carla Sala"]
        aside = set_aside_records(session)
    assert [(r["seq"], r["reason"]) for r in aside.records] == [(2, "RuntimeError: nobody foresaw this")]


def test_a_customer_with_a_broken_stored_birthday_is_found_and_attached(shop, till):
    """Written by a till before these checks: search, phone lookup and attaching her all work, without a birthday."""
    with write_session(shop.engine) as session:
        customer = customers.register_customer(session, "IT", "Marta Neri", phone="347 765 4321")
        session.flush()
        session.connection().exec_driver_sql("UPDATE customer SET birthday = 'not a date' WHERE id = ?", (customer.id,))
    with read_session(shop.engine) as session:
        assert [c.birthday for c in customers.find_by_phone(session, "347 765 4321", "IT")] == [None]
        assert [c.name for c in customers.find_customers(session, "Marta", "IT")] == ["Marta Neri"]
    view = till.attach_customer(customer.id)
    assert view.customer.name == "Marta Neri" and view.customer.birthday is None and not view.birthday_this_week
    assert till.cart.customer_id == customer.id


def test_the_till_refuses_a_customer_the_server_would_refuse(shop):
    """A 3,000-character note, a name past 200 characters or a birthday in the future is a typed error
    at the till, not a record that waits in the outbox forever, refused by the server."""
    from datetime import date, timedelta

    import pytest

    from shop.customer_errors import CustomerFieldInvalid

    for fields, field in (({"notes": "n" * 3000}, "notes"), ({"name": "N" * 201}, "name"),
                          ({"birthday": date.today() + timedelta(days=3)}, "birthday"),
                          ({"tags": [f"t{i}" for i in range(60)]}, "tags")):
        with pytest.raises(CustomerFieldInvalid) as refused, write_session(shop.engine) as session:
            customers.register_customer(session, "IT", **{"name": "Nina Sala", **fields})
        assert refused.value.field == field
    with write_session(shop.engine) as session:
        nina = customers.register_customer(session, "IT", "Nina Sala", notes="ok").id
    with pytest.raises(CustomerFieldInvalid), write_session(shop.engine) as session:
        customers.update_customer(session, "IT", nina, notes="n" * 3000)
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT notes FROM customer WHERE id = ?", (nina,)).scalar() == "ok"
        assert session.connection().exec_driver_sql("SELECT count(*) FROM outbox WHERE record_id = ?", (nina,)).scalar() == 1


def test_a_change_not_even_shaped_as_one_is_set_aside_and_the_page_still_counts():
    """A page whose change has no seq or data as a list parses: the rest of the page and its cursor stand."""
    from shop.sync_client import read_page

    body = {"changes": [{"seq": 5, "kind": "customer", "id": "c5", "data": ["not", "an", "object"]},
                        {"seq": 6, "kind": "customer", "id": "c6", "data": {"id": "c6", "name": "Ada"}}, "junk"],
            "cursor": 7, "more": False, "server_time": STAMP}
    page, malformed = read_page(body)
    assert [c.id for c in page.changes] == ["c6"] and page.cursor == 7
    assert [(c.seq, c.id) for c, _ in malformed] == [(5, "c5"), (0, "None")]


def test_a_malformed_tier_stored_before_the_checks_does_not_stop_sales_with_a_customer(shop, till):
    """A tier lacking min_spend (pulled before the server checked settings) is left out; the sale completes."""
    from shop.loyalty_rules import load_loyalty_settings, save_loyalty_settings
    from shop.sales import CASH, Tender

    with write_session(shop.engine) as session:
        rules = load_loyalty_settings(session)
        rules.tiers = [{"name": "Gold", "earn_bp": 15000}, {"name": "Base", "min_spend": 0, "earn_bp": 10000}]
        save_loyalty_settings(session, rules)
        lucia = customers.register_customer(session, "IT", "Lucia Bianchi").id
    till.attach_customer(lucia)
    till.scan(shop.barcodes["wine"])
    done = till.pay([Tender(CASH, till.cart.totals().total)])
    with read_session(shop.engine) as session:
        assert [t.name for t in load_loyalty_settings(session).tier_list()] == ["Base"]
        earned = session.connection().exec_driver_sql("SELECT points FROM pointsentry WHERE sale_id = ?", (done.sale_id,)).scalar()
    assert earned == 12
