"""Two tills (separate SQLite files) and one server on loopback: sales add up, customers and points travel."""
from datetime import date, timedelta

import pytest

from db.engine import read_session, write_session
from db.models import Customer, Reservation
from shop import coupons, customers, loyalty, reservations
from shop.customer_errors import CouponInvalid
from shop.sales import CASH, Tender
from shop.outbox import pending_count
from shop.sync_client import SyncClient, enrol
from shop.till import Till
from syncwire import messages as m
from tests.server.conftest import sell


def sale_sums(engine) -> tuple[int, int]:
    with read_session(engine) as session:
        return tuple(session.connection().exec_driver_sql("SELECT count(*), coalesce(sum(total), 0) FROM sale").one())


def test_two_tills_sync_through_one_server(server, make_shop, shop, second_till_db):
    """Sales of both tills reach the owner's totals to the cent; a customer and her points made on one appear on the other."""
    owner = make_shop("Macelleria Rossi")
    codes = [owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"] for _ in range(2)]
    clients = [SyncClient(engine, enrol(engine, server.url, code, name), batch=3)
               for engine, code, name in ((shop.engine, codes[0], "Cassa 1"), (second_till_db, codes[1], "Cassa 2"))]
    one, two = Till(shop.engine, shop.users["Anna"]), Till(second_till_db, shop.users["Marco"])
    one.open_shift(10000)
    two.open_shift(5000)
    with write_session(shop.engine) as session:
        maria = customers.register_customer(session, "IT", "Maria Bianchi", phone="347 123 4567").id
    b = shop.barcodes
    sell(one, [b["wine"], b["bread"]], customer_id=maria)
    sell(one, [b["gum"]] * 3)
    sell(two, [b["milk"], b["soap"]])
    sell(two, [b["wine"]] * 2)
    try:
        reports = [c.sync_once() for c in clients] + [clients[0].sync_once()]
        assert all(not r.rejected for r in reports)
        totals = owner.totals()
        by_till = {r["till_name"]: r["total"] for r in totals["rows"]}
        assert by_till == {"Cassa 1": sale_sums(shop.engine)[1], "Cassa 2": sale_sums(second_till_db)[1]}
        assert totals["count"] == 4 and totals["total"] == sale_sums(shop.engine)[1] + sale_sums(second_till_db)[1]
        with read_session(second_till_db) as session:
            assert customers.customer_by_id(session, maria).name == "Maria Bianchi"
            points_there = loyalty.balance(session, maria)
        with read_session(shop.engine) as session:
            assert points_there == loyalty.balance(session, maria) > 0
            assert pending_count(session) == 0
        # The answer to a push is lost: the till sends everything again, and nothing doubles.
        with write_session(shop.engine) as session:
            session.connection().exec_driver_sql("UPDATE outbox SET sent_at = NULL")
        again = clients[0].sync_once()
        assert again.sent > 0 and not again.rejected
        assert owner.totals()["total"] == totals["total"] and owner.totals()["count"] == 4
    finally:
        for client in clients:
            client.close()


def test_two_tills_editing_different_fields_offline_both_keep_their_edit(server, make_shop, shop, second_till_db):
    """Till 1 changes the notes, later till 2 the e-mail, both offline; whatever order they sync in, both edits survive."""
    owner = make_shop("Macelleria Rossi")
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    try:
        with write_session(shop.engine) as session:
            giulia = customers.register_customer(session, "IT", "Giulia Neri", email="giulia@old.it", notes="").id
        for client in (*clients, clients[0]):
            client.sync_once()
        with write_session(shop.engine) as session:
            customers.update_customer(session, "IT", giulia, notes="allergic to nuts")
        with write_session(second_till_db) as session:  # later, on the other till, which still has the old notes
            customers.update_customer(session, "IT", giulia, email="giulia@new.it")
        for client in (*clients, *clients):  # till 1's older edit reaches the server first
            assert not client.sync_once().rejected
        for engine in engines:
            with read_session(engine) as session:
                seen = session.get(Customer, giulia)
                assert (seen.notes, seen.email) == ("allergic to nuts", "giulia@new.it")
    finally:
        for client in clients:
            client.close()


def test_a_reservation_made_at_one_till_is_picked_up_at_the_other(server, make_shop, shop, second_till_db):
    """Till 1 puts goods aside; till 2 sees them on the card and hands them over; till 1's later offline cancel loses."""
    owner = make_shop("Macelleria Rossi")
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    one, two = Till(shop.engine, shop.users["Marco"]), Till(second_till_db, shop.users["Marco"])
    one.open_shift(10000)
    two.open_shift(10000)
    try:
        with write_session(shop.engine) as session:
            lucia = customers.register_customer(session, "IT", "Lucia Russo").id
        p = shop.products
        made = one.reserve(lucia, [(p["bread"].id, 2000), (p["ham"].id, 150)], date.today() + timedelta(days=2), note="sliced thin")
        for client in clients:
            assert not client.sync_once().rejected
        with read_session(second_till_db) as session:
            [seen] = reservations.for_customer(session, lucia)
        assert (seen.id, seen.note, [(i.product_id, i.qty_milli) for i in seen.items]) == (
            made.id, "sliced thin", [(p["bread"].id, 2000), (p["ham"].id, 150)])
        two.pickup_reservation(made.id)
        two.pay([Tender(CASH, two.cart.totals().total)])
        one.cancel_reservation(made.id)  # at the same time, offline, on the first till
        for client in (*clients, *clients):
            assert not client.sync_once().rejected
        for engine in engines:
            with read_session(engine) as session:
                assert session.get(Reservation, made.id).status == "picked_up"
                assert reservations.for_customer(session, lucia) == []
    finally:
        for client in clients:
            client.close()


def test_a_coupon_issued_at_one_till_is_offered_at_the_other_and_used_once(server, make_shop, shop, second_till_db):
    """Till 2 offers the customer the coupon till 1 issued; once till 1 takes it in a sale, till 2 refuses it as used."""
    owner = make_shop("Macelleria Rossi")
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    one = Till(shop.engine, shop.users["Anna"])
    one.open_shift(10000)
    today = date.today()
    try:
        with write_session(shop.engine) as session:
            sara = customers.register_customer(session, "IT", "Sara Conti").id
            code = coupons.issue_coupon(session, coupons.AMOUNT, 500, customer_id=sara, reason="welcome back").code
        for client in clients:
            assert not client.sync_once().rejected
        with read_session(second_till_db) as session:
            assert [c.code for c in coupons.customer_coupons(session, sara, today)] == [code]
        one.scan(shop.barcodes["wine"])
        one.attach_customer(sara)
        one.apply_coupon(code)
        one.pay([Tender(CASH, one.cart.totals().total)])
        for client in clients:
            assert not client.sync_once().rejected
        with read_session(second_till_db) as session:
            assert coupons.customer_coupons(session, sara, today) == []
            with pytest.raises(CouponInvalid) as refused:
                coupons.check_coupon(session, code, sara, today)
        assert refused.value.why == "used"
    finally:
        for client in clients:
            client.close()
