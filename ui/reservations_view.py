"""Reservations at the till: the shop's list (due today, overdue, ready, coming up) and the customer's own.

Picking up turns a reservation into the sale on screen (shop.reservations.pickup_cart); paying it
credits the deposit and marks it collected in the sale's own transaction.
"""
from datetime import date

from babel.dates import format_skeleton
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QTabBar, QVBoxLayout, QWidget

from shop import reservations
from shop.errors import ShopError
from shop.kinds import KG, SALE
from shop.money import format_qty
from shop.reservations import ReservationInfo
from shop.settings import ShopSettings
from shop.till import Till
from shop.till_reservations import TillReservations
from ui.customer_messages import customer_message_for
from ui.dialog_parts import TillDialog, button, label, style_table

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def items_text(info: ReservationInfo, locale: str) -> str:
    """'2 × Pane di Altamura, 0,500 kg Polpette di manzo'."""
    parts = []
    for item in info.items:
        qty = format_qty(item.qty_milli, item.unit, locale)
        parts.append(f"{qty} {item.name}" if item.unit == KG else f"{qty} × {item.name}")
    return ", ".join(parts)


class ReservationsModel(QAbstractTableModel):
    PICKUP, CUSTOMER, ITEMS, DEPOSIT, STATUS = range(5)

    def __init__(self, settings: ShopSettings, today: date, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.today = today
        self.items: list[ReservationInfo] = []
        self.compact = False  # the customer card's narrow list: short dates, the deposit in the tooltip

    def set_reservations(self, items: list[ReservationInfo]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Pick-up"), self.tr("Customer"), self.tr("Items"), self.tr("Deposit"), self.tr("Status"))[section]
        return None

    def status_text(self, info: ReservationInfo) -> str:
        if info.pickup_date < self.today:
            return self.tr("Overdue")
        return self.tr("Ready") if info.status == reservations.READY else self.tr("Open")

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        info = self.items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.PICKUP:
                day = format_skeleton("MMMd" if self.compact else "MMMEd", info.pickup_date, locale=self.settings.locale)
                return f"{day} ↻" if info.repeat_days else day
            if col == self.CUSTOMER:
                return info.customer_name
            if col == self.ITEMS:
                return items_text(info, self.settings.locale)
            if col == self.DEPOSIT:
                return self.settings.money(info.deposit) if info.deposit else "–"
            return self.status_text(info)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [items_text(info, self.settings.locale)]
            if info.deposit:
                lines.append(f"{self.tr('Deposit')}: {self.settings.money(info.deposit)}")
            if info.note:
                lines.append(info.note)
            if info.repeat_days:
                lines.append(self.tr("Repeats every %1 days").replace("%1", str(info.repeat_days)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.DEPOSIT:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            if info.pickup_date < self.today:
                return QColor("#a4161a")
            if info.status == reservations.READY:
                return QColor("#1b4332")
        return None


def reservations_table(model: ReservationsModel, name: str, row_height: int = 40) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    style_table(view, row_height)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    for col in range(model.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(ReservationsModel.ITEMS, QHeaderView.ResizeMode.Stretch)
    return view


def selected(view: QTableView, model: ReservationsModel) -> ReservationInfo | None:
    rows = view.selectionModel().selectedRows()
    return model.items[rows[0].row()] if rows else None


class CustomerReservations(QWidget):
    """The attached customer's reservations, in the tab of their card: pick up, or reserve the sale's items."""

    pickup_requested = Signal(str)  # reservation id
    reserve_requested = Signal()

    def __init__(self, settings: ShopSettings, today: date, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = ReservationsModel(settings, today, self)
        self.view = reservations_table(self.model, "customerReservations", 30)
        # Narrow: who it is for is the card itself, the deposit is in the row's tooltip.
        self.view.setColumnHidden(ReservationsModel.CUSTOMER, True)
        self.view.setColumnHidden(ReservationsModel.DEPOSIT, True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.compact = True
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner keeps typing into the search box
        layout.addWidget(self.view, 1)
        actions = QVBoxLayout()
        self.pickup_button = button(self.tr("Pick up"), "pickupButton", "primary", self._pickup, height=36)
        self.reserve_button = button(self.tr("Reserve…"), "reserveButton", slot=self.reserve_requested.emit, height=36)
        self.reserve_button.setToolTip(self.tr("Put the items of this sale aside for the customer"))
        for widget in (self.pickup_button, self.reserve_button):
            widget.setStyleSheet("padding: 4px 10px; font-size: 13px;")
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)

    def set_reservations(self, items: list[ReservationInfo]) -> None:
        self.model.set_reservations(items)
        if items:
            self.view.selectRow(0)
        self.pickup_button.setEnabled(bool(items))

    def _pickup(self) -> None:
        info = selected(self.view, self.model)
        if info is not None:
            self.pickup_requested.emit(info.id)


class ReservationsDialog(TillDialog):
    """The shop's reservations (Ctrl+R). Exec it; `picked_up` is true when one became the sale on screen."""

    def __init__(self, till: Till, parent=None):
        super().__init__(self.tr("Reservations"),
                         self.tr("What customers asked to put aside. Enter picks up the highlighted one: it becomes "
                                 "the sale, with its deposit already counted."),
                         self.tr("Pick up (Enter)"), parent, width=1040)
        self.till = till
        self.reservations = TillReservations(till)
        self.settings = till.settings
        self.today = till.shop_today()
        self.picked_up = False
        self._confirming: str | None = None  # the reservation a first press of Cancel reservation chose
        # A pickup replaces the sale on screen: not while a refund or another pickup is on it.
        self.can_pickup = till.cart.kind == SALE and not till.cart.reservation_id
        self.tabs = QTabBar()
        self.tabs.setObjectName("reservationTabs")
        self.tabs.setExpanding(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setStyleSheet(
            "QTabBar::tab { padding: 8px 18px; border: none; border-bottom: 3px solid transparent; color: #6b6b6b; }"
            "QTabBar::tab:selected { border-bottom: 3px solid #2a9d8f; color: #1b4332; font-weight: 700; }")
        self.lists = ("today", "overdue", "ready", "upcoming")
        for _name in self.lists:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.body.addWidget(self.tabs)
        self.model = ReservationsModel(self.settings, self.today, self)
        self.view = reservations_table(self.model, "reservationsView")
        self.view.setMinimumHeight(320)
        self.view.doubleClicked.connect(lambda _index: self.confirm())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.body.addWidget(self.view, 1)
        self.detail = label("", "hint", "reservationDetail", wrap=True)
        self.body.addWidget(self.detail)
        self.ready_button = button(self.tr("Mark ready"), "markReadyButton", slot=self.mark_ready)
        self.cancel_reservation_button = button(self.tr("Cancel reservation"), "cancelReservationButton", "danger",
                                                slot=self.cancel_reservation)
        self.buttons.insertWidget(2, self.ready_button)
        self.buttons.insertWidget(3, self.cancel_reservation_button)
        self.cancel_button.setText(self.tr("Close (Esc)"))
        self.reload()

    def counts(self) -> dict[str, list[ReservationInfo]]:
        return self.reservations.lists(self.today)

    def reload(self) -> None:
        found = self.counts()
        titles = {"today": self.tr("Due today (%1)"), "overdue": self.tr("Overdue (%1)"),
                  "ready": self.tr("Ready (%1)"), "upcoming": self.tr("Coming up (%1)")}
        for i, name in enumerate(self.lists):
            self.tabs.setTabText(i, titles[name].replace("%1", str(len(found[name]))))
        self.model.set_reservations(found[self.lists[self.tabs.currentIndex()]])
        if self.model.rowCount():
            self.view.selectRow(0)
        self._selection_changed()

    def show_list(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.lists.index(name))

    def current(self) -> ReservationInfo | None:
        return selected(self.view, self.model)

    def _selection_changed(self) -> None:
        info = self.current()
        self.ok_button.setEnabled(info is not None and self.can_pickup)
        self.cancel_reservation_button.setEnabled(info is not None)
        self.ready_button.setEnabled(info is not None and info.status == reservations.OPEN)
        self.detail.setText(info.note if info else "")
        if self._confirming and (info is None or info.id != self._confirming):
            self._confirming = None
            self.clear_error()

    def mark_ready(self) -> None:
        info = self.current()
        if info is None:
            return
        try:
            self.reservations.mark_ready(info.id)
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            return
        self.clear_error()
        self.reload()

    def cancel_reservation(self) -> None:
        """Cancelled as the shop's policy says (a deposit paid back from the drawer or kept), on a second press."""
        info = self.current()
        if info is None:
            return
        if self._confirming != info.id:
            self._confirming = info.id
            self.show_error(self._cancel_warning(info))
            return
        self._confirming = None
        try:
            self.till.cancel_reservation(info.id)
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            return
        self.clear_error()
        self.reload()

    def _cancel_warning(self, info: ReservationInfo) -> str:
        refund = self.reservations.refund_deposit_on_cancel()
        text = self.tr("Press “Cancel reservation” again to cancel %1's reservation.").replace("%1", info.customer_name)
        if info.deposit:
            deposit = self.settings.money(info.deposit)
            text += " " + (self.tr("The deposit of %1 is paid back.") if refund else self.tr("The deposit of %1 is kept.")).replace("%1", deposit)
        return text

    def confirm(self) -> None:
        info = self.current()
        if info is None or not self.can_pickup:
            return
        try:
            self.till.pickup_reservation(info.id)
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            return
        self.picked_up = True
        self.accept()
