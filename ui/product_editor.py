"""The product form of the back office: each field with its own error line under it.

The form never loses what was typed: a refused save shows every problem at its field and keeps
the text; a saved product is re-read so the form shows what is stored (a PLU padded, spaces gone).
"""
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout)
from shop.catalogue_errors import InvalidFields
from shop.errors import ShopError
from shop.office.catalogue import Catalogue
from shop.product_admin import ProductDraft
from shop.settings import ShopSettings
from ui.catalogue_messages import error_message, problem_message
from ui.dialog_parts import button, label

FIELDS = ("sku", "name", "price", "vat_rate", "unit", "category", "barcodes", "plu")


class ProductEditor(QFrame):
    """Edits one product (or a new one); `saved(product_id)` after each write."""

    saved = Signal(str)

    def __init__(self, catalogue: Catalogue, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.catalogue, self.settings = catalogue, settings
        self.product_id: str | None = None
        self.active = True
        self.setObjectName("productEditor")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 8, 8)
        self.heading = label(self.tr("New product"), "title", "editorHeading")
        self.heading.setWordWrap(True)  # a long name wraps instead of running under the form
        outer.addWidget(self.heading)
        form = QFormLayout()
        form.setVerticalSpacing(2)
        self.sku = self._line("skuEdit")
        self.name = self._line("nameEdit")
        self.price = self._line("priceEdit")
        self.price.setPlaceholderText(self.tr("for example 1,50 (per kg for weighed goods)"))
        self.vat_rate = QComboBox(objectName="vatRateCombo")
        self.unit = QComboBox(objectName="unitCombo")
        self.unit.addItem(self.tr("piece"), "pc")
        self.unit.addItem(self.tr("kg (weighed)"), "kg")
        self.category = QComboBox(objectName="categoryCombo")
        self.barcodes = QPlainTextEdit(objectName="barcodesEdit")
        self.barcodes.setPlaceholderText(self.tr("one barcode a line: scan them here"))
        self.barcodes.setFixedHeight(84)
        self.barcodes.setTabChangesFocus(True)
        self.plu = self._line("pluEdit")
        self.plu.setPlaceholderText(self.tr("item code on scale labels"))
        self.errors: dict[str, QLabel] = {}
        titles = {"sku": self.tr("SKU"), "name": self.tr("Name"), "price": self.tr("Price"),
                  "vat_rate": self.tr("VAT rate"), "unit": self.tr("Sold by"), "category": self.tr("Category"),
                  "barcodes": self.tr("Barcodes"), "plu": self.tr("PLU")}
        for name in FIELDS:
            error = label("", "error", f"{name}Error", wrap=True)
            error.hide()
            self.errors[name] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(getattr(self, name))
            column.addWidget(error)
            form.addRow(titles[name], column)
        outer.addLayout(form)
        self.state = label("", "hint", "stateLabel", wrap=True)
        outer.addWidget(self.state)
        self.general_error = label("", "error", "generalError", wrap=True)
        outer.addWidget(self.general_error)
        outer.addStretch(1)
        row = QHBoxLayout()
        self.retire_button = button(self.tr("Retire"), "retireButton", slot=self.toggle_active, height=44)
        row.addWidget(self.retire_button)
        row.addStretch(1)
        self.save_button = button(self.tr("Save"), "saveButton", "primary", self.save, height=44)
        self.save_button.setMinimumWidth(140)
        row.addWidget(self.save_button)
        outer.addLayout(row)
        self.reload_lists()
        self.new_product()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.returnPressed.connect(self.save)
        return edit

    def reload_lists(self) -> None:
        """VAT rates and categories, as they are now (another tab may have changed them)."""
        rates, categories = self.catalogue.lists()
        for combo, items, none in ((self.vat_rate, [(f"{r.code} – {r.name}", r.id) for r in rates], None),
                                   (self.category, [(c.name, c.id) for c in categories], self.tr("(no category)"))):
            current = combo.currentData()
            combo.clear()
            if none is not None:
                combo.addItem(none, None)
            for text, data in items:
                combo.addItem(text, data)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))

    def new_product(self) -> None:
        self.product_id, self.active = None, True
        self.heading.setText(self.tr("New product"))
        for edit in (self.sku, self.name, self.price, self.plu):
            edit.clear()
        self.barcodes.clear()
        self.unit.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.vat_rate.setCurrentIndex(0)
        self.state.setText("")
        self.retire_button.hide()
        self.clear_errors()
        self.sku.setFocus()

    def load(self, product_id: str) -> None:
        detail = self.catalogue.product(product_id)
        if self.vat_rate.findData(detail.vat_rate_id) < 0 or (detail.category_id and self.category.findData(detail.category_id) < 0):
            self.reload_lists()  # made since (another tab, a sync): never show, and save, another rate
        self.product_id, self.active = detail.id, detail.active
        self.heading.setText(detail.name)
        self.sku.setText(detail.sku)
        self.name.setText(detail.name)
        self.price.setText(plain_amount(detail.price, self.settings))
        self.vat_rate.setCurrentIndex(max(self.vat_rate.findData(detail.vat_rate_id), 0))
        self.unit.setCurrentIndex(max(self.unit.findData(detail.unit), 0))
        self.category.setCurrentIndex(max(self.category.findData(detail.category_id), 0))
        self.barcodes.setPlainText("\n".join(detail.barcodes))
        self.plu.setText(detail.plu)
        self.retire_button.show()
        self.retire_button.setText(self.tr("Retire") if detail.active else self.tr("Put back on sale"))
        if not detail.active:
            self.state.setText(self.tr("Retired: the till no longer sells it; its past sales stay as they were."))
        elif detail.sold:
            self.state.setText(self.tr("Sold before: it can be retired, never deleted."))
        else:
            self.state.setText("")
        self.clear_errors()

    def draft(self) -> ProductDraft:
        return ProductDraft(sku=self.sku.text(), name=self.name.text(), price=self.price.text(),
                            vat_rate_id=self.vat_rate.currentData() or "", unit=self.unit.currentData(),
                            barcodes=self.barcodes.toPlainText().split(), plu=self.plu.text(),
                            category_id=self.category.currentData())

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.setText("")
            error.hide()
        self.general_error.setText("")

    def show_problems(self, error: InvalidFields) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in error.problems:
            by_field.setdefault(problem.field, []).append(problem_message(problem))
        for name, messages in by_field.items():
            target = self.errors.get(name)
            if target is None:
                self.general_error.setText(" ".join(messages))
                continue
            target.setText("\n".join(messages))
            target.show()
        first = next((n for n in FIELDS if n in by_field), None)
        if first:
            getattr(self, first).setFocus()

    def save(self) -> None:
        self.clear_errors()
        try:
            product_id = self.catalogue.save_product(self.draft(), self.product_id)
        except InvalidFields as error:
            self.show_problems(error)
            return
        except ShopError as error:
            self.general_error.setText(error_message(error))
            return
        self.load(product_id)
        self.saved.emit(product_id)

    def toggle_active(self) -> None:
        if self.product_id is None:
            return
        try:
            self.catalogue.set_active(self.product_id, not self.active)
        except ShopError as error:
            self.general_error.setText(error_message(error))
            return
        self.load(self.product_id)
        self.saved.emit(self.product_id)


def plain_amount(amount: int, settings: ShopSettings) -> str:
    """An amount as the owner would type it back ("1,50"), which parse_amount reads as the same amount.

    The number of minor digits is the shop's: the one parse_amount uses ("1" is 10**digits minor units).
    """
    digits = len(str(settings.parse_amount("1"))) - 1
    sign, whole = ("-" if amount < 0 else ""), abs(amount)
    if settings.whole_units and whole % 10**digits == 0:  # 1 299 Ft, not 1299,00
        return f"{sign}{whole // 10**digits}"
    if digits == 0:
        return f"{sign}{whole}"
    units, cents = divmod(whole, 10**digits)
    point = "." if settings.locale.split("_")[0] in ("en", "ko", "zh", "ja") else ","
    return f"{sign}{units}{point}{cents:0{digits}d}"
