"""A new shop, from the set-up wizard to its first sale, with Bottega alone: the walk issue 9 asks for.

Everything goes through the real widgets on a real shop file: the wizard, the back office's VAT
rates, categories, products (one weighed), the supplier file with two broken rows, a cashier, the
receipt header and the earn rate; then the cashier signs in, sells to a customer, and the receipt
shows the header and the points."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlmodel import select

from db.engine import open_database, read_session, write_session
from db.models import VatRate, Product
from shop import customers, users
from shop.receipts import Rows, sale_receipt
from shop.sales import CASH, Tender
from shop.settings import load_settings
from shop.till import Till
from tests.conftest import with_check_digit
from ui.back_office import BackOfficeWindow
from ui.setup_wizard import SetupWizard
from ui.till_window import TillWindow

CTRL = Qt.KeyboardModifier.ControlModifier
BREAD = with_check_digit("800555000001")
WINE = with_check_digit("800555000002")


def click(qtbot, parent, name: str) -> None:
    widget = parent.findChild(QPushButton, name)
    assert widget is not None and widget.isEnabled(), name
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def add_product(qtbot, page, sku, name, price, vat, category, barcode="", unit="pc", plu=""):
    editor = page.products.editor
    click(qtbot, page.products, "newProductButton")
    qtbot.keyClicks(editor.sku, sku)
    qtbot.keyClicks(editor.name, name)
    qtbot.keyClicks(editor.price, price)
    choose(editor.vat_rate, vat)
    choose(editor.category, category)
    editor.unit.setCurrentIndex(editor.unit.findData(unit))
    if barcode:
        qtbot.keyClicks(editor.barcodes, barcode)
    if plu:
        qtbot.keyClicks(editor.plu, plu)
    click(qtbot, editor, "saveButton")
    assert editor.general_error.text() == "" and editor.product_id, editor.general_error.text()


def test_from_the_wizard_to_the_first_sale(qtbot, qapp, tmp_path, monkeypatch):
    """Wizard, VAT rate, category, three products, a file with two broken rows, a cashier, header and earn rate, a sale."""
    engine = open_database(tmp_path / "macelleria.db")
    wizard = SetupWizard(engine)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.shop_name, "Macelleria Verdi")
    qtbot.keyClicks(wizard.owner, "Paola")
    qtbot.keyClicks(wizard.pin, "2468")
    qtbot.keyClicks(wizard.pin_again, "2468")
    wizard._create()
    click(qtbot, wizard, "openBackOfficeButton")
    assert wizard.open_back_office
    with read_session(engine) as session:
        settings = load_settings(session)
        assert session.exec(select(Product)).first() is None  # a new shop has nothing to sell yet

    office = BackOfficeWindow(engine, wizard.owner, settings)
    qtbot.addWidget(office)
    office.show()
    catalogue = office.show_page("products")

    # VAT: the Italian rates come with the shop; the owner adds the 5 % one.
    vat = catalogue.vat_rates
    catalogue.tabs.setCurrentWidget(vat)
    click(qtbot, vat, "newButton")
    qtbot.keyClicks(vat.edits["code"], "F")
    qtbot.keyClicks(vat.edits["name"], "IVA 7% (test)")
    qtbot.keyClicks(vat.edits["rate"], "7")
    click(qtbot, vat, "saveButton")
    assert vat.general_error.text() == ""
    with read_session(engine) as session:  # the Italian preset: 22, 10, 5, 4 % and exempt (N4), plus the new one
        assert sorted(r.rate_bp for r in session.exec(select(VatRate))) == [0, 400, 500, 700, 1000, 2200]

    categories = catalogue.categories
    catalogue.tabs.setCurrentWidget(categories)
    click(qtbot, categories, "newButton")
    qtbot.keyClicks(categories.edits["name"], "Macelleria")
    click(qtbot, categories, "saveButton")
    assert categories.general_error.text() == ""

    catalogue.tabs.setCurrentWidget(catalogue.products)
    add_product(qtbot, catalogue, "PAN001", "Pane casereccio", "3,50", "4%", "Macelleria", barcode=BREAD)
    add_product(qtbot, catalogue, "VIN001", "Sangiovese", "12.90", "22%", "Macelleria", barcode=WINE)
    add_product(qtbot, catalogue, "SAL001", "Salsiccia fresca", "14,90", "10%", "Macelleria", unit="kg", plu="42")

    # The supplier's file: one good row, two broken ones; only the good one is written, after confirming.
    importer = office.show_page("import")
    supplier = tmp_path / "fornitore.csv"
    supplier.write_bytes(("sku;name;price;vat_rate;unit;barcode;plu;category;active\n"
                          "OLI001;Olio extravergine 1 l;9,90;22;pc;;;Macelleria;1\n"
                          "BAD001;Prezzo rotto;--150;22\n"
                          f"BAD002;Codice rubato;2,00;22;pc;{BREAD}\n").encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(supplier), ""))
    qtbot.mouseClick(importer.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.preview is not None, timeout=10_000)
    assert [(r.line, r.sku) for r in importer.preview.rejected] == [(3, "BAD001"), (4, "BAD002")]
    qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "OLI001" in skus(engine), timeout=10_000)

    staff = office.show_page("staff")
    qtbot.keyClicks(staff.new_name, "Luca")
    qtbot.keyClicks(staff.new_pin, "4321")
    qtbot.keyClicks(staff.new_pin_again, "4321")
    click(qtbot, staff, "addPersonButton")
    assert staff.add_error.text() == ""

    shop_settings = office.show_page("settings")
    qtbot.keyClicks(shop_settings.shop.receipt_header, "Carne del Mugello da tre generazioni")
    shop_settings.loyalty.spend.setText("1")  # a point for every euro
    qtbot.keyClick(shop_settings.shop.shop_name, Qt.Key.Key_S, CTRL)
    assert shop_settings.message.text().startswith("Saved"), shop_settings.message.text()
    office.leave()
    assert skus(engine) == {"PAN001", "VIN001", "SAL001", "OLI001"}

    # The cashier signs in and sells to a regular.
    with read_session(engine) as session:
        luca = next(u for u in users.active_users(session) if u.name == "Luca")
    assert luca.role == "cashier" and users.sign_in(engine, luca.id, "4321", "T1")
    with write_session(engine) as session:
        maria = customers.register_customer(session, "IT", "Maria Bianchi", phone="333 123 4567").id
    till = Till(engine, luca)
    till.open_shift(5000)
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.search, BREAD)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    qtbot.keyClicks(window.search, with_check_digit("2100042" + "00750"))  # 750 g of sausages off the scale
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert [(line.sku, line.qty_milli) for line in till.cart.lines] == [("PAN001", 1000), ("SAL001", 750)]
    till.attach_customer(maria)
    total = till.cart.totals().total
    assert total == 350 + 1118  # 0.750 kg x 14.90 = 11.175 -> 11.18
    done = till.pay([Tender(CASH, 2000)])
    with read_session(engine) as session:
        receipt = sale_receipt(session, done.sale_id)
    assert "Carne del Mugello da tre generazioni" in receipt.header
    texts = [row for block in receipt.blocks if isinstance(block, Rows) for row in block.rows]
    shown = [(row.label, row.amount) for row in texts]
    assert ("Punti di questa spesa", "+14") in shown and ("Saldo punti", "14") in shown, shown
    window.close()
    engine.dispose()


def skus(engine) -> set[str]:
    with read_session(engine) as session:
        return set(session.exec(select(Product.sku)))
