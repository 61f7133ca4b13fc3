"""The printer's words: a full sentence for each printer error (the setup screen, message_for), and
the short phrase the till's status line puts before "receipt kept, press F9 to reprint".

Both tables live here, so a new printer problem is worded once for both places.
"""
from PySide6.QtCore import QCoreApplication

from printers.errors import PrinterError, UsbUnavailable
from shop.settings import ShopSettings

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The printer area of ui/messages.py: a sentence for a printer error, None for another error."""
    return printer_message(error) if isinstance(error, PrinterError) else None


def printer_message(error: Exception) -> str:
    """What the owner reads when printing fails, and what to try next."""
    match error:
        case UsbUnavailable(detail=detail):
            return translate("PrinterSetupDialog", "USB printers can't be used on this computer: %1. "
                             "Use a serial, network or file connection, or install it.").replace("%1", detail)
        case PrinterError() if error.code == "offline":
            return translate("PrinterSetupDialog", "The printer did not answer. Check that it is switched on, "
                             "the cable or network, and the address.")
        case PrinterError() if error.code == "out_of_paper":
            return translate("PrinterSetupDialog", "The printer is out of paper. Put in a new roll.")
        case PrinterError() if error.code == "cover_open":
            return translate("PrinterSetupDialog", "The printer's cover is open. Close it.")
        case PrinterError() if error.code == "timeout":
            return translate("PrinterSetupDialog", "The printer stopped taking data. "
                             "Check the paper and the flow control setting.")
        case PrinterError() if error.code == "not_configured":
            return translate("PrinterSetupDialog", "Choose how the printer is connected first.")
        case PrinterError() if error.code == "unsupported":
            return translate("PrinterSetupDialog", "This printer model can't print that. "
                             "Choose another model, or the raster mode for Chinese/Korean.")
        case PrinterError():
            return translate("PrinterSetupDialog", "The printer reported an error (%1).").replace("%1", error.code)
    return translate("PrinterSetupDialog", "Printing failed: %1").replace("%1", str(error) or type(error).__name__)


def problem_phrase(code: str) -> str:
    """The short name of a failed job's problem (its stored `code`), for the till's status line."""
    return {
        "offline": translate("Printing", "Printer offline"),
        "out_of_paper": translate("Printing", "Printer out of paper"),
        "cover_open": translate("Printing", "Printer cover open"),
        "timeout": translate("Printing", "Printer not responding"),
        "not_configured": translate("Printing", "No receipt printer set up"),
        "usb_unavailable": translate("Printing", "USB printing not available on this computer"),
    }.get(code, translate("Printing", "Printer error"))
