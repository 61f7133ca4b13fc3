"""A customer's data export (shop/privacy.py's JSON) as a readable A4 PDF for the person who asked.

In the shop's receipt language (the words the customer reads, not the cashier's), with the fonts
that print Korean and Chinese names. The JSON beside it stays the complete, machine-readable copy;
the PDF shows the same sections: who they are, consents, cards, points, coupons, reservations, receipts.
"""
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from printers.pdf_fonts import LATIN, LATIN_BOLD, markup, register_fonts

WORDS: dict[str, dict[str, str]] = {
    "en": dict(title="Personal data held by %1", about="About you", name="Name", phone="Phone", email="E-mail",
               birthday="Birthday", notes="Notes", tags="Tags", since="Customer since", consents="Marketing consents",
               channel="Channel", given="Given", withdrawn="Withdrawn", how="How", when="When", cards="Loyalty cards",
               code="Code", issued="Issued", revoked="Revoked", points="Points", kind="Entry", reason="Reason",
               balance="Balance", coupons="Coupons", value="Value", valid="Valid until", used="Used",
               reservations="Reservations", pickup="Pick-up", status="Status", deposit="Deposit", receipts="Receipts",
               receipt="Receipt", total="Total", items="Items", none="None", exported="Exported on %1"),
    "it": dict(title="Dati personali conservati da %1", about="I suoi dati", name="Nome", phone="Telefono",
               email="E-mail", birthday="Compleanno", notes="Note", tags="Etichette", since="Cliente dal",
               consents="Consensi al marketing", channel="Canale", given="Dato", withdrawn="Revocato", how="Come",
               when="Quando", cards="Tessere fedeltà", code="Codice", issued="Emessa", revoked="Revocata",
               points="Punti", kind="Movimento", reason="Motivo", balance="Saldo", coupons="Buoni", value="Valore",
               valid="Valido fino al", used="Usato", reservations="Prenotazioni", pickup="Ritiro", status="Stato",
               deposit="Acconto", receipts="Scontrini", receipt="Scontrino", total="Totale", items="Articoli",
               none="Nessuno", exported="Esportato il %1"),
    "hu": dict(title="%1 által tárolt személyes adatok", about="Az Ön adatai", name="Név", phone="Telefon",
               email="E-mail", birthday="Születésnap", notes="Megjegyzés", tags="Címkék", since="Vásárló ekkortól",
               consents="Marketing-hozzájárulások", channel="Csatorna", given="Megadva", withdrawn="Visszavonva",
               how="Hogyan", when="Mikor", cards="Törzsvásárlói kártyák", code="Kód", issued="Kiadva",
               revoked="Visszavonva", points="Pontok", kind="Tétel", reason="Ok", balance="Egyenleg",
               coupons="Kuponok", value="Érték", valid="Érvényes eddig", used="Felhasználva",
               reservations="Foglalások", pickup="Átvétel", status="Állapot", deposit="Előleg", receipts="Nyugták",
               receipt="Nyugta", total="Összesen", items="Tételek", none="Nincs", exported="Exportálva: %1"),
    "ko": dict(title="%1 보유 개인정보", about="고객 정보", name="이름", phone="전화", email="이메일", birthday="생일",
               notes="메모", tags="태그", since="가입일", consents="마케팅 수신 동의", channel="채널", given="동의",
               withdrawn="철회", how="방법", when="일시", cards="멤버십 카드", code="코드", issued="발급",
               revoked="폐기", points="포인트", kind="내역", reason="사유", balance="잔액", coupons="쿠폰",
               value="금액", valid="유효기간", used="사용", reservations="예약", pickup="수령일", status="상태",
               deposit="예약금", receipts="영수증", receipt="영수증", total="합계", items="품목", none="없음",
               exported="내보낸 날짜: %1"),
    "zh": dict(title="%1 保存的个人信息", about="您的信息", name="姓名", phone="电话", email="电子邮件", birthday="生日",
               notes="备注", tags="标签", since="注册日期", consents="营销同意", channel="渠道", given="同意",
               withdrawn="撤回", how="方式", when="时间", cards="会员卡", code="卡号", issued="发卡", revoked="作废",
               points="积分", kind="类型", reason="原因", balance="余额", coupons="优惠券", value="面值",
               valid="有效期至", used="已使用", reservations="预订", pickup="取货日期", status="状态", deposit="定金",
               receipts="小票", receipt="小票", total="合计", items="商品", none="无", exported="导出时间：%1"),
}
GREY = colors.HexColor("#777777")
LINE = colors.HexColor("#bbbbbb")


def _words(language: str) -> dict[str, str]:
    return WORDS.get(language.split("_")[0], WORDS["en"])


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
