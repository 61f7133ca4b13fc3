"""Paying at the real till when the coupon or the points were spent meanwhile (another sale, another till):
the cashier reads what happened in their language, never a class name, and the sale is kept and can be paid."""
import pytest
from PySide6.QtCore import QLocale, Qt

from shop import coupons
from shop.sales import CASH, Tender
from shop.till import Till
from tests.db.tables import rows
from tests.ui.test_customers_ui import on_dialog, people  # noqa: F401 - fixtures
from tests.ui.test_points_ui import give_points, issue
from tests.ui.test_till_flows import press
from tests.ui.test_till_window import scan
from ui.payment_dialog import PaymentDialog
from ui.style import install_translations, remove_translations

ENTER = Qt.Key.Key_Return


def spend_elsewhere(shop, customer_id=None, coupon=None, points=0) -> None:
    """Another sale on this shop's data (a second cashier, or one pulled from another till) uses them first."""
    other = Till(shop.engine, shop.users["Anna"])
    other.scan(shop.barcodes["bread"])
    if customer_id:
        other.attach_customer(customer_id)
    if coupon:
        other.apply_coupon(coupon)
    tenders = [other.points_tender(points)] if points else []
    left = other.cart.totals().total - sum(t.amount for t in tenders)
    other.pay([*tenders, Tender(CASH, left)])


@pytest.fixture
def italian(qapp):
    default = QLocale()
    install_translations(qapp, "it")
    yield
    remove_translations(qapp)
    QLocale.setDefault(default)


def test_a_coupon_used_meanwhile_is_said_and_taken_off_and_the_sale_is_paid(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Coupon used by another sale after it was applied: the cashier reads so, it comes off, and cash pays the full price."""
    code = issue(shop)
    scan(qtbot, window.search, shop.barcodes["wine"])
    window.cart_view.setFocus()
    scan(qtbot, window.cart_view, coupons.coupon_link(code, "https://shop.example.org"))  # its QR
    assert window.till.cart.coupon_code == code and window.till.cart.totals().total == 1290 - 129
    spend_elsewhere(shop, coupon=code)
    seen = {}

    def pay(dialog):
        qtbot.keyClick(dialog.amount, ENTER)  # exact cash for the discounted total
        seen["refused"], seen["due"] = dialog.error.text(), dialog.due.text()
        assert dialog.completed is None and dialog.tenders == []
        qtbot.keyClick(dialog.amount, ENTER)  # exact cash again, now for the full price
        assert dialog.completed is not None, dialog.error.text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    full = window.settings.money(1290)
    assert seen["refused"] == f"Coupon {code} has already been used. It was taken off this sale: {full} to pay."
    assert seen["due"] == full
    mine = rows(shop.engine, "SELECT * FROM sale WHERE total = 1290")
    assert len(mine) == 1 and rows(shop.engine, "SELECT count(*) AS n FROM sale")[0]["n"] == 2


def test_closing_the_payment_after_the_coupon_refusal_leaves_the_sale_at_full_price(qtbot, window, shop, on_dialog):  # noqa: F811
    """Esc after the refusal: the sale is still on the till, without the coupon, and the till's line says why."""
    code = issue(shop)
    scan(qtbot, window.search, shop.barcodes["wine"])
    window.cart_view.setFocus()
    scan(qtbot, window.cart_view, coupons.coupon_link(code, "https://shop.example.org"))
    spend_elsewhere(shop, coupon=code)

    def pay(dialog):
        qtbot.keyClick(dialog.amount, ENTER)
        assert dialog.completed is None
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    full = window.settings.money(1290)
    assert window.message.text() == f"Coupon {code} has already been used. It was taken off this sale: {full} to pay."
    assert window.till.cart.coupon_code is None and window.till.cart.totals().total == 1290
    assert [line.name for line in window.till.cart.lines] == ["Sangiovese di Romagna"]


def test_points_spent_meanwhile_are_said_and_the_rest_is_paid_in_cash(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """F6 takes Maria's 100 points; another sale spends 60 of them; cash for the rest is refused with the balance,
    the points part is dropped and F6 then takes the 40 left: the sale is stored, nothing lost."""
    give_points(shop, people["maria"], 100)
    window.customers.attach(people["maria"])
    scan(qtbot, window.search, shop.barcodes["wine"])
    seen = {}

    def pay(dialog):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_F6)  # 100 points = 5.00
        spend_elsewhere(shop, people["maria"], points=60)
        qtbot.keyClick(dialog.amount, ENTER)  # the rest in cash: the points are no longer there
        seen["refused"] = dialog.error.text()
        assert dialog.completed is None and dialog.tenders == [] and dialog.left_to_pay() == 1290
        qtbot.keyClick(dialog.amount, Qt.Key.Key_F6)  # the 40 points left = 2.00
        qtbot.keyClick(dialog.amount, ENTER)
        assert dialog.completed is not None, dialog.error.text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    assert seen["refused"] == "Only 40 points available, 100 needed. Pay the rest another way."
    (sale,) = rows(shop.engine, "SELECT * FROM sale WHERE total = 1290")
    payments = {p["method"]: p["amount"] for p in rows(shop.engine, "SELECT * FROM payment WHERE sale_id = ?", sale["id"])}
    assert payments == {"points": 200, "cash": 1090}


def test_the_refusal_is_in_the_cashiers_language(qtbot, window, shop, people, on_dialog, italian):  # noqa: F811
    """In Italian the points refusal is Italian too, with the numbers in it, and no class name."""
    give_points(shop, people["maria"], 100)
    window.customers.attach(people["maria"])
    scan(qtbot, window.search, shop.barcodes["wine"])
    seen = {}

    def pay(dialog):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_F6)
        spend_elsewhere(shop, people["maria"], points=60)
        qtbot.keyClick(dialog.amount, ENTER)
        seen["refused"] = dialog.error.text()
        dialog.reject()

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    assert "40" in seen["refused"] and "100" in seen["refused"]
    assert "Only" not in seen["refused"] and "NotEnoughPoints" not in seen["refused"]
    assert [line.name for line in window.till.cart.lines] == ["Sangiovese di Romagna"]  # still there to pay
