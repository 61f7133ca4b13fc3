"""A period read into the accountant's tables: plain rows of amounts, counts, dates and words.

Amounts stay integer minor units here; the writers turn them into numbers with the shop's own
currency exponent. Every figure comes from the stored sales, payments and movements, and adds up to
the Z reports of the same shifts to the cent, VAT included: a receipt's VAT at a rate is its share of
its shift's VAT at that rate (the Z report computes VAT once on the shift's total per rate; the
shares are split by largest remainder, so a receipt's line may differ by one cent from the VAT
printed on the receipt, and the columns add up to the Z reports).
"""
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Callable
from zoneinfo import ZoneInfo

from sqlmodel import Session

from shop.exports.errors import ExportCancelled
from shop.exports.labels import words
from shop.exports.period import Period
from shop.money import vat_in_gross
from shop.settings import ShopSettings

TEXT, MONEY, COUNT, RATE, DATE, DATETIME = "text", "money", "count", "rate", "date", "datetime"
CASH, CARD, POINTS, DEPOSIT = "cash", "card", "points", "deposit"
# Neither cash nor an electronic payment on the day: loyalty points, and a reservation's deposit
# credited at pickup (the money itself was taken when the goods were put aside).
NOT_MONEY = {POINTS, DEPOSIT}


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = TEXT
    summed: bool = True  # whether the totals row adds it up (amounts and counts only)


@dataclass
class Table:
    name: str  # stable: the file name and the tests' handle
    title: str  # the sheet name, in the shop's language
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    totals_label: str = "TOTAL"

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str) -> list:
        i = self.index(key)
        return [row[i] for row in self.rows]

    def total_row(self) -> list:
        """The totals row: the label first, then the sum of each summed amount or count column."""
        row = []
        for i, column in enumerate(self.columns):
            if column.kind in (MONEY, COUNT) and column.summed:
                row.append(sum(r[i] or 0 for r in self.rows))
            else:
                row.append(None)
        row[0] = self.totals_label
        return row

    def total(self, key: str) -> int:
        return self.total_row()[self.index(key)]


@dataclass
class ExportData:
    period: Period
    settings: ShopSettings
    personal: bool
    tables: list[Table]
    summary: dict

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


def rate_text(rate_bp: int) -> str:
    return f"{Decimal(rate_bp).scaleb(-2).normalize():f}%"


def share_vat(parts: list[tuple[str, int]], rate_bp: int) -> dict[str, int]:
    """The VAT of the summed gross split over the parts, each within a cent of its own exact VAT.

    Floors of the exact shares, then one more unit to the parts with the largest remainders until
    the shares add up to `vat_in_gross(sum, rate)`, what the Z report says for the shift."""
    denominator = 10_000 + rate_bp
    shares, remainders = {}, []
    for key, gross in parts:
        whole, remainder = divmod(gross * rate_bp, denominator)
        shares[key] = whole
        remainders.append((-remainder, key))
    left = vat_in_gross(sum(g for _, g in parts), rate_bp) - sum(shares.values())
    for _, key in sorted(remainders)[:left]:
        shares[key] += 1
    return shares


def collect(session: Session, settings: ShopSettings, period: Period, personal: bool = True,
            cancelled: Callable[[], bool] = lambda: False) -> ExportData:
    """Every table of the period. `personal` adds the customer ids (owner-only, see bundle.py)."""
    w = words(settings.receipt_language)
    low, high = period.utc_bounds(settings.timezone)
    zone = ZoneInfo(settings.timezone)
    conn = session.connection()

    def rows(sql: str, *args):
        return conn.exec_driver_sql(sql, args).fetchall()

    def local(text: str | None) -> datetime | None:
        return None if text is None else datetime.fromisoformat(text).astimezone(zone).replace(tzinfo=None, microsecond=0)

    # This till's own records (in its shifts): other tills' pulled history (issue 11) has no shift
    # here, and its VAT is shared per shift of the till that sold it; each till exports its own.
    sales = rows(
        'SELECT s.id, s.receipt_number, s.completed_at, s.till_id, u.name, s.customer_id, s.kind, o.receipt_number, '
        'o.completed_at, s.reason, s.shift_id, s.discount_total, s.total FROM sale s JOIN "user" u ON u.id = s.user_id '
        "LEFT JOIN sale o ON o.id = s.refund_of_id WHERE s.completed_at >= ? AND s.completed_at < ? "
        "AND s.shift_id IS NOT NULL ORDER BY s.completed_at, s.receipt_number", low, high)
    # VAT is shared per shift and rate over every receipt of the shift, also those outside the period.
    by_shift_rate: dict[tuple[str, int], list[tuple[str, int]]] = defaultdict(list)
    gross_of: dict[str, dict[int, int]] = defaultdict(dict)
    for sale_id, shift_id, rate, gross in rows(
        "SELECT s.id, s.shift_id, l.vat_rate_bp, sum(l.total) FROM saleline l JOIN sale s ON s.id = l.sale_id "
        "WHERE s.shift_id IN (SELECT DISTINCT shift_id FROM sale WHERE completed_at >= ? AND completed_at < ?) "
        "GROUP BY s.id, l.vat_rate_bp", low, high):
        by_shift_rate[(shift_id, rate)].append((sale_id, gross))
        gross_of[sale_id][rate] = gross
    vat_of: dict[str, dict[int, int]] = defaultdict(dict)
    for (_, rate), parts in by_shift_rate.items():
        for sale_id, vat in share_vat(parts, rate).items():
            vat_of[sale_id][rate] = vat
    paid: dict[str, dict[str, int]] = defaultdict(dict)
    for sale_id, method, amount in rows(
        "SELECT p.sale_id, p.method, sum(p.amount) FROM payment p JOIN sale s ON s.id = p.sale_id "
        "WHERE s.completed_at >= ? AND s.completed_at < ? AND s.shift_id IS NOT NULL GROUP BY p.sale_id, p.method", low, high):
        paid[sale_id][method] = amount
    shop_rates = [r for (r,) in rows("SELECT rate_bp FROM vatrate")]
    rates = sorted(set(shop_rates) | {r for g in gross_of.values() for r in g}, reverse=True)
    methods = [CASH, CARD] + sorted({m for p in paid.values() for m in p} - {CASH, CARD})

    def label(method: str) -> str:
        return w.get(method, method)

    journal = _journal(w, sales, rates, methods, gross_of, vat_of, paid, personal, local, label)
    if cancelled():
        raise ExportCancelled()
    daily_vat, daily_totals, payments, kr = _daily(w, settings, sales, rates, methods, gross_of, vat_of, paid, local,
                                                   label, rows("SELECT at, action, detail FROM auditevent WHERE action "
                                                               "IN ('void_line', 'void_sale') AND at >= ? AND at < ?",
                                                               low, high))
    refunds = _refunds(w, sales, gross_of, vat_of, paid, personal, local, label)
    movements = Table("cash_movements", w["cash_movements"], [
        Column("datetime", w["datetime"], DATETIME), Column("till", w["till"]),
        Column("z_number", w["z_number"], COUNT, summed=False), Column("user", w["user"]),
        Column("reason", w["reason"]), Column("cash_in", w["cash_in"], MONEY), Column("cash_out", w["cash_out"], MONEY),
    ], totals_label=w["totals"])
    for at, till, z, user, reason, amount in rows(
        'SELECT m.created_at, s.till_id, s.z_number, u.name, m.reason, m.amount FROM cashmovement m '
        'JOIN shift s ON s.id = m.shift_id JOIN "user" u ON u.id = m.user_id '
        "WHERE m.created_at >= ? AND m.created_at < ? ORDER BY m.created_at", low, high):
        movements.rows.append([local(at), till, z, user, reason, max(amount, 0), min(amount, 0)])
    discounts = Table("discounts", w["discounts"], [
        Column("receipt", w["receipt"]), Column("datetime", w["datetime"], DATETIME), Column("till", w["till"]),
        Column("cashier", w["cashier"]), Column("sku", w["sku"]), Column("product", w["product"]),
        Column("line_gross", w["line_gross"], MONEY), Column("discount", w["discount"], MONEY),
        Column("total", w["total"], MONEY),
    ], totals_label=w["totals"])
    for number, at, till, cashier, sku, name, gross, discount, total in rows(
        'SELECT s.receipt_number, s.completed_at, s.till_id, u.name, l.sku, l.name, l.gross, l.discount, l.total '
        'FROM saleline l JOIN sale s ON s.id = l.sale_id JOIN "user" u ON u.id = s.user_id '
        "WHERE s.completed_at >= ? AND s.completed_at < ? AND l.discount != 0 AND s.shift_id IS NOT NULL "
        "ORDER BY s.completed_at, s.receipt_number, l.position", low, high):
        discounts.rows.append([number, local(at), till, cashier, sku, name, gross, discount, total])
    z_reports = _z_reports(w, rows("SELECT data FROM zreport WHERE created_at >= ? AND created_at < ? AND shift_id IS NOT NULL "
                                   "ORDER BY created_at, till_id, z_number", low, high), rates, methods, local, label)
    open_shifts = rows("SELECT count(DISTINCT s.shift_id) FROM sale s JOIN shift h ON h.id = s.shift_id "
                       "WHERE s.completed_at >= ? AND s.completed_at < ? AND h.closed_at IS NULL", low, high)[0][0]
    tables = [journal, daily_vat, daily_totals, payments, refunds, movements, discounts, z_reports]
    if kr is not None:
        tables.append(kr)
    summary = _summary(sales, journal, daily_totals, movements, z_reports, rates, methods, open_shifts)
    return ExportData(period, settings, personal, tables, summary)


def _journal(w, sales, rates, methods, gross_of, vat_of, paid, personal, local, label) -> Table:
    columns = [Column("receipt", w["receipt"]), Column("datetime", w["datetime"], DATETIME), Column("till", w["till"]),
               Column("cashier", w["cashier"])]
    if personal:
        columns.append(Column("customer", w["customer"]))
    columns += [Column("kind", w["kind"]), Column("refund_of", w["refund_of"])]
    for rate in rates:
        text = rate_text(rate)
        columns += [Column(f"net_{rate}", f"{w['net']} {text}", MONEY), Column(f"vat_{rate}", f"{w['vat']} {text}", MONEY),
                    Column(f"gross_{rate}", f"{w['gross']} {text}", MONEY)]
    columns += [Column("discount", w["discount"], MONEY), Column("total", w["total"], MONEY)]
    columns += [Column(f"pay_{m}", label(m), MONEY) for m in methods]
    table = Table("journal", w["journal"], columns, totals_label=w["totals"])
    for sale_id, number, at, till, cashier, customer, kind, refund_of, _, _, _, discount, total in sales:
        row = [number, local(at), till, cashier] + ([customer] if personal else []) + [w[kind], refund_of]
        for rate in rates:
            gross, vat = gross_of[sale_id].get(rate, 0), vat_of[sale_id].get(rate, 0)
            row += [gross - vat, vat, gross]
        row += [discount, total] + [paid[sale_id].get(m, 0) for m in methods]
        table.rows.append(row)
    return table


def _daily(w, settings, sales, rates, methods, gross_of, vat_of, paid, local, label, voids):
    vat = defaultdict(lambda: [0, 0, 0, 0])  # (day, rate) -> sales gross, sales VAT, refunds gross, refunds VAT
    days = defaultdict(lambda: {"sale": 0, "refund": 0, "voids": 0, "voided": 0, "pay": defaultdict(int), "total": 0})
    pay = defaultdict(lambda: [0, 0])  # (day, method) -> count, amount
    kr = defaultdict(lambda: [0] * 6)
    for sale_id, _, at, _, _, _, kind, *_, total in sales:
        day = local(at).date()
        refund = kind == "refund"
        for rate, gross in gross_of[sale_id].items():
            cell = vat[(day, rate)]
            cell[2 * refund] += gross
            cell[2 * refund + 1] += vat_of[sale_id][rate]
            if rate:
                kr[day][3] += gross - vat_of[sale_id][rate]
                kr[day][4] += vat_of[sale_id][rate]
            else:
                kr[day][5] += gross
        figures = days[day]
        figures[kind] += 1
        figures["total"] += total
        for method, amount in paid[sale_id].items():
            figures["pay"][method] += amount
            pay[(day, method)][0] += 1
            pay[(day, method)][1] += amount
            kr[day][0 if method == CARD else 2] += amount
    for at, _action, detail in voids:
        figures = days[local(at).date()]
        figures["voids"] += 1
        detail = detail if isinstance(detail, dict) else json.loads(detail)
        figures["voided"] += detail.get("gross", detail.get("total", 0))
    daily_vat = Table("daily_vat", w["daily_vat"], [
        Column("day", w["day"], DATE), Column("rate", w["rate"], RATE),
        *(Column(k, w[k], MONEY) for k in ("sales_net", "sales_vat", "sales_gross", "refunds_net", "refunds_vat",
                                          "refunds_gross", "net", "vat", "gross")),
    ], totals_label=w["totals"])
    for (day, rate), (sg, sv, rg, rv) in sorted(vat.items(), key=lambda item: (item[0][0], -item[0][1])):
        daily_vat.rows.append([day, rate, sg - sv, sv, sg, rg - rv, rv, rg, sg + rg - sv - rv, sv + rv, sg + rg])
    daily_totals = Table("daily_totals", w["daily_totals"], [
        Column("day", w["day"], DATE), Column("receipts", w["receipts"], COUNT),
        Column("refunds_count", w["refunds_count"], COUNT), Column("voids", w["voids"], COUNT),
        Column("voided", w["voided"], MONEY), Column("cash", w["cash"], MONEY),
        Column("electronic", w["electronic"], MONEY), Column("other", w["other"], MONEY), Column("total", w["gross"], MONEY),
    ], totals_label=w["totals"])
    for day in sorted(days):
        f = days[day]
        cash = f["pay"].get(CASH, 0)
        other = sum(v for m, v in f["pay"].items() if m in NOT_MONEY)
        electronic = sum(f["pay"].values()) - cash - other
        daily_totals.rows.append([day, f["sale"], f["refund"], f["voids"], f["voided"], cash, electronic, other, f["total"]])
    payments = Table("payments", w["payments"], [
        Column("day", w["day"], DATE), Column("method", w["method"]), Column("count", w["count"], COUNT),
        Column("amount", w["amount"], MONEY),
    ], totals_label=w["totals"])
    order = {m: i for i, m in enumerate(methods)}
    for (day, method), (count, amount) in sorted(pay.items(), key=lambda item: (item[0][0], order[item[0][1]])):
        payments.rows.append([day, label(method), count, amount])
    kr_table = None
    if settings.country.upper() == "KR":
        kr_table = Table("kr_proof", w["kr_proof"], [
            Column("day", w["day"], DATE),
            *(Column(k, w[k], MONEY) for k in ("card_proof", "cash_receipt", "no_proof", "taxed_supply", "taxed_vat",
                                              "exempt")),
            Column("total", w["gross"], MONEY),
        ], totals_label=w["totals"])
        for day in sorted(kr):
            card, receipt, other, supply, tax, exempt = kr[day]
            kr_table.rows.append([day, card, receipt, other, supply, tax, exempt, supply + tax + exempt])
    return daily_vat, daily_totals, payments, kr_table


def _refunds(w, sales, gross_of, vat_of, paid, personal, local, label) -> Table:
    columns = [Column("receipt", w["receipt"]), Column("datetime", w["datetime"], DATETIME), Column("till", w["till"]),
               Column("cashier", w["cashier"])]
    if personal:
        columns.append(Column("customer", w["customer"]))
    columns += [Column("refund_of", w["refund_of"]), Column("original_datetime", w["original_datetime"], DATETIME),
                Column("reason", w["reason"]), Column("method", w["method"]), Column("net", w["net"], MONEY),
                Column("vat", w["vat"], MONEY), Column("gross", w["gross"], MONEY)]
    table = Table("refunds", w["refunds"], columns, totals_label=w["totals"])
    for sale_id, number, at, till, cashier, customer, kind, refund_of, original_at, reason, *_ in sales:
        if kind != "refund":
            continue
        gross, vat = sum(gross_of[sale_id].values()), sum(vat_of[sale_id].values())
        methods = ", ".join(label(m) for m in paid[sale_id])
        table.rows.append([number, local(at), till, cashier] + ([customer] if personal else [])
                          + [refund_of, local(original_at), reason, methods, gross - vat, vat, gross])
    return table


def _z_reports(w, reports, rates, methods, local, label) -> Table:
    columns = [Column("till", w["till"]), Column("z_number", w["z_number"], COUNT, summed=False),
               Column("opened", w["opened"], DATETIME), Column("closed", w["closed"], DATETIME),
               Column("closed_by", w["closed_by"]), Column("sales_count", w["sales_count"], COUNT),
               Column("sales_total", w["sales_total"], MONEY), Column("refunds_count", w["refunds_count"], COUNT),
               Column("refunds_total", w["refunds_total"], MONEY), Column("discounts_total", w["discounts_total"], MONEY),
               Column("net_total", w["net_total"], MONEY)]
    for rate in rates:
        text = rate_text(rate)
        columns += [Column(f"net_{rate}", f"{w['net']} {text}", MONEY), Column(f"vat_{rate}", f"{w['vat']} {text}", MONEY),
                    Column(f"gross_{rate}", f"{w['gross']} {text}", MONEY)]
    columns += [Column(f"pay_{m}", label(m), MONEY) for m in methods]
    columns += [Column("cash_in", w["cash_in"], MONEY), Column("cash_out", w["cash_out"], MONEY),
                Column("expected", w["expected"], MONEY, summed=False), Column("counted", w["counted"], MONEY, summed=False),
                Column("difference", w["difference"], MONEY)]
    table = Table("z_reports", w["z_reports"], columns, totals_label=w["totals"])
    for (data,) in reports:
        z = data if isinstance(data, dict) else json.loads(data)
        vat = {v["rate_bp"]: v for v in z["vat"]}
        row = [z["till_id"], z["z_number"], local(z["opened_at"]), local(z["closed_at"]), z.get("closed_by"),
               z["sales"]["count"], z["sales"]["total"], z["refunds"]["count"], z["refunds"]["total"], z["discounts"],
               z["net_total"]]
        for rate in rates:
            row += [vat.get(rate, {}).get(k, 0) for k in ("net", "vat", "gross")]
        row += [z["payments"].get(m, 0) for m in methods]
        cash = z["cash"]
        row += [cash["cash_in"], cash["cash_out"], cash["expected"], cash["counted"], cash["difference"]]
        table.rows.append(row)
    return table


def _summary(sales, journal: Table, daily: Table, movements: Table, z_reports: Table, rates, methods,
             open_shifts) -> dict:
    """The figures the PDF shows, from the tables themselves so the two can never disagree."""
    by_kind = {"sale": 0, "refund": 0}
    for sale in sales:
        by_kind[sale[6]] += sale[12]
    return {
        "receipts": daily.total("receipts"),
        "refunds_count": daily.total("refunds_count"),
        "sales_total": by_kind["sale"],
        "refunds_total": by_kind["refund"],
        "net_total": journal.total("total"),
        "discounts": journal.total("discount"),
        "vat": [{"rate_bp": r, "net": journal.total(f"net_{r}"), "vat": journal.total(f"vat_{r}"),
                 "gross": journal.total(f"gross_{r}")} for r in rates if journal.total(f"gross_{r}")],
        "payments": {m: journal.total(f"pay_{m}") for m in methods},
        "cash_in": movements.total("cash_in"),
        "cash_out": movements.total("cash_out"),
        "z_count": len(z_reports.rows),
        "open_shifts": open_shifts,
        "daily": [(row[daily.index("day")], row[daily.index("total")]) for row in daily.rows],
    }
