"""Back office: the fiscal register (Italy's RT) - model, address, VAT rate to department, test, status.

The documents the RT has not confirmed are listed below the form; "Send again" asks the RT for
its counters first (printers/fiscal/queue.py), so it can never issue a sale twice.
"""
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy import Engine

from printers.fiscal.device import FiscalDeviceError, open_device
from shop import fiscal
from shop.fiscal_errors import BadFiscalReference, BadFiscalSetup
from shop.office.fiscal import FiscalDesk
from shop.settings import ShopSettings
from shop.users import User
from ui.messages import message_for
from ui.tasks import run_task

MODELS = ("none", "epson", "custom")  # no RCH adapter yet


class FiscalPage(QWidget):
    tested = Signal(object)  # (ok: bool, the RT's status or what went wrong), once the RT has answered or not

    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.desk = FiscalDesk(engine, user, settings.till_id)
        self.user = user
        self.shop_settings = settings
        self.stored, self.rates = self.desk.setup()
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(720)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("Fiscal register (RT)"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.model = QComboBox()
        names = {"none": self.tr("None (receipts are not fiscal documents)"), "epson": self.tr("Epson FP-81 II RT / FP-90III"),
                 "custom": self.tr("Custom RT (sales and voids; returns not yet)")}
        for key in MODELS:
            self.model.addItem(names[key], key)
        self.model.setCurrentIndex(max(0, self.model.findData(self.stored.model)))
        form.addRow(self.tr("Model"), self.model)
        self.address = QLineEdit(self.stored.address)
        self.address.setPlaceholderText(self.tr("The RT's IP address, e.g. 192.168.1.50"))
        form.addRow(self.tr("Address"), self.address)
        self.serial = QLineEdit(self.stored.serial)
        self.serial.setPlaceholderText(self.tr("Read from the RT by Test connection (Custom: type it)"))
        form.addRow(self.tr("RT serial"), self.serial)
        self.rounding = QCheckBox(self.tr("Round cash totals to 5 cents"))
        self.rounding.setChecked(self.stored.cash_rounding)
        form.addRow("", self.rounding)
        self.z_at_close = QCheckBox(self.tr("Run the RT's daily closure (Z) when the shift closes"))
        self.z_at_close.setChecked(self.stored.z_at_shift_close)
        form.addRow("", self.z_at_close)
        layout.addLayout(form)
        self.departments = QTableWidget(len(self.rates), 2)
        self.departments.setHorizontalHeaderLabels([self.tr("VAT rate"), self.tr("RT department")])
        self.departments.setColumnWidth(0, 260)
        self.departments.setColumnWidth(1, 140)
        self.departments.setMaximumHeight(60 + 34 * max(1, len(self.rates)))
        self.departments.verticalHeader().hide()
        for row, (rate_bp, name) in enumerate(self.rates):
            item = QTableWidgetItem(name if "%" in name else f"{name} ({rate_bp / 100:g} %)")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.departments.setItem(row, 0, item)
            spin = QSpinBox(minimum=1, maximum=99)
            spin.setValue(int(self.stored.departments.get(str(rate_bp), row + 1)))
            self.departments.setCellWidget(row, 1, spin)
        layout.addWidget(self.departments)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Documents the RT has not confirmed")))
        self.waiting = QListWidget()
        layout.addWidget(self.waiting, 1)
        actions = QHBoxLayout()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Original slip: zzzz nnnn ddmmyyyy serial"))
        self.reference_button = QPushButton(self.tr("Use for the selected return"))
        self.reference_button.clicked.connect(self.use_reference)
        self.not_issued_button = QPushButton(self.tr("RT printed nothing: send again"))
        self.not_issued_button.clicked.connect(self.not_issued)
        for widget in (self.reference, self.reference_button, self.not_issued_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(QLabel(self.tr("Last daily closure: Bottega and the RT")))
        self.closure = QTableWidget(0, 4)
        self.closure.setHorizontalHeaderLabels([self.tr("Rate or payment"), self.tr("Bottega"), self.tr("RT"), self.tr("Difference")])
        self.closure.verticalHeader().hide()
        for column, width in enumerate((240, 150, 150, 150)):
            self.closure.setColumnWidth(column, width)
        layout.addWidget(self.closure, 1)
        self.tested.connect(self._show_test)
        self.refresh_waiting()
        self.refresh_closure()


    def screenshot_state(self) -> None:
        """For `bottega screenshot backoffice-fiscal`: an Epson RT at 192.168.1.50, the shop's rates mapped."""
        self.model.setCurrentIndex(self.model.findData("epson"))
        self.address.setText("192.168.1.50")
        self.rounding.setChecked(True)
    def settings_from_form(self) -> fiscal.FiscalSettings:
        departments = {str(rate_bp): self.departments.cellWidget(row, 1).value() for row, (rate_bp, _) in enumerate(self.rates)}
        return fiscal.FiscalSettings(
            model=self.model.currentData(), address=self.address.text(), departments=departments,
            cash_rounding=self.rounding.isChecked(), z_at_shift_close=self.z_at_close.isChecked(), operator=self.stored.operator, timeout_s=self.stored.timeout_s,
            serial=self.serial.text().strip().upper(),
        )

    def save(self) -> bool:
        settings = self.settings_from_form()
        try:
            self.desk.store_setup(settings)
        except BadFiscalSetup as error:
            self.status.setText(message_for(error, self.shop_settings))  # worded in ui/messages.py
            self.address.setFocus()
            return False
        self.stored = settings
        self.status.setText(self.tr("Saved."))
        return True

    def test_connection(self) -> None:
        """Ask the RT for its status off the UI thread: a silent RT must not freeze the page."""
        settings = self.settings_from_form()
        self.status.setText(self.tr("Asking the RT..."))
        self.test_button.setEnabled(False)

        def ask():
            device = open_device(settings)
            try:
                return device.status()
            finally:
                device.close()

        def failed(error: Exception) -> None:
            # The driver words the RT's silence as a code; anything else still gives the button back.
            self.tested.emit((False, error.code if isinstance(error, FiscalDeviceError) else str(error)))

        run_task(self, ask, lambda status: self.tested.emit((True, status)), failed)

    def _show_test(self, result) -> None:
        self.test_button.setEnabled(True)
        ok, detail = result
        if not ok:
            self.status.setText(self.tr("The RT did not answer (%1). Check its address, cable and power.").replace("%1", str(detail)))
            return
        if detail.serial and not self.serial.text().strip():
            self.serial.setText(detail.serial)  # kept with the next Save
        state = self.tr("ready") if detail.ready else self.tr("not ready: %1").replace("%1", detail.problem or "")
        self.status.setText(self.tr("RT %1 answered: %2. Day closure no. %3, last document %4.")
                            .replace("%1", detail.serial or "?").replace("%2", state)
                            .replace("%3", str(detail.z_number)).replace("%4", str(detail.last_doc)))

    def refresh_waiting(self) -> None:
        self.waiting.clear()
        self.jobs = self.desk.waiting()
        for job in self.jobs:
            self.waiting.addItem(f"{job.receipt_number}  {job.kind}  {job.state}  {job.error or ''}")

    def _selected(self):
        row = self.waiting.currentRow()
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def use_reference(self) -> None:
        """A return whose original is not in Bottega: the reference typed from the customer's slip."""
        job = self._selected()
        if job is None or job.kind != fiscal.REFUND:
            self.status.setText(self.tr("Select a return in the list first."))
            return
        try:
            self.desk.set_reference(job.id, self.reference.text())
        except BadFiscalReference as error:
            self.status.setText(message_for(error, self.shop_settings))
            self.reference.setFocus()
            return
        self.status.setText(self.tr("Reference kept; the till sends the return within a minute."))
        self.refresh_waiting()

    def not_issued(self) -> None:
        """A document in 'check': the owner looked at the RT's slips and it printed nothing."""
        job = self._selected()
        if job is None or job.state != "check":
            self.status.setText(self.tr("Select a document marked 'check' first."))
            return
        self.desk.not_issued(job.id)
        self.refresh_waiting()

    def refresh_closure(self) -> None:
        comparison = self.desk.latest_closure()
        rows = comparison.rows if comparison else ()
        self.closure.setRowCount(len(rows))
        names = {"cash": self.tr("Cash"), "electronic": self.tr("Electronic"), "discount": self.tr("Discount paid"),
                 "not_paid": self.tr("Not paid"), "rounding": self.tr("Rounding"), "total": self.tr("Total")}
        vat = self.tr("VAT %1 %").replace
        for row, line in enumerate(rows):
            label = vat("%1", f"{int(line.key) / 100:g}") if line.kind == "vat" else names.get(line.kind if line.kind != "payment" else line.key, line.key)
            values = (label, self.shop_settings.money(line.bottega), self.shop_settings.money(line.rt), self.shop_settings.money(line.difference))
            for column, value in enumerate(values):
                self.closure.setItem(row, column, QTableWidgetItem(value))
        if comparison and comparison.unconfirmed:
            self.status.setText(self.tr("Not confirmed by the RT: %1").replace("%1", ", ".join(comparison.unconfirmed)))
