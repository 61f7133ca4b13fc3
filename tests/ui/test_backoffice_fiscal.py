"""The RT setup page: a refused address keeps nothing, a saved setup is the worker's, the test asks the RT."""
from PySide6.QtCore import Qt

from db.engine import read_session
from shop import fiscal
from shop.sales import Tender
from tests.fiscal.conftest import fiscal_shop, rt, worker  # noqa: F401 - the RT fixtures
from tests.fiscal.epson_sim import EpsonSimulator
from ui.backoffice_fiscal import FiscalPage


def page_for(qtbot, shop):
    page = FiscalPage(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.add_widget(page)
    return page


def test_empty_address_is_refused_and_nothing_is_saved(qtbot, shop):
    """Choosing the Epson without an address says what to type and keeps the shop without an RT."""
    page = page_for(qtbot, shop)
    page.model.setCurrentIndex(page.model.findData("epson"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "address" in page.status.text()
    with read_session(shop.engine) as session:
        assert not fiscal.load_fiscal_settings(session).enabled


def test_saved_setup_and_test_connection_against_the_rt(qtbot, shop):
    """A typed address and department map are stored; Test connection shows the RT's serial and counters."""
    sim = EpsonSimulator().start()
    try:
        page = page_for(qtbot, shop)
        page.model.setCurrentIndex(page.model.findData("epson"))
        qtbot.keyClicks(page.address, sim.address)
        page.departments.cellWidget(0, 1).setValue(7)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        with read_session(shop.engine) as session:
            stored = fiscal.load_fiscal_settings(session)
        assert (stored.model, stored.address, stored.departments["2200"]) == ("epson", sim.address, 7)
        with qtbot.wait_signal(page.tested, timeout=10_000):
            qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        assert sim.serial in page.status.text()
        assert page.serial.text() == sim.serial  # read from the RT, kept with the next Save
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        with read_session(shop.engine) as session:
            assert fiscal.load_fiscal_settings(session).serial == sim.serial
    finally:
        sim.stop()


def test_page_shows_the_closure_comparison_and_a_return_waiting_for_its_reference(qtbot, fiscal_shop, rt, till, worker):  # noqa: F811
    """After the RT's Z the page lists Bottega and the RT side by side; a return of an unknown slip takes a typed reference."""
    till.add_product_id(fiscal_shop.products["wine"].id)
    sale = till.pay([Tender("card", 1290)])
    worker.after_sale(sale.sale_id)
    worker.drain()
    till.close_shift(10000)
    worker.retry_open()
    worker.drain()
    page = page_for(qtbot, fiscal_shop)
    cells = [[page.closure.item(r, c).text() for c in range(4)] for r in range(page.closure.rowCount())]
    assert cells[0][0] == "VAT 22 %" and cells[0][1] == cells[0][2]
    assert all(row[3] == fiscal_shop.settings.money(0) for row in cells)
    qtbot.mouseClick(page.reference_button, Qt.MouseButton.LeftButton)
    assert "Select a return" in page.status.text()
