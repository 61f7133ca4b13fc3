"""The back office's automations page: the three routine rewards (birthday, re-engagement, thank-you),
each turned on or stopped here, "Run now", the log of what they did to whom, and the contact list
for a channel (only those who consented to it).

The rules also run by themselves when a shift opens and when the back office opens
(`run_in_background`), off the UI thread: reading who is slipping away takes a second or two on a
big shop.
"""
from dataclasses import replace
from pathlib import Path

from babel.numbers import get_decimal_symbol
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLineEdit,
                               QSpinBox, QTableView, QVBoxLayout, QWidget)
from sqlalchemy import Engine

from shop.automations import AutomationRules, LogEntry
from shop.cart import AMOUNT, PERCENT
from shop.errors import ShopError
from shop.office.automations import AutomationDesk
from shop.settings import ShopSettings
from shop.settings_edit import parse_percent, percent_text
from shop.users import User
from ui.amount_edit import MAX_AMOUNT
from ui.backoffice_customers import shop_today
from ui.messages import message_for
from ui.customer_lists import RowsModel, day_text
from ui.dialog_parts import button, label, shop_datetime, side_by_side, style_table
from ui.file_dialogs import ask_save_path
from ui.plural import counted
from ui.tasks import run_task

CHANNELS = ("sms", "email", "messaging")


def run_in_background(owner, engine: Engine, settings: ShopSettings, on_done=None) -> bool:
    """Run the rules that are on, off the UI thread (at shift opening, when the back office opens);
    whether a run was started. A failure is logged, never shown to a cashier opening a shift."""
    import logging

    desk = AutomationDesk(engine)
    if not desk.any_enabled():  # the common case answers at once, with no thread
        return False
    today = shop_today(settings)
    run_task(owner, lambda: desk.run(today), on_done or (lambda _n: None),
             lambda error: logging.getLogger(__name__).warning("automations did not run: %s", error))
    return True


class AutomationsPage(QWidget):
    ran = Signal(int)  # a run finished: how many rewards it gave

    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None, today=None):
        super().__init__(parent)
        self.settings = settings
        self.desk = AutomationDesk(engine, user)
        self.today = today or shop_today(settings)
        self.busy = False
        self.entries: list[LogEntry] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        rules = self.desk.rules()
        left.addWidget(self._birthday_box(rules))
        left.addWidget(self._reengage_box(rules))
        left.addWidget(self._thank_you_box(rules))
        self.save_button = button(self.tr("Save rules"), "saveRulesButton", "primary", self.save, 44)
        left.addWidget(self.save_button)
        self.rules_message = label("", "hint", "rulesMessage", wrap=True)
        left.addWidget(self.rules_message)
        left.addStretch(1)
        holder = QWidget()
        holder.setFixedWidth(400)
        holder.setLayout(left)
        layout.addWidget(holder)
        layout.addLayout(self._log_side(), 1)
        self.load_log()

    # --- the rules ---------------------------------------------------------------------------
    def _switch(self, name: str, on: bool) -> QCheckBox:
        box = QCheckBox(self.tr("On"), objectName=name)
        box.setChecked(on)
        return box

    def _coupon_fields(self, rule: str, kind: str, value: int) -> tuple[QComboBox, QLineEdit]:
        kinds = QComboBox(objectName=f"{rule}Kind")
        kinds.addItem(self.tr("% off"), PERCENT)
        kinds.addItem(self.tr("amount off"), AMOUNT)
        kinds.setCurrentIndex(0 if kind == PERCENT else 1)
        text = percent_text(value) if kind == PERCENT else self.amount_text(value)
        value_edit = QLineEdit(text, objectName=f"{rule}Value")
        value_edit.setMaximumWidth(90)
        return kinds, value_edit

    def amount_text(self, minor: int) -> str:
        """An amount as the owner types it back ("5", "2,50"): what settings.parse_amount reads."""
        value = self.settings.to_decimal(minor)
        value = value.to_integral_value() if value == value.to_integral_value() else value
        return f"{value:f}".replace(".", get_decimal_symbol(self.settings.locale))

    def _days(self, name: str, value: int, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _birthday_box(self, rules: AutomationRules) -> QGroupBox:
        box = QGroupBox(self.tr("Birthday reward"))
        form = QFormLayout(box)
        self.birthday_on = self._switch("birthdayOn", rules.birthday_enabled)
        form.addRow(self.birthday_on)
        self.birthday_days = self._days("birthdayDays", rules.birthday_days_before, 0, 30)
        form.addRow(self.tr("Days before the birthday"), self.birthday_days)
        form.addRow(label(self.tr("The loyalty programme's birthday reward (points or a coupon), given early so the "
                                  "greeting can say so; never twice in a year."), "hint", wrap=True))
        return box

    def _reengage_box(self, rules: AutomationRules) -> QGroupBox:
        box = QGroupBox(self.tr("A regular is slipping away"))
        form = QFormLayout(box)
        self.reengage_on = self._switch("reengageOn", rules.reengage_enabled)
        form.addRow(self.reengage_on)
        self.reengage_kind, self.reengage_value = self._coupon_fields("reengage", rules.reengage_kind, rules.reengage_value)
        form.addRow(self.tr("Coupon"), side_by_side(self.reengage_kind, self.reengage_value))
        self.reengage_days = self._days("reengageDays", rules.reengage_valid_days, 1, 365)
        form.addRow(self.tr("Valid for (days)"), self.reengage_days)
        return box

    def _thank_you_box(self, rules: AutomationRules) -> QGroupBox:
        box = QGroupBox(self.tr("Thank you at a visit"))
        form = QFormLayout(box)
        self.thank_you_on = self._switch("thankYouOn", rules.thank_you_enabled)
        form.addRow(self.thank_you_on)
        self.thank_you_visit = self._days("thankYouVisit", rules.thank_you_visit, 2, 1000)
        form.addRow(self.tr("At visit number"), self.thank_you_visit)
        self.thank_you_kind, self.thank_you_value = self._coupon_fields("thankYou", rules.thank_you_kind,
                                                                        rules.thank_you_value)
        form.addRow(self.tr("Coupon"), side_by_side(self.thank_you_kind, self.thank_you_value))
        self.thank_you_days = self._days("thankYouDays", rules.thank_you_valid_days, 1, 365)
        form.addRow(self.tr("Valid for (days)"), self.thank_you_days)
        return box

    def _value(self, kinds: QComboBox, edit: QLineEdit) -> tuple[str, int]:
        if kinds.currentData() == PERCENT:
            return PERCENT, parse_percent(edit.text())
        amount = self.settings.parse_amount(edit.text().strip())
        if not 0 <= amount <= MAX_AMOUNT:
            raise ValueError(edit.text())
        return AMOUNT, amount

    def typed_rules(self) -> AutomationRules:
        """The rules as the form shows them; ValueError if a coupon's value is not a number."""
        reengage_kind, reengage_value = self._value(self.reengage_kind, self.reengage_value)
        thank_kind, thank_value = self._value(self.thank_you_kind, self.thank_you_value)
        return replace(self.desk.rules(), birthday_enabled=self.birthday_on.isChecked(),
                       birthday_days_before=self.birthday_days.value(), reengage_enabled=self.reengage_on.isChecked(),
                       reengage_kind=reengage_kind, reengage_value=reengage_value,
                       reengage_valid_days=self.reengage_days.value(), thank_you_enabled=self.thank_you_on.isChecked(),
                       thank_you_visit=self.thank_you_visit.value(), thank_you_kind=thank_kind,
                       thank_you_value=thank_value, thank_you_valid_days=self.thank_you_days.value())

    def save(self) -> bool:
        try:
            self.desk.save_rules(self.typed_rules())
        except ValueError:
            self.rules_message.setText(self.tr("Type the coupon's value as a number: 10 for 10 % off, or the amount off."))
            return False
        except ShopError as error:  # a refused rule is worded for the owner; the form keeps what was typed
            self.rules_message.setText(message_for(error, self.settings))
            return False
        self.rules_message.setText(self.tr("Rules saved. Those that are on run when a shift opens, when the back "
                                           "office opens, and on \"Run now\"."))
        return True

    # --- the log ---------------------------------------------------------------------------
    def _log_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(label(self.tr("What the automations did"), "section"))
        top.addStretch(1)
        self.run_button = button(self.tr("Run now"), "runNowButton", "primary", self.run_now, 40)
        top.addWidget(self.run_button)
        side.addLayout(top)
        self.run_result = label("", "hint", "runResult", wrap=True)
        side.addWidget(self.run_result)
        self.model = RowsModel([self.tr("When"), self.tr("Rule"), self.tr("Customer"), self.tr("Given"),
                                self.tr("Valid until"), self.tr("May be told by")], set(), self)
        self.table = QTableView(objectName="automationLog")
        self.table.setModel(self.model)
        style_table(self.table, 32)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        side.addWidget(self.table, 1)
        export = QHBoxLayout()
        export.addWidget(label(self.tr("Contact list")))
        self.export_channel = QComboBox(objectName="exportChannel")
        for channel in CHANNELS:
            self.export_channel.addItem(self.channel_name(channel), channel)
        export.addWidget(self.export_channel)
        export.addWidget(button(self.tr("Export CSV…"), "exportContactsButton", slot=self.export_contacts, height=40))
        export.addStretch(1)
        side.addLayout(export)
        self.export_result = label("", "hint", "exportResult", wrap=True)
        side.addWidget(self.export_result)
        return side

    def channel_name(self, channel: str) -> str:
        return {"sms": self.tr("SMS"), "email": self.tr("E-mail"), "messaging": self.tr("Messaging apps")}[channel]

    def rule_name(self, rule: str) -> str:
        return {"birthday": self.tr("Birthday"), "reengage": self.tr("Slipping away"),
                "thank_you": self.tr("Thank you")}.get(rule, rule)

    def given_text(self, e: LogEntry) -> str:
        if e.points:
            return counted(self.tr("%n point(s)", "", e.points), e.points)
        if e.coupon_kind == PERCENT:
            return self.tr("coupon %1 % off").replace("%1", percent_text(e.coupon_value or 0))
        if e.coupon_kind == AMOUNT:
            return self.tr("coupon %1 off").replace("%1", self.settings.money(e.coupon_value or 0))
        return "—"

    def load_log(self) -> None:
        self.entries = self.desk.log()
        self.model.set_rows([[shop_datetime(e.at, self.settings, "d MMM, HH:mm"), self.rule_name(e.rule), e.name,
                              self.given_text(e), day_text(e.valid_until, self.settings),
                              ", ".join(self.channel_name(c) for c in CHANNELS if c in e.contact) or
                              self.tr("no consent")] for e in self.entries],
                            [e.customer_id for e in self.entries])

    def run_now(self) -> None:
        """Save what the form shows (a rule just turned on runs at once), then run the rules."""
        if not self.save():
            return
        self.busy = True
        self.run_button.setEnabled(False)
        self.run_result.setText(self.tr("Running…"))

        def done(n: int) -> None:
            self.busy = False
            self.run_button.setEnabled(True)
            self.run_result.setText(counted(self.tr("%n reward(s) given now; nothing is given twice.", "", n), n))
            self.load_log()
            self.ran.emit(n)

        def failed(error: Exception) -> None:
            self.busy = False
            self.run_button.setEnabled(True)
            self.run_result.setText(message_for(error, self.settings))

        run_task(self, lambda: self.desk.run(self.today), done, failed)

    def export_contacts(self, path: Path | None = None) -> None:
        channel = self.export_channel.currentData()
        if path is None:
            path = ask_save_path(self, self.tr("Contact list"), f"automations-{channel}.csv", "CSV (*.csv)")
            if path is None:
                return
        try:
            written = self.desk.export_contacts(path, channel)
        except OSError as error:
            self.export_result.setText(self.tr("Could not write %1: %2").replace("%1", str(path)).replace(
                "%2", error.strerror or str(error)))
            return
        left_out = len(self.desk.log(limit=None)) - written
        self.export_result.setText(
            counted(self.tr("%n contact(s) written to %1", "", written), written).replace("%1", str(path)) + " " +
            counted(self.tr("(%n left out: no consent for this channel, or no contact).", "", left_out), left_out))


def screenshot_page(engine: Engine, user: User, settings: ShopSettings, size: tuple[int, int]):
    from PySide6.QtWidgets import QApplication

    page = AutomationsPage(engine, user, settings)
    page.resize(*size)
    page.show()
    QApplication.processEvents()
    picture = page.grab()
    page.close()
    page.deleteLater()
    return picture
