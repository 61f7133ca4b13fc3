"""Typed errors of backups and restores; ui/ and the command line turn them into sentences."""
from dataclasses import dataclass

from shop.errors import ShopError


class BackupError(ShopError):
    """Base of what can stop a backup or a restore. The till keeps selling whatever happens here."""


@dataclass
class NoBackupFolder(BackupError):
    """No folder has been chosen for backups yet."""


@dataclass
class BackupFolderMissing(BackupError):
    """The folder is not there (a USB stick unplugged, a network share not mounted) or is not a folder."""

    folder: str


@dataclass
class BackupFolderNotWritable(BackupError):
    folder: str
    detail: str = ""


@dataclass
class BackupFolderFull(BackupError):
    folder: str
    needed: int = 0  # bytes
    free: int = 0


@dataclass
class BackupCheckFailed(BackupError):
    """The copy did not pass integrity_check or its sanity read; it was thrown away."""

    detail: str


@dataclass
class NotABackup(BackupError):
    """The file is not a Bottega shop database (or is damaged)."""

    file: str
    detail: str = ""


@dataclass
class BackupTooNew(BackupError):
    """Made by a newer Bottega: this version cannot read its schema."""

    file: str
    version: int
    supported: int


@dataclass
class DatabaseInUse(BackupError):
    """Something still has the shop database open, so it cannot be replaced now."""

    path: str
