"""Starting the till: open the shop database, sign in, open the shift, show the till."""
import gc
import sys
import time
from pathlib import Path

# The shop before Qt: once PySide6 is imported its import hook inspects every module imported
# after it, which makes SQLAlchemy's hundreds of modules noticeably slower to load at start-up.
from shop.office.shop_setup import ShopSetup, open_shop
from shop.till import Till

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from ui.style import apply_style, install_translations


def settle_after_start() -> None:
    """Before the first window: hide what start-up made from the garbage collector, and turn it on.

    Modules, mappers and the database engine made while starting live as long as the till.
    Frozen, they are no longer rescanned by the collections that fall between a scan and its
    line being painted. Once only, and before any till window exists, so closed windows stay
    collectable. (`bottega` starts with the collector off: see ui/cli.py.)
    """
    if not gc.get_freeze_count():
        gc.freeze()
    gc.enable()


class _FirstFrame(QObject):
    """Report the first paint of the till window and quit: the cold-start benchmark."""

    def __init__(self, started: float):
        super().__init__()
        self.started = started

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            # Processor time since the process began (interpreter start-up included): what the
            # start costs whatever else the machine is doing.
            print(f"first-frame-ms {(time.perf_counter() - self.started) * 1000:.1f} "
                  f"cpu-ms {time.process_time() * 1000:.1f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            watched.removeEventFilter(self)
        return False


def run_till(db: Path, demo: bool = False, lang: str | None = None, first_frame_exit: bool = False,
             back_office: bool = False) -> int:
    """The till; with `back_office`, the sign-in lists owners and managers and opens the back office."""
    started = time.perf_counter()
    if demo and not db.exists():
        settle_after_start()  # making the demo shop is a long batch job: collect as usual
        from shop.demo import create_demo_shop

        print(f"Creating a demo shop in {db} ...", flush=True)
        print(create_demo_shop(db), flush=True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Bottega")
    apply_style(app)
    engine = open_shop(db)
    first_run = ShopSetup(engine).is_new()
    settle_after_start()  # before the first window: the wizard, the sign-in or (benchmark) the till
    new_owner = None
    if first_run:
        install_translations(app, lang)  # no shop yet: the system's language
        from ui.setup_wizard import SetupWizard

        wizard = SetupWizard(engine)
        created = wizard.exec()
        new_owner = wizard.owner if wizard.open_back_office else None
        retire(wizard)
        if not created:
            return 0
    settings = ShopSetup(engine).settings()
    # The shop's language, unless --lang asked for another one.
    install_translations(app, lang or settings.locale)
    if first_frame_exit:
        # Benchmark start-up: the first active user, no PIN, straight to the till.
        user = ShopSetup(engine).first_person()
        from ui.till_window import TillWindow

        till = Till(engine, user, settings)
        if till.shift is None:
            till.open_shift(0)
        window = TillWindow(till)
        first_frame = _FirstFrame(started)
        window.installEventFilter(first_frame)
        window.show()
        return app.exec()
    from ui.printing import Printing

    # One print queue for the till's whole run: receipts keep waiting across sign-ins.
    printing = Printing(engine, settings.till_id)
    printing.start()
    app.aboutToQuit.connect(printing.stop)
    from ui.fiscal_link import FiscalLink

    # The fiscal register's worker (Italy's RT): idle when the shop has none set up.
    fiscal = FiscalLink(engine, settings.till_id)
    fiscal.start()
    app.aboutToQuit.connect(fiscal.stop)
    state = {}

    def sign_in() -> None:
        from ui.sign_in_dialog import SignInDialog

        dialog = SignInDialog(engine, settings, back_office_only=back_office)
        signed_in = dialog.exec()
        user, to_back_office = dialog.user, dialog.back_office
        retire(dialog)
        if not signed_in:
            app.quit()
            return
        from ui.follow_ups_dialog import remind_follow_ups

        remind_follow_ups(engine, user, settings.locale)  # "call Mrs Rinaldi": what is due for this person, if anything
        if to_back_office:
            open_back_office(user)
            return
        window = _till_window(engine, user, settings, printing, fiscal)
        if window is None:
            QTimer.singleShot(0, sign_in)
            return
        window.signed_out.connect(lambda: hand_over(window, sign_in))
        state["window"] = window
        window.show()

    def open_back_office(user) -> None:
        from ui.back_office import BackOfficeWindow

        window = BackOfficeWindow(engine, user, settings)
        window.closed.connect(lambda: hand_over(window, sign_in))
        state["window"] = window
        window.show()

    # A new shop's owner, who has just chosen their PIN, goes straight to the back office to add products.
    QTimer.singleShot(0, (lambda: open_back_office(new_owner)) if new_owner else sign_in)
    return app.exec()


def hand_over(window, next_screen) -> None:
    """Leave `window` for `next_screen` (the sign-in): hide it now, retire it once the next screen is up.

    Closing the last visible window first would make Qt quit the application (quitOnLastWindowClosed)
    and take the sign-in that was about to open with it: signing out or locking the till ended Bottega.
    """
    window.hide()
    QTimer.singleShot(0, next_screen)
    QTimer.singleShot(0, lambda: retire(window))  # runs once the sign-in's own loop is turning


def retire(widget) -> None:
    """Close and delete a window or dialog that is done with.

    Its buttons are connected to closures over itself, a reference Python's GC cannot see through
    Qt, so nothing else ever frees it: a signed-out till window would keep its clock reading the
    database every few seconds, every sign-in would leave one more, and at exit PySide's clean-up
    deletes them in an order that can free one twice (the process aborts on quit).
    """
    widget.close()
    widget.deleteLater()


def _till_window(engine, user, settings, printing=None, fiscal=None):
    from ui.till_window import TillWindow

    till = Till(engine, user, settings)
    if till.shift is None:
        from ui.open_shift_dialog import OpenShiftDialog

        dialog = OpenShiftDialog(till)
        opened = dialog.exec() == QDialog.DialogCode.Accepted
        retire(dialog)
        if not opened:
            return None
    return TillWindow(till, printing=printing, fiscal=fiscal)

