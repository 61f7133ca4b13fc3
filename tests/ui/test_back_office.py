"""The back office: reached from the sign-in without a shift, from the till by Ctrl+B, never by a cashier;
its staff and settings pages driven with keys and clicks on a real shop file."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QPushButton
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Shift, User
from shop import shifts, staff, users
from shop.errors import NotAllowed
from shop.permissions import RolePermissions
from shop.receipts import sale_receipt
from shop.sales import CASH, Tender
from shop.settings import load_settings
from ui.back_office import BackOfficeWindow
from ui.sign_in_dialog import SignInDialog

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, parent, name: str) -> None:
    widget = parent.findChild(QPushButton, name)
    assert widget is not None and widget.isVisible() and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def sign_in(qtbot, shop, in_dialog, fkey, pin: str, back_office: bool, **kwargs) -> SignInDialog:
    """Choose a person by F-key, type the PIN, then Ctrl+B (back office) or Enter (till)."""
    seen = {}

    def act(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog, fkey)
        seen["button"] = dialog.back_office_button.isVisible()
        qtbot.keyClicks(dialog, pin)
        if back_office:
            qtbot.keyClick(dialog, Qt.Key.Key_B, CTRL)
        else:
            qtbot.keyClick(dialog.pad.edit, ENTER)
        seen["error"] = dialog.error.text()
        if dialog.isVisible():
            dialog.reject()

    in_dialog(act)
    dialog = SignInDialog(shop.engine, shop.settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.accepted_ = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.seen = seen
    return dialog


def owner_window(qtbot, shop, who: str = "Giulia", page: str = "staff") -> BackOfficeWindow:
    window = BackOfficeWindow(shop.engine, shop.users[who], load_settings_of(shop))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # as a desktop does: window shortcuts need an active window
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page(page)
    return window


def load_settings_of(shop):
    with read_session(shop.engine) as session:
        return load_settings(session)


# --- getting in --------------------------------------------------------------------------------
def test_the_owner_reaches_the_back_office_from_the_sign_in_without_a_shift(qtbot, shop, in_dialog):
    """Giulia (F2) types her PIN and presses Ctrl+B: signed in for the back office, no shift opened."""
    dialog = sign_in(qtbot, shop, in_dialog, Qt.Key.Key_F2, "9999", back_office=True)
    assert dialog.accepted_ and dialog.back_office and dialog.user.name == "Giulia"
    assert dialog.seen["button"]
    window = BackOfficeWindow(shop.engine, dialog.user, shop.settings)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text().split("\n")[0] for i in range(window.nav.count())] == ["Catalogue", "Import and export", "Reports", "Customers", "Regulars and birthdays", "Staff", "Shop settings", "Exports for the accountant", "Fiscal register", "Backups", "Campaigns", "Automations", "Feedback and follow-ups", "Net Promoter Score"]
    with read_session(shop.engine) as session:
        assert shifts.current_shift(session, "T1") is None
        assert not session.exec(select(Shift)).all()


def test_a_cashier_never_sees_the_back_office_and_is_refused_if_forced(qtbot, shop, in_dialog):
    """Anna (F1): no Back office button; Ctrl+B says it is for owners and managers; the window refuses her."""
    dialog = sign_in(qtbot, shop, in_dialog, Qt.Key.Key_F1, "1111", back_office=True)
    assert not dialog.seen["button"]
    assert not dialog.accepted_ and dialog.seen["error"] == "The back office is for owners and managers."
    with pytest.raises(NotAllowed):
        BackOfficeWindow(shop.engine, shop.users["Anna"], shop.settings)


def test_enter_still_opens_the_till_for_the_owner(qtbot, shop, in_dialog):
    """The owner's PIN and Enter is the till, as before."""
    dialog = sign_in(qtbot, shop, in_dialog, Qt.Key.Key_F2, "9999", back_office=False)
    assert dialog.accepted_ and not dialog.back_office


def test_back_office_only_sign_in_lists_owners_and_managers(qtbot, shop, in_dialog):
    """`bottega --back-office`: only Giulia and Marco are offered, and Enter opens the back office."""
    dialog = sign_in(qtbot, shop, in_dialog, Qt.Key.Key_F2, "2222", back_office=False, back_office_only=True)
    assert [u.name for u in dialog.users] == ["Giulia", "Marco"]
    assert dialog.accepted_ and dialog.back_office and dialog.user.name == "Marco"


def test_ctrl_b_from_the_till_and_back(qtbot, shop):
    """A manager's Ctrl+B hides the till and shows the back office; Ctrl+B there comes back to the till."""
    from shop.till import Till
    from ui.till_window import TillWindow

    till = Till(shop.engine, shop.users["Marco"])
    till.open_shift(0)
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.header.back_office_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    office = window.back_office
    assert office is not None and office.isVisible() and not window.isVisible()
    assert [office.nav.item(i).text().split("\n")[0] for i in range(office.nav.count())] == ["Catalogue", "Import and export", "Customers", "Regulars and birthdays", "Staff", "Campaigns", "Feedback and follow-ups"]  # no settings, no backups, no automations, no NPS
    office.activateWindow()
    qtbot.waitUntil(office.isActiveWindow)
    qtbot.keyClick(office, Qt.Key.Key_B, CTRL)
    assert window.isVisible() and window.back_office is None


def test_a_cashiers_till_has_no_back_office(qtbot, window):
    """Anna's till shows no Back office button and Ctrl+B only says no."""
    assert window.header.back_office_button is None
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert window.back_office is None
    assert window.message.text() == "The back office is for owners and managers."


# --- staff -------------------------------------------------------------------------------------
def test_owner_adds_a_cashier_who_then_signs_in(qtbot, shop):
    """Name, role, PIN twice, Add: the cashier is listed and can sign in with that PIN."""
    window = owner_window(qtbot, shop)
    page = window.pages["staff"]
    qtbot.keyClicks(page.new_name, "Luca")
    qtbot.keyClicks(page.new_pin, "4321")
    qtbot.keyClicks(page.new_pin_again, "4321")
    click(qtbot, page, "addPersonButton")
    assert page.add_error.text() == ""
    assert [p.name for p in page.people if p.active] == ["Anna", "Giulia", "Luca", "Marco"]
    luca = next(p for p in page.people if p.name == "Luca")
    assert luca.role == "cashier" and users.sign_in(shop.engine, luca.id, "4321", "T1")


def test_a_duplicate_pin_is_refused_at_the_form(qtbot, shop):
    """A PIN someone else uses is refused with a message; nobody is added."""
    window = owner_window(qtbot, shop)
    page = window.pages["staff"]
    qtbot.keyClicks(page.new_name, "Luca")
    qtbot.keyClicks(page.new_pin, "2222")
    qtbot.keyClicks(page.new_pin_again, "2222")
    qtbot.keyClick(page.new_pin_again, ENTER)
    assert page.add_error.text() == "Someone else already uses this PIN. Choose another one."
    assert len(page.people) == 3


def test_change_a_cashiers_pin(qtbot, shop):
    """Choose Anna, type a new PIN, Set PIN: her old PIN stops working, the new one works, it is audited."""
    window = owner_window(qtbot, shop)
    page = window.pages["staff"]
    page.select("Anna")
    qtbot.keyClicks(page.pin_edit, "7777")
    click(qtbot, page, "setPinButton")
    assert page.person_message.text() == "New PIN saved for Anna."
    assert users.sign_in(shop.engine, shop.users["Anna"].id, "7777", "T1")
    with read_session(shop.engine) as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "pin_changed")).one().user_id == shop.users["Giulia"].id


def test_the_last_owner_is_protected(qtbot, shop):
    """Giulia cannot make herself a manager: the page says why and she stays owner."""
    window = owner_window(qtbot, shop)
    page = window.pages["staff"]
    page.select("Giulia")
    assert not page.active_button.isEnabled()  # nobody deactivates themselves
    page.role_combo.setCurrentIndex(page.role_combo.findData("manager"))
    click(qtbot, page, "changeRoleButton")
    assert page.person_message.text() == "This is the shop's last owner: make someone else owner first."
    with read_session(shop.engine) as session:
        assert session.get(User, shop.users["Giulia"].id).role == "owner"


def test_a_manager_manages_only_cashiers(qtbot, shop):
    """Marco may add only cashiers; the owner's row cannot be changed; the permissions are read-only."""
    window = owner_window(qtbot, shop, "Marco")
    page = window.pages["staff"]
    assert [page.new_role.itemData(i) for i in range(page.new_role.count())] == ["cashier"]
    page.select("Giulia")
    assert not page.pin_button.isEnabled() and not page.active_button.isEnabled()
    assert not page.permissions_button.isVisible()
    assert "settings" not in window.factories


def test_permissions_set_on_the_page_are_enforced_at_the_till(qtbot, shop, window):
    """The owner makes refunds managers-only: the cashier's refund now asks for a manager's PIN."""
    office = owner_window(qtbot, shop)
    page = office.pages["staff"]
    combo = page.permission_combos["refund"]
    combo.setCurrentIndex(combo.findData("manager"))
    click(qtbot, page, "savePermissionsButton")
    assert page.permissions_message.text() == "Permissions saved; the tills follow them at once."
    from shop.errors import NeedsApproval

    with pytest.raises(NeedsApproval):
        window.till.start_refund("any", {}, "broken")


# --- settings ----------------------------------------------------------------------------------
def test_settings_saved_and_the_receipt_shows_the_header(qtbot, shop, till):
    """A receipt header and footer typed and saved (Ctrl+S) are printed on the next sale's receipt."""
    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    page.shop.vat_number.setText("IT 00743110157")
    page.shop.shop_name.setText("Macelleria Rossi & Figli")
    qtbot.keyClicks(page.shop.receipt_header, "Aperti tutti i giorni 8-20")
    qtbot.keyClicks(page.shop.receipt_footer, "Grazie da Giulia")
    page.loyalty.spend.setText("2")
    qtbot.keyClick(page.shop.shop_name, Qt.Key.Key_S, CTRL)
    assert page.message.text() == "Saved. Fields changed: 5.", page.message.text()
    assert window.shop_name_label.text() == "Macelleria Rossi & Figli"
    assert page.shop.vat_number.text() == "00743110157"
    till.reload_settings()
    till.add_product_id(shop.products["bread"].id)
    done = till.pay([Tender(CASH, 350)])
    with read_session(shop.engine) as session:
        document = sale_receipt(session, done.sale_id)
        from shop.loyalty_rules import load_loyalty_settings

        assert load_loyalty_settings(session).spend_per_point == 200
    assert "Aperti tutti i giorni 8-20" in document.header
    assert any(getattr(b, "text", None) == "Grazie da Giulia" for b in document.blocks)


def test_a_bad_tax_id_is_refused_at_its_field_and_nothing_is_saved(qtbot, shop):
    """A wrong check digit: the message is under the tax id, and the other change typed is not stored."""
    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    page.shop.vat_number.setText("00743110158")
    page.shop.shop_name.setText("Macelleria Rossi & Figli")
    click(qtbot, page, "saveSettingsButton")
    error = page.shop.errors["vat_number"]
    assert error.isVisible() and error.text().startswith("This is not a valid tax id for Italia")
    assert page.message.text() == "Nothing was saved: correct the fields marked in red."
    assert load_settings_of(shop).shop_name == "Macelleria Rossi"


def test_a_bad_amount_and_percent_are_refused_at_their_fields(qtbot, shop):
    """"abc" as the earn rate and 150 % as the discount limit: both marked, nothing saved."""
    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    page.shop.vat_number.setText("")
    page.loyalty.spend.setText("abc")
    page.shop.discount.setText("150")
    click(qtbot, page, "saveSettingsButton")
    assert page.loyalty.errors["spend_per_point"].text() == "Type an amount, like 20 or 12,50."
    assert page.shop.errors["discount_limit_bp"].text() == "Type a percent from 0 to 100, like 10 or 12,5."
    with read_session(shop.engine) as session:
        assert not session.exec(select(AuditEvent).where(AuditEvent.action == "settings_changed")).all()


def test_closing_the_back_office_says_so(qtbot, shop):
    """Sign out (Ctrl+Q) emits closed once, for the app to go back to the sign-in."""
    window = owner_window(qtbot, shop)
    with qtbot.waitSignal(window.closed):
        click(qtbot, window, "closeBackOfficeButton")


def test_the_set_up_wizard_ends_by_offering_the_back_office(qtbot, tmp_path):
    """A new shop's owner is offered the back office at the end of the wizard (the shop has no products)."""
    from db.engine import open_database
    from ui.setup_wizard import SetupWizard

    engine = open_database(tmp_path / "new.db")
    wizard = SetupWizard(engine)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.shop_name, "Forno Verdi")
    qtbot.keyClicks(wizard.owner, "Paola")
    qtbot.keyClicks(wizard.pin, "2468")
    qtbot.keyClicks(wizard.pin_again, "2468")
    wizard._create()
    assert wizard.pages.currentIndex() == 2 and wizard.owner.name == "Paola"
    click(qtbot, wizard, "openBackOfficeButton")
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.open_back_office
    office = BackOfficeWindow(engine, wizard.owner, load_settings_of(type("S", (), {"engine": engine})))
    qtbot.addWidget(office)
    assert "settings" in office.factories
    engine.dispose()


def test_bottega_back_office_option():
    """`bottega --back-office` asks the start-up for the back-office sign-in."""
    from ui.cli import build_parser

    assert build_parser().parse_args(["--back-office"]).back_office
    assert not build_parser().parse_args([]).back_office


def test_leaving_with_unsaved_settings_asks_once(qtbot, shop):
    """A change not saved stops the first Sign out with a message; the second one leaves."""
    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    page.shop.receipt_footer.setPlainText("A presto!")
    with qtbot.assertNotEmitted(window.closed):
        window.leave()
    assert page.message.text().startswith("You have changes not saved")
    with qtbot.waitSignal(window.closed):
        window.leave()


def test_leaving_after_saving_does_not_ask(qtbot, shop):
    """Saved settings leave at once."""
    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    page.shop.vat_number.setText("")
    page.save()
    with qtbot.waitSignal(window.closed):
        window.leave()


def test_an_owner_only_drawer_asks_the_owner_at_the_till(qtbot, shop, window, in_dialog):
    """No sale kept for owners: Ctrl+D asks for the owner; Marco's PIN is refused, Giulia's opens the drawer."""
    with write_session(shop.engine) as session:
        staff.set_permissions(session, shop.users["Giulia"], RolePermissions(no_sale="owner"), "T1")
    seen = {}

    def approve(dialog):
        seen["title"] = dialog.heading.text()
        qtbot.keyClicks(dialog, "2222")
        qtbot.keyClick(dialog.pad.edit, ENTER)
        seen["refused"] = dialog.error.text()
        qtbot.keyClicks(dialog, "9999")
        qtbot.keyClick(dialog.pad.edit, ENTER)

    in_dialog(approve)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL)
    assert seen["title"] == "Owner approval"
    assert seen["refused"] == "Opening the drawer without a sale needs the owner's PIN; this PIN can't approve it."
    assert window.message.text().startswith("Drawer opened")
    with read_session(shop.engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "drawer_open_no_sale")).one()
    assert event.detail["approved_by"] == shop.users["Giulia"].id


def test_the_staff_table_model_is_a_proper_model(qtbot, shop, qtmodeltester):
    """Qt's model tester finds nothing wrong with the staff table, active and deactivated people alike."""
    with write_session(shop.engine) as session:
        staff.deactivate(session, shop.users["Giulia"], shop.users["Anna"].id, "T1")
    window = owner_window(qtbot, shop)
    model = window.pages["staff"].model
    qtmodeltester.check(model)
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == ["Active", "Active", "Deactivated"]


def test_the_italian_owner_turns_on_rounding_to_5_cents(qtbot, shop, till):
    """Ticking 'Cash rounding' and saving makes the next all-cash sale of 12,90 € cost 12,90 € and 3,49 € cost 3,50 €."""
    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    assert not page.shop.cash_rounding.isChecked()  # off by default
    page.shop.vat_number.setText("IT 00743110157")  # the fixture's number has a wrong check digit
    box = page.shop.cash_rounding
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    qtbot.keyClick(page.shop.shop_name, Qt.Key.Key_S, CTRL)
    assert page.message.text() == "Saved. Fields changed: 2.", page.message.text()
    till.reload_settings()
    assert till.settings.cash_rounding_step == 5
    till.add_product_id(shop.products["bread"].id)
    till.add_product_id(shop.products["milk"].id)  # 3,50 + 1,59 = 5,09 -> 5,10 in cash
    done = till.pay([Tender(CASH, 1000)])
    assert (done.total, done.rounding, done.change) == (509, 1, 490)


def test_the_owner_chooses_how_long_tills_keep_the_other_tills_sales(qtbot, shop):
    """'The last year' chosen and saved: the shared setting says 1, and the next prune forgets another till's sale of two years ago."""
    from datetime import date, datetime, timedelta, timezone

    from shop.sync_apply import apply_page
    from shop.sync_history import prune_history
    from tests.shop.test_sync_history import change, sale_record

    window = owner_window(qtbot, shop, page="settings")
    page = window.pages["settings"]
    combo = page.shop.keep_years
    assert combo.currentData() == 3  # the default
    page.shop.vat_number.setText("IT 00743110157")  # the fixture's number has a wrong check digit
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the shortest: the last year
    assert combo.currentText() == "The last year"
    qtbot.keyClick(page.shop.shop_name, Qt.Key.Key_S, CTRL)
    assert page.message.text() == "Saved. Fields changed: 2.", page.message.text()
    assert load_settings_of(shop).history_keep_years == 1
    old = sale_record("T2", 7, at=datetime.now(timezone.utc) - timedelta(days=730))
    with write_session(shop.engine) as session:
        apply_page(session, [change(1, old), change(2, sale_record("T2", 8))])
        assert prune_history(session, date.today()) == 1
