"""PDF receipts and A4 invoices: real reportlab files read back with poppler and a real QR decoder."""
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Customer, SaleLine, VatRate
from printers.pdf import invoice_pdf, receipt_pdf
from printers.pdf_fonts import HAN, HANGUL, LATIN, LATIN_BOLD, runs
from shop import setup
from shop.receipts import ReceiptDocument, Rows, Text, labels, sale_receipt, z_report_receipt
from shop.sales import CARD, CASH, Tender

LANGUAGES = ("it", "hu", "ko", "zh")
KINDS = ("sale", "refund", "copy", "z_report")
MIXED_NAME = "김치 Kimchi 泡菜 500 g"  # one product name in three scripts
DPI = 150


# --- a shop day: a sale with a customer, a refund, a Z report -------------------------------------------
@pytest.fixture
def day(shop, till):
    """Ids of a sale (five lines, one weighed, one in three scripts), its partial refund and the Z report."""
    with write_session(shop.engine) as session:
        rate_a = session.exec(select(VatRate).where(VatRate.code == "A")).one()
        kimchi = setup.add_product(session, "KIM001", MIXED_NAME, 690, rate_a)
        customer = Customer(name="Lucia Ferraro")
        session.add(customer)
        session.flush()
        ids = kimchi.id, customer.id
    bread = till.scan(shop.barcodes["bread"])
    till.set_qty(bread.id, 2000)
    till.scan(shop.barcodes["wine"])
    till.scan(shop.barcodes["milk"])
    till.add_product_id(ids[0])
    meatballs = next(p for p in till.search("Polpette") if p.id == shop.products["meatballs"].id)
    till.add_product(meatballs, 486)
    till.cart.customer_id = ids[1]
    sale = till.pay([Tender(CASH, 5000)])
    with read_session(shop.engine) as session:
        wine_line = session.exec(select(SaleLine).where(SaleLine.sale_id == sale.sale_id, SaleLine.name.contains("Sangiovese"))).one()
    till.start_refund(sale.sale_id, {wine_line.id: 1000}, "Tappo difettoso")
    refund = till.pay([Tender(CARD, -1290)])
    report = till.close_shift(10000 + 5000 - sale.change)
    return {"sale": sale.sale_id, "refund": refund.sale_id, "z_report": report.id}


def document(shop, day, kind: str, language: str):
    with read_session(shop.engine) as session:
        if kind == "z_report":
            return z_report_receipt(session, day["z_report"], language=language)
        sale_id = day["refund"] if kind == "refund" else day["sale"]
        return sale_receipt(session, sale_id, copy=kind == "copy", language=language)


# --- reading PDFs back -------------------------------------------------------------------------------
def squash(text: str) -> str:
    """Text without any whitespace: pdftotext and babel space numbers and CJK differently."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True).stdout


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name without subset prefix, 'yes'/'no' embedded) for every font in the file."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    fonts = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        emb = parts[-5]
        fonts.append((parts[0].split("+")[-1], emb))
    return fonts


def page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(path)], check=True, capture_output=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def to_png(path: Path, page: int = 1) -> Image.Image:
    target = path.with_suffix(f".p{page}")
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile", str(path), str(target)],
                   check=True)
    return Image.open(f"{target}.png").convert("L")


def word_boxes(path: Path) -> list[tuple[str, float, float, float, float]]:
    """Every word pdftotext finds on page 1, with its box in points (x0, y0 from the top, x1, y1)."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [(w.text or "", *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))) for w in root.iter("word")]


def ink(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    """Share of dark pixels inside a box given in points."""
    scale = DPI / 72
    histogram = image.crop(tuple(round(v * scale) for v in box)).histogram()
    return sum(histogram[:128]) / max(1, sum(histogram))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- fonts -------------------------------------------------------------------------------------------
def test_each_script_gets_a_font_that_has_it():
    """A line mixing Hangul, Latin and Chinese is split into runs, each in a font that covers it."""
    assert runs(MIXED_NAME) == [(HANGUL, "김치 "), (LATIN, "Kimchi "), (HAN, "泡菜 "), (LATIN, "500 g")]
    assert runs("Őrség bio 1 l · 5 Ft", bold=True) == [(LATIN_BOLD, "Őrség bio 1 l · 5 Ft")]
    assert runs("₩25,281") == [(LATIN, "₩25,281")]
    assert runs("谢谢惠顾，欢迎再来！") == [(HAN, "谢谢惠顾，欢迎再来！")]


# --- roll receipts ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_roll_receipt_says_what_the_document_says(shop, day, tmp_path, kind, language):
    """Every kind in every language: one 80 mm page, its words extractable, only embedded fonts."""
    doc = document(shop, day, kind, language)
    path = write(tmp_path, f"{kind}-{language}.pdf", receipt_pdf(doc))
    (width, height), = page_sizes(path)
    assert width == pytest.approx(80 / 25.4 * 72, abs=0.1)
    assert 60 * 72 / 25.4 < height < 400 * 72 / 25.4
    text = squash(pdf_text(path))
    words = labels(language)
    assert squash(doc.header[0]) in text and squash(f"{words['vat_no']} IT01234567890") in text
    if kind == "z_report":
        assert squash(words["z_report"]) in text and squash(words["net_total"]) in text
    else:
        assert squash(doc.title) in text and doc.number in text
        assert squash(words["total"]) in text and squash(doc.blocks[0].text if kind == "copy" else words["thanks"]) in text
    if kind == "sale":
        assert squash(MIXED_NAME) in text and "LuciaFerraro" in text and squash("Pane di Altamura") in text
    if kind == "refund":
        assert "Sangiovese" in text and "Altamura" not in text and "Tappodifettoso" in text
    fonts = pdf_fonts(path)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    names = {name for name, _ in fonts}
    assert "DejaVuSans" in names
    if language == "ko" or kind in ("sale", "copy"):  # Korean labels, or the kimchi line
        assert "NanumGothic" in names
    if language == "zh" or kind in ("sale", "copy"):
        assert "DroidSansFallback" in names


def test_roll_page_is_as_tall_as_its_content(shop, day, tmp_path):
    """The page ends a few millimetres under the last mark, and a longer receipt gets a taller page."""
    sale = write(tmp_path, "sale.pdf", receipt_pdf(document(shop, day, "sale", "it")))
    refund = write(tmp_path, "refund.pdf", receipt_pdf(document(shop, day, "refund", "it")))
    image = to_png(sale)
    ink_box = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    blank_mm = (image.height - ink_box[3]) / DPI * 25.4
    assert 1 < blank_mm < 12
    assert page_sizes(refund)[0][1] < page_sizes(sale)[0][1]


def test_roll_has_ink_where_its_words_are(shop, day, tmp_path):
    """pdftoppm draws dark pixels inside the boxes of the total, the Korean and Chinese words; margins stay white."""
    for language, word in (("it", "TOTALE"), ("ko", "합계"), ("zh", "合计"), ("hu", "ÖSSZESEN")):
        path = write(tmp_path, f"{language}.pdf", receipt_pdf(document(shop, day, "sale", language)))
        image = to_png(path)
        boxes = [b for b in word_boxes(path) if b[0] == word]
        assert boxes, (language, word)
        assert ink(image, boxes[0][1:]) > 0.08
        kimchi = [b for b in word_boxes(path) if b[0] in ("김치", "泡菜")]
        assert len(kimchi) == 2 and all(ink(image, b[1:]) > 0.08 for b in kimchi)
        assert ink(image, (0, 0, 2.5 * 72 / 25.4, image.height * 72 / DPI)) == 0  # left margin


def test_roll_width_58(shop, day, tmp_path):
    """A 58 mm roll keeps every amount whole and still carries a readable QR code."""
    doc = document(shop, day, "sale", "hu")
    path = write(tmp_path, "58.pdf", receipt_pdf(doc, width_mm=58))
    assert page_sizes(path)[0][0] == pytest.approx(58 / 25.4 * 72, abs=0.1)
    total = next(row.amount for block in doc.blocks if isinstance(block, Rows) for row in block.rows if row.large)
    assert squash(total) in squash(pdf_text(path))
    found = {(r.format, r.text) for r in zxingcpp.read_barcodes(to_png(path))}
    assert (zxingcpp.BarcodeFormat.QRCode, doc.qr_payload) in found


@pytest.mark.parametrize("language", ("it", "zh"))
def test_qr_and_barcode_decode_from_the_rendered_roll(shop, day, tmp_path, language):
    """A phone camera (zxing) reads the QR payload and the CODE128 receipt number off the printed image."""
    doc = document(shop, day, "sale", language)
    image = to_png(write(tmp_path, "r.pdf", receipt_pdf(doc)))
    found = {(r.format, r.text) for r in zxingcpp.read_barcodes(image)}
    assert (zxingcpp.BarcodeFormat.QRCode, doc.qr_payload) in found
    assert (zxingcpp.BarcodeFormat.Code128, doc.barcode) in found


# --- A4 invoices --------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", LANGUAGES)
def test_invoice_page_has_letterhead_customer_lines_vat_and_codes(shop, day, tmp_path, language):
    """A4 invoice: shop and VAT number, customer, every line, the VAT table, payments, and decodable codes."""
    doc = document(shop, day, "sale", language)
    path = write(tmp_path, f"invoice-{language}.pdf", invoice_pdf(doc))
    assert page_sizes(path) == [(pytest.approx(595.28, abs=0.5), pytest.approx(841.89, abs=0.5))]
    text = squash(pdf_text(path))
    words = labels(language)
    for expected in (words["invoice"], doc.header[0], f"{words['vat_no']} IT01234567890", words["customer"], "Lucia Ferraro",
                     "Pane di Altamura", MIXED_NAME, "0,486 kg", words["vat_summary"], words["cash"], words["change"],
                     words["total"], doc.number):
        assert squash(expected) in text, expected
    assert all(emb == "yes" for _, emb in pdf_fonts(path))
    found = {(r.format, r.text) for r in zxingcpp.read_barcodes(to_png(path))}
    assert (zxingcpp.BarcodeFormat.QRCode, doc.qr_payload) in found
    assert (zxingcpp.BarcodeFormat.Code128, doc.barcode) in found


def test_invoice_z_report_and_refund(shop, day, tmp_path):
    """The A4 layout also carries a refund (with its reason) and a Z report, copy marks included."""
    refund = document(shop, day, "refund", "it")
    text = squash(pdf_text(write(tmp_path, "refund.pdf", invoice_pdf(refund))))
    assert squash(refund.title) in text and "Tappodifettoso" in text and "Sangiovese" in text
    with read_session(shop.engine) as session:
        z = z_report_receipt(session, day["z_report"], language="hu", copy=True)
    text = squash(pdf_text(write(tmp_path, "z.pdf", invoice_pdf(z))))
    words = labels("hu")
    for expected in (words["z_report"], words["copy"], words["net_total"], words["drawer"], words["counted"], words["z_number"]):
        assert squash(expected) in text, expected


def test_long_invoice_flows_onto_more_pages(shop, till, tmp_path):
    """Sixty weighed lines do not fit one A4 page: the table goes on over the next pages, nothing lost."""
    meatballs, ham = (next(p for p in till.search(name) if p.id == shop.products[key].id)
                      for name, key in (("Polpette", "meatballs"), ("Prosciutto", "ham")))
    for grams in range(100, 130):
        till.add_product(meatballs, grams)
        till.add_product(ham, grams)
    sale = till.pay([Tender(CARD, till.cart.totals().total)])
    with read_session(shop.engine) as session:
        doc = sale_receipt(session, sale.sale_id)
    path = write(tmp_path, "long.pdf", invoice_pdf(doc))
    assert len(page_sizes(path)) >= 2
    text = pdf_text(path)
    assert text.count("Polpette di manzo") == 30 and text.count("Prosciutto crudo di Parma") == 30
    assert squash(labels("it")["vat_summary"]) in squash(text) and doc.number in text


def test_bold_chinese_and_korean_are_heavier(tmp_path):
    """The CJK fonts have no bold face: bold Hangul and Hanzi are drawn outlined, with more ink, and stay text."""
    def rendered(bold: bool):
        doc = ReceiptDocument(kind="sale", number="T1-1", language="ko", title="영수증", copy=False,
                              blocks=(Text("합계 合计", bold=bold, large=True),), header=())
        path = write(tmp_path, f"bold-{bold}.pdf", receipt_pdf(doc))
        box = next(b for b in word_boxes(path) if b[0] == "합계")
        return ink(to_png(path), box[1:]), squash(pdf_text(path))

    (regular_ink, regular_text), (bold_ink, bold_text) = rendered(False), rendered(True)
    assert bold_text == regular_text == "합계合计"
    assert bold_ink > regular_ink * 1.15
