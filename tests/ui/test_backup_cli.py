"""`bottega backup --db PATH --out DIR` and `bottega restore --db PATH FILE`: a round trip, and no restore without a yes."""
import io
import sqlite3
from contextlib import closing
import os
import subprocess
import sys
from pathlib import Path

from shop.sales import CASH, Tender
from tests.db.tables import rows
from ui.cli import main

ROOT = Path(__file__).resolve().parents[2]


def sell(till, shop, n: int) -> None:
    for _ in range(n):
        till.scan(shop.barcodes["milk"])
        till.pay([Tender(CASH, 159)])


def sale_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM sale").fetchone()[0]


class Terminal(io.StringIO):
    """Typed answers on a stdin that is a terminal."""

    def isatty(self) -> bool:
        return True


def test_backup_then_restore_round_trip(till, shop, tmp_path, capsys, monkeypatch):
    """A backup made on the command line restores the shop as it was, after asking, keeping the later state aside."""
    sell(till, shop, 4)
    out = tmp_path / "usb"
    out.mkdir()
    assert main(["backup", "--db", str(shop.path), "--out", str(out), "--keep", "2"]) == 0
    printed = capsys.readouterr().out
    [backup] = list(out.glob("bottega-macelleria-rossi-t1-*.db"))
    assert f"Backup:     {backup}" in printed
    assert "Shop:       Macelleria Rossi, till T1" in printed
    assert "Holds:      4 sales, 0 refunds, 0 customers, 7 products" in printed
    assert "Last sale:  T1-000004 at " in printed and "integrity_check ok" in printed
    assert rows(shop.engine, "SELECT value FROM setting WHERE key = 'backup_state'")[0]["value"].count(backup.name) == 1

    sell(till, shop, 2)
    shop.engine.dispose()
    monkeypatch.setattr(sys, "stdin", Terminal("no\n"))
    assert main(["restore", "--db", str(shop.path), str(backup)]) == 1
    assert "Not restored: nothing was changed." in capsys.readouterr().out
    assert sale_count(shop.path) == 6

    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    assert main(["restore", "--db", str(shop.path), str(backup)]) == 0
    printed = capsys.readouterr().out
    assert "Holds:      4 sales" in printed and f"Restored {shop.path} from {backup}." in printed
    assert sale_count(shop.path) == 4
    [safety] = list(tmp_path.glob("shop.before-restore-*.db"))
    assert sale_count(safety) == 6


def test_restore_without_a_terminal_needs_yes(till, shop, tmp_path):
    """Run with no one to answer (stdin not a terminal) and no --yes, restore refuses and changes nothing; --yes restores."""
    out = tmp_path / "usb"
    out.mkdir()
    sell(till, shop, 1)
    assert main(["backup", "--db", str(shop.path), "--out", str(out)]) == 0
    [backup] = list(out.iterdir())
    sell(till, shop, 1)
    shop.engine.dispose()
    command = [sys.executable, "-m", "ui.cli", "restore", "--db", str(shop.path), str(backup)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    refused = subprocess.run(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2
    assert "run again with --yes" in refused.stderr
    assert sale_count(shop.path) == 2
    done = subprocess.run([*command, "--yes"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sale_count(shop.path) == 1


def test_backup_to_a_missing_folder_fails_clearly(shop, tmp_path, capsys):
    """An unplugged stick: exit status 1 and a sentence that says what to check."""
    assert main(["backup", "--db", str(shop.path), "--out", str(tmp_path / "stick")]) == 1
    assert "is not there (is the USB stick plugged in" in capsys.readouterr().err


def test_restore_refuses_a_file_that_is_not_a_backup(shop, tmp_path, capsys):
    """A random file is refused before any question is asked."""
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    assert main(["restore", "--db", str(shop.path), str(junk), "--yes"]) == 2
    assert "is not a readable Bottega backup" in capsys.readouterr().err


def test_backup_command_never_imports_qt(shop, tmp_path):
    """`bottega backup` runs on a machine without a display: Qt is never imported."""
    out = tmp_path / "usb"
    out.mkdir()
    script = ("import sys; from ui.cli import main; code = main(['backup', '--db', sys.argv[1], '--out', sys.argv[2]]); "
              "assert 'PySide6' not in sys.modules, 'Qt imported'; sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, str(shop.path), str(out)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert len(list(out.glob("bottega-*.db"))) == 1


def test_restore_warns_on_a_till_enrolled_on_a_server(shop, tmp_path, capsys):
    """A till that syncs with a server is told its receipt numbering would go back."""
    out = tmp_path / "usb"
    out.mkdir()
    assert main(["backup", "--db", str(shop.path), "--out", str(out)]) == 0
    [backup] = list(out.iterdir())
    with closing(sqlite3.connect(shop.path)) as conn:
        conn.execute("INSERT INTO setting(key, value) VALUES ('sync', '{}')")
        conn.commit()
    shop.engine.dispose()
    assert main(["restore", "--db", str(shop.path), str(backup), "--yes"]) == 0
    assert "Warning:    this till syncs with a server" in capsys.readouterr().out
