"""Table model of product search results, refreshed on every keystroke."""
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shop.catalog import ProductInfo
from shop.kinds import KG
from shop.settings import ShopSettings

Index = QModelIndex | QPersistentModelIndex


class ProductResultsModel(QAbstractTableModel):
    NAME, SKU, PRICE = range(3)

    def __init__(self, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self._settings = settings
        self._products: list[ProductInfo] = []
        self._headers = [self.tr("Product"), self.tr("Code"), self.tr("Price")]

    def set_products(self, products: list[ProductInfo]) -> None:
        self.beginResetModel()
        self._products = products
        self.endResetModel()

    def product(self, row: int) -> ProductInfo:
        return self._products[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._products)):
            return None
        product = self._products[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NAME:
                return product.name
            if index.column() == self.SKU:
                return product.barcode or (f"PLU {product.plu}" if product.plu else product.sku)
            price = self._settings.money(product.price)
            return f"{price}/kg" if product.unit == KG else price
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
