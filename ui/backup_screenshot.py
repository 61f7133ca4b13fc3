"""The Backups page's screenshots: a demo shop with four backups a day apart in a temp folder."""
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

SIZE = (1366, 768)


def prepare_backups(engine, workdir: Path) -> None:
    """A folder "BOTTEGA-USB" in `workdir` set as the backup folder, holding four backups a day apart
    with a few sales between them (so each holds a little more)."""
    from shop import screenshot_data
    from shop.backup_schedule import backup_now
    from shop.sales import CARD, Tender
    from shop.till import Till
    from ui.screenshots import _sale_in_progress, _staff

    usb = workdir / "BOTTEGA-USB"
    usb.mkdir()
    screenshot_data.backup_folder(engine, usb)
    now = datetime.now(timezone.utc)
    till = Till(engine, _staff(engine, "cashier"))
    if till.shift is None:
        till.open_shift(20000)
    for days in (3, 2, 1, 0):
        for _ in range(4 - days):
            _sale_in_progress(till)
            till.pay([Tender(CARD, till.cart.totals().total)])
        backup_now(engine, now=now - timedelta(days=days, minutes=days * 7))


def restore_screen(db: Path | None, lang: str | None):
    """`bottega screenshot backoffice-backups-restore`: what the owner sees before a backup replaces anything."""
    from PySide6.QtWidgets import QApplication

    from shop.backup_schedule import database_path
    from shop.office.shop_settings import ShopSettingsDesk
    from shop.office.shop_setup import open_shop
    from ui.backoffice_backups import BackupsPage, RestoreDialog
    from ui.screenshots import _composite, _prepare_db, _staff
    from ui.style import apply_style, install_translations

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        engine = open_shop(_prepare_db(db, Path(workdir)))
        prepare_backups(engine, Path(workdir))
        settings = ShopSettingsDesk(engine, None).settings()
        install_translations(app, lang or settings.locale)
        page = BackupsPage(engine, _staff(engine, "owner"), settings)
        page.screenshot_state()
        page.resize(*SIZE)
        page.show()
        app.processEvents()
        dialog = RestoreDialog(page.selected_backup(), settings, database_path(engine), page)
        picture = _composite(page, dialog)
        dialog.deleteLater()
        page.close()
        page.deleteLater()
        engine.dispose()
    return picture
