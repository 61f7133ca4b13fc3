"""The till window and the print queue: status line, F9, the drawer and the Z report, with a real Dummy printer."""
import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from db.engine import read_session
from db.models import AuditEvent, ZReport
from printers import jobs
from printers.config import PrinterConfig
from tests.printers.escpos_stream import parse
from tests.printers.test_queue import CUT, FlakyPrinter
from tests.ui.test_till_flows import close_shift, on_dialog  # noqa: F401  (on_dialog is a fixture)
from ui.printing import Printing
from ui.style import apply_style
from ui.till_window import TillWindow

CONFIG = PrinterConfig(transport="dummy", paper_mm=80, drawer="printer", drawer_pin=2, open_drawer_on_cash=True)


@pytest.fixture
def printer():
    return FlakyPrinter(CONFIG)


@pytest.fixture
def printing(shop, printer):
    link = Printing(shop.engine, shop.settings.till_id, config=CONFIG, printer_factory=lambda config: printer)
    link.start()
    yield link
    link.stop()


@pytest.fixture
def window(qtbot, till, qapp, printing):
    apply_style(qapp)
    window = TillWindow(till, printing=printing)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def pay_cash(qtbot, window, in_dialog, amount: str = "20") -> None:
    def pay(dialog):
        qtbot.keyClicks(dialog.amount, amount)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(pay)
    qtbot.keyClick(window, Qt.Key.Key_F12)
    window.activateWindow()  # offscreen, nothing hands activation back after a modal dialog
    qtbot.waitUntil(window.isActiveWindow)


def sell_wine(qtbot, window, shop, in_dialog) -> None:
    qtbot.keyClicks(window.search, shop.barcodes["wine"])
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    pay_cash(qtbot, window, in_dialog)


def test_cash_sale_opens_the_drawer_and_prints(qtbot, window, shop, printer, printing, in_dialog):
    """Paying 20 in cash kicks the drawer and prints the receipt with its barcode."""
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "printed"):
        sell_wine(qtbot, window, shop, in_dialog)
    stream = parse(bytes(printer.sent))
    assert stream.find("kick") == [("kick", 0, 50, 50)]
    assert stream.find("barcode") == [("barcode", 73, "{BT1-000001")]
    assert "press F9" not in window.message.text()


def test_offline_printer_keeps_the_receipt_and_f9_prints_it(qtbot, window, shop, printer, printing, in_dialog):
    """Printer unplugged: the sale is recorded and the status says so; plugged back, F9 prints the original, then a copy."""
    printer.fail_at = 0
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "failed"):
        sell_wine(qtbot, window, shop, in_dialog)
    qtbot.waitUntil(lambda: "press F9" in window.message.text())
    assert window.message.text().endswith("Printer offline - receipt T1-000001 kept, press F9 to reprint")
    assert [job.state for job in printing.queue.waiting()] == ["failed"]

    printer.fail_at = None
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "printed"):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert "T1-000001 again" in window.message.text()
    assert printer.sent.count(CUT) == 1 and b"COPIA" not in printer.sent

    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "printed"):
        qtbot.keyClick(window, Qt.Key.Key_F9)
    assert "copy of receipt T1-000001" in window.message.text()
    assert printer.sent.count(CUT) == 2 and b"*** COPIA ***" in printer.sent


def test_reprint_button_is_f9_for_a_touch_screen(qtbot, window, shop, printer, printing, in_dialog):
    """The header's "Reprint F9" button: the kept original after a failure, then a copy - as F9 does."""
    assert window.header.reprint_button.isVisible() and "F9" in window.header.reprint_button.text()
    printer.fail_at = 0
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "failed"):
        sell_wine(qtbot, window, shop, in_dialog)
    printer.fail_at = None
    for expected in ("T1-000001 again", "copy of receipt T1-000001"):
        with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "printed"):
            qtbot.mouseClick(window.header.reprint_button, Qt.MouseButton.LeftButton)
        assert expected in window.message.text()
    assert printer.sent.count(CUT) == 2 and printer.sent.count(b"*** COPIA ***") == 2
    sale_id = jobs.last_receipt_job(shop.engine, shop.settings.till_id).ref_id
    assert [job.is_copy for job in jobs.jobs_for(shop.engine, sale_id)] == [False, True]


def test_no_sale_kicks_the_drawer_after_approval(qtbot, window, shop, printer, printing, in_dialog):
    """Ctrl+D with Marco's PIN: audited as before, and the drawer really opens through the printer."""
    def manager_pin(dialog):
        qtbot.keyClicks(dialog, "2222")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(manager_pin)
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "drawer_opened"):
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert bytes(printer.sent) == b"\x1bp\x00\x32\x32"
    with read_session(shop.engine) as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "drawer_open_no_sale")).one()


def test_drawer_that_fails_says_so(qtbot, window, shop, printer, printing, in_dialog):
    """The kick through an offline printer leaves a message naming the problem."""
    printer.fail_at = 0

    def manager_pin(dialog):
        qtbot.keyClicks(dialog, "2222")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    in_dialog(manager_pin)
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "drawer_failed"):
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "drawer did not open" in window.message.text())


def test_closing_the_shift_prints_the_z_report(qtbot, window, shop, printer, printing, in_dialog, on_dialog):  # noqa: F811
    """Ctrl+F12, count, Enter: the Z report the dialog made is printed on the receipt printer."""
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "printed"):
        sell_wine(qtbot, window, shop, in_dialog)
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.job and event.job.document == "z_report"):
        close_shift(qtbot, on_dialog, window, "112,90", {})
    with read_session(shop.engine) as session:
        (report,) = session.exec(select(ZReport)).all()
    assert [job.state for job in jobs.jobs_for(shop.engine, report.id)] == ["printed"]
    assert printing.queue.waiting() == [] and printer.sent.count(CUT) == 2
    assert "CHIUSURA GIORNALIERA (Z)" in [line.strip() for line in parse(bytes(printer.sent)).lines]


def test_scanning_the_printed_barcode_starts_the_return(qtbot, window, shop, printer, printing, in_dialog):
    """What the receipt's CODE128 holds, typed by a scanner into the refund dialog (F10), finds the sale's lines."""
    with qtbot.wait_signal(printing.event, check_params_cb=lambda event: event.kind == "printed"):
        sell_wine(qtbot, window, shop, in_dialog)
    (barcode,) = parse(bytes(printer.sent)).find("barcode")
    scanned = barcode[2].removeprefix("{B")  # the code set selector is not part of the scanned text
    found = {}

    def scan_receipt(dialog):
        qtbot.keyClicks(dialog.number, scanned)
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        found["rows"] = dialog.model.rowCount()
        found["sale"] = dialog.sale.receipt_number if dialog.sale else None
        dialog.reject()

    in_dialog(scan_receipt)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert found == {"rows": 1, "sale": "T1-000001"}
