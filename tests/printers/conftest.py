"""Stored sales, refunds and Z reports to print, on the shared fixture shop."""
from dataclasses import dataclass

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import VatRate
from shop import receipts, setup
from shop.cart import Discount, PERCENT
from shop.sales import Tender

LANGUAGES = ("it", "hu", "ko", "zh")
WIDTHS = (32, 42, 48)
HUNGARIAN_NAME = "Gyűrűs kalács főzőtejszínnel"  # ő and ű exist only in CP852-like pages


@dataclass
class Printed:
    """The ids of what the fixture till has done: one sale, one refund of it, one closed shift."""

    sale_id: str
    refund_id: str
    z_report_id: str
    receipt_number: str


def sell_basket(till, shop):
    """A sale with a long name, a weighed item, two of one product, a discount, ő/ű, and cash with change."""
    till.add_product_id(shop.products["ham"].id)
    till.set_qty(till.cart.lines[-1].id, 486)
    till.add_product_id(shop.products["wine"].id)
    till.set_qty(till.cart.lines[-1].id, 2000)
    till.add_product_id(shop.products["bread"].id)
    till.discount_line(till.cart.lines[-1].id, Discount(PERCENT, 1000))
    with write_session(shop.engine) as session:
        rate = session.exec(select(VatRate).where(VatRate.code == "C")).one()
        cake = setup.add_product(session, "HU001", HUNGARIAN_NAME, 450, rate)
    till.add_product_id(cake.id)
    return till.pay([Tender("cash", 6000)])


@pytest.fixture
def printed(till, shop) -> Printed:
    """A cash sale, a refund of its wine and the Z report that closes the shift."""
    sale = sell_basket(till, shop)
    found, lines = till.find_receipt(sale.receipt_number)
    wine = next(line for line in lines if line.sku == "VIN001")
    till.start_refund(found.id, {wine.line_id: 1000}, "Tappo rovinato")
    refund = till.pay([Tender("cash", -1290)])
    report = till.close_shift(10000)
    return Printed(sale.sale_id, refund.sale_id, report.id, sale.receipt_number)


def document(shop, printed: Printed, kind: str, language: str):
    """The receipt document of one kind: sale, refund, copy (a reprinted sale) or z_report."""
    with read_session(shop.engine) as session:
        if kind == "z_report":
            return receipts.z_report_receipt(session, printed.z_report_id, language=language)
        sale_id = printed.refund_id if kind == "refund" else printed.sale_id
        return receipts.sale_receipt(session, sale_id, copy=kind == "copy", language=language)
