"""Shifts: opening float, cash in and out, the X and Z reports, Z numbers across shifts."""
import json

import pytest

from shop.cart import PERCENT, Discount
from shop.errors import NoOpenShift, ShiftAlreadyOpen
from shop.sales import CARD, CASH, Tender
from shop.settings import ShopSettings
from shop.till import Till
from tests.conftest import with_check_digit
from tests.db.tables import audit_events, rows


def trade(till, shop):
    """A morning at the counter on the 100.00 float; see the comments for each figure."""
    # Sale 1: 2 breads 7.00 + wine 12.90 + meatballs 9.68 = 29.58, 50.00 cash, 20.42 change.
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["wine"])
    till.scan(with_check_digit("2100042" + "00512"))
    first = till.pay([Tender(CASH, 5000)])
    # Sale 2: wine with 5 % off = 12.25 on card.
    wine = till.scan(shop.barcodes["wine"])
    till.discount_line(wine.id, Discount(PERCENT, 500))
    till.pay([Tender(CARD, 1225)])
    # Sale 3: bread + wine = 16.40, 10.00 card and 10.00 cash, 3.60 change.
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["wine"])
    till.pay([Tender(CARD, 1000), Tender(CASH, 1000)])
    # Refund of one bread from sale 1: 3.50 back in cash.
    sale, lines = till.find_receipt(first.receipt_number)
    cart = till.start_refund(sale.id, {lines[0].line_id: 1000}, "stale")
    till.pay([Tender(CASH, cart.totals().total)])
    # Cash in 20.00 from the bank, 50.00 out to the safe.
    till.move_cash(2000, "change from the bank")
    till.move_cash(-5000, "to the safe")


def test_open_shift_is_audited_and_a_second_open_is_refused(till, shop):
    """The fixture's shift is open on 100.00; opening another on the same till raises ShiftAlreadyOpen."""
    assert (till.shift.opening_float, till.shift.till_id, till.shift.closed_at) == (10000, "T1", None)
    (event,) = audit_events(shop.engine, "shift_open")
    assert (event["user_id"], event["detail"]) == (shop.users["Anna"].id, {"opening_float": 10000})
    with pytest.raises(ShiftAlreadyOpen):
        Till(shop.engine, shop.users["Marco"]).open_shift(5000)
    assert len(rows(shop.engine, "SELECT id FROM shift")) == 1


def test_a_new_till_window_finds_the_open_shift(till, shop):
    """Signing in again (a new Till on the same file) continues the open shift."""
    assert Till(shop.engine, shop.users["Marco"]).shift.id == till.shift.id


def test_cash_in_and_out_are_recorded_audited_and_queued(till, shop):
    """Cash movements are rows with sign, audit events cash_in/cash_out and outbox rows."""
    till.move_cash(2000, "change from the bank")
    till.move_cash(-5000, "to the safe")
    moves = rows(shop.engine, "SELECT amount, reason, shift_id FROM cashmovement ORDER BY created_at")
    assert moves == [
        {"amount": 2000, "reason": "change from the bank", "shift_id": till.shift.id},
        {"amount": -5000, "reason": "to the safe", "shift_id": till.shift.id},
    ]
    assert [e["detail"]["amount"] for e in audit_events(shop.engine, "cash_in")] == [2000]
    assert [e["detail"]["amount"] for e in audit_events(shop.engine, "cash_out")] == [-5000]
    assert [r["record_type"] for r in rows(shop.engine, "SELECT record_type FROM outbox")] == ["cash_movement"] * 2


def test_x_report_figures(till, shop):
    """Sales, refunds, discounts, VAT per rate, payments per method and expected cash, from the rows."""
    trade(till, shop)
    report = till.x_report()
    assert report["sales"] == {"count": 3, "total": 2958 + 1225 + 1640}
    assert report["refunds"] == {"count": 1, "total": -350}
    assert report["discounts"] == 65
    assert report["net_total"] == 5823 - 350
    assert report["payments"] == {CARD: 1225 + 1000, CASH: 2958 + 640 - 350}
    # VAT per rate on what was kept: 22 %: 12.90 + 12.25 + 12.90; 10 %: 9.68; 4 %: 7.00 + 3.50 - 3.50.
    assert report["vat"] == [
        {"rate_bp": 2200, "gross": 3805, "vat": 686, "net": 3119},
        {"rate_bp": 1000, "gross": 968, "vat": 88, "net": 880},
        {"rate_bp": 400, "gross": 700, "vat": 27, "net": 673},
    ]
    assert sum(v["gross"] for v in report["vat"]) == report["net_total"]
    assert sum(report["payments"].values()) == report["net_total"]
    assert report["cash"] == {
        "opening_float": 10000,
        "cash_payments": 3248,
        "cash_in": 2000,
        "cash_out": -5000,
        "expected": 10000 + 3248 + 2000 - 5000,
        "counted": None,
        "difference": None,
    }


def test_close_shift_writes_the_z_report(till, shop):
    """Closing with the counted cash stores Z 1 with the difference, closes the shift, audits and queues it."""
    trade(till, shop)
    shift_id = till.shift.id
    report = till.close_shift(10200)
    assert (report.z_number, report.till_id, report.shift_id) == (1, "T1", shift_id)
    assert report.data["cash"]["expected"] == 10248
    assert (report.data["cash"]["counted"], report.data["cash"]["difference"]) == (10200, -48)
    assert (report.data["z_number"], report.data["closed_by"]) == (1, "Anna")
    assert till.shift is None

    (shift,) = rows(shop.engine, "SELECT * FROM shift")
    assert (shift["counted_cash"], shift["expected_cash"], shift["z_number"], shift["closed_by"]) == (
        10200, 10248, 1, shop.users["Anna"].id,
    )
    assert shift["closed_at"] is not None
    (stored,) = rows(shop.engine, "SELECT * FROM zreport")
    assert json.loads(stored["data"]) == report.data
    (event,) = audit_events(shop.engine, "shift_close")
    assert event["detail"] == {"z_number": 1, "counted": 10200, "expected": 10248}
    (queued,) = rows(shop.engine, "SELECT payload FROM outbox WHERE record_type = 'z_report'")
    assert json.loads(queued["payload"])["z_number"] == 1


def test_nothing_is_sold_or_moved_after_closing(till, shop):
    """With the shift closed, paying, moving cash and closing again raise NoOpenShift."""
    till.close_shift(10000)
    till.scan(shop.barcodes["milk"])
    with pytest.raises(NoOpenShift):
        till.pay([Tender(CASH, 159)])
    with pytest.raises(NoOpenShift):
        till.move_cash(100, "tip")
    with pytest.raises(NoOpenShift):
        till.close_shift(10000)
    with pytest.raises(NoOpenShift):
        till.x_report()
    assert len(rows(shop.engine, "SELECT id FROM zreport")) == 1


def test_z_numbers_are_sequential_across_shifts_and_per_till(till, shop):
    """Each close takes the till's next Z number; each shift reports only its own sales; T2 counts apart."""
    trade(till, shop)
    assert till.close_shift(10248).z_number == 1
    till.open_shift(10248)
    till.scan(shop.barcodes["milk"])
    till.pay([Tender(CASH, 200)])
    second = till.close_shift(10407)
    assert second.z_number == 2
    assert second.data["sales"] == {"count": 1, "total": 159}
    assert second.data["refunds"] == {"count": 0, "total": 0}
    assert (second.data["cash"]["expected"], second.data["cash"]["difference"]) == (10407, 0)
    till.open_shift(10407)
    assert till.close_shift(10407).z_number == 3

    other = Till(shop.engine, shop.users["Marco"], ShopSettings(till_id="T2"))
    other.open_shift(0)
    assert other.close_shift(0).z_number == 1
    assert [r["z_number"] for r in rows(shop.engine, "SELECT z_number FROM zreport WHERE till_id = 'T1' ORDER BY z_number")] == [1, 2, 3]


def test_empty_shift_z_report(till):
    """A shift with no sales closes with zeros and the float as expected cash."""
    report = till.close_shift(9990)
    assert report.data["sales"] == {"count": 0, "total": 0}
    assert report.data["payments"] == {} and report.data["vat"] == []
    assert report.data["cash"]["expected"] == 10000
    assert report.data["cash"]["difference"] == -10
