"""`bottega screenshot backoffice-backups`: the Backups page of a demo shop with a week of backups."""
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

SIZE = (1366, 768)


def backups_screen(db: Path | None, lang: str | None, restore: bool = False):
    """The page's picture, made on a copy of the shop with backups taken a day apart into a temp folder;
    with `restore`, the preview the owner sees before a backup replaces anything."""
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database, write_session
    from shop.backup_schedule import BackupSettings, backup_now, save_backup_settings
    from shop.settings import load_settings
    from shop.sales import CARD, Tender
    from shop.till import Till
    from ui.screenshots import _prepare_db, _sale_in_progress, _staff
    from ui.style import apply_style, install_translations

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        engine = open_database(_prepare_db(db, Path(workdir)))
        usb = Path(workdir) / "BOTTEGA-USB"
        usb.mkdir()
        with write_session(engine) as session:
            save_backup_settings(session, BackupSettings(folder=str(usb), generations=7))
            settings = load_settings(session)
        install_translations(app, lang or settings.locale)
        now = datetime.now(timezone.utc)
        till = Till(engine, _staff(engine, "cashier"))
        if till.shift is None:
            till.open_shift(20000)
        for days in (3, 2, 1, 0):
            for _ in range(4 - days):  # a few sales between backups, so each holds a little more
                _sale_in_progress(till)
                till.pay([Tender(CARD, till.cart.totals().total)])
            backup_now(engine, now=now - timedelta(days=days, minutes=days * 7))
        from shop.backups import list_backups
        from ui.backoffice_backups import BackupsPage

        page = BackupsPage(engine, _staff(engine, "owner"), settings)
        page._show_list(list_backups(usb))  # at once, not off the UI thread: the picture must hold it
        page.table.selectRow(0)  # the newest: made now, after every sale it holds
        page.resize(*SIZE)
        page.show()
        app.processEvents()
        picture = page.grab()
        if restore:
            from shop.backup_schedule import database_path
            from ui.backoffice_backups import RestoreDialog
            from ui.screenshots import _composite

            dialog = RestoreDialog(page.selected_backup(), settings, database_path(engine), page)
            picture = _composite(page, dialog)
            dialog.deleteLater()
        page.close()
        page.deleteLater()
        engine.dispose()
    return picture
