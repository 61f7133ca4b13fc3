"""The Custom adapter against the simulator's Custom dialect: one document per sale, lost replies settled, voids."""
import pytest

from db.engine import write_session
from shop import fiscal
from shop.sales import Tender
from tests.fiscal.custom_sim import CustomSimulator
from tests.fiscal.test_epson_flow import job_of, sell, settle, stored


@pytest.fixture
def rt():
    """A simulated Custom RT on loopback (shared fixture name: the Epson one is replaced here)."""
    simulator = CustomSimulator().start()
    yield simulator
    simulator.stop()


@pytest.fixture
def fiscal_shop(shop, rt):
    with write_session(shop.engine) as session:
        fiscal.save_fiscal_settings(session, fiscal.FiscalSettings(model="custom", address=rt.address, timeout_s=1.0, serial=rt.serial))
    return shop


@pytest.mark.parametrize("fault", ["lost_reply", "cut", "busy", None])
def test_custom_sale_is_issued_exactly_once(fault, fiscal_shop, rt, till, worker):
    """A card and cash sale reaches the Custom RT once, with its numbers, whatever the fault."""
    if fault:
        rt.inject(fault)
    sale = sell(till, fiscal_shop, [Tender("card", 1000), Tender("cash", 2000)])
    worker.after_sale(sale.sale_id)
    settle(worker)
    (doc,) = rt.fiscal_documents()
    assert doc.total == 2930 and sorted(doc.payments) == [("0", "1", 1930), ("2", "1", 1000)]
    assert stored(fiscal_shop, sale.sale_id).fiscal_doc_number == doc.number
    assert any("RIF. T1-000001" in message for message in doc.messages)


def test_custom_void_names_the_original(fiscal_shop, rt, till, worker):
    """A whole return the same day is an annulment of the original document on the Custom RT."""
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    found, lines = till.find_receipt(sale.receipt_number)
    till.start_refund(found.id, {line.line_id: line.returnable_milli for line in lines}, "Errore")
    refund = till.pay([Tender("cash", -2930)])
    worker.after_sale(refund.sale_id)
    worker.drain()
    assert [d.reference for d in rt.fiscal_documents("void")] == [f"VOID 0001 0001 04122026 {rt.serial}"]
    assert job_of(fiscal_shop, refund.sale_id).state == "done"
