"""Backups: a copy taken while sales go on holds every acknowledged sale, is verified, pruned, described
without being changed, and restores; a missing or unwritable folder is a typed error and the till sells on."""
import hashlib
from contextlib import closing
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from db.engine import open_database, read_session
from shop import backups
from shop.backup_errors import (
    BackupFolderFull, BackupFolderMissing, BackupFolderNotWritable, BackupTooNew, DatabaseInUse, NoBackupFolder,
    NotABackup,
)
from shop.backup_schedule import (
    BackupSettings, BackupState, backup_due, backup_now, backup_warning, load_backup_state, save_backup_settings,
)
from shop.backups import check_backup, describe_backup, list_backups, restore, take_backup
from shop.sales import CASH, Tender
from tests.db.tables import rows

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 12, 4, 9, 30, tzinfo=timezone.utc)


def sell(till, shop, n: int = 1) -> list[str]:
    numbers = []
    for _ in range(n):
        till.scan(shop.barcodes["bread"])
        numbers.append(till.pay([Tender(CASH, 350)]).receipt_number)
    return numbers


def receipts_in(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT receipt_number FROM sale")}


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def fingerprint(folder: Path) -> dict:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def usb(tmp_path) -> Path:
    """The owner's backup folder (a USB stick), apart from the shop's own folder."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_backup_while_another_process_sells_restores_every_acknowledged_sale(till, shop, tmp_path):
    """A till process sells in a loop during a slow, stepped backup: the restored shop holds every sale it had acknowledged before the backup began."""
    sell(till, shop, 30)  # some history, so the copy takes many steps
    out = tmp_path / "usb"
    out.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.db.sale_writer", str(shop.path), "--user", shop.users["Anna"].id, "--seed", "3"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    acknowledged: list[str] = []
    more = threading.Event()

    def read_receipts():
        for line in child.stdout:
            if line.startswith("T1-"):
                acknowledged.append(line.strip())
                if len(acknowledged) > 10:
                    more.set()

    reader = threading.Thread(target=read_receipts, daemon=True)
    reader.start()
    try:
        assert more.wait(60), "the selling process did not sell"
        before_backup = list(acknowledged)  # each was printed only after its commit

        def between_steps(_status, remaining, _total):
            """Mid-copy, hold the backup until the seller has completed three more sales."""
            if remaining and len(acknowledged) < len(before_backup) + 3:
                while len(acknowledged) < len(before_backup) + 3 and child.poll() is None:
                    more.clear()
                    more.wait(5)

        result = take_backup(shop.path, out, pages_per_step=1, progress=between_steps)
        during = len(acknowledged) - len(before_backup)
        assert during >= 3, "sales were blocked while the backup was copying"
        target = len(acknowledged) + 5
        while len(acknowledged) < target and child.poll() is None:
            more.clear()
            more.wait(5)
        assert child.poll() is None, child.stderr.read()  # the seller was never stopped by the backup
    finally:
        child.kill()
        child.wait(30)
        reader.join(10)
        child.stdout.close()
        child.stderr.close()

    assert integrity(result.file) == "ok"
    restored = tmp_path / "restored" / "shop.db"
    restored.parent.mkdir()
    restore(restored, result.file)
    assert integrity(restored) == "ok"
    held = receipts_in(restored)
    missing = set(before_backup) - held
    assert not missing, f"acknowledged before the backup began but not in it: {sorted(missing)}"
    assert len(held) == result.sales
    seqs = sorted(int(r.split("-")[1]) for r in held)
    assert seqs == list(range(1, len(seqs) + 1)), "the copy is one consistent moment: no gaps"
    engine = open_database(restored)  # and it opens as a shop
    try:
        assert rows(engine, "SELECT count(*) AS n FROM sale")[0]["n"] == result.sales
    finally:
        engine.dispose()


def test_backup_while_a_thread_sells_holds_every_sale_completed_before(till, shop, tmp_path):
    """Sales completed through shop/ on another thread of this process during the backup never wait for it to end."""
    sell(till, shop, 5)
    stop = threading.Event()
    done: list[str] = []
    errors: list[Exception] = []

    def seller():
        try:
            while not stop.is_set():
                done.extend(sell(till, shop))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    thread = threading.Thread(target=seller)
    thread.start()
    try:
        while len(done) < 5:
            stop.wait(0.01)
        before = list(done)
        result = take_backup(shop.path, tmp_path, pages_per_step=1)
    finally:
        stop.set()
        thread.join(30)
    assert errors == []
    assert set(before) <= receipts_in(result.file)
    assert integrity(result.file) == "ok"


def test_the_copy_is_one_self_contained_verified_file_with_a_telling_name(till, shop, usb):
    """Name has shop, till and UTC time; no temp or -wal files are left; the copy says when it was made."""
    sell(till, shop, 2)
    result = take_backup(shop.path, usb, now=T0)
    assert result.file.name == "bottega-macelleria-rossi-t1-20261204T093000Z.db"
    assert sorted(p.name for p in usb.iterdir()) == [result.file.name]
    assert list(shop.path.parent.glob(".shop.db.backup-*")) == []  # the local first copy is gone too
    info = describe_backup(result.file)
    assert (info.shop_name, info.till_id, info.made_at) == ("Macelleria Rossi", "T1", "2026-12-04T09:30:00+00:00")
    assert (info.sales, info.refunds, info.customers, info.products, info.last_receipt) == (2, 0, 0, 7, "T1-000002")
    assert info.size == result.size > 0
    again = take_backup(shop.path, usb, now=T0)  # same second: a second name, nothing overwritten
    assert again.file.name.endswith("093000Z-2.db")


def test_generations_are_pruned_only_after_a_new_good_backup_and_only_this_tills(till, shop, usb):
    """Keeping 3: the oldest go once a newer good copy exists; another till's backups in the folder stay."""
    other = usb / "bottega-macelleria-rossi-t2-20260101T000000Z.db"
    other.write_bytes(b"another till's backup")
    made = [take_backup(shop.path, usb, generations=3, now=T0 + timedelta(days=i)).file for i in range(5)]
    left = sorted(p.name for p in usb.glob("bottega-macelleria-rossi-t1-*"))
    assert left == [p.name for p in made[-3:]]
    assert other.exists()
    stale = usb / f".{made[-1].name}.partial"  # a backup cut short long ago...
    stale.write_bytes(b"half a copy")
    local = shop.path.parent / ".shop.db.backup-cut.tmp"  # ...and its first copy beside the shop
    local.write_bytes(b"half a copy")
    for path in (stale, local):
        os.utime(path, (0, 0))
    take_backup(shop.path, usb, generations=3, now=T0 + timedelta(days=9))
    assert not stale.exists() and not local.exists()
    left = sorted(p.name for p in usb.glob("bottega-macelleria-rossi-t1-*"))
    assert len(left) == 3

    missing = usb / "gone"
    with pytest.raises(BackupFolderMissing):
        take_backup(shop.path, missing, generations=1)
    assert sorted(p.name for p in usb.glob("bottega-macelleria-rossi-t1-*")) == left  # a failure deletes nothing


def unwritable_folder(usb: Path) -> Path:
    """A folder this process cannot write to (root ignores permission bits: then a sysfs folder)."""
    if os.geteuid() == 0:
        return Path("/sys/kernel")
    folder = usb / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses Linux folders")
def test_unwritable_missing_or_full_folder_is_a_typed_error_and_sales_go_on(till, shop, usb, monkeypatch):
    """The stick unplugged, a read-only share or a full disk: a typed error, recorded for the header, and the till sells."""
    from db.engine import write_session

    with write_session(shop.engine) as session:
        save_backup_settings(session, BackupSettings(folder=str(unwritable_folder(usb))))
    with pytest.raises(BackupFolderNotWritable):
        backup_now(shop.engine, now=T0)
    with read_session(shop.engine) as session:
        state = load_backup_state(session)
    assert state.last_error == "BackupFolderNotWritable" and state.last_good_at is None
    assert sell(till, shop) == ["T1-000001"]

    with pytest.raises(BackupFolderMissing):
        backup_now(shop.engine, folder=usb / "usb-stick-unplugged")
    with pytest.raises(BackupFolderMissing):
        take_backup(shop.path, shop.path)  # a file, not a folder

    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _: type("U", (), {"free": 1000})())
    with pytest.raises(BackupFolderFull) as full:
        take_backup(shop.path, usb)
    assert full.value.free == 1000 and full.value.needed > 1000
    assert list(usb.glob("*.partial")) == [] and list(shop.path.parent.glob(".shop.db.backup-*")) == []
    assert sell(till, shop) == ["T1-000002"]


def test_no_folder_chosen_is_its_own_error(shop):
    """Before the owner chooses a folder, backup_now says so instead of guessing one."""
    with pytest.raises(NoBackupFolder):
        backup_now(shop.engine)


def test_a_good_backup_is_recorded(till, shop, usb):
    """The last good backup's time, file, size and sales count are kept; a later failure keeps them."""
    sell(till, shop, 3)
    result = backup_now(shop.engine, folder=usb, now=T0)
    with read_session(shop.engine) as session:
        state = load_backup_state(session)
    assert (state.last_good_at, state.last_good_file, state.last_good_size, state.last_good_sales, state.last_error) == (
        "2026-12-04T09:30:00+00:00", str(result.file), result.size, 3, "")
    with pytest.raises(BackupFolderMissing):
        backup_now(shop.engine, folder=usb / "nope", now=T0 + timedelta(hours=2))
    with read_session(shop.engine) as session:
        state = load_backup_state(session)
    assert state.last_good_file == str(result.file) and state.last_error == "BackupFolderMissing"


def test_describe_changes_nothing_and_refuses_what_is_not_a_backup(till, shop, usb):
    """Looking at a backup leaves its bytes, time and folder as they were; other files are NotABackup."""
    sell(till, shop)
    result = take_backup(shop.path, usb)
    before = fingerprint(usb)
    describe_backup(result.file)
    check_backup(result.file)
    list_backups(usb)
    assert fingerprint(usb) == before
    junk = usb / "bottega-junk-t1-20260101T000000Z.db"
    junk.write_text("not a database")
    with pytest.raises(NotABackup):
        describe_backup(junk)
    listed = list_backups(usb)
    assert [type(x).__name__ for x in listed] == ["BackupInfo", "NotABackup"]
    with pytest.raises(NotABackup):
        describe_backup(usb / "missing.db")


def test_restore_keeps_a_safety_copy_and_refuses_while_the_database_is_open(till, shop, usb):
    """Restore swaps the file only when nothing has it open, keeps the old one aside, and keeps this computer's backup folder."""
    from db.engine import write_session

    sell(till, shop, 2)
    with write_session(shop.engine) as session:
        save_backup_settings(session, BackupSettings(folder=str(usb), generations=4))
    result = take_backup(shop.path, usb)
    sell(till, shop, 3)  # after the backup: gone after the restore, kept in the safety copy
    with pytest.raises(DatabaseInUse):
        restore(shop.path, result.file)  # the till's engine still holds connections
    assert len(receipts_in(shop.path)) == 5

    shop.engine.dispose()
    done = restore(shop.path, result.file, now=T0)
    assert done.info.sales == 2
    assert done.safety_copy.name == "shop.before-restore-20261204T093000Z.db"
    assert len(receipts_in(done.safety_copy)) == 5 and integrity(done.safety_copy) == "ok"
    assert not Path(f"{shop.path}-wal").exists()
    engine = open_database(shop.path)
    try:
        assert rows(engine, "SELECT count(*) AS n FROM sale")[0]["n"] == 2
        assert rows(engine, "SELECT value FROM setting WHERE key = 'backup'")[0]["value"].count(str(usb)) == 1
        assert rows(engine, "SELECT count(*) AS n FROM setting WHERE key = 'backup_made'")[0]["n"] == 0
    finally:
        engine.dispose()


def test_restore_refuses_a_damaged_or_newer_backup_and_changes_nothing(till, shop, usb):
    """A backup that fails integrity_check or comes from a newer Bottega is refused before anything is touched."""
    result = take_backup(shop.path, usb)
    newer = usb / "newer.db"
    newer.write_bytes(result.file.read_bytes())
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("PRAGMA user_version=999")
    damaged = usb / "damaged.db"
    data = bytearray(result.file.read_bytes())
    data[4096 * 3:4096 * 3 + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(data))
    shop.engine.dispose()
    before = fingerprint(shop.path.parent)
    with pytest.raises(BackupTooNew):
        restore(shop.path, newer)
    with pytest.raises(NotABackup):
        restore(shop.path, damaged)
    assert fingerprint(shop.path.parent) == before


def test_daily_due_and_warnings():
    """Due once per shop day, not while a recent failure waits its retry; warnings for off, never, failed and stale."""
    on = BackupSettings(folder="/media/usb")
    now = datetime(2026, 12, 4, 23, 30, tzinfo=timezone.utc)  # already the 5th in Rome
    assert not backup_due(BackupSettings(), BackupState(), now, "Europe/Rome")
    assert backup_due(on, BackupState(), now, "Europe/Rome")
    assert backup_due(on, BackupState(last_good_at="2026-12-04T08:00:00+00:00"), now, "Europe/Rome")
    assert not backup_due(on, BackupState(last_good_at="2026-12-04T23:10:00+00:00"), now, "Europe/Rome")
    failed = BackupState(last_attempt_at="2026-12-04T23:00:00+00:00", last_error="BackupFolderMissing")
    assert not backup_due(on, failed, now, "Europe/Rome")
    assert backup_due(on, failed, now + timedelta(hours=1), "Europe/Rome")

    assert backup_warning(BackupSettings(), BackupState(), now) == "off"
    assert backup_warning(on, BackupState(), now) == "never"
    assert backup_warning(on, failed, now) == "failed"
    assert backup_warning(on, BackupState(last_good_at="2026-12-03T20:00:00+00:00"), now) == "stale"
    assert backup_warning(on, BackupState(last_good_at="2026-12-04T20:00:00+00:00"), now) == ""
