"""Paying with points through the real till: F6 in the payment takes what the attached customer's points
cover, the rest is paid in cash; the ledger shows the redemption and earns only on the rest."""
from PySide6.QtCore import Qt

from db.engine import write_session
from shop import loyalty
from tests.db.tables import rows
from tests.ui.test_customers_ui import on_dialog, people  # noqa: F401 - fixtures
from tests.ui.test_till_flows import press
from tests.ui.test_till_window import scan
from ui.payment_dialog import PaymentDialog

ENTER = Qt.Key.Key_Return


def give_points(shop, customer_id, points) -> None:
    with write_session(shop.engine) as session:
        loyalty.add_entry(session, customer_id, f"test:{customer_id}", loyalty.ADJUST, points, reason="test")


def test_pay_part_with_points_then_cash(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """100 points (5.00 at 5 cents each) pay part of a 12.90 wine; cash pays 7.90; the ledger redeems 100."""
    give_points(shop, people["maria"], 100)
    window.customers.attach(people["maria"])
    scan(qtbot, window.search, shop.barcodes["wine"])
    seen = []

    def pay(dialog):
        assert dialog.points_button.isVisible()
        qtbot.keyClick(dialog.amount, Qt.Key.Key_F6)
        seen.append(dialog.remaining.text())
        qtbot.keyClick(dialog.amount, ENTER)
        assert dialog.completed is not None, dialog.error.text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    assert "7,90" in seen[0]
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    payments = {p["method"]: p["amount"] for p in rows(shop.engine, "SELECT * FROM payment WHERE sale_id = ?", sale["id"])}
    assert payments == {"points": 500, "cash": 790}
    ledger = {e["kind"]: e["points"] for e in rows(shop.engine, "SELECT * FROM pointsentry WHERE sale_id = ?", sale["id"])}
    assert ledger["redeem"] == -100
    assert 0 < ledger["earn"] < 1290 // 100 + 1  # earned on the 7.90 paid in cash only
    window.customers.attach(people["maria"])
    assert window.customers.panel.points_label.text().startswith(f"{ledger['earn']} ")


def test_points_cover_at_most_what_is_due(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """With more points than the sale costs, F6 pays it in whole points (31 x 5 cents of 1.59): no change, 4 cents in cash."""
    give_points(shop, people["maria"], 10_000)
    window.customers.attach(people["maria"])
    scan(qtbot, window.search, shop.barcodes["milk"])

    def pay(dialog):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_F6)
        assert dialog.left_to_pay() == 4
        qtbot.keyClick(dialog.amount, ENTER)
        assert dialog.completed is not None, dialog.error.text()
        assert dialog.completed.change == 0
        qtbot.keyClick(dialog, ENTER)

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    assert sorted((p["method"], p["amount"]) for p in rows(shop.engine, "SELECT * FROM payment")) == [("cash", 4), ("points", 155)]
    (redeem,) = rows(shop.engine, "SELECT * FROM pointsentry WHERE kind = 'redeem'")
    assert redeem["points"] == -31


def test_no_points_button_without_a_customer(qtbot, window, shop, on_dialog):  # noqa: F811
    """A sale with nobody attached offers no points payment, and F6 does nothing."""
    scan(qtbot, window.search, shop.barcodes["milk"])

    def pay(dialog):
        assert not dialog.points_button.isVisible()
        qtbot.keyClick(dialog.amount, Qt.Key.Key_F6)
        assert dialog.tenders == []
        dialog.reject()

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    assert rows(shop.engine, "SELECT count(*) AS n FROM sale")[0]["n"] == 0
