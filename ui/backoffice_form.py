"""A back-office form section: each field with its title, a one-line explanation, and its own error line."""
from decimal import Decimal

from babel.numbers import get_decimal_symbol
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget


from shop.settings import ShopSettings
from ui.dialog_parts import label


def amount_text(settings: ShopSettings, amount: int) -> str:
    """An amount as the owner would type it back ("12,50", "500"): no currency sign, so
    `settings.parse_amount()` reads it again unchanged (the same form as ui/amount_edit.py)."""
    value = settings.to_decimal(amount)
    if value == value.to_integral_value():
        value = Decimal(int(value))
    return f"{value:f}".replace(".", get_decimal_symbol(settings.locale))


class FormSection(QFrame):
    """A titled panel of fields; `problem(key, text)` shows a message under that field."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("panel")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 16)
        heading = label(title)
        heading.setStyleSheet("font-weight: 600; font-size: 17px; color: #2d3a3a;")
        outer.addWidget(heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnMinimumWidth(0, 220)
        self.grid.setColumnMinimumWidth(1, 600)
        self.grid.setColumnStretch(2, 1)  # the fields keep their width on a wide screen; the rest is air
        outer.addLayout(self.grid)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, key: str, title: str, widget: QWidget, explanation: str) -> QWidget:
        row = self.grid.rowCount()
        name = label(title)
        self.grid.addWidget(name, row, 0)
        self.grid.addWidget(widget, row, 1)
        hint = label(explanation, "hint", f"{key}Hint", wrap=True)
        self.grid.addWidget(hint, row + 1, 1)
        error = label("", "error", f"{key}Error", wrap=True)
        error.hide()
        self.grid.addWidget(error, row + 2, 1)
        spacer = QWidget()
        spacer.setFixedHeight(8)
        self.grid.addWidget(spacer, row + 3, 0)
        if not widget.objectName():
            widget.setObjectName(f"{key}Field")
        self.fields[key] = widget
        self.errors[key] = error
        return widget

    def problem(self, key: str, text: str) -> bool:
        """Show `text` under the field `key`; False if this section has no such field."""
        error = self.errors.get(key)
        if error is None:
            return False
        error.setText(text)
        error.show()
        return True

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.setText("")
            error.hide()


translate = QCoreApplication.translate  # called by this name so that lupdate finds each sentence


def problem_text(code: str, settings: ShopSettings) -> str:
    """What the owner reads under a field the settings service refused (shop/settings_edit.py codes)."""
    texts = {
        "required": translate("BackOfficeForm", "This can't be left empty."),
        "tax_id": translate("BackOfficeForm", "This is not a valid tax id for %1: check the digits, or leave it empty."),
        "percent": translate("BackOfficeForm", "Type a percent from 0 to 100, like 10 or 12,5."),
        "positive": translate("BackOfficeForm", "Type a number above zero."),
        "not_negative": translate("BackOfficeForm", "Type 0 or a whole number above it."),
        "language": translate("BackOfficeForm", "Choose one of the receipt languages."),
        "prefix": translate("BackOfficeForm", "A prefix is two digits from 20 to 29 (or 02); separate them with spaces."),
        "prefix_twice": translate("BackOfficeForm", "A prefix can't be for weight and for price at once."),
        "item_digits": translate("BackOfficeForm", "The item code has 4 or 5 digits."),
        "tier": translate("BackOfficeForm", "Each tier needs its own name, a spend of 0 or more and a rate above 0."),
        "amount": translate("BackOfficeForm", "Type an amount, like 20 or 12,50."),
    }
    from ui.setup_wizard import COUNTRY_NAMES

    return texts.get(code, code).replace("%1", COUNTRY_NAMES.get(settings.country, settings.country))
