"""Coupons: single-use codes, an amount or a percentage off, with validity dates, for one customer or anyone.

A coupon is checked when the cashier applies it (it becomes the cart's order discount) and taken
for good inside the sale's own transaction: `redeem` marks it used only if it still is not, so
two tills cannot spend the same code.
"""
import secrets
from datetime import date

from sqlmodel import Session, col, select
from stdnum import luhn

from db.ids import utc_now
from db.models import Coupon
from shop import outbox
from shop.cart import AMOUNT, PERCENT, Discount
from shop.customer_errors import CouponInvalid

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, as the loyalty cards
RANDOM_CHARS = 9  # 45 bits: plenty against guessing a single-use code at a counter
_TYPING = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None, " ": None})
LINK_MARK = "/k/"  # a coupon's QR holds <server>/k/<code>, as a card's holds <server>/c/<code>


def new_coupon_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return body + luhn.calc_check_digit(body, ALPHABET)


def canonical_code(text: str) -> str:
    return text.strip().upper().translate(_TYPING)


def coupon_link(code: str, server: str) -> str:
    return f"{server.rstrip('/')}{LINK_MARK}{code}"


def coupon_code_in(scanned: str) -> str | None:
    """The coupon code if a scanned string is a coupon's QR link (for the till's scanner filter), else None."""
    text = scanned.strip()
    if LINK_MARK not in text or not text.lower().startswith(("http://", "https://")):
        return None
    code = canonical_code(text.rsplit(LINK_MARK, 1)[1].split("?", 1)[0].split("#", 1)[0].rstrip("/"))
    return code if code and all(ch in ALPHABET for ch in code) else None


def issue_coupon(session: Session, kind: str, value: int, *, customer_id: str | None = None,
                 valid_from: date | None = None, valid_until: date | None = None, reason: str = "",
                 code: str | None = None) -> Coupon:
    if kind not in (AMOUNT, PERCENT) or value <= 0 or (kind == PERCENT and value > 10_000):
        raise ValueError(f"a coupon is an amount or a percentage up to 100 %, not {kind} {value}")
    coupon = Coupon(code=canonical_code(code) if code else new_coupon_code(), kind=kind, value=value,
                    customer_id=customer_id, valid_from=valid_from, valid_until=valid_until, reason=reason)
    session.add(coupon)
    session.flush()
    outbox.enqueue(session, "coupon", coupon.id, _payload(coupon))
    return coupon


def check_coupon(session: Session, text: str, customer_id: str | None, today: date) -> Coupon:
    """The usable coupon behind a typed or scanned code, or CouponInvalid saying why not."""
    code = canonical_code(text)
    coupon = session.exec(select(Coupon).where(Coupon.code == code)).first()
    if coupon is None:
        raise CouponInvalid(text, "unknown")
    if coupon.sale_id is not None or coupon.redeemed_at is not None:  # redeemed_at alone: used at another till
        raise CouponInvalid(text, "used")
    if coupon.valid_from and today < coupon.valid_from:
        raise CouponInvalid(text, "not_yet")
    if coupon.valid_until and today > coupon.valid_until:
        raise CouponInvalid(text, "expired")
    if coupon.customer_id and coupon.customer_id != customer_id:
        raise CouponInvalid(text, "other_customer")
    return coupon


def discount_of(coupon: Coupon) -> Discount:
    return Discount(PERCENT if coupon.kind == PERCENT else AMOUNT, coupon.value)  # the column holds one of the two


def redeem(session: Session, code: str, sale_id: str) -> None:
    """Inside the sale's write: take the coupon for this sale, or CouponInvalid('used') to roll it back."""
    now = utc_now()
    taken = session.connection().exec_driver_sql(
        "UPDATE coupon SET sale_id = ?, redeemed_at = ? WHERE code = ? AND sale_id IS NULL AND redeemed_at IS NULL RETURNING id",
        (sale_id, now, canonical_code(code)),
    ).scalar()
    if taken is None:
        raise CouponInvalid(code, "used")
    outbox.enqueue(session, "coupon_redeemed", taken, {"id": taken, "sale_id": sale_id, "redeemed_at": now})


def customer_coupons(session: Session, customer_id: str, today: date) -> list[Coupon]:
    """Unused, still valid coupons meant for this customer: shown at the till when they are attached."""
    coupons = session.exec(
        select(Coupon).where(Coupon.customer_id == customer_id, col(Coupon.sale_id).is_(None), col(Coupon.redeemed_at).is_(None))
        .order_by(Coupon.created_at)
    )
    return [c for c in coupons if not (c.valid_until and today > c.valid_until) and not (c.valid_from and today < c.valid_from)]


def _payload(coupon: Coupon) -> dict:
    return {
        "id": coupon.id, "code": coupon.code, "kind": coupon.kind, "value": coupon.value,
        "customer_id": coupon.customer_id, "reason": coupon.reason, "created_at": coupon.created_at,
        "valid_from": coupon.valid_from.isoformat() if coupon.valid_from else None,
        "valid_until": coupon.valid_until.isoformat() if coupon.valid_until else None,
    }
