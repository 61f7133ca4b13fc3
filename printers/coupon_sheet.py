"""Printed coupons: an A4 sheet of ten single-use coupons, each with its QR and its code in text.

The QR holds the coupon's link `<server>/k/<code>` (shop/coupons.py); scanned at the till it becomes
the sale's discount, typed it works the same. In the shop's receipt language, with the fonts that
print Korean and Chinese.

    issue_and_print(engine, kind, value, count=..., ...) -> (coupons, pdf bytes)
    what `bottega coupon --db PATH --percent 10 | --amount 5 [--count N] [--until DATE] [--phone NUMBER] --out FILE.pdf` prints
"""
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from babel.dates import format_date
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import Engine

from db.engine import write_session
from printers.loyalty_card import CARD_H, CARD_W, COLUMNS, CUT, MARGIN, ROWS, _fit
from printers.pdf import QrFlowable
from printers.pdf_fonts import draw_string, register_fonts
from shop import audit, coupons
from shop.cards import card_server
from shop.cart import PERCENT
from shop.customer_errors import CustomerNotFound
from shop.customers import find_by_phone
from shop.phones import normalise_phone
from shop.settings import load_settings

WORDS = {
    "en": dict(coupon="Coupon", off="%1 off", until="Valid until %1", from_="Valid from %1", once="Single use", For="For %1"),
    "it": dict(coupon="Buono sconto", off="%1 di sconto", until="Valido fino al %1", from_="Valido dal %1", once="Utilizzabile una volta", For="Per %1"),
    "hu": dict(coupon="Kupon", off="%1 kedvezmény", until="Érvényes: %1-ig", from_="Érvényes: %1-tól", once="Egyszer használható", For="%1 részére"),
    "ko": dict(coupon="쿠폰", off="%1 할인", until="%1까지 유효", from_="%1부터 유효", once="1회 사용", For="%1 님 전용"),
    "zh": dict(coupon="优惠券", off="优惠 %1", until="有效期至 %1", from_="%1 起有效", once="限用一次", For="仅限 %1"),
}
ACCENT = colors.HexColor("#9c4a00")
GREY = colors.HexColor("#555555")
QR_SIZE = CARD_H - 9 * mm - MARGIN


@dataclass(frozen=True)
class CouponPrint:
    shop_name: str
    code: str
    link: str
    value: str  # "10 %" or "5,00 €"
    lines: tuple[str, ...]  # validity, who it is for, single use: in the shop's language


def _draw(canvas: Canvas, coupon: CouponPrint, title: str, x: float, y: float) -> None:
    band = 9 * mm
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(x, y + CARD_H - band, CARD_W, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    size = _fit(f"{coupon.shop_name} · {title}", 10, CARD_W - 2 * MARGIN, bold=True)
    draw_string(canvas, x + MARGIN, y + CARD_H - band / 2 - size * 0.35, f"{coupon.shop_name} · {title}", size, bold=True)
    canvas.setFillColor(colors.black)
    QrFlowable(coupon.link, QR_SIZE).drawOn(canvas, x + CARD_W - MARGIN / 2 - QR_SIZE, y + MARGIN / 2)
    width = CARD_W - QR_SIZE - 2 * MARGIN
    top = y + CARD_H - band - 9 * mm
    size = _fit(coupon.value, 18, width, bold=True)
    draw_string(canvas, x + MARGIN, top, coupon.value, size, bold=True)
    canvas.setFillColor(GREY)
    for i, line in enumerate(coupon.lines):
        draw_string(canvas, x + MARGIN, top - (6 + 4 * i) * mm, line, _fit(line, 7.5, width))
    draw_string(canvas, x + MARGIN, y + MARGIN + 1 * mm, coupon.code, _fit(coupon.code, 9, width))
    canvas.restoreState()


def coupon_sheet_pdf(printed: list[CouponPrint], language: str = "en") -> bytes:
    """A4 portrait, 2 x 5 coupons a page with light cut lines, as many pages as needed."""
    register_fonts()
    title = WORDS.get(language, WORDS["en"])["coupon"]
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    page_w, page_h = A4
    left, bottom = (page_w - COLUMNS * CARD_W) / 2, (page_h - ROWS * CARD_H) / 2
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(printed), 1), per_page):
        for i, coupon in enumerate(printed[start:start + per_page]):
            row, column = divmod(i, COLUMNS)
            x, y = left + column * CARD_W, bottom + (ROWS - 1 - row) * CARD_H
            _draw(canvas, coupon, title, x, y)
            canvas.setStrokeColor(CUT)
            canvas.setLineWidth(0.3)
            canvas.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def issue_and_print(engine: Engine, kind: str, value: int, count: int = 1, *, valid_from: date | None = None,
                    valid_until: date | None = None, phone: str | None = None, reason: str = "") -> tuple[list, bytes]:
    """Issue `count` single-use coupons (for the customer with `phone`, or for anyone) and their A4 sheet; audited.

    ValueError for a value that is not a coupon, InvalidPhone or CustomerNotFound for the phone.
    """
    with write_session(engine) as session:
        settings = load_settings(session)
        customer = None
        if phone:
            e164 = normalise_phone(phone, settings.country)
            found = [c for c in find_by_phone(session, e164, settings.country) if c.phone == e164]
            if not found:
                raise CustomerNotFound(e164)
            customer = found[0]
        made = [coupons.issue_coupon(session, kind, value, customer_id=customer.id if customer else None,
                                     valid_from=valid_from, valid_until=valid_until, reason=reason) for _ in range(count)]
        audit.record(session, settings.till_id, "coupons_issued", None, count=count, kind=kind, value=value,
                     customer_id=customer.id if customer else None, codes=[c.code for c in made])
        server = card_server(session)
        language = settings.receipt_language
        words = WORDS.get(language, WORDS["en"])
        shown = f"{value / 100:g} %" if kind == PERCENT else settings.money(value)
        lines = []
        if valid_from:
            lines.append(words["from_"].replace("%1", format_date(valid_from, "medium", locale=settings.locale)))
        if valid_until:
            lines.append(words["until"].replace("%1", format_date(valid_until, "medium", locale=settings.locale)))
        if customer:
            lines.append(words["For"].replace("%1", customer.name))
        lines.append(words["once"])
        printed = [CouponPrint(settings.shop_name, c.code, coupons.coupon_link(c.code, server),
                               words["off"].replace("%1", shown), tuple(lines)) for c in made]
        pdf = coupon_sheet_pdf(printed, language)  # inside the transaction: no coupon is issued unprinted
        return [c.code for c in made], pdf
