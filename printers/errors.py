"""Typed printer errors; ui/printer_messages.py turns them into messages, the queue stores their `code`."""
from dataclasses import dataclass

from shop.errors import ShopError


class PrinterError(ShopError):
    """Base of every printing failure. `code` is what a print job records."""

    code = "printer_error"


@dataclass
class PrinterOffline(PrinterError):
    """Not reachable: unplugged, switched off, wrong address, or gone mid-receipt."""

    device: str
    code = "offline"


@dataclass
class OutOfPaper(PrinterError):
    device: str
    code = "out_of_paper"


@dataclass
class CoverOpen(PrinterError):
    device: str
    code = "cover_open"


@dataclass
class PrinterTimeout(PrinterError):
    """The printer stopped taking data (buffer full, paper jam, flow control never released)."""

    device: str
    seconds: float
    code = "timeout"


@dataclass
class PrinterNotConfigured(PrinterError):
    code = "not_configured"


@dataclass
class UsbUnavailable(PrinterError):
    """pyusb or its libusb backend is missing on this machine."""

    detail: str
    code = "usb_unavailable"


@dataclass
class UnsupportedByPrinter(PrinterError):
    """The printer profile lacks what the document needs (e.g. raster images for CJK text)."""

    feature: str
    code = "unsupported"


ERRORS_BY_CODE = {cls.code: cls for cls in (
    PrinterError, PrinterOffline, OutOfPaper, CoverOpen, PrinterTimeout, PrinterNotConfigured, UsbUnavailable,
    UnsupportedByPrinter,
)}
