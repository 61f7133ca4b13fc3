"""The words for feedback notes' and follow-ups' refusals (shop/feedback.py): the feedback area of
ui/messages.py's registry; and the labels of categories, priorities, states and sources."""
from PySide6.QtCore import QCoreApplication

from shop.feedback import FeedbackInvalid, FeedbackNotFound
from shop.settings import ShopSettings

translate = QCoreApplication.translate  # by this name, so lupdate finds the sentences


def words(error: Exception, settings: ShopSettings | None = None) -> str | None:
    """The sentence for a feedback error, or None if `error` is another area's."""
    match error:
        case FeedbackInvalid(field="text", limit=limit) if limit:
            return translate("feedback", "The note is too long: at most %1 characters.").replace("%1", str(limit))
        case FeedbackInvalid(field="text"):
            return translate("feedback", "Type what the customer said or what is to be done.")
        case FeedbackInvalid(field="category"):
            return translate("feedback", "Choose whether it is a complaint, praise or a request.")
        case FeedbackInvalid(field="priority"):
            return translate("feedback", "Choose a priority: low, normal or high.")
        case FeedbackInvalid(field="assignee"):
            return translate("feedback", "Choose who is to do it: an active member of the staff.")
        case FeedbackInvalid(field="due_date"):
            return translate("feedback", "Choose the day it is due.")
        case FeedbackInvalid():
            return translate("feedback", "This can't be kept as it is typed. Check it and try again.")
        case FeedbackNotFound():
            return translate("feedback", "This note is no longer here (it was resolved or removed). The list is up to date again.")
    return None


def feedback_message(error: Exception) -> str:
    return words(error) or str(error)


def category_label(category: str) -> str:
    return {"complaint": translate("feedback", "Complaint"), "praise": translate("feedback", "Praise"),
            "request": translate("feedback", "Request")}.get(category, category)


def priority_label(priority: str) -> str:
    return {"low": translate("feedback", "Low"), "normal": translate("feedback", "Normal"),
            "high": translate("feedback", "High")}.get(priority, priority)


def status_label(status: str) -> str:
    return {"open": translate("feedback", "Open"), "resolved": translate("feedback", "Resolved")}.get(status, status)


def source_label(source: str) -> str:
    return {"till": translate("feedback", "Till"), "back_office": translate("feedback", "Back office"),
            "nps": translate("feedback", "NPS answer")}.get(source, source)
