"""The backups desk: where this till backs up, how it went last time, and backing up now."""
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from db.models import User
from shop.backup_schedule import (BackupSettings, BackupState, backup_now, change_backup_settings, database_path,
                                  load_backup_settings, load_backup_state)
from shop.backups import BackupResult
from shop.office.desk import Desk
from shop.settings import load_settings


@dataclass(frozen=True)
class BackupStatus:
    settings: BackupSettings
    state: BackupState
    timezone: str  # the shop's, which says when "today's" backup is due


class BackupDesk(Desk):
    def __init__(self, engine: Engine, user: User | None = None, till_id: str = ""):
        super().__init__(engine, user)
        self.till_id = till_id

    def status(self) -> BackupStatus:
        def work(session: Session) -> BackupStatus:
            return BackupStatus(load_backup_settings(session), load_backup_state(session), load_settings(session).timezone)
        return self._read(work)

    def folder(self) -> str:
        """The chosen backup folder; "" before the owner chose one."""
        return self._read(load_backup_settings).folder

    def change_settings(self, chosen: BackupSettings) -> None:
        """Audited as the signed-in person."""
        change_backup_settings(self.engine, self.signed_in.id, self.till_id, chosen)

    def backup_now(self, folder: str | None = None) -> BackupResult:
        """A backup into the chosen folder (or `folder`), recorded either way; its BackupError if it failed."""
        return backup_now(self.engine, folder=folder)

    def database_path(self) -> Path:
        return database_path(self.engine)

    def close_connections(self) -> None:
        """Close every pooled connection to the file (a restore refuses while any is open)."""
        self.engine.dispose()
