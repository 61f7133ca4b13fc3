"""What the user reads when the shop refuses something: one translated, actionable sentence per error.

shop/ (and printers/) raise typed errors with data, never sentences. `message_for` is the one door
from an error to its words: it finds the area the error belongs to (the module its class is defined
in, see AREAS) and asks that area's wording module, `words(error, settings) -> str | None`. This
module words the till's own errors (shop/errors.py, shop/fiscal_errors.py). A new error class needs
a sentence in its area's module: tests/ui/test_error_words.py walks every ShopError and checks.
Each sentence says what happened and what to do next.
"""
import importlib

from PySide6.QtCore import QCoreApplication

from shop import errors, fiscal_errors
from shop.money import AmountError, format_qty
from shop.settings import ShopSettings


# Called by this name (not through a helper) so that lupdate finds every sentence.
translate = QCoreApplication.translate


def action_label(action: str) -> str:
    """A till action that may need a manager, as a phrase that can start a sentence."""
    labels = {
        "discount": translate("messages", "A discount above the cashier's limit"),
        "price_override": translate("messages", "Changing a price"),
        "no_sale": translate("messages", "Opening the drawer without a sale"),
        "refund": translate("messages", "A refund"),
        "void": translate("messages", "Removing a line or cancelling a sale"),
        "cash_out": translate("messages", "Taking cash out of the drawer"),
        "adjust_points": translate("messages", "Correcting a customer's points"),
        "erase_customer": translate("messages", "Erasing a customer's personal data"),
    }
    return labels.get(action, action.replace("_", " ").capitalize())


def _money(amount: int, settings: ShopSettings | None) -> str | None:
    return settings.money(amount) if settings else None


# Where each area's errors are worded, by the module that defines them. Imported on first use, so
# the till does not load the back office's sentences at start.
AREAS = {
    "shop.errors": "ui.messages",
    "shop.fiscal_errors": "ui.messages",
    "shop.customer_errors": "ui.customer_messages",
    "shop.custom_fields": "ui.customer_messages",
    "shop.sync_errors": "ui.sync_texts",
    "printers.errors": "ui.printer_messages",
    "printers.fiscal.device": "ui.fiscal_messages",
    "shop.catalogue_errors": "ui.catalogue_messages",
    "shop.backup_errors": "ui.backup_messages",
    "shop.staff_errors": "ui.staff_messages",
    "shop.settings_edit": "ui.staff_messages",
    "shop.exports.errors": "ui.export_messages",
    "shop.feedback": "ui.feedback_messages",
    "shop.campaign_errors": "ui.campaign_messages",
}


def message_for(error: Exception, settings: ShopSettings | None = None) -> str:
    """The sentence to show for `error`; `settings` lets amounts be shown in the shop's currency."""
    for cls in type(error).__mro__:  # the error's own area first, then its base classes' areas
        area = AREAS.get(cls.__module__)
        if area is not None:
            text = importlib.import_module(area).words(error, settings)
            if text:
                return text
    if isinstance(error, errors.ShopError):
        return translate("messages", "The till could not do that (%1). Try again, or ask a manager.").replace(
            "%1", type(error).__name__)
    return translate("messages", "Something unexpected went wrong: %1. Try again; if it keeps happening, restart the till.").replace(
        "%1", str(error) or type(error).__name__)


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The till's own errors (shop/errors.py, shop/fiscal_errors.py), or None for another area's."""
    match error:
        case errors.InvalidBarcode(code=code):
            return translate("messages", "'%1' is not a valid barcode - check digit wrong or unreadable. "
                      "Scan again or type the product name.").replace("%1", code)
        case errors.UnknownBarcode(code=code):
            return translate("messages", "No product has the barcode '%1'. Type the product name to find it, "
                      "or ask a manager to add the barcode.").replace("%1", code)
        case errors.WrongPin(attempts_left=left):
            if left == 1:
                return translate("messages", "Wrong PIN - 1 attempt left before the till locks.")
            return translate("messages", "Wrong PIN - %n attempts left", None, left)
        case errors.TillLocked(seconds_left=seconds):
            return translate("messages", "Too many wrong PINs. The till is locked for %n s.", None, seconds)
        case errors.NotAllowed(action=action, least_role="owner"):
            return translate("messages", "%1 needs the owner's PIN; this PIN can't approve it.").replace(
                "%1", action_label(action))
        case errors.NotAllowed(action=action):
            return translate("messages", "%1 needs a manager's or the owner's PIN; a cashier's PIN can't approve it.").replace(
                "%1", action_label(action))
        case errors.NeedsApproval(action=action, least_role="owner"):
            return translate("messages", "%1 needs the owner's approval. Ask the owner to type their PIN.").replace(
                "%1", action_label(action))
        case errors.NeedsApproval(action=action):
            return translate("messages", "%1 needs a manager's approval. Ask a manager to type their PIN.").replace(
                "%1", action_label(action))
        case errors.DiscountTooLarge(limit=limit):
            amount = _money(limit, settings)
            if amount is None:
                return translate("messages", "The discount is more than the amount it applies to. Type a smaller discount.")
            return translate("messages", "The discount is more than the %1 it applies to. Type a smaller discount.").replace("%1", amount)
        case errors.PaymentShort(missing=missing) if missing <= 0:
            return translate("messages", "A card payment can't be more than what is due. Type a smaller amount.")
        case errors.PaymentShort(missing=missing):
            amount = _money(missing, settings)
            if amount is None:
                return translate("messages", "The payments don't cover the total yet. Take another payment.")
            return translate("messages", "%1 is still to pay. Take another payment.").replace("%1", amount)
        case errors.NoOpenShift():
            return translate("messages", "No shift is open on this till. Open a shift and count the float first.")
        case errors.ShiftAlreadyOpen():
            return translate("messages", "A shift is already open on this till. Close it (Z report) before opening a new one.")
        case errors.SaleNotFound(number=number):
            return translate("messages", "No sale with receipt number '%1' on this till. "
                      "Check the number printed on the receipt and try again.").replace("%1", number)
        case errors.NothingToRefund():
            return translate("messages", "Nothing to refund yet: type how many to return on at least one line.")
        case errors.RefundTooLarge(line_name=name, returnable_milli=left):
            if left <= 0:
                return translate("messages", "'%1' has already been returned in full. Set its return quantity to 0.").replace("%1", name)
            qty = format_qty(left, "pc", settings.locale if settings else "en")
            return translate("messages", "Only %1 of '%2' can still be returned. Lower the quantity.").replace("%1", qty).replace("%2", name)
        case errors.EmptySale():
            return translate("messages", "The sale is empty. Scan or add a product first.")
        case errors.InvalidAmount(text=text):
            return invalid_amount(text)
        case fiscal_errors.BadLotteryCode(code=code):
            return translate("messages", "'%1' is not a lottery code: it has 8 letters or digits. Check the customer's code.").replace("%1", code)
        case fiscal_errors.LotteryNeedsElectronicPayment():
            return translate("messages", "The lottery code counts only with at least 1 EUR paid by card. Clear the code or pay by card.")
        case fiscal_errors.NoDepartment(rate_bp=rate_bp):
            return translate("messages", "VAT rate %1% has no department on the fiscal register. Set one on the back "
                             "office's fiscal page.").replace("%1", f"{rate_bp / 100:g}")
        case fiscal_errors.MissingFiscalReference():
            return translate("messages", "This return needs the reference of the original fiscal slip. Type it on the "
                             "back office's fiscal page.")
        case fiscal_errors.BadFiscalReference():
            return translate("FiscalPage", "Type the reference as on the slip: closure, number, date, RT serial.")
        case fiscal_errors.BadFiscalSetup(field="address"):
            return translate("FiscalPage", "Type the RT's address (an IP address or host name, no spaces).")
        case fiscal_errors.BadFiscalSetup(field="department"):
            return translate("FiscalPage", "Departments are numbers from 1 to 99.")
        case fiscal_errors.BadFiscalSetup():
            return translate("FiscalPage", "Choose a model.")
    return None


def invalid_amount(text: str, error: Exception | None = None) -> str:
    """For an amount the user typed that is not one; their text stays in the field."""
    if not text.strip():
        return translate("messages", "Type an amount, like 20 or 12.50.")
    if isinstance(error, AmountError) and error.too_many_decimals:
        if error.digits == 0:
            return translate("messages", "'%1': this currency has no decimals. Type a whole amount, like 1500.").replace("%1", text)
        return translate("messages", "'%1' has too many decimals: this currency has %n after the decimal mark.",
                         None, error.digits).replace("%1", text)
    return translate("messages", "'%1' is not an amount. Type it like 20 or 12.50.").replace("%1", text)
