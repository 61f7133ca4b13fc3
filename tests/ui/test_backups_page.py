"""The back office's Backups page driven with clicks on a real shop file: choose a folder, back up now,
see the backups with what they hold, restore only after the owner saw it and said yes."""
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication

from db.engine import read_session
from shop.backup_schedule import load_backup_settings
from shop.backups import take_backup
from shop.sales import CASH, Tender
from ui.backoffice_backups import BackupsPage, RestoreDialog
from ui.style import apply_style


def sell(till, shop, n: int) -> None:
    for _ in range(n):
        till.scan(shop.barcodes["bread"])
        till.pay([Tender(CASH, 350)])


def sale_count(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM sale").fetchone()[0]


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def make_page(qtbot, qapp, shop, who="Giulia") -> BackupsPage:
    apply_style(qapp)
    page = BackupsPage(shop.engine, shop.users[who], shop.settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def answer_dialogs(handlers: dict):
    """Answer each modal dialog as it opens with the handler for its object name (title for plain ones)."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog not in [d for d, _ in seen]:
            key = dialog.objectName() or dialog.windowTitle()
            seen.append((dialog, key))
            handlers.get(key, lambda d: d.reject())(dialog)
        if len(seen) < len(handlers):
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_choose_a_folder_back_up_now_and_see_what_it_holds(qtbot, qapp, till, shop, usb):
    """With no folder, backups are off; a folder typed and saved, Back up now copies and lists it off the UI thread."""
    sell(till, shop, 3)
    page = make_page(qtbot, qapp, shop)
    assert "Backups are off" in page.warning_label.text()
    assert not page.backup_button.isEnabled()

    qtbot.keyClicks(page.folder_edit, str(usb / "missing"))
    qtbot.mouseClick(page.findChild(type(page.backup_button), "saveSettingsButton"), Qt.MouseButton.LeftButton)
    assert "There is no folder" in page.settings_error.text()
    with read_session(shop.engine) as session:
        assert load_backup_settings(session).folder == ""  # nothing half-written

    page.folder_edit.clear()
    qtbot.keyClicks(page.folder_edit, str(usb))
    page.generations.setValue(3)
    qtbot.mouseClick(page.findChild(type(page.backup_button), "saveSettingsButton"), Qt.MouseButton.LeftButton)
    assert page.settings_error.text() == ""
    with read_session(shop.engine) as session:
        assert (load_backup_settings(session).folder, load_backup_settings(session).generations) == (str(usb), 3)
    assert "No backup has been made yet" in page.warning_label.text()

    with qtbot.waitSignal(page.service.finished, timeout=30_000):
        qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert "3 receipts" in page.last_label.text()
    assert not page.warning_label.isVisible()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    cells = [page.table.item(0, c).text() for c in range(7)]
    assert cells[1:6] == ["Macelleria Rossi · T1", "T1-000003", "3", "0", "7"]


def test_restore_shows_what_the_backup_holds_and_replaces_only_after_yes(qtbot, qapp, till, shop, usb):
    """Cancelling the preview changes nothing; saying yes swaps the data, keeps a safety copy and closes the app."""
    sell(till, shop, 2)
    take_backup(shop.path, usb)
    sell(till, shop, 3)
    page = make_page(qtbot, qapp, shop)
    page.folder_edit.setText(str(usb))
    page.save_settings()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    quits = []
    page.quit_app = lambda: quits.append(True)

    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    shown = answer_dialogs({"restoreDialog": lambda d: d.reject()})
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert sale_count(shop.path) == 5 and quits == []

    details = {}

    def look_and_accept(dialog: RestoreDialog):
        details.update(dialog.details)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    shown = answer_dialogs({"restoreDialog": look_and_accept, "Restored": lambda d: d.accept()})
    with qtbot.waitSignal(page.restored, timeout=30_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert details["Holds"] == "2 sales, 0 refunds, 0 customers, 7 products"
    assert details["Shop"] == "Macelleria Rossi · T1"
    assert quits == [True]
    assert sale_count(shop.path) == 2
    [safety] = list(shop.path.parent.glob("shop.before-restore-*.db"))
    assert sale_count(safety) == 5


def test_only_the_owner_restores(qtbot, qapp, shop, usb):
    """A manager may set up and run backups but the restore buttons stay off."""
    take_backup(shop.path, usb)
    page = make_page(qtbot, qapp, shop, "Marco")
    page.folder_edit.setText(str(usb))
    assert page.save_settings()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    assert not page.restore_button.isEnabled() and not page.restore_file_button.isEnabled()
    assert page.backup_button.isEnabled()


def test_restore_preview_warns_about_another_shop_and_a_server(qtbot, qapp, shop, usb, tmp_path):
    """The preview says when the backup is of another shop or till, and when this till syncs with a server."""
    from dataclasses import replace

    from shop.backup_schedule import database_path
    from shop.backups import describe_backup

    info = describe_backup(take_backup(shop.path, usb).file)
    same = RestoreDialog(info, shop.settings, database_path(shop.engine))
    qtbot.addWidget(same)
    assert same.error.text() == ""
    other = RestoreDialog(info, replace(shop.settings, shop_name="Forno Verdi"), database_path(shop.engine), enrolled=True)
    qtbot.addWidget(other)
    assert "another shop or till (Macelleria Rossi · T1)" in other.error.text()
    assert "connected to a server" in other.error.text()
