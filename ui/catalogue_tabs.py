"""The back office's small catalogue lists: categories, VAT rates and the till's quick-key layout."""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)
from shop.catalogue_errors import InvalidFields
from shop.catalogue_lists import QuickKeyDraft
from shop.errors import ShopError
from shop.office.catalogue import Catalogue
from shop.settings import ShopSettings
from ui.catalogue_messages import error_message, problem_message
from ui.dialog_parts import button, label, style_table
from ui.quick_key_button import quick_key_grid

PALETTE = ("#4f6d7a", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8c2f39", "#6a4c93", "#1982c4", "#8ac926")


class _ListTab(QWidget):
    """A table of records on the left, the form of the chosen one on the right, errors at each field."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, columns: list[str], fields: dict[str, str], parent=None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.record_id: str | None = None
        self.records: list = []
        layout = QHBoxLayout(self)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        style_table(self.table, 36)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._picked)
        layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name, title in fields.items():
            edit = QLineEdit(objectName=f"{name}Edit")
            edit.returnPressed.connect(self.save)
            error = label("", "error", f"{name}Error", wrap=True)
            column = QVBoxLayout()
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(title, column)
            self.edits[name], self.errors[name] = edit, error
        side.addLayout(form)
        self.general_error = label("", "error", "generalError", wrap=True)
        side.addWidget(self.general_error)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("New"), "newButton", slot=self.new, height=44))
        row.addWidget(button(self.tr("Delete"), "deleteButton", slot=self.delete, height=44))
        row.addStretch(1)
        row.addWidget(button(self.tr("Save"), "saveButton", "primary", self.save, height=44))
        side.addLayout(row)
        layout.addLayout(side, 2)

    def reload(self) -> None:
        self.records = self.read()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.records))
        for i, record in enumerate(self.records):
            for column, text in enumerate(self.cells(record)):
                item = QTableWidgetItem(text)
                if column == 0 and hasattr(record, "color"):
                    item.setData(Qt.ItemDataRole.DecorationRole, QColor(record.color))
                self.table.setItem(i, column, item)
        self.table.blockSignals(False)

    def _picked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            record = self.records[rows[0].row()]
            self.record_id = record.id
            for name, edit in self.edits.items():
                edit.setText(self.value(record, name))
            self.clear_errors()

    def new(self) -> None:
        self.record_id = None
        self.table.clearSelection()
        for edit in self.edits.values():
            edit.clear()
        self.clear_errors()
        next(iter(self.edits.values())).setFocus()

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.setText("")
        self.general_error.setText("")

    def _run(self, work) -> bool:
        """`work()`, one write through the desk; its problems shown at their fields."""
        self.clear_errors()
        try:
            work()
        except InvalidFields as error:
            for problem in error.problems:
                target = self.errors.get(problem.field, self.general_error)
                target.setText(problem_message(problem))
            return False
        except ShopError as error:
            self.general_error.setText(error_message(error))
            return False
        self.reload()
        self.changed.emit()
        return True

    def save(self) -> None:
        values = {name: edit.text() for name, edit in self.edits.items()}
        if self._run(lambda: setattr(self, "record_id", self.write(values, self.record_id))):
            self.general_error.setText("")

    def delete(self) -> None:
        if self.record_id is not None and self._run(lambda: self.remove(self.record_id)):
            self.new()


class CategoriesTab(_ListTab):
    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(catalogue, [self.tr("Category"), self.tr("Colour"), self.tr("Products")],
                         {"name": self.tr("Name"), "color": self.tr("Colour (#rrggbb)")}, parent)
        self.edits["color"].setText(PALETTE[0])
        self.reload()

    def read(self):
        return self.catalogue.categories()

    def cells(self, record):
        return [record.name, record.color, str(record.products)]

    def value(self, record, name):
        return getattr(record, name)

    def write(self, values, record_id):
        return self.catalogue.save_category(values["name"], values["color"] or PALETTE[0], record_id)

    def remove(self, record_id):
        self.catalogue.delete_category(record_id)


class VatRatesTab(_ListTab):
    def __init__(self, catalogue: Catalogue, parent=None):
        super().__init__(catalogue, [self.tr("Code"), self.tr("Name"), self.tr("Rate"), self.tr("Products")],
                         {"code": self.tr("Code on the receipt"), "name": self.tr("Name"), "rate": self.tr("Rate (%)")},
                         parent)
        self.reload()

    def read(self):
        return self.catalogue.vat_rates()

    def cells(self, record):
        return [record.code, record.name, _percent(record.rate_bp), str(record.products)]

    def value(self, record, name):
        return _percent(record.rate_bp) if name == "rate" else getattr(record, name)

    def write(self, values, record_id):
        return self.catalogue.save_vat_rate(values["code"], values["name"], values["rate"], record_id)

    def remove(self, record_id):
        self.catalogue.delete_vat_rate(record_id)


def _percent(rate_bp: int) -> str:
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}" if not rest else f"{whole},{rest:02d}".rstrip("0")


class QuickKeysTab(QWidget):
    """The till's favourites: add products found by name, order them, give a key a label or a colour, save."""

    changed = Signal()

    def __init__(self, catalogue: Catalogue, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.catalogue, self.settings = catalogue, settings
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.search = QLineEdit(objectName="keySearchEdit")
        self.search.setPlaceholderText(self.tr("Find a product to add"))
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self.add_found)
        left.addWidget(self.search)
        self.found = QListWidget(objectName="foundList")
        self.found.itemActivated.connect(lambda _item: self.add_found())
        left.addWidget(self.found, 1)
        left.addWidget(button(self.tr("Add to the keys"), "addKeyButton", slot=self.add_found, height=40))
        layout.addLayout(left, 2)
        middle = QVBoxLayout()
        middle.addWidget(label(self.tr("Keys in till order"), "hint"))
        self.keys = QListWidget(objectName="keyList")
        self.keys.currentRowChanged.connect(self._key_picked)
        middle.addWidget(self.keys, 1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Up"), "upButton", slot=lambda: self.move(-1), height=40))
        row.addWidget(button(self.tr("Down"), "downButton", slot=lambda: self.move(1), height=40))
        row.addWidget(button(self.tr("Remove"), "removeKeyButton", slot=self.remove, height=40))
        middle.addLayout(row)
        form = QFormLayout()
        self.key_label = QLineEdit(objectName="keyLabelEdit")
        self.key_label.setPlaceholderText(self.tr("the product's name"))
        self.key_label.textEdited.connect(self._label_edited)
        self.key_color = QComboBox(objectName="keyColorCombo")
        self.key_color.addItem(self.tr("Category colour"), None)
        for color in PALETTE:
            self.key_color.addItem(color, color)
            self.key_color.setItemData(self.key_color.count() - 1, QColor(color), Qt.ItemDataRole.DecorationRole)
        self.key_color.activated.connect(self._color_picked)
        form.addRow(self.tr("Label"), self.key_label)
        form.addRow(self.tr("Colour"), self.key_color)
        middle.addLayout(form)
        self.error = label("", "error", "keysError", wrap=True)
        middle.addWidget(self.error)
        middle.addWidget(button(self.tr("Save the layout"), "saveKeysButton", "primary", self.save, height=44))
        layout.addLayout(middle, 2)
        right = QVBoxLayout()
        right.addWidget(label(self.tr("As the till shows them"), "hint"))
        self.preview = QWidget(objectName="keyPreview")
        self.preview.setMinimumWidth(360)
        right.addWidget(self.preview, 1)
        layout.addLayout(right, 3)
        self.reload()

    def reload(self) -> None:
        slots, shown = self.catalogue.quick_key_layout()
        self.keys.clear()
        for slot in slots:
            self._add_item(slot.product_id, slot.name, slot.label, slot.color if slot.own_color else None)
        self._show_preview(shown)

    def _add_item(self, product_id: str, name: str, key_label: str | None, color: str | None) -> None:
        item = QListWidgetItem(key_label or name)
        item.setData(Qt.ItemDataRole.UserRole, QuickKeyDraft(product_id, key_label, color))
        item.setData(Qt.ItemDataRole.UserRole + 1, name)
        if color:
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(color))
        self.keys.addItem(item)

    def _show_preview(self, shown) -> None:
        old = self.preview.layout()
        if old is not None:
            while old.count():
                widget = old.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
            QWidget().setLayout(old)  # a layout is replaced by handing the old one to a throwaway widget
        grid = quick_key_grid(shown, self.settings.money, lambda _product: None)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setLayout(grid)

    def _find(self, text: str) -> None:
        self.found.clear()
        if not text.strip():
            return
        rows = self.catalogue.find_products(text, limit=30)
        for row in rows:
            item = QListWidgetItem(f"{row.name}  ·  {self.settings.money(row.price)}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, row.name))
            self.found.addItem(item)
        if rows:
            self.found.setCurrentRow(0)

    def add_found(self) -> None:
        item = self.found.currentItem()
        if item is None:
            return
        product_id, name = item.data(Qt.ItemDataRole.UserRole)
        present = [self.keys.item(i).data(Qt.ItemDataRole.UserRole).product_id for i in range(self.keys.count())]
        if product_id not in present:
            self._add_item(product_id, name, None, None)
            self.keys.setCurrentRow(self.keys.count() - 1)

    def move(self, step: int) -> None:
        row = self.keys.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.keys.count():
            return
        item = self.keys.takeItem(row)
        self.keys.insertItem(target, item)
        self.keys.setCurrentRow(target)

    def remove(self) -> None:
        row = self.keys.currentRow()
        if row >= 0:
            self.keys.takeItem(row)

    def _key_picked(self, row: int) -> None:
        item = self.keys.item(row) if row >= 0 else None
        draft = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.key_label.setText(draft.label or "" if draft else "")
        self.key_color.setCurrentIndex(max(self.key_color.findData(draft.color), 0) if draft and draft.color else 0)

    def _update_current(self, **changes) -> None:
        item = self.keys.currentItem()
        if item is None:
            return
        old = item.data(Qt.ItemDataRole.UserRole)
        draft = QuickKeyDraft(old.product_id, changes.get("label", old.label), changes.get("color", old.color))
        item.setData(Qt.ItemDataRole.UserRole, draft)
        item.setText(draft.label or item.data(Qt.ItemDataRole.UserRole + 1))
        item.setData(Qt.ItemDataRole.DecorationRole, QColor(draft.color) if draft.color else None)

    def _label_edited(self, text: str) -> None:
        self._update_current(label=text.strip() or None)

    def _color_picked(self, index: int) -> None:
        self._update_current(color=self.key_color.itemData(index))

    def layout_drafts(self) -> list[QuickKeyDraft]:
        return [self.keys.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.keys.count())]

    def save(self) -> None:
        self.error.setText("")
        try:
            self.catalogue.set_quick_key_layout(self.layout_drafts())
        except ShopError as error:
            self.error.setText(error_message(error))
            return
        self.reload()
        self.changed.emit()
