"""The back office import page: a preview that lists every broken row and writes nothing, then Import writes the good rows."""
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ui.backoffice_import import ImportPage

HEADER = "sku;name;price;vat_rate;unit;barcode;plu;category;active\n"


@pytest.fixture
def page(qtbot, shop, qapp):
    widget = ImportPage(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def prices(shop) -> dict[str, int]:
    with sqlite3.connect(shop.path) as conn:
        return dict(conn.execute("SELECT sku, price FROM product"))


def test_preview_then_confirm(page, shop, qtbot, tmp_path, monkeypatch, qtmodeltester):
    """Choosing a Latin-1 file with two broken rows shows them with line and reason and writes nothing; Import writes the good rows once."""
    path = tmp_path / "listino.csv"
    path.write_bytes((HEADER + "NEW001;Focaccia più alta;2,80;4;pc;;;Panetteria;1\nBAD001;Rotto;--150;4\n"
                      "PAN001;Pane di Altamura;3,70;4;pc;" + shop.barcodes["bread"] + ";;Panetteria;1\nBAD002;Aliquota;1;7\n").encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    before = prices(shop)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    qtmodeltester.check(page.model)
    shown = [[page.model.index(r, c).data() for c in range(4)] for r in range(page.model.rowCount())]
    assert shown[:2] == [["3", "BAD001", "rejected", "The price '--150' is not an amount (write 3.50 or 3,50)"],
                         ["5", "BAD002", "rejected", "The VAT rate 7 % is not one of the shop's rates (4 %, 10 %, 22 %)"]]
    assert [row[:3] for row in shown[2:]] == [["2", "NEW001", "new"], ["4", "PAN001", "changed"]]
    assert "Focaccia più alta" in shown[2][3]
    assert page.summary.text() == "1 new, 1 changed, 0 unchanged, 2 rejected  ·  read as Windows-1252, columns separated by semicolons"
    assert "2 rows are rejected" in page.error.text()
    assert prices(shop) == before  # the preview wrote nothing

    assert page.import_button.isEnabled() and page.import_button.text() == "Import 2 products"
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.summary.text().startswith("Imported"), timeout=10_000)
    assert page.summary.text() == "Imported: 1 new, 1 changed, 0 unchanged, 2 rejected"
    after = prices(shop)
    assert (after["NEW001"], after["PAN001"]) == (280, 370) and "BAD001" not in after
    assert not page.import_button.isEnabled() and page.model.rowCount() == 0


def test_an_unusable_file_says_why(page, qtbot, tmp_path):
    """A file without the columns: the page says which are unknown and missing, and offers no import."""
    path = tmp_path / "wrong.csv"
    path.write_text("codice,descrizione,prezzo\n1,x,2\n", encoding="utf-8")
    page.load(path)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert "Missing: sku, name, price, vat_rate" in page.error.text()
    assert not page.import_button.isEnabled()


def test_export_buttons_write_files_the_import_reads(page, shop, qtbot, tmp_path, monkeypatch):
    """Export Excel writes the catalogue; choosing that file again previews every product as unchanged."""
    out = tmp_path / "catalogo.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert out.exists() and page.summary.text() == f"7 products saved to {out}"
    page.load(out)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.summary.text() == "0 new, 0 changed, 7 unchanged, 0 rejected  ·  Excel workbook"
    assert not page.import_button.isEnabled()
