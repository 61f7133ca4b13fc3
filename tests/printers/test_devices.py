"""Every transport sends the same rendered bytes; failures come back as typed printer errors."""
import pytest
from escpos.printer import Usb

from printers.config import PrinterConfig
from printers.devices import (
    DummyPrinter, FilePrinter, NetworkPrinter, SerialPrinter, UsbPrinter, open_drawer, open_printer,
)
from printers.errors import OutOfPaper, PrinterNotConfigured, PrinterOffline, PrinterTimeout, UsbUnavailable
from printers.escpos_render import render
from tests.printers.conftest import document
from tests.printers.escpos_stream import parse
from tests.printers.fake_printers import PAPER_OUT, NetworkPrinterStub, PtyPrinterStub

KICK_PIN5_120MS = b"\x1bp\x01\x3c\x3c"


@pytest.fixture
def receipt(shop, printed) -> bytes:
    """The Hungarian sale receipt for an 80 mm printer: about 1.6 kB, several chunks."""
    return render(document(shop, printed, "sale", "hu"), PrinterConfig(paper_mm=80))


@pytest.fixture
def network_stub():
    stub = NetworkPrinterStub()
    yield stub
    stub.close()


@pytest.fixture
def pty_stub():
    stub = PtyPrinterStub()
    yield stub
    stub.close()


def test_serial_loop_url_carries_the_receipt(receipt):
    """Through pyserial's loop:// the bytes written come back unchanged, across the 512-byte chunks."""
    printer = SerialPrinter(PrinterConfig(transport="serial", serial_port="loop://", baudrate=19200,
                                          flow_control="xonxoff", timeout_s=1))
    assert len(receipt) > 1024
    printer.send(receipt)
    device = printer.escpos.device
    assert device.baudrate == 19200 and device.xonxoff and not device.rtscts
    assert device.read(len(receipt)) == receipt
    printer.close()


def test_serial_spy_url_logs_what_the_printer_got(receipt, pty_stub, capsys):
    """spy:// over a real tty: the printer at the far end gets the receipt and the spy hexdump shows it."""
    # The spy log goes to stderr: with ?file= pyserial 3.5 never closes the log file.
    config = PrinterConfig(transport="serial", serial_port=f"spy://{pty_stub.port}", baudrate=38400,
                           flow_control="rtscts", timeout_s=2, check_status=True)
    printer = SerialPrinter(config)
    printer.send(receipt)
    printer.close()
    assert bytes(pty_stub.received) == receipt
    text = capsys.readouterr().err
    assert "TX" in text and "1B 40" in text.splitlines()[0]  # ESC @ first
    assert "RX" in text  # the status answer that confirmed the receipt


def test_serial_status_and_out_of_paper(pty_stub):
    """DLE EOT over the tty: online with paper, then the paper runs out and a job is refused before printing."""
    printer = SerialPrinter(PrinterConfig(transport="serial", serial_port=pty_stub.port, timeout_s=2))
    state = printer.status()
    assert state.known and state.online and state.paper == "ok"
    pty_stub.paper = PAPER_OUT
    assert printer.status().paper == "out"
    with pytest.raises(OutOfPaper):
        printer.check_ready()
    printer.close()
    assert pty_stub.received == b""


def test_serial_silent_printer_times_out(pty_stub):
    """A printer that never answers the status query gives PrinterTimeout, not a hang."""
    pty_stub.silent = True
    printer = SerialPrinter(PrinterConfig(transport="serial", serial_port=pty_stub.port, timeout_s=0.3))
    with pytest.raises(PrinterTimeout):
        printer.status()


def test_missing_serial_port_is_offline():
    """A USB-serial adapter that was unplugged: the port does not exist."""
    printer = SerialPrinter(PrinterConfig(transport="serial", serial_port="/dev/ttyUSB-bottega-none"))
    with pytest.raises(PrinterOffline):
        printer.send(b"\x1b@")


def test_network_printer_receives_and_reports(receipt, network_stub):
    """Raw TCP to port 9100: the far end gets the exact bytes; status comes back over the same socket."""
    config = PrinterConfig(transport="network", host="127.0.0.1", port=network_stub.port, timeout_s=2, check_status=True)
    printer = NetworkPrinter(config)
    printer.send(receipt)
    assert printer.status().online
    printer.close()
    assert bytes(network_stub.received) == receipt


def test_network_printer_that_hangs_up_mid_receipt_is_offline(receipt, network_stub):
    """A printer switched off halfway: the confirming status query fails, the receipt is not reported sent."""
    network_stub.hang_up_after = 600
    config = PrinterConfig(transport="network", host="127.0.0.1", port=network_stub.port, timeout_s=2, check_status=True)
    with pytest.raises(PrinterOffline):
        NetworkPrinter(config).send(receipt)


def test_network_printer_not_listening_is_offline():
    """Nothing on the address (printer off, wrong IP): PrinterOffline naming the address."""
    import socket

    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    with pytest.raises(PrinterOffline) as raised:
        NetworkPrinter(PrinterConfig(transport="network", host="127.0.0.1", port=port, timeout_s=1)).send(b"\x1b@")
    assert raised.value.device == f"127.0.0.1:{port}"


def test_file_printer_writes_the_device_file(receipt, tmp_path):
    """A device path such as /dev/usb/lp0 is written as a stream; here a plain file stands in for it."""
    path = tmp_path / "lp0"
    printer = FilePrinter(PrinterConfig(transport="file", device_path=str(path)))
    printer.send(receipt)
    printer.close()
    assert path.read_bytes() == receipt
    assert not printer.status().known  # a device file cannot answer


def test_file_printer_unplugged_is_offline(tmp_path):
    """The device node is gone (printer unplugged): PrinterOffline."""
    with pytest.raises(PrinterOffline):
        FilePrinter(PrinterConfig(transport="file", device_path=str(tmp_path / "gone" / "lp0"))).send(b"\x1b@")


def test_usb_printer_without_usb_support_says_so():
    """Without pyusb the USB transport reports UsbUnavailable; with it, an absent printer is offline."""
    printer = UsbPrinter(PrinterConfig(transport="usb", usb_vendor=0x04B8, usb_product=0x0E15))
    expected = PrinterOffline if Usb.is_usable() else UsbUnavailable
    with pytest.raises(expected):
        printer.send(b"\x1b@")


def test_no_printer_configured():
    """A till set to 'none' has no printer to open."""
    with pytest.raises(PrinterNotConfigured):
        open_printer(PrinterConfig(transport="none"))
    assert isinstance(open_printer(PrinterConfig(transport="dummy")), DummyPrinter)


def test_drawer_through_the_printer():
    """The drawer on the printer's RJ11 port gets ESC p with the configured pin and pulse."""
    config = PrinterConfig(transport="dummy", drawer="printer", drawer_pin=5, drawer_on_ms=120, drawer_off_ms=120)
    printer = DummyPrinter(config)
    open_drawer(config, printer)
    assert bytes(printer.sent) == KICK_PIN5_120MS
    assert parse(bytes(printer.sent)).find("kick") == [("kick", 1, 60, 60)]


def test_standalone_serial_drawer(pty_stub):
    """A drawer on its own serial port gets the kick there, not through the receipt printer."""
    config = PrinterConfig(transport="dummy", drawer="serial", drawer_serial_port=pty_stub.port, drawer_pin=5,
                           drawer_on_ms=120, drawer_off_ms=120, timeout_s=2)
    printer = DummyPrinter(config)
    open_drawer(config, printer)
    assert printer.sent == b""
    for _ in range(100):  # the stub reads on its own thread
        if pty_stub.received:
            break
        import time

        time.sleep(0.01)
    assert bytes(pty_stub.received) == KICK_PIN5_120MS


def test_usb_timeout_is_a_timeout():
    """pyusb's USBTimeoutError (recognised by name, pyusb being optional) maps to PrinterTimeout."""
    USBTimeoutError = type("USBTimeoutError", (OSError,), {})
    printer = UsbPrinter(PrinterConfig(transport="usb", usb_vendor=0x04B8, usb_product=0x0E15, timeout_s=3))
    translated = printer._translate(USBTimeoutError("Operation timed out"))
    assert isinstance(translated, PrinterTimeout) and translated.seconds == 3
    assert isinstance(printer._translate(OSError(19, "No such device")), PrinterOffline)
