"""Recalling a parked sale: the list of sales put aside on this till; Enter or a double click recalls."""
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, format_time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from shop.cart import Cart
from shop.till import Till
from ui.dialog_parts import TillDialog, label, style_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def shop_time(iso_utc: str, settings, now: datetime | None = None) -> str:
    """A stored UTC time as the shop reads it: only the time for today, date and time before."""
    zone = ZoneInfo(settings.timezone)
    moment = datetime.fromisoformat(iso_utc).astimezone(zone)
    today = (now or datetime.now(zone)).astimezone(zone).date()
    if moment.date() == today:
        return format_time(moment, "short", locale=settings.locale)
    return format_datetime(moment, "short", locale=settings.locale)


class ParkedDialog(TillDialog):
    LABEL, TIME, BY, LINES, TOTAL = range(5)

    def __init__(self, till: Till, parent=None):
        hint = self.tr("Choose a sale and press Enter (or double-click it) to bring it back.")
        if till.cart.lines:
            hint += " " + self.tr("The sale on screen is parked in its place.")
        super().__init__(self.tr("Parked sales"), hint, self.tr("Recall (Enter)"), parent, width=720)
        self.till = till
        self.settings = till.settings
        self.recalled_id: str | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("parkedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Sale"), self.tr("Parked at"), self.tr("By"), self.tr("Items"), self.tr("Total")])
        style_table(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for col in (self.LINES, self.TOTAL):
            self.table.horizontalHeaderItem(col).setTextAlignment(RIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.table.setMinimumHeight(260)
        self.table.doubleClicked.connect(lambda _index: self.confirm())
        self.body.addWidget(self.table)
        self.empty = label(self.tr("No sales are parked on this till.\nPress F7 on the till to park one."), "hint", "emptyLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(160)
        self.empty.setStyleSheet("font-size: 17px;")
        self.body.addWidget(self.empty)
        self.load()

    def load(self) -> None:
        parked = self.till.parked()
        names = {user.id: user.name for user in self.till.people()}
        self.ids = [p.id for p in parked]
        self.table.setRowCount(len(parked))
        for row, sale in enumerate(parked):
            cart = Cart.from_dict(sale.cart)
            total = self.settings.money(cart.totals().total)
            cells = (sale.label, shop_time(sale.parked_at, self.settings), names.get(sale.user_id, ""),
                     str(len(cart.lines)), total)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (self.LINES, self.TOTAL):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, col, item)
        self.ok_button.setEnabled(bool(parked))
        self.table.setVisible(bool(parked))
        self.empty.setVisible(not parked)
        self.hint.setVisible(bool(parked))
        if parked:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.ids[rows[0].row()] if rows else None

    def confirm(self) -> None:
        parked_id = self.selected_id()
        if parked_id is None:
            return
        try:
            self.till.recall(parked_id)
        except KeyError:
            self.load()
            self.show_error(self.tr("That sale is no longer parked (recalled on another screen). Choose another."))
            return
        self.recalled_id = parked_id
        self.accept()
