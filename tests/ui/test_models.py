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
