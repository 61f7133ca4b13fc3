"""Table model of the sale in progress: one row per cart line.

The cells live in a QStandardItemModel, so painting the sale (every visible cell, several roles
each, on every scan) is answered inside Qt; Python only runs when the cart changes, and then only
the cells whose text changed are touched.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from shop.cart import PERCENT, Cart
from shop.kinds import KG
from shop.money import format_qty
from shop.settings import ShopSettings

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren


class CartModel(QStandardItemModel):
    NAME, QTY, PRICE, DISCOUNT, TOTAL = range(5)

    def __init__(self, cart: Cart, settings: ShopSettings, parent=None):
        super().__init__(0, 5, parent)
        self._settings = settings
        self._ids: list[str] = []
        self._rows: list[tuple[str, ...]] = []
        for column, title in enumerate((self.tr("Product"), self.tr("Qty"), self.tr("Price"), self.tr("Discount"), self.tr("Total"))):
            header = QStandardItem(title)
            header.setTextAlignment(_LEFT if column == self.NAME else _RIGHT)
            self.setHorizontalHeaderItem(column, header)
        self.set_cart(cart)

    def set_cart(self, cart: Cart) -> None:
        """Show `cart` (the same or a new one) as it is now: changed cells, added or removed rows."""
        totals = cart.totals()
        rows = [self._row_texts(line, line_totals) for line, line_totals in zip(cart.lines, totals.lines)]
        skus = [line.sku for line in cart.lines]
        kept = min(len(rows), len(self._rows))
        if len(self._rows) > len(rows):
            self.removeRows(kept, len(self._rows) - len(rows))
        for row in range(kept):
            if rows[row] != self._rows[row] or self._ids[row] != cart.lines[row].id:
                for column, text in enumerate(rows[row]):
                    cell = self.item(row, column)
                    if cell.text() != text:
                        cell.setText(text)
                self.item(row, self.NAME).setToolTip(skus[row])
        for row in range(kept, len(rows)):
            self.appendRow(self._cells(rows[row], skus[row]))
        self._ids = [line.id for line in cart.lines]
        self._rows = rows

    def _cells(self, texts: tuple[str, ...], sku: str) -> list[QStandardItem]:
        cells = []
        for column, text in enumerate(texts):
            cell = QStandardItem(text)
            cell.setFlags(_FLAGS)
            cell.setTextAlignment(_LEFT if column == self.NAME else _RIGHT)
            cells.append(cell)
        cells[self.NAME].setToolTip(sku)
        return cells

    def _row_texts(self, line, totals) -> tuple[str, ...]:
        """A line's cells formatted once per change, not on every paint."""
        money = self._settings.money
        price = money(line.unit_price)
        discount = ""
        if totals.discount:
            discount = money(-totals.discount)
            if line.discount and line.discount.kind == PERCENT:
                discount = f"-{line.discount.value / 100:g}%  {discount}"
        return (
            line.name,
            format_qty(line.qty_milli, line.unit, self._settings.locale),
            f"{price}/kg" if line.unit == KG else price,
            discount,
            money(totals.total),
        )

    def line_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, line_id: str) -> int:
        return self._ids.index(line_id) if line_id in self._ids else -1
