"""Receipt documents laid out on 32/42/48 columns: wrapping, alignment, CJK width, every kind and language."""
import pytest
from sqlmodel import func, select

from db.models import PointsEntry
from printers.layout import Line, layout, plain_text, text_width, wrap
from shop.receipts import Barcode, Item, Items, Qr, ReceiptDocument, Row, Rows, labels
from tests.printers.conftest import LANGUAGES, WIDTHS, document

KINDS = ("sale", "refund", "copy", "z_report")


def lines_of(doc, width) -> list[Line]:
    return [item for item in layout(doc, width) if isinstance(item, Line)]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_line_is_wider_than_the_paper(shop, printed, kind, language, width):
    """Every kind in every language fits the grid, counting CJK characters as two columns."""
    doc = document(shop, printed, kind, language)
    lines = lines_of(doc, width)
    assert lines
    assert all(text_width(line.text) <= width for line in lines), [ln.text for ln in lines if text_width(ln.text) > width]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_total_is_one_line_with_the_amount_right_aligned(shop, printed, language, width):
    """The total's label and amount share one line that ends exactly at the right edge."""
    doc = document(shop, printed, "sale", language)
    word = labels(language)["total"]
    totals = [line for line in lines_of(doc, width) if line.text.startswith(word)]
    assert len(totals) == 1
    assert totals[0].text.endswith("€") and text_width(totals[0].text) == width
    assert totals[0].tall and totals[0].bold


def test_long_name_wraps_and_amount_stays_on_the_first_line():
    """A long name wraps inside its own column; the price stays right-aligned on the first line."""
    item = Item("Prosciutto crudo di Parma stagionato ventiquattro mesi", "19,39 €", "B")
    doc = ReceiptDocument("sale", "T1-1", "it", "SCONTRINO", False, (Items((item,)),))
    text = [line.text for line in lines_of(doc, 32)]
    assert text[0] == "Prosciutto crudo di    19,39 € B"
    assert text[1:] == ["Parma stagionato", "ventiquattro mesi"]


def test_a_long_total_label_is_shortened_not_wrapped():
    """On 32 columns a total whose label and amount do not fit keeps the whole amount on one line."""
    doc = ReceiptDocument("sale", "T1-1", "hu", "NYUGTA", False, (Rows((Row("Összesen fizetendő bankkártyával", "1 234 567,00 Ft", large=True),)),))
    (line,) = lines_of(doc, 32)
    assert line.text.endswith(" 1 234 567,00 Ft") and text_width(line.text) == 32


def test_cjk_text_wraps_by_display_width():
    """Chinese text wraps at 2 columns per character, without needing spaces."""
    parts = wrap("谢谢惠顾欢迎再来谢谢惠顾欢迎再来谢谢惠顾", 32)
    assert [text_width(p) for p in parts] == [32, 8]


@pytest.mark.parametrize("kind", ("sale", "refund", "copy"))
def test_sale_receipts_carry_a_qr_and_the_receipt_number_as_barcode(shop, printed, kind):
    """The barcode holds the receipt number, the QR a lookup code, both in the printed layout."""
    doc = document(shop, printed, kind, "it")
    codes = [item for item in layout(doc, 42) if isinstance(item, (Qr, Barcode))]
    assert [type(c) for c in codes] == [Qr, Barcode]
    assert codes[1].data == doc.number
    assert doc.number in codes[0].payload


def test_copy_is_marked_at_top_and_bottom(shop, printed):
    """A reprint says COPIA above the shop name and again at the end; the original does not."""
    copy = plain_text(document(shop, printed, "copy", "it"), 42).splitlines()
    original = plain_text(document(shop, printed, "sale", "it"), 42)
    assert copy[0].strip() == "*** COPIA ***" and copy[-1].strip() == "*** COPIA ***"
    assert "COPIA" not in original


def test_refund_names_the_original_receipt_and_reason(shop, printed):
    """A refund receipt in Hungarian points at the sale it returns and why."""
    text = plain_text(document(shop, printed, "refund", "hu"), 48)
    assert "VISSZÁRU" in text and printed.receipt_number in text and "Tappo rovinato" in text
    assert "-12,90 €" in text


def test_z_report_has_no_barcode(shop, printed):
    """A Z report is not a sale: no barcode the refund search would reject."""
    doc = document(shop, printed, "z_report", "zh")
    assert doc.barcode is None and "日结报表" in plain_text(doc, 48)


def test_a_member_gets_the_card_link_as_qr_and_the_points(shop, till):
    """With a card holder attached, the QR is their card link and the receipt shows points moved and balance."""
    from db.engine import read_session, write_session
    from shop import cards, customers, receipts
    from tests.printers.conftest import sell_basket

    with write_session(shop.engine) as session:
        maria = customers.register_customer(session, "IT", "Maria Bianchi", phone="333 123 4567")
        card = cards.ensure_card(session, maria.id, shop.settings.till_id)
    till.attach_customer(maria.id)
    sale = sell_basket(till, shop)
    with read_session(shop.engine) as session:
        doc = receipts.sale_receipt(session, sale.sale_id)
        balance = session.exec(select(func.sum(PointsEntry.points)).where(PointsEntry.customer_id == maria.id)).one()
    assert doc.qr_payload == cards.card_link(card.code) and doc.barcode == sale.receipt_number
    text = plain_text(doc, 42)
    assert "Maria Bianchi" in text
    rows = [line for line in text.splitlines() if line.startswith(("Punti di questa spesa", "Saldo punti"))]
    assert len(rows) == 2 and rows[1].endswith(f" {balance}") and balance > 0
