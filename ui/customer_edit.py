"""Change a customer's details at the counter: a new phone, the e-mail, birthday, notes, tags, and the
marketing consents they give or withdraw (each change of consent is recorded with when and how).

The same checks as registering: the phone typed any way, a phone or e-mail that is someone else's is
refused with their name.
"""
from babel.dates import format_date
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLineEdit

from shop import consents, custom_fields, customers
from shop.customer_errors import DuplicateCustomer, InvalidPhone
from shop.errors import ShopError
from shop.phones import display_phone, normalise_phone
from shop.till import Till
from shop.till_customers import TillCustomers
from ui.customer_messages import custom_value_text, customer_message_for
from ui.customer_register import SAMPLE_BIRTHDAY, birthday_pattern, parse_birthday
from ui.dialog_parts import TillDialog


class EditCustomerDialog(TillDialog):
    """Exec it; `changed` says whether anything was stored."""

    def __init__(self, till: Till, customer_id: str, parent=None):
        super().__init__(self.tr("Customer details"), self.tr("Change what the customer tells you. Tick a consent only "
                                                              "if they say yes; untick it if they withdraw it."),
                         self.tr("Save (Enter)"), parent, width=640)
        self.till = till
        self.settings = till.settings
        self.customer_id = customer_id
        self.changed = False
        self.customers = TillCustomers(till)
        self.before = self.customers.customer(customer_id)
        locale = self.settings.locale
        form = QFormLayout()
        form.setSpacing(10)
        self.name = self._field("nameEdit", self.before.name)
        self.phone = self._field("phoneEdit", display_phone(self.before.phone, self.settings.country) if self.before.phone else "")
        self.email = self._field("emailEdit", self.before.email or "")
        self.birthday = self._field("birthdayEdit", format_date(self.before.birthday, birthday_pattern(locale), locale=locale)
                                    if self.before.birthday else "")
        self.notes = self._field("notesEdit", self.before.notes)
        self.tags = self._field("tagsEdit", ", ".join(self.before.tags))
        self.tags.setPlaceholderText(self.tr("Comma between tags, e.g. restaurant, celiac"))
        for text, widget in ((self.tr("Name"), self.name), (self.tr("Phone"), self.phone), (self.tr("E-mail"), self.email),
                             (self.tr("Birthday"), self.birthday), (self.tr("Notes"), self.notes), (self.tr("Tags"), self.tags)):
            form.addRow(text, widget)
        self._custom_rows(form)
        row = QHBoxLayout()
        self.consents = {}
        for channel, text in (("email", self.tr("E-mail")), ("sms", self.tr("SMS")), ("messaging", self.tr("Messaging apps"))):
            box = QCheckBox(text)
            box.setObjectName(f"consent_{channel}")
            box.setChecked(consents.current_consents(self.before)[channel])
            self.consents[channel] = box
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Marketing OK by"), row)
        self.body.addLayout(form)
        self.name.setFocus()

    def _custom_rows(self, form: QFormLayout) -> None:
        """One row per field the owner defined: a list to pick from for a choice, else a line to type in."""
        self.fields = self.customers.custom_fields()
        self.custom_widgets = {}
        values = self.before.custom or {}
        for f in self.fields:
            if f.kind == "choice":
                widget = QComboBox()
                widget.setObjectName(f"custom_{f.key}")
                widget.addItem("", None)
                for option in f.options:
                    widget.addItem(option, option)
                widget.setCurrentIndex(max(widget.findData(values.get(f.key)), 0))
            else:
                widget = self._field(f"custom_{f.key}", str(values.get(f.key) or ""))
                if f.kind == "date":
                    widget.setPlaceholderText(self.tr("YYYY-MM-DD"))
                elif f.kind == "number":
                    widget.setPlaceholderText(self.tr("a number"))
            self.custom_widgets[f.key] = widget
            form.addRow(f.label, widget)

    def _custom_changes(self) -> dict | None:
        """The custom fields as typed (InvalidCustomValue when one does not fit), None when none changed."""
        typed = {}
        for f in self.fields:
            widget = self.custom_widgets[f.key]
            text = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            value = custom_fields.parse_value(f, text)
            if value is not None:
                typed[f.key] = value
        before = dict(self.before.custom or {})
        after = {**{k: v for k, v in before.items() if k not in self.custom_widgets}, **typed}
        return after if after != before else None

    def _field(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setMinimumWidth(360)
        return edit

    def _changes(self) -> dict:
        """The fields whose value differs from what is stored (InvalidPhone, ValueError for a bad birthday)."""
        before, country = self.before, self.settings.country
        changes = {}
        if " ".join(self.name.text().split()) != before.name:
            changes["name"] = self.name.text()
        typed = self.phone.text().strip()
        if (normalise_phone(typed, country) if typed else None) != before.phone:
            changes["phone"] = typed
        if (self.email.text().strip().lower() or None) != before.email:
            changes["email"] = self.email.text()
        birthday = parse_birthday(self.birthday.text(), self.settings.locale, self.till.shop_today())
        if birthday != before.birthday:
            changes["birthday"] = birthday
        if self.notes.text().strip() != before.notes.strip():
            changes["notes"] = self.notes.text().strip()
        tags = customers.clean_tags(self.tags.text().split(","))
        if tags != list(before.tags):
            changes["tags"] = tags
        custom = self._custom_changes()
        if custom is not None:
            changes["custom"] = custom
        return changes

    def _custom_error(self, error: custom_fields.InvalidCustomValue) -> str:
        label = next((f.label for f in self.fields if f.key == error.key), error.key)
        return custom_value_text(error, label)

    def confirm(self) -> None:
        try:
            changes = self._changes()
        except custom_fields.InvalidCustomValue as error:
            self.show_error(self._custom_error(error))
            self.custom_widgets[error.key].setFocus()
            return
        except InvalidPhone as error:
            self.show_error(customer_message_for(error, self.settings))
            self.phone.setFocus()
            return
        except ValueError:
            locale = self.settings.locale
            sample = format_date(SAMPLE_BIRTHDAY, birthday_pattern(locale), locale=locale)
            self.show_error(self.tr("“%1” is not a birthday. Type it like %2, or leave it empty.")
                            .replace("%1", self.birthday.text()).replace("%2", sample))
            self.birthday.setFocus()
            return
        given = {channel: box.isChecked() for channel, box in self.consents.items()}
        moved = {c: g for c, g in given.items() if g != consents.current_consents(self.before)[c]}
        try:
            self.customers.edit(self.customer_id, changes, moved)
        except DuplicateCustomer as error:
            who = self.customers.name_of(error.customer_id)
            text = (self.tr("This phone number already belongs to %1.") if error.field == "phone" else
                    self.tr("This e-mail already belongs to %1."))
            self.show_error(text.replace("%1", who))
            return
        except ShopError as error:
            self.show_error(customer_message_for(error, self.settings))
            return
        self.changed = bool(changes or moved)
        self.accept()
