"""Reservations through the real till: put the sale's items aside for the attached customer, pick them up
from their card or from the shop's list (Ctrl+R), mark ready, cancel; checked against the database."""
from datetime import timedelta

from PySide6.QtCore import Qt

from tests.db.tables import rows
from tests.ui.test_customers_ui import on_dialog, people  # noqa: F401 - fixtures
from tests.ui.test_till_flows import click, press
from tests.ui.test_till_window import scan
from ui.parked_dialog import ParkedDialog
from ui.payment_dialog import PaymentDialog
from ui.reservations_view import ReservationsDialog
from ui.reserve_dialog import ReserveDialog

ENTER = Qt.Key.Key_Return


def reserve(window, shop, customer_id, days=0, deposit=0, items=(("bread", 2000),)):
    till = window.till
    return till.reserve(customer_id, [(shop.products[name].id, qty) for name, qty in items],
                        till.shop_today() + timedelta(days=days), deposit=deposit,
                        deposit_method="cash" if deposit else None).id


def test_reserve_the_sale_items_for_the_customer(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Scanned goods go aside for Maria with a cash deposit, weekly; nothing is sold and she stays attached."""
    window.customers.attach(people["maria"])
    for name in ("bread", "bread", "wine"):
        scan(qtbot, window.search, shop.barcodes[name])
    panel = window.customers.panel
    panel.tabs.setCurrentIndex(1)

    def fill(dialog):
        assert "Pane di Altamura" in dialog.summary.text()
        qtbot.keyClicks(dialog.deposit, "5")
        qtbot.keyClicks(dialog.note, "Ben cotto")
        dialog.weekly.setChecked(True)
        qtbot.keyClick(dialog.note, ENTER)

    on_dialog(ReserveDialog, fill)
    click(qtbot, window, "reserveButton")
    (reservation,) = rows(shop.engine, "SELECT * FROM reservation")
    assert (reservation["customer_id"], reservation["status"], reservation["deposit"], reservation["deposit_method"],
            reservation["repeat_days"], reservation["note"]) == (people["maria"], "open", 500, "cash", 7, "Ben cotto")
    assert reservation["pickup_date"] == (window.till.shop_today() + timedelta(days=1)).isoformat()
    lines = rows(shop.engine, "SELECT product_id, qty_milli FROM reservationline ORDER BY rowid")
    assert lines == [{"product_id": shop.products["bread"].id, "qty_milli": 2000},
                     {"product_id": shop.products["wine"].id, "qty_milli": 1000}]
    assert [m["amount"] for m in rows(shop.engine, "SELECT amount FROM cashmovement")] == [500]
    assert rows(shop.engine, "SELECT count(*) AS n FROM sale")[0]["n"] == 0
    assert window.till.cart.lines == [] and window.till.cart.customer_id == people["maria"]
    assert panel.tabs.tabText(1).endswith("(1)")
    assert panel.isVisible()


def test_pickup_from_the_card_becomes_the_sale_with_the_deposit(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Attaching Maria shows what is put aside; Pick up makes it the sale; paying credits the deposit and closes it."""
    reservation_id = reserve(window, shop, people["maria"], deposit=300, items=(("bread", 2000), ("meatballs", 500)))
    window.customers.attach(people["maria"])
    panel = window.customers.panel
    assert panel.tabs.currentIndex() == 1  # opened on what she came for
    assert window.customers.reserved.model.rowCount() == 1
    click(qtbot, window, "pickupButton")
    cart = window.till.cart
    assert cart.reservation_id == reservation_id and cart.customer_id == people["maria"]
    assert [(line.name, line.qty_milli) for line in cart.lines] == [("Pane di Altamura", 2000), ("Polpette di manzo", 500)]
    total = cart.totals().total
    seen = []

    def pay(dialog):
        seen.append(dialog.tender_list.item(0).text())
        qtbot.keyClick(dialog.amount, ENTER)
        assert dialog.completed is not None, dialog.error.text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(PaymentDialog, pay)
    press(qtbot, window, Qt.Key.Key_F12)
    assert "3,00" in seen[0]
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    payments = {p["method"]: p["amount"] for p in rows(shop.engine, "SELECT * FROM payment WHERE sale_id = ?", sale["id"])}
    assert payments == {"deposit": 300, "cash": total - 300}
    assert sale["customer_id"] == people["maria"]
    (done,) = rows(shop.engine, "SELECT * FROM reservation")
    assert (done["status"], done["sale_id"]) == ("picked_up", sale["id"])


def test_reservations_screen_lists_marks_ready_cancels_and_picks_up(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Ctrl+R: due today, overdue and ready lists; mark one ready, cancel one (deposit paid back), pick one up."""
    today_id = reserve(window, shop, people["maria"])
    late_id = reserve(window, shop, people["mario"], days=-2, deposit=400)
    later_id = reserve(window, shop, people["minjun"], days=3, items=(("ham", 250),))
    scan(qtbot, window.search, shop.barcodes["milk"])  # a sale in progress: parked by the pickup
    seen = {}

    def work(dialog):
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        dialog.show_list("overdue")
        assert [r.id for r in dialog.model.items] == [late_id]
        seen["late"] = dialog.model.data(dialog.model.index(0, dialog.model.STATUS))
        click(qtbot, dialog, "cancelReservationButton")
        seen["warning"] = dialog.error.text()
        assert dialog.model.rowCount() == 1  # the first press only asks
        click(qtbot, dialog, "cancelReservationButton")
        assert dialog.model.rowCount() == 0
        dialog.show_list("upcoming")
        click(qtbot, dialog, "markReadyButton")
        dialog.show_list("ready")
        assert [r.id for r in dialog.model.items] == [later_id]
        dialog.show_list("today")
        assert [r.id for r in dialog.model.items] == [today_id]
        qtbot.keyClick(dialog, ENTER)

    on_dialog(ReservationsDialog, work)
    press(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen["tabs"][:2] == ["Due today (1)", "Overdue (1)"]
    assert seen["late"] == "Overdue"
    assert "Mario Bianchi" in seen["warning"] and "4,00" in seen["warning"]
    status = {r["id"]: (r["status"], r["deposit_refunded"]) for r in rows(shop.engine, "SELECT * FROM reservation")}
    assert status == {today_id: ("open", 0), late_id: ("cancelled", 400), later_id: ("ready", 0)}
    assert [m["amount"] for m in rows(shop.engine, "SELECT amount FROM cashmovement ORDER BY rowid")] == [400, -400]
    assert window.till.cart.reservation_id == today_id
    assert window.customers.panel.name_label.text() == "Maria Rossi"
    assert rows(shop.engine, "SELECT count(*) AS n FROM parkedsale")[0]["n"] == 1
    assert "F8" in window.message.text()


def test_parked_sale_keeps_its_customer(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """F7 parks Maria's sale and her card goes away for the next customer; F8 brings both back."""
    window.customers.attach(people["maria"])
    scan(qtbot, window.search, shop.barcodes["wine"])
    press(qtbot, window, Qt.Key.Key_F7)
    assert not window.customers.panel.isVisible()
    on_dialog(ParkedDialog, lambda dialog: qtbot.keyClick(dialog, ENTER))
    press(qtbot, window, Qt.Key.Key_F8)
    assert window.till.cart.customer_id == people["maria"]
    assert window.customers.panel.isVisible()
    assert window.customers.panel.name_label.text() == "Maria Rossi"
