"""The demo shop's history: day after day a shift, its sales and refunds in time order, its Z report.

Rows are tuples for shop/demo/rows.py's bulk inserts, flushed every BATCH_SALES sales.
"""
import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from shop.cash_rounding import ROUNDING, country_rule, round_cash
from shop.demo import loyalty as demo_loyalty
from shop.demo.names import CountryWords
from shop.demo.rows import TILL, epoch_ms, insert_rows, iso
from shop.money import div_round, line_gross, percent_of, vat_in_gross
from syncwire.currency import iso_minor_units

CUSTOMER_SHARE = 0.30  # sales with a loyalty customer attached
REFUND_SHARE = 0.01
DISCOUNT_SHARE = 0.03  # lines with a discount
LINE_COUNTS = (1,) * 25 + (2,) * 22 + (3,) * 17 + (4,) * 12 + (5,) * 9 + (6,) * 7 + (7,) * 5 + (8,) * 3
PIECE_QTY = (1000,) * 82 + (2000,) * 13 + (3000,) * 3 + (4000,) + (6000,)
# Sales on a Monday..Sunday, and opening hours (local) on those days.
SALES_PER_WEEKDAY = (75, 80, 85, 95, 115, 135, 62)
HOURS = ((8, 20),) * 6 + ((9, 13),)
BATCH_SALES = 20_000


class History:
    """Day after day: a shift, its sales and refunds in time order, and its Z report."""

    # Set by shop/demo/create.py once the customers' loyalty ids exist.
    loyalty_ids: Callable[..., list[str]]
    spend_per_point: int

    def __init__(self, conn, rng, ids, words: CountryWords, user_ids, catalogue, people, tz):
        self.conn, self.rng, self.ids, self.words, self.tz = conn, rng, ids, words, tz
        # The country's cash rules, as the till applies them (shop/cash_rounding.py, Cart.step).
        rule = country_rule(words.country, words.currency, iso_minor_units(words.currency))
        self.step = 10 ** iso_minor_units(words.currency) if rule["whole_units"] else 1
        self.rounding_step = rule["cash_rounding_step"]
        self.users = user_ids
        self.catalogue = catalogue
        self.people = people
        self.seq = 0
        self.z = 0
        self.sales = 0
        self.rows: dict[str, list] = {table: [] for table in ("shift", "sale", "saleline", "payment", "zreport", "auditevent",
                                                              "pointsentry")}
        self.recent: list[tuple] = []  # recent sales a customer may bring back
        self.refunded: set[str] = set()
        self.product_range = range(len(catalogue.rows))
        self.card_threshold = 2000 * words.price_factor
        self.vat = lru_cache(maxsize=None)(vat_in_gross)  # the same totals at the same rates, again and again

    def flush(self) -> None:
        for table, rows in self.rows.items():
            if rows:
                insert_rows(self.conn, table, rows)
                rows.clear()

    def day(self, offset: int, day: date) -> None:
        rng, rows = self.rng, self.rows
        weekday = day.weekday()
        count = SALES_PER_WEEKDAY[weekday] + rng.randint(-12, 12) + (15 if day.month == 12 else 0)
        count = max(60, min(150, count))
        open_hour, close_hour = HOURS[weekday]
        opens = datetime(day.year, day.month, day.day, open_hour, tzinfo=self.tz).astimezone(timezone.utc)
        span = (close_hour - open_hour) * 3600 * 1_000_000
        rand = rng.random
        times = sorted(int(rand() * span) for _ in range(count))
        role = "owner" if weekday == 6 else "manager" if weekday == 2 else "cashier"
        user_id, user_name = self.users[role]
        opened = opens - timedelta(minutes=15)
        closed = opens + timedelta(microseconds=span, minutes=rng.randint(5, 25))
        shift_id, audit_id = self.ids(epoch_ms(opened), 2)
        opening_float = self.words.opening_float
        rows["auditevent"].append((audit_id, iso(opened), TILL, user_id, "shift_open", None,
                                   json.dumps({"opening_float": opening_float})))
        tally = _Tally()
        eligible = bisect_left(self.people.joined_day, offset)
        # Times as text without a datetime each: microseconds since midnight UTC of the opening.
        midnight = opens.replace(hour=0, minute=0, second=0, microsecond=0)
        start, midnight_ms = (opens - midnight) // timedelta(microseconds=1), epoch_ms(midnight)
        dates = (midnight.date().isoformat(), (midnight.date() + timedelta(days=1)).isoformat())
        for t in times:
            rolled, in_day = divmod(start + t, 86_400_000_000)
            seconds, micro = divmod(in_day, 1_000_000)
            hours, seconds = divmod(seconds, 3600)
            minutes, seconds = divmod(seconds, 60)
            at = f"{dates[rolled]}T{hours:02d}:{minutes:02d}:{seconds:02d}.{micro:06d}+00:00"
            ms = midnight_ms + (start + t) // 1000
            self.seq += 1
            if self.recent and rand() < REFUND_SHARE and self._refund(ms, at, shift_id, user_id, tally):
                continue
            self._sale(ms, at, shift_id, user_id, eligible, tally)
        self._close(shift_id, user_id, user_name, opened, closed, opening_float, tally)
        if len(self.rows["sale"]) >= BATCH_SALES:
            self.flush()

    def _sale(self, ms: int, at: str, shift_id: str, user_id: str, eligible: int, tally: "_Tally") -> None:
        random = self.rng.random
        n_lines = LINE_COUNTS[int(random() * 100)]
        sale_id, *ids = self.ids(ms, n_lines + 3)
        products, popularity = self.catalogue.rows, self.catalogue.popularity
        top, last = popularity[-1], len(popularity) - 1
        vat, vat_of = tally.vat, self.vat
        lines, subtotal, discount_total = [], 0, 0
        for position in range(1, n_lines + 1):
            pid, sku, name, unit, price, rate_bp, grams, grams_span = products[
                bisect_right(popularity, random() * top, 0, last)]
            if grams:
                qty = grams + int(random() * grams_span)
                gross = div_round(line_gross(qty, price), self.step) * self.step
            else:
                qty = PIECE_QTY[int(random() * 100)]
                gross = price * (qty // 1000)
            discount = percent_of(gross, 1000 if random() < 0.5 else 500) if random() < DISCOUNT_SHARE else 0
            discount = div_round(discount, self.step) * self.step
            total = gross - discount
            lines.append((ids[position - 1], sale_id, position, pid, sku, name, unit, qty, price, rate_bp, gross,
                          discount, total, vat_of(total, rate_bp), 0, None))
            subtotal += gross
            discount_total += discount
            vat[rate_bp] = vat.get(rate_bp, 0) + total
        total = subtotal - discount_total
        customer_id = None
        if eligible and random() < CUSTOMER_SHARE:
            frequency = self.people.frequency
            customer_id = self.people.ids[bisect_right(frequency, random() * frequency[eligible - 1], 0, eligible - 1)]
        card_share = self.words.card_share / (100 if total >= self.card_threshold else 140)
        method = "card" if random() < card_share else "cash"
        pays = self.rows["payment"]
        if method == "card":
            pays.append((ids[-2], sale_id, "card", total, 0, at))
        else:
            due = round_cash(total, self.rounding_step)
            tendered = self._tender(due)
            pays.append((ids[-2], sale_id, "cash", tendered, 0, at))
            if tendered > due:
                pays.append((ids[-1], sale_id, "cash", due - tendered, 1, at))
            if due != total:  # the rounding line: payments add up to the total, the cash rows to the drawer
                pays.append((ids[-3], sale_id, ROUNDING, total - due, 0, at))
                tally.add_payment(ROUNDING, total - due)
        tally.add("sale", total, discount_total, method, total if method == "card" else round_cash(total, self.rounding_step))
        self.rows["sale"].append((sale_id, TILL, self.seq, f"{TILL}-{self.seq:06d}", "sale", None, None, shift_id,
                                  self._seller(user_id), customer_id, self.words.currency, subtotal, discount_total,
                                  total, at))
        self.rows["saleline"].extend(lines)
        if customer_id:
            earned = demo_loyalty.earn_row(self.loyalty_ids(ms)[0], customer_id, sale_id, total, at, self.spend_per_point)
            if earned:
                self.rows["pointsentry"].append(earned)
        self.sales += 1
        if len(self.recent) < 400:
            self.recent.append((sale_id, customer_id, method, lines))
        else:
            self.recent[self.seq % 400] = (sale_id, customer_id, method, lines)

    def _seller(self, shift_user: str) -> str:
        """Mostly whoever opened the shift; the manager steps in now and then."""
        return shift_user if self.rng.random() < 0.85 else self.users["manager"][0]

    def _tender(self, total: int) -> int:
        """What a customer paying cash hands over: the exact sum, a round sum or the next note up."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.2:
            return total
        notes = self.words.denominations
        above = [d for d in notes if d >= total]
        if roll < 0.6 and above:
            return above[0]
        unit = rng.choice([d for d in notes if d <= total] or [notes[0]])
        return -(-total // unit) * unit

    def _refund(self, ms: int, at: str, shift_id: str, user_id: str, tally: "_Tally") -> bool:
        """A customer brings back one line of a recent sale (part of it if they bought several)."""
        rng = self.rng
        sale_id, customer_id, method, lines = rng.choice(self.recent)
        if sale_id in self.refunded:
            return False
        self.refunded.add(sale_id)
        line = rng.choice(lines)
        line_id, _, _, pid, sku, name, unit, qty, price, rate_bp, _, _, paid = line[:13]
        back = 1000 if unit == "pc" and qty > 1000 and rng.random() < 0.5 else qty
        amount = paid if back == qty else div_round(paid * back, qty * self.step) * self.step
        refund_id, line_id_, payment_id, audit_id = self.ids(ms, 4)
        reason = rng.choice(self.words.refund_reasons)
        self.rows["sale"].append((refund_id, TILL, self.seq, f"{TILL}-{self.seq:06d}", "refund", sale_id, reason,
                                  shift_id, user_id, customer_id, self.words.currency, -amount, 0, -amount, at))
        self.rows["saleline"].append((line_id_, refund_id, 1, pid, sku, name, unit, -back, price, rate_bp, -amount,
                                      0, -amount, vat_in_gross(-amount, rate_bp), 0, line_id))
        paid_back = round_cash(-amount, self.rounding_step) if method == "cash" else -amount
        self.rows["payment"].append((payment_id, refund_id, method, paid_back, 0, at))
        if paid_back != -amount:
            self.rows["payment"].append((self.ids(ms, 1)[0], refund_id, ROUNDING, -amount - paid_back, 0, at))
            tally.add_payment(ROUNDING, -amount - paid_back)
        self.rows["auditevent"].append((audit_id, at, TILL, user_id, "refund", refund_id, json.dumps(
            {"refund_of": sale_id, "reason": reason, "total": -amount})))
        tally.vat[rate_bp] = tally.vat.get(rate_bp, 0) - amount
        tally.add("refund", -amount, 0, method, paid_back)
        self.sales += 1
        return True

    def _close(self, shift_id, user_id, user_name, opened, closed, opening_float, tally: "_Tally") -> None:
        """Close the day's shift with a Z report shaped like shop.reports.shift_summary."""
        rng = self.rng
        self.z += 1
        expected = opening_float + tally.payments.get("cash", 0)
        counted = expected + (rng.choice((-100, -50, 50, 100, 200)) * self.words.price_factor
                              if rng.random() < 0.05 else 0)
        closed_at = iso(closed)
        summary = {
            "shift_id": shift_id, "till_id": TILL, "opened_at": iso(opened),
            "sales": {"count": tally.count["sale"], "total": tally.total["sale"]},
            "refunds": {"count": tally.count["refund"], "total": tally.total["refund"]},
            "discounts": tally.discounts,
            "net_total": tally.total["sale"] + tally.total["refund"],
            "vat": [{"rate_bp": rate, "gross": gross, "vat": vat_in_gross(gross, rate),
                     "net": gross - vat_in_gross(gross, rate)} for rate, gross in sorted(tally.vat.items(), reverse=True)],
            "payments": dict(sorted(tally.payments.items())),
            "cash": {"opening_float": opening_float, "cash_payments": tally.payments.get("cash", 0), "cash_in": 0,
                     "cash_out": 0, "expected": expected, "counted": counted, "difference": counted - expected},
            "z_number": self.z, "closed_at": closed_at, "closed_by": user_name,
        }
        rows = self.rows
        rows["shift"].append((shift_id, TILL, user_id, iso(opened), opening_float, user_id, closed_at, counted,
                              expected, self.z))
        report_id, audit_id = self.ids(epoch_ms(closed), 2)
        rows["zreport"].append((report_id, TILL, self.z, shift_id, json.dumps(summary), closed_at))
        rows["auditevent"].append((audit_id, closed_at, TILL, user_id, "shift_close", None,
                                   json.dumps({"z_number": self.z, "counted": counted, "expected": expected})))


class _Tally:
    """Running figures of one shift, for its Z report."""

    def __init__(self):
        self.count = {"sale": 0, "refund": 0}
        self.total = {"sale": 0, "refund": 0}
        self.discounts = 0
        self.vat: dict[int, int] = {}
        self.payments: dict[str, int] = {}

    def add(self, kind: str, total: int, discount: int, method: str, paid: int) -> None:
        self.count[kind] += 1
        self.total[kind] += total
        self.discounts += discount
        self.payments[method] = self.payments.get(method, 0) + paid

    def add_payment(self, method: str, amount: int) -> None:
        self.payments[method] = self.payments.get(method, 0) + amount
