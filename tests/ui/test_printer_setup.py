"""The printer setup screen driven like an owner would: real widgets, a real file printer, the real settings row."""
import socket
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from db.engine import read_session, write_session
from printers.config import PrinterConfig, load_printer_config, profile_codepages, save_printer_config
from printers.test_page import TEST_BARCODE, TEST_PAGE_PDF
from ui.printer_setup import PrinterSetupDialog
from ui.style import apply_style


@pytest.fixture
def dialog(qtbot, shop, qapp):
    apply_style(qapp)
    widget = PrinterSetupDialog(shop.engine, shop.settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def child(dialog, kind, name):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def choose(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, name), Qt.MouseButton.LeftButton)


def wait_for_status(qtbot, dialog) -> str:
    """The status line once the printer job running off the UI thread has answered."""
    status = child(dialog, QLabel, "statusLabel")
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    return status.text()


def test_file_printer_test_page_then_save(qtbot, dialog, shop, tmp_path):
    """File transport to a temp file: the test page's ESC/POS bytes land there; Save stores the settings."""
    target = tmp_path / "printer.bin"
    choose(child(dialog, QComboBox, "transportCombo"), "file")
    assert dialog.pages.currentIndex() == dialog.page_index["file"]
    qtbot.keyClicks(child(dialog, QLineEdit, "pathEdit"), str(target))
    choose(child(dialog, QComboBox, "profileCombo"), "TM-T88V")
    choose(child(dialog, QComboBox, "paperCombo"), 58)
    choose(child(dialog, QComboBox, "codepageCombo"), "CP858")
    choose(child(dialog, QComboBox, "pinCombo"), 5)
    dialog.pulse.lineEdit().clear()
    qtbot.keyClicks(dialog.pulse.lineEdit(), "120")  # not in the list: typed
    click(qtbot, dialog, "testPageButton")
    text = wait_for_status(qtbot, dialog)
    assert str(target) in text and dialog.status.property("role") == "ok"
    data = target.read_bytes()
    assert data.startswith(b"\x1b@")  # ESC @ initialise
    assert b"Macelleria Rossi" in data and TEST_BARCODE.encode() in data
    assert b"\x1dV" in data  # cut at the end
    with read_session(shop.engine) as session:
        assert load_printer_config(session).transport == "none"  # trying is not saving
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    with read_session(shop.engine) as session:
        saved = load_printer_config(session)
    assert (saved.transport, saved.device_path, saved.profile, saved.paper_mm, saved.codepage) == (
        "file", str(target), "TM-T88V", 58, "CP858")
    assert (saved.drawer_pin, saved.drawer_on_ms) == (5, 120)


def test_screen_shows_the_stored_settings(qtbot, shop, qapp):
    """Opening the screen again shows what was saved, including a serial port and the profile's code pages."""
    with write_session(shop.engine) as session:
        save_printer_config(session, PrinterConfig(transport="serial", serial_port="loop://", baudrate=38400,
                                                   flow_control="rtscts", profile="TM-T20II", codepage="CP852"))
    dialog = PrinterSetupDialog(shop.engine, shop.settings)
    qtbot.addWidget(dialog)
    assert dialog.transport.currentData() == "serial" and dialog.pages.currentIndex() == dialog.page_index["serial"]
    assert dialog.serial_port.currentText() == "loop://"
    assert (dialog.baud.currentData(), dialog.flow.currentData()) == (38400, "rtscts")
    codepages = [dialog.codepage.itemData(i) for i in range(dialog.codepage.count())]
    assert codepages == ["auto", *profile_codepages("TM-T20II")]
    assert dialog.codepage.currentData() == "CP852"
    assert dialog.config() == load_config(shop)


def load_config(shop) -> PrinterConfig:
    with read_session(shop.engine) as session:
        return load_printer_config(session)


def test_unreachable_network_printer_says_what_to_check(qtbot, dialog):
    """A network printer nobody listens for: the status says it did not answer, and the screen stays usable."""
    with socket.socket() as probe:  # a free local port: connecting to it is refused at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    choose(dialog.transport, "network")
    qtbot.keyClicks(child(dialog, QLineEdit, "hostEdit"), "127.0.0.1")
    dialog.port.clear()
    qtbot.keyClicks(dialog.port, str(port))
    click(qtbot, dialog, "statusButton")
    text = wait_for_status(qtbot, dialog)
    assert "did not answer" in text and dialog.status.property("role") == "error"
    assert child(dialog, QPushButton, "testPageButton").isEnabled()


def test_usb_detection_without_pyusb_explains(qtbot, dialog):
    """Choosing USB looks for printers; without pyusb the screen says so instead of failing, and Save refuses empty ids."""
    choose(dialog.transport, "usb")
    message = child(dialog, QLabel, "usbMessage").text()
    try:
        import usb  # noqa: F401
    except ImportError:
        assert "pyusb" in message
    else:
        assert message  # found printers, or none found: either way the screen says it
    dialog.vendor.clear()
    dialog.product.clear()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "vendor" in dialog.error.text()


def test_file_status_checks_the_path(qtbot, dialog, tmp_path):
    """Check status on a file transport: a writable place is reachable, a missing folder is reported."""
    choose(dialog.transport, "file")
    qtbot.keyClicks(dialog.path, str(tmp_path / "printer.bin"))
    click(qtbot, dialog, "statusButton")
    assert "Reachable" in wait_for_status(qtbot, dialog) and dialog.status.property("role") == "ok"
    dialog.path.setText(str(tmp_path / "missing" / "printer.bin"))
    click(qtbot, dialog, "statusButton")
    assert "did not answer" in wait_for_status(qtbot, dialog) and dialog.status.property("role") == "error"


def test_shop_without_a_printer_saves_pdfs_in_a_folder(qtbot, dialog, shop, tmp_path):
    """"PDF files in a folder": status checks the folder, the test page is a PDF there, Save stores it, reopening shows it."""
    folder = tmp_path / "receipts" / "till-1"  # not there yet: made on the first receipt
    choose(child(dialog, QComboBox, "transportCombo"), "pdf")
    assert dialog.pages.currentIndex() == dialog.page_index["pdf"]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # no folder yet: refused, nothing stored
    assert dialog.isVisible() and "folder" in dialog.error.text() and load_config(shop).transport == "none"
    qtbot.keyClicks(child(dialog, QLineEdit, "folderEdit"), str(folder))
    choose(child(dialog, QComboBox, "paperCombo"), 58)
    click(qtbot, dialog, "statusButton")
    assert "folder can be written" in wait_for_status(qtbot, dialog) and dialog.status.property("role") == "ok"
    click(qtbot, dialog, "testPageButton")
    assert str(folder / TEST_PAGE_PDF) in wait_for_status(qtbot, dialog) and dialog.status.property("role") == "ok"
    page = folder / TEST_PAGE_PDF
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(page), "-"], check=True, capture_output=True, text=True).stdout
    assert "Macelleria Rossi" in text and "58 mm" in text
    assert sorted(path.name for path in folder.iterdir()) == [TEST_PAGE_PDF]  # no half-written file left behind
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = load_config(shop)
    assert (saved.transport, saved.device_path, saved.paper_mm) == ("pdf", str(folder), 58)
    again = PrinterSetupDialog(shop.engine, shop.settings)
    qtbot.addWidget(again)
    assert again.transport.currentData() == "pdf" and again.pages.currentIndex() == again.page_index["pdf"]
    assert again.folder.text() == str(folder) and again.path.text() == ""
    assert again.config() == saved  # opened and saved again, a PDF shop stays a PDF shop


def test_pdf_folder_that_cannot_be_written_says_so(qtbot, dialog, tmp_path):
    """A folder below a file (a drive that is gone): status and test page both say the folder can't be written."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    choose(dialog.transport, "pdf")
    qtbot.keyClicks(dialog.folder, str(blocker / "receipts"))
    for name in ("statusButton", "testPageButton"):
        click(qtbot, dialog, name)
        assert "can't be written" in wait_for_status(qtbot, dialog) and dialog.status.property("role") == "error"


def test_till_opens_printer_setup_after_a_manager_pin(qtbot, window, in_dialog):
    """From the till (cashier Anna): the Printer button asks for a manager's PIN, then shows the setup screen."""
    seen = []

    def setup(dialog):
        seen.append(type(dialog).__name__)
        dialog.reject()

    def approval(dialog):
        seen.append(type(dialog).__name__)
        for digit in "2222":  # Marco, manager
            qtbot.keyClick(dialog, digit)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        in_dialog(setup)

    in_dialog(approval)
    qtbot.mouseClick(window.header.printer_button, Qt.MouseButton.LeftButton)
    assert seen == ["ApprovalDialog", "PrinterSetupDialog"]
