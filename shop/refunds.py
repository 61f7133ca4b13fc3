"""Returns: find an earlier receipt, choose lines and quantities, build the refund cart.

A refund is a new sale with negative lines pointing at the lines they return; what can still be
returned is the quantity sold less every earlier refund of that line, checked again inside the
refund's own write so two tills cannot return the same item twice.
"""
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from db.models import Sale as Sale  # re-exported: ui/ names it without importing db/
from db.models import SaleLine
from shop.cart import Cart, CartLine
from shop.errors import NothingToRefund, RefundTooLarge, SaleNotFound
from shop.money import div_round


@dataclass(frozen=True)
class ReturnableLine:
    line_id: str
    product_id: str | None
    sku: str
    name: str
    unit: str
    unit_price: int
    vat_rate_bp: int
    sold_milli: int
    returnable_milli: int
    paid: int  # what the customer paid for the whole line, after discounts
    refunded_amount: int  # already paid back for this line (negative or zero)


def find_sale(session: Session, number: str, till_id: str) -> Sale:
    """A completed sale by receipt number as typed or scanned: 'T1-000123', 't1-123' or '123'."""
    text = number.strip().upper()
    prefix, _, digits = text.rpartition("-")
    prefix = prefix or till_id
    if not digits.isdigit():
        raise SaleNotFound(number)
    sale = session.exec(select(Sale).where(Sale.till_id == prefix, Sale.seq == int(digits))).first()
    if sale is None or sale.kind != "sale":
        raise SaleNotFound(number)
    return sale


def returnable_lines(session: Session, sale_id: str) -> list[ReturnableLine]:
    refunded = dict(
        (row[0], (row[1], row[2]))
        for row in session.exec(
            select(SaleLine.refunded_line_id, func.sum(SaleLine.qty_milli), func.sum(SaleLine.total))
            .join(Sale, col(Sale.id) == SaleLine.sale_id)
            .where(Sale.refund_of_id == sale_id)
            .group_by(SaleLine.refunded_line_id)
        )
    )
    result = []
    for line in session.exec(select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(col(SaleLine.position))):
        done_qty, done_amount = refunded.get(line.id, (0, 0))
        result.append(
            ReturnableLine(
                line.id, line.product_id, line.sku, line.name, line.unit, line.unit_price, line.vat_rate_bp,
                line.qty_milli, line.qty_milli + done_qty, line.total, done_amount,
            )
        )
    return result


def build_refund(session: Session, sale: Sale, quantities: dict[str, int], reason: str) -> Cart:
    """A refund cart for `quantities` (line id -> thousandths to return) of `sale`.

    Each returned line is priced at what the customer actually paid for it, discounts included; the
    last return of a line pays back exactly what is left of it, so rounding never drifts.
    """
    cart = Cart(kind="refund", refund_of_id=sale.id, reason=reason, customer_id=sale.customer_id)
    for line in returnable_lines(session, sale.id):
        qty = quantities.get(line.line_id, 0)
        if qty <= 0:
            continue
        if qty > line.returnable_milli:
            raise RefundTooLarge(line.name, line.returnable_milli)
        if qty == line.returnable_milli:
            amount = line.paid + line.refunded_amount
        else:
            amount = div_round(line.paid * qty, line.sold_milli)
        cart.lines.append(
            CartLine(
                product_id=line.product_id, sku=line.sku, name=line.name, unit=line.unit,
                unit_price=line.unit_price, vat_rate_bp=line.vat_rate_bp, qty_milli=-qty,
                fixed_gross=-amount, refunded_line_id=line.line_id,
            )
        )
    if not cart.lines:
        raise NothingToRefund()
    return cart


def check_returnable(session: Session, cart: Cart) -> None:
    """Inside the refund's write: every line still has that much left to return."""
    left = {line.line_id: line for line in returnable_lines(session, cart.refund_of_id)}
    for line in cart.lines:
        original = left.get(line.refunded_line_id)
        if original is None or -line.qty_milli > original.returnable_milli:
            raise RefundTooLarge(line.name, original.returnable_milli if original else 0)
