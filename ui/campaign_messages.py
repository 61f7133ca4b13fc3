"""The words for campaigns' and automations' refusals (shop/campaign_errors.py): the campaigns area of
ui/messages.py's registry. The campaign pages add their sentences here and show them with message_for."""
from PySide6.QtCore import QCoreApplication

from shop.campaign_errors import AutomationInvalid, CampaignInvalid, CampaignNotFound
from shop.settings import ShopSettings

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The sentence for a campaign or automation error, or None if `error` is another area's."""
    match error:
        case CampaignInvalid(why="no_name"):
            return translate("campaigns", "Give the campaign a name.")
        case CampaignInvalid(why="dates"):
            return translate("campaigns", "The coupons must be valid until today or later, and not end before they start.")
        case CampaignInvalid(why="no_members"):
            return translate("campaigns", "No customer is in this group today: choose another group.")
        case CampaignInvalid(why="offer"):
            return translate("campaigns", "An offer is an amount above zero, or a percent from 1 to 100.")
        case CampaignInvalid():
            return translate("campaigns", "This group of customers is not known here: choose another group.")
        case CampaignNotFound():
            return translate("campaigns", "This campaign is no longer here. The list is up to date again.")
        case AutomationInvalid(field="birthday_days_before"):
            return translate("campaigns", "The birthday reward goes 0 to 30 days before the birthday.")
        case AutomationInvalid(field="thank_you_visit"):
            return translate("campaigns", "The thank-you comes at the 2nd visit or later.")
        case AutomationInvalid(field=field) if field.endswith("_valid_days"):
            return translate("campaigns", "A coupon is valid for 1 to 365 days.")
        case AutomationInvalid():
            return translate("campaigns", "A coupon is worth an amount above zero, or a percent from 1 to 100.")
    return None
