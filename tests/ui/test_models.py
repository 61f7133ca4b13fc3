"""The till's table models obey Qt's model contract (qtmodeltester) with real data."""
from shop import catalog
from db.engine import read_session
from shop.cart import PERCENT, Discount
from ui.cart_model import CartModel
from ui.product_results_model import ProductResultsModel


def test_cart_model_contract_and_cells(qtmodeltester, till, shop):
    """A sale with a weighed line and a discount passes the model tester and shows formatted cells."""
    till.scan(shop.barcodes["wine"])
    line = till.add_product_id(shop.products["ham"].id)
    till.set_qty(line.id, 250)
    till.discount_line(till.cart.lines[0].id, Discount(PERCENT, 1000))
    model = CartModel(till.cart, till.settings)
    qtmodeltester.check(model, force_py=True)
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row == ["Sangiovese di Romagna", "1", "12,90\xa0€", "-10%  -1,29\xa0€", "11,61\xa0€"]
    assert [model.index(1, c).data() for c in (1, 2, 4)] == ["0,250 kg", "39,90\xa0€/kg", "9,98\xa0€"]


def test_results_model_contract(qtmodeltester, shop):
    """Search results pass the model tester and show barcode or PLU and price."""
    model = ProductResultsModel(shop.settings)
    with read_session(shop.engine) as session:
        model.set_products(catalog.search_products(session, "sa"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    with read_session(shop.engine) as session:
        model.set_products(catalog.search_products(session, "polpette"))
    assert [model.index(0, c).data() for c in range(3)] == ["Polpette di manzo", "PLU 00042", "18,90\xa0€/kg"]


def test_refund_lines_model_contract_and_cells(qtmodeltester, till, shop):
    """A receipt with a partly refunded line and a weighed line passes the model tester; only returnable cells edit."""
    from PySide6.QtCore import Qt

    from shop.sales import CASH, Tender
    from ui.refund_dialog import RefundLinesModel

    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["bread"])
    line = till.add_product_id(shop.products["ham"].id)
    till.set_qty(line.id, 250)
    till.scan(shop.barcodes["milk"])
    sale = till.pay([Tender(CASH, 5000)])
    _sale, lines = till.find_receipt("1")
    bread, ham, milk = lines
    till.start_refund(sale.sale_id, {bread.line_id: 1000, milk.line_id: 1000}, "Damaged")
    till.pay([Tender(CASH, till.cart.totals().total)])

    model = RefundLinesModel(shop.settings)
    model.set_lines(till.find_receipt("T1-000001")[1])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert [model.index(0, c).data() for c in range(4)] == ["Pane di Altamura", "2", "1", "0"]
    assert [model.index(1, c).data() for c in range(4)] == ["Prosciutto crudo di Parma", "0,250 kg", "–", "0,000 kg"]
    assert model.index(2, model.RETURN).data() == "all returned"
    editable = [bool(model.flags(model.index(r, model.RETURN)) & Qt.ItemFlag.ItemIsEditable) for r in range(3)]
    assert editable == [True, True, False]

    assert model.setData(model.index(1, model.RETURN), "0,1")
    assert model.index(1, model.RETURN).data(Qt.ItemDataRole.EditRole) == "0,100"
    assert not model.setData(model.index(0, model.RETURN), "1,5")  # half a bread is not a quantity
    model.set_pay_back({ham.line_id: 399})
    assert model.index(1, model.PAY_BACK).data() == "3,99\xa0€"
    assert model.chosen() == {ham.line_id: 100}
    qtmodeltester.check(model, force_py=True)
