"""The back office's words for the staff page's refusals (shop/staff_errors.py) and for settings that
cannot be saved (shop/settings_edit.py); the staff and settings area of ui/messages.py's registry."""
from PySide6.QtCore import QCoreApplication

from shop import staff_errors as se
from shop.settings import ShopSettings
from shop.settings_edit import InvalidSettings

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The sentence for a staff or settings refusal, or None if `error` is another area's."""
    match error:
        case se.InvalidPin():
            return translate("StaffPage", "A PIN is 4 to 8 digits, 0-9 only.")
        case se.PinInUse():
            return translate("StaffPage", "Someone else already uses this PIN. Choose another one.")
        case se.NameMissing():
            return translate("StaffPage", "Type the person's name.")
        case se.LastOwner():
            return translate("StaffPage", "This is the shop's last owner: make someone else owner first.")
        case se.NotSelf():
            return translate("StaffPage", "You can't deactivate yourself; ask another manager or the owner.")
        case se.NoRight(role="owner"):
            return translate("StaffPage", "Only an owner can do this.")
        case se.NoRight():
            return translate("StaffPage", "A manager can only manage cashiers; ask the owner.")
        case se.UnknownPerson():
            return translate("StaffPage", "This person is no longer in the list. Choose again.")
        case InvalidSettings():
            return translate("SettingsPage", "Nothing was saved: correct the fields marked in red.")
    return None
