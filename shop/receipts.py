"""Receipt documents: what a sale, a refund or a Z report says on paper, as plain data.

A document is a list of blocks (text, label/amount rows, item lines, the VAT table, a QR code, a
barcode) already translated into the receipt language and with money already formatted in the
shop's locale. `printers/` only lays the blocks out for a paper width or a PDF page, so a receipt
reads the same on every printer and in every format.

The receipt language is the shop's `receipt_language`, not the cashier's interface language.
"""
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time
from sqlmodel import Session, col, func, select

from db.models import Customer, Payment, PointsEntry, Sale, SaleLine, User, VatRate, ZReport
from shop import cards
from shop.cash_rounding import ROUNDING
from shop.errors import SaleNotFound
from shop.money import format_qty, vat_in_gross
from shop.receipt_labels import LABELS, LANGUAGES, labels  # noqa: F401  (also public here)
from shop.settings import ShopSettings, load_settings


# Countries where only a certified fiscal device issues the sale document (Italy's RT, Hungary's
# online cash register): Bottega's slip says it is not one.
NOT_FISCAL_COUNTRIES = ("IT", "HU")


# --- the document ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Text:
    text: str
    align: str = "center"  # center | left
    bold: bool = False
    large: bool = False  # double height on paper, a bigger size in a PDF


@dataclass(frozen=True)
class Rule:
    """A separating line across the paper."""


@dataclass(frozen=True)
class Row:
    """A label on the left, an amount on the right; the amount never wraps."""

    label: str
    amount: str
    bold: bool = False
    large: bool = False


@dataclass(frozen=True)
class Rows:
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Item:
    name: str
    total: str
    vat_code: str
    detail: str | None = None  # "2 x 3,50 €" or "0,486 kg x 39,90 €/kg"
    discount: Row | None = None


@dataclass(frozen=True)
class Items:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class VatTable:
    title: str
    columns: tuple[str, str, str, str]  # rate, net, VAT, gross
    rows: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class Qr:
    payload: str
    caption: str = ""


@dataclass(frozen=True)
class Barcode:
    """A CODE128 barcode of the receipt number, so a return starts with a scan."""

    data: str


Block = Text | Rule | Rows | Items | VatTable | Qr | Barcode


@dataclass(frozen=True)
class ReceiptDocument:
    kind: str  # sale | refund | z_report
    number: str  # receipt number, or "Z12"
    language: str
    title: str
    copy: bool
    blocks: tuple[Block, ...]
    sale_id: str | None = None
    z_report_id: str | None = None
    total: int | None = None  # minor units, for checks; the blocks hold the formatted amounts
    currency: str = ""
    header: tuple[str, ...] = field(default=())  # shop name, address, VAT number line

    @property
    def qr_payload(self) -> str | None:
        return next((b.payload for b in self.blocks if isinstance(b, Qr)), None)

    @property
    def barcode(self) -> str | None:
        return next((b.data for b in self.blocks if isinstance(b, Barcode)), None)


# --- building ---------------------------------------------------------------------------------
class _Formatter:
    def __init__(self, settings: ShopSettings, language: str):
        self.settings = settings
        self.words = labels(language)
        self.zone = ZoneInfo(settings.timezone)

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    def when(self, utc_iso: str) -> str:
        moment = datetime.fromisoformat(utc_iso).astimezone(self.zone)
        locale = self.settings.locale
        return f"{format_date(moment, 'short', locale=locale)} {format_time(moment, 'HH:mm', locale=locale)}"

    def vat(self, gross: int, rate_bp: int) -> int:
        """The VAT in `gross`; in whole units where the shop prices in whole units (Hungary: whole forints)."""
        return self.settings.whole(vat_in_gross(gross, rate_bp))

    def rate(self, rate_bp: int) -> str:
        whole, rest = divmod(rate_bp, 100)
        return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


def qr_payload_for(sale: Sale) -> str:
    """The receipt's QR when no loyalty card is attached: a lookup code for the receipt."""
    return f"bottega://receipt/{sale.receipt_number}?id={sale.id}"


def _card_link(session: Session, customer: Customer | None) -> str | None:
    """The customer's loyalty card link, so the receipt's QR opens their card and points."""
    card = cards.active_card(session, customer.id) if customer else None
    return cards.card_link(card.code, cards.card_server(session)) if card else None


def _points(session: Session, sale: Sale) -> tuple[int, int]:
    """Points this sale moved, and the balance just after it: a reprint next year says the same."""
    entries = session.exec(select(PointsEntry).where(PointsEntry.sale_id == sale.id)).all()
    moved = sum(entry.points for entry in entries)
    until = max([entry.at for entry in entries] + [sale.completed_at])
    balance = session.exec(
        select(func.coalesce(func.sum(PointsEntry.points), 0))
        .where(PointsEntry.customer_id == sale.customer_id, PointsEntry.at <= until)
    ).one()
    return moved, balance


def _header(settings: ShopSettings, words: dict) -> tuple[str, ...]:
    lines = [settings.shop_name]
    lines += [part.strip() for part in settings.address.split("\n") if part.strip()]
    if settings.vat_number:
        lines.append(f"{words['vat_no']} {settings.vat_number}")
    return tuple(lines + _lines(settings.receipt_header))


def _lines(text: str) -> list[str]:
    return [part.strip() for part in text.split("\n") if part.strip()]


def _vat_codes(session: Session) -> dict[int, str]:
    codes: dict[int, str] = {}
    for rate in session.exec(select(VatRate).order_by(VatRate.code)):
        codes.setdefault(rate.rate_bp, rate.code)
    return codes


def sale_receipt(
    session: Session, sale_id: str, *, copy: bool = False, language: str | None = None,
    settings: ShopSettings | None = None, qr_payload: str | None = None,
) -> ReceiptDocument:
    """The receipt of a stored sale or refund; `copy` marks a reprint."""
    settings = settings or load_settings(session)
    language = language or settings.receipt_language
    sale = session.get(Sale, sale_id)
    if sale is None:
        raise SaleNotFound(sale_id)
    fmt = _Formatter(settings, language)
    w = fmt.words
    lines = session.exec(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(col(SaleLine.position))).all()
    payments = session.exec(select(Payment).where(Payment.sale_id == sale.id).order_by(col(Payment.created_at), col(Payment.is_change))).all()
    cashier = session.get(User, sale.user_id)
    customer = session.get(Customer, sale.customer_id) if sale.customer_id else None
    codes = _vat_codes(session)
    title = w["refund"] if sale.kind == "refund" else w["receipt"]
    header = _header(settings, w)

    blocks: list[Block] = []
    if copy:
        blocks.append(Text(f"*** {w['copy']} ***", bold=True, large=True))
    blocks.append(Text(header[0], bold=True, large=True))
    blocks += [Text(line) for line in header[1:]]
    blocks += [Rule(), Text(title, bold=True)]
    meta = [Row(w["number"], sale.receipt_number), Row(w["date"], fmt.when(sale.completed_at))]
    meta.append(Row(w["cashier"], cashier.name if cashier else ""))
    if customer:
        meta.append(Row(w["customer"], customer.name))
    blocks += [Rows(tuple(meta))]
    if sale.kind == "refund" and sale.refund_of_id:
        original = session.get(Sale, sale.refund_of_id)
        blocks.append(Rows((Row(w["refund_of"], original.receipt_number if original else "?"),)))
        if sale.reason:
            blocks.append(Text(f"{w['reason']}: {sale.reason}", align="left"))
    blocks.append(Rule())

    items = []
    for line in lines:
        detail = None
        if line.unit == "kg":
            detail = f"{format_qty(line.qty_milli, 'kg', settings.locale)} x {fmt.money(line.unit_price)}{w['per_kg']}"
        elif line.qty_milli != 1000:
            detail = f"{format_qty(line.qty_milli, line.unit, settings.locale)} x {fmt.money(line.unit_price)}"
        discount = Row(w["discount"], fmt.money(-line.discount)) if line.discount else None
        items.append(Item(line.name, fmt.money(line.gross), codes.get(line.vat_rate_bp, "?"), detail, discount))
    blocks += [Items(tuple(items)), Rule()]

    totals = []
    if sale.discount_total:
        totals += [Row(w["subtotal"], fmt.money(sale.subtotal)), Row(w["discount"], fmt.money(-sale.discount_total))]
    totals.append(Row(w["total"], fmt.money(sale.total), bold=True, large=True))
    rounded = sum(p.amount for p in payments if p.method == ROUNDING)  # +2 when 1 002 was paid with 1 000
    if rounded:  # the cash rounding is its own line; the total and its VAT stay as they are
        totals += [Row(w["rounding"], fmt.money(-rounded)), Row(w["to_pay"], fmt.money(sale.total - rounded), bold=True)]
    blocks.append(Rows(tuple(totals)))

    paid = []
    for payment in payments:
        if payment.method == ROUNDING:
            continue
        if payment.is_change:
            paid.append(Row(w["change"], fmt.money(-payment.amount)))
        else:
            paid.append(Row(w.get(payment.method, payment.method), fmt.money(payment.amount)))
    if paid:
        blocks.append(Rows(tuple(paid)))
    if customer:
        moved, balance = _points(session, sale)
        blocks.append(Rows((Row(w["points_earned"], f"{moved:+d}"), Row(w["points_balance"], str(balance)))))

    per_rate: dict[int, int] = {}
    for line in lines:
        per_rate[line.vat_rate_bp] = per_rate.get(line.vat_rate_bp, 0) + line.total
    vat_rows = []
    for rate_bp, gross in sorted(per_rate.items(), key=lambda kv: -kv[0]):
        vat = fmt.vat(gross, rate_bp)
        vat_rows.append((f"{codes.get(rate_bp, '?')} {fmt.rate(rate_bp)}", fmt.money(gross - vat), fmt.money(vat), fmt.money(gross)))
    blocks += [Rule(), VatTable(w["vat_summary"], (w["rate"], w["net"], w["vat"], w["gross"]), tuple(vat_rows)), Rule()]

    blocks.append(Qr(qr_payload or _card_link(session, customer) or qr_payload_for(sale), w["scan"]))
    blocks.append(Barcode(sale.receipt_number))
    if sale.fiscal_doc_number is not None:  # the RT's documento commerciale for this sale
        blocks.append(Text(f"{w['fiscal_doc']} {sale.fiscal_z_number or 0:04d}-{sale.fiscal_doc_number:04d} {sale.fiscal_serial or ''}"))
    if settings.country in NOT_FISCAL_COUNTRIES:  # Bottega's own slip is never the fiscal document there
        blocks.append(Text(w["not_fiscal"], bold=True))
    blocks.append(Text(w["thanks"], bold=True))
    blocks += [Text(line) for line in _lines(settings.receipt_footer)]
    if copy:
        blocks.append(Text(f"*** {w['copy']} ***", bold=True))
    return ReceiptDocument(
        kind=sale.kind, number=sale.receipt_number, language=language, title=title, copy=copy,
        blocks=tuple(blocks), sale_id=sale.id, total=sale.total, currency=sale.currency, header=header,
    )


def z_report_receipt(
    session: Session, z_report_id: str, *, copy: bool = False, language: str | None = None,
    settings: ShopSettings | None = None,
) -> ReceiptDocument:
    """The Z report of a closed shift, from the figures stored with it."""
    settings = settings or load_settings(session)
    language = language or settings.receipt_language
    report = session.get(ZReport, z_report_id)
    if report is None:
        raise SaleNotFound(z_report_id)
    data = report.data
    fmt = _Formatter(settings, language)
    w = fmt.words
    money = fmt.money
    codes = _vat_codes(session)
    header = _header(settings, w)
    blocks: list[Block] = []
    if copy:
        blocks.append(Text(f"*** {w['copy']} ***", bold=True, large=True))
    blocks.append(Text(header[0], bold=True, large=True))
    blocks += [Text(line) for line in header[1:]]
    blocks += [Rule(), Text(w["z_report"], bold=True)]
    meta = [Row(w["z_number"], str(report.z_number)), Row(w["till"], report.till_id), Row(w["opened"], fmt.when(data["opened_at"]))]
    if data.get("closed_at"):
        meta.append(Row(w["closed"], fmt.when(data["closed_at"])))
    if data.get("closed_by"):
        meta.append(Row(w["closed_by"], data["closed_by"]))
    blocks += [Rows(tuple(meta)), Rule()]
    blocks.append(Rows((
        Row(f"{w['sales']} ({data['sales']['count']})", money(data["sales"]["total"])),
        Row(f"{w['refunds']} ({data['refunds']['count']})", money(data["refunds"]["total"])),
        Row(w["discounts"], money(-data["discounts"])),
        Row(w["net_total"], money(data["net_total"]), bold=True, large=True),
    )))
    rounded = data["payments"].get(ROUNDING, 0)
    if rounded:  # what the cash rounding took off (or added to) the takings, as on each receipt
        blocks.append(Rows((Row(w["rounding"], money(-rounded)),)))
    vat_rows = tuple(
        (f"{codes.get(v['rate_bp'], '?')} {fmt.rate(v['rate_bp'])}", money(v["gross"] - fmt.vat(v["gross"], v["rate_bp"])),
         money(fmt.vat(v["gross"], v["rate_bp"])), money(v["gross"]))
        for v in data["vat"]
    )
    blocks += [Rule(), VatTable(w["vat_summary"], (w["rate"], w["net"], w["vat"], w["gross"]), vat_rows), Rule()]
    blocks.append(Text(w["payments"], align="left", bold=True))
    blocks.append(Rows(tuple(Row(w.get(method, method), money(amount)) for method, amount in data["payments"].items()
                             if method != ROUNDING)))
    cash = data["cash"]
    drawer = [
        Row(w["opening_float"], money(cash["opening_float"])), Row(w["cash"], money(cash["cash_payments"])),
        Row(w["cash_in"], money(cash["cash_in"])), Row(w["cash_out"], money(cash["cash_out"])),
        Row(w["expected"], money(cash["expected"]), bold=True),
    ]
    if cash.get("counted") is not None:
        drawer += [Row(w["counted"], money(cash["counted"])), Row(w["difference"], money(cash["difference"]), bold=True)]
    blocks += [Rule(), Text(w["drawer"], align="left", bold=True), Rows(tuple(drawer)), Rule()]
    # No barcode: the receipt barcode is what the till's refund search accepts, and a Z report is no sale.
    number = f"Z{report.z_number}"
    if copy:
        blocks.append(Text(f"*** {w['copy']} ***", bold=True))
    return ReceiptDocument(
        kind="z_report", number=number, language=language, title=w["z_report"], copy=copy, blocks=tuple(blocks),
        z_report_id=report.id, total=data["net_total"], currency=settings.currency, header=header,
    )


def find_receipt(session: Session, number: str, till_id: str) -> Sale:
    """A sale or refund by its number as typed ('T1-000123', '123'), or 'last' for the till's newest."""
    text = number.strip().upper()
    if text == "LAST":
        sale = session.exec(select(Sale).where(Sale.till_id == till_id).order_by(col(Sale.seq).desc())).first()
    else:
        prefix, _, digits = text.rpartition("-")
        if not digits.isdigit():
            raise SaleNotFound(number)
        sale = session.exec(select(Sale).where(Sale.till_id == (prefix or till_id), Sale.seq == int(digits))).first()
    if sale is None:
        raise SaleNotFound(number)
    return sale


def find_z_report(session: Session, z_number: int | None, till_id: str) -> ZReport:
    """A Z report by number, or the till's latest when `z_number` is None."""
    query = select(ZReport).where(ZReport.till_id == till_id)
    query = query.where(ZReport.z_number == z_number) if z_number is not None else query.order_by(col(ZReport.z_number).desc())
    report = session.exec(query).first()
    if report is None:
        raise SaleNotFound(f"Z{z_number if z_number is not None else ''}")
    return report
