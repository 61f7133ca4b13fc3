"""Bulk price change: choose the products (the selected ones, a category, all), a percentage or an amount,
see every old and new price, then apply them all at once."""
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTableWidget, QTableWidgetItem
from shop import price_change
from shop.catalogue_errors import InvalidFields
from shop.errors import ShopError
from shop.kinds import KG
from shop.office.catalogue import Catalogue
from shop.settings import ShopSettings
from ui.catalogue_messages import error_message
from ui.dialog_parts import TillDialog, button, style_table

SELECTED, ALL = "selected", "all"


class PriceChangeDialog(TillDialog):
    def __init__(self, catalogue: Catalogue, settings: ShopSettings, selected_ids: list[str], parent=None):
        super().__init__(self.tr("Change prices"), self.tr("Preview the new prices; nothing changes until you apply them."),
                         self.tr("Apply new prices"), parent, width=720)
        self.catalogue, self.settings = catalogue, settings
        self.selected_ids = selected_ids
        self.changes: list[price_change.PriceChange] = []
        self.applied = 0
        self.scope = QComboBox(objectName="scopeCombo")
        if selected_ids:
            self.scope.addItem(self.tr("Selected products (%1)").replace("%1", str(len(selected_ids))), SELECTED)
        for category in catalogue.categories():
            self.scope.addItem(self.tr("Category %1").replace("%1", category.name), category.id)
        self.scope.addItem(self.tr("Every product on sale"), ALL)
        self.kind = QComboBox(objectName="kindCombo")
        self.kind.addItem(self.tr("by percent (+10, -5)"), price_change.PERCENT)
        self.kind.addItem(self.tr("by an amount (+0,50, -1)"), price_change.AMOUNT)
        self.change = QLineEdit(objectName="changeEdit")
        self.change.setPlaceholderText(self.tr("10 for 10 % more, -5 for 5 % less"))
        self.change.returnPressed.connect(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.scope, 2)
        row.addWidget(self.kind, 1)
        row.addWidget(self.change, 1)
        row.addWidget(button(self.tr("Preview"), "previewButton", slot=self.preview, height=40))
        self.body.addLayout(row)
        self.table = QTableWidget(0, 3, objectName="previewTable")
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Now"), self.tr("New")])
        style_table(self.table, 32)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 400)
        self.table.setMinimumHeight(280)
        self.body.addWidget(self.table)
        for widget in (self.scope, self.kind):
            widget.currentIndexChanged.connect(self._forget_preview)
        self.change.textEdited.connect(self._forget_preview)
        self.ok_button.setEnabled(False)

    def _forget_preview(self, *_args) -> None:
        self.changes = []
        self.table.setRowCount(0)
        self.ok_button.setEnabled(False)

    def preview(self) -> None:
        self.clear_error()
        self._forget_preview()
        try:
            scope = self.scope.currentData()
            self.changes = self.catalogue.preview_prices(
                self.kind.currentData(), self.change.text(), self.settings,
                product_ids=self.selected_ids if scope == SELECTED else None,
                category_id=None if scope in (SELECTED, ALL) else scope)
        except ShopError as error:
            self.show_error(error_message(error))
            return
        self.table.setRowCount(len(self.changes))
        for i, change in enumerate(self.changes):
            suffix = "/kg" if change.unit == KG else ""
            for column, text in enumerate((change.name, self.settings.money(change.old) + suffix,
                                           self.settings.money(change.new) + suffix)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self.ok_button.setEnabled(bool(self.changes))

    def confirm(self) -> None:
        if not self.changes:
            self.preview()
            return
        try:
            self.applied = self.catalogue.apply_prices(self.changes)
        except (ShopError, InvalidFields) as error:
            self._forget_preview()
            self.show_error(error_message(error))
            return
        self.accept()
