"""Two tills (separate SQLite files) and one server on loopback: sales add up, customers and points travel."""
from datetime import date, timedelta

import pytest

from db.engine import read_session, write_session
from db.models import Customer, Reservation
from shop import coupons, customers, loyalty, reservations
from shop.customer_errors import CouponInvalid
from shop.sales import CASH, Tender
from shop.outbox import pending_count
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from shop.till import Till
from syncwire import messages as m
from tests.server.conftest import sell


def sale_sums(engine) -> tuple[int, int]:
    """The till's own sales (another till's, pulled, belong to no shift here)."""
    with read_session(engine) as session:
        return tuple(session.connection().exec_driver_sql(
            "SELECT count(*), coalesce(sum(total), 0) FROM sale WHERE shift_id IS NOT NULL").one())


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


# --- the whole shop's history on every till (issue 11) -----------------------------------------
def enrolled_pair(server, make_shop, shop, second_till_db):
    owner = make_shop("Macelleria Rossi")
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    return owner, engines, clients


def sales_held(engine) -> list[tuple]:
    with read_session(engine) as session:
        return session.connection().exec_driver_sql("SELECT id, receipt_number, kind, total FROM sale ORDER BY id").fetchall()


def sell_lines(till: Till, items: list[tuple[str, int]], customer_id: str | None = None):
    """Scan each barcode and set its quantity (thousandths); exact cash."""
    for code, qty in items:
        line = till.scan(code)
        if qty != 1000:
            till.set_qty(line.id, qty)
    if customer_id:
        till.attach_customer(customer_id)
    return till.pay([Tender(CASH, till.cart.totals().total)])


def test_a_receipt_from_till_1_is_on_the_card_at_till_2_and_refunded_there(server, make_shop, shop, second_till_db):
    """Till 2's card lists what the customer bought at till 1; till 2 refunds it by number; every till holds every sale once."""
    owner, engines, clients = enrolled_pair(server, make_shop, shop, second_till_db)
    one, two = Till(shop.engine, shop.users["Marco"]), Till(second_till_db, shop.users["Marco"])
    one.open_shift(10000)
    two.open_shift(5000)
    b = shop.barcodes
    try:
        with write_session(shop.engine) as session:
            maria = customers.register_customer(session, "IT", "Maria Bianchi", phone="347 123 4567").id
        bought = sell_lines(one, [(b["wine"], 2000), (b["bread"], 1000)], customer_id=maria)
        sell_lines(two, [(b["milk"], 1000)])
        for client in (*clients, *clients):
            assert not client.sync_once().rejected
        card = two.attach_customer(maria)
        assert [s.receipt_number for s in card.recent_sales] == [bought.receipt_number]
        assert {name for _, name, _ in card.usual_products} == {"Sangiovese di Romagna", "Pane di Altamura"}
        two.detach_customer()
        sale, lines = two.find_receipt(bought.receipt_number)
        assert sale.till_id == "T1" and sale.shift_id is None
        wine = next(line for line in lines if line.sku == "VIN001")
        two.start_refund(sale.id, {wine.line_id: 1000}, "corked")
        refund = two.pay([Tender(CASH, two.cart.totals().total)])
        assert refund.receipt_number == "T2-000002"  # till 2's own numbering goes on
        for client in (*clients, *clients):
            assert not client.sync_once().rejected
        held = [sales_held(engine) for engine in engines]
        assert held[0] == held[1] and len(held[0]) == 3 == len({row[0] for row in held[0]})
        assert owner.totals()["count"] == 3
        with read_session(shop.engine) as session:
            from shop.refunds import returnable_lines
            left = {line.sku: line.returnable_milli for line in returnable_lines(session, sale.id)}
            assert left == {"VIN001": 1000, "PAN001": 1000}
            assert [s.kind for s in customer_view_sales(session, maria)] == ["refund", "sale"]
        # Each till's Z report counts only its own drawer: till 1 the sale, till 2 its milk and the refund.
        assert one.x_report()["sales"]["count"] == 1 and two.x_report()["refunds"]["count"] == 1
    finally:
        for client in clients:
            client.close()


def customer_view_sales(session, customer_id):
    from shop.customer_view import recent_sales
    return recent_sales(session, customer_id)


def test_the_same_line_refunded_at_both_tills_offline_is_kept_and_flagged(server, make_shop, shop, second_till_db):
    """Both offline refunds of the last bottle stand (the money went back twice); every till flags the line for the owner."""
    from shop.errors import RefundTooLarge
    from shop.sync_history import over_refunds

    owner, engines, clients = enrolled_pair(server, make_shop, shop, second_till_db)
    one, two = Till(shop.engine, shop.users["Marco"]), Till(second_till_db, shop.users["Marco"])
    one.open_shift(10000)
    two.open_shift(10000)
    try:
        bought = sell_lines(one, [(shop.barcodes["wine"], 1000)])
        for client in (*clients, *clients):
            client.sync_once()
        for till in (one, two):  # both offline now: each knows one bottle is left, and refunds it
            sale, [line] = till.find_receipt(bought.receipt_number)
            assert line.returnable_milli == 1000
            till.start_refund(sale.id, {line.line_id: 1000}, "broken")
            till.pay([Tender(CASH, till.cart.totals().total)])
        for client in (*clients, *clients):
            assert not client.sync_once().rejected  # a refund that happened is never refused: nothing is lost
        assert owner.totals()["count"] == 3
        for engine in engines:
            assert len(sales_held(engine)) == 3
            with read_session(engine) as session:
                [flag] = over_refunds(session)
            assert (flag.receipt_number, flag.sold_milli, flag.refunded_milli) == (bought.receipt_number, 1000, 2000)
            assert flag.refunds == ["T1-000002", "T2-000001"]
        with pytest.raises(RefundTooLarge):  # and no third
            sale, [line] = one.find_receipt(bought.receipt_number)
            one.start_refund(sale.id, {line.line_id: 1000}, "again")
        assert one.close_shift(0).data["over_refunds"][0]["receipt_number"] == bought.receipt_number
    finally:
        for client in clients:
            client.close()


def test_900_at_each_of_two_tills_is_gold_at_both(server, make_shop, shop, second_till_db):
    """Tiers read the whole shop's spend: 903 EUR at each till makes Gold (1,500 EUR) at both."""
    owner, engines, clients = enrolled_pair(server, make_shop, shop, second_till_db)
    one, two = Till(shop.engine, shop.users["Marco"]), Till(second_till_db, shop.users["Marco"])
    one.open_shift(10000)
    two.open_shift(10000)
    try:
        with write_session(shop.engine) as session:
            paolo = customers.register_customer(session, "IT", "Paolo Verdi").id
        clients[0].sync_once()
        clients[1].sync_once()
        sell_lines(one, [(shop.barcodes["wine"], 70_000)], customer_id=paolo)
        sell_lines(two, [(shop.barcodes["wine"], 70_000)], customer_id=paolo)
        for client in (*clients, *clients):
            assert not client.sync_once().rejected
        for engine in engines:
            with read_session(engine) as session:
                summary = loyalty.points_summary(session, paolo)
            assert (summary.tier.name, summary.spend_12_months) == ("Gold", 2 * 70 * 1290)
    finally:
        for client in clients:
            client.close()


def test_a_joining_till_gets_the_history_newest_first_in_pages_with_progress(server, make_shop, shop, second_till_db, monkeypatch):
    """Till 2 joins a shop with history: pages come newest first, progress counts up to the total, and then new sales follow."""
    import shop.sync_client as sync_client
    import shop.sync_history as sync_history

    monkeypatch.setattr(sync_client, "HISTORY_PAGE", 2)
    owner = make_shop("Macelleria Rossi")
    first = SyncClient(shop.engine, enrol(shop.engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], "Cassa 1"))
    one = Till(shop.engine, shop.users["Marco"])
    one.open_shift(10000)
    try:
        numbers = [sell_lines(one, [(shop.barcodes["bread"], 1000)]).receipt_number for _ in range(5)]
        first.sync_once()
        second = SyncClient(second_till_db, enrol(second_till_db, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], "Cassa 2"))
        progress, seen = [], []
        report = sync_client.SyncReport()
        while second.backfill(report):
            progress.append(sync_history.history_progress(second_till_db))
            seen.append({row[1] for row in sales_held(second_till_db)})
        assert progress == [(2, 5, False), (4, 5, False)]
        assert seen[0] == set(numbers[-2:])  # the newest first
        assert sync_history.history_progress(second_till_db) == (5, 5, True)
        later = sell_lines(one, [(shop.barcodes["milk"], 1000)]).receipt_number
        first.sync_once()
        assert not second.sync_once().rejected
        assert {row[1] for row in sales_held(second_till_db)} == {*numbers, later}
        second.close()
    finally:
        first.close()
