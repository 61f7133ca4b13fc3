"""When backups run and what the shop knows of the last one: settings and state as JSON setting rows.

The setting rows are this computer's own (they never sync): which folder this till backs up to,
how many generations it keeps, and what happened the last time. backup_now() is what the app's
background worker, the shift close and `bottega backup` all call.
"""
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from db.engine import make_engine, read_session, write_session
from db.setting_rows import load_dataclass, save_dataclass
from shop import audit
from shop.backup_errors import BackupError, NoBackupFolder
from shop.backups import BackupResult, take_backup

SETTINGS_KEY = "backup"
STATE_KEY = "backup_state"
RETRY_AFTER = timedelta(hours=1)  # a failed daily backup (stick unplugged) is tried again this often
STALE_AFTER = timedelta(days=1)


@dataclass
class BackupSettings:
    folder: str = ""  # "" until the owner chooses one: no backups
    generations: int = 7
    daily: bool = True
    at_shift_close: bool = True


@dataclass
class BackupState:
    last_good_at: str | None = None  # UTC ISO
    last_good_file: str = ""
    last_good_size: int = 0
    last_good_sales: int = 0
    last_attempt_at: str | None = None
    last_error: str = ""  # the BackupError's class name when the last attempt failed, else ""
    last_error_detail: str = ""


def load_backup_settings(session) -> BackupSettings:
    return load_dataclass(session, SETTINGS_KEY, BackupSettings)


def save_backup_settings(session, settings: BackupSettings) -> None:
    if settings.generations < 1:
        raise ValueError("generations")
    save_dataclass(session, SETTINGS_KEY, settings)


def load_backup_state(session) -> BackupState:
    return load_dataclass(session, STATE_KEY, BackupState)


def database_path(engine: Engine) -> Path:
    return Path(engine.url.database)


def backup_now(engine: Engine, folder: str | Path | None = None, generations: int | None = None,
               now: datetime | None = None) -> BackupResult:
    """Back the shop up into its backup folder (or `folder`) and record how it went.

    A failure is recorded too (the header warns) and re-raised as its typed BackupError.
    """
    with read_session(engine) as session:
        settings = load_backup_settings(session)
    folder = folder or settings.folder
    now = now or datetime.now(timezone.utc)
    try:
        if not folder:
            raise NoBackupFolder()
        result = take_backup(database_path(engine), folder, generations or settings.generations, now=now)
    except BackupError as error:
        _record(engine, now, error=error)
        raise
    _record(engine, now, result=result)
    return result


def backup_database(path: Path, folder: str | Path | None = None, generations: int | None = None) -> BackupResult:
    """backup_now() of the shop database file at `path` (`bottega backup`), opened without migrating:
    a backup never changes the shop's schema."""
    engine = make_engine(path)
    try:
        return backup_now(engine, folder=folder, generations=generations)
    finally:
        engine.dispose()


def _record(engine: Engine, now: datetime, result: BackupResult | None = None, error: BackupError | None = None) -> None:
    with write_session(engine) as session:
        state = load_backup_state(session)
        state = replace(state, last_attempt_at=now.isoformat(timespec="seconds"),
                        last_error=type(error).__name__ if error else "", last_error_detail=str(error) if error else "")
        if result is not None:
            state = replace(state, last_good_at=result.made_at, last_good_file=str(result.file),
                            last_good_size=result.size, last_good_sales=result.sales)
        save_dataclass(session, STATE_KEY, state)


def backup_due(settings: BackupSettings, state: BackupState, now: datetime, zone: str) -> bool:
    """Whether the daily backup should run now: none good yet today (the shop's day), no recent failure."""
    if not settings.folder or not settings.daily:
        return False
    tz = ZoneInfo(zone)
    if state.last_good_at and datetime.fromisoformat(state.last_good_at).astimezone(tz).date() == now.astimezone(tz).date():
        return False
    if state.last_error and state.last_attempt_at and now - datetime.fromisoformat(state.last_attempt_at) < RETRY_AFTER:
        return False
    return True


def backup_warning(settings: BackupSettings, state: BackupState, now: datetime) -> str:
    """What to warn the owner about: "" (all well), "off", "never", "failed" or "stale" (over a day old)."""
    if not settings.folder:
        return "off"
    if state.last_error:
        return "failed"
    if not state.last_good_at:
        return "never"
    if now - datetime.fromisoformat(state.last_good_at) > STALE_AFTER:
        return "stale"
    return ""


def change_backup_settings(engine: Engine, user_id: str, till_id: str, new: BackupSettings) -> None:
    """Store the owner's choice of folder, generations and when to back up; audited."""
    if new.generations < 1:
        raise ValueError("generations")
    with write_session(engine) as session:
        old = load_backup_settings(session)
        save_dataclass(session, SETTINGS_KEY, new)
        if old != new:
            audit.record(session, till_id, "backup_settings", user_id, folder=new.folder, generations=new.generations,
                         daily=new.daily, at_shift_close=new.at_shift_close)
