"""Cash in or out of the drawer outside a sale: a supplier paid, change added, takings to the bank."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QFormLayout, QFrame, QHBoxLayout

from shop.errors import ShopError
from shop.till import Till
from ui.amount_edit import AmountEdit
from ui.dialog_parts import TillDialog, button, label, reason_combo, restyle
from ui.messages import invalid_amount

IN, OUT = "in", "out"


class CashDialog(TillDialog):
    def __init__(self, till: Till, parent=None, direction: str = OUT):
        super().__init__(self.tr("Cash in / out"), "", self.tr("Record (Enter)"), parent, width=560)
        self.till = till
        self.settings = till.settings
        self.amount_moved: int | None = None  # signed, as recorded: negative for cash out
        self.reason = ""
        toggle = QHBoxLayout()
        toggle.setSpacing(8)
        self.in_button = button(self.tr("Cash in  (F1)"), "cashInButton", slot=lambda: self.set_direction(IN), height=56)
        self.out_button = button(self.tr("Cash out  (F2)"), "cashOutButton", slot=lambda: self.set_direction(OUT), height=56)
        group = QButtonGroup(self)
        for widget in (self.in_button, self.out_button):
            widget.setCheckable(True)
            group.addButton(widget)
            toggle.addWidget(widget)
        self.body.addLayout(toggle)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, activated=lambda: self.set_direction(IN))
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=lambda: self.set_direction(OUT))

        panel = QFrame()
        panel.setObjectName("panel")
        form = QFormLayout(panel)
        form.setContentsMargins(20, 16, 20, 16)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        self.amount = AmountEdit(self.settings)
        self.amount.setObjectName("amountEdit")
        amount_label = label(self.tr("Amount"))
        amount_label.setMinimumHeight(self.amount.sizeHint().height())
        form.addRow(amount_label, self.amount)
        self.reason_box = reason_combo("reasonBox", [], self.tr("Choose or type why"))
        form.addRow(label(self.tr("Reason")), self.reason_box)
        self.body.addWidget(panel)
        self.drawer = label("", "hint", "drawerLabel")
        self.body.addWidget(self.drawer)
        self._show_drawer()
        self.set_direction(direction)

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    def _show_drawer(self) -> None:
        try:
            expected = self.till.x_report()["cash"]["expected"]
        except ShopError as error:
            self.show_error(error)
            self.ok_button.setEnabled(False)
            return
        self.drawer.setText(self.tr("The drawer should hold %1 now.").replace("%1", self.money(expected)))

    def reasons(self, direction: str) -> list[str]:
        if direction == IN:
            return [self.tr("Change added"), self.tr("Change from the safe"), self.tr("Correction")]
        return [self.tr("Supplier paid"), self.tr("Takings to the bank"), self.tr("To the safe"),
                self.tr("Shop expenses"), self.tr("Correction")]

    def set_direction(self, direction: str) -> None:
        self.direction = direction
        for widget, value in ((self.in_button, IN), (self.out_button, OUT)):
            widget.setChecked(value == direction)
            widget.setProperty("role", "primary" if value == direction else "")
            restyle(widget)
        typed = self.reason_box.currentText()
        self.reason_box.clear()
        self.reason_box.addItems(self.reasons(direction))
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.setEditText(typed if typed and typed not in self.reasons(IN if direction == OUT else OUT) else "")
        self.ok_button.setText(self.tr("Put in the drawer (Enter)") if direction == IN else self.tr("Take out (Enter)"))
        self.amount.setFocus()

    def confirm(self) -> None:
        try:
            amount = self.amount.amount()
        except ValueError as error:
            self.show_error(invalid_amount(self.amount.text(), error))
            self.amount.setFocus()
            return
        if amount == 0:
            self.show_error(self.tr("Type the amount put in or taken out; it can't be 0."))
            self.amount.setFocus()
            return
        reason = self.reason_box.currentText().strip()
        if not reason:
            self.show_error(self.tr("Choose or type a reason: it goes in the shift report and the audit log."))
            self.reason_box.setFocus()
            return
        signed = amount if self.direction == IN else -amount
        try:
            self.till.move_cash(signed, reason)
        except ShopError as error:
            self.show_error(error)
            return
        self.amount_moved, self.reason = signed, reason
        self.accept()
