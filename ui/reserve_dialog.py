"""Put the goods of the sale on screen aside for the attached customer: pick-up day, deposit, note, weekly.

The cashier scans and weighs the goods as for a sale, then reserves them instead of taking payment;
the sale on screen starts again empty, with the customer still attached.
"""
from datetime import timedelta

from babel.dates import format_skeleton
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QFormLayout, QHBoxLayout, QLineEdit, QRadioButton

from shop.errors import ShopError
from shop.kinds import CARD, CASH, KG
from shop.money import format_qty
from shop.till import Till
from ui.amount_edit import AmountEdit
from ui.customer_messages import customer_message_for
from ui.dialog_parts import TillDialog, label
from ui.customer_register import birthday_pattern


class ReserveDialog(TillDialog):
    def __init__(self, till: Till, customer_name: str, parent=None):
        super().__init__(self.tr("Reserve for %1").replace("%1", customer_name),
                         self.tr("The items of this sale are put aside until the pick-up day; nothing is paid now "
                                 "but an optional deposit."),
                         self.tr("Reserve (Enter)"), parent, width=640)
        self.till = till
        self.settings = till.settings
        self.reservation = None
        lines = [line for line in till.cart.lines if line.product_id]
        self.items = [(line.product_id, line.qty_milli) for line in lines]
        self.summary = label(", ".join(_item(line, self.settings.locale) for line in lines), name="reserveItems", wrap=True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.summary)
        form = QFormLayout()
        form.setSpacing(10)
        today = till.shop_today()
        self.pickup = QDateEdit(QDate(today + timedelta(days=1)))
        self.pickup.setObjectName("pickupDate")
        self.pickup.setCalendarPopup(True)
        self.pickup.setMinimumDate(QDate(today))
        # Qt and CLDR share these pattern letters, so the shop's own date order shows.
        self.pickup.setDisplayFormat(birthday_pattern(self.settings.locale))
        form.addRow(self.tr("Pick-up day"), self.pickup)
        deposit = QHBoxLayout()
        self.deposit = AmountEdit(self.settings)
        self.deposit.setObjectName("depositEdit")
        self.deposit.setStyleSheet("font-size: 18px; padding: 6px 10px;")
        self.cash = QRadioButton(self.tr("Cash"))
        self.cash.setChecked(True)
        self.card = QRadioButton(self.tr("Card"))
        deposit.addWidget(self.deposit, 1)
        deposit.addWidget(self.cash)
        deposit.addWidget(self.card)
        form.addRow(self.tr("Deposit paid now"), deposit)
        self.note = QLineEdit()
        self.note.setObjectName("reserveNote")
        self.note.setPlaceholderText(self.tr("Optional: sliced thin, ready by 5 pm…"))
        form.addRow(self.tr("Note"), self.note)
        self.weekly = QCheckBox(self.tr("Every week on the same day"))
        self.weekly.setObjectName("weeklyBox")
        form.addRow("", self.weekly)
        self.body.addLayout(form)
        self.note.setFocus()

    def confirm(self) -> None:
        if not self.items:
            self.show_error(self.tr("Scan or add the items to put aside first."))
            return
        deposit = 0
        if self.deposit.text().strip():
            try:
                deposit = self.deposit.amount()
            except ValueError:
                self.show_error(self.tr("“%1” is not an amount. Type it like 20 or 12.50.").replace("%1", self.deposit.text()))
                return
        pickup = self.pickup.date().toPython()
        try:
            self.reservation = self.till.reserve(
                self.till.cart.customer_id, self.items, pickup, note=self.note.text().strip(), deposit=deposit,
                deposit_method=(CASH if self.cash.isChecked() else CARD) if deposit else None,
                repeat_days=7 if self.weekly.isChecked() else None,
            )
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            return
        self.deposit_text = self.settings.money(deposit) if deposit else ""
        self.pickup_text = format_skeleton("MMMEd", pickup, locale=self.settings.locale)
        self.accept()


def _item(line, locale: str) -> str:
    qty = format_qty(line.qty_milli, line.unit, locale)
    return f"{qty} {line.name}" if line.unit == KG else f"{qty} × {line.name}"
