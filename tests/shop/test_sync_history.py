"""Other tills' sales, refunds, cash and Z reports stored on this till: once, in no shift, checked, flagged, pruned."""
import uuid
from datetime import date, datetime, timedelta, timezone

from db.engine import read_session, write_session
from db.models import Sale
from shop.sales import CASH, Tender
from shop.sync_apply import apply_page
from shop.sync_history import over_refunds, prune_history, set_keep_years
from shop.sync_set_aside import set_aside_records
from shop.till import Till
from syncwire import messages as m


def sale_record(till: str, seq: int, qty: int = 1000, *, at: datetime | None = None, refund_of: tuple[str, str] | None = None,
                product_id: str | None = None) -> dict:
    """A one-line sale (or, with refund_of=(sale id, line id), a refund of that line) as another till pushes it."""
    sale_id, line_id = str(uuid.uuid4()), str(uuid.uuid4())
    moment = (at or datetime.now(timezone.utc)).isoformat()
    total = 350 * qty // 1000 * (-1 if refund_of else 1)
    line = dict(id=line_id, sale_id=sale_id, position=1, product_id=product_id, sku="PAN001", name="Pane di Altamura", unit="pc",
                qty_milli=-qty if refund_of else qty, unit_price=350, vat_rate_bp=400, gross=total, discount=0, total=total,
                vat=13, price_overridden=False, refunded_line_id=refund_of[1] if refund_of else None)
    sale = dict(id=sale_id, till_id=till, seq=seq, receipt_number=f"{till}-{seq:06d}", kind="refund" if refund_of else "sale",
                refund_of_id=refund_of[0] if refund_of else None, reason="broken" if refund_of else None,
                shift_id=str(uuid.uuid4()), user_id=str(uuid.uuid4()), customer_id=None, currency="EUR", subtotal=total,
                discount_total=0, total=total, completed_at=moment)
    pay = dict(id=str(uuid.uuid4()), sale_id=sale_id, method="cash", amount=total, is_change=False, created_at=moment)
    return {"sale": sale, "lines": [line], "payments": [pay]}


def change(seq: int, data: dict, kind: str = m.SALE) -> m.Change:
    return m.Change(seq=seq, kind=kind, id=data["sale"]["id"] if kind == m.SALE else data["id"], data=data)


def apply(engine, changes) -> int:
    with write_session(engine) as session:
        return apply_page(session, changes)


def held(engine, where: str = "1") -> list[tuple]:
    with read_session(engine) as session:
        return session.connection().exec_driver_sql(f"SELECT receipt_number, shift_id FROM sale WHERE {where} ORDER BY receipt_number").fetchall()


def test_another_tills_sale_is_stored_once_in_no_shift_and_the_z_report_ignores_it(shop):
    """A pulled sale is kept once (a second delivery adds nothing), belongs to no shift, and this till's X report is unchanged."""
    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    before = till.x_report()
    record = sale_record("T2", 7, product_id=shop.products["bread"].id)
    assert apply(shop.engine, [change(1, record)]) == 1
    assert apply(shop.engine, [change(1, record)]) == 0
    assert held(shop.engine) == [("T2-000007", None)]
    with read_session(shop.engine) as session:
        stored = session.get(Sale, record["sale"]["id"])
    assert stored.user_id is None and stored.total == 350  # a user this till does not know: no link, the money stays
    assert till.x_report() == before
    till.scan(shop.barcodes["bread"])
    assert till.pay([Tender(CASH, 350)]).receipt_number == "T1-000001"


def test_this_tills_own_sales_restored_from_the_server_keep_its_numbering_going(shop):
    """A till restored empty gets its own sales back from the history; its next receipt number follows them."""
    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    apply(shop.engine, [change(1, sale_record("T1", 41)), change(2, sale_record("T1", 42))])
    till.scan(shop.barcodes["bread"])
    assert till.pay([Tender(CASH, 350)]).receipt_number == "T1-000043"


def test_a_refund_arriving_before_its_sale_is_kept_and_an_over_refund_is_flagged_when_the_sale_comes(shop):
    """Newest first: two tills' refunds of one bottle arrive, then the sale; the line is flagged, nothing is dropped."""
    sold = sale_record("T2", 1)
    line = (sold["sale"]["id"], sold["lines"][0]["id"])
    first, second = sale_record("T2", 2, refund_of=line), sale_record("T3", 1, refund_of=line)
    apply(shop.engine, [change(3, second), change(2, first)])
    with read_session(shop.engine) as session:
        assert over_refunds(session) == []
    apply(shop.engine, [change(1, sold)])
    assert len(held(shop.engine)) == 3
    with read_session(shop.engine) as session:
        [flag] = over_refunds(session)
    assert (flag.receipt_number, flag.sold_milli, flag.refunded_milli, flag.refunds) == ("T2-000001", 1000, 2000, ["T2-000002", "T3-000001"])


def test_a_refund_within_what_was_sold_is_not_flagged(shop):
    """Half returned at one till, half at another: exactly what was sold, no flag."""
    sold = sale_record("T2", 1, qty=2000)
    line = (sold["sale"]["id"], sold["lines"][0]["id"])
    apply(shop.engine, [change(1, sold), change(2, sale_record("T2", 2, qty=1000, refund_of=line)),
                        change(3, sale_record("T3", 1, qty=1000, refund_of=line))])
    with read_session(shop.engine) as session:
        assert over_refunds(session) == []


def test_a_pulled_sale_failing_the_checks_is_set_aside_and_the_rest_applies(shop):
    """A sale whose total is text is kept aside with its reason; the good one beside it is stored."""
    bad, good = sale_record("T2", 1), sale_record("T2", 2)
    bad["sale"]["total"] = "350"
    assert apply(shop.engine, [change(1, bad), change(2, good)]) == 1
    assert held(shop.engine) == [("T2-000002", None)]
    with read_session(shop.engine) as session:
        aside = set_aside_records(session)
    assert aside.count == 1 and aside.records[0]["kind"] == m.SALE and "total" in aside.records[0]["reason"]


def test_cash_movements_and_z_reports_of_another_till_stay_out_of_this_drawer(shop):
    """Another till's cash out and Z report are kept; this till's expected cash does not move."""
    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(10000)
    movement = {"id": str(uuid.uuid4()), "shift_id": str(uuid.uuid4()), "user_id": None, "amount": -5000,
                "reason": "bank", "created_at": datetime.now(timezone.utc).isoformat()}
    z = {"till_id": "T2", "z_number": 3, "data": {"closed_at": datetime.now(timezone.utc).isoformat(), "net_total": 1200}}
    assert apply(shop.engine, [m.Change(seq=1, kind=m.CASH_MOVEMENT, id=movement["id"], data=movement),
                               m.Change(seq=2, kind=m.Z_REPORT, id=str(uuid.uuid4()), data=z)]) == 2
    assert till.x_report()["cash"]["expected"] == 10000
    with read_session(shop.engine) as session:
        rows = session.connection().exec_driver_sql("SELECT till_id, z_number, shift_id FROM zreport").fetchall()
    assert rows == [("T2", 3, None)]


def test_pruning_forgets_other_tills_sales_past_the_retention_and_keeps_this_tills(shop):
    """Keep 1 year: another till's sale of 2 years ago goes, its recent one and this till's own stay."""
    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    till.scan(shop.barcodes["bread"])
    till.pay([Tender(CASH, 350)])
    two_years_ago = datetime.now(timezone.utc) - timedelta(days=730)
    apply(shop.engine, [change(1, sale_record("T2", 1, at=two_years_ago)), change(2, sale_record("T2", 2))])
    with write_session(shop.engine) as session:
        set_keep_years(session, 1)
        assert prune_history(session, date.today()) == 1
    assert [row[0] for row in held(shop.engine)] == ["T1-000001", "T2-000002"]


def test_the_accountants_export_of_a_till_holds_its_own_sales_not_the_pulled_ones(shop):
    """Each till exports its own month: another till's pulled sale and Z report stay out of its journal."""
    from shop.exports.period import this_month
    from shop.exports.tables import collect

    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    till.scan(shop.barcodes["bread"])
    till.pay([Tender(CASH, 350)])
    apply(shop.engine, [change(1, sale_record("T2", 5)),
                        m.Change(seq=2, kind=m.Z_REPORT, id=str(uuid.uuid4()),
                                 data={"till_id": "T2", "z_number": 1, "data": {"closed_at": datetime.now(timezone.utc).isoformat()}})])
    with read_session(shop.engine) as session:
        # The shop's own date: near midnight UTC it is already tomorrow in Rome, where the sale falls.
        exported = collect(session, shop.settings, this_month(till.shop_today()))
    journal, *_, z_reports = exported.tables[:8]
    assert [row[0] for row in journal.rows] == ["T1-000001"] and z_reports.rows == []


def test_pruning_goes_in_chunks_and_keeps_a_sale_refunded_in_the_open_shift(shop):
    """Three old sales of another till go two at a time; one refunded here in the shift still open stays until it closes."""
    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    old = datetime.now(timezone.utc) - timedelta(days=800)
    records = [sale_record("T2", n, at=old + timedelta(minutes=n)) for n in range(1, 5)]
    apply(shop.engine, [change(n, record) for n, record in enumerate(records, start=1)])
    refunded = records[3]
    sale, lines = till.find_receipt(refunded["sale"]["receipt_number"])
    till.start_refund(sale.id, {lines[0].line_id: 1000}, "broken")
    till.pay([Tender(CASH, -350)])
    with write_session(shop.engine) as session:
        set_keep_years(session, 1)
        assert [prune_history(session, date.today(), chunk=2) for _ in range(3)] == [2, 1, 0]
    assert [row[0] for row in held(shop.engine)] == ["T1-000001", "T2-000004"]
    till.close_shift(0)
    with write_session(shop.engine) as session:
        assert prune_history(session, date.today(), chunk=2) == 1
    assert [row[0] for row in held(shop.engine)] == ["T1-000001"]
    with read_session(shop.engine) as session:  # no line or payment of a forgotten sale is left behind
        for table in ("saleline", "payment"):
            assert session.connection().exec_driver_sql(f"SELECT count(*) FROM {table} WHERE sale_id NOT IN (SELECT id FROM sale)").scalar_one() == 0
