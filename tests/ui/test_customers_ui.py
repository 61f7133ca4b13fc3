"""The customer at the till, driven through the real window: find them (phone any way, name, card scan),
register them, see their card and history, return from a past receipt; checked against the database."""
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from db.engine import write_session
from shop import cards, customers
from shop.cards import card_link
from tests.db.tables import rows
from tests.ui.test_till_flows import click, pay_exact_cash, press, sell
from ui.customer_register import RegisterCustomerDialog
from ui.customer_search import CustomerSearchDialog
from ui.receipt_view import ReceiptDialog
from ui.refund_dialog import RefundDialog

ENTER = Qt.Key.Key_Return
MARIA_PHONE = "+393331234567"


def register(shop, name, phone=None, email=None, birthday=None, notes=""):
    with write_session(shop.engine) as session:
        return customers.register_customer(session, "IT", name, phone=phone, email=email, birthday=birthday,
                                           notes=notes).id


def issue_card(shop, customer_id) -> str:
    with write_session(shop.engine) as session:
        return cards.issue_card(session, customer_id, "T1").code


@pytest.fixture
def people(shop):
    """Three regulars: an Italian with a phone, card and notes, a Korean name, a namesake to tell apart."""
    maria = register(shop, "Maria Rossi", phone="333 123 4567", email="maria@example.com", notes="Senza glutine")
    minjun = register(shop, "김민준", phone="347 765 4321")
    mario = register(shop, "Mario Bianchi", phone="328 111 2222")
    return {"maria": maria, "minjun": minjun, "mario": mario, "maria_card": issue_card(shop, maria)}


@pytest.fixture
def on_dialog(qtbot):
    """Run `handler(dialog)` once a modal dialog of class `kind` is open; nested dialogs work.

    A failure closes every open dialog, so the test fails instead of hanging.
    """
    failures = []

    def schedule(kind, handler):
        def poll():
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind):
                if not failures:
                    QTimer.singleShot(10, poll)
                return
            try:
                handler(dialog)
            except BaseException as error:  # noqa: BLE001 - re-raised once the dialogs are gone
                fail(error)
                return
            # A dialog the handler failed to close would block the test for ever: fail it instead.
            QTimer.singleShot(20_000, dialog, lambda: dialog.isVisible() and fail(AssertionError(f"{kind.__name__} left open")))

        QTimer.singleShot(0, poll)

    def fail(error):
        failures.append(error)
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(0)

    yield schedule
    if failures:
        raise failures[0]


def type_text(qtbot, widget, text: str) -> None:
    """Keys for Latin text; Korean or Chinese arrives as an input method commits it (QTest has no keys for it)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def find_and_attach(qtbot, window, on_dialog, typed: str, expected_name: str) -> None:
    """F1, type what the customer says, check the first result, Enter."""

    def search(dialog):
        type_text(qtbot, dialog.edit, typed)
        assert dialog.model.rowCount() >= 1, dialog.count.text()
        assert dialog.model.customers[0].name == expected_name
        qtbot.keyClick(dialog.edit, ENTER)

    on_dialog(CustomerSearchDialog, search)
    press(qtbot, window, Qt.Key.Key_F1)


def sale_of(shop, receipt: str) -> dict:
    (found,) = rows(shop.engine, "SELECT * FROM sale WHERE receipt_number = ?", receipt)
    return found


@pytest.mark.parametrize("typed", ["333 123 4567", "+39 333-1234567", "0039 333 1234567", "333.123.45.67", "4567", "1234567"])
def test_attach_by_phone_typed_any_way(qtbot, window, shop, people, on_dialog, typed):
    """Any way the customer says the number (or just its last digits) finds them; the sale is recorded with them."""
    find_and_attach(qtbot, window, on_dialog, typed, "Maria Rossi")
    assert window.till.cart.customer_id == people["maria"]
    assert window.customers.panel.isVisible()
    assert window.customers.panel.name_label.text() == "Maria Rossi"
    assert "Senza glutine" in window.customers.panel.notes_label.text()
    sell(qtbot, on_dialog_in_dialog(on_dialog), window, shop, "bread")
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    assert sale["customer_id"] == people["maria"]
    assert not window.customers.panel.isVisible()  # the next customer starts without one


def on_dialog_in_dialog(on_dialog):
    """The `in_dialog` shape (handler only) for the till flow helpers, on any dialog."""
    return lambda handler: on_dialog(QDialog, handler)


@pytest.mark.parametrize(("typed", "name"), [("ross", "Maria Rossi"), ("MARIA", "Maria Rossi"), ("민준", "김민준"),
                                             ("김", "김민준"), ("maria@exa", "Maria Rossi"), ("bianchi m", "Mario Bianchi")])
def test_attach_by_name_or_email(qtbot, window, people, on_dialog, typed, name):
    """Any part of the name (case ignored, Korean too) or the e-mail finds the customer."""
    find_and_attach(qtbot, window, on_dialog, typed, name)
    assert window.customers.panel.name_label.text() == name


def test_results_update_on_every_keystroke(qtbot, window, people, on_dialog):
    """Each key narrows the results: 'mar' finds Maria and Mario, 'mari' + 'a' only Maria."""
    seen = []

    def search(dialog):
        for key in "maria":
            qtbot.keyClicks(dialog.edit, key)
            seen.append(sorted(c.name for c in dialog.model.customers))
        dialog.reject()

    on_dialog(CustomerSearchDialog, search)
    press(qtbot, window, Qt.Key.Key_F1)
    assert seen[2] == ["Maria Rossi", "Mario Bianchi"]
    assert seen[4] == ["Maria Rossi"]
    assert window.till.cart.customer_id is None


def test_scanned_card_into_the_sale_table_attaches(qtbot, window, shop, people):
    """The QR burst typed while the sale's table has focus attaches the holder; no product search is left behind."""
    qtbot.keyClicks(window.search, shop.barcodes["wine"])
    qtbot.keyClick(window.search, ENTER)
    window.cart_view.setFocus()
    qtbot.keyClicks(window.cart_view, card_link(people["maria_card"]))
    qtbot.keyClick(window.cart_view, ENTER)
    assert window.till.cart.customer_id == people["maria"]
    assert window.search.text() == ""
    assert window.views.currentWidget() is window.cart_view
    assert [line.name for line in window.till.cart.lines] == ["Sangiovese di Romagna"]
    assert "Maria Rossi" in window.message.text()


def test_scanned_card_into_another_text_field_attaches(qtbot, window, people):
    """A card burst into some other text field of the till is taken out of it and attaches the customer."""
    note = QLineEdit(window.centralWidget())
    note.show()
    note.setFocus()
    qtbot.keyClicks(note, card_link(people["maria_card"], "https://shop.example.org"))
    qtbot.keyClick(note, ENTER)
    assert window.till.cart.customer_id == people["maria"]
    assert note.text() == ""


def test_scanned_card_into_the_search_box_attaches(qtbot, window, people):
    """The same QR typed into the search box is a card, not a product name."""
    qtbot.keyClicks(window.search, card_link(people["maria_card"]))
    qtbot.keyClick(window.search, ENTER)
    assert window.till.cart.customer_id == people["maria"]
    assert window.message.property("role") != "error"


def test_lost_card_is_refused_with_a_reason(qtbot, window, shop, people):
    """A reissued card's old QR attaches nobody and says the card was replaced; the new one works."""
    new_code = issue_card(shop, people["maria"])
    qtbot.keyClicks(window.search, card_link(people["maria_card"]))
    qtbot.keyClick(window.search, ENTER)
    assert window.till.cart.customer_id is None
    assert window.message.property("role") == "error"
    assert "replaced" in window.message.text()
    qtbot.keyClicks(window.search, card_link(new_code))
    qtbot.keyClick(window.search, ENTER)
    assert window.till.cart.customer_id == people["maria"]


def test_card_code_typed_in_the_search_dialog(qtbot, window, people, on_dialog):
    """The code printed under the QR, typed with dashes and in lower case, attaches the holder."""
    code = cards.format_card_code(people["maria_card"]).lower()

    def search(dialog):
        qtbot.keyClicks(dialog.edit, code)
        qtbot.keyClick(dialog.edit, ENTER)

    on_dialog(CustomerSearchDialog, search)
    press(qtbot, window, Qt.Key.Key_F1)
    assert window.till.cart.customer_id == people["maria"]


def test_register_a_new_customer_from_the_search(qtbot, window, shop, people, on_dialog):
    """Not found: F4 registers them with the typed name, phone, birthday and one consent, and attaches them."""

    def fill(dialog):
        assert dialog.name.text() == "Giovanni Verdi"
        qtbot.keyClicks(dialog.phone, "340 555 6677")
        qtbot.keyClicks(dialog.birthday, "25/04/1985")
        dialog.consents["sms"].setChecked(True)
        assert not dialog.duplicate_label.isVisible()
        qtbot.keyClick(dialog.phone, ENTER)

    def search(dialog):
        qtbot.keyClicks(dialog.edit, "Giovanni Verdi")
        assert dialog.model.rowCount() == 0
        on_dialog(RegisterCustomerDialog, fill)
        press(qtbot, dialog, Qt.Key.Key_F4)

    on_dialog(CustomerSearchDialog, search)
    press(qtbot, window, Qt.Key.Key_F1)
    (new,) = rows(shop.engine, "SELECT * FROM customer WHERE name = 'Giovanni Verdi'")
    assert new["phone"] == "+393405556677"
    assert new["birthday"] == "1985-04-25"
    assert (new["consent_sms"], new["consent_email"], new["consent_messaging"]) == (1, 0, 0)
    (consent,) = rows(shop.engine, "SELECT * FROM consentevent WHERE customer_id = ?", new["id"])
    assert (consent["channel"], consent["granted"], consent["how"]) == ("sms", 1, "till")
    assert window.till.cart.customer_id == new["id"]
    assert "Giovanni Verdi" in window.message.text()
    assert window.customers.panel.consent_label.text().endswith("SMS")


def test_duplicate_phone_is_warned_and_the_existing_customer_attached(qtbot, window, shop, people, on_dialog):
    """A phone that is already Maria's (typed another way) warns while typing, registers nobody, attaches Maria."""
    before = rows(shop.engine, "SELECT count(*) AS n FROM customer")[0]["n"]
    warnings = []

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "M. Rossi")
        qtbot.keyClicks(dialog.phone, "+39 333 12 34 567")
        warnings.append(dialog.duplicate_label.text())
        assert dialog.attach_existing.isVisible()
        qtbot.keyClick(dialog.name, ENTER)  # registering anyway is refused
        assert dialog.isVisible()
        click(qtbot, dialog, "attachExistingButton")

    def search(dialog):
        on_dialog(RegisterCustomerDialog, fill)
        click(qtbot, dialog, "newCustomerButton")

    on_dialog(CustomerSearchDialog, search)
    press(qtbot, window, Qt.Key.Key_F1)
    assert "Maria Rossi" in warnings[0]
    assert rows(shop.engine, "SELECT count(*) AS n FROM customer")[0]["n"] == before
    assert window.till.cart.customer_id == people["maria"]


def test_duplicate_email_is_refused_on_register(qtbot, window, shop, people, on_dialog):
    """The e-mail of another customer is caught when registering, and names them."""

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Maria R.")
        qtbot.keyClicks(dialog.email, "MARIA@example.com")
        qtbot.keyClick(dialog.name, ENTER)
        assert "Maria Rossi" in dialog.duplicate_label.text()
        dialog.reject()

    def search(dialog):
        on_dialog(RegisterCustomerDialog, fill)
        press(qtbot, dialog, Qt.Key.Key_F4)
        dialog.reject()

    on_dialog(CustomerSearchDialog, search)
    press(qtbot, window, Qt.Key.Key_F1)
    assert rows(shop.engine, "SELECT count(*) AS n FROM customer WHERE name = 'Maria R.'")[0]["n"] == 0


def test_history_opens_a_receipt_and_starts_a_return(qtbot, window, shop, people, on_dialog):
    """Maria's past sale is on her card; it opens as the printed receipt and returns through the refund dialog."""
    in_any = on_dialog_in_dialog(on_dialog)
    window.customers.attach(people["maria"])
    sell(qtbot, in_any, window, shop, "wine", "bread")
    (first,) = rows(shop.engine, "SELECT * FROM sale")
    window.customers.attach(people["maria"])
    panel = window.customers.panel
    assert panel.history_model.rowCount() == 1
    assert panel.history_model.sales[0].receipt_number == first["receipt_number"]
    assert "Sangiovese di Romagna" in panel.usual_label.text()
    window.till.void_sale()  # returns start from an empty till
    window.refresh()
    window.customers.attach(people["maria"])
    shown = []

    def refund(dialog):
        assert dialog.sale_label.text() == f"Receipt {first['receipt_number']}"
        assert dialog.model.rowCount() == 2
        click(qtbot, dialog, "returnAllButton")
        dialog.reason_box.setEditText("Changed mind")
        qtbot.keyClick(dialog.reason_box, ENTER)

    def receipt(dialog):
        shown.append(dialog.text.toPlainText())
        on_dialog(RefundDialog, refund)
        qtbot.keyClick(dialog, ENTER)

    on_dialog(ReceiptDialog, receipt)
    index = panel.history_model.index(0, 1)
    qtbot.waitUntil(lambda: panel.history_view.visualRect(index).height() > 0)
    qtbot.mouseClick(panel.history_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.history_view.visualRect(index).center())
    assert first["receipt_number"] in shown[0] and "Sangiovese" in shown[0]
    assert window.till.cart.kind == "refund"
    assert window.customers.panel.isVisible()  # the refund carries the customer of the receipt
    pay_exact_cash(qtbot, in_any, window)
    refund_row = rows(shop.engine, "SELECT * FROM sale WHERE kind = 'refund'")[0]
    assert refund_row["refund_of_id"] == first["id"]
    assert refund_row["customer_id"] == people["maria"]
    assert refund_row["total"] == -first["total"]
    # The points the sale earned are taken back by the return: the ledger nets to zero.
    ledger = rows(shop.engine, "SELECT kind, points, sale_id FROM pointsentry WHERE customer_id = ? ORDER BY at", people["maria"])
    assert [(e["kind"], e["sale_id"]) for e in ledger] == [("earn", first["id"]), ("reverse", refund_row["id"])]
    assert ledger[0]["points"] > 0 and sum(e["points"] for e in ledger) == 0


def test_points_earned_on_a_sale_show_on_the_card(qtbot, window, shop, people, on_dialog):
    """A sale with Maria attached writes her earn row; the next time she is attached her balance shows it."""
    window.customers.attach(people["maria"])
    sell(qtbot, on_dialog_in_dialog(on_dialog), window, shop, "wine", "wine")
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    (earn,) = rows(shop.engine, "SELECT * FROM pointsentry WHERE customer_id = ?", people["maria"])
    assert (earn["kind"], earn["sale_id"]) == ("earn", sale["id"])
    assert earn["points"] > 0
    window.customers.attach(people["maria"])
    assert window.customers.panel.points_label.text().startswith(f"{earn['points']} ")


def test_detach_leaves_the_sale_without_a_customer(qtbot, window, shop, people, on_dialog):
    """Remove on the card (or Ctrl+F1) takes the customer off; the sale is recorded without one."""
    window.customers.attach(people["maria"])
    qtbot.keyClicks(window.search, shop.barcodes["milk"])
    qtbot.keyClick(window.search, ENTER)
    click(qtbot, window, "detachButton")
    assert window.till.cart.customer_id is None
    assert not window.customers.panel.isVisible()
    window.customers.attach(people["mario"])
    press(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    assert window.till.cart.customer_id is None
    pay_exact_cash(qtbot, on_dialog_in_dialog(on_dialog), window)
    (sale,) = rows(shop.engine, "SELECT * FROM sale")
    assert sale["customer_id"] is None
    assert rows(shop.engine, "SELECT count(*) AS n FROM pointsentry")[0]["n"] == 0


def test_birthday_this_week_is_highlighted_with_the_gift(qtbot, window, shop, people):
    """A customer whose birthday is this week gets the highlighted chip and the gift, once."""
    today = window.till.shop_today()
    born = today.replace(year=today.year - 40) if not (today.month == 2 and today.day == 29) else today - timedelta(days=1)
    anna = register(shop, "Anna Neri", phone="333 999 0000", birthday=born)
    window.customers.attach(anna)
    panel = window.customers.panel
    assert panel.birthday_chip.isVisible()
    assert "200" in panel.reward_label.text()
    assert "birthday" in window.message.text().lower()
    window.customers.attach(anna)
    assert len(rows(shop.engine, "SELECT * FROM pointsentry WHERE customer_id = ? AND kind = 'birthday'", anna)) == 1
    window.customers.attach(people["maria"])
    assert not panel.birthday_chip.isVisible()


def test_card_never_widens_the_till(qtbot, window, shop):
    """A very long name and note fit the card: the window keeps its width and both halves of the card get room."""
    width = window.width()
    long_one = register(shop, "Maria Giovanna Carolina Benedetta " * 3, phone="333 555 1212", notes="Molto lunga " * 40)
    window.customers.attach(long_one)
    panel = window.customers.panel
    qtbot.waitUntil(lambda: panel.contact_label.width() > 0)
    assert window.width() == width
    assert panel.contact_label.width() > 200 and panel.tabs.width() > 300
    assert panel.geometry().right() < window.search.geometry().right() + 2
