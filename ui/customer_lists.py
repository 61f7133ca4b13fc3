"""What the customers and regulars pages share: a read-only table of rows of text, and how a
customer row of a segments.Snapshot reads in it."""
from datetime import date

from babel.dates import format_date
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shop.phones import display_phone
from shop.segments import Snapshot

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHOWN = 500  # rows a list shows; the counts above it are always of all


class RowsModel(QAbstractTableModel):
    """Rows of plain text; the columns named in `right` are right-aligned (figures)."""

    def __init__(self, headers: list[str], right: set[int] = frozenset(), parent=None):
        super().__init__(parent)
        self.headers, self.right = list(headers), set(right)
        self.rows: list[list[str]] = []
        self.keys: list[str] = []

    def set_rows(self, rows: list[list[str]], keys: list[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.keys = list(keys or [])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.headers)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(RIGHT)
        return None


def size_customer_columns(view) -> None:
    """Room for a whole phone number and a whole date beside a stretched name."""
    from PySide6.QtWidgets import QHeaderView

    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column, width in ((1, 150), (2, 80), (3, 110), (4, 70), (5, 120)):
        view.setColumnWidth(column, width)


def day_text(day: date | None, settings) -> str:
    return format_date(day, "medium", locale=settings.locale) if day else "—"


def customer_cells(snapshot: Snapshot, i: int, settings) -> list[str]:
    """Name, phone, tier, spend, visits, last visit: one customer as the lists show them."""
    row = snapshot.row(i)
    phone = display_phone(row.phone, settings.country) if row.phone else (row.email or "")
    return [row.name, phone, row.tier, settings.money(row.spend), str(row.visits), day_text(row.last_visit, settings)]


def share_text(share_bp: int, locale: str = "en") -> str:
    """A share in basis points as the shop reads it: "14,5 %" in Italian."""
    from babel.numbers import format_decimal

    return f"{format_decimal(share_bp / 100, format='0.0', locale=locale)} %"
