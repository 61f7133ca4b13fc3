"""The cashier's other flows through the real till window: refunds, cash in/out, closing the shift,
signing in and opening a shift, the no-sale drawer; each checked against what the database holds."""
import json
from datetime import datetime, timedelta, timezone

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from db.engine import write_session
from db.models import Setting
from shop.till import Till
from tests.db.tables import audit_events, counts, rows
from tests.ui.test_till_window import scan
from ui.app import _till_window, retire
from ui.open_shift_dialog import OpenShiftDialog
from ui.sign_in_dialog import SignInDialog
from ui.till_window import TillWindow

ENTER = Qt.Key.Key_Return


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key on the till window, made active first as a desktop's window manager does when a dialog closes
    (the offscreen platform leaves the closed dialog active, and window shortcuts need an active window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)


@pytest.fixture
def on_dialog(qtbot, in_dialog):
    """`in_dialog`, with the dialog made the active window first, as a desktop does for a new modal dialog."""

    def schedule(handler):
        def active(dialog):
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            handler(dialog)

        in_dialog(active)

    return schedule


def click(qtbot, parent, name: str) -> None:
    """A finger on the button called `name` inside `parent`."""
    widget = parent.findChild(QPushButton, name)
    assert widget is not None, name
    assert widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pay_exact_cash(qtbot, on_dialog, window) -> None:
    """F12 and Enter on an empty amount: the exact amount in cash (or paid back in cash), then next customer."""

    def pay(dialog):
        qtbot.keyClick(dialog.amount, ENTER)
        assert dialog.completed is not None, dialog.error.text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(pay)
    press(qtbot, window, Qt.Key.Key_F12)


def sell(qtbot, on_dialog, window, shop, *names: str) -> None:
    """Scan each product into the search box, then take the exact amount in cash."""
    for name in names:
        scan(qtbot, window.search, shop.barcodes[name])
    pay_exact_cash(qtbot, on_dialog, window)


def sale_lines(shop, receipt: str) -> list[dict]:
    return rows(
        shop.engine,
        "SELECT l.* FROM saleline l JOIN sale s ON s.id = l.sale_id WHERE s.receipt_number = ? ORDER BY l.position",
        receipt,
    )


def sale_row(shop, receipt: str) -> dict:
    (found,) = rows(shop.engine, "SELECT * FROM sale WHERE receipt_number = ?", receipt)
    return found


# --- refunds -------------------------------------------------------------------


def test_partial_refund_pays_back_cash_and_points_at_the_original_lines(qtbot, window, shop, on_dialog):
    """F10, receipt as just its number, 1 of 2 breads typed in the table and the milk with +, a reason: paid back in cash."""
    sell(qtbot, on_dialog, window, shop, "bread", "bread", "wine", "milk")
    original = {line["sku"]: line for line in sale_lines(shop, "T1-000001")}
    assert original["PAN001"]["qty_milli"] == 2000
    seen = {}

    def choose(dialog):
        qtbot.keyClicks(dialog.number, "1")
        qtbot.keyClick(dialog.number, ENTER)
        assert dialog.number.text() == "T1-000001"
        assert dialog.sale_label.text() == "Receipt T1-000001"
        assert dialog.model.rowCount() == 3
        assert not dialog.ok_button.isEnabled()
        # The first line (2 breads) is current: typing a digit edits its "return now" cell.
        assert dialog.view.currentIndex().row() == 0
        qtbot.keyClicks(dialog.view, "1")
        qtbot.keyClick(QApplication.focusWidget(), ENTER)
        qtbot.waitUntil(lambda: dialog.model.chosen() == {original["PAN001"]["id"]: 1000})
        dialog.view.setCurrentIndex(dialog.model.index(2, dialog.model.RETURN))
        click(qtbot, dialog, "plusButton")
        click(qtbot, dialog, "plusButton")  # only one milk was sold: stays at 1
        assert dialog.model.chosen() == {original["PAN001"]["id"]: 1000, original["LAT001"]["id"]: 1000}
        assert dialog.pay_back.text() == "5,09\xa0€"
        qtbot.keyClick(dialog.view, ENTER)  # no reason yet: refused, the reason box gets the focus
        seen["no_reason"] = dialog.error.text()
        assert dialog.reason_box.hasFocus()
        qtbot.keyClicks(dialog.reason_box, "Damaged")
        qtbot.keyClick(dialog.reason_box, ENTER)

    on_dialog(choose)
    press(qtbot, window, Qt.Key.Key_F10)
    assert "reason" in seen["no_reason"].lower()
    assert window.till.cart.kind == "refund"
    assert window.refund_banner.isVisible()
    assert "Damaged" in window.refund_banner.text()
    assert window.totals.total_label.text() == "-5,09\xa0€"

    pay_exact_cash(qtbot, on_dialog, window)
    assert "T1-000002" in window.message.text() and "5,09" in window.message.text()
    assert not window.refund_banner.isVisible()
    assert window.till.cart.kind == "sale" and window.till.cart.lines == []
    refund = sale_row(shop, "T1-000002")
    assert (refund["kind"], refund["reason"], refund["total"]) == ("refund", "Damaged", -509)
    assert refund["refund_of_id"] == sale_row(shop, "T1-000001")["id"]
    assert refund["user_id"] == shop.users["Anna"].id
    lines = [(line["sku"], line["qty_milli"], line["total"], line["refunded_line_id"]) for line in sale_lines(shop, "T1-000002")]
    assert lines == [
        ("PAN001", -1000, -350, original["PAN001"]["id"]),
        ("LAT001", -1000, -159, original["LAT001"]["id"]),
    ]
    payments = rows(shop.engine, "SELECT method, amount, is_change FROM payment WHERE sale_id = ?", refund["id"])
    assert payments == [{"method": "cash", "amount": -509, "is_change": 0}]
    (event,) = audit_events(shop.engine, "refund")
    assert event["user_id"] == shop.users["Anna"].id
    assert event["sale_id"] == refund["id"]
    assert event["detail"]["reason"] == "Damaged" and event["detail"]["total"] == -509


def test_second_refund_returns_only_what_is_left(qtbot, window, shop, on_dialog):
    """After one bread came back, Return all (F5) with the full receipt number returns the other bread and the wine."""
    sell(qtbot, on_dialog, window, shop, "bread", "bread", "wine")
    original = {line["sku"]: line for line in sale_lines(shop, "T1-000001")}
    window.till.start_refund(original["PAN001"]["sale_id"], {original["PAN001"]["id"]: 1000}, "Expired")
    window.refresh()
    pay_exact_cash(qtbot, on_dialog, window)
    seen = {}

    def return_the_rest(dialog):
        qtbot.keyClicks(dialog.number, "t1-000001")
        qtbot.keyClick(dialog.number, ENTER)
        returned_before = [dialog.model.index(row, dialog.model.RETURNED).data() for row in range(2)]
        seen["returned_before"] = returned_before
        qtbot.keyClick(dialog, Qt.Key.Key_F5)
        seen["pay_back"] = dialog.pay_back.text()
        dialog.reason_box.setCurrentIndex(dialog.reasons().index("Changed mind"))
        qtbot.keyClick(dialog.view, ENTER)

    on_dialog(return_the_rest)
    press(qtbot, window, Qt.Key.Key_F10)
    assert seen["returned_before"] == ["1", "–"]
    assert seen["pay_back"] == "16,40\xa0€"
    pay_exact_cash(qtbot, on_dialog, window)
    lines = [(line["sku"], line["qty_milli"]) for line in sale_lines(shop, "T1-000003")]
    assert lines == [("PAN001", -1000), ("VIN001", -1000)]
    assert sale_row(shop, "T1-000003")["reason"] == "Changed mind"
    left = rows(
        shop.engine,
        "SELECT o.sku, o.qty_milli + coalesce(sum(r.qty_milli), 0) AS left FROM saleline o "
        "LEFT JOIN saleline r ON r.refunded_line_id = o.id WHERE o.sale_id = ? GROUP BY o.id ORDER BY o.position",
        original["PAN001"]["sale_id"],
    )
    assert [(row["sku"], row["left"]) for row in left] == [("PAN001", 0), ("VIN001", 0)]

    def everything_returned(dialog):
        qtbot.keyClicks(dialog.number, "1")
        qtbot.keyClick(dialog.number, ENTER)
        seen["all_returned"] = dialog.error.text()
        seen["cells"] = [dialog.model.index(row, dialog.model.RETURN).data() for row in range(2)]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(everything_returned)
    press(qtbot, window, Qt.Key.Key_F10)
    assert "already been returned" in seen["all_returned"]
    assert seen["cells"] == ["all returned", "all returned"]
    assert window.till.cart.kind == "sale"


def test_paying_back_more_than_the_refund_is_refused(qtbot, window, shop, on_dialog):
    """Typing 20 to pay back a 12.90 refund is refused with the right figure and keeps what was typed; Enter on empty pays back 12.90."""
    sell(qtbot, on_dialog, window, shop, "wine")
    (line,) = sale_lines(shop, "T1-000001")
    window.till.start_refund(line["sale_id"], {line["id"]: 1000}, "Wrong item")
    window.refresh()
    seen = {}

    def too_much(dialog):
        qtbot.keyClicks(dialog.amount, "20")
        qtbot.keyClick(dialog.amount, ENTER)
        seen["refused"] = (dialog.completed, dialog.error.text(), dialog.amount.text(), dialog.tender_list.count())
        dialog.amount.clear()
        qtbot.keyClick(dialog.amount, ENTER)
        seen["paid"] = dialog.completed
        qtbot.keyClick(dialog, ENTER)

    on_dialog(too_much)
    press(qtbot, window, Qt.Key.Key_F12)
    assert seen["refused"] == (None, "Still to pay back: 12,90\xa0€", "20", 0)
    assert seen["paid"] is not None and seen["paid"].total == -1290
    refund = sale_row(shop, "T1-000002")
    payments = rows(shop.engine, "SELECT method, amount FROM payment WHERE sale_id = ?", refund["id"])
    assert payments == [{"method": "cash", "amount": -1290}]


def test_unknown_receipt_says_so_and_changes_nothing(qtbot, window, shop, on_dialog):
    """A receipt number that does not exist shows a clear message; Esc leaves the till and the database as they were."""
    sell(qtbot, on_dialog, window, shop, "wine")
    before = counts(shop.engine)
    seen = {}

    def unknown(dialog):
        qtbot.keyClicks(dialog.number, "T1-000999")
        qtbot.keyClick(dialog.number, ENTER)
        seen["error"] = dialog.error.text()
        seen["rows"] = dialog.model.rowCount()
        seen["ok"] = dialog.ok_button.isEnabled()
        seen["kept"] = dialog.number.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(unknown)
    press(qtbot, window, Qt.Key.Key_F10)
    assert "T1-000999" in seen["error"] and "receipt number" in seen["error"]
    assert (seen["rows"], seen["ok"], seen["kept"]) == (0, False, "T1-000999")
    assert window.till.cart.kind == "sale" and not window.refund_banner.isVisible()
    assert counts(shop.engine) == before


# --- cash in / out and closing the shift -----------------------------------------


def move_cash(qtbot, on_dialog, window, direction_key, amount: str, reason: str, seen: dict | None = None) -> None:
    """F11, F1 (in) or F2 (out), the amount, a reason typed into the reason box, Enter."""

    def record(dialog):
        if seen is not None:
            seen["drawer"] = dialog.drawer.text()
        qtbot.keyClick(dialog, direction_key)
        qtbot.keyClicks(dialog.amount, amount)
        qtbot.keyClicks(dialog.reason_box, reason)
        qtbot.keyClick(dialog.reason_box, ENTER)

    on_dialog(record)
    press(qtbot, window, Qt.Key.Key_F11)


def test_cash_in_and_out_are_recorded_and_change_the_expected_cash(qtbot, window, shop, on_dialog):
    """F11 puts 50.00 in and takes 20.00 out with reasons: two cash movements, two audit events, and the drawer figure follows."""
    assert window.till.x_report()["cash"]["expected"] == 10000
    move_cash(qtbot, on_dialog, window, Qt.Key.Key_F1, "50", "Change from the safe")
    assert window.message.text() == "Cash movement recorded."
    seen = {}
    move_cash(qtbot, on_dialog, window, Qt.Key.Key_F2, "20,00", "Supplier paid", seen)
    assert seen["drawer"] == "The drawer should hold 150,00\xa0€ now."
    movements = rows(shop.engine, "SELECT shift_id, user_id, amount, reason FROM cashmovement ORDER BY created_at, id")
    shift_id, anna = window.till.shift.id, shop.users["Anna"].id
    assert movements == [
        {"shift_id": shift_id, "user_id": anna, "amount": 5000, "reason": "Change from the safe"},
        {"shift_id": shift_id, "user_id": anna, "amount": -2000, "reason": "Supplier paid"},
    ]
    (cash_in,) = audit_events(shop.engine, "cash_in")
    (cash_out,) = audit_events(shop.engine, "cash_out")
    assert (cash_in["user_id"], cash_in["detail"]) == (anna, {"amount": 5000, "reason": "Change from the safe"})
    assert (cash_out["user_id"], cash_out["detail"]) == (anna, {"amount": -2000, "reason": "Supplier paid"})
    cash = window.till.x_report()["cash"]
    assert (cash["cash_in"], cash["cash_out"], cash["expected"]) == (5000, -2000, 13000)


def test_cash_dialog_refuses_no_amount_or_no_reason(qtbot, window, shop, on_dialog):
    """Enter with no amount, then with no reason, says what is missing and records nothing; Esc leaves."""
    seen = {}

    def incomplete(dialog):
        qtbot.keyClick(dialog.amount, ENTER)
        seen["no_amount"] = dialog.error.text()
        qtbot.keyClicks(dialog.amount, "10")
        qtbot.keyClick(dialog.amount, ENTER)
        seen["no_reason"] = dialog.error.text()
        seen["focus"] = dialog.reason_box.hasFocus()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(incomplete)
    press(qtbot, window, Qt.Key.Key_F11)
    assert "amount" in seen["no_amount"].lower()
    assert "reason" in seen["no_reason"].lower() and seen["focus"]
    assert counts(shop.engine)["cashmovement"] == 0
    assert audit_events(shop.engine, "cash_out") == []


def pay_by_card(qtbot, on_dialog, window) -> None:
    """F12 and F8 on an empty amount: exactly what is due on the card."""

    def pay(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_F8)
        assert dialog.completed is not None, dialog.error.text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(pay)
    press(qtbot, window, Qt.Key.Key_F12)


def close_shift(qtbot, on_dialog, window, counted: str, seen: dict) -> None:
    """Ctrl+F12, the counted cash and Enter (twice when it does not match), then Enter on the Z report."""

    def count_and_close(dialog):
        seen["x_expected"] = dialog.x_view.values["expectedValue"].text()
        seen["x_title"] = dialog.x_view.findChild(QLabel, "reportTitle").text()
        seen["expected_label"] = dialog.expected_label.text()
        qtbot.keyClicks(dialog.counted, counted)
        seen["preview"] = dialog.difference_label.text()
        qtbot.keyClick(dialog.counted, ENTER)
        seen["first_enter"] = (dialog.report, dialog.error.text())
        if dialog.report is None:
            qtbot.keyClick(dialog.counted, ENTER)
        assert dialog.report is not None, dialog.error.text()
        seen["z_title"] = dialog.z_view.findChild(QLabel, "reportTitle").text()
        seen["z_difference"] = dialog.z_view.values["differenceValue"].text()
        qtbot.keyClick(dialog, ENTER)

    on_dialog(count_and_close)
    with qtbot.waitSignal(window.signed_out, timeout=1000):
        press(qtbot, window, Qt.Key.Key_F12, Qt.KeyboardModifier.ControlModifier)


def test_close_shift_with_a_difference_stores_z_report_one(qtbot, window, shop, on_dialog):
    """Sales in cash and card and a cash-out, then Ctrl+F12: a short count needs a second Enter; Z 1 holds every figure."""
    sell(qtbot, on_dialog, window, shop, "wine", "milk")  # 12.90 at 22 % + 1.59 at 4 %, cash
    scan(qtbot, window.search, shop.barcodes["bread"])  # 3.50 at 4 %, card
    pay_by_card(qtbot, on_dialog, window)
    move_cash(qtbot, on_dialog, window, Qt.Key.Key_F2, "20", "Takings to the bank")
    shift_id = window.till.shift.id
    seen = {}
    close_shift(qtbot, on_dialog, window, "94", seen)

    assert seen["x_title"] == "X report · shift still open"
    assert seen["x_expected"] == "94,49\xa0€"  # 100.00 float + 14.49 cash - 20.00 out
    assert seen["expected_label"] == "Expected: 94,49\xa0€"
    assert seen["preview"] == "Short by 0,49\xa0€"
    first_report, first_error = seen["first_enter"]
    assert first_report is None and "0,49" in first_error and "Enter again" in first_error
    assert seen["z_title"] == "Z report no. 1"
    assert seen["z_difference"] == "-0,49\xa0€"
    assert window.till.shift is None

    (z,) = rows(shop.engine, "SELECT * FROM zreport")
    assert (z["till_id"], z["z_number"], z["shift_id"]) == ("T1", 1, shift_id)
    data = json.loads(z["data"])
    assert data["z_number"] == 1 and data["closed_by"] == "Anna"
    assert data["cash"] == {
        "opening_float": 10000, "cash_payments": 1449, "cash_in": 0, "cash_out": -2000,
        "expected": 9449, "counted": 9400, "difference": -49,
    }
    assert data["sales"] == {"count": 2, "total": 1799} and data["refunds"] == {"count": 0, "total": 0}
    assert data["payments"] == {"card": 350, "cash": 1449}
    assert [(v["rate_bp"], v["gross"], v["vat"], v["net"]) for v in data["vat"]] == [
        (2200, 1290, 233, 1057),  # 12.90 gross holds 2.33 VAT at 22 %
        (400, 509, 20, 489),  # 5.09 gross holds 0.20 VAT at 4 %
    ]
    (shift,) = rows(shop.engine, "SELECT * FROM shift")
    assert (shift["z_number"], shift["counted_cash"], shift["expected_cash"], shift["closed_by"]) == (
        1, 9400, 9449, shop.users["Anna"].id)
    assert shift["closed_at"] is not None
    (event,) = audit_events(shop.engine, "shift_close")
    assert event["user_id"] == shop.users["Anna"].id
    assert event["detail"] == {"z_number": 1, "counted": 9400, "expected": 9449}


def test_next_shift_gets_z_number_two(qtbot, window, shop, on_dialog):
    """After Z 1, a new shift opened with a counted float and closed with an exact count (one Enter) is Z 2."""
    close_shift(qtbot, on_dialog, window, "100", {})
    window.close()

    till = Till(shop.engine, shop.users["Marco"])
    assert till.shift is None

    def count_float(dialog):
        assert dialog.findChild(QLabel, "cashierName").text() == "Marco"
        qtbot.keyClicks(dialog.amount, "80")
        click(qtbot, dialog, "add2000")  # the 20.00 note button adds to what is typed
        assert dialog.amount.text() == "100"
        qtbot.keyClick(dialog.amount, ENTER)

    on_dialog(count_float)
    assert OpenShiftDialog(till).exec() == QDialog.DialogCode.Accepted
    second = TillWindow(till)
    qtbot.addWidget(second)
    second.show()
    sell(qtbot, on_dialog, second, shop, "gum")
    seen = {}
    close_shift(qtbot, on_dialog, second, "101,20", seen)
    assert seen["first_enter"][0] is not None  # the count matched: closed on the first Enter
    assert seen["z_title"] == "Z report no. 2"
    zs = rows(shop.engine, "SELECT z.z_number, s.opening_float, s.opened_by, s.closed_by FROM zreport z "
                           "JOIN shift s ON s.id = z.shift_id ORDER BY z.z_number")
    marco = shop.users["Marco"].id
    assert [(z["z_number"], z["opening_float"], z["closed_by"]) for z in zs] == [
        (1, 10000, shop.users["Anna"].id), (2, 10000, marco)]
    assert zs[1]["opened_by"] == marco
    assert [e["detail"]["z_number"] for e in audit_events(shop.engine, "shift_close")] == [1, 2]


# --- signing in and opening the shift ---------------------------------------------


def sign_in_dialog(qtbot, shop) -> SignInDialog:
    dialog = SignInDialog(shop.engine, shop.settings)
    qtbot.addWidget(dialog)
    return dialog


def type_pin(qtbot, dialog, pin: str) -> None:
    """The PIN on the keyboard (digits go to the pad wherever the focus is) and Enter."""
    qtbot.keyClicks(dialog, pin)
    qtbot.keyClick(dialog.pad.edit, ENTER)


def test_sign_in_with_the_pin_pad(qtbot, shop, on_dialog):
    """F1 chooses Anna; a wrong PIN says how many tries are left; her PIN typed on the pad's keys signs her in."""
    seen = {}

    def sign_in(dialog):
        assert [b.text().split("\n")[0] for b in (dialog.findChild(QPushButton, f"user{i}") for i in (1, 2, 3))] == [
            "Anna", "Giulia", "Marco"]
        qtbot.keyClick(dialog, Qt.Key.Key_F1)
        assert dialog.for_label.text() == "PIN for Anna"
        type_pin(qtbot, dialog, "1234")
        seen["wrong"] = dialog.error.text()
        seen["cleared"] = dialog.pad.pin()
        for key in ("key1", "key1", "key1", "key1"):
            click(qtbot, dialog.pad, key)
        click(qtbot, dialog.pad, "keyOk")

    on_dialog(sign_in)
    dialog = sign_in_dialog(qtbot, shop)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen["wrong"] == "Wrong PIN - 4 attempts left" and seen["cleared"] == ""
    assert dialog.user.id == shop.users["Anna"].id
    assert audit_events(shop.engine, "till_locked") == []


def test_five_wrong_pins_lock_sign_in_for_a_minute(qtbot, shop, on_dialog):
    """Five wrong PINs lock the pad; a new dialog still refuses Anna's right PIN until the minute is over."""
    seen = {}

    def five_wrong(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_F3)  # Marco
        for attempt in range(5):
            type_pin(qtbot, dialog, "0000")
            seen[attempt] = dialog.error.text()
        seen["locked"] = (dialog.pad.is_locked(), dialog.pad.edit.isEnabled(), dialog.pad.keys["1"].isEnabled())
        qtbot.keyClicks(dialog, "2222")  # ignored while locked
        seen["typed"] = dialog.pad.pin()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(five_wrong)
    assert sign_in_dialog(qtbot, shop).exec() == QDialog.DialogCode.Rejected
    assert seen[0] == "Wrong PIN - 4 attempts left"
    assert seen[3] == "Wrong PIN - 1 attempt left before the till locks."
    assert seen[4] == "Too many wrong PINs. The till is locked for 60 s."
    assert seen["locked"] == (True, False, False) and seen["typed"] == ""
    (locked,) = audit_events(shop.engine, "till_locked")
    assert locked["detail"] == {"failures": 5}

    def right_pin_while_locked(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_F1)
        type_pin(qtbot, dialog, "1111")
        seen["new_dialog"] = dialog.error.text()
        seen["new_locked"] = dialog.pad.is_locked()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(right_pin_while_locked)
    dialog = sign_in_dialog(qtbot, shop)
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.user is None
    assert "locked for" in seen["new_dialog"] and seen["new_locked"]

    # The minute passes: the stored lock now ends in the past.
    with write_session(shop.engine) as session:
        lock = session.get(Setting, "pin_lockout")
        lock.value = {**lock.value, "locked_until": (datetime.now(timezone.utc) - timedelta(seconds=1)).isoformat()}
        session.add(lock)

    def right_pin(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_F1)
        type_pin(qtbot, dialog, "1111")

    on_dialog(right_pin)
    dialog = sign_in_dialog(qtbot, shop)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.user.id == shop.users["Anna"].id


def test_open_shift_with_the_counted_float(qtbot, shop, on_dialog):
    """With no shift open, a typo in the float is refused; 150,50 and Enter creates the shift and audits it."""
    till = Till(shop.engine, shop.users["Anna"])
    seen = {}

    def count_float(dialog):
        assert (dialog.amount.text(), dialog.amount.selectedText()) == ("0", "0")  # typing replaces it
        qtbot.keyClicks(dialog.amount, "15O")
        qtbot.keyClick(dialog.amount, ENTER)
        seen["typo"] = (dialog.error.text(), dialog.amount.text())
        dialog.amount.selectAll()
        qtbot.keyClicks(dialog.amount, "150,50")
        qtbot.keyClick(dialog.amount, ENTER)

    on_dialog(count_float)
    dialog = OpenShiftDialog(till)
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen["typo"] == ("'15O' is not an amount. Type it like 20 or 12.50.", "15O")
    (shift,) = rows(shop.engine, "SELECT * FROM shift")
    assert (shift["id"], shift["till_id"], shift["opened_by"], shift["opening_float"], shift["closed_at"]) == (
        dialog.shift.id, "T1", shop.users["Anna"].id, 15050, None)
    assert till.shift.id == shift["id"]
    (event,) = audit_events(shop.engine, "shift_open")
    assert (event["user_id"], event["detail"]) == (shop.users["Anna"].id, {"opening_float": 15050})


# --- no sale ---------------------------------------------------------------------


def test_no_sale_drawer_needs_a_manager_and_is_audited(qtbot, window, shop, on_dialog):
    """Ctrl+D as a cashier asks for a manager's PIN: her own PIN is refused, Marco's opens the drawer and is audited."""
    seen = {}

    def approve(dialog):
        assert type(dialog).__name__ == "ApprovalDialog"
        seen["requested_by"] = dialog.findChild(QLabel, "requestedByLabel").text()
        type_pin(qtbot, dialog, "1111")
        seen["cashier_pin"] = dialog.error.text()
        type_pin(qtbot, dialog, "2222")

    on_dialog(approve)
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert seen["requested_by"] == "Requested by Anna"
    assert "can't approve" in seen["cashier_pin"]
    assert "audit" in window.message.text()
    (event,) = audit_events(shop.engine, "drawer_open_no_sale")
    assert event["user_id"] == shop.users["Anna"].id
    assert event["detail"] == {"approved_by": shop.users["Marco"].id}


def test_cancelled_no_sale_writes_nothing(qtbot, window, shop, on_dialog):
    """Esc on the manager's PIN leaves no audit event and no message of an opened drawer."""
    before = counts(shop.engine)

    def cancel(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(cancel)
    click(qtbot, window, "drawerButton")
    assert audit_events(shop.engine, "drawer_open_no_sale") == []
    assert counts(shop.engine) == before
    assert "Drawer opened" not in window.message.text()


def test_manager_opens_the_drawer_without_asking(qtbot, shop, till):
    """Signed in as Marco (a manager), Ctrl+D opens the drawer at once and records who did it."""
    manager = TillWindow(Till(shop.engine, shop.users["Marco"]))
    qtbot.addWidget(manager)
    manager.show()
    press(qtbot, manager, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    (event,) = audit_events(shop.engine, "drawer_open_no_sale")
    assert (event["user_id"], event["detail"]) == (shop.users["Marco"].id, {})


def test_the_app_deletes_the_open_shift_dialog_and_a_signed_out_window(qtbot, shop, on_dialog):
    """Signing in with no shift: the float dialog is deleted once used, and a retired till window is deleted, clock and all."""
    seen = {}

    def count_float(dialog):
        seen["dialog"] = dialog
        qtbot.keyClicks(dialog.amount, "50")
        qtbot.keyClick(dialog.amount, ENTER)

    on_dialog(count_float)
    window = _till_window(shop.engine, shop.users["Anna"], shop.settings)  # deleted below, not by qtbot
    assert window.till.shift.opening_float == 5000
    qtbot.waitUntil(lambda: not shiboken6.isValid(seen["dialog"]))
    window.show()
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.destroyed):
        retire(window)  # what the app does on signed_out
    assert not shiboken6.isValid(window)
