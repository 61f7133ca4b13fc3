"""Find the customer in front of the till: results on every keystroke, Enter attaches.

Whatever the customer says works in the one field: a phone number typed any way or its last
digits, any part of the name (Korean and Chinese too), an e-mail, or the loyalty card (scanned
QR link or the code typed from the card). Not found: F4 registers them with what was typed.
"""
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

from shop.customer_errors import InvalidCardCode
from shop.customers import CustomerInfo
from shop.errors import ShopError
from shop.phones import display_phone, looks_like_phone
from shop.till import Till
from ui.customer_messages import customer_message_for
from ui.dialog_parts import TillDialog, button, label, style_table

Index = QModelIndex | QPersistentModelIndex


class CustomerResultsModel(QAbstractTableModel):
    NAME, PHONE, EMAIL = range(3)

    def __init__(self, country: str, parent=None):
        super().__init__(parent)
        self.country = country
        self.customers: list[CustomerInfo] = []

    def set_customers(self, customers: list[CustomerInfo]) -> None:
        self.beginResetModel()
        self.customers = list(customers)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.customers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Phone"), self.tr("E-mail"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.customers)):
            return None
        customer = self.customers[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NAME:
                return customer.name
            if index.column() == self.PHONE:
                return display_phone(customer.phone, self.country) if customer.phone else ""
            return customer.email or ""
        return None


class CustomerSearchDialog(TillDialog):
    """Exec it; `customer_id` is who was chosen (found, scanned or just registered), else None."""

    def __init__(self, till: Till, parent=None, text: str = ""):
        super().__init__(
            self.tr("Customer"),
            self.tr("Type the phone number (any way, or its last digits), part of the name or the e-mail, "
                    "or scan the loyalty card. Enter attaches the highlighted customer."),
            self.tr("Attach (Enter)"), parent, width=820,
        )
        self.till = till
        self.settings = till.settings
        self.customer_id: str | None = None
        self.registered = False  # chosen by registering them just now
        self.edit = QLineEdit()
        self.edit.setObjectName("customerSearchEdit")
        self.edit.setPlaceholderText(self.tr("Phone, name, e-mail or card"))
        self.edit.setStyleSheet("font-size: 20px; padding: 10px 12px;")
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.search)
        self.edit.installEventFilter(self)
        self.body.addWidget(self.edit)
        self.model = CustomerResultsModel(self.settings.country, self)
        self.view = QTableView()
        self.view.setObjectName("customerResults")
        self.view.setModel(self.model)
        style_table(self.view, 40)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the field
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CustomerResultsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CustomerResultsModel.PHONE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CustomerResultsModel.EMAIL, QHeaderView.ResizeMode.Fixed)
        self.view.setColumnWidth(CustomerResultsModel.PHONE, 200)
        self.view.setColumnWidth(CustomerResultsModel.EMAIL, 250)
        self.view.setMinimumHeight(280)
        self.view.clicked.connect(lambda index: self._choose(index.row()))
        self.body.addWidget(self.view, 1)
        self.count = label("", "hint", "resultCount")
        self.body.addWidget(self.count)
        self.new_button = button(self.tr("New customer (F4)"), "newCustomerButton", slot=self.register)
        self.new_button.setMinimumWidth(200)
        self.buttons.insertWidget(2, self.new_button)
        QShortcut(QKeySequence(Qt.Key.Key_F4), self, activated=self.register)
        self.ok_button.setEnabled(False)
        if text:
            self.edit.setText(text)
            self.search(text)
        self.edit.setFocus()

    def search(self, text: str) -> None:
        """Runs on every keystroke: the service answers in a couple of milliseconds, so no debounce."""
        typed = text.strip()
        found = self.till.find_customers(typed) if typed else []
        self.model.set_customers(found)
        self.ok_button.setEnabled(bool(found) or bool(typed))
        if found:
            self.view.selectRow(0)
            self.count.setText(self.tr("%n customer(s) found", None, len(found)))
        elif typed:
            self.count.setText(self.tr("No customer matches “%1”. Press F4 to register them.").replace("%1", typed))
        else:
            self.count.setText("")
        self.clear_error()

    def eventFilter(self, watched, event) -> bool:
        # Up/Down move through the results without leaving the field.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            rows = self.view.selectionModel().selectedRows()
            row = (rows[0].row() if rows else -1) + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.view.selectRow(row)
            return True
        return super().eventFilter(watched, event)

    def _choose(self, row: int) -> None:
        self.customer_id = self.model.customers[row].id
        self.accept()

    def confirm(self) -> None:
        """Enter: the highlighted customer; with no result, what was typed is tried as a card."""
        rows = self.view.selectionModel().selectedRows()
        text = self.edit.text().strip()
        if rows and not self._is_card(text):
            self._choose(rows[0].row())
            return
        if not text:
            return
        try:
            self.customer_id = self.till.customer_by_card(text).id
        except InvalidCardCode:
            self.show_error(self.tr("No customer matches “%1”. Check what was typed, or press F4 to register them.")
                            .replace("%1", text))
            return
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            self.edit.selectAll()
            return
        self.accept()

    @staticmethod
    def _is_card(text: str) -> bool:
        from shop.cards import card_code_in

        return card_code_in(text) is not None

    def register(self) -> None:
        from ui.customer_register import RegisterCustomerDialog

        typed = self.edit.text().strip()
        phone = typed if looks_like_phone(typed) else ""
        name = "" if phone or "@" in typed else typed
        email = typed if "@" in typed else ""
        dialog = RegisterCustomerDialog(self.till, self, name=name, phone=phone, email=email)
        if dialog.exec() and dialog.customer_id:
            self.customer_id = dialog.customer_id
            self.registered = dialog.registered
            self.accept()
