"""A field for an amount of money typed the way people type it: "20", "12,50" or "12.5"."""
from decimal import Decimal

from babel.numbers import get_currency_symbol, get_decimal_symbol
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from shop.settings import ShopSettings

# Nobody counts a billion into a drawer: anything larger is a typo (or a scanned barcode).
MAX_AMOUNT = 10**9


class AmountEdit(QLineEdit):
    def __init__(self, settings: ShopSettings, amount: int | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet("font-size: 26px; font-weight: 600; padding: 8px 12px;")
        self.setPlaceholderText(self.placeholder())
        if amount is not None:
            self.set_amount(amount)

    def placeholder(self) -> str:
        digits = self.settings.currency_exponent
        example = "0" if digits == 0 else "0" + get_decimal_symbol(self.settings.locale) + "0" * digits
        return f"{example} {self.currency_symbol()}"

    def currency_symbol(self) -> str:
        return get_currency_symbol(self.settings.currency, locale=self.settings.locale)

    def amount(self) -> int:
        """The typed amount in minor units; ValueError if it is not a non-negative amount."""
        text = self.text().strip()
        symbol = self.currency_symbol()
        if symbol and symbol in text:
            text = text.replace(symbol, "").strip()
        if not text:
            raise ValueError("empty")
        value = self.settings.parse_amount(text)  # AmountError says why it is not one
        if value < 0 or value > MAX_AMOUNT:
            raise ValueError(text)
        return value

    def set_amount(self, amount: int) -> None:
        value = self.settings.to_decimal(amount)
        if value == value.to_integral_value():
            value = Decimal(int(value))
        self.setText(f"{value:f}".replace(".", get_decimal_symbol(self.settings.locale)))
        self.selectAll()
