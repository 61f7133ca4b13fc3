"""The accountant's PDF summary of a period: key figures, VAT by rate, payments, cash, Z reports, a chart.

In the shop's receipt language and fonts (printers/pdf_fonts.py), from the same `ExportData` the CSV
and XLSX files are written from, so the three never disagree. Amounts are shown with
`settings.money`, the shop's own currency exponent.
"""
from io import BytesIO
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from printers.pdf import Sizes
from printers.pdf_fonts import LATIN, register_fonts
from shop.exports.labels import words
from shop.exports.tables import ExportData, rate_text
from shop.receipt_labels import labels

ACCENT = colors.HexColor("#4f6d7a")
SHADE = colors.HexColor("#eeeeee")
WIDTH = A4[0] - 36 * mm


def _grid(sz: Sizes, rows: list[list[str]], widths: list[float], total: bool = False) -> Table:
    """A table of label and amount columns: header row shaded, amounts right-aligned, an optional totals row."""
    cells = [[sz.para(text, bold=(r == 0 or (total and r == len(rows) - 1)), align=TA_RIGHT if c else 0)
              for c, text in enumerate(row)] for r, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    style = [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, ACCENT),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if total:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, ACCENT))
    table.setStyle(TableStyle(style))
    return table


def _chart(daily: list, settings) -> Drawing:
    """Daily takings as bars; the values are drawn, never added up, so plain floats are fine here."""
    drawing = Drawing(WIDTH, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 8 * mm, WIDTH - 18 * mm, 50 * mm
    scale = 10 ** settings.currency_exponent
    chart.data = [[total / scale for _, total in daily] or [0]]
    chart.categoryAxis.categoryNames = [str(day.day) for day, _ in daily] or [""]
    chart.categoryAxis.labels.fontName = LATIN
    chart.categoryAxis.labels.fontSize = 6 if len(daily) > 40 else 7
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def summary_pdf(data: ExportData) -> bytes:
    settings, summary = data.settings, data.summary
    w, r = words(settings.receipt_language), labels(settings.receipt_language)
    money = settings.money
    sz = Sizes(9.5, 16, 8, cjk_wrap=settings.receipt_language.lower().startswith("zh"))
    register_fonts()
    period = f"{data.period.start.isoformat()} – {data.period.end.isoformat()}"
    story = [
        sz.para(w["title"], sz.large, bold=True), Spacer(1, 2 * mm),
        sz.para(" · ".join(p for p in (settings.shop_name, settings.address, settings.vat_number) if p)),
        sz.para(f"{w['period']}: {period}   {w['currency']}: {settings.currency}"), Spacer(1, 5 * mm),
    ]
    key = [[w["summary"], w["count"], w["amount"]],
           [r["sales"], str(summary["receipts"]), money(summary["sales_total"])],
           [r["refunds"], str(summary["refunds_count"]), money(summary["refunds_total"])],
           [r["discounts"], "", money(summary["discounts"])],
           [r["net_total"], "", money(summary["net_total"])]]
    story += [_grid(sz, key, [80 * mm, 30 * mm, 45 * mm], total=True), Spacer(1, 5 * mm)]
    vat = [[w["vat_by_rate"], w["net"], w["vat"], w["gross"]]]
    vat += [[rate_text(v["rate_bp"]), money(v["net"]), money(v["vat"]), money(v["gross"])] for v in summary["vat"]]
    vat.append([w["totals"]] + [money(sum(v[k] for v in summary["vat"])) for k in ("net", "vat", "gross")])
    story += [_grid(sz, vat, [50 * mm, 40 * mm, 40 * mm, 40 * mm], total=True), Spacer(1, 5 * mm)]
    pays = [[w["by_method"], w["amount"]]]
    pays += [[w.get(m, m), money(a)] for m, a in summary["payments"].items()]
    pays.append([w["totals"], money(sum(summary["payments"].values()))])
    cash = [[w["cash_movements"], w["amount"]], [w["cash_in"], money(summary["cash_in"])],
            [w["cash_out"], money(summary["cash_out"])]]
    story += [_grid(sz, pays, [80 * mm, 45 * mm], total=True), Spacer(1, 5 * mm), _grid(sz, cash, [80 * mm, 45 * mm]),
              Spacer(1, 5 * mm)]
    if "kr_proof" in {t.name for t in data.tables}:
        kr = data.table("kr_proof")
        keys = ("card_proof", "cash_receipt", "no_proof", "taxed_supply", "taxed_vat", "exempt")
        rows = [[w["kr_proof"], w["amount"]]] + [[w[k], money(kr.total(k))] for k in keys]
        story += [_grid(sz, rows, [80 * mm, 45 * mm]), Spacer(1, 5 * mm)]
    story.append(sz.para(f"{w['z_count']}: {summary['z_count']}"))
    if summary["open_shifts"]:
        story.append(sz.para(f"{w['open_shifts']}: {summary['open_shifts']}", color=colors.HexColor("#a03030")))
    story += [Spacer(1, 5 * mm), sz.para(w["daily_chart"], bold=True), _chart(summary["daily"], settings)]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(LATIN, 7)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{doc.page}")
        canvas.restoreState()

    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"{w['title']} {period}", author=settings.shop_name,
                            creator="Bottega", invariant=1, initialFontName=LATIN, lang=settings.receipt_language)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def write_pdf(data: ExportData, folder: Path) -> list[Path]:
    path = folder / f"summary_{data.period.slug()}.pdf"
    path.write_bytes(summary_pdf(data))
    return [path]
