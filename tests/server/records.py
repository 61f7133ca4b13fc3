"""Outbox records as the till writes them (shop/sales.py, shop/loyalty.py, shop/customers.py, shop/cards.py)."""
import uuid
from datetime import datetime, timedelta, timezone


def new_id() -> str:
    return str(uuid.uuid4())


def at(minutes_ago: float = 0, days_ago: float = 0) -> str:
    moment = datetime.now(timezone.utc) - timedelta(minutes=minutes_ago, days=days_ago)
    return moment.isoformat(timespec="microseconds")


def sale(total: int, seq: int = 1, till: str = "T1", customer_id: str | None = None, completed_at: str | None = None,
         kind: str = "sale") -> dict:
    sale_id = new_id()
    header = dict(id=sale_id, till_id=till, seq=seq, receipt_number=f"{till}-{seq:06d}", kind=kind, refund_of_id=None,
                  reason=None, shift_id=new_id(), user_id=new_id(), customer_id=customer_id, currency="EUR",
                  subtotal=total, discount_total=0, total=total, completed_at=completed_at or at())
    lines = [dict(id=new_id(), sale_id=sale_id, position=1, product_id=None, sku="PAN001", name="Pane", unit="pc",
                  qty_milli=1000, unit_price=total, vat_rate_bp=400, gross=total, discount=0, total=total, vat=0,
                  price_overridden=False, refunded_line_id=None)]
    payments = [dict(id=new_id(), sale_id=sale_id, method="cash", amount=total, is_change=False, created_at=header["completed_at"])]
    return {"kind": "sale", "id": sale_id, "payload": {"sale": header, "lines": lines, "payments": payments}}


def points(customer_id: str, amount: int, key: str | None = None, kind: str = "earn") -> dict:
    entry_id = new_id()
    entry = dict(id=entry_id, customer_id=customer_id, key=key or f"{kind}:{entry_id}", kind=kind, points=amount,
                 sale_id=None, expires_at=None, reason=None, user_id=None, at=at())
    return {"kind": "points", "id": entry_id, "payload": entry}


def customer(customer_id: str, updated_at: str, **fields) -> dict:
    payload = {"id": customer_id, "updated_at": updated_at, **fields}
    return {"kind": "customer", "id": customer_id, "payload": payload}


def card(customer_id: str, code: str, revoked_at: str | None = None, card_id: str | None = None) -> dict:
    card_id = card_id or new_id()
    return {"kind": "loyalty_card", "id": card_id,
            "payload": {"id": card_id, "customer_id": customer_id, "code": code, "issued_at": at(), "revoked_at": revoked_at}}


def reservation(reservation_id: str, status: str, updated_at: str, customer_id: str = "c") -> dict:
    return {"kind": "reservation", "id": reservation_id,
            "payload": {"id": reservation_id, "customer_id": customer_id, "status": status, "pickup_date": "2026-12-24",
                        "updated_at": updated_at}}
