"""A customer's data export (shop/privacy.py's JSON) as a readable A4 PDF for the person who asked.

In the shop's receipt language (the words the customer reads, not the cashier's), with the fonts
that print Korean and Chinese names. The JSON beside it stays the complete, machine-readable copy;
the PDF shows the same sections: who they are, consents, cards, points, coupons, reservations, receipts.
"""
from functools import lru_cache
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from printers.pdf_fonts import LATIN, LATIN_BOLD, markup, register_fonts
from shop.receipt_labels import N_, catalogue

# The customer's words in English, marked for Babel (N_(key, English)); the shop's receipt language
# picks their translation from resources/locale/<lang>/LC_MESSAGES/privacy.po (resources/locale/update.py).
ENGLISH: dict[str, str] = {
    'title': N_('title', 'Personal data held by %1'),
    'about': N_('about', 'About you'),
    'name': N_('name', 'Name'),
    'phone': N_('phone', 'Phone'),
    'email': N_('email', 'E-mail'),
    'birthday': N_('birthday', 'Birthday'),
    'notes': N_('notes', 'Notes'),
    'tags': N_('tags', 'Tags'),
    'since': N_('since', 'Customer since'),
    'consents': N_('consents', 'Marketing consents'),
    'channel': N_('channel', 'Channel'),
    'given': N_('given', 'Given'),
    'withdrawn': N_('withdrawn', 'Withdrawn'),
    'how': N_('how', 'How'),
    'when': N_('when', 'When'),
    'cards': N_('cards', 'Loyalty cards'),
    'code': N_('code', 'Code'),
    'issued': N_('issued', 'Issued'),
    'revoked': N_('revoked', 'Revoked'),
    'points': N_('points', 'Points'),
    'kind': N_('kind', 'Entry'),
    'reason': N_('reason', 'Reason'),
    'balance': N_('balance', 'Balance'),
    'coupons': N_('coupons', 'Coupons'),
    'value': N_('value', 'Value'),
    'valid': N_('valid', 'Valid until'),
    'used': N_('used', 'Used'),
    'reservations': N_('reservations', 'Reservations'),
    'pickup': N_('pickup', 'Pick-up'),
    'status': N_('status', 'Status'),
    'deposit': N_('deposit', 'Deposit'),
    'receipts': N_('receipts', 'Receipts'),
    'receipt': N_('receipt', 'Receipt'),
    'total': N_('total', 'Total'),
    'items': N_('items', 'Items'),
    'none': N_('none', 'None'),
    'exported': N_('exported', 'Exported on %1'),
}
GREY = colors.HexColor("#777777")
LINE = colors.HexColor("#bbbbbb")


@lru_cache(maxsize=16)
def _words(language: str) -> dict[str, str]:
    translations = catalogue("privacy", language)
    return {key: translations.pgettext(key, english) for key, english in ENGLISH.items()}


def _day(stamp) -> str:
    return str(stamp)[:10] if stamp else ""


def export_pdf(data: dict, shop_name: str, language: str = "en", money=lambda cents: f"{cents / 100:.2f}") -> bytes:
    """The export `data` (shop.privacy.export_customer) as an A4 PDF; `money` formats minor units."""
    register_fonts()
    w = _words(language)
    body = ParagraphStyle("body", fontName=LATIN, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY)
    head = ParagraphStyle("head", parent=body, fontName=LATIN_BOLD, fontSize=12, leading=16, spaceBefore=8, spaceAfter=3)
    title = ParagraphStyle("title", parent=head, fontSize=16, leading=20, spaceBefore=0)

    def para(text, style=body, bold=False):
        return Paragraph(markup(str(text if text is not None else ""), bold), style)

    def table(header: list[str], rows: list[list], widths: list[float]) -> Table | Paragraph:
        if not rows:
            return para(w["none"], small)
        cells = [[para(h, small) for h in header]] + [[para(v) for v in row] for row in rows]
        out = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        out.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.5, LINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
        return out

    who = data["customer"]
    flow = [para(w["title"].replace("%1", shop_name), title, bold=True),
            para(w["exported"].replace("%1", str(data.get("exported_at", ""))[:19].replace("T", " ")), small),
            para(w["about"], head, bold=True)]
    facts = [(w["name"], who.get("name")), (w["phone"], who.get("phone")), (w["email"], who.get("email")),
             (w["birthday"], who.get("birthday")), (w["since"], _day(who.get("created_at"))),
             (w["tags"], ", ".join(who.get("tags") or [])), (w["notes"], who.get("notes"))]
    flow.append(table(["", ""], [[k, v or "—"] for k, v in facts], [40 * mm, 130 * mm]))

    flow.append(para(w["consents"], head, bold=True))
    flow.append(table([w["channel"], w["given"], w["how"], w["when"]],
                      [[c["channel"], w["given"] if c["granted"] else w["withdrawn"], c["how"], c["at"][:19].replace("T", " ")]
                       for c in data["consents"]], [35 * mm, 30 * mm, 50 * mm, 55 * mm]))
    flow.append(para(w["cards"], head, bold=True))
    flow.append(table([w["code"], w["issued"], w["revoked"]],
                      [[c["code"], _day(c["issued_at"]), _day(c["revoked_at"])] for c in data["cards"]],
                      [60 * mm, 50 * mm, 50 * mm]))
    balance = sum(p["points"] for p in data["points"])
    flow.append(para(f'{w["points"]} ({w["balance"]}: {balance})', head, bold=True))
    flow.append(table([w["when"], w["kind"], w["points"], w["reason"]],
                      [[_day(p["at"]), p["kind"], p["points"], p.get("reason") or ""] for p in data["points"]],
                      [35 * mm, 30 * mm, 25 * mm, 80 * mm]))
    flow.append(para(w["coupons"], head, bold=True))
    flow.append(table([w["code"], w["value"], w["valid"], w["used"]],
                      [[c["code"], f'{c["value"] / 100:g} %' if c["kind"] == "percent" else money(c["value"]),
                        c.get("valid_until") or "", _day(c.get("redeemed_at"))] for c in data["coupons"]],
                      [45 * mm, 35 * mm, 45 * mm, 45 * mm]))
    flow.append(para(w["reservations"], head, bold=True))
    flow.append(table([w["pickup"], w["status"], w["items"], w["deposit"]],
                      [[r["pickup_date"], r["status"], len(r["lines"]), money(r["deposit"]) if r["deposit"] else ""]
                       for r in data["reservations"]], [40 * mm, 40 * mm, 30 * mm, 40 * mm]))
    flow.append(para(w["receipts"], head, bold=True))
    flow.append(table([w["when"], w["receipt"], w["items"], w["total"]],
                      [[_day(s["completed_at"]), s["receipt"], ", ".join(line["name"] for line in s["lines"]), money(s["total"])]
                       for s in data["sales"]], [25 * mm, 30 * mm, 90 * mm, 25 * mm]))
    flow.append(Spacer(1, 4 * mm))

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=w["title"].replace("%1", shop_name), creator="Bottega",
                            invariant=1, initialFontName=LATIN)
    doc.build(flow)
    return out.getvalue()


def write_export(engine, customer_id: str, user, json_path) -> tuple:
    """Write `<name>.json` (everything) and `<name>.pdf` (to read) for a subject access request.

    The export is audited in the same transaction the files are written in: if a file cannot be
    written, no export is recorded.
    """
    import json
    from pathlib import Path

    from db.engine import write_session

    from shop.privacy import export_customer
    from shop.settings import load_settings

    json_path = Path(json_path)
    pdf_path = json_path.with_suffix(".pdf")
    with write_session(engine) as session:
        settings = load_settings(session)
        data = export_customer(session, customer_id, user, settings.till_id)
        pdf = export_pdf(data, settings.shop_name, settings.receipt_language,
                         money=settings.money)
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        pdf_path.write_bytes(pdf)
    return json_path, pdf_path
