"""The cashier's sentences for the customer, card, coupon and reservation errors of shop/customer_errors.py.

Kept beside ui/messages.py (which words the till's own errors) so the customer screens can grow
their sentences without touching a file every till screen shares; anything else falls through to it.
"""
from PySide6.QtCore import QCoreApplication

from shop import customer_errors as ce
from shop.settings import ShopSettings
from ui.messages import message_for

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def customer_message_for(error: Exception, settings: ShopSettings | None = None, who: str | None = None) -> str:
    """The sentence for a customer-side error; `who` names the existing customer of a duplicate."""
    match error:
        case ce.InvalidPhone(text=text):
            return translate("customers", "'%1' is not a phone number that can exist. Check the digits, or add the "
                             "country code (+44 ...) for a foreign number.").replace("%1", text)
        case ce.InvalidEmail(text=text):
            return translate("customers", "'%1' is not an e-mail address. Check it, or leave the field empty.").replace("%1", text)
        case ce.MissingName():
            return translate("customers", "Type the customer's name (a first name is enough).")
        case ce.DuplicateCustomer(field="phone"):
            return translate("customers", "This phone number already belongs to %1. Attach them instead of "
                             "registering a second card.").replace("%1", who or "?")
        case ce.DuplicateCustomer():
            return translate("customers", "This e-mail already belongs to %1. Attach them instead of "
                             "registering a second card.").replace("%1", who or "?")
        case ce.CustomerFieldInvalid(field=field):
            labels = {"name": translate("customers", "name"), "notes": translate("customers", "notes"),
                      "tags": translate("customers", "tags"), "birthday": translate("customers", "birthday")}
            return translate("customers", "Check the customer's %1: it is too long, has too many entries or is not a "
                             "possible value.").replace("%1", labels.get(field, field))
        case ce.CustomerNotFound():
            return translate("customers", "That customer no longer exists (erased or merged). Search again.")
        case ce.InvalidCardCode():
            return translate("customers", "That is not a loyalty card code, or it has a typo. Scan the card again "
                             "or search by phone.")
        case ce.UnknownCard(code=code):
            return translate("customers", "No customer has the card %1. Search by phone or name and reissue "
                             "their card.").replace("%1", code)
        case ce.CardRevoked():
            return translate("customers", "This card was reported lost and replaced. Search the customer by phone "
                             "and use their new card.")
        case ce.NotEnoughPoints(balance=balance, wanted=wanted):
            return translate("customers", "Only %1 points available, %2 needed. Pay the rest another way.").replace(
                "%1", str(balance)).replace("%2", str(wanted))
        case ce.CouponInvalid(code=code, why=why):
            reasons = {
                "unknown": translate("customers", "Coupon %1 does not exist. Check the code."),
                "used": translate("customers", "Coupon %1 has already been used."),
                "expired": translate("customers", "Coupon %1 has expired."),
                "not_yet": translate("customers", "Coupon %1 is not valid yet."),
                "other_customer": translate("customers", "Coupon %1 belongs to another customer. Attach them first."),
            }
            return reasons.get(why, reasons["unknown"]).replace("%1", code)
        case ce.ReservationStateError(status=status):
            return translate("customers", "This reservation is already %1; it can't be changed that way.").replace("%1", status)
    return message_for(error, settings)
