"""The shop's history on this till: other tills' sales, refunds, cash movements and Z reports.

Pulled records are stored by their global id, once (a record this till has already, its own or
pulled before, is skipped), and are never this till's own: they belong to no shift here
(`shift_id` empty), so this till's Z report, cash drawer and receipt numbering never count them.
A link this till cannot honour (a user or product it does not know) is left empty; the server
keeps every record whole.

Refunds of one line at two tills while both were offline can together return more than was sold:
each till allowed only what it knew was left, and both refunds happened (the money went back), so
both are kept. `flag_over_refunds` finds such lines whenever a pulled refund or sale completes the
picture, and keeps them in the `setting` row "refunds.over" for the owner (Z report, back office).
"""
import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from db import report_totals
from db.engine import read_session
from db.ids import utc_now
from db.models import Setting
from shop.settings import load_settings, save_settings
from syncwire import messages as m

SALE_COLUMNS = ("id", "till_id", "seq", "receipt_number", "kind", "refund_of_id", "reason", "shift_id", "user_id",
                "customer_id", "currency", "subtotal", "discount_total", "total", "completed_at")
LINE_COLUMNS = ("id", "sale_id", "position", "product_id", "sku", "name", "unit", "qty_milli", "unit_price", "vat_rate_bp",
                "gross", "discount", "total", "vat", "price_overridden", "refunded_line_id")
PAYMENT_COLUMNS = ("id", "sale_id", "method", "amount", "is_change", "created_at")
MOVEMENT_COLUMNS = ("id", "shift_id", "user_id", "amount", "reason", "created_at")
OVER_KEY = "refunds.over"


def _present(session: Session, table: str, ids) -> set:
    ids = list({i for i in ids if i})
    found = set()
    for start in range(0, len(ids), 900):  # SQLite's bound-parameter limit
        chunk = ids[start:start + 900]
        rows = session.connection().exec_driver_sql(f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))
        found.update(row[0] for row in rows)
    return found


def apply_sales(session: Session, changes: list[m.Change], own_till: str) -> int:
    """Store the page's sales and refunds this till lacks, with their lines and payments; how many."""
    whole = [c.data for c in changes]
    have = _present(session, "sale", (d["sale"]["id"] for d in whole))
    new, seen = [], set()
    for data in whole:
        if data["sale"]["id"] not in have and data["sale"]["id"] not in seen:
            seen.add(data["sale"]["id"])
            new.append(data)
    if not new:
        return 0
    users = _present(session, '"user"', (d["sale"].get("user_id") for d in new))
    customers = _present(session, "customer", (d["sale"].get("customer_id") for d in new))
    products = _present(session, "product", (line.get("product_id") for d in new for line in d["lines"]))
    sales, lines, payments = [], [], []
    for data in new:  # tuples in the columns' order, straight from the wire: a page is 1,000 sales
        sale = data["sale"]
        sale_id, user, customer = sale["id"], sale.get("user_id"), sale.get("customer_id")
        sales.append((sale_id, sale.get("till_id"), sale.get("seq"), sale.get("receipt_number"), sale.get("kind"),
                      sale.get("refund_of_id"), sale.get("reason"), None, user if user in users else None,
                      customer if customer in customers else None, sale.get("currency"), sale.get("subtotal"),
                      sale.get("discount_total"), sale.get("total"), sale.get("completed_at")))
        for position, line in enumerate(data["lines"], start=1):
            product = line.get("product_id")
            lines.append((line.get("id"), sale_id, line.get("position") or position, product if product in products else None,
                          line.get("sku") or "", line.get("name"), line.get("unit") or "pc", line.get("qty_milli"),
                          line.get("unit_price"), line.get("vat_rate_bp"), line.get("gross"), line.get("discount"),
                          line.get("total"), line.get("vat"), bool(line.get("price_overridden")), line.get("refunded_line_id")))
        for pay in data["payments"]:
            payments.append((pay.get("id"), sale_id, pay.get("method"), pay.get("amount"), bool(pay.get("is_change")),
                             pay.get("created_at") or sale.get("completed_at")))
    # The DB-API connection of the session's transaction: SQLAlchemy's own round per statement was
    # a tenth of a history write (about twenty statements each).
    conn = session.connection().connection.driver_connection
    for table, columns, rows in (("sale", SALE_COLUMNS, sales), ("saleline", LINE_COLUMNS, lines), ("payment", PAYMENT_COLUMNS, payments)):
        if rows:
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    report_totals.add_sales(conn, [row[0] for row in sales])  # the owner's reports count every till's takings
    mine = [row[2] for row in sales if row[1] == own_till and isinstance(row[2], int)]
    if mine:  # this till's own sales restored from the server: its numbering goes on after them
        conn.execute("INSERT OR IGNORE INTO tillcounter (till_id, next_receipt, next_z) VALUES (?, 1, 1)", (own_till,))
        conn.execute("UPDATE tillcounter SET next_receipt = max(next_receipt, ?) WHERE till_id = ?", (max(mine) + 1, own_till))
    # A refund's line, or a sold line whose refunds came first (newest first): either may complete an over-refund.
    refunded = conn.execute("SELECT DISTINCT refunded_line_id FROM saleline WHERE refunded_line_id IN "
                            "(SELECT value FROM json_each(?))", (_json([row[0] for row in lines]),))
    flag_over_refunds(session, {row[15] for row in lines if row[15]} | {row[0] for row in refunded})
    return len(sales)


def apply_cash_movement(session: Session, data: dict) -> bool:
    """Another till's cash in or out: kept for the shop's reports, in no drawer of this till."""
    if _present(session, "cashmovement", {data.get("id")}):
        return False
    row = {c: data.get(c) for c in MOVEMENT_COLUMNS}
    row.update(shift_id=None, user_id=row["user_id"] if _present(session, '"user"', {row["user_id"]}) else None,
               reason=row["reason"] or "", created_at=row["created_at"] or utc_now())
    session.connection().exec_driver_sql(
        f"INSERT INTO cashmovement ({', '.join(MOVEMENT_COLUMNS)}) VALUES ({', '.join('?' * len(MOVEMENT_COLUMNS))})",
        tuple(row[c] for c in MOVEMENT_COLUMNS))
    return True


def apply_z_report(session: Session, change_id: str, data: dict) -> bool:
    """Another till's Z report, as it printed it; never one of this till's shifts."""
    summary = data.get("data") or {}
    done = session.connection().exec_driver_sql(
        "INSERT OR IGNORE INTO zreport (id, till_id, z_number, shift_id, data, created_at) VALUES (?, ?, ?, NULL, json(?), ?)",
        (change_id, data["till_id"], data["z_number"], _json(summary), summary.get("closed_at") or utc_now()))
    return done.rowcount == 1


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- refunds of one line at two tills -----------------------------------------------------------
@dataclass(frozen=True)
class OverRefund:
    line_id: str
    receipt_number: str
    name: str
    sold_milli: int
    refunded_milli: int  # more than sold
    refunds: list[str]  # the refunds' receipt numbers
    found_at: str


def flag_over_refunds(session: Session, line_ids: set) -> list[OverRefund]:
    """Keep, for the owner, every line among `line_ids` whose refunds together exceed what was sold."""
    ids = [i for i in line_ids if i]
    found = []
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        found += session.connection().exec_driver_sql(
            "SELECT l.id, s.receipt_number, l.name, l.qty_milli, -sum(r.qty_milli), group_concat(rs.receipt_number, ' ') "
            "FROM saleline l JOIN sale s ON s.id = l.sale_id JOIN saleline r ON r.refunded_line_id = l.id "
            "JOIN sale rs ON rs.id = r.sale_id "
            f"WHERE l.id IN ({','.join('?' * len(chunk))}) GROUP BY l.id HAVING -sum(r.qty_milli) > l.qty_milli",
            tuple(chunk)).fetchall()
    if not found:
        return []
    row = session.get(Setting, OVER_KEY) or Setting(key=OVER_KEY, value={})
    known = {entry["line_id"]: entry for entry in (row.value or {}).get("records", [])}
    now = utc_now()
    flagged = []
    for line_id, receipt, name, sold, refunded, refunds in found:
        entry = dict(line_id=line_id, receipt_number=receipt, name=name, sold_milli=sold, refunded_milli=refunded,
                     refunds=sorted(refunds.split(" ")), found_at=known.get(line_id, {}).get("found_at", now))
        if known.get(line_id) != entry:
            known[line_id] = entry
            flagged.append(OverRefund(**entry))
    row.value = {"records": sorted(known.values(), key=lambda e: e["found_at"])}
    session.add(row)
    session.flush()
    return flagged


def over_refunds(session: Session, since: str | None = None) -> list[OverRefund]:
    """Lines refunded beyond what was sold (two tills, offline), oldest found first; `since`: found on or after."""
    row = session.get(Setting, OVER_KEY)
    entries = (row.value or {}).get("records", []) if row is not None else []
    return [OverRefund(**e) for e in entries if since is None or e["found_at"] >= since]


# --- retention ----------------------------------------------------------------------------------
def keep_years(session: Session) -> int:
    """The owner's retention for the other tills' history here (a shared setting; 0: everything)."""
    return load_settings(session).history_keep_years


def set_keep_years(session: Session, years: int) -> None:
    """Set the retention on this till (the owner publishes it to every till as the shared "shop"
    setting); what falls outside goes at the next prune."""
    if not isinstance(years, int) or isinstance(years, bool) or not 0 <= years <= 100:
        raise ValueError(years)
    settings = load_settings(session)
    settings.history_keep_years = years
    save_settings(session, settings)


def history_since(session: Session, today: date) -> str | None:
    """The first day this till keeps other tills' history for, or None (everything)."""
    years = keep_years(session)
    return (today - timedelta(days=365 * years + years // 4)).isoformat() if years else None


PRUNE_CHUNK = 500  # sales forgotten in one write: the cashier waits for one chunk at most


def prune_history(session: Session, today: date, chunk: int = PRUNE_CHUNK) -> int:
    """Forget up to `chunk` of the oldest other tills' sales beyond the retention, with their lines and
    payments (and such cash movements and Z reports); how many sales. Call again while it returns `chunk`.

    Never pruned: this till's own records (its shifts': its fiscal memory, and what waits to be sent),
    and a sale that a refund of a shift still open here points at (its Z report names it). The
    server keeps everything.
    """
    since = history_since(session, today)
    if since is None:
        return 0
    conn = session.connection()
    ids = [row[0] for row in conn.exec_driver_sql(
        "SELECT id FROM sale WHERE shift_id IS NULL AND completed_at < ? AND id NOT IN ("
        "  SELECT r.refund_of_id FROM sale r JOIN shift ON shift.id = r.shift_id"
        "  WHERE shift.closed_at IS NULL AND r.refund_of_id IS NOT NULL) "
        "AND id NOT IN (SELECT record_id FROM outbox WHERE record_type = 'sale' AND sent_at IS NULL) "
        "ORDER BY completed_at LIMIT ?", (since, chunk))]
    if ids:
        lot = "(SELECT value FROM json_each(?))"
        param = _json(ids)
        for table in ("pointsentry", "coupon", "reservation"):
            conn.exec_driver_sql(f"UPDATE {table} SET sale_id = NULL WHERE sale_id IN {lot}", (param,))
        for table in ("payment", "saleline"):
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE sale_id IN {lot}", (param,))
        conn.exec_driver_sql(f"DELETE FROM sale WHERE id IN {lot}", (param,))
    if len(ids) < chunk:  # the sales are done: the few cash movements and Z reports go with the last chunk
        conn.exec_driver_sql("DELETE FROM cashmovement WHERE shift_id IS NULL AND created_at < ?", (since,))
        conn.exec_driver_sql("DELETE FROM zreport WHERE shift_id IS NULL AND created_at < ?", (since,))
    return len(ids)


# --- how far this till has pulled the shop's history (a setting row) ----------------------------------
HISTORY_KEY = "sync.history"  # {"after", "before", "done", "total", "got", "pruned_on"}


def history_state(session: Session) -> dict | None:
    # Plain SQL, not the ORM: read and written once per history write, whose ORM round was a tenth of its cost.
    row = session.connection().exec_driver_sql("SELECT value FROM setting WHERE key = ?", (HISTORY_KEY,)).first()
    value = json.loads(row[0]) if row is not None and isinstance(row[0], str) else None
    return dict(value) if isinstance(value, dict) else None


def history_progress(engine: Engine) -> tuple[int, int, bool] | None:
    """(records fetched, total, done) of the shop's history on this till; None before the first page."""
    with read_session(engine) as session:
        state = history_state(session)
    return None if state is None else (state.get("got", 0), state.get("total", 0), bool(state.get("done")))


def save_history_state(session: Session, state: dict) -> None:
    session.connection().exec_driver_sql(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HISTORY_KEY, json.dumps(state)))
