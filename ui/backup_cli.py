"""`bottega backup` and `bottega restore`: the same verified backups and restores as the back office.

No Qt here: these run on a server shelf, over SSH or from a scheduled task.
"""
import sys
from pathlib import Path


def add_parsers(sub) -> None:
    backup = sub.add_parser("backup", help="copy the shop database into a folder, verified (integrity_check)")
    backup.add_argument("--db", type=Path, dest="backup_db", help="shop database file (default: the user's own)")
    backup.add_argument("--out", type=Path, required=True, help="the folder to write the backup into")
    backup.add_argument("--keep", type=int, help="generations of this till's backups to keep there (default: the shop's setting, 7)")

    restore = sub.add_parser("restore", help="replace the shop database with a backup (the current one is kept aside)")
    restore.add_argument("--db", type=Path, dest="restore_db", help="shop database file (default: the user's own)")
    restore.add_argument("file", type=Path, help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing the database")


def size_text(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return ""


def describe_lines(info) -> list[str]:
    """What a backup holds, for a person deciding whether to restore it."""
    last = f"{info.last_receipt} at {info.last_sale_at}" if info.last_receipt else "no sales"
    return [
        f"Backup:     {info.file} ({size_text(info.size)})",
        f"Shop:       {info.shop_name or '?'}, till {info.till_id or '?'}",
        f"Made at:    {info.made_at or 'unknown'} (UTC)",
        f"Last sale:  {last}",
        f"Holds:      {info.sales} sales, {info.refunds} refunds, {info.customers} customers, {info.products} products",
    ]


def error_text(error) -> str:
    """One sentence for each typed backup error (the back office says the same in the user's language)."""
    from shop import backup_errors as e

    if isinstance(error, e.BackupFolderMissing):
        return f"The folder {error.folder} is not there (is the USB stick plugged in, the share mounted?)"
    if isinstance(error, e.BackupFolderNotWritable):
        return f"Cannot write into {error.folder}: {error.detail or 'permission denied'}"
    if isinstance(error, e.BackupFolderFull):
        needed = f" (needs {size_text(error.needed)}, {size_text(error.free)} free)" if error.needed else ""
        return f"The folder {error.folder} is full{needed}"
    if isinstance(error, e.BackupCheckFailed):
        return f"The copy failed its check and was thrown away: {error.detail}"
    if isinstance(error, e.NotABackup):
        return f"{error.file} is not a readable Bottega backup: {error.detail}"
    if isinstance(error, e.BackupTooNew):
        return f"{error.file} was made by a newer Bottega (schema {error.version}, this one reads up to {error.supported})"
    if isinstance(error, e.DatabaseInUse):
        return f"{error.path} is open in a running Bottega (or another program): close it and try again"
    if isinstance(error, e.NoBackupFolder):
        return "No backup folder chosen"
    return str(error)


def backup(args, default_db) -> int:
    from shop.backup_errors import BackupError
    from shop.backup_schedule import backup_database
    from shop.backups import describe_backup

    db = args.backup_db or args.db or default_db()
    if not db.is_file():
        print(f"No shop database at {db}", file=sys.stderr)
        return 2
    if args.keep is not None and args.keep < 1:
        print("--keep must be at least 1", file=sys.stderr)
        return 2
    try:
        result = backup_database(db, folder=args.out, generations=args.keep)
    except BackupError as error:
        print(f"Backup failed: {error_text(error)}", file=sys.stderr)
        return 1
    print("\n".join(describe_lines(describe_backup(result.file))))
    print("Checked:    integrity_check ok")
    for old in result.removed:
        print(f"Removed:    {old} (older than the generations kept)")
    return 0


def restore(args, default_db) -> int:
    from shop.backup_errors import BackupError
    from shop.backups import check_backup, restore as restore_file

    db = args.restore_db or args.db or default_db()
    try:
        info = check_backup(args.file)
    except BackupError as error:
        print(f"Not restored: {error_text(error)}", file=sys.stderr)
        return 2
    print("\n".join(describe_lines(info)))
    print("Checked:    integrity_check ok")
    if db.exists():
        print(f"Replaces:   {db} (kept aside as a safety copy first)")
        if _enrolled(db):
            print(f"Warning:    this till syncs with a server, which holds its sales made after this backup; restored, "
                  f"it would number receipts again from {info.last_receipt or 'the first'}. Restore a server's till only with help.")
    else:
        print(f"Creates:    {db} (there is no database there yet)")
    if not args.yes:
        if not sys.stdin.isatty():
            print("Not restored: nobody at a terminal to confirm; run again with --yes to replace the database.",
                  file=sys.stderr)
            return 2
        answer = input("Replace the shop's data with this backup? Type yes to go on: ")
        if answer.strip().lower() not in ("yes", "y"):
            print("Not restored: nothing was changed.")
            return 1
    db.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = restore_file(db, args.file)
    except BackupError as error:
        print(f"Not restored: {error_text(error)}", file=sys.stderr)
        return 1
    print(f"Restored {db} from {args.file}.")
    if done.safety_copy:
        print(f"The database as it was is kept in {done.safety_copy}")
    return 0


def _enrolled(db: Path) -> bool:
    """Whether the shop database at `db` is a till enrolled on a server (read-only look)."""
    import sqlite3

    from shop.sync_client import SYNC_KEY

    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT 1 FROM setting WHERE key = ?", (SYNC_KEY,)).fetchone() is not None
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
