"""Taking the money: cash with change, card, or several of each; paying back on a refund.

The sale is recorded once: the dialog stops taking tenders the moment it starts completing, and
the cart's id makes a repeated completion a no-op in the database as well.
"""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from shop.cash_rounding import cash_to_pay, rounding_for
from shop.customer_errors import CouponInvalid, NotEnoughPoints
from shop.errors import ShopError
from shop.loyalty import POINTS
from shop.sales import CARD, CASH, CompletedSale, Tender
from shop.till import Till
from ui.messages import invalid_amount, message_for

_INVALID = object()


class PaymentDialog(QDialog):
    def __init__(self, till: Till, parent=None):
        super().__init__(parent)
        self.till = till
        self.settings = till.settings
        self.total = till.cart.totals().total
        self.refund = self.total < 0
        self.tenders: list[Tender] = []
        if till.cart.reservation_id:  # a pickup: its deposit was paid when it was reserved
            deposit = till.deposit_tender()
            if deposit.amount:
                self.tenders.append(deposit)
        self.completed: CompletedSale | None = None
        self.coupon_removed = ""  # why a coupon was taken off the sale while paying (used meanwhile)
        self._completing = False
        self.setWindowTitle(self.tr("Refund") if self.refund else self.tr("Payment"))
        self.setMinimumSize(620, 520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._tender_page())
        self.pages.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.pages)
        self._update()

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    # --- layout ----------------------------------------------------------------
    def _tender_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Pay back to the customer") if self.refund else self.tr("Amount due"))
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        self.due = QLabel(self.money(abs(self.total)))
        self.due.setObjectName("dueLabel")
        self.due.setProperty("role", "big")
        layout.addWidget(self.due)
        self.cash_due = QLabel()  # "In cash: 1 000 Ft (rounding -2 Ft)" where the country rounds cash
        self.cash_due.setObjectName("cashDueLabel")
        self.cash_due.setProperty("role", "hint")
        layout.addWidget(self.cash_due)
        self.tender_list = QListWidget()
        self.tender_list.setObjectName("tendersList")
        self.tender_list.setMaximumHeight(110)
        self.tender_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.tender_list)
        self.remaining = QLabel()
        self.remaining.setObjectName("remainingLabel")
        self.remaining.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout.addWidget(self.remaining)
        self.amount = QLineEdit()
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText(self.tr("Amount received (empty = exact amount)"))
        self.amount.setStyleSheet("font-size: 24px;")
        self.amount.returnPressed.connect(self.pay_cash)
        layout.addWidget(self.amount)
        self.lottery = QLineEdit()
        self.lottery.setObjectName("lotteryEdit")
        self.lottery.setMaxLength(8)
        self.lottery.setPlaceholderText(self.tr("Lottery code (8 characters, card payments from 1 EUR)"))
        # Italy's lotteria degli scontrini: sent to the RT with the sale (shop/fiscal.py).
        self.lottery.setVisible(not self.refund and self.settings.country == "IT")
        layout.addWidget(self.lottery)
        if not self.refund:
            notes = QGridLayout()
            for i, note in enumerate(self.settings.cash_notes):
                button = QPushButton(self.money(note))
                button.setObjectName(f"note{note}")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(lambda _=False, n=note: self._tender(CASH, n))
                notes.addWidget(button, 0, i)
            layout.addLayout(notes)
        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Back to sale (Esc)"))
        cancel.setObjectName("cancelButton")
        cancel.clicked.connect(self.reject)
        self.card_button = QPushButton(self.tr("Card (F8)"))
        self.card_button.setObjectName("cardButton")
        self.card_button.clicked.connect(self.pay_card)
        self.cash_button = QPushButton(self.tr("Cash (Enter)"))
        self.cash_button.setObjectName("cashButton")
        self.cash_button.setProperty("role", "pay")
        self.cash_button.clicked.connect(self.pay_cash)
        self.points_button = QPushButton(self.tr("Points (F6)"))
        self.points_button.setObjectName("pointsButton")
        self.points_button.clicked.connect(self.pay_points)
        # The offline rule (issue 5): only what this till's ledger holds can be spent.
        self.points_button.setToolTip(self.tr("Points pay up to the balance this till knows; points earned at "
                                              "another till count here once both tills have synced."))
        self.points_button.setVisible(not self.refund and self.till.cart.customer_id is not None)
        for button in (cancel, self.points_button, self.card_button, self.cash_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(56)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.change_title = QLabel()
        self.change_title.setProperty("role", "title")
        self.change_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.change_title)
        self.change = QLabel()
        self.change.setObjectName("changeLabel")
        self.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.change.setStyleSheet("font-size: 56px; font-weight: 700; color: #1b4332;")
        layout.addWidget(self.change)
        self.receipt = QLabel()
        self.receipt.setObjectName("receiptLabel")
        self.receipt.setProperty("role", "hint")
        self.receipt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.receipt)
        layout.addStretch(1)
        self.next_button = QPushButton(self.tr("Next customer (Enter)"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "pay")
        self.next_button.clicked.connect(self.accept)
        layout.addWidget(self.next_button)
        return page

    # --- tendering -------------------------------------------------------------
    def left_to_pay(self) -> int:
        """Left to pay with the tenders so far (cash among them is rounded by the shop's rule)."""
        return self.total + rounding_for(self.settings, self.total, self.tenders) - sum(t.amount for t in self.tenders)

    def cash_left(self) -> int:
        """Left to pay if the rest is paid in cash: rounded where the shop's country rounds cash."""
        return cash_to_pay(self.settings, self.total, self.tenders)

    def pay_cash(self) -> None:
        amount = self._typed_amount()
        if amount is _INVALID:
            return
        if self.refund and amount is not None and amount < self.cash_left():
            # A refund gives no change: more than is left would be money given away. Keep the typing.
            self.error.setText(self.tr("Still to pay back: %1").replace("%1", self.money(-self.cash_left())))
            self.amount.selectAll()
            return
        self._tender(CASH, amount)

    def pay_card(self) -> None:
        amount = self._typed_amount()
        if amount is _INVALID:
            return
        left = self.left_to_pay()
        if amount is not None and abs(amount) > abs(left):
            self.error.setText(self.tr("A card payment can't be more than what is left: %1.").replace("%1", self.money(abs(left))))
            return
        self._tender(CARD, amount)

    def pay_points(self) -> None:
        """As much as the attached customer's points cover; the rest in cash or by card."""
        from shop.points_payment import points_tender_for

        tender = points_tender_for(self.till, self.left_to_pay()) if not self.refund else None
        if tender is None:
            self.error.setText(self.tr("No points to pay with."))
            return
        self._tender(tender.method, tender.amount)

    def _typed_amount(self):
        """The typed amount in minor units (signed like the total), None for 'exactly what is left'.

        _INVALID when the text is not an amount; the message is shown and the text kept.
        """
        text = self.amount.text().strip()
        if not text:
            return None
        try:
            amount = self.settings.parse_amount(text)
        except ValueError as error:
            self.error.setText(invalid_amount(text, error))
            return _INVALID
        return -amount if self.refund else amount

    def _tender(self, method: str, amount: int | None) -> None:
        if self._completing or self.completed:
            return
        left = self.cash_left() if method == CASH else self.left_to_pay()
        amount = left if amount is None else amount
        if amount == 0:
            return
        self.tenders.append(Tender(method, amount))
        self.amount.clear()
        self.error.setText("")
        self._update()
        if (self.refund and self.left_to_pay() >= 0) or (not self.refund and self.left_to_pay() <= 0):
            self._complete()

    def _complete(self) -> None:
        self._completing = True
        self.till.cart.lottery_code = self.lottery.text() or None
        try:
            self.completed = self.till.pay(self.tenders)
        except ShopError as error:
            self.tenders.pop()
            self.error.setText(self._refused(error))
            self._update()
            return
        finally:
            self._completing = False
        if self.refund:
            self.change_title.setText(self.tr("Paid back"))
            self.change.setText(self.money(-self.completed.total))
        else:
            self.change_title.setText(self.tr("Change due") if self.completed.change else self.tr("Paid"))
            self.change.setText(self.money(self.completed.change) if self.completed.change else "✓")
        self.receipt.setText(self.tr("Receipt %1").replace("%1", self.completed.receipt_number))
        self.pages.setCurrentIndex(1)
        self.next_button.setFocus()

    def _refused(self, error: ShopError) -> str:
        """What the cashier reads when the sale could not be stored; the sale stays, ready to be paid again."""
        text = message_for(error, self.settings)
        if isinstance(error, NotEnoughPoints):  # spent meanwhile (another sale, another till): ask the points again
            self.tenders = [tender for tender in self.tenders if tender.method != POINTS]
        elif isinstance(error, CouponInvalid):  # used or expired meanwhile: it can't stay on the sale
            self.till.remove_coupon()
            self.total = self.till.cart.totals().total
            self.due.setText(self.money(abs(self.total)))
            text = self.tr("%1 It was taken off this sale: %2 to pay.").replace("%1", text).replace(
                "%2", self.money(abs(self.total)))
            self.coupon_removed = text  # the till's message line says it too once the dialog closes
        return text

    def _update(self) -> None:
        self.tender_list.clear()
        names = {CASH: self.tr("Cash"), CARD: self.tr("Card"), "deposit": self.tr("Deposit paid"), "points": self.tr("Points")}
        for tender in self.tenders:
            self.tender_list.addItem(f"{names.get(tender.method, tender.method)}   {self.money(abs(tender.amount))}")
        left = self.left_to_pay()
        cash = self.cash_left()
        rounding = cash - left if left * (1 if not self.refund else -1) > 0 else 0
        self.cash_due.setText(
            self.tr("In cash: %1 (rounding %2)").replace("%1", self.money(abs(cash))).replace("%2", self.money(-rounding if self.refund else rounding))
            if rounding else "")
        if self.refund:
            self.remaining.setText(self.tr("Still to pay back: %1").replace("%1", self.money(-left)))
        elif left > 0:
            self.remaining.setText(self.tr("Still to pay: %1").replace("%1", self.money(left)))
        else:
            self.remaining.setText(self.tr("Change due: %1").replace("%1", self.money(-left)))

    def keyPressEvent(self, event) -> None:
        if self.pages.currentIndex() == 1 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        if event.key() == Qt.Key.Key_F8:
            self.pay_card()
            return
        if event.key() == Qt.Key.Key_F6 and self.points_button.isVisible():
            self.pay_points()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        # After the sale is recorded there is nothing to go back to: closing means "next customer".
        if self.completed:
            self.accept()
        else:
            super().reject()
