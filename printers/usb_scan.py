"""Finding receipt printers on USB (pyusb), and serial ports (pyserial), for the printer setup screen.

pyusb talks to USB through libusb. The till brings its own (libusb-package ships the library for
Linux, Windows and macOS), so a shop needs nothing installed by hand; the system's libusb is the
fallback. If neither is there the absence is an answer (UsbUnavailable with what is missing), not
a crash: a till that prints over the network never needs USB.
"""
from dataclasses import dataclass

from printers.errors import UsbUnavailable

PRINTER_CLASS = 7  # USB device class "printer"
VENDOR_SPECIFIC = 0xFF
# Makers of receipt printers that announce a vendor-specific class instead of "printer".
RECEIPT_VENDORS = {
    0x04B8: "Epson", 0x0519: "Star Micronics", 0x1504: "Bixolon", 0x1D90: "Citizen", 0x2730: "Citizen",
    0x0DD4: "Custom", 0x0FE6: "ICS Advent (Xprinter)", 0x0483: "Xprinter", 0x154F: "SNBC", 0x20D1: "Rongta",
    0x6868: "Hprt", 0x0416: "Winbond (Xprinter)", 0x28E9: "GoDEX/Xprinter", 0x1FC9: "Posiflex",
}


@dataclass(frozen=True)
class UsbPrinter:
    vendor: int
    product: int
    name: str
    out_ep: int = 0x01
    in_ep: int = 0x82

    @property
    def address(self) -> str:
        return f"{self.vendor:04x}:{self.product:04x}"


def _name(usb_util, device) -> str:
    """Maker and model as the device reports them; reading strings needs permissions a till may lack."""
    parts = []
    for index in (device.iManufacturer, device.iProduct):
        try:
            parts.append(usb_util.get_string(device, index) or "")
        except Exception:  # noqa: BLE001 - permission, busy or broken string descriptor: fall back below
            parts.append("")
    name = " ".join(p.strip() for p in parts if p and p.strip())
    return name or RECEIPT_VENDORS.get(device.idVendor, "USB device")


def _endpoints(usb_util, device) -> tuple[int, int, bool] | None:
    """(bulk OUT, bulk IN, is a printer interface) of the device's printer-like interface."""
    try:
        config = device.get_active_configuration()
    except Exception:  # noqa: BLE001 - unconfigured or no permission: the defaults will be offered
        return None
    for interface in config:
        if interface.bInterfaceClass not in (PRINTER_CLASS, VENDOR_SPECIFIC):
            continue
        out_ep = in_ep = None
        for endpoint in interface:
            direction = usb_util.endpoint_direction(endpoint.bEndpointAddress)
            if usb_util.endpoint_type(endpoint.bmAttributes) != usb_util.ENDPOINT_TYPE_BULK:
                continue
            if direction == usb_util.ENDPOINT_OUT and out_ep is None:
                out_ep = endpoint.bEndpointAddress
            elif direction == usb_util.ENDPOINT_IN and in_ep is None:
                in_ep = endpoint.bEndpointAddress
        if out_ep is not None:
            return out_ep, in_ep if in_ep is not None else 0x82, interface.bInterfaceClass == PRINTER_CLASS
    return None


def usb_backend():
    """The libusb backend that comes with the till, or None to let pyusb look for the system's."""
    try:
        import libusb_package

        return libusb_package.get_libusb1_backend()  # None if its library cannot be loaded here
    except ImportError:  # no libusb-package, or no pyusb for it to plug into
        return None


def find_usb_printers() -> list[UsbPrinter]:
    """The USB printers plugged in now: printer-class devices and known receipt-printer makers.

    Raises UsbUnavailable when pyusb is not installed or no libusb backend is found.
    """
    try:
        import usb.core
        import usb.util
    except ImportError:
        raise UsbUnavailable("pyusb is not installed (pip install pyusb)") from None
    try:
        devices = list(usb.core.find(find_all=True, backend=usb_backend()))
    except usb.core.NoBackendError:
        raise UsbUnavailable("no libusb backend (install libusb-1.0)") from None
    found = []
    for device in devices:
        endpoints = _endpoints(usb.util, device)
        is_printer = device.bDeviceClass == PRINTER_CLASS or (endpoints is not None and endpoints[2])
        if not is_printer and device.idVendor not in RECEIPT_VENDORS:
            continue
        out_ep, in_ep = endpoints[:2] if endpoints else (0x01, 0x82)
        found.append(UsbPrinter(device.idVendor, device.idProduct, _name(usb.util, device), out_ep, in_ep))
    return found


def serial_ports() -> list[str]:
    """Serial port names on this machine (COM3, /dev/ttyUSB0 ...), for the port field's list."""
    from serial.tools import list_ports

    return sorted(port.device for port in list_ports.comports())
