"""The back office's shop settings: the shop and its receipt, the loyalty programme, the reservations policy.

One Save (Ctrl+S) for the whole page: every field is checked first, each problem is shown under its
field, and nothing is stored unless all are good (shop/settings_edit.py checks and stores, in one
transaction, audited, queued for the other tills on an enrolled shop). Only the owner sees this page.
"""
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from shop import settings_edit
from shop.office.shop_settings import ShopSettingsDesk
from shop.receipt_labels import LANGUAGES
from shop.settings_edit import InvalidSettings
from shop.staff_errors import NoRight
from ui.backoffice_form import FormSection, amount_text, problem_text
from ui.backoffice_loyalty import LoyaltySection, ReservationSection
from ui.dialog_parts import button, label
from ui.setup_wizard import COUNTRY_NAMES

LANGUAGE_NAMES = {"it": "Italiano", "hu": "Magyar", "ko": "한국어", "zh": "中文", "en": "English"}


def _text_box(text: str, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(24 * lines + 20)
    box.setStyleSheet("QPlainTextEdit { background: white; border: 1px solid #c9c2b8; border-radius: 6px; padding: 4px; }")
    return box


class ShopSection(FormSection):
    def __init__(self, settings, parent=None):
        super().__init__(self.tr("Shop and receipt"), parent)
        self.settings = settings
        self.shop_name = self.add("shop_name", self.tr("Shop name"), QLineEdit(settings.shop_name),
                                  self.tr("Printed large at the top of every receipt and shown on the tills."))
        self.address = self.add("address", self.tr("Address"), _text_box(settings.address),
                                self.tr("Printed under the name; one line per line."))
        country = COUNTRY_NAMES.get(settings.country, settings.country)
        self.vat_number = self.add("vat_number", self.tr("Tax id"), QLineEdit(settings.vat_number),
                                   self.tr("The shop's tax number in %1, printed on receipts and invoices; checked "
                                           "before it is saved.").replace("%1", country))
        self.receipt_header = self.add("receipt_header", self.tr("Receipt header"), _text_box(settings.receipt_header),
                                       self.tr("Your own lines under the address: opening hours, a phone, a website."))
        self.receipt_footer = self.add("receipt_footer", self.tr("Receipt footer"), _text_box(settings.receipt_footer),
                                       self.tr("Your own lines at the end of each receipt: returns policy, a greeting."))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.receipt_language), 0))
        self.add("receipt_language", self.tr("Receipt language"), self.language,
                 self.tr("The language of receipts and reports, whatever language the cashier's screen is in."))
        self.discount = self.add("discount_limit_bp", self.tr("Discount limit (%)"),
                                 QLineEdit(settings_edit.percent_text(settings.discount_limit_bp)),
                                 self.tr("A larger discount needs someone allowed to give it (see Staff)."))
        self.cash_notes = self.add("cash_notes", self.tr("Cash notes"),
                                   QLineEdit("  ".join(amount_text(settings, n) for n in settings.cash_notes)),
                                   self.tr("The quick amounts offered for cash payments; separate them with spaces."))
        # Italy's optional rounding of all-cash totals to 5 cents (2017); Hungary's 5 Ft is the law, not a choice.
        self.cash_rounding = QCheckBox(self.tr("Round totals paid wholly in cash to 5 cents"))
        self.cash_rounding.setObjectName("cashRoundingCheck")
        self.cash_rounding.setChecked(bool(settings.cash_rounding_step))
        if settings.country == "IT":
            self.add("cash_rounding_step", self.tr("Cash rounding"), self.cash_rounding,
                     self.tr("Printed as its own line on the receipt; card payments are never rounded."))
        prefixes = settings.variable_measure_prefixes
        self.weight_prefixes = self.add("weight_prefixes", self.tr("Scale labels by weight"), QLineEdit(
            " ".join(p for p, kind in sorted(prefixes.items()) if kind == "weight")),
            self.tr("Barcode prefixes of labels whose number is a weight in grams, e.g. 21 22."))
        self.price_prefixes = self.add("variable_measure_prefixes", self.tr("Scale labels by price"), QLineEdit(
            " ".join(p for p, kind in sorted(prefixes.items()) if kind == "price")),
            self.tr("Barcode prefixes of labels whose number is the price, e.g. 23 24."))
        self.item_digits = QComboBox()
        for digits in (4, 5):
            self.item_digits.addItem(str(digits), digits)
        self.item_digits.setCurrentIndex(max(self.item_digits.findData(settings.variable_measure_item_digits), 0))
        self.add("variable_measure_item_digits", self.tr("Item code digits"), self.item_digits,
                 self.tr("How many digits after the prefix name the product (its PLU) on a scale label."))
        self.keep_years = QComboBox()
        self.keep_years.setObjectName("historyKeepYears")
        for years in sorted({1, 2, 3, 5, 10, settings.history_keep_years} - {0}):
            self.keep_years.addItem(self.tr("The last year") if years == 1 else self.tr("The last %1 years").replace("%1", str(years)), years)
        self.keep_years.addItem(self.tr("Everything"), 0)
        self.keep_years.setCurrentIndex(max(self.keep_years.findData(settings.history_keep_years), 0))
        self.add("history_keep_years", self.tr("Other tills' sales kept"), self.keep_years,
                 self.tr("How far back each till keeps the sales of the other tills, for customer cards and refunds "
                         "anywhere. Older ones are forgotten at the tills once a day; the server keeps "
                         "everything, and each till keeps its own sales."))

    def collect(self) -> tuple[dict, dict[str, str]]:
        """The typed values, and a problem code per field that cannot be read."""
        problems: dict[str, str] = {}
        values = {
            "shop_name": self.shop_name.text(), "address": self.address.toPlainText().strip(),
            "vat_number": self.vat_number.text(), "receipt_header": self.receipt_header.toPlainText().strip(),
            "receipt_footer": self.receipt_footer.toPlainText().strip(), "receipt_language": self.language.currentData(),
            "variable_measure_item_digits": self.item_digits.currentData(),
            "history_keep_years": self.keep_years.currentData(),
        }
        if self.settings.country == "IT":
            values["cash_rounding_step"] = 5 if self.cash_rounding.isChecked() else 0
        try:
            values["discount_limit_bp"] = settings_edit.parse_percent(self.discount.text())
        except ValueError:
            problems["discount_limit_bp"] = "percent"
        try:
            values["cash_notes"] = [self.settings.parse_amount(part) for part in self.cash_notes.text().split()]
        except ValueError:
            problems["cash_notes"] = "amount"
        weight, price = self.weight_prefixes.text().split(), self.price_prefixes.text().split()
        if set(weight) & set(price):
            problems["variable_measure_prefixes"] = "prefix_twice"
        else:
            values["variable_measure_prefixes"] = {**{p: "weight" for p in weight}, **{p: "price" for p in price}}
        return values, problems


class SettingsPage(QWidget):
    saved = Signal()  # the shop's settings changed: the window's header shows the new name

    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
        self.user, self.settings = user, settings
        self.desk = ShopSettingsDesk(engine, user, settings.till_id)
        now = self.desk.stored()  # as stored now, not as this till last read them
        stored, rules, policy, categories = now.shop, now.loyalty, now.reservations, now.categories
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(label(self.tr("Shop settings"), "title"))
        self.message = label(self.tr("Change what you need, then Save. Every change is recorded with your name."),
                             "hint", "settingsMessage", wrap=True)
        titles.addWidget(self.message)
        top.addLayout(titles, 1)
        self.save_button = button(self.tr("Save  Ctrl+S"), "saveSettingsButton", "primary", self.save, height=48)
        self.save_button.setMinimumWidth(200)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 6, 12, 6)
        column.setSpacing(14)
        self.shop = ShopSection(stored)
        self.loyalty = LoyaltySection(stored, rules, categories)
        self.reservations = ReservationSection(policy)
        self.sections = (self.shop, self.loyalty, self.reservations)
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll, 1)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._stored = self._typed()
        self._warned = False

    def _typed(self):
        """What the fields say now, to tell unsaved changes from none."""
        shop, _ = self.shop.collect()
        rules, _ = self.loyalty.collect()
        policy, _ = self.reservations.collect()
        return repr((shop, rules, policy))

    def can_leave(self) -> bool:
        """Leaving with unsaved changes asks once: Save, or leave again to drop them."""
        if self._warned or self._typed() == self._stored:
            return True
        self._warned = True
        self.say(self.tr("You have changes not saved: press Save (Ctrl+S), or leave again to drop them."), error=True)
        return False

    def say(self, text: str, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)

    def _show_problems(self, problems: dict[str, str]) -> None:
        first = None
        for key, code in problems.items():
            for section in self.sections:
                if section.problem(key, problem_text(code, self.settings)):
                    first = first or section.fields[key]
        if first is not None:
            self.scroll.ensureWidgetVisible(first)
            first.setFocus()
        self.say(self.tr("Nothing was saved: correct the fields marked in red."), error=True)

    def save(self) -> None:
        for section in self.sections:
            section.clear_problems()
        shop_values, problems = self.shop.collect()
        rules, loyalty_problems = self.loyalty.collect()
        policy, policy_problems = self.reservations.collect()
        problems.update(loyalty_problems)
        problems.update(policy_problems)
        if problems:
            self._show_problems(problems)
            return
        try:
            changed = self.desk.save(shop_values, rules, policy)
        except InvalidSettings as error:
            self._show_problems(error.problems)
            return
        except NoRight:
            self.say(self.tr("Only an owner can change the shop's settings."), error=True)
            return
        fresh = self.desk.settings()
        # The same object the rest of the app holds: the header and receipts follow at once.
        vars(self.settings).update(vars(fresh))
        self.shop.vat_number.setText(fresh.vat_number)
        if changed:
            self.saved.emit()
        self._stored, self._warned = self._typed(), False
        self.say(self.tr("Saved. Fields changed: %1.").replace("%1", str(len(changed))) if changed
                 else self.tr("Nothing changed."))

    def screenshot_state(self) -> None:
        """For `bottega screenshot backoffice-settings`: a tax id with a wrong digit, refused at its field."""
        typed = self.shop.vat_number.text() or "00743110157"
        self.shop.vat_number.setText(typed[:-1] + str((int(typed[-1]) + 1) % 10) if typed[-1].isdigit() else typed + "1")
        self.save()
        self.scroll.verticalScrollBar().setValue(0)
