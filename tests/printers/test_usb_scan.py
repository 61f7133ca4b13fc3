"""USB printer detection over pyusb's API, with the bus described by stand-in devices (no USB hardware here)."""
import sys
import types
from dataclasses import dataclass, field

import pytest

from printers.errors import UsbUnavailable
from printers.usb_scan import UsbPrinter, find_usb_printers, usb_backend

BULK, INTERRUPT = 2, 3


@dataclass
class Endpoint:
    bEndpointAddress: int
    bmAttributes: int = BULK


@dataclass
class Interface:
    bInterfaceClass: int
    endpoints: list = field(default_factory=list)

    def __iter__(self):
        return iter(self.endpoints)


@dataclass
class Device:
    idVendor: int
    idProduct: int
    interfaces: list
    strings: tuple = ("", "")
    bDeviceClass: int = 0
    iManufacturer: int = 1
    iProduct: int = 2

    def get_active_configuration(self):
        return self.interfaces


def fake_pyusb(monkeypatch, devices, *, backend: bool = True) -> None:
    """Install a `usb` package with pyusb's names and semantics (util masks, NoBackendError) over `devices`."""
    usb = types.ModuleType("usb")
    core = types.ModuleType("usb.core")
    util = types.ModuleType("usb.util")

    class NoBackendError(Exception):
        pass

    def find(find_all=False, **_query):
        if not backend:
            raise NoBackendError("No backend available")
        return iter(devices)

    def get_string(device, index):
        text = device.strings[index - 1]
        if text is None:
            raise ValueError("The device has no langid")  # what pyusb says without permission
        return text

    core.NoBackendError, core.find = NoBackendError, find
    util.get_string = get_string
    util.endpoint_direction = lambda address: address & 0x80
    util.endpoint_type = lambda attributes: attributes & 0x03
    util.ENDPOINT_OUT, util.ENDPOINT_IN, util.ENDPOINT_TYPE_BULK = 0x00, 0x80, BULK
    usb.core, usb.util = core, util
    for name, module in (("usb", usb), ("usb.core", core), ("usb.util", util)):
        monkeypatch.setitem(sys.modules, name, module)


def test_finds_receipt_printers_and_their_endpoints(monkeypatch):
    """An Epson (vendor class), an unknown maker's printer-class device and a keyboard: only the printers, with endpoints."""
    epson = Device(0x04B8, 0x0E15, [Interface(0xFF, [Endpoint(0x01), Endpoint(0x82)])], ("EPSON", "TM-T20II"))
    generic = Device(0x1234, 0x5678, [Interface(7, [Endpoint(0x81, INTERRUPT), Endpoint(0x83), Endpoint(0x03)])],
                     ("Acme", "Thermal 80"))
    keyboard = Device(0x046D, 0xC31C, [Interface(3, [Endpoint(0x81, INTERRUPT)])], ("Logitech", "Keyboard"))
    fake_pyusb(monkeypatch, [epson, keyboard, generic])
    found = find_usb_printers()
    assert [(p.address, p.name, p.out_ep, p.in_ep) for p in found] == [
        ("04b8:0e15", "EPSON TM-T20II", 0x01, 0x82),
        ("1234:5678", "Acme Thermal 80", 0x03, 0x83),
    ]


def test_unreadable_names_fall_back_to_the_maker(monkeypatch):
    """Without permission to read its strings a known printer is still listed, under its maker's name."""
    star = Device(0x0519, 0x0003, [Interface(0xFF, [Endpoint(0x02), Endpoint(0x81)])], (None, None))
    fake_pyusb(monkeypatch, [star])
    assert [(p.name, p.out_ep, p.in_ep) for p in find_usb_printers()] == [("Star Micronics", 0x02, 0x81)]


def test_missing_pyusb_or_libusb_is_an_answer(monkeypatch):
    """No pyusb, or pyusb without a libusb backend: UsbUnavailable says which is missing."""
    fake_pyusb(monkeypatch, [], backend=False)
    with pytest.raises(UsbUnavailable, match="libusb"):
        find_usb_printers()
    monkeypatch.setitem(sys.modules, "usb", None)  # `import usb` now fails as if not installed
    with pytest.raises(UsbUnavailable, match="pyusb"):
        find_usb_printers()



def test_the_till_brings_its_own_libusb():
    """The real pyusb with the libusb that ships with the till: looking for printers gets an answer
    (a list, empty without a printer plugged in), never "install libusb", even where the system has none."""
    assert usb_backend() is not None
    printers = find_usb_printers()  # raises UsbUnavailable when no libusb can be loaded
    assert all(isinstance(printer, UsbPrinter) for printer in printers)


def test_a_usb_printer_that_is_not_plugged_in_is_offline():
    """Through the real pyusb and libusb: the cashier is told the printer is offline, nothing crashes."""
    from printers.config import PrinterConfig
    from printers.devices import open_printer
    from printers.errors import PrinterOffline

    printer = open_printer(PrinterConfig(transport="usb", usb_vendor=0x04B8, usb_product=0x7FFF))
    with pytest.raises(PrinterOffline, match="04b8:7fff"):
        printer.send(b"\x1b@")


def test_bottega_printers_lists_what_the_till_can_see():
    """`bottega printers`: the USB printers (or that none is plugged in) and the serial ports; exit 0 when USB works."""
    import subprocess
    import sys

    shown = subprocess.run([sys.executable, "-m", "ui.cli", "printers"], capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    usb_line, serial_line = shown.stdout.splitlines()
    assert usb_line.startswith("USB printers: ") and "cannot look" not in usb_line
    assert serial_line.startswith("Serial ports: ")
