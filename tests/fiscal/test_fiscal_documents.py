"""Returns, voids, the daily closure, rounding, lottery code and payment types as the RT receives them."""
from datetime import date

import pytest

from db.engine import read_session, write_session
from printers.fiscal.epson import receipt_xml
from shop import fiscal, fiscal_closure
from shop.fiscal_errors import BadFiscalReference, BadLotteryCode, LotteryNeedsElectronicPayment
from shop.sales import Tender
from tests.fiscal.test_epson_flow import job_of, sell, settle, stored


def refund_wine(till, sale, bottles=1000, paid=-1290):
    found, lines = till.find_receipt(sale.receipt_number)
    wine = next(line for line in lines if line.sku == "VIN001")
    till.start_refund(found.id, {wine.line_id: bottles}, "Tappo")
    return till.pay([Tender("cash", paid)])


def test_return_references_the_original_document(fiscal_shop, rt, till, worker):
    """A partial return is a REFUND document naming the original's Z, number, date and RT serial."""
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    refund = refund_wine(till, sale)
    worker.after_sale(refund.sale_id)
    worker.drain()
    returned = rt.fiscal_documents("refund")
    assert len(returned) == 1
    assert returned[0].reference == f"REFUND 0001 0001 04122026 {rt.serial}"
    assert returned[0].total == 1290
    assert stored(fiscal_shop, refund.sale_id).fiscal_doc_number == 2


def test_whole_sale_returned_the_same_day_is_a_void(fiscal_shop, rt, till, worker):
    """Giving back everything before the closure voids the original (annullo) instead of a return."""
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    found, lines = till.find_receipt(sale.receipt_number)
    till.start_refund(found.id, {line.line_id: line.returnable_milli for line in lines}, "Errore")
    refund = till.pay([Tender("cash", -2930)])
    worker.after_sale(refund.sale_id)
    worker.drain()
    voids = rt.fiscal_documents("void")
    assert [v.reference for v in voids] == [f"VOID 0001 0001 04122026 {rt.serial}"]
    assert rt.daily_amount() == 0


def test_return_of_a_sale_not_yet_fiscal_waits_for_a_typed_reference(fiscal_shop, rt, till, worker):
    """Without the original's RT document the return is held; the reference typed from the slip sends it."""
    with write_session(fiscal_shop.engine) as session:  # the sale was made before the shop had its RT
        fiscal.save_fiscal_settings(session, fiscal.FiscalSettings())
    sale = sell(till, fiscal_shop)
    with write_session(fiscal_shop.engine) as session:
        fiscal.save_fiscal_settings(session, fiscal.FiscalSettings(model="epson", address=rt.address, timeout_s=1.0))
    refund = refund_wine(till, sale)
    worker.after_sale(refund.sale_id)
    worker.drain()
    assert worker.events[-1].error == "MissingFiscalReference"
    job = job_of(fiscal_shop, refund.sale_id)
    fiscal.set_reference(fiscal_shop.engine, job.id, "0007-0042-01/12/2026 99MEX012345")
    settle(worker)
    assert [d.reference for d in rt.fiscal_documents("refund")] == ["REFUND 0007 0042 01122026 99MEX012345"]


def test_typed_references_are_read_or_refused():
    """The slip's reference is read in its usual spellings; anything else is a typed error."""
    ref = fiscal.FiscalReference.parse("void 12 345 04122026 99MEX012345")
    assert (ref.kind, ref.z_number, ref.doc_number, ref.day, ref.text()) == ("VOID", 12, 345, date(2026, 12, 4), "VOID 0012 0345 04122026 99MEX012345")
    for bad in ("", "12 345 31132026 99MEX012345", "12 345 04122026", "x y 04122026 99MEX012345"):
        with pytest.raises(BadFiscalReference):
            fiscal.FiscalReference.parse(bad)


def test_daily_closure_compares_with_bottega_z(fiscal_shop, rt, till, worker):
    """Closing the shift runs the RT's Z; per VAT rate, per payment and in total it matches Bottega's Z report."""
    sale = sell(till, fiscal_shop, [Tender("card", 1000), Tender("cash", 2000)])
    worker.after_sale(sale.sale_id)
    worker.drain()
    refund = refund_wine(till, sale)
    worker.after_sale(refund.sale_id)
    report = till.close_shift(10000 + 2000 - 1290)
    settle(worker)
    assert [c["z_number"] for c in rt.closures] == [1]
    with read_session(fiscal_shop.engine) as session:
        comparison = fiscal_closure.compare_z(session, report.id)
    assert comparison.matches, comparison
    rows = {(row.kind, row.key): (row.bottega, row.rt) for row in comparison.rows}
    assert rows[("vat", "2200")] == (2580 - 1290, 2580 - 1290)
    assert rows[("payment", "electronic")] == (1000, 1000)
    assert rows[("total", "")] == (2930 - 1290, rt.closures[0]["daily_amount"])
    assert rt.closures[0]["totals"]["vat"] == {2200: 1290, 400: 350}


def test_z_comparison_shows_a_sale_the_rt_never_confirmed(fiscal_shop, rt, till, worker):
    """A sale that never reached the RT stands out at closure, with the amounts that differ."""
    rt.paper_out = True
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    rt.paper_out = False
    report = till.close_shift(12930)
    with read_session(fiscal_shop.engine) as session:
        comparison = fiscal_closure.compare_z(session, report.id)
    assert not comparison.matches
    assert comparison.unconfirmed == (sale.receipt_number,)


def test_cash_rounding_reaches_the_rt_as_a_subtotal_adjustment(fiscal_shop, rt, till, worker):
    """With 5-cent rounding, 29,32 in cash goes to the RT as 29,30 via an ARROTONDAMENTO discount."""
    with write_session(fiscal_shop.engine) as session:
        settings = fiscal.load_fiscal_settings(session)
        settings.cash_rounding = True
        fiscal.save_fiscal_settings(session, settings)
    till.add_product_id(fiscal_shop.products["bread"].id)
    till.add_product_id(fiscal_shop.products["wine"].id)
    till.set_qty(till.cart.lines[-1].id, 2000)
    till.add_product_id(fiscal_shop.products["gum"].id)  # 1,20 -> 30,50; a 2-cent line would be nicer
    till.override_price(till.cart.lines[-1].id, 2, approver=fiscal_shop.users["Marco"])
    sale = till.pay([Tender("cash", 3000)])
    worker.after_sale(sale.sale_id)
    worker.drain()
    doc = rt.fiscal_documents()[0]
    assert sale.total == 2932
    assert doc.adjustments == [("subtotal", "1", 2)]
    assert doc.total == 2930
    assert fiscal.cash_rounding(2932) == -2 and fiscal.cash_rounding(2933) == 2 and fiscal.cash_rounding(2935) == 0


def test_lottery_code_reaches_the_rt_with_an_electronic_payment(fiscal_shop, rt, till, worker):
    """The customer's lottery code goes with a card payment of at least 1 EUR, upper-cased."""
    till.add_product_id(fiscal_shop.products["wine"].id)
    till.cart.lottery_code = "ab12cd34"
    sale = till.pay([Tender("card", 1290)])
    worker.after_sale(sale.sale_id)
    worker.drain()
    doc = rt.fiscal_documents()[0]
    assert doc.lottery == "AB12CD34"
    assert doc.payments == [("2", "1", 1290)]


def test_lottery_code_is_refused_when_it_cannot_count(fiscal_shop, till):
    """A malformed code, or one on a sale paid in cash, is refused before the sale is stored."""
    till.add_product_id(fiscal_shop.products["wine"].id)
    till.cart.lottery_code = "AB12"
    with pytest.raises(BadLotteryCode):
        till.pay([Tender("card", 1290)])
    till.cart.lottery_code = "AB12CD34"
    with pytest.raises(LotteryNeedsElectronicPayment):
        till.pay([Tender("cash", 1290)])


def test_points_and_deposit_go_as_discount_and_not_paid_types():
    """Points are 'sconto a pagare' (paymentType 6) and a deposit 'non riscosso' (5); cash goes last, as tendered."""
    doc = fiscal.FiscalDocument(
        "job", "sale", (fiscal.FiscalItem("Pane", 1000, 350, 350, 0, 4, 400),),
        (fiscal.FiscalPayment("discount", 100, ""), fiscal.FiscalPayment("not_paid", 50, ""), fiscal.FiscalPayment("cash", 500, "")),
        total=350, receipt_number="T1-000001",
    )
    xml = receipt_xml(doc)
    assert xml.index('paymentType="6"') < xml.index('paymentType="5"') < xml.index('paymentType="0"')
    assert 'payment="5,00" paymentType="0"' in xml


def receipt_texts(shop, sale_id, country="IT"):
    from shop import receipts
    from shop.receipts import Text
    from shop.settings import load_settings

    with read_session(shop.engine) as session:
        settings = load_settings(session)
        settings.country = country
        document = receipts.sale_receipt(session, sale_id, settings=settings)
    return [block.text for block in document.blocks if isinstance(block, Text)]


def test_bottega_slip_says_it_is_not_the_fiscal_document(fiscal_shop, rt, till, worker):
    """In Italy and Hungary Bottega's slip says it is not fiscal; once the RT confirms, it names the RT document."""
    sale = sell(till, fiscal_shop)
    assert "DOCUMENTO NON FISCALE" in receipt_texts(fiscal_shop, sale.sale_id)
    assert not any("Documento commerciale" in text for text in receipt_texts(fiscal_shop, sale.sale_id))
    worker.after_sale(sale.sale_id)
    worker.drain()
    assert f"Documento commerciale RT 0001-0001 {rt.serial}" in receipt_texts(fiscal_shop, sale.sale_id)
    assert "DOCUMENTO NON FISCALE" in receipt_texts(fiscal_shop, sale.sale_id, "HU")
    assert "DOCUMENTO NON FISCALE" not in receipt_texts(fiscal_shop, sale.sale_id, "KR")


def test_daily_closure_waits_for_the_days_sales(fiscal_shop, rt, till, worker):
    """The RT's Z never runs while a sale of the day is still to be issued; once it is, both go, in order."""
    rt.paper_out = True
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    report = till.close_shift(12930)
    worker.retry_open()
    worker.drain()
    assert rt.closures == [] and rt.fiscal_documents() == []
    rt.paper_out = False
    settle(worker)
    assert len(rt.fiscal_documents()) == 1 and len(rt.closures) == 1
    with read_session(fiscal_shop.engine) as session:
        assert fiscal_closure.compare_z(session, report.id).matches
