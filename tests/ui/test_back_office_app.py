"""The real start-up (ui/app.py run_till) on a new shop: the wizard offers the back office, closing it
goes to the sign-in, where the owner's Ctrl+B opens it again, without a shift; quitting ends the app."""
import gc

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from db.engine import read_session
from db.models import Shift
from ui.app import run_till
from ui.back_office import BackOfficeWindow
from ui.setup_wizard import SetupWizard
from ui.sign_in_dialog import SignInDialog


def _back_office():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, BackOfficeWindow) and w.isVisible()), None)


def _modal(kind):
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) and widget.isVisible() else None


@pytest.fixture
def unfreeze_after():
    """Undo what a whole run of the app leaves in the test process."""
    frozen_before = gc.get_freeze_count()
    yield
    gc.enable()
    if not frozen_before:
        gc.unfreeze()  # run_till freezes start-up objects; the rest of the test run collects as usual
    # The app's last window closing posts a Quit that outlives app.exec(); left pending, it stops the
    # next tests' windows from ever becoming active on the offscreen platform. One more turn of the
    # loop takes it.
    QTimer.singleShot(0, QApplication.quit)
    QApplication.instance().exec()


def test_new_shop_to_back_office_and_back_through_the_sign_in(qtbot, tmp_path, unfreeze_after):
    """Wizard -> back office (no PIN asked again) -> Sign out -> sign-in -> PIN + Back office -> back office -> quit."""
    seen = []

    def wizard(dialog):
        qtbot.keyClicks(dialog.shop_name, "Forno Verdi")
        qtbot.keyClicks(dialog.owner, "Paola")
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.keyClicks(dialog.pin_again, "2468")
        dialog._create()
        qtbot.mouseClick(dialog.findChild(QPushButton, "openBackOfficeButton"), Qt.MouseButton.LeftButton)

    def office(window):
        seen.append(("office", window.user.name))
        qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)

    def sign_in(dialog):
        seen.append(("sign-in", [u.name for u in dialog.users]))
        qtbot.keyClicks(dialog, "2468")  # the only person is already chosen
        qtbot.mouseClick(dialog.back_office_button, Qt.MouseButton.LeftButton)

    def office_again(window):
        seen.append(("office", window.user.name))
        qtbot.mouseClick(window.close_button, Qt.MouseButton.LeftButton)

    def quit_at_sign_in(dialog):
        seen.append(("quit", None))
        dialog.reject()

    steps = [(lambda: _modal(SetupWizard), wizard), (_back_office, office), (lambda: _modal(SignInDialog), sign_in),
             (_back_office, office_again), (lambda: _modal(SignInDialog), quit_at_sign_in)]
    failures = []

    def drive():
        if not steps:
            return
        find, act = steps[0]
        found = find()
        if found is not None:
            steps.pop(0)
            try:
                act(found)
            except BaseException as error:  # noqa: BLE001 - reported after the app has quit
                failures.append(error)
                QApplication.quit()
                return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    give_up = QTimer(singleShot=True, interval=30_000, timeout=QApplication.quit)
    give_up.start()
    assert run_till(tmp_path / "new.db", lang="en") == 0
    give_up.stop()
    if failures:
        raise failures[0]
    assert seen == [("office", "Paola"), ("sign-in", ["Paola"]), ("office", "Paola"), ("quit", None)]
    from db.engine import open_database

    engine = open_database(tmp_path / "new.db")
    with read_session(engine) as session:
        assert not session.exec(__import__("sqlmodel").select(Shift)).all()
    engine.dispose()


def test_locking_the_till_goes_back_to_the_sign_in(qtbot, shop, unfreeze_after):
    """Anna signs in and opens her shift; Lock brings the sign-in back (the app does not end with the till
    window); the owner's Back office there opens the back office; Sign out; the owner signs in to the till,
    opens the back office from it and comes back to the same till; Lock, then Esc at the sign-in quits."""
    from ui.open_shift_dialog import OpenShiftDialog
    from ui.till_window import TillWindow

    seen, state = [], {}
    shop.engine.dispose()

    def anna(dialog):
        qtbot.mouseClick(dialog.user_buttons[shop.users["Anna"].id], Qt.MouseButton.LeftButton)
        assert not dialog.back_office_button.isVisible()
        qtbot.keyClicks(dialog, "1111")
        dialog.confirm()

    def float_(dialog):
        dialog.amount.setText("100")
        dialog.confirm()

    def till(window):
        seen.append(("till", window.till.user.name))
        window.lock()

    def giulia(dialog):
        seen.append(("sign-in again", None))
        qtbot.mouseClick(dialog.user_buttons[shop.users["Giulia"].id], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog, "9999")
        qtbot.mouseClick(dialog.back_office_button, Qt.MouseButton.LeftButton)

    def office(window):
        seen.append(("office", window.user.name))
        window.leave()

    def giulia_till(dialog):
        qtbot.mouseClick(dialog.user_buttons[shop.users["Giulia"].id], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog, "9999")
        dialog.confirm()

    def owner_till(window):
        seen.append(("till", window.till.user.name))
        state["till"] = window
        window.open_back_office()

    def office_from_till(window):
        seen.append(("office from till", window.user.name))
        window.leave()

    def back_at_till(window):
        seen.append(("same till", window is state["till"]))
        window.lock()

    def quit_(dialog):
        seen.append(("quit", None))
        dialog.reject()

    def visible(kind):
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

    steps = [(lambda: _modal(SignInDialog), anna), (lambda: _modal(OpenShiftDialog), float_),
             (lambda: visible(TillWindow), till), (lambda: _modal(SignInDialog), giulia), (_back_office, office),
             (lambda: _modal(SignInDialog), giulia_till), (lambda: visible(TillWindow), owner_till),
             (_back_office, office_from_till), (lambda: visible(TillWindow), back_at_till),
             (lambda: _modal(SignInDialog), quit_)]
    failures = []

    def drive():
        if not steps:
            return
        find, act = steps[0]
        found = find()
        if found is not None:
            steps.pop(0)
            try:
                act(found)
            except BaseException as error:  # noqa: BLE001 - reported after the app has quit
                failures.append(error)
                QApplication.quit()
                return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    give_up = QTimer(singleShot=True, interval=30_000, timeout=QApplication.quit)
    give_up.start()
    assert run_till(shop.path, lang="en") == 0
    give_up.stop()
    if failures:
        raise failures[0]
    assert seen == [("till", "Anna"), ("sign-in again", None), ("office", "Giulia"), ("till", "Giulia"),
                    ("office from till", "Giulia"), ("same till", True), ("quit", None)]
