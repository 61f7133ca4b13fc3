"""Shelf labels: an A4 sheet of 3 x 8 labels (70 x 37 mm) for chosen products.

Each label: the product's name (on two lines if it must), its price large, the price per kg for
weighed goods or per kg or litre for packed goods whose name states the quantity (shop/unit_price.py), and its barcode drawn by reportlab's barcode module (EAN-13, EAN-8 or UPC-A) with the
digits under it, or the PLU a scale prints for weighed goods without one. In the shop's receipt
language, with the fonts that print Korean and Chinese.

    shelf_labels_pdf(shop.shelf_labels.labels_for(session, product_ids), language) -> pdf bytes
"""
import re
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printers.pdf_fonts import draw_string, register_fonts, string_width
from shop.shelf_labels import ShelfLabel

LABEL_W, LABEL_H = 70 * mm, 37 * mm
COLUMNS, ROWS = 3, 8
PAD = 3 * mm
CUT = colors.HexColor("#bbbbbb")
GREY = colors.HexColor("#555555")
WORDS = {
    "en": dict(per_kg="per kg", plu="PLU %1", kg="%1 per kg", l="%1 per litre"),
    "it": dict(per_kg="al kg", plu="PLU %1", kg="%1 al kg", l="%1 al litro"),
    "hu": dict(per_kg="/ kg", plu="PLU %1", kg="%1 / kg", l="%1 / liter"),
    "ko": dict(per_kg="kg당", plu="PLU %1", kg="kg당 %1", l="리터당 %1"),
    "zh": dict(per_kg="每公斤", plu="PLU %1", kg="每公斤 %1", l="每升 %1"),
}
QUANTITY = re.compile(r"(\d) (g|kg|l|ml|cl|pz|x)\b")
SYMBOLOGY = {13: "EAN13", 8: "EAN8", 12: "UPCA"}


def _fit(text: str, size: float, width: float, bold: bool = False) -> float:
    while size > 5 and string_width(text, size, bold) > width:
        size -= 0.5
    return size


def _two_lines(text: str, size: float, width: float) -> list[str]:
    """The name on one line, or broken at a space onto two (never between a number and its unit)."""
    text = QUANTITY.sub("\\1\u00a0\\2", " ".join(text.split()))
    if string_width(text, size, True) <= width or " " not in text:
        return [text]
    words = text.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut])
        if string_width(first, size, True) <= width:
            return [first, " ".join(words[cut:])]
    return [text]


def _draw(canvas: Canvas, label: ShelfLabel, words: dict, x: float, y: float) -> None:
    width = LABEL_W - 2 * PAD
    canvas.saveState()
    lines = _two_lines(label.name, 10, width)
    top = y + LABEL_H - PAD - 9
    for i, line in enumerate(lines[:2]):
        draw_string(canvas, x + PAD, top - i * 11, line, _fit(line, 10, width, bold=True), bold=True)
    price_size = _fit(label.price, 20, width * 0.55, bold=True)
    price_y = y + PAD + 2
    draw_string(canvas, x + LABEL_W - PAD, price_y, label.price, price_size, bold=True, anchor="right")
    canvas.setFillColor(GREY)
    if label.weighed:
        draw_string(canvas, x + LABEL_W - PAD, price_y + price_size + 1, words["per_kg"], 8, anchor="right")
    elif label.unit_price:
        amount, unit = label.unit_price
        draw_string(canvas, x + LABEL_W - PAD, price_y + price_size + 1, words[unit].replace("%1", amount), 8, anchor="right")
    code = label.barcode if label.barcode and len(label.barcode) in SYMBOLOGY else None
    if code:
        drawing = createBarcodeDrawing(SYMBOLOGY[len(code)], value=code, barWidth=0.3 * mm, barHeight=11 * mm,
                                       humanReadable=True, fontSize=7, quiet=True)
        renderPDF.draw(drawing, canvas, x + PAD - 2 * mm, y + PAD - 1 * mm)
    elif label.plu:
        draw_string(canvas, x + PAD, y + PAD + 2, words["plu"].replace("%1", label.plu), 9)
    else:
        draw_string(canvas, x + PAD, y + PAD + 2, label.sku, 8)
    canvas.restoreState()


def shelf_labels_pdf(labels: list[ShelfLabel], language: str = "en") -> bytes:
    """A4 portrait, 3 x 8 labels a page with light cut lines, as many pages as needed."""
    register_fonts()
    words = WORDS.get(language, WORDS["en"])
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    page_w, page_h = A4
    left, bottom = (page_w - COLUMNS * LABEL_W) / 2, (page_h - ROWS * LABEL_H) / 2
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(labels), 1), per_page):
        for i, label in enumerate(labels[start:start + per_page]):
            row, column = divmod(i, COLUMNS)
            x, y = left + column * LABEL_W, bottom + (ROWS - 1 - row) * LABEL_H
            _draw(canvas, label, words, x, y)
            canvas.setStrokeColor(CUT)
            canvas.setLineWidth(0.3)
            canvas.rect(x, y, LABEL_W, LABEL_H, stroke=1, fill=0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()
