"""The back office's catalogue page: products, categories, VAT rates and the till's quick keys.

The product list filters on every keystroke (ui/catalogue_model.py reads one page per keystroke,
whatever the size of the catalogue); the form beside it edits the chosen product. Bulk price
changes and shelf labels work on the selected products.
"""
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLineEdit, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)
from sqlalchemy import Engine

from printers.shelf_labels import shelf_labels_pdf
from shop.office.catalogue import Catalogue
from shop.settings import ShopSettings
from shop.users import User
from ui.catalogue_model import ProductListModel
from ui.catalogue_tabs import CategoriesTab, QuickKeysTab, VatRatesTab
from ui.dialog_parts import button, label, style_table
from ui.price_change_dialog import PriceChangeDialog
from ui.product_editor import ProductEditor


class ProductsTab(QWidget):
    def __init__(self, catalogue: Catalogue, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.catalogue, self.settings = catalogue, settings
        self.price_dialog: PriceChangeDialog | None = None
        self._quiet = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit(objectName="productFilter")
        self.filter.setPlaceholderText(self.tr("Find by name, SKU or barcode"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.open_first)  # type, Enter: the first match is in the form
        top.addWidget(self.filter, 1)
        self.count = label("", "hint", "countLabel")
        top.addWidget(self.count)
        layout.addLayout(top)
        self.model = ProductListModel(catalogue, settings, self)
        self.view = QTableView(objectName="productTable")
        self.view.setModel(self.model)
        style_table(self.view, 34)
        # A desk screen, not a touch till: a denser table, so names keep their width beside the form.
        self.view.setStyleSheet(self.view.styleSheet() + "QTableView { font-size: 14px; }"
                                "QTableView::item { padding: 0 6px; } QHeaderView::section { padding: 6px 8px; font-size: 14px; }")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ProductListModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the name keeps most of the width beside the back office's navigation.
        for column, width in ((ProductListModel.SKU, 98), (ProductListModel.BARCODE, 134), (ProductListModel.PRICE, 84),
                              (ProductListModel.VAT, 36), (ProductListModel.CATEGORY, 96), (ProductListModel.STATE, 64)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.editor = ProductEditor(catalogue, settings, self)
        self.editor.saved.connect(self._saved)
        self.editor.setMaximumWidth(380)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("New product"), "newProductButton", slot=self.new_product, height=44))
        actions.addStretch(1)
        self.message = label("", "hint", "pageMessage")
        actions.addWidget(self.message)
        actions.addWidget(button(self.tr("Change prices…"), "priceChangeButton", slot=self.open_price_change, height=44))
        actions.addWidget(button(self.tr("Shelf labels (PDF)…"), "labelsButton", slot=self.print_labels, height=44))
        layout.addLayout(actions)
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%1 products").replace("%1", f"{self.model.total:,}".replace(",", "\u202f")))

    def open_first(self) -> None:
        if self.model.rowCount():
            self.view.selectRow(0)
            self.view.setFocus()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.product(row).id for row in rows]

    def _current_changed(self, current, _previous) -> None:
        if current.isValid() and not self._quiet:
            self.editor.load(self.model.product(current.row()).id)

    def new_product(self) -> None:
        self.view.clearSelection()
        self.editor.new_product()

    def _saved(self, product_id: str) -> None:
        self.model.refresh()
        self._show_count()
        row = self.model.row_of(product_id)
        if row is not None:
            self._quiet = True  # the form already shows the product just saved
            self.view.selectRow(row)
            self._quiet = False
        self.message.setText(self.tr("Saved."))

    def reload_lists(self) -> None:
        self.editor.reload_lists()
        self.model.refresh()

    def open_price_change(self) -> PriceChangeDialog:
        self.price_dialog = PriceChangeDialog(self.catalogue, self.settings, self.selected_ids(), self)
        self.price_dialog.accepted.connect(self._prices_changed)
        self.price_dialog.open()
        return self.price_dialog

    def _prices_changed(self) -> None:
        self.model.refresh()
        self._show_count()
        if self.editor.product_id:
            self.editor.load(self.editor.product_id)
        self.message.setText(self.tr("%1 prices changed.").replace("%1", str(self.price_dialog.applied)))

    def choose_pdf_path(self) -> Path | None:
        """Where the owner wants the sheet (a file dialog; tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save shelf labels"), "shelf-labels.pdf",
                                                    self.tr("PDF files (*.pdf)"))
        return Path(path) if path else None

    def print_labels(self) -> Path | None:
        ids = self.selected_ids()
        if not ids:
            self.message.setText(self.tr("Select the products to label first."))
            return None
        path = self.choose_pdf_path()
        if path is None:
            return None
        labels = self.catalogue.shelf_labels(ids)
        try:
            path.write_bytes(shelf_labels_pdf(labels, self.settings.receipt_language))
        except OSError as error:
            self.message.setText(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", error.strerror or ""))
            return None
        self.message.setText(self.tr("%1 labels saved to %2.").replace("%1", str(len(labels))).replace("%2", path.name))
        return path


class ProductsPage(QWidget):
    """The catalogue: `ProductsPage(engine, user, settings)`, a back office page (see ui/back_office.py)."""

    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("productsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.tabs = QTabWidget(objectName="catalogueTabs")
        self.catalogue = Catalogue(engine, user)
        self.products = ProductsTab(self.catalogue, settings, self)
        self.categories = CategoriesTab(self.catalogue, self)
        self.vat_rates = VatRatesTab(self.catalogue, self)
        self.quick_keys = QuickKeysTab(self.catalogue, settings, self)
        self.tabs.addTab(self.products, self.tr("Products"))
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.tabs.addTab(self.vat_rates, self.tr("VAT rates"))
        self.tabs.addTab(self.quick_keys, self.tr("Quick keys"))
        for tab in (self.categories, self.vat_rates):
            tab.changed.connect(self.products.reload_lists)
            tab.changed.connect(self.quick_keys.reload)
        self.products.editor.saved.connect(lambda _id: self.quick_keys.reload())
        layout.addWidget(self.tabs)

    def screenshot_state(self) -> None:
        """For `bottega screenshot backoffice-products`: a fragment typed as the owner types it, a product open."""
        keys = self.catalogue.quick_keys()
        words = [w for w in (keys[0].product.name.split() if keys else []) if len(w) >= 3]
        self.products.filter.setText(words[0][:4].lower() if words else "")
        self.products.view.selectRow(min(1, self.products.model.rowCount() - 1))
