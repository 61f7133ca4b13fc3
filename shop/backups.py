"""Backups of the shop database to a folder the owner chose, what a backup holds, and restoring one.

A shop without a server has only this one SQLite file, so a copy must be consistent and proven:
- The copy is taken with SQLite's online backup API from its own connection, inside one read
  transaction. In WAL mode a reader never blocks a writer, so sales go on while it copies; the
  read transaction pins one snapshot, so the steps never restart when a sale commits meanwhile,
  and the copy holds exactly the sales committed before the backup began (and none half written).
  It copies a few hundred pages per step and sleeps between steps, so a slow USB stick or network
  share never hogs the disk or the interpreter the till's window runs on.
- The copy is made beside the shop's file first (SQLite's locking on network shares is not to be
  trusted, and the snapshot ends before the slow part), turned into one self-contained file
  (journal_mode=DELETE: no -wal/-shm beside it) and checked with integrity_check and a sanity
  read (schema version, the same number of sales as the snapshot). Then its bytes go to a hidden
  temp name in the owner's folder, are flushed, read back and checked again, and only then renamed
  to the real name. Older generations are deleted only after that.
- describe_backup() opens a file read-only and immutable: looking at a backup changes nothing.
- restore() checks the backup, keeps the current database aside as a safety copy and swaps the
  file in with one rename, once no one else has the database open.
"""
import errno
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from db.engine import BUSY_TIMEOUT_MS
from db.migrate import SCHEMA_VERSION
from shop.backup_errors import (
    BackupCheckFailed, BackupFolderFull, BackupFolderMissing, BackupFolderNotWritable, BackupTooNew,
    DatabaseInUse, NotABackup,
)
from shop.text import fold

PAGES_PER_STEP = 256  # 1 MiB at 4 KiB pages
STEP_PAUSE_S = 0.002
MADE_KEY = "backup_made"  # a setting row written into the copy only: when and from where it was made
PREFIX = "bottega-"
SUFFIX = ".db"
FULL_ERRORS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY_ERRORS = {errno.EACCES, errno.EPERM, errno.EROFS}


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, read without changing it."""

    file: Path
    size: int
    shop_name: str
    till_id: str
    made_at: str | None  # UTC ISO time the copy was taken (None: not made by `bottega backup`)
    schema_version: int
    last_receipt: str | None
    last_sale_at: str | None
    sales: int
    refunds: int
    customers: int
    products: int


@dataclass(frozen=True)
class BackupResult:
    file: Path
    size: int
    sales: int
    made_at: str
    removed: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    safety_copy: Path | None  # the database as it was before the restore


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def slug(text: str) -> str:
    """A file-name-safe short form of the shop's name ("Macelleria Rossi" -> "macelleria-rossi")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:30].strip("-") or "shop"


def backup_prefix(shop_name: str, till_id: str) -> str:
    """The start of every backup name of this shop's till: generations are counted and pruned per
    prefix, so tills sharing one network folder never delete each other's backups."""
    return f"{PREFIX}{slug(shop_name)}-{slug(till_id)}-"


# --- taking a backup -----------------------------------------------------------------------------
def take_backup(db_path: str | Path, folder: str | Path, generations: int = 7, now: datetime | None = None,
                pages_per_step: int = PAGES_PER_STEP, progress=None) -> BackupResult:
    """Copy the shop database at `db_path` into `folder`, verified; keep the newest `generations`.

    `progress(status, remaining, total)` is called after each step (sqlite3's backup progress).
    Raises BackupFolderMissing / BackupFolderNotWritable / BackupFolderFull / BackupCheckFailed;
    on any error nothing is left in the folder and no older backup is deleted.
    """
    folder, db_path = Path(folder), Path(db_path)
    if not folder.is_dir():
        raise BackupFolderMissing(str(folder))
    if not db_path.is_file():
        raise FileNotFoundError(db_path)
    now = now or datetime.now(timezone.utc)
    made_at = now.astimezone(timezone.utc).isoformat(timespec="seconds")
    _clear_stale(db_path.parent.glob(f".{db_path.name}.backup-*.tmp"))
    handle, name = tempfile.mkstemp(prefix=f".{db_path.name}.backup-", suffix=".tmp", dir=db_path.parent)
    os.close(handle)
    local, temp = Path(name), None
    try:
        sales, prefix = _snapshot(db_path, local, pages_per_step, made_at, progress)
        _verify_copy(local, sales)
        final = _free_name(folder, f"{prefix}{utc_stamp(now)}")
        temp = folder / f".{final.name}.partial"
        try:
            temp.unlink(missing_ok=True)
            temp.open("xb").close()  # a read-only folder says so here, in the OS's words, before "full"
            _check_space(folder, local.stat().st_size)
            shutil.copyfile(local, temp)
            _fsync(temp)
        except OSError as error:
            raise _folder_error(folder, error) from error
        _verify_copy(temp, sales)  # what the stick or share holds, read back
        try:
            os.replace(temp, final)
        except OSError as error:
            raise _folder_error(folder, error) from error
        temp = None
        _fsync_dir(folder)
    except sqlite3.DatabaseError as error:
        raise BackupCheckFailed(str(error)) from error
    finally:
        local.unlink(missing_ok=True)
        if temp is not None:
            temp.unlink(missing_ok=True)
    removed = prune(folder, prefix, generations)
    return BackupResult(final, final.stat().st_size, sales, made_at, removed)


def _snapshot(db_path: Path, local: Path, pages_per_step: int, made_at: str, progress) -> tuple[int, str]:
    """Copy one consistent moment of the shop into `local` (beside it, on its own disk); its sales count
    and backup name prefix. The copy is made locally first: SQLite's locks on a network share are
    unreliable, and the read snapshot (which holds back WAL checkpoints) ends before the slow write
    to a USB stick begins."""
    # Its own connection (never the till's), read-write so it can read a WAL file whose -shm is
    # missing, but "rw" so a wrong path is an error instead of a new empty database.
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True,
                             timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        source.execute("BEGIN")  # one read snapshot for the whole copy (see the module's docstring)
        sales = source.execute("SELECT count(*) FROM sale").fetchone()[0]
        shop = _setting(source, "shop")
        target = sqlite3.connect(local, isolation_level=None)
        try:
            source.backup(target, pages=pages_per_step, sleep=STEP_PAUSE_S, progress=progress)
            # The copy of a WAL database is a WAL database: make it one self-contained file, which a
            # read-only look (describe_backup) can open without creating -wal/-shm files beside it.
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
                           (MADE_KEY, json.dumps({"at": made_at, "from": str(db_path.resolve())})))
        finally:
            target.close()
    finally:
        source.close()
    return sales, backup_prefix(shop.get("shop_name", ""), shop.get("till_id", ""))


def _verify_copy(temp: Path, sales: int) -> None:
    check = sqlite3.connect(f"{temp.resolve().as_uri()}?mode=ro&immutable=1", uri=True)  # no locks: any share
    try:
        problems = [row[0] for row in check.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise BackupCheckFailed("; ".join(problems[:5]))
        version = check.execute("PRAGMA user_version").fetchone()[0]
        if version < 1 or version > SCHEMA_VERSION:
            raise BackupCheckFailed(f"schema version {version}")
        copied = check.execute("SELECT count(*) FROM sale").fetchone()[0]
        if copied != sales:
            raise BackupCheckFailed(f"{copied} sales in the copy, {sales} in the shop")
    finally:
        check.close()


def prune(folder: Path, prefix: str, generations: int) -> list[Path]:
    """Delete this till's backups beyond the newest `generations` (names sort by their UTC time)."""
    ours = sorted(p for p in folder.glob(f"{prefix}*{SUFFIX}") if _STAMPED.fullmatch(p.name[len(prefix):]))
    old = ours[:-max(generations, 1)]
    for path in old:
        path.unlink(missing_ok=True)
    _clear_stale(folder.glob(f".{prefix}*{SUFFIX}.partial"))
    return old


def _clear_stale(temps) -> None:
    """A copy cut short (the till switched off mid-backup) leaves its hidden temp file: an hour on,
    no backup can still be writing it."""
    for path in temps:
        try:
            if time.time() - path.stat().st_mtime > 3600:
                path.unlink()
        except OSError:
            pass


_STAMPED = re.compile(r"\d{8}T\d{6}Z(-\d+)?\.db$")


def _free_name(folder: Path, stem: str) -> Path:
    """`stem`.db, or stem-2.db... when a backup was already made this second."""
    path, n = folder / f"{stem}{SUFFIX}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{SUFFIX}"
    return path


def _check_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed + needed // 10:  # the copy plus its journal while the marker row is written
        raise BackupFolderFull(str(folder), needed, free)


def _folder_error(folder: Path, error: OSError):
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return BackupFolderMissing(str(folder))
    if error.errno in FULL_ERRORS:
        return BackupFolderFull(str(folder))
    if error.errno in READ_ONLY_ERRORS or isinstance(error, PermissionError):
        return BackupFolderNotWritable(str(folder), error.strerror or str(error))
    return BackupFolderNotWritable(str(folder), str(error))


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems cannot sync a directory; the file itself is synced
    finally:
        os.close(fd)


# --- looking at a backup -------------------------------------------------------------------------
def _open_read_only(file: Path) -> sqlite3.Connection:
    """The file opened so nothing can change it: no locks, no journal, no -wal/-shm created."""
    if not file.is_file():
        raise NotABackup(str(file), "no such file")
    return sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def describe_backup(file: str | Path) -> BackupInfo:
    """What the backup at `file` holds: shop, till, when it was made, last receipt, counts. Read-only."""
    file = Path(file)
    try:
        conn = _open_read_only(file)
        try:
            return _describe(conn, file)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise NotABackup(str(file), str(error)) from error


def _describe(conn: sqlite3.Connection, file: Path) -> BackupInfo:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"sale", "setting", "customer", "product"} <= tables:
        raise NotABackup(str(file), "not a Bottega shop database")
    shop = _setting(conn, "shop")
    made = _setting(conn, MADE_KEY)
    last = conn.execute("SELECT receipt_number, completed_at FROM sale ORDER BY completed_at DESC, seq DESC LIMIT 1").fetchone()
    count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return BackupInfo(
        file=file, size=file.stat().st_size, shop_name=shop.get("shop_name", ""), till_id=shop.get("till_id", ""),
        made_at=made.get("at"), schema_version=count("PRAGMA user_version"),
        last_receipt=last[0] if last else None, last_sale_at=last[1] if last else None,
        sales=count("SELECT count(*) FROM sale WHERE kind = 'sale'"),
        refunds=count("SELECT count(*) FROM sale WHERE kind = 'refund'"),
        customers=count("SELECT count(*) FROM customer WHERE erased_at IS NULL"),
        products=count("SELECT count(*) FROM product WHERE active"),
    )


def _setting(conn: sqlite3.Connection, key: str) -> dict:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    try:
        value = json.loads(row[0]) if row else {}
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def check_backup(file: str | Path) -> BackupInfo:
    """describe_backup(), after integrity_check said ok and the schema is one this version reads."""
    file = Path(file)
    try:
        conn = _open_read_only(file)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise NotABackup(str(file), "; ".join(problems[:5]))
            info = _describe(conn, file)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise NotABackup(str(file), str(error)) from error
    if info.schema_version > SCHEMA_VERSION:
        raise BackupTooNew(str(file), info.schema_version, SCHEMA_VERSION)
    return info


def _made_order(path: Path) -> str:
    """Backups by the UTC time in their names (any till, any shop), others by their file time."""
    found = _STAMPED.search(path.name)
    if found:
        return found.group(0)
    return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def list_backups(folder: str | Path) -> list[BackupInfo | NotABackup]:
    """Every backup file in `folder`, newest first, each with what it holds (or why it cannot be read)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise BackupFolderMissing(str(folder))
    found: list[BackupInfo | NotABackup] = []
    for path in sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=_made_order, reverse=True):
        try:
            found.append(describe_backup(path))
        except NotABackup as error:
            found.append(error)
    return found


# --- restoring -----------------------------------------------------------------------------------
def restore(db_path: str | Path, backup_file: str | Path, now: datetime | None = None) -> RestoreResult:
    """Replace the shop database at `db_path` with the backup, keeping the current one aside.

    Call it while nothing uses the database (the app closes its engine first): DatabaseInUse if
    another connection still has it open, and then nothing has changed. The swap is one rename.
    """
    db_path = Path(db_path)
    info = check_backup(backup_file)
    stamp = utc_stamp(now or datetime.now(timezone.utc))
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    incoming.unlink(missing_ok=True)
    source = _open_read_only(Path(backup_file))
    target = sqlite3.connect(incoming, isolation_level=None)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")  # one file to swap in; the till turns WAL on again
        target.execute("DELETE FROM setting WHERE key = ?", (MADE_KEY,))
        _carry_backup_settings(db_path, target)
    finally:
        source.close()
        target.close()
    _fsync(incoming)
    safety = None
    try:
        if db_path.exists():
            safety = db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")
            _set_aside(db_path, safety)
        os.replace(incoming, db_path)
    finally:
        incoming.unlink(missing_ok=True)
    _fsync_dir(db_path.parent)
    return RestoreResult(info, safety)


def _carry_backup_settings(db_path: Path, target: sqlite3.Connection) -> None:
    """The backup folder and generations are this computer's, not the backup's: keep them."""
    if not db_path.exists():
        return
    try:
        current = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = current.execute("SELECT value FROM setting WHERE key = 'backup'").fetchone()
        finally:
            current.close()
    except sqlite3.DatabaseError:
        return  # the current file is damaged: the owner chooses the folder again
    if row:
        target.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('backup', ?)", (row[0],))


def _set_aside(db_path: Path, safety: Path) -> None:
    """Copy the current database to `safety` as one self-contained file, holding it exclusively.

    Leaving WAL mode needs every other connection closed: that is how an app still using the file
    is detected (DatabaseInUse) before anything changes. A damaged file is copied as it is, with
    its -wal, and its -wal/-shm are removed so they cannot be replayed into the restored file.
    """
    conn = sqlite3.connect(db_path, timeout=2, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if mode.lower() != "delete":
                raise DatabaseInUse(str(db_path))
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DatabaseInUse(str(db_path)) from error
            raise
        shutil.copy2(db_path, safety)
        _fsync(safety)
    except sqlite3.DatabaseError:
        conn.close()
        shutil.copy2(db_path, safety)
        for extra in ("-wal", "-shm"):
            side = Path(f"{db_path}{extra}")
            if side.exists():
                if extra == "-wal":
                    shutil.copy2(side, Path(f"{safety}{extra}"))
                side.unlink()
    finally:
        conn.close()
