"""Small dialogs that change one thing on the sale: a quantity, a price, a discount."""
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from shop.cart import AMOUNT, PERCENT, Discount
from shop.kinds import KG
from shop.settings import ShopSettings


class ValueDialog(QDialog):
    """A title, one big input, an inline error, OK/Cancel. Subclasses parse the text."""

    def __init__(self, title: str, hint: str, initial: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.value = None
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        self.hint = QLabel(hint)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.extra = QHBoxLayout()
        layout.addLayout(self.extra)
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("valueEdit")
        self.edit.selectAll()
        self.edit.setStyleSheet("font-size: 24px;")
        layout.addWidget(self.edit)
        self.error = QLabel("")
        self.error.setObjectName("errorLabel")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setProperty("role", "primary")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def parse(self, text: str):
        raise NotImplementedError

    def _accept(self) -> None:
        try:
            self.value = self.parse(self.edit.text())
        except (ValueError, InvalidOperation, ArithmeticError):
            self.error.setText(self.tr("“%1” is not a valid value. Correct it and press Enter.").replace("%1", self.edit.text()))
            return
        self.accept()


class QuantityDialog(ValueDialog):
    """Pieces as a whole number, weighed goods in kg with up to three decimals."""

    def __init__(self, name: str, unit: str, qty_milli: int, parent=None):
        kg = unit == KG
        initial = f"{Decimal(qty_milli).scaleb(-3):f}" if kg else str(qty_milli // 1000)
        hint = self.tr("Weight in kg, e.g. 0.450") if kg else self.tr("Number of pieces; 0 removes the line")
        super().__init__(self.tr("Quantity: %1").replace("%1", name), hint, initial, parent)
        self._kg = kg

    def parse(self, text: str) -> int:
        value = Decimal(text.strip().replace(",", "."))
        milli = value * 1000
        if value < 0 or milli != milli.to_integral_value() or (not self._kg and value != value.to_integral_value()):
            raise ValueError(text)
        return int(milli)


class PriceDialog(ValueDialog):
    def __init__(self, name: str, unit_price: int, settings: ShopSettings, parent=None):
        current = settings.money(unit_price)
        super().__init__(self.tr("New price: %1").replace("%1", name), self.tr("Current price %1").replace("%1", current), "", parent)
        self._settings = settings

    def parse(self, text: str) -> int:
        amount = self._settings.parse_amount(text)
        if amount < 0:
            raise ValueError(text)
        return amount


class DiscountDialog(ValueDialog):
    """Percent or amount off a line or the whole sale."""

    def __init__(self, title: str, settings: ShopSettings, parent=None):
        limit = f"{settings.discount_limit_bp / 100:g}%"
        super().__init__(title, self.tr("Above %1 a manager's PIN is needed. Empty removes the discount.").replace("%1", limit), "", parent)
        self._settings = settings
        self.percent = QPushButton(self.tr("Percent %"))
        self.amount = QPushButton(self.tr("Amount"))
        group = QButtonGroup(self)
        for button in (self.percent, self.amount):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            group.addButton(button)
            self.extra.addWidget(button)
        self.percent.setChecked(True)
        group.buttonToggled.connect(self._restyle)
        self._restyle()

    def _restyle(self, *_args) -> None:
        for button in (self.percent, self.amount):
            button.setProperty("role", "primary" if button.isChecked() else "")
            button.style().unpolish(button)
            button.style().polish(button)

    def parse(self, text: str) -> Discount | None:
        if not text.strip():
            return None
        if self.percent.isChecked():
            bp = Decimal(text.strip().rstrip("%").replace(",", ".")) * 100
            if bp != bp.to_integral_value() or not 0 < bp <= 10_000:
                raise ValueError(text)
            return Discount(PERCENT, int(bp))
        amount = self._settings.parse_amount(text)
        if amount <= 0:
            raise ValueError(text)
        return Discount(AMOUNT, amount)
