"""What a scanned code means: EAN-13, EAN-8, UPC-A and variable-measure labels, against the real catalogue."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Product, VatRate
from shop import setup
from shop.barcodes import resolve_scan
from shop.errors import InvalidBarcode, UnknownBarcode
from tests.conftest import with_check_digit


def scan(shop, code):
    with read_session(shop.engine) as session:
        return resolve_scan(session, code, shop.settings)


def test_ean13_finds_the_product(shop):
    """A printed EAN-13 is one piece of its product."""
    result = scan(shop, shop.barcodes["bread"])
    assert result.product.id == shop.products["bread"].id
    assert result.product.name == "Pane di Altamura"
    assert result.product.vat_rate_bp == 400
    assert (result.qty_milli, result.fixed_gross) == (1000, None)


def test_ean8_finds_the_product(shop):
    """The short EAN-8 on small packs works like an EAN-13."""
    assert len(shop.barcodes["gum"]) == 8
    result = scan(shop, shop.barcodes["gum"])
    assert result.product.id == shop.products["gum"].id
    assert result.qty_milli == 1000


def test_scanner_whitespace_is_ignored(shop):
    """The Enter and spaces a scanner may send around the digits do not matter."""
    assert scan(shop, f"  {shop.barcodes['wine']}\r\n").product.id == shop.products["wine"].id


def test_upc_a_matches_stored_12_digit_code_in_both_forms(shop):
    """A 12-digit UPC-A stored as 12 digits is found from 12 digits and from its 0-prefixed EAN-13 form."""
    upc = shop.barcodes["soap"]
    assert len(upc) == 12
    assert scan(shop, upc).product.id == shop.products["soap"].id
    assert scan(shop, "0" + upc).product.id == shop.products["soap"].id


def test_upc_a_matches_stored_13_digit_form(shop):
    """A product stored with the 0-prefixed EAN-13 form of a UPC-A is found when the scanner sends 12 digits."""
    upc = with_check_digit("01234567890")
    with write_session(shop.engine) as session:
        rate = session.get(VatRate, shop.products["soap"].vat_rate_id)
        product = setup.add_product(session, "USA001", "Peanut butter", 599, rate, barcode="0" + upc)
    assert scan(shop, upc).product.id == product.id
    assert scan(shop, "0" + upc).product.id == product.id


@pytest.mark.parametrize("which", ["bread", "gum", "soap"])
def test_wrong_check_digit_is_invalid(shop, which):
    """One wrong check digit (a misread) is InvalidBarcode carrying the code, for every length."""
    good = shop.barcodes[which]
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(InvalidBarcode) as raised:
        scan(shop, bad)
    assert raised.value.code == bad


@pytest.mark.parametrize("code", ["80012340000A", "ABCDEFGHIJKLM", "", "1234567", "123456789", "12345678901", "123456789012345", "8001-2340-0001"])
def test_letters_and_wrong_lengths_are_invalid(shop, code):
    """Letters, punctuation, nothing at all and lengths that are no GTIN are InvalidBarcode."""
    with pytest.raises(InvalidBarcode):
        scan(shop, code)


def test_valid_but_unknown_code(shop):
    """A well-formed code that is not in the catalogue is UnknownBarcode carrying the code."""
    code = with_check_digit("800999900001")
    with pytest.raises(UnknownBarcode) as raised:
        scan(shop, code)
    assert raised.value.code == code


def test_inactive_product_is_not_sold(shop):
    """A product taken out of the range no longer scans."""
    with write_session(shop.engine) as session:
        session.exec(select(Product).where(Product.sku == "VIN001")).one().active = False
    with pytest.raises(UnknownBarcode):
        scan(shop, shop.barcodes["wine"])


def test_weight_label(shop):
    """Prefix 21, PLU 00042, 00512: 512 g of the meatballs, priced by the kilo."""
    code = with_check_digit("21" + "00042" + "00512")
    result = scan(shop, code)
    assert result.product.id == shop.products["meatballs"].id
    assert (result.qty_milli, result.fixed_gross) == (512, None)


def test_price_label_on_weighed_goods(shop):
    """Prefix 23, PLU 00043, 01000: ham for exactly 10.00, weight worked back from the kilo price."""
    code = with_check_digit("23" + "00043" + "01000")
    result = scan(shop, code)
    assert result.product.id == shop.products["ham"].id
    assert result.fixed_gross == 1000
    assert result.qty_milli == 251  # 10.00 / 39.90 per kg = 0.2506 kg


def test_price_label_on_counted_goods(shop):
    """A price label on a piece item is one piece at the printed price."""
    with write_session(shop.engine) as session:
        rate = session.exec(select(VatRate).where(VatRate.code == "B")).one()
        cake = setup.add_product(session, "TOR001", "Torta della nonna", 1800, rate, plu="00077")
    result = scan(shop, with_check_digit("24" + "00077" + "02150"))
    assert result.product.id == cake.id
    assert (result.qty_milli, result.fixed_gross) == (1000, 2150)


def test_variable_measure_with_unknown_plu(shop):
    """A weight label whose PLU is not in the catalogue is UnknownBarcode, not some other product."""
    with pytest.raises(UnknownBarcode):
        scan(shop, with_check_digit("21" + "00099" + "00512"))


def test_prefix_not_configured_is_an_ordinary_code(shop):
    """Prefix 20 is not a variable-measure prefix here: the code is looked up whole."""
    with pytest.raises(UnknownBarcode):
        scan(shop, with_check_digit("20" + "00042" + "00512"))


def test_till_scan_adds_weighed_and_labelled_lines(till, shop):
    """Scanning through the till prices a weight label by the kilo and a price label at its price."""
    till.scan(with_check_digit("2100042" + "00512"))
    till.scan(with_check_digit("2300043" + "01000"))
    till.scan(shop.barcodes["bread"])
    till.scan(shop.barcodes["bread"])
    totals = till.cart.totals()
    assert [line.gross for line in totals.lines] == [968, 1000, 700]
    assert till.cart.lines[2].qty_milli == 2000


def test_till_scan_error_leaves_cart_unchanged(till, shop):
    """A misread or unknown code raises and the cart keeps exactly what it had."""
    till.scan(shop.barcodes["milk"])
    before = till.cart.to_dict()
    with pytest.raises(InvalidBarcode):
        till.scan("12345")
    with pytest.raises(UnknownBarcode):
        till.scan(with_check_digit("800999900001"))
    assert till.cart.to_dict() == before
