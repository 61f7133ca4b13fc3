"""Shift figures for the X/Z report: sales, refunds, discounts, VAT per rate, payments, cash."""
from sqlmodel import Session

from db.models import Shift
from shop.money import vat_in_gross
from shop.sync_history import over_refunds


def shift_summary(session: Session, shift: Shift, counted_cash: int | None = None) -> dict:
    """Plain data (JSON-ready) of everything the shift recorded; `counted_cash` for the Z report."""
    conn = session.connection()

    def rows(sql: str):
        return conn.exec_driver_sql(sql, (shift.id,)).fetchall()

    kinds = {kind: (count, total, discount) for kind, count, total, discount in rows(
        "SELECT kind, count(*), coalesce(sum(total), 0), coalesce(sum(discount_total), 0) "
        "FROM sale WHERE shift_id = ? GROUP BY kind"
    )}
    sales = kinds.get("sale", (0, 0, 0))
    refunds = kinds.get("refund", (0, 0, 0))
    vat = [
        {"rate_bp": rate, "gross": gross, "vat": vat_in_gross(gross, rate), "net": gross - vat_in_gross(gross, rate)}
        for rate, gross in rows(
            "SELECT l.vat_rate_bp, sum(l.total) FROM saleline l JOIN sale s ON s.id = l.sale_id "
            "WHERE s.shift_id = ? GROUP BY l.vat_rate_bp ORDER BY l.vat_rate_bp DESC"
        )
    ]
    payments = {method: amount for method, amount in rows(
        "SELECT p.method, sum(p.amount) FROM payment p JOIN sale s ON s.id = p.sale_id "
        "WHERE s.shift_id = ? GROUP BY p.method ORDER BY p.method"
    )}
    moves = rows(
        "SELECT coalesce(sum(CASE WHEN amount > 0 THEN amount END), 0), "
        "coalesce(sum(CASE WHEN amount < 0 THEN amount END), 0) FROM cashmovement WHERE shift_id = ?"
    )[0]
    expected = shift.opening_float + payments.get("cash", 0) + moves[0] + moves[1]
    return {
        "shift_id": shift.id,
        "till_id": shift.till_id,
        "opened_at": shift.opened_at,
        "sales": {"count": sales[0], "total": sales[1]},
        "refunds": {"count": refunds[0], "total": refunds[1]},
        "discounts": sales[2] + refunds[2],
        "net_total": sales[1] + refunds[1],
        "vat": vat,
        "payments": payments,
        "cash": {
            "opening_float": shift.opening_float,
            "cash_payments": payments.get("cash", 0),
            "cash_in": moves[0],
            "cash_out": moves[1],
            "expected": expected,
            "counted": counted_cash,
            "difference": None if counted_cash is None else counted_cash - expected,
        },
        # Lines two tills refunded beyond what was sold while offline, found during this shift (for the owner).
        "over_refunds": [{"receipt_number": o.receipt_number, "name": o.name, "sold_milli": o.sold_milli,
                          "refunded_milli": o.refunded_milli, "refunds": o.refunds} for o in over_refunds(session, shift.opened_at)],
    }
