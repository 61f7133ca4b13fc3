"""Receipt documents as PDF: an 80 mm (or 58 mm) roll cut to its content, and an A4 invoice page.

Both read the same `ReceiptDocument` blocks as the thermal printer, so a PDF e-mailed to a customer
or printed by a shop without a thermal printer says exactly what the paper receipt says. Text is set
run by run in the bundled fonts (printers/pdf_fonts.py), so Italian, Hungarian, Korean and Chinese
receipts all print, and every font is embedded.

    receipt_pdf(document, width_mm=80) -> bytes    the roll receipt, one page as tall as it needs
    invoice_pdf(document) -> bytes                 A4: header, customer, lines, VAT, payments, codes
"""
from functools import lru_cache
from io import BytesIO

import qrcode

from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, HRFlowable, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle

from printers.pdf_fonts import HAN, HANGUL, LATIN, draw_string, markup, register_fonts, runs, string_width
from shop.receipts import Barcode, Items, Qr, ReceiptDocument, Row, Rows, Rule, Text, VatTable, labels

GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#999999")
SHADE = colors.HexColor("#eeeeee")
TIGHT = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
         ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
         ("VALIGN", (0, 0), (-1, -1), "TOP"),
         # Empty cells are measured in the table's own font: keep it small so they add no height.
         ("FONTNAME", (0, 0), (-1, -1), LATIN), ("FONTSIZE", (0, 0), (-1, -1), 1), ("LEADING", (0, 0), (-1, -1), 1)]


class Sizes:
    """Type sizes of one format: the roll is read at arm's length, the A4 page on a desk."""

    def __init__(self, body: float, large: float, small: float, cjk_wrap: bool):
        self.body, self.large, self.small, self.cjk_wrap = body, large, small, cjk_wrap

    def style(self, size: float | None = None, align: int = TA_LEFT, color=colors.black) -> ParagraphStyle:
        size = size or self.body
        return ParagraphStyle(
            f"s{size}{align}", fontName=LATIN, fontSize=size, leading=size * 1.25, alignment=align, textColor=color,
            # Chinese has no spaces between words: without CJK wrapping a long name never breaks.
            wordWrap="CJK" if self.cjk_wrap else None,
        )

    def para(self, text: str, size: float | None = None, align: int = TA_LEFT, bold: bool = False, color=colors.black):
        kind = StrokedParagraph if bold and any(font in (HAN, HANGUL) for font, _ in runs(text)) else Paragraph
        return kind(markup(text, bold), self.style(size, align, color))


class StrokedParagraph(Paragraph):
    """Bold for Chinese and Korean: the bundled CJK fonts have no bold face, so the glyphs are
    filled and outlined (text render mode 2). The text stays text: it can be searched and copied."""

    def beginText(self, x, y):
        text = super().beginText(x, y)
        text.setTextRenderMode(2)
        return text

    def draw(self):
        self.canv.saveState()
        self.canv.setLineWidth(self.style.fontSize * 0.035)
        self.canv.setStrokeColor(self.style.textColor)
        super().draw()
        self.canv.restoreState()


def _cjk(document: ReceiptDocument) -> bool:
    return document.language.split("_")[0].split("-")[0].lower() in ("zh", "ja")


def _amount_width(texts, size: float, bold: bool = False) -> float:
    return max((string_width(t, size, bold) for t in texts), default=0) + 2


def _table(data, widths, extra=(), **kwargs) -> Table:
    table = Table(data, colWidths=widths, **kwargs)
    table.setStyle(TableStyle(TIGHT + list(extra)))
    return table


# --- codes -----------------------------------------------------------------------------------------
@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules (quiet zone included) from the qrcode library, the same code the printer gets."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class QrFlowable(Flowable):
    """A QR code `size` points wide, drawn as one filled rectangle per run of dark modules.

    reportlab's own QR widget draws every module as a shape and re-encodes on each measure:
    ten times slower on a receipt, for the same picture.
    """

    def __init__(self, payload: str, size: float):
        super().__init__()
        self.payload, self.size = payload, size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self):
        matrix = qr_matrix(self.payload)
        module = self.size / len(matrix)
        path = self.canv.beginPath()
        for y, row in enumerate(matrix):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                path.rect(start * module, self.size - (y + 1) * module, (x - start) * module, module)
        self.canv.drawPath(path, stroke=0, fill=1)


def barcode_drawing(data: str, max_width: float, bar_height: float = 10 * mm, bar_width: float = 0.33 * mm) -> Drawing:
    """CODE128 of the receipt number with the number printed under it, narrowed to fit the paper."""
    drawing = createBarcodeDrawing("Code128", value=data, barWidth=bar_width, barHeight=bar_height,
                                   humanReadable=True, fontName=LATIN, fontSize=8)
    if drawing.width > max_width:
        drawing = createBarcodeDrawing("Code128", value=data, barWidth=bar_width * max_width / drawing.width,
                                       barHeight=bar_height, humanReadable=True, fontName=LATIN, fontSize=8)
    drawing.initialFontName = LATIN
    drawing.hAlign = "CENTER"
    return drawing


# --- blocks as flowables ---------------------------------------------------------------------------
def rows_table(rows: tuple[Row, ...], width: float, sz: Sizes) -> Table:
    """Labels left, amounts right; the amount column is as wide as the widest amount, so it never wraps."""
    sizes = [sz.large if r.large else sz.body for r in rows]
    # Money always fits; a long value (a file path on a test page) may wrap rather than push the label out.
    amount_w = min(width * 0.7, max(_amount_width([r.amount], s, r.bold) for r, s in zip(rows, sizes)))
    data = [[sz.para(r.label, s, bold=r.bold), sz.para(r.amount, s, TA_RIGHT, r.bold)] for r, s in zip(rows, sizes)]
    return _table(data, [width - amount_w, amount_w])


def items_table(items: Items, width: float, sz: Sizes) -> Table:
    code_w = _amount_width([i.vat_code for i in items.items], sz.body) + 3
    amounts = [i.total for i in items.items] + [i.discount.amount for i in items.items if i.discount]
    amount_w = min(width * 0.5, _amount_width(amounts, sz.body))
    data: list = []
    extra: list = []
    for item in items.items:
        data.append([sz.para(item.name), sz.para(item.total, align=TA_RIGHT), sz.para(item.vat_code, align=TA_RIGHT)])
        if item.detail:
            data.append([sz.para("  " + item.detail, sz.small, color=GREY), "", ""])
        if item.discount:
            data.append([sz.para("  " + item.discount.label, sz.small, color=GREY),
                         sz.para(item.discount.amount, align=TA_RIGHT), ""])
    return _table(data, [width - amount_w - code_w, amount_w, code_w], extra)


def vat_flowables(table: VatTable, width: float, sz: Sizes, size: float | None = None, gap: float = 4,
                  stretch: bool = True) -> list[Flowable]:
    """The VAT table across `width` (or only as wide as its columns need, when not `stretch`)."""
    size = size or sz.small
    rows = [table.columns, *table.rows]
    widths = [_amount_width([r[i] for r in rows], size, True) + gap for i in range(4)]
    out: list[Flowable] = [sz.para(table.title, size, bold=True)]
    if sum(widths) <= width:
        widths[0] = width - sum(widths[1:]) if stretch else min(width - sum(widths[1:]), widths[0] + 30)
        data = [[sz.para(r[0], size, bold=n == 0)] + [sz.para(c, size, TA_RIGHT, n == 0) for c in r[1:]]
                for n, r in enumerate(rows)]
        out.append(_table(data, widths, [("LINEBELOW", (0, 0), (-1, 0), 0.4, LINE)]))
        return out
    for row in table.rows:  # too narrow for four columns: one small block per rate
        out.append(rows_table(tuple(Row(f"{row[0]}  {table.columns[i]}", row[i]) for i in range(1, 4)), width, sz))
    return out


def roll_flowables(document: ReceiptDocument, width: float, sz: Sizes) -> list[Flowable]:
    out: list[Flowable] = []
    align = {"center": TA_CENTER, "left": TA_LEFT}
    for block in document.blocks:
        if isinstance(block, Text):
            out.append(sz.para(block.text, sz.large if block.large else sz.body, align.get(block.align, TA_LEFT), block.bold))
        elif isinstance(block, Rule):
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, dash=(1.5, 1.5),
                                  spaceBefore=2.5, spaceAfter=2.5))
        elif isinstance(block, Rows):
            out.append(rows_table(block.rows, width, sz))
        elif isinstance(block, Items):
            out.append(items_table(block, width, sz))
        elif isinstance(block, VatTable):
            out += vat_flowables(block, width, sz)
        elif isinstance(block, Qr):
            out += [Spacer(1, 2 * mm), QrFlowable(block.payload, min(32 * mm, width))]
            if block.caption:
                out.append(sz.para(block.caption, sz.small, TA_CENTER))
        elif isinstance(block, Barcode):
            out += [Spacer(1, 2 * mm), barcode_drawing(block.data, width), Spacer(1, 2 * mm)]
    return out


# --- building the files ---------------------------------------------------------------------------
def _render(document: ReceiptDocument, pagesize, margins, make_flowables, on_page=None) -> tuple[bytes, int]:
    register_fonts()
    buffer = BytesIO()
    left, right, top, bottom = margins
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=f"{document.title} {document.number}", author=document.header[0] if document.header else "",
        subject=document.kind, creator="Bottega", lang=document.language, invariant=1, initialFontName=LATIN,
    )
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or (lambda c, d: None))])
    doc.build(make_flowables())
    return buffer.getvalue(), doc.page


def _content_height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        total += flowable.wrap(width, 1e6)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def receipt_pdf(document: ReceiptDocument, width_mm: int = 80) -> bytes:
    """The receipt on a roll `width_mm` wide (58 or 80), one page exactly as tall as its content."""
    register_fonts()
    side, edge = 3 * mm, 4 * mm
    width = width_mm * mm
    inner = width - 2 * side
    sz = Sizes(body=8 if width_mm >= 70 else 7, large=11.5 if width_mm >= 70 else 10, small=7 if width_mm >= 70 else 6.5,
               cjk_wrap=_cjk(document))
    height = _content_height(roll_flowables(document, inner, sz), inner) + 2 * edge + 6
    for _ in range(8):  # measured heights can be a point short of what the frame needs: grow until it fits
        data, pages = _render(document, (width, height), (side, side, edge, edge), lambda: roll_flowables(document, inner, sz))
        if pages == 1:
            break
        height += 12 * pages
    return data  # still more than one page after that: a roll PDF of several pieces beats no receipt


# --- A4 ---------------------------------------------------------------------------------------------
def _split_front(document: ReceiptDocument) -> tuple[list[Row], Row | None, list]:
    """The top of the receipt (shop header, title, receipt data) apart from the body that follows.

    The A4 page prints the header and receipt data in its own letterhead, so they are taken out of
    the block list here; everything else keeps its order.
    """
    w = labels(document.language)
    skip_texts = set(document.header) | {document.title, f"*** {w['copy']} ***"}
    meta: list[Row] = []
    customer = None
    body: list = []
    for block in document.blocks:
        if not meta and not body and (isinstance(block, Rule) or (isinstance(block, Text) and block.text in skip_texts)):
            continue
        if not meta and not body and isinstance(block, Rows):
            for row in block.rows:
                if row.label == w["customer"]:
                    customer = row
                else:
                    meta.append(row)
            continue
        if isinstance(block, Text) and block.text == f"*** {w['copy']} ***":
            continue
        body.append(block)
    return meta, customer, body


def _letterhead(document: ReceiptDocument, meta: list[Row], customer: Row | None, width: float, sz: Sizes) -> list:
    w = labels(document.language)
    shop: list = []
    if document.header:
        shop.append(sz.para(document.header[0], 16, bold=True))
        shop.append(Spacer(1, 1.5 * mm))
        shop += [sz.para(line) for line in document.header[1:]]
    if customer:
        box = _table([[sz.para(w["customer"], sz.small, color=GREY)], [sz.para(customer.amount, 12, bold=True)]],
                     [width * 0.45], [("BOX", (0, 0), (-1, -1), 0.6, LINE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                      ("TOPPADDING", (0, 0), (0, 0), 5), ("BOTTOMPADDING", (0, -1), (0, -1), 6)])
        shop += [Spacer(1, 6 * mm), box]
    heading = w["invoice"] if document.kind == "sale" else document.title
    subheading = f"{document.title}  {document.number}" if document.kind == "sale" else document.number
    right: list = [sz.para(heading, 20, TA_RIGHT, bold=True), sz.para(subheading, 11, TA_RIGHT)]
    if document.copy:
        right.append(sz.para(w["copy"], 12, TA_RIGHT, bold=True, color=colors.HexColor("#b00020")))
    meta_table = rows_table(tuple(meta), width * 0.45, sz)
    right += [Spacer(1, 3 * mm), meta_table]
    return [_table([[shop, right]], [width * 0.55, width * 0.45]), Spacer(1, 8 * mm)]


def _invoice_lines(items: Items, width: float, sz: Sizes, words: dict[str, str]) -> Table:
    w_code = _amount_width([i.vat_code for i in items.items], sz.body) + 16
    w_amount = _amount_width([i.total for i in items.items], sz.body, True) + 10
    w_detail = min(width * 0.35, _amount_width([i.detail or "" for i in items.items], sz.small) + 10)
    data = [[sz.para(words["items"], sz.small, bold=True), "", sz.para(words["vat"], sz.small, TA_CENTER, True),
             sz.para(words["gross"], sz.small, TA_RIGHT, True)]]
    for item in items.items:
        data.append([sz.para(item.name), sz.para(item.detail or "", sz.small, color=GREY),
                     sz.para(item.vat_code, align=TA_CENTER), sz.para(item.total, align=TA_RIGHT)])
        if item.discount:
            data.append([sz.para("    " + item.discount.label, sz.small, color=GREY), "", "",
                         sz.para(item.discount.amount, align=TA_RIGHT)])
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (0, -1), 4), ("RIGHTPADDING", (-1, 0), (-1, -1), 4)]
    return _table(data, [width - w_detail - w_code - w_amount, w_detail, w_code, w_amount], style, repeatRows=1)


def _codes(qr: Qr | None, barcode: Barcode | None, width: float, sz: Sizes) -> Table:
    left = [QrFlowable(qr.payload, 34 * mm), sz.para(qr.caption, sz.small, TA_CENTER)] if qr else ""
    right = [Spacer(1, 10 * mm), barcode_drawing(barcode.data, width / 2, 14 * mm, 0.42 * mm)] if barcode else ""
    return _table([[left, right]], [width / 2, width / 2],
                  [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])


def invoice_flowables(document: ReceiptDocument, width: float, sz: Sizes) -> list[Flowable]:
    w = labels(document.language)
    meta, customer, body = _split_front(document)
    out = _letterhead(document, meta, customer, width, sz)
    qr = next((b for b in body if isinstance(b, Qr)), None)
    barcode = next((b for b in body if isinstance(b, Barcode)), None)
    codes_done = False
    for block in body:
        if isinstance(block, Text):
            align = TA_CENTER if block.align == "center" else TA_LEFT
            out += [Spacer(1, 2 * mm), sz.para(block.text, sz.large if block.large else sz.body, align, block.bold)]
        elif isinstance(block, Rule):
            out.append(Spacer(1, 3 * mm))
        elif isinstance(block, Rows):
            # Totals and payments sit under the amounts column; a Z report is all rows, read from the left.
            table = rows_table(block.rows, width * 0.5, sz)
            table.hAlign = "LEFT" if document.kind == "z_report" else "RIGHT"
            out += [Spacer(1, 2 * mm), table]
        elif isinstance(block, Items):
            out.append(_invoice_lines(block, width, sz, w))
        elif isinstance(block, VatTable):
            flowables = vat_flowables(block, width, sz, sz.body, gap=18, stretch=False)
            for flowable in flowables:
                flowable.hAlign = "LEFT"
            out += flowables
        elif isinstance(block, (Qr, Barcode)) and not codes_done:
            out += [Spacer(1, 6 * mm), _codes(qr, barcode, width, sz)]
            codes_done = True
    return out


def invoice_pdf(document: ReceiptDocument) -> bytes:
    """The document on A4 pages: letterhead with VAT number, customer, lines, VAT, payments, QR, barcode."""
    register_fonts()
    margin = 18 * mm
    width = A4[0] - 2 * margin
    sz = Sizes(body=10, large=13, small=8.5, cjk_wrap=_cjk(document))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(GREY)
        text = f"{document.header[0] if document.header else ''}  ·  {document.title} {document.number}  ·  {doc.page}"
        draw_string(canvas, A4[0] / 2, 10 * mm, text, 8, anchor="center")
        canvas.restoreState()

    data, _ = _render(document, A4, (margin, margin, margin, margin + 6 * mm),
                      lambda: invoice_flowables(document, width, sz), footer)
    return data
