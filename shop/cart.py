"""The sale in progress: lines, discounts and totals, in memory until it is completed or parked.

The cart's id becomes the sale's id, so completing the same cart twice (a double click on "pay",
a retry after a crash) finds the sale already there instead of recording a second one.
"""
from dataclasses import asdict, dataclass, field

from db.ids import new_id
from shop.errors import DiscountTooLarge
from shop.kinds import AMOUNT, PERCENT, SALE, DiscountKind, SaleKind, Unit  # noqa: F401 - AMOUNT: shop.cart.AMOUNT too
from shop.money import allocate, div_round, line_gross, percent_of, vat_in_gross


@dataclass
class Discount:
    kind: DiscountKind  # PERCENT (value in basis points) or AMOUNT (value in minor units)
    value: int

    def amount_of(self, base: int, step: int = 1) -> int:
        """The discount in minor units on `base` (a percent one rounded to `step`, see Cart.step);
        raises DiscountTooLarge past the whole of it."""
        amount = div_round(percent_of(base, self.value), step) * step if self.kind == PERCENT else self.value
        if self.value < 0 or (self.kind == PERCENT and self.value > 10_000) or abs(amount) > abs(base):
            raise DiscountTooLarge(limit=base)
        return amount

    def basis_points_of(self, base: int) -> int:
        """How big this discount is relative to base, for the manager-approval limit."""
        if self.kind == PERCENT:
            return self.value
        return self.value * 10_000 // base if base else 10_000


@dataclass
class CartLine:
    product_id: str | None
    sku: str
    name: str
    unit: Unit
    unit_price: int
    vat_rate_bp: int
    qty_milli: int
    fixed_gross: int | None = None  # price printed on a variable-measure label, or a refund's paid amount
    discount: Discount | None = None
    price_overridden: bool = False
    refunded_line_id: str | None = None
    id: str = field(default_factory=new_id)

    def gross(self, step: int = 1) -> int:
        if self.fixed_gross is not None:
            return self.fixed_gross
        return div_round(line_gross(self.qty_milli, self.unit_price), step) * step

    def line_discount(self, step: int = 1) -> int:
        return self.discount.amount_of(self.gross(step), step) if self.discount else 0


@dataclass
class LineTotal:
    gross: int
    discount: int  # line discount plus share of the order discount
    total: int
    vat: int


@dataclass
class VatTotal:
    rate_bp: int
    gross: int
    vat: int

    @property
    def net(self) -> int:
        return self.gross - self.vat


@dataclass
class Totals:
    lines: list[LineTotal]
    subtotal: int
    discount: int
    total: int
    vat: list[VatTotal]


@dataclass
class Cart:
    lines: list[CartLine] = field(default_factory=list)
    order_discount: Discount | None = None
    customer_id: str | None = None
    kind: SaleKind = SALE  # or REFUND
    refund_of_id: str | None = None
    reason: str | None = None
    id: str = field(default_factory=new_id)
    coupon_code: str | None = None  # taken for good when the sale completes (shop/coupons.py)
    reservation_id: str | None = None  # a pickup: completing the sale marks it picked up
    lottery_code: str | None = None  # Italy's lotteria degli scontrini, sent to the RT with the sale
    # The smallest amount a line is priced in, in minor units: 100 in a Hungarian shop, whose weighed
    # goods and percent discounts come to whole forints (the till sets it from the shop's settings).
    step: int = 1

    def add(self, line: CartLine) -> CartLine:
        """Add a line; a repeat scan of a plain counted item adds to its existing line."""
        for existing in self.lines:
            if (
                existing.product_id == line.product_id
                and existing.unit == "pc"
                and line.unit == "pc"
                and existing.fixed_gross is None
                and line.fixed_gross is None
                and existing.unit_price == line.unit_price
                and existing.discount is None
                and existing.refunded_line_id is None
            ):
                existing.qty_milli += line.qty_milli
                return existing
        self.lines.append(line)
        return line

    def line(self, line_id: str) -> CartLine:
        return next(line for line in self.lines if line.id == line_id)

    def remove(self, line_id: str) -> CartLine:
        line = self.line(line_id)
        self.lines.remove(line)
        return line

    def set_qty(self, line_id: str, qty_milli: int) -> None:
        line = self.line(line_id)
        if line.discount:  # checked first, so a refused quantity leaves the line as it was
            line.discount.amount_of(line_gross(qty_milli, line.unit_price))
        line.qty_milli = qty_milli
        line.fixed_gross = None  # a new quantity is priced by the unit price again

    def set_line_discount(self, line_id: str, discount: Discount | None) -> None:
        line = self.line(line_id)
        if discount:
            discount.amount_of(line.gross())
        line.discount = discount

    def set_order_discount(self, discount: Discount | None) -> None:
        if discount:
            discount.amount_of(sum(line.gross() - line.line_discount() for line in self.lines))
        self.order_discount = discount

    def override_price(self, line_id: str, unit_price: int) -> None:
        line = self.line(line_id)
        if line.discount:
            line.discount.amount_of(line_gross(line.qty_milli, unit_price))
        line.unit_price = unit_price
        line.fixed_gross = None
        line.price_overridden = True

    def totals(self) -> Totals:
        gross = [line.gross(self.step) for line in self.lines]
        after_line = [g - line.line_discount(self.step) for g, line in zip(gross, self.lines)]
        order_amount = self.order_discount.amount_of(sum(after_line), self.step) if self.order_discount else 0
        # The order discount is spread over the lines so each VAT rate carries its own share.
        shares = allocate(order_amount, after_line) if order_amount else [0] * len(self.lines)
        line_totals = []
        by_rate: dict[int, int] = {}
        for line, g, a, share in zip(self.lines, gross, after_line, shares):
            total = a - share
            line_totals.append(LineTotal(g, g - total, total, vat_in_gross(total, line.vat_rate_bp)))
            by_rate[line.vat_rate_bp] = by_rate.get(line.vat_rate_bp, 0) + total
        vat = [VatTotal(rate, amount, vat_in_gross(amount, rate)) for rate, amount in sorted(by_rate.items(), reverse=True)]
        subtotal = sum(gross)
        total = sum(t.total for t in line_totals)
        return Totals(line_totals, subtotal, subtotal - total, total, vat)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Cart":
        data = dict(data)
        lines = []
        for raw in data.pop("lines"):
            raw = dict(raw)
            raw["discount"] = Discount(**raw["discount"]) if raw.get("discount") else None
            lines.append(CartLine(**raw))
        order_discount = Discount(**data.pop("order_discount")) if data.get("order_discount") else None
        data.pop("order_discount", None)
        return cls(lines=lines, order_discount=order_discount, **data)
