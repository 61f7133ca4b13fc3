"""The fiscal register's words: the short phrase for what the RT said (the till's status line puts it in
"Sale %1 is NOT yet fiscal: %2"), and a sentence for a device error (printers/fiscal/device.py) met
anywhere else, through message_for. The RT area of ui/messages.py's registry."""
from PySide6.QtCore import QCoreApplication

from printers.fiscal.device import FiscalDeviceError
from shop.settings import ShopSettings

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """A sentence for the RT's failure, or None if `error` is another area's."""
    if not isinstance(error, FiscalDeviceError):
        return None
    return translate("fiscal", "Fiscal register: %1. The till tries again by itself; check the RT if it goes on.").replace(
        "%1", problem_phrase(error.code))


def problem_phrase(code: str) -> str:
    """What the RT's code (or the fiscal flow's error) means, as a short phrase."""
    return {
        "offline": translate("FiscalLink", "RT not reachable"),
        "no_answer": translate("FiscalLink", "RT did not answer"),
        "paper_or_cover": translate("FiscalLink", "RT out of paper or cover open"),
        "paper_out": translate("FiscalLink", "RT out of paper"),
        "cover_open": translate("FiscalLink", "RT cover open"),
        "busy": translate("FiscalLink", "RT busy"),
        "earlier_unknown": translate("FiscalLink", "an earlier sale is being checked with the RT"),
        "earlier_open": translate("FiscalLink", "the day's sales must reach the RT before its closure"),
        "MissingFiscalReference": translate("FiscalLink", "type the original slip's reference for this return"),
        "NoDepartment": translate("FiscalLink", "a VAT rate has no RT department"),
        "not_configured": translate("FiscalLink", "no RT set up"),
    }.get(code, translate("FiscalLink", "RT error %1").replace("%1", code))
