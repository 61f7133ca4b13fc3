"""A manager's approval: above the cashier's limits, a manager types their PIN on the cashier's till."""
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout

from shop.errors import NeedsApproval, NotAllowed, TillLocked, WrongPin
from shop.kinds import OWNER
from shop.till import Till
from shop.users import User
from ui.dialog_parts import TillDialog, label
from ui.messages import action_label
from ui.pin_pad import PinPad

MIN_PIN_DIGITS = 4


class ApprovalDialog(TillDialog):
    def __init__(self, till: Till, action: str, parent=None, least_role: str = "manager"):
        if least_role == OWNER:  # the owner made this action theirs (back office, Staff)
            title = self.tr("Owner approval")
            hint = self.tr("%1 needs the owner. Ask the owner to type their PIN.")
        else:
            title = self.tr("Manager approval")
            hint = self.tr("%1 needs a manager. Ask a manager or the owner to type their PIN.")
        super().__init__(title, hint.replace("%1", action_label(action)), parent=parent, width=440)
        self.till = till
        self.settings = till.settings
        self.action = action
        self.approver: User | None = None
        panel = QFrame()
        panel.setObjectName("panel")
        inside = QVBoxLayout(panel)
        inside.setContentsMargins(18, 16, 18, 18)
        who = label(self.tr("Requested by %1").replace("%1", till.user.name), "hint", "requestedByLabel")
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inside.addWidget(who)
        self.pad = PinPad()
        self.pad.submitted.connect(self.try_pin)
        self.pad.tick.connect(lambda seconds: self.show_error(TillLocked(seconds)))
        self.pad.unlocked.connect(lambda: self.show_error(self.tr("The manager can try the PIN again.")))
        inside.addWidget(self.pad)
        self.body.addWidget(panel)
        self.pad.setFocus()

    def confirm(self) -> None:
        self.pad.submit()

    def try_pin(self, pin: str) -> None:
        if len(pin) < MIN_PIN_DIGITS:
            self.show_error(self.tr("A PIN has 4 to 8 digits."))
            return
        try:
            self.approver = self.till.approve(pin, self.action)
        except (WrongPin, NotAllowed) as error:
            self.pad.clear()
            self.show_error(error)
            return
        except TillLocked as error:
            self.pad.disable_for(error.seconds_left)
            self.show_error(error)
            return
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.text().isdigit() and not self.pad.is_locked():
            self.pad.type_digit(event.text())
            return
        super().keyPressEvent(event)


def with_approval(parent, till: Till, fn: Callable[[User | None], object]) -> bool:
    """Run fn(None); if the till says a manager must approve, ask for a PIN and run fn(approver).

    True when fn ran to the end; False when the approval was cancelled. Other shop errors propagate.
    """
    try:
        fn(None)
        return True
    except NeedsApproval as needed:
        dialog = ApprovalDialog(till, needed.action, parent, needed.least_role)
        if not dialog.exec():
            return False
        fn(dialog.approver)
        return True
