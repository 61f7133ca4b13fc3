"""The till's operations for one signed-in user: what each button and key of the till does.

Plain Python over the database (no Qt): the window calls these and redraws from the returned data;
tests and benchmarks call them the same way.
"""
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from db.engine import read_session, write_session
from db.models import Coupon, Sale, Shift, User, ZReport
from shop import audit, barcodes, cards, catalog, coupons, customer_view, customers, housekeeping, loyalty, parking, refunds, reservations, sales, shifts, users
from shop.cart import Cart, CartLine, Discount
from shop.catalog import ProductInfo
from shop.errors import NeedsApproval, NoOpenShift
from shop.loyalty_rules import load_loyalty_settings
from shop.permissions import load_permissions
from shop.settings import ShopSettings, load_settings

if TYPE_CHECKING:
    from shop.receipts import ReceiptDocument


class Till:
    def __init__(self, engine: Engine, user: User, settings: ShopSettings | None = None):
        self.engine = engine
        if settings is None:
            with read_session(engine) as session:
                settings = load_settings(session)
        self.settings = settings
        self.user = user
        self.cart = Cart()
        with read_session(engine) as session:
            self.shift: Shift | None = shifts.current_shift(session, settings.till_id)

    @property
    def cart(self) -> Cart:
        return self._cart

    @cart.setter
    def cart(self, cart: Cart) -> None:
        # Whole-unit shops (Hungary) price weighed lines and percent discounts in whole forints.
        cart.step = 10**self.settings.currency_exponent if self.settings.whole_units else 1
        self._cart = cart

    @property
    def till_id(self) -> str:
        return self.settings.till_id

    def reload_settings(self) -> bool:
        """Take the shop's settings as stored now (a sync may have brought the owner's changes: the
        shop's name, the discount limit...); whether anything changed. Updated in place, because the
        screens and models hold this same object."""
        with read_session(self.engine) as session:
            fresh = load_settings(session)
        if fresh == self.settings:
            return False
        vars(self.settings).update(vars(fresh))
        return True

    def may(self, action: str) -> bool:
        """Whether the signed-in user may do `action` alone. Read each time: the owner may have just
        changed the role permissions in the back office, or a sync brought them."""
        with read_session(self.engine) as session:
            return load_permissions(session).may(self.user.role, action)

    def _require(self, action: str, approver: User | None) -> None:
        """NeedsApproval unless the user may do `action`, or an approver whose role may was given."""
        if self.may(action):
            return
        with read_session(self.engine) as session:
            permissions = load_permissions(session)
        if approver is not None and permissions.may(approver.role, action):
            return
        raise NeedsApproval(action, "owner" if permissions.least_role(action) == "owner" else "manager")

    def _audit(self, action: str, approver: User | None = None, **detail) -> None:
        if approver:
            detail["approved_by"] = approver.id
        with write_session(self.engine) as session:
            audit.record(session, self.till_id, action, self.user.id, self.cart.id, **detail)

    # --- shift -----------------------------------------------------------------
    def open_shift(self, opening_float: int) -> Shift:
        """Open the shift; points and reservations whose time is up expire in the same transaction."""
        with write_session(self.engine) as session:
            self.shift = shifts.open_shift(session, self.user, opening_float, self.till_id)
            housekeeping.sweep(session, self.till_id, self.shop_today())
        return self.shift

    def move_cash(self, amount: int, reason: str) -> None:
        with write_session(self.engine) as session:
            shifts.move_cash(session, self._require_shift(), self.user, amount, reason)

    def close_shift(self, counted_cash: int) -> ZReport:
        with write_session(self.engine) as session:
            report = shifts.close_shift(session, self.till_id, self.user, counted_cash)
        self.shift = None
        return report

    def x_report(self) -> dict:
        with read_session(self.engine) as session:
            return shifts.shift_summary(session, self._require_shift())

    def _require_shift(self) -> Shift:
        if self.shift is None:
            raise NoOpenShift()
        return self.shift

    # --- selling ---------------------------------------------------------------
    def search(self, text: str) -> list[ProductInfo]:
        with read_session(self.engine) as session:
            return catalog.search_products(session, text)

    def scan(self, code: str) -> CartLine:
        """Add the product behind a scanned code; InvalidBarcode/UnknownBarcode leave the cart as it was."""
        with read_session(self.engine) as session:
            scan = barcodes.resolve_scan(session, code, self.settings)
        return self.add_product(scan.product, scan.qty_milli, scan.fixed_gross)

    def add_product(self, product: ProductInfo, qty_milli: int = 1000, fixed_gross: int | None = None) -> CartLine:
        line = CartLine(
            product_id=product.id, sku=product.sku, name=product.name, unit=product.unit,
            unit_price=product.price, vat_rate_bp=product.vat_rate_bp, qty_milli=qty_milli,
            fixed_gross=fixed_gross,
        )
        return self.cart.add(line)

    def add_product_id(self, product_id: str) -> CartLine:
        with read_session(self.engine) as session:
            product = catalog.product_by_id(session, product_id)
        if product is None:
            raise KeyError(product_id)
        return self.add_product(product, 1000 if product.unit == "pc" else 0)

    def set_qty(self, line_id: str, qty_milli: int, approver: User | None = None) -> None:
        if qty_milli <= 0:
            self.void_line(line_id, approver)
        else:
            self.cart.set_qty(line_id, qty_milli)

    def void_line(self, line_id: str, approver: User | None = None) -> None:
        self.cart.line(line_id)  # an unknown line fails before any approval is asked
        self._require("void", approver)
        line = self.cart.remove(line_id)
        self._audit("void_line", approver, sku=line.sku, name=line.name, qty_milli=line.qty_milli, gross=line.gross())

    def void_sale(self, approver: User | None = None) -> None:
        """Cancel the sale on screen; an empty cart or a refund not yet paid needs no one's approval."""
        if self.cart.lines and self.cart.kind == "sale":
            self._require("void", approver)
            self._audit("void_sale", approver, lines=len(self.cart.lines), total=self.cart.totals().total)
        self.cart = Cart()

    def _needs_approval(self, discount: Discount, base: int, approver: User | None, action: str) -> None:
        if discount.basis_points_of(base) > self.settings.discount_limit_bp:
            self._require(action, approver)

    def discount_line(self, line_id: str, discount: Discount | None, approver: User | None = None) -> None:
        line = self.cart.line(line_id)
        if discount:
            discount.amount_of(line.gross())
            self._needs_approval(discount, line.gross(), approver, "discount")
        self.cart.set_line_discount(line_id, discount)
        if discount and discount.basis_points_of(line.gross()) > self.settings.discount_limit_bp:
            self._audit("discount_over_limit", approver, line=line.sku, kind=discount.kind, value=discount.value)

    def discount_order(self, discount: Discount | None, approver: User | None = None) -> None:
        base = sum(line.gross() - line.line_discount() for line in self.cart.lines)
        if discount:
            discount.amount_of(base)
            self._needs_approval(discount, base, approver, "discount")
        self.cart.set_order_discount(discount)
        if discount and discount.basis_points_of(base) > self.settings.discount_limit_bp:
            self._audit("discount_over_limit", approver, order=True, kind=discount.kind, value=discount.value)

    def override_price(self, line_id: str, unit_price: int, approver: User | None = None) -> None:
        self._require("price_override", approver)
        old = self.cart.line(line_id).unit_price
        self.cart.override_price(line_id, unit_price)
        self._audit("price_override", approver, line=self.cart.line(line_id).sku, old=old, new=unit_price)

    def approve(self, pin: str, action: str) -> User:
        return users.approve(self.engine, pin, self.till_id, action)

    def pay(self, tenders: list[sales.Tender]) -> sales.CompletedSale:
        """Complete the sale; the till starts a fresh cart only once the sale is safely stored."""
        if self.cart.reservation_id and not any(t.method == reservations.DEPOSIT for t in tenders):
            deposit = self.deposit_tender()  # a pickup is always credited its deposit
            tenders = [deposit, *tenders] if deposit.amount else tenders
        done = sales.complete_sale(self.engine, self.cart, tenders, self.user, self._require_shift(), self.settings)
        self.cart = Cart()
        return done

    # --- customer and loyalty ---------------------------------------------------
    def shop_today(self) -> date:
        return datetime.now(ZoneInfo(self.settings.timezone)).date()

    def find_customers(self, text: str) -> list[customers.CustomerInfo]:
        with read_session(self.engine) as session:
            return customers.find_customers(session, text, self.settings.country)

    def customer_by_card(self, scanned: str) -> customers.CustomerInfo:
        with read_session(self.engine) as session:
            return cards.customer_by_card(session, scanned)

    def attach_customer(self, customer_id: str) -> customer_view.CustomerAtTill:
        """Attach the customer to the sale; returns their card (this issues a birthday reward when due)."""
        with write_session(self.engine) as session:
            view = customer_view.customer_at_till(session, customer_id, self.shop_today())
        self.cart.customer_id = customer_id
        return view

    def detach_customer(self) -> None:
        """The sale goes on without a customer; a coupon meant only for them leaves with them."""
        if self.cart.coupon_code:
            self.remove_coupon()
        self.cart.customer_id = None

    def apply_coupon(self, code: str) -> Coupon:
        """Check the coupon and make it the sale's order discount; it is used up when the sale completes."""
        with read_session(self.engine) as session:
            coupon = coupons.check_coupon(session, code, self.cart.customer_id, self.shop_today())
        self.cart.set_order_discount(coupons.discount_of(coupon))
        self.cart.coupon_code = coupon.code
        return coupon

    def remove_coupon(self) -> None:
        self.cart.coupon_code = None
        self.cart.set_order_discount(None)

    def points_tender(self, points: int) -> sales.Tender:
        """A payment with `points` of the attached customer's points, worth their value in money."""
        with read_session(self.engine) as session:
            rules = load_loyalty_settings(session)
        return sales.Tender(loyalty.POINTS, rules.value_of(points))

    # --- reservations ----------------------------------------------------------
    def reserve(self, customer_id: str, items: list[tuple[str, int]], pickup_date: date, *, note: str = "",
                deposit: int = 0, deposit_method: str | None = None, repeat_days: int | None = None):
        with write_session(self.engine) as session:
            return reservations.reserve(session, customer_id, items, pickup_date, self.user, self.till_id, note=note,
                                        deposit=deposit, deposit_method=deposit_method, shift=self.shift,
                                        repeat_days=repeat_days)

    def pickup_reservation(self, reservation_id: str) -> Cart:
        """The reserved goods become the cart (a sale in progress is parked); pay() credits the deposit and marks it picked up."""
        with read_session(self.engine) as session:
            cart = reservations.pickup_cart(session, reservation_id)
        if self.cart.lines:
            self.park()
        self.cart = cart
        return cart

    def deposit_tender(self) -> sales.Tender:
        with read_session(self.engine) as session:
            return sales.Tender(reservations.DEPOSIT, reservations.deposit_left(session, self.cart.reservation_id))

    def cancel_reservation(self, reservation_id: str, refund_deposit: bool | None = None, stop_repeating: bool = False):
        with write_session(self.engine) as session:
            return reservations.cancel(session, reservation_id, self.user, self.till_id, shift=self.shift,
                                       refund_deposit=refund_deposit, stop_repeating=stop_repeating)

    # --- parking ---------------------------------------------------------------
    def park(self, label: str = "") -> None:
        if not self.cart.lines:
            return
        with write_session(self.engine) as session:
            parking.park(session, self.cart, self.user, self.till_id, label or parking.free_label(session, self.till_id))
        self.cart = Cart()

    def parked(self):
        with read_session(self.engine) as session:
            return parking.parked_sales(session, self.till_id)

    def recall(self, parked_id: str) -> None:
        """Bring back a parked sale; the sale on screen, if any, is parked in its place."""
        with write_session(self.engine) as session:
            recalled = parking.recall(session, parked_id, self.user)
            if self.cart.lines:
                parking.park(session, self.cart, self.user, self.till_id, parking.free_label(session, self.till_id))
        self.cart = recalled

    # --- refunds ---------------------------------------------------------------
    def find_receipt(self, number: str):
        with read_session(self.engine) as session:
            sale = refunds.find_sale(session, number, self.till_id)
            return sale, refunds.returnable_lines(session, sale.id)

    def refund_preview(self, sale: Sale, quantities: dict[str, int]) -> Cart:
        """The refund of the chosen lines priced exactly as start_refund() will, without touching the cart."""
        with read_session(self.engine) as session:
            return refunds.build_refund(session, sale, quantities, "")

    def receipt_copy(self, sale_id: str) -> "tuple[ReceiptDocument, str, str]":
        """A past sale's receipt as printed (marked a copy), its number and its kind."""
        with read_session(self.engine) as session:
            # Imported here: the receipt's wording and babel data cost the till's cold start ~15 ms.
            from shop.receipts import sale_receipt

            document = sale_receipt(session, sale_id, copy=True, settings=self.settings)
            sale = session.get_one(Sale, sale_id)
            return document, sale.receipt_number, sale.kind

    def people(self) -> list[User]:
        """Everyone active, by name (who parked a sale, who signs in)."""
        with read_session(self.engine) as session:
            return users.active_users(session)

    def start_refund(self, sale_id: str, quantities: dict[str, int], reason: str, approver: User | None = None) -> Cart:
        """Replace the cart with a refund of the chosen lines; pay() then pays the money back."""
        self._require("refund", approver)
        with read_session(self.engine) as session:
            sale = session.get(Sale, sale_id)
            cart = refunds.build_refund(session, sale, quantities, reason)
        if approver is not None:
            self._audit("refund_approved", approver, refund_of=sale_id)
        self.cart = cart
        return self.cart

    def open_drawer(self, approver: User | None = None) -> None:
        """A 'no sale' drawer opening: needs a manager and is audited."""
        self._require("no_sale", approver)
        self._audit("drawer_open_no_sale", approver)

    def quick_keys(self) -> list[catalog.QuickKeyInfo]:
        with read_session(self.engine) as session:
            return catalog.quick_keys(session)
