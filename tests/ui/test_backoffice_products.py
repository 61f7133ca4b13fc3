"""The back office's catalogue page driven with keys and clicks on the fixture shop."""
import subprocess

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from db.engine import read_session
from db.models import AuditEvent, Product, SaleLine
from shop.barcodes import resolve_scan
from shop.sales import CASH, Tender
from tests.conftest import with_check_digit
from ui.backoffice_products import ProductsPage
from ui.style import apply_style
from ui.till_window import TillWindow

SECOND = with_check_digit("400638133394")
FIRST = with_check_digit("400638133393")


@pytest.fixture
def page(qtbot, shop, qapp):
    apply_style(qapp)
    page = ProductsPage(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def click(qtbot, widget, name):
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def names(page):
    model = page.products.model
    return [model.product(row).name for row in range(model.rowCount())]


def product(shop, sku):
    with read_session(shop.engine) as session:
        return session.exec(select(Product).where(Product.sku == sku)).one()


def fill(qtbot, editor, sku, name, price, barcodes=(), unit="pc", plu=""):
    qtbot.keyClicks(editor.sku, sku)
    qtbot.keyClicks(editor.name, name)
    qtbot.keyClicks(editor.price, price)
    editor.unit.setCurrentIndex(editor.unit.findData(unit))
    for code in barcodes:
        qtbot.keyClicks(editor.barcodes, code)
        qtbot.keyClick(editor.barcodes, Qt.Key.Key_Return)
    if plu:
        qtbot.keyClicks(editor.plu, plu)


def test_filter_narrows_on_every_keystroke(qtbot, page):
    """Typing a fragment letter by letter narrows the list at each key; clearing shows every product again."""
    tab = page.products
    assert tab.model.rowCount() == 7
    qtbot.keyClicks(tab.filter, "p")
    assert names(page) == ["Pane di Altamura", "Polpette di manzo", "Prosciutto crudo di Parma"]
    qtbot.keyClicks(tab.filter, "ro")
    assert names(page) == ["Prosciutto crudo di Parma"]
    assert tab.count.text().startswith("1 ")
    tab.filter.clear()
    qtbot.keyClicks(tab.filter, "marsig")
    assert names(page) == ["Sapone di Marsiglia"]


def test_model_passes_the_qt_model_tester(qtmodeltester, page):
    """The product list model keeps Qt's model rules, filtered and not."""
    page.products.model.set_filter("di")
    qtmodeltester.check(page.products.model)


def test_add_products_then_sell_by_the_second_barcode(qtbot, page, shop, till):
    """A product with two barcodes and a weighed one, typed in the form; the till sells the first by its second code."""
    editor = page.products.editor
    click(qtbot, page, "newProductButton")
    fill(qtbot, editor, "OLI001", "Olio extravergine 1 l", "9,90", [FIRST, SECOND])
    click(qtbot, editor, "saveButton")
    assert editor.general_error.text() == "" and editor.product_id
    click(qtbot, page, "newProductButton")
    fill(qtbot, editor, "SAL001", "Salame felino", "24,50", unit="kg", plu="77")
    qtbot.keyClick(editor.plu, Qt.Key.Key_Return)
    assert product(shop, "SAL001").unit == "kg" and product(shop, "SAL001").plu == "00077"
    assert "Olio extravergine 1 l" in names(page)
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.search, SECOND)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert [(line.sku, line.unit_price) for line in window.till.cart.lines] == [("OLI001", 990)]
    with read_session(shop.engine) as session:
        assert resolve_scan(session, with_check_digit("210007701000"), shop.settings).product.sku == "SAL001"


def test_bad_price_and_duplicate_barcode_shown_at_their_fields(qtbot, page, shop):
    """A price of 'abc' and another product's barcode are refused, each message under its field, the text kept."""
    editor = page.products.editor
    fill(qtbot, editor, "OLI001", "Olio", "abc", [shop.barcodes["wine"]])
    click(qtbot, editor, "saveButton")
    assert editor.errors["price"].isVisible() and "'abc' is not a price" in editor.errors["price"].text()
    assert "VIN001" in editor.errors["barcodes"].text()
    assert not editor.errors["sku"].isVisible()
    assert editor.price.text() == "abc"
    with read_session(shop.engine) as session:
        assert session.exec(select(Product).where(Product.sku == "OLI001")).first() is None
    editor.price.clear()
    qtbot.keyClicks(editor.price, "-3")
    editor.barcodes.clear()
    click(qtbot, editor, "saveButton")
    assert editor.errors["price"].text() == "A price cannot be negative."
    assert not editor.errors["barcodes"].isVisible()


def test_bulk_price_change_preview_then_apply(qtbot, page, shop):
    """Selected products +10 %: the preview lists old and new prices and writes nothing until applied."""
    tab = page.products
    qtbot.keyClicks(tab.filter, "p")  # pane, polpette, prosciutto
    tab.view.selectAll()
    dialog = tab.open_price_change()
    qtbot.keyClicks(dialog.change, "10")
    click(qtbot, dialog, "previewButton")
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    assert rows == [["Pane di Altamura", "3,50\xa0€", "3,85\xa0€"], ["Polpette di manzo", "18,90\xa0€/kg", "20,79\xa0€/kg"],
                    ["Prosciutto crudo di Parma", "39,90\xa0€/kg", "43,89\xa0€/kg"]]
    assert product(shop, "PAN001").price == 350
    click(qtbot, dialog, "okButton")
    assert [product(shop, sku).price for sku in ("PAN001", "POL001", "PRO001")] == [385, 2079, 4389]
    assert tab.message.text() == "3 prices changed."


def test_retire_keeps_the_sales_history(qtbot, page, shop, till):
    """Retiring a sold product keeps its sale lines; the form says so and can put it back on sale."""
    till.add_product(till.quick_keys()[0].product)  # bread
    till.pay([Tender(CASH, 1000)])
    tab = page.products
    qtbot.keyClicks(tab.filter, "pane")
    tab.view.selectRow(0)
    assert "Sold before" in tab.editor.state.text()
    click(qtbot, tab.editor, "retireButton")
    assert not product(shop, "PAN001").active
    assert tab.model.product(0).active is False and tab.model.data(tab.model.index(0, 6)) == "Retired"
    with read_session(shop.engine) as session:
        assert len(session.exec(select(SaleLine).where(SaleLine.sku == "PAN001")).all()) == 1
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "product.retire")).one()
    click(qtbot, tab.editor, "retireButton")
    assert product(shop, "PAN001").active


def test_vat_rate_in_use_cannot_be_deleted(qtbot, page, shop):
    """Deleting rate A, which products use, is refused with a message; a new unused rate can be deleted."""
    tab = page.vat_rates
    page.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    assert tab.edits["code"].text() == "A"
    click(qtbot, tab, "deleteButton")
    assert "VAT rate A is used by" in tab.general_error.text()
    click(qtbot, tab, "newButton")
    qtbot.keyClicks(tab.edits["code"], "D")
    qtbot.keyClicks(tab.edits["name"], "IVA 5%")
    qtbot.keyClicks(tab.edits["rate"], "5")
    click(qtbot, tab, "saveButton")
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["A", "B", "C", "D"]
    click(qtbot, tab, "deleteButton")
    assert tab.table.rowCount() == 3


def test_quick_key_layout_changes_the_tills_grid(qtbot, page, shop, till):
    """Adding a key, moving it first and colouring it: the till's grid shows it first in that colour."""
    tab = page.quick_keys
    page.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.search, "sapone")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    for _ in range(tab.keys.count()):
        click(qtbot, tab, "upButton")
    tab.key_color.setCurrentIndex(2)
    tab._color_picked(2)
    click(qtbot, tab, "saveKeysButton")
    window = TillWindow(till)
    qtbot.addWidget(window)
    first = window.findChild(QPushButton, "quickKey0")
    assert first.label == "Sapone di Marsiglia"
    assert tab.key_color.itemData(2) in first.styleSheet()


def test_shelf_labels_pdf_has_readable_barcodes(qtbot, page, shop, tmp_path, monkeypatch):
    """Labels of the selected products are saved to the chosen PDF; its barcodes decode from the rendered page."""
    tab = page.products
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(tab, "choose_pdf_path", lambda: target)
    qtbot.keyClicks(tab.filter, "sa")  # Sangiovese (EAN-13), Sapone (UPC-A)
    tab.view.selectAll()
    click(qtbot, tab, "labelsButton")
    assert target.exists()
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(target), str(tmp_path / "labels")], check=True)
    codes = {r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "labels.png"))}
    assert {shop.barcodes["wine"], shop.barcodes["soap"]} <= codes | {c[1:] for c in codes if len(c) == 13}
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Sangiovese di Romagna" in text and "12,90 €" in text


def test_enter_in_the_filter_opens_the_first_match(qtbot, page):
    """Typing a fragment and Enter puts the first match in the form."""
    tab = page.products
    qtbot.keyClicks(tab.filter, "sapo")
    qtbot.keyClick(tab.filter, Qt.Key.Key_Return)
    assert tab.editor.name.text() == "Sapone di Marsiglia"


def test_scrolling_reads_the_next_pages(qtbot, page, shop):
    """A list longer than a page reads the rest as the owner scrolls, in name order, each product once."""
    from db.engine import write_session
    from shop.product_list import PAGE

    with write_session(shop.engine) as session:
        vat = session.exec(select(Product)).first().vat_rate_id
        for i in range(PAGE + 30):
            session.add(Product(sku=f"BIS{i:03d}", name=f"Biscotti {i:03d}", name_fold=f"biscotti {i:03d}", price=100,
                                vat_rate_id=vat))
    model = page.products.model
    model.refresh()
    assert model.rowCount() == PAGE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    names_now = [model.product(r).name for r in range(model.rowCount())]
    assert len(names_now) == PAGE + 37 and len(set(names_now)) == len(names_now)
    assert names_now[:2] == ["Biscotti 000", "Biscotti 001"] and "Biscotti 129" in names_now
