"""The owner's receipt header and footer (set in the back office) come out of every printer format."""
import subprocess

import pytest

from db.engine import write_session
from printers.receipt_file import receipt_bytes
from shop import settings_edit
from shop.sales import CASH, Tender


@pytest.fixture
def number(shop, till) -> str:
    with write_session(shop.engine) as session:
        settings_edit.save_shop_settings(session, shop.users["Giulia"], "T1", vat_number="00743110157",
                                         receipt_header="Aperti 8-20\nTel 051 123456",
                                         receipt_footer="Resi entro 14 giorni")
    till.reload_settings()
    till.add_product_id(shop.products["bread"].id)
    return till.pay([Tender(CASH, 350)]).receipt_number


def test_escpos_prints_the_header_under_the_address_and_the_footer_last(shop, number):
    """On paper the header lines follow the VAT number and the footer follows the thanks."""
    data = receipt_bytes(shop.engine, number, fmt="escpos")
    at = [data.index(text) for text in (b"P.IVA 00743110157", b"Aperti 8-20", b"Tel 051 123456", b"Grazie",
                                        b"Resi entro 14 giorni")]
    assert at == sorted(at)


@pytest.mark.parametrize("fmt", ["pdf", "invoice"])
def test_pdfs_show_the_header_and_footer(shop, number, tmp_path, fmt):
    """The roll PDF and the A4 invoice carry both (the invoice puts the header in its letterhead)."""
    path = tmp_path / f"{fmt}.pdf"
    path.write_bytes(receipt_bytes(shop.engine, number, fmt=fmt))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Aperti 8-20" in text and "Tel 051 123456" in text and "Resi entro 14 giorni" in text
