"""Shelf labels: every barcode kind decodes from the printed sheet; weighed goods say per kg and carry their PLU."""
import subprocess

import zxingcpp
from PIL import Image

from db.engine import read_session
from printers.shelf_labels import shelf_labels_pdf
from shop.shelf_labels import labels_for


def test_sheet_of_every_kind(shop, tmp_path):
    """EAN-13, EAN-8 and UPC-A decode off a 200 dpi page; ham says per kg with its PLU, milk its price per litre."""
    ids = [shop.products[k].id for k in ("wine", "gum", "soap", "ham", "milk")]
    with read_session(shop.engine) as session:
        labels = labels_for(session, ids)
    pdf = tmp_path / "labels.pdf"
    pdf.write_bytes(shelf_labels_pdf(labels, "it"))
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    found = {r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "page.png"))}
    upc = shop.barcodes["soap"]
    assert {shop.barcodes["wine"], shop.barcodes["gum"]} <= found and (upc in found or "0" + upc in found)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "39,90 €" in text and "al kg" in text and "PLU 00043" in text
    assert "1,59 € al litro" in text  # "Latte intero 1 l": its price per litre, as the law asks


def test_many_products_make_several_pages(shop, tmp_path):
    """More labels than fit on a sheet continue on the next page."""
    with read_session(shop.engine) as session:
        labels = labels_for(session, [p.id for p in shop.products.values()]) * 4
    pdf = tmp_path / "many.pdf"
    pdf.write_bytes(shelf_labels_pdf(labels, "en"))
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")] == ["2"]
