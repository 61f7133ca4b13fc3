"""Completing a sale: one durable transaction for the sale, its lines, payments and outbox row."""
from dataclasses import dataclass

from sqlalchemy import Engine, insert
from sqlmodel import Session, select

from db import report_totals
from db.engine import write_session
from db.ids import new_id, utc_now
from db.models import Payment, Sale, SaleLine, Shift, User
from shop import audit, coupons, fiscal, loyalty, outbox, reservations
from shop.cart import Cart
from shop.cash_rounding import ROUNDING, rounding_for
from shop.errors import EmptySale, PaymentShort
from shop.kinds import CARD, CASH
from shop.refunds import check_returnable
from shop.settings import ShopSettings

METHODS = (CASH, CARD)


@dataclass(frozen=True)
class Tender:
    method: str
    amount: int  # what the customer handed over (negative when paying money back on a refund)


@dataclass(frozen=True)
class CompletedSale:
    sale_id: str
    receipt_number: str
    total: int
    change: int
    rounding: int = 0  # the cash rounding line (-2 when 1 002 Ft was paid with 1 000 Ft cash)


def settle(total: int, tenders: list[Tender]) -> tuple[list[Tender], int]:
    """The payments to record and the change to give, or PaymentShort.

    Change only ever comes out of cash: a card is charged no more than what is left to pay.
    `total` is what is due, after any cash rounding (shop/cash_rounding.py).
    """
    tendered = sum(t.amount for t in tenders)
    if total >= 0:
        if tendered < total:
            raise PaymentShort(missing=total - tendered)
        change = tendered - total
        cash = sum(t.amount for t in tenders if t.method == CASH)
        if change > cash:
            raise PaymentShort(missing=0)  # more on card than the sale is worth
        return tenders, change
    if tendered != total:
        raise PaymentShort(missing=total - tendered)
    return tenders, 0


def next_receipt(session: Session, till_id: str) -> tuple[int, str]:
    conn = session.connection()
    conn.exec_driver_sql("INSERT OR IGNORE INTO tillcounter (till_id, next_receipt, next_z) VALUES (?, 1, 1)", (till_id,))
    seq: int = conn.exec_driver_sql(
        "UPDATE tillcounter SET next_receipt = next_receipt + 1 WHERE till_id = ? RETURNING next_receipt - 1",
        (till_id,),
    ).scalar_one()
    return seq, f"{till_id}-{seq:06d}"


def complete_sale(
    engine: Engine, cart: Cart, tenders: list[Tender], user: User, shift: Shift, settings: ShopSettings
) -> CompletedSale:
    """Record the cart as a completed sale; completing the same cart again returns the first result."""
    if not cart.lines:
        raise EmptySale()
    totals = cart.totals()
    rounding = rounding_for(settings, totals.total, tenders)
    if rounding and totals.total < 0 and sum(t.amount for t in tenders) == totals.total:
        # A refund paid back "exactly" in cash gives back the rounded amount: no change is given on a refund.
        last_cash = max(i for i, t in enumerate(tenders) if t.method == CASH)
        tenders = [Tender(t.method, t.amount + (rounding if i == last_cash else 0)) for i, t in enumerate(tenders)]
    payments, change = settle(totals.total + rounding, tenders)
    lottery_code = fiscal.check_lottery_code(cart.lottery_code, sum(t.amount for t in payments if t.method == CARD))
    with write_session(engine) as session:
        existing = session.get(Sale, cart.id)
        if existing is not None:
            return _completed(session, existing)
        if cart.kind == "refund":
            check_returnable(session, cart)
        seq, number = next_receipt(session, settings.till_id)
        now = utc_now()
        sale = dict(
            id=cart.id, till_id=settings.till_id, seq=seq, receipt_number=number, kind=cart.kind,
            refund_of_id=cart.refund_of_id, reason=cart.reason, shift_id=shift.id, user_id=user.id,
            customer_id=cart.customer_id, currency=settings.currency, subtotal=totals.subtotal,
            discount_total=totals.discount, total=totals.total, completed_at=now,
        )
        lines = [
            dict(
                id=line.id, sale_id=cart.id, position=i, product_id=line.product_id, sku=line.sku,
                name=line.name, unit=line.unit, qty_milli=line.qty_milli, unit_price=line.unit_price,
                vat_rate_bp=line.vat_rate_bp, gross=t.gross, discount=t.discount, total=t.total, vat=t.vat,
                price_overridden=line.price_overridden, refunded_line_id=line.refunded_line_id,
            )
            for i, (line, t) in enumerate(zip(cart.lines, totals.lines), start=1)
        ]
        pays = [dict(id=new_id(), sale_id=cart.id, method=p.method, amount=p.amount, is_change=False, created_at=now) for p in payments]
        if change:
            pays.append(dict(id=new_id(), sale_id=cart.id, method=CASH, amount=-change, is_change=True, created_at=now))
        if rounding:  # the payments still add up to the total; the cash rows are what the drawer got
            pays.append(dict(id=new_id(), sale_id=cart.id, method=ROUNDING, amount=-rounding, is_change=False, created_at=now))
        # Core inserts: the whole sale is a handful of statements in one transaction.
        session.execute(insert(Sale), [sale])
        session.execute(insert(SaleLine), lines)
        session.execute(insert(Payment), pays)
        outbox.enqueue(session, "sale", cart.id, {"sale": sale, "lines": lines, "payments": pays})
        report_totals.add_sale(session.connection(), cart.id)  # the reports' sums move with the sale
        if cart.coupon_code:
            coupons.redeem(session, cart.coupon_code, cart.id)
        if cart.customer_id or any(p["method"] == loyalty.POINTS for p in pays):
            loyalty.record_sale(session, sale, lines, pays)
        if cart.reservation_id:
            reservations.complete_pickup(session, cart.reservation_id, sale, pays)
        # The RT's job commits with the sale: a till killed before the RT answers still knows it waits.
        fiscal.enqueue_sale(session, sale, lottery_code)
        if cart.kind == "refund":
            audit.record(session, settings.till_id, "refund", user.id, cart.id, refund_of=cart.refund_of_id, reason=cart.reason, total=totals.total)
        return CompletedSale(cart.id, number, totals.total, change, rounding)


def _completed(session: Session, sale: Sale) -> CompletedSale:
    payments = session.exec(select(Payment).where(Payment.sale_id == sale.id)).all()
    change = -sum(p.amount for p in payments if p.is_change)
    rounding = -sum(p.amount for p in payments if p.method == ROUNDING)
    return CompletedSale(sale.id, sale.receipt_number, sale.total, change, rounding)
