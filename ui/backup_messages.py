"""What the till says about backups, in the user's language: errors, the header's warning, sizes."""
from PySide6.QtCore import QCoreApplication, QLocale

from shop import backup_errors as e
from ui.sync_texts import sync_time

translate = QCoreApplication.translate


def error_text(error: Exception | str, folder: str = "") -> str:
    """One sentence for a backup error (or its class name, as the last attempt stores it) and what to do."""
    name = error if isinstance(error, str) else type(error).__name__
    folder = getattr(error, "folder", "") or folder
    if name == e.NoBackupFolder.__name__:
        return translate("backups", "No backup folder is chosen yet: choose one on the Backups page.")
    if name == e.BackupFolderMissing.__name__:
        return translate("backups", "The backup folder %1 is not there. Plug in the USB stick or connect the network "
                         "folder, or choose another folder.").replace("%1", folder)
    if name == e.BackupFolderNotWritable.__name__:
        return translate("backups", "Bottega may not write into %1. Choose a folder you can write to.").replace("%1", folder)
    if name == e.BackupFolderFull.__name__:
        return translate("backups", "The backup folder %1 is full. Free some space or keep fewer backups.").replace("%1", folder)
    if name == e.BackupCheckFailed.__name__:
        return translate("backups", "The copy failed its check and was thrown away. Try again; if it fails again, "
                         "call for help.")
    if name == e.NotABackup.__name__:
        return translate("backups", "This file is not a Bottega backup, or it is damaged.")
    if name == e.BackupTooNew.__name__:
        return translate("backups", "This backup was made by a newer Bottega. Update Bottega first.")
    if name == e.DatabaseInUse.__name__:
        return translate("backups", "The shop's data is still open elsewhere (another Bottega window or till on this "
                         "file). Close it and try again.")
    return translate("backups", "The backup failed: %1").replace("%1", str(error))


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return translate("backups", "%1 KB").replace("%1", str(max(1, round(size / 1024))))
    return translate("backups", "%1 MB").replace("%1", QLocale().toString(size / 1024 / 1024, "f", 1))


def header_warning(service, settings, may_configure: bool, enrolled: bool) -> tuple[str, str]:
    """The header's short backup warning and its role ("warning" or "error"); ("", "") when all is well.

    "No backups set up" is shown only to an owner or manager of a shop without a server: a cashier
    cannot change it, and an enrolled shop's sales are also kept by the server.
    """
    kind = service.warning()
    if kind == "failed":
        return translate("backups", "Backup failed"), "error"
    if kind == "stale":
        return translate("backups", "Last backup %1").replace("%1", sync_time(service.state.last_good_at, settings)), "warning"
    if kind == "never":
        return translate("backups", "No backup yet"), "warning"
    if kind == "off" and may_configure and not enrolled:
        return translate("backups", "No backups set up"), "warning"
    return "", ""


def words(error: Exception, settings=None) -> str | None:
    """The backups area of ui/messages.py's registry (shop/backup_errors.py's errors)."""
    return error_text(error) if isinstance(error, e.BackupError) else None
