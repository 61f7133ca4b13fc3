"""The cashier's sentences for the customer, card, coupon and reservation errors of shop/customer_errors.py,
and for the custom fields' (shop/custom_fields.py).

The customer area of ui/messages.py's registry (`words`); the customer screens call
`customer_message_for`, which can name the other customer of a duplicate and falls through to
message_for for any other error.
"""
from PySide6.QtCore import QCoreApplication

from shop import custom_fields as cf
from shop import customer_errors as ce
from shop.settings import ShopSettings
from ui.messages import message_for

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def customer_message_for(error: Exception, settings: ShopSettings | None = None, who: str | None = None) -> str:
    """The sentence for a customer-side error; `who` names the existing customer of a duplicate."""
    return words(error, settings, who) or message_for(error, settings)


def words(error: Exception, settings: ShopSettings | None = None, who: str | None = None) -> str | None:
    """The customer area's sentence for `error`, or None if it is another area's."""
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
        case cf.InvalidCustomValue(key=key):
            return custom_value_text(error, key)
        case cf.InvalidFieldDefinition(problem=problem, label=label):
            texts = {"label": translate("CustomFieldsDialog", "Every field needs a label."),
                     "duplicate": translate("CustomFieldsDialog", "“%1” is there twice."),
                     "kind": translate("CustomFieldsDialog", "“%1” has no kind."),
                     "options": translate("CustomFieldsDialog", "“%1” is a list: type its choices, separated by commas.")}
            return texts.get(problem, texts["kind"]).replace("%1", label)
    return None


def custom_value_text(error: cf.InvalidCustomValue, label: str) -> str:
    """A typed value that does not fit its custom field; `label` is the field's name on the form."""
    if error.kind == "number":
        text = translate("EditCustomerDialog", "%1: “%2” is not a number.")
    elif error.kind == "date":
        text = translate("EditCustomerDialog", "%1: “%2” is not a date. Type it like 2026-05-31.")
    elif error.kind == "choice":
        text = translate("EditCustomerDialog", "%1: “%2” is not one of the choices.")
    else:
        text = translate("EditCustomerDialog", "%1: too long (at most 200 characters).")
    return text.replace("%1", label).replace("%2", error.text)
