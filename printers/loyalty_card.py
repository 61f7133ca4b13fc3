"""Loyalty cards as PDF: one credit-card-sized page (ID-1, 85.6 x 54 mm) or an A4 sheet of ten.

Each card carries the shop's name, the customer's name, the QR of the card link and the code in
text, grouped so it can be typed when the QR cannot be scanned. The QR is drawn from the qrcode
matrix (printers/pdf.py's QrFlowable) and names go through the bundled fonts, so Korean and
Chinese names print too.

    card_pdf(card) -> bytes            one card on a page of its own size
    card_sheet_pdf(cards) -> bytes     A4 portrait, 2 x 5 cards with cut lines, as many pages as needed
    card_pdf_for_phone(engine, phone)  one member's card, by phone
    cards_for_phones(engine, phones)   what `bottega card --db PATH --phone NUMBER [--phone ...] --out FILE.pdf` prints
"""
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printers.pdf import QrFlowable
from printers.pdf_fonts import draw_string, register_fonts, string_width
from sqlalchemy import Engine

from db.engine import write_session
from shop.cards import CardPrint, card_to_print, ensure_card, issue_card
from shop.customer_errors import CustomerNotFound
from shop.customers import find_by_phone
from shop.phones import normalise_phone
from shop.settings import load_settings

CARD_W, CARD_H = 85.6 * mm, 53.98 * mm
MARGIN = 4 * mm
BAND = 9 * mm
QR_SIZE = CARD_H - BAND - MARGIN  # the qrcode matrix has its own white quiet zone
COLUMNS, ROWS = 2, 5
ACCENT = colors.HexColor("#4f6d7a")
GREY = colors.HexColor("#555555")
CUT = colors.HexColor("#bbbbbb")


def _fit(text: str, size: float, width: float, bold: bool = False) -> float:
    """The type size, at most `size`, at which `text` fits `width` (long names shrink, never overflow)."""
    while size > 5 and string_width(text, size, bold) > width:
        size -= 0.5
    return size


def _draw_card(canvas: Canvas, card: CardPrint, x: float, y: float) -> None:
    """One card with its lower-left corner at (x, y): the shop's name on a band across the top."""
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_H - BAND, CARD_W, BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    size = _fit(card.shop_name, 11, CARD_W - 2 * MARGIN, bold=True)
    draw_string(canvas, x + MARGIN, y + CARD_H - BAND / 2 - size * 0.35, card.shop_name, size, bold=True)
    canvas.setFillColor(colors.black)  # full contrast for the scanner
    QrFlowable(card.link, QR_SIZE).drawOn(canvas, x + CARD_W - MARGIN / 2 - QR_SIZE, y + MARGIN / 2)
    text_width = CARD_W - QR_SIZE - 2 * MARGIN
    left = x + MARGIN
    size = _fit(card.customer_name, 11, text_width)
    draw_string(canvas, left, y + (CARD_H - BAND) / 2, card.customer_name, size)
    canvas.setFillColor(GREY)
    size = _fit(card.printed_code, 8, text_width)
    draw_string(canvas, left, y + MARGIN + 1 * mm, card.printed_code, size)
    canvas.restoreState()


def card_pdf(card: CardPrint) -> bytes:
    register_fonts()
    out = BytesIO()
    canvas = Canvas(out, pagesize=(CARD_W, CARD_H))
    canvas.setTitle(f"{card.shop_name} - {card.customer_name}")
    _draw_card(canvas, card, 0, 0)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def card_sheet_pdf(cards: list[CardPrint]) -> bytes:
    """Cards for pre-perforated A4 card stock or scissors: centred grid with light cut lines."""
    register_fonts()
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    page_w, page_h = A4
    left = (page_w - COLUMNS * CARD_W) / 2
    bottom = (page_h - ROWS * CARD_H) / 2
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(cards), 1), per_page):
        for i, card in enumerate(cards[start:start + per_page]):
            row, column = divmod(i, COLUMNS)
            x, y = left + column * CARD_W, bottom + (ROWS - 1 - row) * CARD_H
            _draw_card(canvas, card, x, y)
            canvas.setStrokeColor(CUT)
            canvas.setLineWidth(0.3)
            canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def cards_for_phones(engine: Engine, phones: list[str], reissue: bool = False) -> list[CardPrint]:
    """The cards of the customers with these phones (typed any way), in the order given.

    A member without a card gets their first one; with `reissue` each gets a new code and the old
    card stops working (a lost card). Nothing is issued unless every phone is found: InvalidPhone
    for an impossible number, CustomerNotFound when nobody has it.
    """
    with write_session(engine) as session:
        settings = load_settings(session)
        ids = []
        for phone in phones:
            e164 = normalise_phone(phone, settings.country)
            found = [c for c in find_by_phone(session, e164, settings.country) if c.phone == e164]
            if not found:
                raise CustomerNotFound(e164)
            ids.append(found[0].id)
        for customer_id in ids:
            (issue_card if reissue else ensure_card)(session, customer_id, settings.till_id)
        return [card_to_print(session, customer_id, settings.shop_name) for customer_id in ids]


def card_pdf_for_phone(engine: Engine, phone: str) -> bytes:
    """The card of the customer with this phone (typed any way), issuing their first card if needed."""
    return card_pdf(cards_for_phones(engine, [phone])[0])
