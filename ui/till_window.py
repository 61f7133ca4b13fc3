"""The till: the cashier's one screen for selling, with a key for every action."""
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
    QWidget,
)

from shop.errors import ShopError
from shop.kinds import KG, REFUND, SALE
from shop.till import Till
from ui.cart_model import CartModel
from ui.customer_area import CustomerArea
from ui.till_line_actions import LineActions
from ui.line_dialogs import QuantityDialog
from ui.messages import message_for
from ui.payment_dialog import PaymentDialog
from ui.product_results_model import ProductResultsModel
from ui.quick_key_button import quick_key_grid
from ui.sale_tables import cart_table, results_table
from ui.scanner import ScannerFilter
from ui.till_header import TillHeader
from ui.totals_panel import TotalsPanel


class TillWindow(LineActions, QMainWindow):
    signed_out = Signal()  # the cashier locked the till or closed the shift

    def __init__(self, till: Till, parent=None, printing=None, fiscal=None):
        super().__init__(parent)
        self.till = till
        self.settings = till.settings
        self.printing = printing  # ui.printing.Printing; None on a till without the print queue
        self.fiscal = fiscal  # ui.fiscal_link.FiscalLink; None on a till without the RT worker
        self._print_problem = ""
        self.setWindowTitle(f"Bottega – {self.settings.shop_name}")
        self.resize(1366, 768)
        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.back_office = None  # the back office window while it is open over this till
        self.header = TillHeader(till, self.reprint_last, self.printer_setup, back_office=self.open_back_office)
        self.header.sync_label.service.changed.connect(self._take_pulled_settings)
        root.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(14, 12, 14, 12)
        body.setSpacing(14)
        body.addLayout(self._sale_column(), 3)
        body.addLayout(self._side_column(), 2)
        root.addLayout(body, 1)
        self.setCentralWidget(central)
        self.scanner = ScannerFilter(self, self.search)
        self.scanner.scanned.connect(self.scan)
        self.scanner.card_scanned.connect(self.customers.attach_card)
        self.scanner.coupon_scanned.connect(self.customers.apply_coupon)
        self._shortcuts()
        self._clock = QTimer(self, interval=5_000, timeout=self.header.show_state)
        self._clock.start()
        self.header.show_state()
        if self.printing is not None:
            self.printing.event.connect(self._print_event)
        if self.fiscal is not None:
            self.fiscal.event.connect(self._fiscal_event)
        self.refresh()

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    # --- layout ----------------------------------------------------------------
    def _sale_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Scan a barcode or type a product name or code  (F2)"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(self._search_changed)
        # Digits only: wait for a pause before searching, so a scanner's burst never runs a search.
        self._digit_search = QTimer(self, singleShot=True, interval=120, timeout=self._search_now)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        column.addWidget(self.search)
        self.refund_banner = QLabel()
        self.refund_banner.setObjectName("refundBanner")
        self.refund_banner.setStyleSheet("background:#fde2e4; color:#a4161a; font-weight:700; padding:8px; border-radius:6px;")
        self.refund_banner.hide()
        column.addWidget(self.refund_banner)
        self.customers = CustomerArea(self)  # the attached customer's card, above the sale
        column.addWidget(self.customers.panel)
        self.views = QStackedWidget()
        self.cart_model = CartModel(self.till.cart, self.settings, self)
        self.cart_view = cart_table(self.cart_model)
        self.cart_view.doubleClicked.connect(lambda _index: self.change_quantity())
        self.results_model = ProductResultsModel(self.settings, self)
        self.results_view = results_table(self.results_model)
        self.results_view.activated.connect(lambda index: self._add_result(index.row()))
        self.results_view.clicked.connect(lambda index: self._add_result(index.row()))
        self.views.addWidget(self.cart_view)
        self.views.addWidget(self.results_view)
        column.addWidget(self.views, 1)
        self.message = QLabel("")
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)
        column.addWidget(self.message)
        actions = QHBoxLayout()
        self.line_buttons = []
        for text, slot, name in (
            (self.tr("Quantity\nF3"), self.change_quantity, "qtyButton"),
            (self.tr("Line discount\nF4"), self.discount_line, "lineDiscountButton"),
            (self.tr("Price\nF5"), self.override_price, "priceButton"),
            (self.tr("Remove line\nDel"), self.remove_line, "removeButton"),
        ):
            button = self._button(text, slot, name)
            actions.addWidget(button)
            self.line_buttons.append(button)
        self.line_buttons[-1].setProperty("role", "danger")
        actions.insertWidget(0, self._button(self.tr("Customer\nF1"), self.customers.find, "customerButton"))
        actions.insertWidget(1, self._button(self.tr("Reserved\nCtrl+R"), self.customers.open_reservations, "reservationsButton"))
        column.addLayout(actions)
        return column

    def _side_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        self.totals = TotalsPanel(self.money, shown_vat=self.till.settings.whole)
        column.addWidget(self.totals)
        self._side = column
        self.quick_keys_box = self._quick_keys()
        column.addWidget(self.quick_keys_box, 1)
        grid = QGridLayout()
        grid.setSpacing(6)
        buttons = (
            (self.tr("Sale discount\nF6"), self.discount_order, "orderDiscountButton"),
            (self.tr("Park\nF7"), self.park, "parkButton"),
            (self.tr("Recall\nF8"), self.recall, "recallButton"),
            (self.tr("Refund\nF10"), self.refund, "refundButton"),
            (self.tr("Cash in/out\nF11"), self.cash_in_out, "cashButton"),
            (self.tr("No sale\nCtrl+D"), self.open_drawer, "drawerButton"),
            (self.tr("Void sale\nCtrl+Del"), self.void_sale, "voidButton"),
            (self.tr("Close shift\nCtrl+F12"), self.close_shift, "closeShiftButton"),
            (self.tr("Lock\nCtrl+L"), self.lock, "lockButton"),
        )
        for i, (text, slot, name) in enumerate(buttons):
            grid.addWidget(self._button(text, slot, name), i // 3, i % 3)
        column.addLayout(grid)
        self.pay_button = self._button(self.tr("PAY  F12"), self.pay, "payButton")
        self.pay_button.setProperty("role", "pay")
        self.pay_button.setMinimumHeight(64)
        column.addWidget(self.pay_button)
        return column

    def _quick_keys(self) -> QWidget:
        box = QWidget()
        box.setLayout(quick_key_grid(self.till.quick_keys()[:16], self.money, self._add_product))
        box.layout().setContentsMargins(0, 0, 0, 0)
        return box

    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the search box
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _shortcuts(self) -> None:
        for key, slot in (
            (Qt.Key.Key_F2, self.focus_search),
            (Qt.Key.Key_F3, self.change_quantity),
            (Qt.Key.Key_F4, self.discount_line),
            (Qt.Key.Key_F5, self.override_price),
            (Qt.Key.Key_F6, self.discount_order),
            (Qt.Key.Key_F7, self.park),
            (Qt.Key.Key_F8, self.recall),
            (Qt.Key.Key_F9, self.reprint_last),
            (Qt.Key.Key_F10, self.refund),
            (Qt.Key.Key_F11, self.cash_in_out),
            (Qt.Key.Key_F12, self.pay),
            (QKeySequence("Ctrl+F12"), self.close_shift),
            (QKeySequence("Ctrl+D"), self.open_drawer),
            (QKeySequence("Ctrl+Del"), self.void_sale),
            (QKeySequence("Ctrl+L"), self.lock),
            (QKeySequence("Ctrl+P"), self.printer_setup),
            (QKeySequence("Ctrl+B"), self.open_back_office),
        ):
            QShortcut(QKeySequence(key), self, activated=slot)

    # --- state -----------------------------------------------------------------
    def refresh(self, select_line: str | None = None) -> None:
        """Redraw the sale from the till's cart."""
        cart = self.till.cart
        self.cart_model.set_cart(cart)
        totals = cart.totals()
        count = len(cart.lines)
        self.totals.show_totals(totals, count)
        if cart.kind == REFUND:
            self.refund_banner.setText(self.tr("REFUND – reason: %1. Press F12 to pay back, Ctrl+Del to cancel.").replace("%1", cart.reason or ""))
            self.refund_banner.show()
        else:
            self.refund_banner.hide()
        self.pay_button.setEnabled(count > 0)
        if count:
            row = self.cart_model.row_of(select_line) if select_line else count - 1
            self.cart_view.selectRow(max(row, 0))
            self.cart_view.scrollTo(self.cart_model.index(max(row, 0), 0))
        for button in self.line_buttons:
            button.setEnabled(count > 0 and cart.kind == SALE)
        self.customers.sync()

    def _take_pulled_settings(self) -> None:
        """After a sync: the owner's new shop name, discount limit or cash notes apply at once."""
        if self.till.reload_settings():
            self.setWindowTitle(f"Bottega – {self.settings.shop_name}")
            self.header.show_state()
            self.refresh()

    def show_message(self, text: str, error: bool = False) -> None:
        if not text and not self.message.text():
            return  # every scan clears the message: restyling an empty label costs a frame's worth
        self.message.setProperty("role", "error" if error else "")
        self.message.setStyleSheet("" if error else "color: #1b4332; font-weight: 600;")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _run(self, action) -> bool:
        """Run a till action; a shop error is shown and leaves the sale as it was."""
        try:
            action()
        except ShopError as error:
            self.show_message(message_for(error), error=True)
            return False
        return True

    def selected_line(self) -> str | None:
        rows = self.cart_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.cart_model.line_id(rows[0].row())

    # --- selling ---------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        stripped = text.strip()
        self._digit_search.stop()
        if not stripped:
            self.views.setCurrentWidget(self.cart_view)
        elif stripped.isdigit():
            self._digit_search.start()
        else:
            self._search_now()

    def _search_now(self) -> None:
        stripped = self.search.text().strip()
        if not stripped:
            return
        self.results_model.set_products(self.till.search(stripped))
        self.views.setCurrentWidget(self.results_view)
        if self.results_model.rowCount():
            self.results_view.selectRow(0)

    def _search_entered(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if text.isdigit() and len(text) >= 6:
            self.scan(text)
            return
        rows = self.results_view.selectionModel().selectedRows() if self.results_model.rowCount() else []
        if rows:
            self._add_result(rows[0].row())
        else:
            self.show_message(self.tr("No product matches “%1”. Check the spelling or scan the barcode.").replace("%1", text), error=True)

    def eventFilter(self, watched, event) -> bool:
        # Up/Down in the search box move through the results without leaving the box.
        if watched is self.search and event.type() == event.Type.KeyPress and self.views.currentWidget() is self.results_view:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                rows = self.results_view.selectionModel().selectedRows()
                row = rows[0].row() if rows else -1
                row += 1 if event.key() == Qt.Key.Key_Down else -1
                if 0 <= row < self.results_model.rowCount():
                    self.results_view.selectRow(row)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._clear_search()
                return True
        return super().eventFilter(watched, event)

    def _clear_search(self) -> None:
        self._digit_search.stop()
        self.search.clear()
        self.views.setCurrentWidget(self.cart_view)

    def scan(self, code: str) -> None:
        """A scanned code: add its product, or say why not and leave the sale as it was."""
        self._clear_search()
        if self.till.cart.kind == REFUND:
            self.show_message(self.tr("Finish or cancel the refund before selling."), error=True)
            return
        line = None

        def add():
            nonlocal line
            line = self.till.scan(code)

        if self._run(add):
            self.show_message("")
            self.refresh(select_line=line.id)

    def _add_result(self, row: int) -> None:
        self._add_product(self.results_model.product(row))
        self._clear_search()

    def _add_product(self, product) -> None:
        if self.till.cart.kind == REFUND:
            self.show_message(self.tr("Finish or cancel the refund before selling."), error=True)
            return
        qty = 1000
        if product.unit == KG:
            dialog = QuantityDialog(product.name, "kg", 0, self)
            if not dialog.exec() or not dialog.value:
                return
            qty = dialog.value
        line = self.till.add_product(product, qty)
        self.show_message("")
        self.refresh(select_line=line.id)
        self.search.setFocus()

    # --- paying ----------------------------------------------------------------
    def pay(self) -> None:
        if not self.till.cart.lines:
            return
        dialog = PaymentDialog(self.till, self)
        # Print, and open the drawer for the change, as soon as the sale is stored: while the change shows.
        dialog.pages.currentChanged.connect(lambda _page: self._sale_stored(dialog.completed))
        dialog.exec()
        if dialog.completed:
            done = dialog.completed
            if done.total < 0:
                text = self.tr("Refund %1 recorded: %2 paid back.").replace("%1", done.receipt_number).replace("%2", self.money(-done.total))
            elif done.change:
                text = self.tr("Sale %1 recorded. Change due: %2").replace("%1", done.receipt_number).replace("%2", self.money(done.change))
            else:
                text = self.tr("Sale %1 recorded.").replace("%1", done.receipt_number)
            if self._print_problem:  # the printer failed while the change was on screen
                text = f"{text}  {self._print_problem}"
            self.show_message(text, error=bool(self._print_problem))
            self.refresh()
            self.header.show_state()
        else:
            self.refresh()  # paying may have taken a coupon used meanwhile off the sale
            if dialog.coupon_removed:
                self.show_message(dialog.coupon_removed, error=True)
        self.search.setFocus()

    def _sale_stored(self, done) -> None:
        if done is not None and self.fiscal is not None:
            self.fiscal.queue.after_sale(done.sale_id)  # the RT's job committed with the sale
        if done is not None and self.printing is not None:
            self._print_problem = ""
            self.printing.queue.after_sale(done.sale_id)

    def _fiscal_event(self, event) -> None:
        """The RT confirmed or could not take a document (delivered here by a signal): told at once."""
        text, error = self.fiscal.message(event)
        self.header.show_fiscal_state()
        if text:
            self._print_problem = text if error else self._print_problem
            self.show_message(text, error)

    def reprint_last(self) -> None:
        """F9: the last receipt again - the original if it never came out, otherwise a copy."""
        if self.printing is None:
            return
        job = self.printing.queue.reprint_last()
        if job is None:
            self.show_message(self.tr("No receipt to reprint yet."), error=True)
        elif job.is_copy:
            self.show_message(self.tr("Printing a copy of receipt %1.").replace("%1", job.number))
        else:
            self.show_message(self.tr("Printing receipt %1 again.").replace("%1", job.number))

    def _print_event(self, event) -> None:
        """A print job or drawer kick finished on the print queue's thread (delivered here by a signal)."""
        text, error = self.printing.message(event)
        if event.kind == "printed":
            self._print_problem = ""
        if text:
            self._print_problem = text
            self.show_message(text, error)

    # --- other actions ---------------------------------------------------------
    def park(self) -> None:
        if self.till.cart.lines and self.till.cart.kind == SALE:
            self.till.park()
            self.show_message(self.tr("Sale parked. Press F8 to recall it."))
            self.refresh()

    def recall(self) -> None:
        from ui.parked_dialog import ParkedDialog

        if ParkedDialog(self.till, self).exec():
            self.show_message(self.tr("Parked sale recalled."))
            self.refresh()

    def refund(self) -> None:
        from ui.refund_dialog import RefundDialog

        if self.till.cart.lines:
            self.show_message(self.tr("Finish, park or cancel this sale before a refund."), error=True)
            return
        if RefundDialog(self.till, self).exec():
            self.refresh()

    def cash_in_out(self) -> None:
        from ui.cash_dialog import CashDialog

        if CashDialog(self.till, self).exec():
            self.show_message(self.tr("Cash movement recorded."))
            self.refresh()

    def open_drawer(self) -> None:
        if self._with_approval(lambda approver: self.till.open_drawer(approver)):
            if self.printing is not None:
                self.printing.queue.open_drawer()
            self.show_message(self.tr("Drawer opened (no sale) – recorded in the audit log."))

    def close_shift(self) -> None:
        from ui.close_shift_dialog import CloseShiftDialog

        if self.till.cart.lines:
            self.show_message(self.tr("Finish, park or cancel this sale before closing the shift."), error=True)
            return
        dialog = CloseShiftDialog(self.till, self)
        dialog.exec()
        if getattr(dialog, "report", None) is not None:
            if self.printing is not None:
                self.printing.queue.after_z_report(dialog.report.id)
            if self.fiscal is not None:
                self.fiscal.queue.retry_open()  # the RT's daily closure, queued with the shift close
            self.header.backups.after_shift_close()  # on its own thread: the next sign-in never waits
            self.signed_out.emit()

    def printer_setup(self) -> None:
        from ui.printer_setup import open_printer_setup

        if open_printer_setup(self, self.till):
            self.show_message(self.tr("Printer settings saved."))

    def open_back_office(self) -> None:
        """Ctrl+B: the back office over this till for a manager or owner; closing it comes back here."""
        from ui.back_office import BackOfficeWindow, may_open

        if not may_open(self.till.user):
            self.show_message(self.tr("The back office is for owners and managers."), error=True)
            return
        if self.till.cart.lines:
            self.show_message(self.tr("Finish, park or cancel this sale before opening the back office."), error=True)
            return
        self.back_office = BackOfficeWindow(self.till.engine, self.till.user, self.settings, from_till=True)
        self.back_office.closed.connect(self._back_from_office)
        self.back_office.show()
        self.hide()

    def _back_from_office(self) -> None:
        """The owner's changes apply at once: the shop's name, the limits, the quick keys."""
        office, self.back_office = self.back_office, None
        self.show()  # before the back office closes: closing the last visible window would quit the app
        if office is not None:
            office.close()
            office.deleteLater()
        self.till.reload_settings()
        self.setWindowTitle(f"Bottega – {self.settings.shop_name}")
        fresh = self._quick_keys()
        self._side.replaceWidget(self.quick_keys_box, fresh)
        self.quick_keys_box.deleteLater()
        self.quick_keys_box = fresh
        self.header.show_state()
        self.refresh()
        self.activateWindow()
        self.search.setFocus()

    def lock(self) -> None:
        if self.till.cart.lines and self.till.cart.kind == SALE:
            self.till.park(self.tr("Locked"))
        self.signed_out.emit()
