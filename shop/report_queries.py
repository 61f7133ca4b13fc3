"""The owner's reports: a Session and a Period in, plain data (JSON-ready dicts) out.

Every report reads the report totals (db/report_totals.py) through shop/report_source.py, so a
report over ten years costs about what one over a month does. `till` limits a report to one till;
None is the whole shop. Amounts are minor units; refunds are negative, as stored.
There is no cost price in the catalogue yet, so no margin: products say `"margin": None`.
"""
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlmodel import Session

from shop.loyalty_rules import load_loyalty_settings
from shop.report_periods import Period
from shop.report_source import aligned, cover, rows_sql, sales_span, stamp
from shop.settings import load_settings

TOP = 20
PAIR_PRODUCTS = 100  # products bought together: pairs among this many most bought products of the period


class Scope:
    """Where a report looks: [start, end) in UTC, the shop's time zone, one till or all."""

    def __init__(self, session: Session, period: Period, till: str | None = None, tz: str | None = None):
        self.session, self.period, self.till = session, period, till
        self.tz = tz or load_settings(session).timezone
        self.start, self.end = period.bounds(self.tz)

    def src(self, table: str) -> tuple[str, list]:
        return rows_sql(self.session, table, self.start, self.end, self.till)

    def query(self, table: str, select: str, params: tuple = ()) -> list[tuple]:
        """`select` reads `src`, the table's rows for the scope (sum `sign * column`)."""
        sql, src_params = self.src(table)
        products = f", g AS MATERIALIZED ({_PRODUCT_SUMS})" if table == "reportproduct" else ""
        return self.session.connection().exec_driver_sql(f"WITH src AS ({sql}){products} {select}",
                                                         tuple(src_params) + tuple(params)).fetchall()


def _hour_totals(scope: Scope) -> list[tuple]:
    return scope.query("reporttotal", "SELECT kind, sum(sign * receipts), sum(sign * subtotal), sum(sign * discounts), "
                       "sum(sign * total), sum(sign * vat), sum(sign * lines), sum(sign * items_milli), "
                       "sum(sign * known_receipts), sum(sign * known_total) FROM src GROUP BY kind")


def summary(scope: Scope) -> dict:
    """Gross, discounts, refunds, net, VAT; receipts, average basket, items per basket."""
    kinds = {row[0]: row[1:] for row in _hour_totals(scope)}
    zero = (0,) * 9
    sale, refund = kinds.get("sale", zero), kinds.get("refund", zero)
    receipts = sale[0] or 0
    return {
        "gross": sale[1] or 0, "discounts": sale[2] or 0, "refunds": refund[3] or 0, "refund_count": refund[0] or 0,
        "net": (sale[3] or 0) + (refund[3] or 0), "vat": (sale[4] or 0) + (refund[4] or 0), "receipts": receipts,
        "average_basket": (sale[3] or 0) // receipts if receipts else 0,
        "items_per_basket": round((sale[6] or 0) / 1000 / receipts, 2) if receipts else 0.0,
        "known_customer_receipts": sale[7] or 0, "known_customer_total": (sale[8] or 0) + (refund[8] or 0),
    }


def _offsets(tz: str, start: datetime, end: datetime) -> list[tuple[str, int]]:
    """The zone's UTC offset (minutes) from each change within [start, end): [(from UTC hour bucket, minutes)]."""
    zone = ZoneInfo(tz)
    minutes = lambda t: int(t.astimezone(zone).utcoffset().total_seconds() // 60)  # noqa: E731
    t = start.astimezone(timezone.utc).replace(minute=0, second=0, microsecond=0)
    changes = [("", minutes(t))]
    day = timedelta(days=1)
    while t < end:
        if minutes(t + day) != changes[-1][1]:  # a change within the day: find its hour
            hour = t
            while minutes(hour) == changes[-1][1]:
                hour += timedelta(hours=1)
            changes.append((hour.isoformat()[:13], minutes(hour)))
        t += day
    return changes


def _local_hours(scope: Scope, group: str, columns: str) -> list[tuple]:
    """reporthour grouped by `group`, expressions of `day` (the UTC date, text) and `minute` (minutes into
    that UTC day plus the zone's offset then: below 0 the local day before, from 1440 the day after).

    The offset is worked out once per hour bucket, in the grouped query (integer arithmetic, no datetime()).
    """
    changes = _offsets(scope.tz, scope.start, scope.end)
    case = " ".join(f"WHEN bucket < ? THEN {prev}" for (_, prev), (bucket, _) in zip(changes, changes[1:]))
    offset = f"CASE {case} ELSE {changes[-1][1]} END" if case else str(changes[-1][1])
    return scope.query("reporthour",
                       f"SELECT {group}, {columns} FROM (SELECT substr(bucket, 1, 10) AS day, "
                       f"CAST(substr(bucket, 12, 2) AS INTEGER) * 60 + {offset} AS minute, "
                       "sum(sign * CASE WHEN kind = 'sale' THEN receipts ELSE 0 END) AS receipts, sum(sign * total) AS net "
                       f"FROM src GROUP BY bucket) GROUP BY {group}",
                       tuple(bucket for bucket, _ in changes[1:]))


def grain_for(period: Period) -> str:
    return "day" if period.days <= 92 else "week" if period.days <= 366 else "month"


def timeline(scope: Scope) -> dict:
    """Net and receipts per local day, week or month (by the period's length), every one of them listed."""
    grain = grain_for(scope.period)
    keys = {_key(day, grain): [0, 0] for day in scope.period.days_list()}
    for day, shift, receipts, net in _local_hours(scope, "day, (minute + 1440) / 1440 - 1", "sum(receipts), sum(net)"):
        point = keys.setdefault(_key(date.fromisoformat(day) + timedelta(days=shift), grain), [0, 0])
        point[0] += net
        point[1] += receipts
    return {"grain": grain, "points": [{"key": k, "net": v[0], "receipts": v[1]} for k, v in keys.items()]}


def _key(day, grain: str) -> str:
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    return day.isoformat()[:7]


def hours(scope: Scope) -> dict:
    """Net and receipts by local hour of the day (0-23) and by weekday (0 = Monday)."""
    by_hour = [[0, 0] for _ in range(24)]
    by_weekday = [[0, 0] for _ in range(7)]
    for hour, weekday, receipts, net in _local_hours(
            scope, "((minute + 1440) % 1440) / 60, (CAST(julianday(day) + 0.5 AS INTEGER) + 6 + (minute + 1440) / 1440) % 7",
            "sum(receipts), sum(net)"):
        for cell in (by_hour[hour], by_weekday[weekday]):
            cell[0] += net
            cell[1] += receipts
    return {"hours": [{"hour": h, "net": n, "receipts": r} for h, (n, r) in enumerate(by_hour)],
            "weekdays": [{"weekday": d, "net": n, "receipts": r} for d, (n, r) in enumerate(by_weekday)]}


_PRODUCT_SUMS = ("SELECT product_key, sum(CASE WHEN kind = 'sale' THEN sign * qty_milli ELSE 0 END) AS qty, "
                 "sum(sign * total) AS revenue, sum(CASE WHEN kind = 'sale' THEN sign * baskets ELSE 0 END) AS baskets, "
                 "sum(CASE WHEN kind = 'refund' THEN sign * total ELSE 0 END) AS refunded, "
                 "sum(CASE WHEN kind = 'refund' THEN -sign * qty_milli ELSE 0 END) AS refunded_qty, "
                 "sum(sign * vat) AS vat FROM src GROUP BY product_key")


def _named(scope: Scope, rows: list[tuple]) -> dict[int, tuple]:
    """Product key (the totals' small number) -> (product id, sku, name, unit, category name)."""
    keys = list({row[0] for row in rows})
    if not keys:
        return {}
    marks = ", ".join("?" * len(keys))
    return {key: rest for key, *rest in scope.session.connection().exec_driver_sql(
        "SELECT k.key, p.id, p.sku, p.name, p.unit, c.name FROM reportproductkey k JOIN product p ON p.id = k.product_id "
        f"LEFT JOIN category c ON c.id = p.category_id WHERE k.key IN ({marks})", tuple(keys))}


def _product_rows(scope: Scope, rows: list[tuple]) -> list[dict]:
    names = _named(scope, rows)
    result = []
    for key, qty, revenue, baskets, refunded, refunded_qty, vat in rows:
        pid, sku, name, unit, category = names.get(key, (None, "", "", "pc", None))
        result.append({"product_id": pid, "sku": sku, "name": name, "unit": unit, "category": category,
                       "qty_milli": qty, "revenue": revenue, "net_of_vat": revenue - vat, "baskets": baskets,
                       "refunded": refunded, "refunded_qty_milli": refunded_qty, "margin": None})
    return result


def products(scope: Scope, top: int = TOP) -> dict:
    """Top and bottom products by revenue (with quantity); margin None: no cost price is recorded."""
    rows = scope.query("reportproduct",
                       f"SELECT * FROM (SELECT 1, * FROM g WHERE qty > 0 ORDER BY revenue DESC LIMIT {int(top)}) "
                       f"UNION ALL SELECT * FROM (SELECT 0, * FROM g WHERE qty > 0 ORDER BY revenue ASC LIMIT {int(top)})")
    return {"top": _product_rows(scope, [row[1:] for row in rows if row[0]]),
            "bottom": _product_rows(scope, [row[1:] for row in rows if not row[0]]), "cost_known": False}


def categories(scope: Scope) -> list[dict]:
    """Revenue, quantity and baskets per category (the one each product had when it was sold)."""
    rows = scope.query("reportcategory",
                       "SELECT c.name, g.revenue, g.qty, g.baskets, g.revenue - g.vat FROM (SELECT category_id, "
                       "sum(sign * total) AS revenue, sum(CASE WHEN kind = 'sale' THEN sign * qty_milli ELSE 0 END) AS qty, "
                       "sum(CASE WHEN kind = 'sale' THEN sign * baskets ELSE 0 END) AS baskets, sum(sign * vat) AS vat "
                       "FROM src GROUP BY category_id) g LEFT JOIN category c ON c.id = g.category_id ORDER BY 2 DESC")
    return [{"category": name, "revenue": revenue, "qty_milli": qty, "baskets": baskets, "net_of_vat": net}
            for name, revenue, qty, baskets, net in rows]


def payments(scope: Scope) -> list[dict]:
    """Money in per payment method (cash less change given), sales and refunds apart."""
    rows = scope.query("reportpayment",
                       "SELECT method, sum(CASE WHEN kind = 'sale' THEN sign * amount ELSE 0 END), "
                       "sum(CASE WHEN kind = 'refund' THEN sign * amount ELSE 0 END), "
                       "sum(CASE WHEN kind = 'sale' THEN sign * receipts ELSE 0 END) FROM src GROUP BY method ORDER BY 2 DESC")
    return [{"method": m, "sales": s, "refunds": r, "net": s + r, "receipts": n} for m, s, r, n in rows]


def vat(scope: Scope) -> list[dict]:
    """Per VAT rate: gross, VAT and net, sales and refunds together (what the return needs), refunds also apart."""
    rows = scope.query("reportvat",
                       "SELECT rate_bp, sum(sign * total), sum(sign * vat), "
                       "sum(CASE WHEN kind = 'refund' THEN sign * total ELSE 0 END) FROM src GROUP BY rate_bp ORDER BY rate_bp DESC")
    return [{"rate_bp": rate, "gross": gross, "vat": tax, "net": gross - tax, "refunds": refunds}
            for rate, gross, tax, refunds in rows]


def cashiers(scope: Scope) -> list[dict]:
    """Per person at the till: receipts, net, discounts given, refunds made."""
    rows = scope.query("reporttotal",
                       "SELECT g.user_id, u.name, g.receipts, g.net, g.discounts, g.refunds, g.refund_count FROM ("
                       "SELECT user_id, sum(CASE WHEN kind = 'sale' THEN sign * receipts ELSE 0 END) AS receipts, "
                       "sum(sign * total) AS net, sum(sign * discounts) AS discounts, "
                       "sum(CASE WHEN kind = 'refund' THEN sign * total ELSE 0 END) AS refunds, "
                       "sum(CASE WHEN kind = 'refund' THEN sign * receipts ELSE 0 END) AS refund_count "
                       "FROM src GROUP BY user_id) g LEFT JOIN user u ON u.id = g.user_id ORDER BY g.net DESC")
    return [{"user_id": uid, "name": name, "receipts": r, "net": n, "discounts": d, "refunds": rf, "refund_count": rc}
            for uid, name, r, n, d, rf, rc in rows]


def refunds(scope: Scope, top: int = TOP) -> dict:
    """Which products come back and why: refunds by reason, and the most refunded products."""
    till = " AND till_id = ?" if scope.till else ""
    reasons = scope.session.connection().exec_driver_sql(
        "SELECT coalesce(reason, ''), count(*), sum(total) FROM sale WHERE kind = 'refund' AND completed_at >= ? "
        f"AND completed_at < ?{till} GROUP BY 1 ORDER BY 3",
        (stamp(scope.start), stamp(scope.end)) + ((scope.till,) if scope.till else ())
    ).fetchall()
    rows = scope.query("reportproduct", "SELECT product_key, 0, 0, 0, sum(sign * total) AS refunded, sum(-sign * qty_milli), 0 "
                       "FROM src WHERE kind = 'refund' GROUP BY product_key HAVING refunded < 0 "
                       f"ORDER BY refunded LIMIT {int(top)}")
    return {"reasons": [{"reason": r, "count": c, "amount": a} for r, c, a in reasons],
            "products": _product_rows(scope, rows)}


def loyalty(scope: Scope) -> dict:
    """Points issued, redeemed, expired and taken back in the period; outstanding at its end and their value.

    The ledger belongs to the customer, not a till: this report is the whole shop's whatever `till` says.
    """
    conn = scope.session.connection()
    kinds = dict(conn.exec_driver_sql(
        "SELECT CASE WHEN kind = 'adjust' AND points > 0 THEN 'adjust+' WHEN kind = 'adjust' THEN 'adjust-' ELSE kind END, "
        "sum(points) FROM pointsentry WHERE at >= ? AND at < ? GROUP BY 1", (stamp(scope.start), stamp(scope.end))).fetchall())
    outstanding = conn.exec_driver_sql("SELECT coalesce(sum(points), 0) FROM pointsentry WHERE at < ?",
                                       (stamp(scope.end),)).scalar_one()
    rules = load_loyalty_settings(scope.session)
    return {
        "issued": kinds.get("earn", 0) + kinds.get("birthday", 0) + kinds.get("adjust+", 0),
        "redeemed": -kinds.get("redeem", 0), "expired": -kinds.get("expire", 0),
        "reversed": -kinds.get("reverse", 0) - kinds.get("adjust-", 0),
        "outstanding": outstanding, "liability": rules.value_of(max(outstanding, 0)), "point_value": rules.point_value,
    }


def customers(scope: Scope) -> dict:
    """Known customers: their share, repeat purchase, new against returning; members against everyone else."""
    before_sql, before_params = rows_sql(scope.session, "reportcustomer", datetime(2000, 1, 1, tzinfo=timezone.utc),
                                         scope.start, scope.till)
    sql, params = scope.src("reportcustomer")
    counts = scope.session.connection().exec_driver_sql(
        f"WITH src AS ({sql}), cur AS (SELECT customer_id, sum(sign * receipts) AS receipts FROM src GROUP BY customer_id "
        f"HAVING sum(sign * receipts) > 0), old AS (SELECT customer_id FROM ({before_sql}) GROUP BY customer_id "
        "HAVING sum(sign * receipts) > 0) SELECT count(*), coalesce(sum(receipts >= 2), 0), "
        "coalesce(sum(customer_id NOT IN (SELECT customer_id FROM old)), 0) FROM cur",
        tuple(params) + tuple(before_params)).one()
    people, repeat, new = counts
    totals = summary(scope)
    receipts, known = totals["receipts"], totals["known_customer_receipts"]
    others = receipts - known
    member_spend, other_spend = totals["known_customer_total"], totals["net"] - totals["known_customer_total"]
    return {
        "customers": people, "new": new, "returning": people - new, "repeat": repeat,
        "repeat_rate": round(repeat / people, 4) if people else 0.0,
        "known_share": round(known / receipts, 4) if receipts else 0.0,
        "members": {"visits": known, "spend": member_spend, "basket": member_spend // known if known else 0,
                    "visits_per_member": round(known / people, 2) if people else 0.0},
        "non_members": {"visits": others, "spend": other_spend, "basket": other_spend // others if others else 0},
    }


def pairs(scope: Scope, top: int = TOP, among: int = PAIR_PRODUCTS) -> dict:
    """Products bought together: pairs among the period's most bought products, how often, and the lift over chance.

    Lift = baskets with both x all baskets / (baskets with one x baskets with the other): 1 is chance, 2 twice as often.
    """
    basket_counts = scope.query("reportproduct", "SELECT product_key, sum(sign * baskets) AS n FROM src WHERE kind = 'sale' "
                                f"AND product_key != 0 GROUP BY product_key HAVING n > 0 ORDER BY n DESC LIMIT {int(among)}")
    receipts = summary(scope)["receipts"]
    if len(basket_counts) < 2 or not receipts:
        return {"pairs": [], "baskets": receipts, "among": among}
    support = dict(basket_counts)  # product key -> baskets holding it
    conn = scope.session.connection()
    ids = list(support)
    values = ", ".join("(?)" for _ in ids)
    buckets, raw = cover(*_clipped(scope))
    parts, params = [], []
    till = " AND p.till_id = ?" if scope.till else ""
    if buckets:
        parts.append(f"SELECT p.product_a, p.product_b, p.baskets FROM ab JOIN reportpair p ON p.product_a = ab.a "
                     f"AND p.product_b = ab.b WHERE p.bucket IN ({', '.join('?' * len(buckets))}){till}")
        params += buckets + ([scope.till] if scope.till else [])
    for a, b in raw:  # the edges from the sale lines of these products only, paired within each sale
        till = " AND s.till_id = ?" if scope.till else ""
        lines = ("SELECT l.sale_id, k.key FROM sale s CROSS JOIN saleline l ON l.sale_id = s.id "
                 "JOIN reportproductkey k ON k.product_id = l.product_id WHERE s.kind = 'sale' "
                 f"AND s.completed_at >= ? AND s.completed_at < ?{till} AND k.key IN (SELECT id FROM t)")
        parts.append(f"SELECT x.key AS product_a, y.key AS product_b, count(DISTINCT x.sale_id) AS baskets FROM ({lines}) x "
                     f"JOIN ({lines}) y ON y.sale_id = x.sale_id AND y.key > x.key GROUP BY 1, 2")
        params += ([stamp(a), stamp(b)] + ([scope.till] if scope.till else [])) * 2
    if not parts:
        return {"pairs": [], "baskets": receipts, "among": among}
    keyed = conn.exec_driver_sql(
        f"WITH t(id) AS (VALUES {values}), ab AS (SELECT ta.id AS a, tb.id AS b FROM t ta JOIN t tb ON tb.id > ta.id) "
        f"SELECT product_a, product_b, sum(baskets) FROM ({' UNION ALL '.join(parts)}) GROUP BY 1, 2 "
        f"ORDER BY 3 DESC LIMIT {int(top)}", tuple(ids) + tuple(params)).fetchall()
    names = _named(scope, [(a,) for a, _, _ in keyed] + [(b,) for _, b, _ in keyed])
    blank = (None, "", "")
    return {"baskets": receipts, "among": among, "pairs": [
        {"a": names.get(a, blank)[2], "b": names.get(b, blank)[2], "a_id": names.get(a, blank)[0],
         "b_id": names.get(b, blank)[0], "together": n,
         "share": round(n / receipts, 5), "lift": round(n * receipts / (support[a] * support[b]), 2)}
        for a, b, n in keyed]}


def _clipped(scope: Scope) -> tuple[datetime, datetime]:
    span = sales_span(scope.session)
    return aligned(scope.start, scope.end, span) if span else (scope.start, scope.start)


REPORTS = {
    "summary": summary, "timeline": timeline, "hours": hours, "products": products, "categories": categories,
    "payments": payments, "vat": vat, "cashiers": cashiers, "refunds": refunds, "loyalty": loyalty,
    "customers": customers, "pairs": pairs,
}


def run(session: Session, name: str, period: Period, till: str | None = None, compare: bool = True) -> dict:
    """One report for the period and, with `compare`, for the previous period and the same one last year."""
    fn = REPORTS[name]
    tz = load_settings(session).timezone
    result = {"name": name, "period": _period_dict(period), "current": fn(Scope(session, period, till, tz))}
    if compare:
        for key, other in (("previous", period.previous()), ("last_year", period.last_year())):
            result[key] = fn(Scope(session, other, till, tz))
            result[key + "_period"] = _period_dict(other)
    return result


def _period_dict(period: Period) -> dict:
    return {"kind": period.kind, "first": period.first.isoformat(), "last": period.last.isoformat()}


def tills(session: Session) -> list[str]:
    """The tills whose sales this shop holds, for choosing one."""
    return list(session.connection().exec_driver_sql(
        "SELECT DISTINCT till_id FROM reporttotal WHERE bucket = '*' ORDER BY till_id").scalars())
