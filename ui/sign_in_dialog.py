"""Signing in at the till: tap your name (or its F-key), type your PIN.

Enter opens the till (and its shift); an owner or manager may instead press Back office (Ctrl+B)
after typing the PIN, which opens the back office with no shift. `back_office_only` (for
`bottega --back-office`) lists only owners and managers and always opens the back office.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QVBoxLayout
from sqlalchemy import Engine

from shop import users
from shop.users import User
from shop.errors import TillLocked, WrongPin
from shop.settings import ShopSettings
from ui.dialog_parts import TillDialog, button, label, restyle
from ui.pin_pad import PinPad

MIN_PIN_DIGITS = 4
FKEYS = [getattr(Qt.Key, f"Key_F{i}") for i in range(1, 13)]


class SignInDialog(TillDialog):
    def __init__(self, engine: Engine, settings: ShopSettings, parent=None, back_office_only: bool = False):
        if back_office_only:
            hint = self.tr("Back office · Owners and managers: tap your name, then type your PIN.")
        else:
            hint = self.tr("Till %1 · Tap your name, then type your PIN.").replace("%1", settings.till_id)
        super().__init__(settings.shop_name, hint, parent=parent, width=760)
        self.setWindowTitle(self.tr("Bottega – back office – sign in") if back_office_only else self.tr("Bottega – sign in"))
        self.back_office_only = back_office_only
        self.back_office = back_office_only  # what the accepted sign-in opens: the back office, or the till
        self.engine = engine
        self.settings = settings
        self.user: User | None = None
        self.selected_id: str | None = None
        self.cancel_button.setText(self.tr("Quit (Esc)"))
        self.users = [u for u in users.active_people(engine) if not back_office_only or users.is_manager(u)]
        self.back_office_button = button(self.tr("Back office  Ctrl+B"), "backOfficeButton", slot=self.open_back_office)
        self.back_office_button.setMinimumWidth(200)
        self.back_office_button.hide()  # shown once an owner or manager is chosen: a cashier never sees it
        if not back_office_only:
            self.buttons.addWidget(self.back_office_button)
            QShortcut(QKeySequence("Ctrl+B"), self, activated=self.open_back_office)
        row = QHBoxLayout()
        row.setSpacing(28)
        row.addWidget(self._people(), 1)
        row.addWidget(self._pad_panel(), 0)
        self.body.addLayout(row)
        if len(self.users) == 1:
            self.choose(self.users[0].id)
        self.pad.setFocus()

    def _people(self) -> QFrame:
        panel = QFrame()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        who = label(self.tr("Who is working?"), name="whoLabel")
        who.setStyleSheet("font-weight: 600; color: #3d3d3d;")
        layout.addWidget(who)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.group = QButtonGroup(self)
        self.user_buttons = {}
        roles = {"cashier": self.tr("Cashier"), "manager": self.tr("Manager"), "owner": self.tr("Owner")}
        columns = 1 if len(self.users) <= 4 else 2
        for i, user in enumerate(self.users):
            key = f"  ·  F{i + 1}" if i < len(FKEYS) else ""
            widget = button(f"{user.name}\n{roles.get(user.role, user.role)}{key}", f"user{i + 1}",
                            slot=lambda uid=user.id: self.choose(uid), height=68)
            widget.setCheckable(True)
            widget.setStyleSheet("text-align: left; padding-left: 20px; font-size: 17px;")
            self.group.addButton(widget)
            self.user_buttons[user.id] = widget
            grid.addWidget(widget, i // columns, i % columns)
            if i < len(FKEYS):
                QShortcut(QKeySequence(FKEYS[i]), self, activated=lambda uid=user.id: self.choose(uid))
        layout.addLayout(grid)
        layout.addStretch(1)
        return panel

    def _pad_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(18, 16, 18, 18)
        self.for_label = label(self.tr("Choose your name first"), "hint", "pinForLabel")
        self.for_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.for_label)
        self.pad = PinPad()
        self.pad.submitted.connect(self.try_pin)
        self.pad.tick.connect(lambda seconds: self.show_error(TillLocked(seconds)))
        self.pad.unlocked.connect(lambda: self.show_error(self.tr("You can try your PIN again.")))
        layout.addWidget(self.pad)
        return panel

    def choose(self, user_id: str) -> None:
        self.selected_id = user_id
        for uid, widget in self.user_buttons.items():
            widget.setChecked(uid == user_id)
            widget.setProperty("role", "primary" if uid == user_id else "")
            restyle(widget)
        person = next(u for u in self.users if u.id == user_id)
        self.for_label.setText(self.tr("PIN for %1").replace("%1", person.name))
        self.back_office_button.setVisible(not self.back_office_only and users.is_manager(person))
        if not self.pad.is_locked():
            self.clear_error()
            self.pad.clear()

    def confirm(self) -> None:
        self.back_office = self.back_office_only
        self.pad.submit()

    def open_back_office(self) -> None:
        """The PIN typed opens the back office instead of the till: owners and managers only."""
        person = next((u for u in self.users if u.id == self.selected_id), None)
        if person is None:
            self.show_error(self.tr("Tap your name first (or press its F-key), type your PIN, then Back office."))
            return
        if not users.is_manager(person):
            self.show_error(self.tr("The back office is for owners and managers."))
            return
        if not self.pad.pin():
            self.show_error(self.tr("Type your PIN, then press Back office (Ctrl+B)."))
            return
        self.back_office = True
        self.pad.submit()
        if self.result() != self.DialogCode.Accepted:
            self.back_office = self.back_office_only
    def try_pin(self, pin: str) -> None:
        if self.selected_id is None:
            self.show_error(self.tr("Tap your name first (or press its F-key), then type your PIN."))
            return
        if len(pin) < MIN_PIN_DIGITS:
            self.show_error(self.tr("A PIN has 4 to 8 digits."))
            return
        try:
            self.user = users.sign_in(self.engine, self.selected_id, pin, self.settings.till_id)
        except WrongPin as error:
            self.pad.clear()
            self.show_error(error)
            return
        except TillLocked as error:
            self.pad.disable_for(error.seconds_left)
            self.show_error(error)
            return
        self.accept()

    def keyPressEvent(self, event) -> None:
        # Digits typed anywhere in the dialog go to the PIN.
        if event.text().isdigit() and not self.pad.is_locked():
            self.pad.type_digit(event.text())
            return
        super().keyPressEvent(event)
