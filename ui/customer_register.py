"""Register a new customer at the counter in a few seconds: name and phone, the rest optional.

The phone is checked while it is typed: a number that is already someone's shows who, with a
button that attaches them instead, so a regular never ends up with two cards. Marketing consents
start off and are ticked only when the customer says yes; membership needs none of them.
"""
from datetime import date

from babel.dates import format_date, get_date_format, parse_date
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLineEdit

from shop.customer_errors import DuplicateCustomer
from shop.errors import ShopError
from shop.phones import try_normalise_phone
from shop.till import Till
from shop.till_customers import TillCustomers
from ui.customer_messages import customer_message_for
from ui.dialog_parts import TillDialog, button, label

SAMPLE_BIRTHDAY = date(1985, 4, 25)


def birthday_pattern(locale: str) -> str:
    """The shop locale's short date with a four-digit year (25/04/1985, 1985. 4. 25.)."""
    pattern = get_date_format("short", locale=locale).pattern
    return pattern.replace("yyyy", "y").replace("yy", "y").replace("y", "yyyy")


def parse_birthday(text: str, locale: str, today: date) -> date | None:
    """A typed birthday in the shop's date order; None when empty; ValueError when not a date."""
    if not text.strip():
        return None
    parsed = parse_date(text.strip(), locale=locale, format="short")
    if parsed.year < 100:  # typed with a two-digit year
        parsed = parsed.replace(year=parsed.year + 1900 if parsed.year + 2000 > today.year else parsed.year + 2000)
    if parsed > today or parsed.year < today.year - 120:
        raise ValueError(text)
    return parsed


class RegisterCustomerDialog(TillDialog):
    """Exec it; `customer_id` is the new customer, or the existing one the cashier chose to attach."""

    def __init__(self, till: Till, parent=None, name: str = "", phone: str = "", email: str = ""):
        super().__init__(
            self.tr("New customer"),
            self.tr("Name and phone are enough; the birthday earns them a gift. Tick a consent only if the customer says yes."),
            self.tr("Register (Enter)"), parent, width=640,
        )
        self.till = till
        self.settings = till.settings
        self.customer_id: str | None = None
        self.registered = False
        self.duplicate_id: str | None = None
        form = QFormLayout()
        form.setSpacing(10)
        self.name = self._field("nameEdit", name, self.tr("First name and surname"))
        self.phone = self._field("phoneEdit", phone, self.tr("Any way they say it"))
        self.email = self._field("emailEdit", email, self.tr("Optional"))
        sample = format_date(SAMPLE_BIRTHDAY, birthday_pattern(self.settings.locale), locale=self.settings.locale)
        self.birthday = self._field("birthdayEdit", "", self.tr("Optional, like %1").replace("%1", sample))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Birthday"), self.birthday)
        consents = QHBoxLayout()
        self.consents = {}
        for channel, text in (("email", self.tr("E-mail")), ("sms", self.tr("SMS")), ("messaging", self.tr("Messaging apps"))):
            box = QCheckBox(text)
            box.setObjectName(f"consent_{channel}")
            self.consents[channel] = box
            consents.addWidget(box)
        consents.addStretch(1)
        form.addRow(self.tr("Marketing OK by"), consents)
        self.body.addLayout(form)
        duplicate = QHBoxLayout()
        self.duplicate_label = label("", "error", "duplicateLabel", wrap=True)
        duplicate.addWidget(self.duplicate_label, 1)
        self.attach_existing = button("", "attachExistingButton", slot=self.use_existing, height=44)
        duplicate.addWidget(self.attach_existing)
        self.body.addLayout(duplicate)
        self._show_duplicate(None, "")
        self.phone.textEdited.connect(self._check_phone)
        (self.phone if name and not phone else self.name).setFocus()
        if phone:
            self._check_phone(phone)

    def _field(self, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(360)
        return edit

    def _check_phone(self, text: str) -> None:
        """As soon as the typed number is a whole one, say whose it already is."""
        e164 = try_normalise_phone(text, self.settings.country) if text.strip() else None
        found = [c for c in self.till.find_customers(text) if c.phone == e164] if e164 else []
        if found:
            self._show_duplicate(found[0].id, customer_message_for(DuplicateCustomer("phone", found[0].id), self.settings, found[0].name))
        else:
            self._show_duplicate(None, "")

    def _show_duplicate(self, customer_id: str | None, text: str) -> None:
        self.duplicate_id = customer_id
        self.duplicate_label.setText(text)
        self.duplicate_label.setVisible(bool(text))
        self.attach_existing.setVisible(customer_id is not None)
        if customer_id:
            who = TillCustomers(self.till).name_of(customer_id)
            self.attach_existing.setText(self.tr("Attach %1").replace("%1", who))

    def use_existing(self) -> None:
        if self.duplicate_id:
            self.customer_id = self.duplicate_id
            self.accept()

    def confirm(self) -> None:
        try:
            birthday = parse_birthday(self.birthday.text(), self.settings.locale, self.till.shop_today())
        except ValueError:
            self.show_error(self.tr("“%1” is not a birthday. Type it like the example, or leave it empty.")
                            .replace("%1", self.birthday.text()))
            self.birthday.setFocus()
            return
        consent = {channel: box.isChecked() for channel, box in self.consents.items()}
        try:
            customer_id = TillCustomers(self.till).register(self.name.text(), self.phone.text(), self.email.text(),
                                                           birthday, consent)
        except DuplicateCustomer as error:
            who = TillCustomers(self.till).name_of(error.customer_id)
            self._show_duplicate(error.customer_id, customer_message_for(error, self.settings, who))
            self.clear_error()
            return
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            return
        self.customer_id = customer_id
        self.registered = True
        self.accept()
