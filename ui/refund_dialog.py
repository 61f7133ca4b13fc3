"""A refund: find the receipt, choose what comes back and why; the till then pays the money back.

What each line pays back is worked out by shop.refunds exactly as the refund will record it (a
preview with the same function), so the figure on screen is the figure on the refund receipt.
"""
from decimal import Decimal, InvalidOperation

from babel.numbers import get_decimal_symbol
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout

from shop.cart import Cart
from shop.errors import NothingToRefund, ShopError
from shop.kinds import KG
from shop.money import format_qty
from shop.refunds import ReturnableLine, Sale
from shop.settings import ShopSettings
from shop.till import Till
from ui.approval_dialog import with_approval
from ui.dialog_parts import ENTER_KEYS, TillDialog, button, label, reason_combo, shop_datetime, style_table

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def parse_qty(text: str, unit: str) -> int:
    """Typed quantity in thousandths: whole pieces, or kg with up to three decimals."""
    value = Decimal(text.strip().replace(",", ".") or "0")
    milli = value * 1000
    if value < 0 or milli != milli.to_integral_value() or (unit != KG and value != value.to_integral_value()):
        raise ValueError(text)
    return int(milli)


class RefundLinesModel(QAbstractTableModel):
    """The original sale's lines: sold, already returned, how many to return now, what that pays back."""

    NAME, SOLD, RETURNED, RETURN, PAY_BACK = range(5)
    invalid = Signal(str)  # a typed quantity that is not one; the old value stays
    quantities_changed = Signal()

    def __init__(self, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.lines: list[ReturnableLine] = []
        self.quantities: dict[str, int] = {}
        self.pay_back: dict[str, int] = {}

    def set_lines(self, lines: list[ReturnableLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.quantities = {line.line_id: 0 for line in lines}
        self.pay_back = {}
        self.endResetModel()
        self.quantities_changed.emit()

    def set_qty(self, row: int, qty_milli: int) -> None:
        self.set_quantities({self.lines[row].line_id: qty_milli})

    def set_quantities(self, quantities: dict[str, int]) -> None:
        """New quantities (line id -> thousandths) for some lines; one change signal for all of them."""
        for line_id, qty in quantities.items():
            self.quantities[line_id] = max(0, qty)
        if self.lines:
            self.dataChanged.emit(self.index(0, self.RETURN), self.index(len(self.lines) - 1, self.PAY_BACK))
        self.quantities_changed.emit()

    def set_pay_back(self, amounts: dict[str, int]) -> None:
        self.pay_back = amounts
        if self.lines:
            self.dataChanged.emit(self.index(0, self.PAY_BACK), self.index(len(self.lines) - 1, self.PAY_BACK))

    def chosen(self) -> dict[str, int]:
        return {line_id: qty for line_id, qty in self.quantities.items() if qty > 0}

    # --- Qt model --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Product"), self.tr("Sold"), self.tr("Returned before"), self.tr("Return now"),
                    self.tr("Pay back"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if section == self.NAME else RIGHT)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.RETURN and self.lines[index.row()].returnable_milli > 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _qty(self, qty_milli: int, unit: str) -> str:
        return format_qty(qty_milli, unit, self.settings.locale)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        qty = self.quantities[line.line_id]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return line.name
            if col == self.SOLD:
                return self._qty(line.sold_milli, line.unit)
            if col == self.RETURNED:
                returned = line.sold_milli - line.returnable_milli
                return self._qty(returned, line.unit) if returned else "–"
            if col == self.RETURN:
                return self._qty(qty, line.unit) if line.returnable_milli else self.tr("all returned")
            if col == self.PAY_BACK:
                amount = self.pay_back.get(line.line_id)
                return "" if amount is None else self.settings.money(amount)
        if role == Qt.ItemDataRole.EditRole and col == self.RETURN:
            if line.unit == KG:
                return f"{Decimal(qty).scaleb(-3):.3f}".replace(".", get_decimal_symbol(self.settings.locale))
            return str(qty // 1000)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if col == self.NAME else RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not line.returnable_milli:
                return QColor("#9a948b")
            if qty and col in (self.RETURN, self.PAY_BACK):
                return QColor("#a4161a")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.RETURN and line.returnable_milli:
            return self.tr("Up to %1 can be returned").replace("%1", self._qty(line.returnable_milli, line.unit))
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.RETURN:
            return False
        line = self.lines[index.row()]
        try:
            qty = parse_qty(str(value), line.unit)
        except (ValueError, InvalidOperation):
            self.invalid.emit(str(value))
            return False
        self.set_qty(index.row(), qty)
        return True


class RefundDialog(TillDialog):
    def __init__(self, till: Till, parent=None):
        super().__init__(
            self.tr("Refund"),
            self.tr("Scan the barcode on the receipt or type its number (T1-000123 or just 123), then press Enter."),
            self.tr("Refund (Enter)"), parent, width=900,
        )
        self.till = till
        self.settings = till.settings
        self.sale: Sale | None = None
        self.searched = ""
        self.cart: Cart | None = None  # the refund cart, once started
        self._problem: ShopError | None = None

        search = QHBoxLayout()
        self.number = QLineEdit()
        self.number.setObjectName("receiptEdit")
        self.number.setPlaceholderText(self.tr("Receipt number"))
        self.number.setStyleSheet("font-size: 20px; padding: 10px 12px;")
        self.number.setClearButtonEnabled(True)
        search.addWidget(self.number, 1)
        search.addWidget(button(self.tr("Find"), "findButton", slot=self.search, height=50))
        self.body.addLayout(search)

        self.sale_panel = QFrame()
        self.sale_panel.setObjectName("panel")
        info = QHBoxLayout(self.sale_panel)
        info.setContentsMargins(18, 12, 18, 12)
        self.sale_label = label("", name="saleLabel")
        self.sale_label.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.sale_date = label("", "hint", "saleDateLabel")
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(self.sale_label)
        column.addWidget(self.sale_date)
        info.addLayout(column, 1)
        self.sale_total = label("", name="saleTotalLabel")
        self.sale_total.setStyleSheet("font-size: 20px; font-weight: 700; color: #2d3a3a;")
        info.addWidget(self.sale_total)
        self.body.addWidget(self.sale_panel)

        self.model = RefundLinesModel(self.settings, self)
        self.model.invalid.connect(lambda text: self.show_error(
            self.tr("'%1' is not a quantity. Type whole pieces, or kg like 0.250.").replace("%1", text)))
        self.model.quantities_changed.connect(self._quantities_changed)
        self.view = QTableView()
        self.view.setObjectName("linesView")
        self.view.setModel(self.model)
        style_table(self.view)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RefundLinesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((RefundLinesModel.SOLD, 110), (RefundLinesModel.RETURNED, 160),
                           (RefundLinesModel.RETURN, 140), (RefundLinesModel.PAY_BACK, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.view.setColumnWidth(col, width)
        self.view.setMinimumHeight(230)
        self.body.addWidget(self.view, 1)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        self.minus_button = button("−", "minusButton", slot=lambda: self.step(-1))
        self.plus_button = button("+", "plusButton", slot=lambda: self.step(+1))
        for widget, tip in ((self.minus_button, self.tr("One less of the chosen line")),
                            (self.plus_button, self.tr("One more of the chosen line"))):
            widget.setStyleSheet("font-size: 24px; font-weight: 600;")
            widget.setFixedWidth(64)
            widget.setToolTip(tip)
        self.all_button = button(self.tr("Return all (F5)"), "returnAllButton", slot=self.return_all)
        self.none_button = button(self.tr("Return none"), "returnNoneButton", slot=self.return_none)
        for widget in (self.minus_button, self.plus_button, self.all_button, self.none_button):
            widget.setFixedHeight(52)
            tools.addWidget(widget)
        tools.addSpacing(16)
        tools.addWidget(label(self.tr("Reason")))
        self.reason_box = reason_combo("reasonBox", self.reasons(), self.tr("Why is it coming back?"))
        self.reason_box.setMinimumWidth(240)
        tools.addWidget(self.reason_box, 1)
        self.body.addLayout(tools)

        back = QHBoxLayout()
        back.addStretch(1)
        back.addWidget(label(self.tr("To pay back"), name="payBackTitle"))
        self.pay_back = label("", "big", "refundTotalLabel")
        self.pay_back.setStyleSheet("font-size: 32px;")
        back.addWidget(self.pay_back)
        self.body.addLayout(back)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.return_all)
        self._show_sale()
        self.number.setFocus()

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    def reasons(self) -> list[str]:
        return [self.tr("Damaged"), self.tr("Wrong item"), self.tr("Changed mind"), self.tr("Expired"), self.tr("Other")]

    # --- finding the receipt ---------------------------------------------------
    def search(self) -> None:
        text = self.number.text().strip()
        if not text:
            self.show_error(self.tr("Type or scan the receipt number first."))
            return
        try:
            sale, lines = self.till.find_receipt(text)
        except ShopError as error:
            self.show_error(error)
            self.number.selectAll()
            return
        self.sale, self.searched = sale, sale.receipt_number
        self.number.setText(sale.receipt_number)
        self.clear_error()
        self.model.set_lines(lines)
        self._show_sale()
        first = next((row for row, line in enumerate(lines) if line.returnable_milli > 0), None)
        if first is None:
            self.show_error(self.tr("Everything on receipt %1 has already been returned.").replace("%1", sale.receipt_number))
            return
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(first, RefundLinesModel.RETURN))

    def _show_sale(self) -> None:
        loaded = self.sale is not None
        self.sale_panel.setVisible(loaded)
        for widget in (self.minus_button, self.plus_button, self.all_button, self.none_button, self.reason_box):
            widget.setEnabled(loaded)
        self.ok_button.setEnabled(False)
        if loaded:
            self.sale_label.setText(self.tr("Receipt %1").replace("%1", self.sale.receipt_number))
            self.sale_date.setText(shop_datetime(self.sale.completed_at, self.settings))
            self.sale_total.setText(self.money(self.sale.total))

    # --- choosing quantities ---------------------------------------------------
    def _current_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def step(self, direction: int) -> None:
        """+/- one piece on the current line; a weighed line goes between nothing and all of it."""
        row = self._current_row()
        if row is None:
            return
        line = self.model.lines[row]
        qty = self.model.quantities[line.line_id]
        if line.unit == KG:
            qty = line.returnable_milli if direction > 0 else 0
        else:
            qty = max(0, min(line.returnable_milli, qty + 1000 * direction))
        self.model.set_qty(row, qty)

    def return_all(self) -> None:
        self.model.set_quantities({line.line_id: line.returnable_milli for line in self.model.lines})

    def return_none(self) -> None:
        self.model.set_quantities({line.line_id: 0 for line in self.model.lines})

    def _quantities_changed(self, *_args) -> None:
        """Price the chosen quantities exactly as the refund will, and say what is wrong if anything."""
        amounts, total, problem = {}, 0, None
        had_problem = self._problem is not None
        if self.sale is not None and self.model.chosen():
            try:
                preview = self.till.refund_preview(self.sale, self.model.chosen())
            except ShopError as error:
                problem = error
            else:
                amounts = {line.refunded_line_id: -line.gross() for line in preview.lines}
                total = -preview.totals().total
        self.model.set_pay_back(amounts)
        self.pay_back.setText(self.money(total))
        self.ok_button.setEnabled(bool(amounts))
        self._problem = problem
        if problem is not None:
            self.show_error(problem)
        elif had_problem:
            self.clear_error()

    # --- confirming ------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        # Enter searches while the receipt number is being typed, so it works before OK is enabled.
        if event.key() in ENTER_KEYS:
            self.confirm()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        if self.number.hasFocus() and self.number.text().strip() != self.searched:
            self.search()
            return
        if self.sale is None:
            self.search()
            return
        if self.view.state() == QAbstractItemView.State.EditingState:
            return
        quantities = self.model.chosen()
        if not quantities:
            self.show_error(NothingToRefund())
            self.view.setFocus()
            return
        reason = self.reason_box.currentText().strip()
        if not reason:
            self.show_error(self.tr("Choose or type the reason for the refund."))
            self.reason_box.setFocus()
            return
        try:
            started = with_approval(self, self.till, lambda approver: self._start(quantities, reason, approver))
        except ShopError as error:
            self.show_error(error)
            return
        if not started:
            return
        self.accept()

    def _start(self, quantities: dict, reason: str, approver) -> None:
        self.cart = self.till.start_refund(self.sale.id, quantities, reason, approver)
