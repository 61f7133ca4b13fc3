"""`bottega import-products --db PATH FILE [--dry-run]` and `bottega export-products --db PATH --out FILE`: output and exit codes are a contract."""
import sqlite3
import subprocess
import sys

from ui.cli import main

HEADER = "sku,name,price,vat_rate,unit,barcode,plu,category,active\n"


def prices(shop) -> dict[str, int]:
    with sqlite3.connect(shop.path) as conn:
        return dict(conn.execute("SELECT sku, price FROM product"))


def test_rejected_rows_then_counts_and_exit_1(shop, tmp_path, capsys):
    """Each rejected row as FILE:LINE: rejected SKU: reason, then the counts; exit 1; the good rows are written."""
    path = tmp_path / "listino.csv"
    path.write_text(HEADER + "NEW001,Focaccia,2.80,4\nBAD001,Bad,-3,4\nPAN001,Pane di Altamura,3.70,4,pc,,,Panetteria\n"
                    ",No sku,1,4\nLAT001,Latte intero 1 l,1.59,4,pc," + shop.barcodes["milk"] + "\n", encoding="utf-8")
    assert main(["import-products", "--db", str(shop.path), str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == ["listino.csv:3: rejected BAD001: price must not be negative",
                   "listino.csv:5: rejected (no SKU): sku is missing",
                   "1 new, 1 changed, 1 unchanged, 2 rejected"]
    assert prices(shop)["NEW001"] == 280 and prices(shop)["PAN001"] == 370


def test_dry_run_writes_nothing_and_a_clean_file_exits_0(shop, tmp_path, capsys):
    """--dry-run prints the same counts and writes nothing; a file with no rejected row exits 0."""
    path = tmp_path / "ok.csv"
    path.write_text(HEADER + "NEW001,Focaccia,2.80,4\n", encoding="utf-8")
    before = prices(shop)
    assert main(["import-products", "--db", str(shop.path), str(path), "--dry-run"]) == 0
    assert capsys.readouterr().out.strip() == "1 new, 0 changed, 0 unchanged, 0 rejected"
    assert prices(shop) == before
    assert main(["import-products", "--db", str(shop.path), str(path)]) == 0
    assert "NEW001" in prices(shop)


def test_unusable_file_exits_2(shop, tmp_path, capsys):
    """Unknown columns, a missing file or a missing shop: a message on stderr and exit 2."""
    path = tmp_path / "bad.csv"
    path.write_text("sku,name,cost\nX,Y,1\n", encoding="utf-8")
    assert main(["import-products", "--db", str(shop.path), str(path)]) == 2
    assert "unknown column(s) cost; missing column(s) price, vat_rate" in capsys.readouterr().err
    assert main(["import-products", "--db", str(shop.path), str(tmp_path / "none.csv")]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["import-products", "--db", str(tmp_path / "no.db"), str(path)]) == 2


def test_export_then_import_is_unchanged(shop, tmp_path, capsys):
    """export-products to CSV and XLSX; importing either back changes nothing."""
    for name in ("catalogue.csv", "catalogue.xlsx"):
        out = tmp_path / name
        assert main(["export-products", "--db", str(shop.path), "--out", str(out)]) == 0
        assert "(7 products)" in capsys.readouterr().out
        assert main(["import-products", "--db", str(shop.path), str(out)]) == 0
        assert capsys.readouterr().out.strip() == "0 new, 0 changed, 7 unchanged, 0 rejected"


def test_the_commands_do_not_load_qt(shop, tmp_path):
    """import-products runs without Qt (servers and scripts have no display)."""
    path = tmp_path / "ok.csv"
    path.write_text(HEADER + "NEW001,Focaccia,2.80,4\n", encoding="utf-8")
    code = ("import sys; from ui.cli import main; status = main(['import-products', '--db', sys.argv[1], sys.argv[2], '--dry-run']); "
            "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(status)")
    done = subprocess.run([sys.executable, "-c", code, str(shop.path), str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
