"""The back office's product list as a table model: one page per keystroke, more pages as the owner scrolls."""
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from shop.kinds import KG
from shop.office.catalogue import Catalogue
from shop.product_list import PAGE, ProductRow, Query
from shop.settings import ShopSettings

Index = QModelIndex | QPersistentModelIndex
RETIRED = QColor("#8a8a8a")


class ProductListModel(QAbstractTableModel):
    NAME, SKU, BARCODE, PRICE, VAT, CATEGORY, STATE = range(7)

    def __init__(self, catalogue: Catalogue, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._settings = settings
        self._rows: list[ProductRow] = []
        self._query: Query | None = None
        self._after: tuple[str, int] | None = None
        self._more = False
        self._seen: set[int] = set()
        self.text = ""
        self._headers = [self.tr("Product"), self.tr("SKU"), self.tr("Barcode"), self.tr("Price"),
                         self.tr("VAT"), self.tr("Category"), self.tr("State")]

    @property
    def total(self) -> int:
        """How many products match (at least the ones shown)."""
        return max(self._query.count if self._query else 0, len(self._rows))

    def set_filter(self, text: str) -> None:
        """One keystroke: how many match and the first page, barcode matches first."""
        query, by_code, named = self._catalogue.first_page(text)
        self.beginResetModel()
        self.text, self._query = text, query
        self._seen = {r.rowid for r in by_code}
        self._rows = by_code + [r for r in named if r.rowid not in self._seen]
        self._seen |= {r.rowid for r in named}
        self._after = named[-1].key if named else None
        self._more = len(named) == PAGE
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.text)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._query is None:
            return
        more = self._catalogue.next_page(self._query, self._after)
        self._more = len(more) == PAGE
        if more:
            self._after = more[-1].key
        new = [r for r in more if r.rowid not in self._seen]
        self._seen |= {r.rowid for r in new}
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows += new
            self.endInsertRows()

    def product(self, row: int) -> ProductRow:
        return self._rows[row]

    def row_of(self, product_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == product_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)  # the tooltip: a long name or category in full
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return RETIRED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ProductRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.SKU:
            return row.sku
        if column == self.BARCODE:
            code = row.barcode or (f"PLU {row.plu}" if row.plu else "")
            return f"{code} (+{row.barcodes - 1})" if row.barcodes > 1 else code
        if column == self.PRICE:
            price = self._settings.money(row.price)
            return f"{price}/kg" if row.unit == KG else price
        if column == self.VAT:
            return row.vat_code
        if column == self.CATEGORY:
            return row.category or ""
        return "" if row.active else self.tr("Retired")  # grey too; products on sale need no word
