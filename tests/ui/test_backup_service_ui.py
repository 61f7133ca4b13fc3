"""Backups run by themselves: at shift close through the real till window, daily once per shop day, off
the UI thread; the till header warns only when a backup failed or none is recent."""
from datetime import datetime, timedelta, timezone

from db.engine import read_session, write_session
from shop.backup_schedule import BackupSettings, load_backup_state, save_backup_settings
from shop.backups import take_backup
from tests.ui.test_till_flows import close_shift, on_dialog  # noqa: F401  (on_dialog is a fixture)
from ui.backup_service import BackupService


def choose_folder(shop, folder, **options) -> None:
    with write_session(shop.engine) as session:
        save_backup_settings(session, BackupSettings(folder=str(folder), **options))


def backups_in(folder) -> list:
    return sorted(folder.glob("bottega-*.db"))


def test_closing_the_shift_backs_up_on_a_worker_thread(qtbot, window, shop, tmp_path, on_dialog):  # noqa: F811
    """Ctrl+F12 and the Z report: the shift's sales are backed up while the till goes back to sign-in."""
    usb = tmp_path / "usb"
    usb.mkdir()
    choose_folder(shop, usb)
    service = window.header.backups
    with qtbot.waitSignal(service.finished, timeout=30_000) as done:
        close_shift(qtbot, on_dialog, window, "100", {})
    assert not isinstance(done.args[0], Exception), done.args[0]
    [copy] = backups_in(usb)
    with read_session(shop.engine) as session:
        assert load_backup_state(session).last_good_file == str(copy)


def test_no_backup_at_shift_close_when_the_owner_turned_it_off(qtbot, window, shop, tmp_path, on_dialog):  # noqa: F811
    """at_shift_close off: closing the shift starts nothing."""
    usb = tmp_path / "usb"
    usb.mkdir()
    choose_folder(shop, usb, at_shift_close=False)
    close_shift(qtbot, on_dialog, window, "100", {})
    assert not window.header.backups.running and backups_in(usb) == []


def test_daily_backup_runs_once_a_day(qtbot, shop, tmp_path):
    """The daily check backs up when none was made today, and not again the same day."""
    usb = tmp_path / "usb"
    usb.mkdir()
    choose_folder(shop, usb)
    service = BackupService(shop.engine)
    with qtbot.waitSignal(service.finished, timeout=30_000):
        assert service.run_if_due()
    assert len(backups_in(usb)) == 1
    assert not service.run_if_due()
    assert service.warning() == ""


def test_header_warns_when_the_last_backup_failed_or_is_old(qtbot, window, shop, tmp_path):
    """Silent when fine; "Backup failed" with what to do after a failure; "Last backup ..." when older than a day."""
    header = window.header
    assert not header.backup_label.isVisible()  # a cashier, no folder chosen: nothing to say
    choose_folder(shop, tmp_path / "unplugged")
    with qtbot.waitSignal(header.backups.finished, timeout=30_000):
        header.backups.run_now()
    assert header.backup_label.isVisible() and header.backup_label.text() == "Backup failed"
    assert "is not there" in header.backup_label.toolTip()

    usb = tmp_path / "usb"
    usb.mkdir()
    choose_folder(shop, usb)
    take_backup(shop.path, usb)
    from shop.backup_schedule import backup_now

    backup_now(shop.engine, now=datetime.now(timezone.utc) - timedelta(days=3))
    header.backups.reload()
    assert header.backup_label.isVisible() and header.backup_label.text().startswith("Last backup ")
    backup_now(shop.engine)
    header.backups.reload()
    assert not header.backup_label.isVisible()


def test_owner_without_a_server_is_told_backups_are_not_set_up(qtbot, qapp, shop):
    """An owner's till with no backup folder and no server says so in the header."""
    from shop.till import Till
    from ui.till_window import TillWindow

    till = Till(shop.engine, shop.users["Giulia"])
    till.open_shift(0)
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    assert window.header.backup_label.text() == "No backups set up"
