"""The cashier's flows through the real till window, checked against what the database holds."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlmodel import func, select
from stdnum import ean

from db.engine import read_session
from db.models import AuditEvent, Outbox, Payment, Sale, SaleLine


def scan(qtbot, widget, code: str) -> None:
    """A scanner: the digits and Enter as fast key events into whatever has focus."""
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def sales(shop):
    with read_session(shop.engine) as session:
        return list(session.exec(select(Sale).order_by(Sale.seq)))


def count(shop, model, *where):
    with read_session(shop.engine) as session:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()


def test_scan_into_the_sale_table_adds_lines(qtbot, window, shop):
    """Scanning while the sale's table has focus adds the product; a repeat scan adds to its line."""
    window.cart_view.setFocus()
    scan(qtbot, window.cart_view, shop.barcodes["bread"])
    scan(qtbot, window.cart_view, shop.barcodes["wine"])
    scan(qtbot, window.cart_view, shop.barcodes["bread"])
    assert [(line.sku, line.qty_milli) for line in window.till.cart.lines] == [("PAN001", 2000), ("VIN001", 1000)]
    assert window.cart_model.rowCount() == 2
    assert window.totals.total_label.text() == "19,90\xa0€"
    assert window.search.text() == ""


def test_ean8_and_upca_scans(qtbot, window, shop):
    """EAN-8 and UPC-A codes are understood as well as EAN-13."""
    scan(qtbot, window.search, shop.barcodes["gum"])
    scan(qtbot, window.search, shop.barcodes["soap"])
    assert [line.sku for line in window.till.cart.lines] == ["GOM001", "SAP001"]


def test_invalid_and_unknown_codes_leave_the_sale_as_it_was(qtbot, window, shop):
    """A bad check digit or an unknown code shows a message and changes nothing."""
    scan(qtbot, window.search, shop.barcodes["bread"])
    bad = shop.barcodes["wine"][:-1] + str((int(shop.barcodes["wine"][-1]) + 1) % 10)
    scan(qtbot, window.search, bad)
    assert bad in window.message.text()
    assert window.message.property("role") == "error"
    unknown = "4006381333931"
    scan(qtbot, window.search, unknown)
    assert unknown in window.message.text()
    assert [(line.sku, line.qty_milli) for line in window.till.cart.lines] == [("PAN001", 1000)]


def test_scale_label_adds_the_weighed_item(qtbot, window, shop):
    """A variable-measure EAN-13 (prefix 21, PLU 00042, 512 g) adds 0.512 kg of meatballs."""
    digits = "2100042" + "00512"
    window.cart_view.setFocus()  # the cashier last touched the sale's table
    scan(qtbot, window.cart_view, digits + ean.calc_check_digit(digits))
    (line,) = window.till.cart.lines
    assert (line.sku, line.qty_milli, line.gross()) == ("POL001", 512, 968)
    assert "0,512 kg" in window.cart_model.index(0, 1).data()


def test_type_to_find_updates_on_every_keystroke(qtbot, window, shop):
    """Results follow each key; Down and Enter add the highlighted product."""
    qtbot.keyClicks(window.search, "pro")
    assert window.views.currentWidget() is window.results_view
    assert [window.results_model.product(r).sku for r in range(window.results_model.rowCount())] == ["PRO001"]
    window.search.clear()
    qtbot.keyClicks(window.search, "sa")
    names = [window.results_model.product(r).name for r in range(window.results_model.rowCount())]
    assert names == ["Sangiovese di Romagna", "Sapone di Marsiglia"]
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    second = window.results_model.product(1)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert [line.product_id for line in window.till.cart.lines] == [second.id]
    assert window.views.currentWidget() is window.cart_view


def test_typing_from_anywhere_goes_to_the_search(qtbot, window):
    """Letters typed while the table has focus land in the search box."""
    window.cart_view.setFocus()
    qtbot.keyClicks(window.cart_view, "sang")
    assert window.search.text() == "sang"
    assert window.results_model.rowCount() == 1


def test_quick_key_adds_a_favourite(qtbot, window, shop):
    """Clicking a quick key adds its product."""
    button = window.findChild(QPushButton, "quickKey1")
    assert button.text() == "Latte intero 1 l"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [line.sku for line in window.till.cart.lines] == ["LAT001"]


def test_pay_cash_with_change(qtbot, window, shop, in_dialog):
    """F12, 20 in cash: the sale is stored with its change and the next sale starts empty."""
    scan(qtbot, window.search, shop.barcodes["wine"])
    scan(qtbot, window.search, shop.barcodes["milk"])

    def pay(dialog):
        assert dialog.due.text() == "14,49\xa0€"
        qtbot.keyClicks(dialog.amount, "20")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        assert dialog.change.text() == "5,51\xa0€"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(pay)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    (sale,) = sales(shop)
    assert (sale.receipt_number, sale.total) == ("T1-000001", 1449)
    with read_session(shop.engine) as session:
        payments = sorted((p.method, p.amount, p.is_change) for p in session.exec(select(Payment)))
    assert payments == [("cash", -551, True), ("cash", 2000, False)]
    assert count(shop, SaleLine) == 2 and count(shop, Outbox, Outbox.record_type == "sale") == 1
    assert window.till.cart.lines == [] and window.cart_model.rowCount() == 0
    assert "5,51" in window.message.text()


def test_split_payment_card_then_cash(qtbot, window, shop, in_dialog):
    """10 on card, the rest in cash with a note: two payments and the change."""
    scan(qtbot, window.search, shop.barcodes["wine"])
    scan(qtbot, window.search, shop.barcodes["wine"])

    def pay(dialog):
        qtbot.keyClicks(dialog.amount, "10")
        qtbot.keyClick(dialog, Qt.Key.Key_F8)
        assert "15,80" in dialog.remaining.text()
        qtbot.mouseClick(dialog.findChild(QPushButton, "note2000"), Qt.MouseButton.LeftButton)
        dialog.accept()

    in_dialog(pay)
    qtbot.mouseClick(window.pay_button, Qt.MouseButton.LeftButton)
    with read_session(shop.engine) as session:
        payments = sorted((p.method, p.amount) for p in session.exec(select(Payment)))
    assert payments == [("card", 1000), ("cash", -420), ("cash", 2000)]


def test_card_cannot_be_overcharged(qtbot, window, shop, in_dialog):
    """A card amount above what is due is refused with a message; nothing is recorded."""
    scan(qtbot, window.search, shop.barcodes["milk"])
    seen = {}

    def pay(dialog):
        qtbot.keyClicks(dialog.amount, "50")
        qtbot.keyClick(dialog, Qt.Key.Key_F8)
        seen["error"] = dialog.error.text()
        dialog.reject()

    in_dialog(pay)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert "1,59" in seen["error"]
    assert sales(shop) == [] and len(window.till.cart.lines) == 1


def test_double_click_on_pay_records_one_payment(qtbot, window, shop, in_dialog):
    """Two clicks on Cash record one sale with one payment."""
    scan(qtbot, window.search, shop.barcodes["bread"])

    def pay(dialog):
        qtbot.mouseClick(dialog.cash_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.cash_button, Qt.MouseButton.LeftButton)
        dialog.accept()

    in_dialog(pay)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert len(sales(shop)) == 1
    assert count(shop, Payment) == 1


def test_quantity_and_remove_line(qtbot, window, shop, in_dialog):
    """F3 sets 3 pieces; Del removes the line and leaves an audit event."""
    scan(qtbot, window.search, shop.barcodes["bread"])
    scan(qtbot, window.search, shop.barcodes["milk"])
    window.cart_view.selectRow(0)

    def set_three(dialog):
        dialog.edit.clear()
        qtbot.keyClicks(dialog.edit, "3")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    in_dialog(set_three)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.till.cart.lines[0].qty_milli == 3000
    window.cart_view.selectRow(1)
    qtbot.mouseClick(window.findChild(QPushButton, "removeButton"), Qt.MouseButton.LeftButton)
    assert [line.sku for line in window.till.cart.lines] == ["PAN001"]
    assert count(shop, AuditEvent, AuditEvent.action == "void_line") == 1


def test_line_discount_within_limit(qtbot, window, shop, in_dialog):
    """A 10 % line discount (the cashier's limit) needs no approval and shows on the line."""
    scan(qtbot, window.search, shop.barcodes["wine"])

    def ten_percent(dialog):
        qtbot.keyClicks(dialog.edit, "10")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    in_dialog(ten_percent)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.till.cart.totals().total == 1161
    assert window.totals.discount_label.text() == "-1,29\xa0€"


def test_park_and_recall_keep_the_sale(qtbot, window, shop, in_dialog):
    """F7 parks the sale (stored), F8 brings it back with its lines."""
    scan(qtbot, window.search, shop.barcodes["wine"])
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.till.cart.lines == []
    assert len(window.till.parked()) == 1
    scan(qtbot, window.search, shop.barcodes["milk"])
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert len(window.till.parked()) == 2

    def pick_first(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the first parked sale is selected

    in_dialog(pick_first)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert [line.sku for line in window.till.cart.lines] == ["VIN001"]
    assert len(window.till.parked()) == 1


def test_discount_over_limit_needs_a_manager_pin(qtbot, window, shop, in_dialog):
    """A 25 % line discount asks for a manager's PIN; Marco's PIN applies it and it is audited."""
    scan(qtbot, window.search, shop.barcodes["wine"])

    def manager_pin(dialog):
        assert type(dialog).__name__ == "ApprovalDialog"
        qtbot.keyClicks(dialog, "2222")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    def twenty_five_percent(dialog):
        qtbot.keyClicks(dialog.edit, "25")
        in_dialog(manager_pin)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    in_dialog(twenty_five_percent)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.till.cart.totals().total == 967  # 25 % of 12.90 is 3.225, rounded half-up to 3.23
    with read_session(shop.engine) as session:
        (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "discount_over_limit"))
    assert event.user_id == shop.users["Anna"].id
    assert event.detail["approved_by"] == shop.users["Marco"].id


def test_cancelled_approval_leaves_the_price(qtbot, window, shop, in_dialog):
    """Cancelling the manager's PIN leaves the line undiscounted."""
    scan(qtbot, window.search, shop.barcodes["wine"])

    def cancel(dialog):
        dialog.reject()

    def fifty_percent(dialog):
        qtbot.keyClicks(dialog.edit, "50")
        in_dialog(cancel)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    in_dialog(fifty_percent)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.till.cart.totals().total == 1290
    assert count(shop, AuditEvent, AuditEvent.action == "discount_over_limit") == 0


def test_void_sale_is_audited(qtbot, window, shop):
    """Ctrl+Del empties the sale and records what was voided."""
    scan(qtbot, window.search, shop.barcodes["wine"])
    scan(qtbot, window.search, shop.barcodes["milk"])
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert window.till.cart.lines == []
    with read_session(shop.engine) as session:
        (event,) = session.exec(select(AuditEvent).where(AuditEvent.action == "void_sale"))
    assert event.detail == {"lines": 2, "total": 1449}
