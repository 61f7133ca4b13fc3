"""The words for the accountant's export errors (shop/exports/errors.py): the exports area of
ui/messages.py's registry, used by the back office's exports page."""
from PySide6.QtCore import QCoreApplication

from shop.exports import errors as e
from shop.settings import ShopSettings

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The sentence for an export error, or None if `error` is another area's."""
    match error:
        case e.ExportCancelled():
            return translate("ExportsPage", "Cancelled: nothing was written.")
        case e.OutputNotEmpty(path=path):
            return translate("ExportsPage", "%1 already holds files: choose another folder.").replace("%1", str(path))
        case e.OutputNotWritable(path=path, detail=detail):
            return translate("ExportsPage", "Cannot write in %1: %2. Choose another folder.").replace(
                "%1", str(path)).replace("%2", detail)
        case e.PeriodReversed():
            return translate("ExportsPage", "The first day is after the last: change the dates.")
        case e.BadDate(text=text):
            return translate("ExportsPage", "“%1” is not a date: write it like 2026-11-30.").replace("%1", text)
        case e.UnknownFormat(name=name):
            return translate("ExportsPage", "“%1” is not an export format: choose among CSV, Excel and PDF.").replace("%1", name)
    return None
