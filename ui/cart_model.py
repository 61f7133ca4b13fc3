"""Table model of the sale in progress: one row per cart line."""
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shop.cart import PERCENT, Cart
from shop.money import format_money, format_qty
from shop.settings import ShopSettings

Index = QModelIndex | QPersistentModelIndex
# Enum arithmetic is slow in PySide6 and data() runs for every cell on every paint.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class CartModel(QAbstractTableModel):
    NAME, QTY, PRICE, DISCOUNT, TOTAL = range(5)

    def __init__(self, cart: Cart, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self._cart = cart
        self._settings = settings
        self._totals = cart.totals()
        self._rows = [self._row_texts(line, totals) for line, totals in zip(cart.lines, self._totals.lines)]
        self._headers = [self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Discount"), self.tr("Total")]

    def set_cart(self, cart: Cart) -> None:
        """Show `cart` (the same or a new one) as it is now."""
        self.beginResetModel()
        self._cart = cart
        self._totals = cart.totals()
        self._rows = [self._row_texts(line, totals) for line, totals in zip(cart.lines, self._totals.lines)]
        self.endResetModel()

    def _row_texts(self, line, totals) -> tuple[str, ...]:
        """A line's cells formatted once per change, not on every paint."""
        money = lambda amount: format_money(amount, self._settings.currency, self._settings.locale)  # noqa: E731
        price = money(line.unit_price)
        discount = ""
        if totals.discount:
            discount = money(-totals.discount)
            if line.discount and line.discount.kind == PERCENT:
                discount = f"-{line.discount.value / 100:g}%  {discount}"
        return (
            line.name,
            format_qty(line.qty_milli, line.unit, self._settings.locale),
            f"{price}/kg" if line.unit == "kg" else price,
            discount,
            money(totals.total),
        )

    def line_id(self, row: int) -> str:
        return self._cart.lines[row].id

    def row_of(self, line_id: str) -> int:
        return next((i for i, line in enumerate(self._cart.lines) if line.id == line_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cart.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft if section == self.NAME else Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._cart.lines)):
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._rows[index.row()][column]
        if role == _ALIGN:
            return _LEFT if column == self.NAME else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self._cart.lines[index.row()].sku
        return None
