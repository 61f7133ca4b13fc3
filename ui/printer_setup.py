"""Printer setup: how the receipt printer is connected, what model it is, its paper, its code page, the drawer.

A shop without a thermal printer chooses "PDF files in a folder": each receipt is saved there as a roll PDF.

Reached from the till's header (needs a manager). "Print test page" and "Check status" use what is
on the screen, before it is saved, so the owner can try settings until the page comes out right;
both run off the UI thread, because a printer that is switched off makes a network or USB call
wait for its timeout. Save (Enter) stores the settings for this till.
"""
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLineEdit,
    QStackedWidget, QWidget,
)

from printers import config as pc
from printers import printer_admin
from printers.devices import PrinterStatus
from printers.errors import PrinterError, UsbUnavailable
from printers.test_page import check_printer, print_test_page
from printers.usb_scan import find_usb_printers, serial_ports
from ui.dialog_parts import DOWN_ARROW, TillDialog, button, label, restyle
from ui.printer_messages import printer_message
from ui.tasks import run_task

translate = QCoreApplication.translate
# Status colours for this screen's labels (the shared style sheet has title, hint and error only).
SETUP_STYLE = ('QLabel[role="ok"] { color: #1b7a4b; font-weight: 600; }'
               'QLabel[role="warning"] { color: #9a6700; font-weight: 600; }'
               'QLabel[role="section"] { font-weight: 700; color: #2d3a3a; padding-bottom: 2px; }'
               # Fusion's drop-down button clashes with the shared style sheet's rounded fields (see reason_combo).
               'QComboBox:focus { border: 2px solid #2a9d8f; }'
               'QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 30px;'
               ' border: none; }'
               f'QComboBox::down-arrow {{ image: url({DOWN_ARROW}); width: 14px; height: 14px; }}'
               'QComboBox QLineEdit { border: none; padding: 0; background: transparent; }')
PULSES_MS = (50, 100, 150, 200, 250)
BAUD_RATES = (9600, 19200, 38400, 57600, 115200)


class PrinterSetupDialog(TillDialog):
    saved = Signal(object)  # the PrinterConfig just stored

    def __init__(self, engine, settings, parent=None):
        super().__init__(self.tr("Receipt printer"), self.tr("How this till's receipt printer and cash drawer are "
                         "connected. Try the settings with a test page, then save."), self.tr("Save (Enter)"), parent, 860)
        self.setStyleSheet(self.styleSheet() + SETUP_STYLE)
        self.setObjectName("printerSetupDialog")
        self.engine = engine
        self.settings = settings
        self.stored = printer_admin.stored_config(engine)
        self.busy = False
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.addWidget(self._connection_panel(), 0, 0)
        grid.addWidget(self._printer_panel(), 0, 1)
        self.body.addLayout(grid)
        self._show(self.stored)

    # --- building ----------------------------------------------------------------------------
    def _form(self, title: str) -> tuple[QFrame, QFormLayout]:
        panel = QFrame()
        panel.setObjectName("panel")
        form = QFormLayout(panel)
        form.setContentsMargins(16, 12, 16, 14)
        form.setVerticalSpacing(8)
        form.addRow(label(title, "section"))
        return panel, form

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # Long entries (model names, "Automatic (...)") must not widen the panel and squeeze the labels.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        for text, data in items:
            combo.addItem(text, data)
        return combo

    def _connection_panel(self) -> QWidget:
        panel, form = self._form(self.tr("Connection"))
        names = {"none": self.tr("No receipt printer"), "usb": self.tr("USB"), "serial": self.tr("Serial (COM port)"),
                 "network": self.tr("Network (IP address)"), "file": self.tr("File or device path"),
                 "pdf": self.tr("PDF files in a folder (no printer)")}
        self.transport = self._combo("transportCombo", [(names[t], t) for t in pc.TRANSPORTS if t in names])
        form.addRow(self.tr("Transport"), self.transport)
        self.pages = QStackedWidget()
        self.pages.setObjectName("transportPages")
        self.page_index = {}
        for transport, page in (("none", self._none_page()), ("usb", self._usb_page()), ("serial", self._serial_page()),
                                ("network", self._network_page()), ("file", self._path_page()),
                                ("pdf", self._folder_page())):
            self.page_index[transport] = self.pages.addWidget(page)
        form.addRow(self.pages)
        self.transport.currentIndexChanged.connect(self._transport_changed)
        form.addRow(self._status_row())  # try the connection right under where it is typed
        return panel

    def _none_page(self) -> QWidget:
        return label(self.tr("Receipts are kept and can be printed or e-mailed as PDF later."), "hint", wrap=True)

    def _usb_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.usb_list = self._combo("usbCombo", [])
        self.usb_list.currentIndexChanged.connect(self._usb_chosen)
        row.addWidget(self.usb_list, 1)
        row.addWidget(button(self.tr("Detect"), "detectButton", slot=self.detect_usb, height=36))
        form.addRow(self.tr("Printer"), row)
        self.vendor = QLineEdit(objectName="vendorEdit", placeholderText="04b8")
        self.product = QLineEdit(objectName="productEdit", placeholderText="0e15")
        ids = QHBoxLayout()
        ids.addWidget(self.vendor)
        ids.addWidget(label(":"))
        ids.addWidget(self.product)
        form.addRow(self.tr("Vendor:product id"), ids)
        self.usb_message = label("", "hint", "usbMessage", wrap=True)
        form.addRow(self.usb_message)
        return page

    def _serial_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.serial_port = self._combo("serialPortCombo", [(p, p) for p in serial_ports()])
        self.serial_port.setEditable(True)
        self.baud = self._combo("baudCombo", [(str(b), b) for b in BAUD_RATES])
        flows = {"none": self.tr("None"), "xonxoff": "XON/XOFF", "rtscts": "RTS/CTS", "dsrdtr": "DSR/DTR"}
        self.flow = self._combo("flowCombo", [(flows[f], f) for f in pc.FLOW_CONTROLS])
        form.addRow(self.tr("Port"), self.serial_port)
        form.addRow(self.tr("Baud rate"), self.baud)
        form.addRow(self.tr("Flow control"), self.flow)
        return page

    def _network_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.host = QLineEdit(objectName="hostEdit", placeholderText="192.168.1.50")
        # A plain field: the shared style sheet's padding leaves a spin box no room to show its digits.
        self.port = QLineEdit(objectName="portEdit", placeholderText="9100")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        form.addRow(self.tr("IP address"), self.host)
        form.addRow(self.tr("Port"), self.port)
        return page

    def _path_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(objectName="pathEdit", placeholderText="/dev/usb/lp0")
        row.addWidget(self.path, 1)
        row.addWidget(button(self.tr("Browse…"), "pathBrowse", slot=self._browse, height=36))
        return page

    def _folder_page(self) -> QWidget:
        """A shop without a thermal printer: each receipt is saved as a PDF, to print or e-mail later."""
        page = QWidget()
        column = QGridLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(objectName="folderEdit")
        column.addWidget(self.folder, 0, 0)
        column.addWidget(button(self.tr("Browse…"), "folderBrowse", slot=self._browse_folder, height=36), 0, 1)
        column.addWidget(label(self.tr("Each receipt is saved here as a PDF, at the paper width below."), "hint",
                               wrap=True), 1, 0, 1, 2)
        return page

    def _printer_panel(self) -> QWidget:
        panel, form = self._form(self.tr("Printer and paper"))
        profiles = sorted(pc.profile_names(), key=lambda n: (n != "default", pc.profile_label(n).lower()))
        self.profile = self._combo("profileCombo", [(pc.profile_label(n), n) for n in profiles])
        self.profile.currentIndexChanged.connect(self._profile_changed)
        self.paper = self._combo("paperCombo", [("80 mm", 80), ("58 mm", 58)])
        self.codepage = self._combo("codepageCombo", [])
        cjk = {"raster": self.tr("As images (any printer)"), "gb18030": self.tr("Printer's Chinese font (GB18030)"),
               "euc-kr": self.tr("Printer's Korean font (EUC-KR)")}
        self.cjk = self._combo("cjkCombo", [(cjk[m], m) for m in pc.CJK_MODES])
        form.addRow(self.tr("Model"), self.profile)
        form.addRow(self.tr("Paper width"), self.paper)
        form.addRow(self.tr("Code page"), self.codepage)
        form.addRow(self.tr("Chinese and Korean"), self.cjk)
        form.addRow(label(self.tr("Cash drawer"), "section"))
        drawers = {"printer": self.tr("Through the printer"), "serial": self.tr("Own serial port"), "none": self.tr("None")}
        self.drawer = self._combo("drawerCombo", [(drawers[d], d) for d in pc.DRAWERS])
        self.pin = self._combo("pinCombo", [(self.tr("Pin 2"), 2), (self.tr("Pin 5"), 5)])
        self.pulse = self._combo("pulseCombo", [(f"{ms} ms", ms) for ms in PULSES_MS])
        self.pulse.setEditable(True)  # an unusual drawer may need another pulse length: type it
        self.open_on_cash = QCheckBox(self.tr("Open after a cash payment"), objectName="openOnCashCheck")
        form.addRow(self.tr("Drawer"), self.drawer)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin)
        pin_row.addWidget(self.pulse)
        form.addRow(self.tr("Pin and pulse"), pin_row)
        form.addRow(self.open_on_cash)
        return panel

    def _status_row(self) -> QWidget:
        row = QWidget()
        layout = QGridLayout(row)
        layout.setContentsMargins(0, 10, 0, 0)
        self.test_button = button(self.tr("Print test page"), "testPageButton", slot=self.print_test_page, height=44)
        self.status_button = button(self.tr("Check status"), "statusButton", slot=self.check_status, height=44)
        layout.addWidget(self.test_button, 0, 0)
        layout.addWidget(self.status_button, 0, 1)
        self.status = label(self.tr("Status: not checked yet"), "hint", "statusLabel", wrap=True)
        layout.addWidget(self.status, 1, 0, 1, 2)
        return row

    # --- config <-> widgets ------------------------------------------------------------------------
    def _select(self, combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index < 0 and combo.isEditable() and data:
            combo.addItem(str(data), data)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def _show(self, config: pc.PrinterConfig) -> None:
        self._select(self.transport, config.transport if config.transport in self.page_index else "none")
        self._transport_changed()
        self.vendor.setText(f"{config.usb_vendor:04x}" if config.usb_vendor else "")
        self.product.setText(f"{config.usb_product:04x}" if config.usb_product else "")
        self._select(self.serial_port, config.serial_port)
        self._select(self.baud, config.baudrate)
        self._select(self.flow, config.flow_control)
        self.host.setText(config.host)
        self.port.setText(str(config.port))
        self.path.setText(config.device_path if config.transport != "pdf" else "")
        self.folder.setText(config.device_path if config.transport == "pdf" else "")
        self._select(self.profile, config.profile)
        self._profile_changed()
        self._select(self.codepage, config.codepage)
        self._select(self.paper, 58 if config.paper_mm <= 58 else 80)
        self._select(self.cjk, config.cjk)
        self._select(self.drawer, config.drawer)
        self._select(self.pin, config.drawer_pin)
        self._select(self.pulse, config.drawer_on_ms)
        self.open_on_cash.setChecked(config.open_drawer_on_cash)

    def config(self) -> pc.PrinterConfig:
        """The settings as they are on the screen (unsaved); fields the screen does not show are kept."""
        transport = self.transport.currentData()
        return replace(
            self.stored, transport=transport, usb_vendor=_hex(self.vendor.text()), usb_product=_hex(self.product.text()),
            serial_port=self.serial_port.currentText().strip(), baudrate=self.baud.currentData(),
            flow_control=self.flow.currentData(), host=self.host.text().strip(), port=int(self.port.text() or 9100),
            device_path=(self.folder if transport == "pdf" else self.path).text().strip(), profile=self.profile.currentData(), paper_mm=self.paper.currentData(),
            codepage=self.codepage.currentData() or "auto", cjk=self.cjk.currentData(), drawer=self.drawer.currentData(),
            drawer_pin=self.pin.currentData(), drawer_on_ms=self._pulse_ms(), open_drawer_on_cash=self.open_on_cash.isChecked(),
            **self._usb_endpoints(),
        )

    def _pulse_ms(self) -> int:
        digits = "".join(ch for ch in self.pulse.currentText() if ch.isdigit())
        return max(2, min(510, int(digits))) if digits else self.stored.drawer_on_ms

    def _usb_endpoints(self) -> dict:
        found = self.usb_list.currentData()
        if found is None or (found.vendor, found.product) != (_hex(self.vendor.text()), _hex(self.product.text())):
            return {}
        return {"usb_out_ep": found.out_ep, "usb_in_ep": found.in_ep}

    # --- reactions -----------------------------------------------------------------------------
    def _transport_changed(self) -> None:
        self.pages.setCurrentIndex(self.page_index[self.transport.currentData()])
        self.clear_error()
        if self.transport.currentData() == "usb" and self.usb_list.count() == 0:
            self.detect_usb()

    def _profile_changed(self) -> None:
        current = self.codepage.currentData()
        self.codepage.blockSignals(True)
        self.codepage.clear()
        self.codepage.addItem(self.tr("Auto (receipt language)"), "auto")
        for name in pc.profile_codepages(self.profile.currentData()):
            self.codepage.addItem(name, name)
        self._select(self.codepage, current or "auto")
        self.codepage.blockSignals(False)

    def detect_usb(self) -> None:
        self.usb_list.clear()
        try:
            found = find_usb_printers()
        except UsbUnavailable as error:
            self.usb_message.setText(printer_message(error))
            return
        for printer in found:
            self.usb_list.addItem(f"{printer.name} ({printer.address})", printer)
        self.usb_message.setText(self.tr("%n printer(s) found on USB.", "", len(found)) if found else
                                 self.tr("No USB printer found. Check that it is plugged in and switched on."))

    def _usb_chosen(self) -> None:
        found = self.usb_list.currentData()
        if found is not None:
            self.vendor.setText(f"{found.vendor:04x}")
            self.product.setText(f"{found.product:04x}")

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Printer device or file"), self.path.text() or "/dev/usb/lp0")
        if chosen:
            self.path.setText(chosen)

    def _browse_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the receipt PDFs"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _set_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setProperty("role", role)
        restyle(self.status)

    def _start(self, work, describe) -> None:
        """Run `work` off the UI thread; `describe(result)` gives the (text, role) of the status line."""
        if self.busy:
            return
        self.busy = True
        self.test_button.setEnabled(False)
        self.status_button.setEnabled(False)
        self._set_status(self.tr("Talking to the printer…"), "hint")
        run_task(self, work, lambda result: self._finished(*describe(result)), self._failed)

    def _finished(self, text: str, role: str) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.status_button.setEnabled(True)
        self._set_status(text, role)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, PrinterError) and error.code == "offline" and self.transport.currentData() == "pdf":
            self._finished(self.tr("This folder can't be written. Choose another folder."), "error")
        else:
            self._finished(printer_message(error), "error")

    def print_test_page(self) -> None:
        config, settings = self.config(), self.settings
        self._start(lambda: print_test_page(config, settings),
                    lambda where: (self.tr("Test page sent to %1. Check that every line printed.").replace("%1", where), "ok"))

    def check_status(self) -> None:
        config = self.config()
        self._start(lambda: check_printer(config), self.describe_status)

    def describe_status(self, status: PrinterStatus) -> tuple[str, str]:
        if not status.known and self.transport.currentData() == "pdf":
            return self.tr("The folder can be written. Print a test page to see a receipt PDF there."), "ok"
        if not status.known:
            return self.tr("Reachable. This connection can't report paper or cover; print a test page to be sure."), "ok"
        if status.cover_open:
            return self.tr("The cover is open. Close it."), "error"
        if status.paper == "out":
            return self.tr("Out of paper. Put in a new roll."), "error"
        if not status.online:
            return self.tr("The printer is offline (error or paper feed). Check its light."), "error"
        if status.paper == "low":
            return self.tr("Ready, but the paper roll is nearly finished."), "warning"
        return self.tr("Ready: online, paper loaded, cover closed."), "ok"

    def confirm(self) -> None:
        config = self.config()
        if config.transport == "usb" and not (config.usb_vendor and config.usb_product):
            self.show_error(self.tr("Choose a detected USB printer or type its vendor and product id."))
            return
        if config.transport == "pdf" and not config.device_path:
            self.show_error(self.tr("Choose the folder for the receipt PDFs."))
            return
        printer_admin.save_config(self.engine, config)
        self.stored = config
        self.saved.emit(config)
        self.accept()


def _hex(text: str) -> int:
    try:
        return int(text.strip().lower().removeprefix("0x") or "0", 16)
    except ValueError:
        return 0


def open_printer_setup(parent, till) -> bool:
    """The setup screen from the till: a cashier needs a manager's PIN first. True when settings were saved."""
    from shop.users import is_manager
    from ui.approval_dialog import ApprovalDialog

    if not is_manager(till.user):
        approval = ApprovalDialog(till, "printer_setup", parent)
        approved = approval.exec()
        approval.deleteLater()  # not kept as a child of the till window until it closes
        if not approved:
            return False
    dialog = PrinterSetupDialog(till.engine, till.settings, parent)
    saved = bool(dialog.exec())
    dialog.deleteLater()
    return saved


def screenshot_dialog(engine, settings, parent=None) -> PrinterSetupDialog:
    """The screen as `bottega screenshot printer` shows it: a network printer being set up (nothing is saved)."""
    dialog = PrinterSetupDialog(engine, settings, parent)
    dialog._show(pc.PrinterConfig(transport="network", host="192.168.1.50", profile="TM-T20II", paper_mm=80,
                                  drawer="printer", drawer_pin=2, drawer_on_ms=100))
    return dialog
