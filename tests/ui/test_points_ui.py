"""Points and coupons through the real till: F6 in the payment takes what the attached customer's points
cover, the rest is paid in cash, and the ledger shows it; a coupon on the customer's card or scanned as a QR
becomes the sale's discount and is used up by the sale."""
from PySide6.QtCore import Qt

from db.engine import write_session
from shop import coupons, loyalty
from shop.cart import PERCENT
from tests.db.tables import rows
from tests.ui.test_customers_ui import on_dialog, on_dialog_in_dialog, people  # noqa: F401 - fixtures
from tests.ui.test_till_flows import click, pay_exact_cash, press
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


def issue(shop, customer_id=None) -> str:
    with write_session(shop.engine) as session:
        return coupons.issue_coupon(session, PERCENT, 1000, customer_id=customer_id, reason="test").code


def test_coupon_on_the_customer_card_is_applied_and_used(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Maria's 10 % coupon shows on her card; Use coupon discounts the sale; paying marks it used by that sale."""
    code = issue(shop, people["maria"])
    window.customers.attach(people["maria"])
    panel = window.customers.panel
    assert code in panel.reward_label.text()
    scan(qtbot, window.search, shop.barcodes["wine"])
    click(qtbot, window, "useCouponButton")
    assert window.till.cart.coupon_code == code
    assert window.till.cart.totals().discount == 129
    pay_exact_cash(qtbot, on_dialog_in_dialog(on_dialog), window)
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    (coupon,) = rows(shop.engine, "SELECT * FROM coupon")
    assert coupon["sale_id"] == sale["id"]
    assert sale["total"] == 1290 - 129


def test_scanned_coupon_qr_applies_once(qtbot, window, shop, on_dialog):  # noqa: F811
    """A coupon's QR scanned while the table has focus discounts the sale; the same QR on the next sale is refused."""
    code = issue(shop)
    link = coupons.coupon_link(code, "https://shop.example.org")
    scan(qtbot, window.search, shop.barcodes["wine"])
    window.cart_view.setFocus()
    scan(qtbot, window.cart_view, link)
    assert window.till.cart.coupon_code == code
    assert [line.name for line in window.till.cart.lines] == ["Sangiovese di Romagna"]
    pay_exact_cash(qtbot, on_dialog_in_dialog(on_dialog), window)
    window.activateWindow()  # as a window manager does once the payment closes
    qtbot.waitUntil(window.isActiveWindow)
    scan(qtbot, window.search, shop.barcodes["milk"])
    scan(qtbot, window.search, link)
    assert window.till.cart.coupon_code is None
    assert "already been used" in window.message.text()
