"""`bottega screenshot SCREEN`: render a screen offscreen at 1366x768, for the README and review.

Works on a copy of the shop database, so taking a screenshot never changes the shop's data.
"""
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from shop.kinds import PIECE

SIZE = (1366, 768)


def _copy_database(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _prepare_db(db: Path | None, workdir: Path) -> Path:
    target = workdir / "shop.db"
    if db is None:
        from shop.demo import create_demo_shop

        create_demo_shop(target, customers=300, products=400, days=3)
    else:
        if not db.exists():
            raise SystemExit(f"bottega screenshot: no shop database at {db}")
        _copy_database(db, target)
    return target


def _staff(engine, role: str):
    from shop.screenshot_data import person

    return person(engine, role)


def _sale_in_progress(till) -> None:
    """A believable basket: quick keys, a weighed item from a scale label, a discounted line."""
    from shop.cart import PERCENT, Discount

    keys = till.quick_keys()
    for key in keys[:3]:
        till.add_product(key.product, 1000 if key.product.unit == PIECE else 350)
    if keys:
        line = till.add_product(keys[0].product)
        till.set_qty(line.id, 2000 if keys[0].product.unit == PIECE else 500)
    from shop.screenshot_data import weighed as weighed_products

    weighed = weighed_products(till.engine, 3)
    if weighed:
        till.add_product(weighed[-1], 486)
    if len(keys) > 4:
        line = till.add_product(keys[4].product, 1000)
        till.discount_line(line.id, Discount(PERCENT, 1000))


def _composite(window, dialog):
    """The till dimmed, with the dialog on top as the cashier sees it."""
    from PySide6.QtGui import QColor, QPainter

    picture = window.grab()
    # Its own size, not adjustSize(): that caps a window at 2/3 of the screen, and the offscreen
    # screen is 800 px wide, which squeezed longer languages' labels and amounts out of sight.
    hint = dialog.sizeHint()
    dialog.resize(max(hint.width(), 640), hint.height())
    overlay = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(20, 30, 30, 120))
    painter.drawPixmap((picture.width() - overlay.width()) // 2, (picture.height() - overlay.height()) // 2, overlay)
    painter.end()
    return picture


def render_screen(screen: str, out: Path, db: Path | None = None, lang: str | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from shop.office.shop_setup import open_shop
    from shop.sales import CARD, CASH, Tender
    from shop.till import Till
    from ui.style import apply_style, install_translations
    from ui.till_window import TillWindow

    screens = ("till", "payment", "zreport", "printer", "customer", "reservations", "sync", "owner-sign-in", "export",
               "reports", "report-products", "campaign", "automations", "feedback", "nps", *CUSTOMER_SCREENS)
    if screen in CUSTOMER_SCREENS:
        return _save(_customer_pages(screen, db, lang), out)
    from ui.campaign_screenshots import SCREENS as CAMPAIGN_SCREENS

    if screen in CAMPAIGN_SCREENS:
        from ui.campaign_screenshots import render

        return _save(render(screen, db, lang, SIZE), out)
    if screen == "export":
        return _save(_export_page(db, lang), out)
    if screen in ("feedback", "nps"):
        from ui.feedback_screenshots import feedback_screen

        return _save(feedback_screen(screen, db, lang), out)
    if screen == "backoffice-backups-restore":
        from ui.backup_screenshot import restore_screen

        return _save(restore_screen(db, lang), out)
    if screen.startswith("backoffice-"):
        return _back_office_screen(screen, out, db, lang)
    if screen not in screens:
        print(f"bottega screenshot: unknown screen {screen!r}; choose from {', '.join(screens)}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    if screen in ("reports", "report-products"):
        return _save(_reports(app, db, lang, "sales" if screen == "reports" else "products"), out)
    with tempfile.TemporaryDirectory() as workdir:
        engine = open_shop(_prepare_db(db, Path(workdir)))
        till = Till(engine, _staff(engine, "cashier"))
        install_translations(app, lang or till.settings.locale)  # the shop's language by default
        # Amounts below are in cents; a shop in whole forints counts them in forints (200 € -> 20 000 Ft).
        scale = 10**till.settings.currency_exponent if till.settings.whole_units else 1
        if till.shift is None:
            till.open_shift(20000 * scale)
        if screen == "zreport":
            for _ in range(3):
                _sale_in_progress(till)
                till.pay([Tender(CARD, till.cart.totals().total)])
            _sale_in_progress(till)
            till.pay([Tender(CASH, till.cart.totals().total + 1000 * scale)])
            till.move_cash(-1500 * scale, "Fornitore pane")
        _sale_in_progress(till)
        window = TillWindow(till)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        if screen == "till":
            picture = window.grab()
        elif screen == "payment":
            from ui.payment_dialog import PaymentDialog

            dialog = PaymentDialog(till, window)
            dialog._tender(CARD, till.settings.whole(till.cart.totals().total // 3))  # whole forints in HU
            dialog.amount.setText("50")
            picture = _composite(window, dialog)
        elif screen == "printer":
            from ui.printer_setup import screenshot_dialog

            picture = _composite(window, screenshot_dialog(engine, till.settings, window))
        elif screen == "sync":
            from ui.sync_settings import screenshot_dialog as sync_dialog

            picture = _composite(window, sync_dialog(Till(engine, _staff(engine, "owner")), window))
        elif screen == "owner-sign-in":
            from ui.owner_server_sign_in import screenshot_dialog as owner_dialog

            picture = _composite(window, owner_dialog(engine, till.settings, window))
        elif screen in ("customer", "reservations"):
            from ui.customer_screenshots import customer_screen

            picture = customer_screen(screen, window, _composite)
        else:
            from ui.zreport_view import ZReportView

            till.void_sale()
            window.refresh()
            report = till.close_shift(till.x_report()["cash"]["expected"] - 250 * scale)
            view = ZReportView(report.data, till.settings)
            picture = _composite(window, view)
        window.close()
        engine.dispose()
    return _save(picture, out)


def _export_page(db: Path | None, lang: str | None):
    """The accountant's exports page right after "Month for my accountant" on a month of demo sales."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from shop.office.shop_settings import ShopSettingsDesk
    from shop.office.shop_setup import open_shop
    from ui.backoffice_exports import screenshot_page
    from ui.style import apply_style, install_translations

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        if db is None:
            from shop.demo import create_demo_shop

            db = Path(workdir) / "demo.db"
            create_demo_shop(db, customers=300, products=300, days=70)
        engine = open_shop(_prepare_db(db, Path(workdir)))
        settings = ShopSettingsDesk(engine, None).settings()
        install_translations(app, lang or settings.locale)
        page = screenshot_page(engine, _staff(engine, "owner"), settings, Path(workdir) / "Documenti", SIZE)
        picture = page.grab()
        # Deleted here, while Qt is whole, not by the interpreter's teardown (which crashed after the save).
        page.close()
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        engine.dispose()
    return picture


CUSTOMER_SCREENS = ("backoffice-customers", "regulars", "birthdays", "slipping", "due", "forecast")


def _customer_pages(screen: str, db: Path | None, lang: str | None):
    """The customer list or a tab of the regulars page, standalone, on a demo shop with a year of history."""
    from PySide6.QtWidgets import QApplication

    from shop.demo import create_demo_shop
    from shop.office.shop_setup import open_shop
    from shop.till import Till
    from ui.style import apply_style, install_translations

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        if db is None:
            path = Path(workdir) / "shop.db"
            create_demo_shop(path, customers=800, products=300, days=400)
        else:
            path = _prepare_db(db, Path(workdir))
        engine = open_shop(path)
        owner = _staff(engine, "owner")
        settings = Till(engine, owner).settings
        install_translations(app, lang or settings.locale)
        if screen == "backoffice-customers":
            from ui.backoffice_customers import screenshot_page
            picture = screenshot_page(engine, owner, settings, SIZE)
        else:
            from ui.backoffice_regulars import screenshot_page
            picture = screenshot_page(engine, owner, settings, SIZE, screen)
        engine.dispose()
    return picture


def _reports(app, db: Path | None, lang: str | None, page: str):
    """The reports page standalone on the last whole month, the owner signed in (a demo shop of 400 days without --db)."""
    from shop.office.shop_settings import ShopSettingsDesk
    from shop.office.shop_setup import open_shop
    from ui.backoffice_reports import screenshot_page
    from ui.style import install_translations

    with tempfile.TemporaryDirectory() as workdir:
        target = Path(workdir) / "shop.db"
        if db is None:
            from shop.demo import create_demo_shop

            create_demo_shop(target, customers=800, products=300, days=400)
        else:
            target = _prepare_db(db, Path(workdir))
        engine = open_shop(target)
        settings = ShopSettingsDesk(engine, None).settings()
        install_translations(app, lang or settings.locale)
        picture = screenshot_page(engine, _staff(engine, "owner"), settings, SIZE, page)
        engine.dispose()
    return picture


def _save(picture, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(out)):
        print(f"bottega screenshot: could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


def _back_office_screen(screen: str, out: Path, db: Path | None, lang: str | None) -> int:
    """`backoffice-KEY`: the back office signed in as the owner, on its page KEY (ui/back_office.py PAGES)."""
    from PySide6.QtWidgets import QApplication

    from shop.office.shop_settings import ShopSettingsDesk
    from shop.office.shop_setup import open_shop
    from ui.back_office import PAGES, BackOfficeWindow
    from ui.style import apply_style, install_translations

    key = screen.removeprefix("backoffice-")
    keys = [page[0] for page in PAGES]
    if key not in keys:
        print(f"bottega screenshot: unknown screen {screen!r}; the back office has "
              f"{', '.join('backoffice-' + k for k in keys)}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        engine = open_shop(_prepare_db(db, Path(workdir)))
        if key == "backups":
            from ui.backup_screenshot import prepare_backups

            prepare_backups(engine, Path(workdir))  # a folder of backups to list
        settings = ShopSettingsDesk(engine, None).settings()
        install_translations(app, lang or settings.locale)
        window = BackOfficeWindow(engine, _staff(engine, "owner"), settings)
        window.resize(*SIZE)
        window.show()
        page = window.show_page(key)
        if hasattr(page, "screenshot_state"):
            page.screenshot_state()  # what makes the page worth a look: a selection, a message
        app.processEvents()
        picture = window.grab()
        window.close()
        engine.dispose()
    return _save(picture, out)
