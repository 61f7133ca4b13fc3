"""Rows of the demo shop written straight with sqlite3: the column lists, multi-row inserts, times.

Shared by shop/demo/create.py (catalogue, customers) and shop/demo/history.py (the years of sales).
"""
import sqlite3
from datetime import datetime
from itertools import chain

TILL = "T1"

COLUMNS = {
    "category": "id, name, color",
    "product": "id, sku, name, name_fold, category_id, vat_rate_id, price, unit, barcode, plu, active, updated_at",
    "quickkey": "position, product_id, label",
    "customer": "id, name, phone, email, birthday, created_at, updated_at, name_fold, name_alt, phone_rev, "
                "consent_email, consent_sms, consent_messaging",
    "loyaltycard": "id, customer_id, code, issued_at, revoked_at",
    "pointsentry": "id, customer_id, key, kind, points, sale_id, expires_at, reason, user_id, at",
    "reservation": "id, customer_id, status, pickup_date, note, deposit, deposit_method, deposit_refunded, "
                   "repeat_days, sale_id, created_by, created_at, updated_at",
    "reservationline": "id, reservation_id, product_id, qty_milli",
    "shift": "id, till_id, opened_by, opened_at, opening_float, closed_by, closed_at, counted_cash, expected_cash, "
             "z_number",
    "sale": "id, till_id, seq, receipt_number, kind, refund_of_id, reason, shift_id, user_id, customer_id, currency, "
            "subtotal, discount_total, total, completed_at",
    "saleline": "id, sale_id, position, product_id, sku, name, unit, qty_milli, unit_price, vat_rate_bp, gross, "
                "discount, total, vat, price_overridden, refunded_line_id",
    "payment": "id, sale_id, method, amount, is_change, created_at",
    "zreport": "id, till_id, z_number, shift_id, data, created_at",
    "auditevent": "id, at, till_id, user_id, action, sale_id, detail",
}
ROWS_PER_INSERT = 20  # multi-row VALUES: fewer statement steps for the same rows


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    if not rows:
        return
    columns = COLUMNS[table]
    one = "(" + ", ".join("?" * (columns.count(",") + 1)) + ")"
    full = len(rows) - len(rows) % ROWS_PER_INSERT
    if full:
        chunks = (tuple(chain.from_iterable(rows[i:i + ROWS_PER_INSERT])) for i in range(0, full, ROWS_PER_INSERT))
        conn.executemany(f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * ROWS_PER_INSERT)}", chunks)
    conn.executemany(f"INSERT INTO {table} ({columns}) VALUES {one}", rows[full:])


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def epoch_ms(moment: datetime) -> int:
    return int(moment.timestamp()) * 1000 + moment.microsecond // 1000
