"""The till's customer flows: find (F1), scan a card, register, show their card, detach, open a receipt.

The till window only places the panel and forwards keys and scans here, so the customer side
can grow without the window growing with it.
"""
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from shop.errors import ShopError
from shop.kinds import REFUND, SALE
from shop.till import Till
from ui.customer_actions import CustomerActions
from ui.customer_messages import customer_message_for
from ui.customer_panel import CustomerPanel
from ui.reservations_view import CustomerReservations


class CustomerArea(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.till: Till = window.till
        self.panel = CustomerPanel(self.till.settings)
        self.panel.hide()
        self.panel.detach_requested.connect(self.detach)
        self.panel.receipt_requested.connect(self.open_receipt)
        self.panel.coupon_requested.connect(self.apply_coupon)
        self.actions = CustomerActions(self)  # the card's More menu
        self.shown_id: str | None = None
        QShortcut(QKeySequence(Qt.Key.Key_F1), window, activated=self.find)
        QShortcut(QKeySequence("Ctrl+F1"), window, activated=self.detach)
        QShortcut(QKeySequence("Ctrl+R"), window, activated=self.open_reservations)
        self.reserved = CustomerReservations(self.till.settings, self.till.shop_today())
        self.reserved.pickup_requested.connect(self.pickup)
        self.reserved.reserve_requested.connect(self.reserve)
        self.panel.set_reservations_widget(self.reserved, 0)

    def _error(self, error: ShopError) -> None:
        self.window.show_message(customer_message_for(error, self.till.settings), error=True)

    def _can_attach(self) -> bool:
        if self.till.cart.kind == REFUND:
            self.window.show_message(self.tr("A refund keeps the customer of its receipt. Finish or cancel it first."), error=True)
            return False
        return True

    # --- attaching -------------------------------------------------------------
    def find(self) -> None:
        from ui.customer_search import CustomerSearchDialog

        if not self._can_attach():
            return
        dialog = CustomerSearchDialog(self.till, self.window)
        if dialog.exec() and dialog.customer_id:
            self.attach(dialog.customer_id, registered=dialog.registered)
        self.window.search.setFocus()

    def attach_card(self, code: str) -> None:
        """A loyalty card's QR was scanned, whatever had focus."""
        if not self._can_attach():
            return
        try:
            customer = self.till.customer_by_card(code)
        except ShopError as error:
            self._error(error)
            return
        self.attach(customer.id)

    def attach(self, customer_id: str, registered: bool = False) -> None:
        try:
            view = self.till.attach_customer(customer_id)
        except ShopError as error:
            self._error(error)
            return
        self._show(view)
        name = view.customer.name
        if registered:
            text = self.tr("Welcome, %1: registered and attached to this sale.").replace("%1", name)
        else:
            text = self.tr("%1 attached to this sale.").replace("%1", name)
        if view.birthday_reward is not None and view.birthday_reward.new:
            text += " " + self.tr("Happy birthday! Their birthday gift has been added.")
        self.window.show_message(text)
        self.window.search.setFocus()

    def _show(self, view) -> None:
        self.shown_id = view.customer.id
        self.panel.show_customer(view)
        self.reserved.model.today = self.till.shop_today()
        self.reserved.set_reservations(view.reservations)
        self.panel.set_reservations_widget(self.reserved, len(view.reservations))
        if view.reservations:
            self.panel.tabs.setCurrentIndex(1)  # what is put aside for them is what they came for
        self.panel.show()

    def detach(self) -> None:
        if self.till.cart.customer_id is None or self.till.cart.kind == REFUND:
            return
        self.till.detach_customer()
        self.window.show_message(self.tr("Customer removed from this sale."))
        self.window.refresh()

    def sync(self) -> None:
        """After the cart changed (paid, parked, recalled, refund): show the customer it carries, if any."""
        wanted = self.till.cart.customer_id
        if wanted == self.shown_id:
            return
        if wanted is None:
            self.shown_id = None
            self.panel.hide()
            return
        try:
            self._show(self.till.attach_customer(wanted))
        except ShopError as error:
            self._error(error)

    def apply_coupon(self, code: str) -> None:
        """A coupon (scanned, or chosen on the customer's card) becomes the sale's discount; used when paid."""
        cart = self.till.cart
        if cart.kind != SALE or not cart.lines:
            self.window.show_message(self.tr("Scan the items first, then the coupon."), error=True)
            return
        try:
            self.till.apply_coupon(code)
        except ShopError as error:
            self._error(error)
            return
        self.window.refresh()
        self.window.show_message(self.tr("Coupon %1 applied.").replace("%1", code))

    # --- their receipts --------------------------------------------------------
    def open_receipt(self, sale_id: str) -> None:
        from ui.receipt_view import ReceiptDialog

        dialog = ReceiptDialog(self.till, sale_id, self.window)
        if dialog.exec() and dialog.return_wanted:
            self.start_return(dialog.receipt_number)

    def start_return(self, receipt_number: str) -> None:
        """The existing refund dialog, opened on this receipt."""
        from ui.refund_dialog import RefundDialog

        if self.till.cart.lines:
            self.window.show_message(self.tr("Finish, park or cancel this sale before a return."), error=True)
            return
        dialog = RefundDialog(self.till, self.window)
        dialog.number.setText(receipt_number)
        dialog.search()
        if dialog.exec():
            self.window.refresh()

    # --- reservations ----------------------------------------------------------
    def reserve(self) -> None:
        """The sale's items go aside for the attached customer instead of being sold."""
        from shop.cart import Cart
        from ui.reserve_dialog import ReserveDialog

        cart = self.till.cart
        if cart.customer_id is None or cart.kind != SALE or cart.reservation_id:
            return
        if not cart.lines:
            self.window.show_message(self.tr("Scan or add the items to put aside, then press Reserve."), error=True)
            return
        dialog = ReserveDialog(self.till, self.panel.name_label.text(), self.window)
        if not dialog.exec():
            return
        # Nothing was sold: the till starts again with the same customer (the reservation is audited).
        self.till.cart = Cart(customer_id=cart.customer_id)
        self.shown_id = None
        self.window.refresh()
        self.window.show_message(self.tr("Put aside until %1.").replace("%1", dialog.pickup_text)
                                 + (" " + self.tr("Deposit taken: %1.").replace("%1", dialog.deposit_text) if dialog.deposit_text else ""))

    def pickup(self, reservation_id: str) -> None:
        """The reserved goods become the sale (one in progress is parked); paying completes the pickup."""
        if self.till.cart.kind != SALE or self.till.cart.reservation_id:
            self.window.show_message(self.tr("Finish this sale or refund before a pickup."), error=True)
            return
        parked = bool(self.till.cart.lines)
        try:
            self.till.pickup_reservation(reservation_id)
        except ShopError as error:
            self._error(error)
            return
        self._picked_up(parked)

    def _picked_up(self, parked: bool) -> None:
        self.shown_id = None
        self.window.refresh()
        text = self.tr("Reservation on the sale: check the weights, then F12. The deposit is already counted.")
        if parked:
            text = self.tr("The sale in progress was parked (F8 recalls it).") + " " + text
        self.window.show_message(text)

    def open_reservations(self) -> None:
        from ui.reservations_view import ReservationsDialog

        dialog = ReservationsDialog(self.till, self.window)
        parked = bool(self.till.cart.lines)
        if dialog.exec() and dialog.picked_up:
            self._picked_up(parked)
        self.window.search.setFocus()
