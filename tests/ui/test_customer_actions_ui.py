"""The customer card's More menu, driven through the real till: print and replace the loyalty card (its QR read
back by a real decoder), correct points with a manager's PIN, export the customer's data, erase them."""
import json
import subprocess

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from sqlmodel import select

from db.engine import read_session
from db.models import AuditEvent, Customer, LoyaltyCard, PointsEntry
from shop import cards, loyalty
from shop.customer_errors import CardRevoked
from tests.printers.test_loyalty_card import to_png
from tests.ui.test_customers_ui import find_and_attach, on_dialog, people  # noqa: F401 - fixtures used by name
from tests.ui.test_till_flows import sell
from ui.approval_dialog import ApprovalDialog
from ui.customer_actions import AdjustPointsDialog, ConfirmDialog

ENTER = Qt.Key.Key_Return


def attach_maria(qtbot, window, on_dialog):  # noqa: F811
    find_and_attach(qtbot, window, on_dialog, "333 123 4567", "Maria Rossi")


def choose(window, name: str) -> None:
    """The cashier opens More on the customer card and picks `name`."""
    (action,) = [a for a in window.customers.panel.menu.actions() if a.objectName() == f"{name}Action"]
    assert action.isEnabled() and action.text()
    action.trigger()


def save_as(path):
    """Type the whole path into the dialog's file name box and accept, as a person does.

    (QFileDialog.selectFile with a path in another folder is applied asynchronously: after an earlier
    dialog in the same process, it could keep the suggested name in the folder it switched to.)"""
    def handler(dialog):
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(path))
        dialog.accept()
    return handler


def enter(qtbot):
    return lambda dialog: qtbot.keyClick(dialog, ENTER)


def manager_pin(qtbot):
    def handler(dialog):
        qtbot.keyClicks(dialog, "2222")  # Marco
        qtbot.keyClick(dialog, ENTER)
    return handler


def qr_links(pdf) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(to_png(pdf)))]


def audit(shop, action):
    with read_session(shop.engine) as session:
        return session.exec(select(AuditEvent).where(AuditEvent.action == action)).all()


def test_print_the_card_from_the_customer_card(qtbot, window, shop, people, on_dialog, tmp_path):  # noqa: F811
    """More > Print loyalty card saves an ID-1 PDF whose QR, decoded, attaches Maria."""
    attach_maria(qtbot, window, on_dialog)
    on_dialog(QFileDialog, save_as(tmp_path / "maria.pdf"))
    choose(window, "card")
    (link,) = qr_links(tmp_path / "maria.pdf")
    assert link.endswith("/c/" + people["maria_card"])
    with read_session(shop.engine) as session:
        assert cards.customer_by_card(session, link).id == people["maria"]
    assert "maria.pdf" in window.message.text()


def test_replace_a_lost_card(qtbot, window, shop, people, on_dialog, tmp_path):  # noqa: F811
    """Replace a lost card: after confirming, the old QR is refused, the new printed one attaches her; audited."""
    attach_maria(qtbot, window, on_dialog)
    on_dialog(ConfirmDialog, enter(qtbot))
    on_dialog(QFileDialog, save_as(tmp_path / "new.pdf"))
    choose(window, "reissue")
    (link,) = qr_links(tmp_path / "new.pdf")
    assert not link.endswith(people["maria_card"])
    with read_session(shop.engine) as session:
        assert cards.customer_by_card(session, link).id == people["maria"]
        try:
            cards.customer_by_card(session, people["maria_card"])
            raise AssertionError("the lost card still works")
        except CardRevoked:
            pass
    (event,) = audit(shop, "card_reissued")
    assert event.detail["revoked"] == [people["maria_card"]]
    assert cards.parse_card_code(link) in window.customers.panel.card_label.text().replace("-", "")


def test_cashier_adjusts_points_with_a_manager_pin(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Anna types +50 and why; Marco's PIN approves; the ledger row, the audit and the card's balance show it."""
    attach_maria(qtbot, window, on_dialog)
    seen = {}

    def fill(dialog):
        qtbot.keyClick(dialog, ENTER)  # nothing typed yet
        seen["empty"] = dialog.error.text()
        dialog.points.setValue(50)
        qtbot.keyClicks(dialog.reason, "Receipt T1-000007 scanned without her card")
        qtbot.keyClick(dialog.reason, ENTER)

    on_dialog(AdjustPointsDialog, fill)
    on_dialog(ApprovalDialog, manager_pin(qtbot))
    choose(window, "adjust")
    assert "points" in seen["empty"]
    with read_session(shop.engine) as session:
        (entry,) = session.exec(select(PointsEntry).where(PointsEntry.customer_id == people["maria"])).all()
    assert (entry.kind, entry.points, entry.reason) == ("adjust", 50, "Receipt T1-000007 scanned without her card")
    (event,) = audit(shop, "points_adjusted")
    assert (event.user_id, event.detail["approved_by"]) == (shop.users["Anna"].id, shop.users["Marco"].id)
    assert window.customers.panel.points_label.text().startswith("50 ")


def test_adjustment_cannot_take_more_than_the_balance(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Taking 5 points from a zero balance is refused in the dialog, before any PIN; the ledger stays empty."""
    attach_maria(qtbot, window, on_dialog)
    seen = []

    def fill(dialog):
        dialog.points.setValue(-5)
        qtbot.keyClicks(dialog.reason, "test")
        qtbot.keyClick(dialog.reason, ENTER)
        seen.append((dialog.isVisible(), dialog.error.text()))
        dialog.reject()

    on_dialog(AdjustPointsDialog, fill)
    choose(window, "adjust")
    assert seen[0][0] and "only 0 points" in seen[0][1]
    with read_session(shop.engine) as session:
        assert session.exec(select(PointsEntry)).all() == []


def test_export_her_data_as_json_and_pdf(qtbot, window, shop, people, on_dialog, tmp_path):  # noqa: F811
    """Export writes the JSON with everything and a PDF in the shop's language naming her and her receipt; audited."""
    attach_maria(qtbot, window, on_dialog)
    sell(qtbot, lambda handler: on_dialog_any(on_dialog, handler), window, shop, "wine")
    attach_maria(qtbot, window, on_dialog)
    on_dialog(QFileDialog, save_as(tmp_path / "maria.json"))
    choose(window, "export")
    data = json.loads((tmp_path / "maria.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "Maria Rossi" and data["customer"]["phone"] == "+393331234567"
    assert [s["receipt"] for s in data["sales"]] == ["T1-000001"]
    assert [c["code"] for c in data["cards"]] == [people["maria_card"]]
    text = subprocess.run(["pdftotext", str(tmp_path / "maria.pdf"), "-"], check=True, capture_output=True, text=True).stdout
    assert "Dati personali conservati da Macelleria Rossi" in text
    assert "Maria Rossi" in text and "T1-000001" in text and "Sangiovese di Romagna" in text
    (event,) = audit(shop, "customer_exported")
    assert event.detail["customer_id"] == people["maria"]


def on_dialog_any(on_dialog, handler):  # noqa: F811
    from PySide6.QtWidgets import QDialog
    on_dialog(QDialog, handler)


def test_erase_her_keeps_receipts_and_points_without_a_name(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Erase (confirmed, Marco's PIN): nothing names her, her card stops, the sale and points stay; she leaves the sale."""
    attach_maria(qtbot, window, on_dialog)
    sell(qtbot, lambda handler: on_dialog_any(on_dialog, handler), window, shop, "wine")
    with read_session(shop.engine) as session:
        points = loyalty.balance(session, people["maria"])
    assert points > 0
    attach_maria(qtbot, window, on_dialog)
    on_dialog(ConfirmDialog, enter(qtbot))
    on_dialog(ApprovalDialog, manager_pin(qtbot))
    choose(window, "erase")
    assert window.till.cart.customer_id is None and not window.customers.panel.isVisible()
    assert "Maria Rossi" in window.message.text()
    with read_session(shop.engine) as session:
        gone = session.get(Customer, people["maria"])
        assert (gone.name, gone.phone, gone.email, gone.birthday, gone.notes) == ("—", None, None, None, "")
        assert gone.erased_at is not None
        assert loyalty.balance(session, people["maria"]) == points
        assert all(card.revoked_at for card in session.exec(select(LoyaltyCard).where(LoyaltyCard.customer_id == people["maria"])))
        sales = session.connection().exec_driver_sql("SELECT receipt_number, total FROM sale WHERE customer_id = ?",
                                                     (people["maria"],)).all()
    assert [number for number, _total in sales] == ["T1-000001"]
    (event,) = audit(shop, "customer_erased")
    assert (event.user_id, event.detail["approved_by"]) == (shop.users["Anna"].id, shop.users["Marco"].id)
    assert window.till.find_customers("333 123 4567") == [] and window.till.find_customers("Maria Rossi") == []


def test_erase_waits_for_her_reservation(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """With goods still put aside for her, erasing is refused with what to do; nothing is changed."""
    window.till.reserve(people["maria"], [(shop.products["bread"].id, 1000)], window.till.shop_today())
    attach_maria(qtbot, window, on_dialog)
    on_dialog(ConfirmDialog, enter(qtbot))
    on_dialog(ApprovalDialog, manager_pin(qtbot))
    choose(window, "erase")
    assert window.message.property("role") == "error" and "put aside" in window.message.text()
    with read_session(shop.engine) as session:
        assert session.get(Customer, people["maria"]).name == "Maria Rossi"
    assert window.till.cart.customer_id == people["maria"]


def test_edit_details_tags_and_consents(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Edit: a new phone said any way, two tags, SMS consent given, then withdrawn; each consent change is an event."""
    from db.models import ConsentEvent
    from ui.customer_edit import EditCustomerDialog

    attach_maria(qtbot, window, on_dialog)

    def give(dialog):
        assert dialog.phone.text() == "333 123 4567" and dialog.notes.text() == "Senza glutine"
        dialog.phone.setText("+39 347-000 1111")
        qtbot.keyClicks(dialog.tags, "restaurant, celiac, Restaurant")
        dialog.consents["sms"].setChecked(True)
        qtbot.keyClick(dialog.name, ENTER)

    on_dialog(EditCustomerDialog, give)
    choose(window, "edit")
    with read_session(shop.engine) as session:
        maria = session.get(Customer, people["maria"])
        assert (maria.phone, maria.tags, maria.consent_sms, maria.notes) == ("+393470001111", ["restaurant", "celiac"], True, "Senza glutine")
    panel = window.customers.panel
    assert panel.notes_label.text().startswith("#restaurant  #celiac") and "Senza glutine" in panel.notes_label.text()
    assert "SMS" in panel.consent_label.text()
    assert window.till.find_customers("347 000 1111")[0].id == people["maria"]

    def withdraw(dialog):
        assert dialog.consents["sms"].isChecked()
        dialog.consents["sms"].setChecked(False)
        qtbot.keyClick(dialog.name, ENTER)

    on_dialog(EditCustomerDialog, withdraw)
    choose(window, "edit")
    with read_session(shop.engine) as session:
        events = session.exec(select(ConsentEvent).where(ConsentEvent.customer_id == people["maria"])
                              .order_by(ConsentEvent.at)).all()
        assert not session.get(Customer, people["maria"]).consent_sms
    assert [(e.channel, e.granted, e.how, e.user_id) for e in events] == [
        ("sms", True, "till", shop.users["Anna"].id), ("sms", False, "till", shop.users["Anna"].id)]
    assert "no consent" in panel.consent_label.text()


def test_edit_refuses_another_customers_phone(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Mario's number typed as Maria's new phone is refused with his name; nothing is stored."""
    from ui.customer_edit import EditCustomerDialog

    attach_maria(qtbot, window, on_dialog)
    seen = []

    def edit(dialog):
        dialog.phone.setText("328 111 2222")
        qtbot.keyClick(dialog.name, ENTER)
        seen.append(dialog.error.text())
        dialog.reject()

    on_dialog(EditCustomerDialog, edit)
    choose(window, "edit")
    assert "Mario Bianchi" in seen[0]
    with read_session(shop.engine) as session:
        assert session.get(Customer, people["maria"]).phone == "+393331234567"
