"""`bottega export`: exit codes and messages of the accountant's command line, and nothing half-written."""
import os
import zipfile
from datetime import date

import pytest

from shop.demo import create_demo_shop
from ui.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small Italian demo shop whose history ends on 2026-11-30."""
    path = tmp_path_factory.mktemp("cli") / "shop.db"
    create_demo_shop(path, customers=100, products=60, days=45, today=date(2026, 12, 1))
    return path


def export(db, *args) -> int:
    return main(["export", "--db", str(db), *args])


def test_month_export_writes_every_format_and_a_zip(demo_db, tmp_path, capsys):
    """Exit 0; the CSVs, the workbook, the PDF and a zip of them in the new folder; a one-line summary."""
    out = tmp_path / "november"
    assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)) == 0
    names = sorted(os.listdir(out))
    assert "journal.csv" in names and "accounts_2026-11.xlsx" in names and "summary_2026-11.pdf" in names
    assert len(zipfile.ZipFile(out / "bottega-2026-11.zip").namelist()) == len(names) - 1
    printed = capsys.readouterr().out
    assert "30 Z reports, 2026-11-01 to 2026-11-30." in printed


def test_format_option_chooses_the_files(demo_db, tmp_path):
    """--format xlsx writes only the workbook (and its zip)."""
    out = tmp_path / "x"
    assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-07", "--out", str(out), "--format", "xlsx") == 0
    assert sorted(os.listdir(out)) == ["accounts_2026-11-01_2026-11-07.xlsx", "bottega-2026-11-01_2026-11-07.zip"]


def test_empty_period_exits_0_with_header_only_files(demo_db, tmp_path, capsys):
    """No sales in the period is not an error: files with headers only, and it says so."""
    out = tmp_path / "empty"
    assert export(demo_db, "--from", "2020-01-01", "--to", "2020-01-31", "--out", str(out), "--format", "csv") == 0
    assert (out / "journal.csv").read_text(encoding="utf-8-sig").count("\n") == 1
    assert "No sales from 2020-01-01 to 2020-01-31: the files hold the headers only." in capsys.readouterr().out


@pytest.mark.parametrize("start, end, message", [
    ("2026-11-30", "2026-11-01", "--from 2026-11-30 is after --to 2026-11-01: swap them; nothing was written"),
    ("30/11/2026", "2026-11-30", "'30/11/2026' is not a date: write it as YYYY-MM-DD"),
    ("2026-11-01", "2026-11-31", "'2026-11-31' is not a date"),
])
def test_bad_period_exits_2_and_writes_nothing(demo_db, tmp_path, capsys, start, end, message):
    """A reversed period or a date in the wrong format: exit 2, a clear message, no folder."""
    out = tmp_path / "out"
    assert export(demo_db, "--from", start, "--to", end, "--out", str(out)) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_folder_not_empty_is_refused_untouched(demo_db, tmp_path, capsys):
    """An existing folder with something in it: exit 2, the message names it, its content is untouched."""
    out = tmp_path / "busy"
    out.mkdir()
    (out / "letter.txt").write_text("dear accountant")
    assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)) == 2
    assert f"{out} already exists and is not empty: choose a new or empty folder" in capsys.readouterr().err
    assert os.listdir(out) == ["letter.txt"]
    assert os.listdir(tmp_path) == ["busy"], "no temporary folder left beside it"


def test_existing_empty_folder_is_used(demo_db, tmp_path):
    """A folder made for the export, still empty, receives it."""
    out = tmp_path / "made"
    out.mkdir()
    assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-02", "--out", str(out), "--format", "csv") == 0
    assert (out / "journal.csv").exists()


def test_unwritable_place_exits_2(demo_db, capsys):
    """A folder that cannot be written (here /sys, read-only even for root): exit 2, says where and why."""
    assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-30", "--out", "/sys/bottega-export") == 2
    assert "cannot write in /sys" in capsys.readouterr().err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_exits_2(demo_db, tmp_path, capsys):
    """An empty but read-only folder: exit 2 and it stays empty."""
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out)) == 2
        assert f"cannot write in {out}" in capsys.readouterr().err
        assert os.listdir(out) == []
    finally:
        out.chmod(0o755)


def test_unknown_format_and_missing_database_exit_2(demo_db, tmp_path, capsys):
    """--format docx and a database file that is not there: exit 2 with a message each."""
    assert export(demo_db, "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(tmp_path / "a"),
                  "--format", "csv,docx") == 2
    assert "unknown format 'docx': choose among csv, xlsx, pdf" in capsys.readouterr().err
    assert export(tmp_path / "nope.db", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(tmp_path / "b")) == 2
    assert "no shop database at" in capsys.readouterr().err
    assert sorted(os.listdir(tmp_path)) == []


def test_cli_does_not_import_qt(demo_db, tmp_path):
    """The export runs on a machine without a display: no PySide6 module is loaded."""
    import subprocess
    import sys

    code = ("import sys; from ui.cli import main; "
            f"rc = main(['export', '--db', {str(demo_db)!r}, '--from', '2026-11-01', '--to', '2026-11-03', "
            f"'--out', {str(tmp_path / 'q')!r}]); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'; sys.exit(rc)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
