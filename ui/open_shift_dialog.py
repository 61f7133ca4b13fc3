"""Opening the shift: count the cash in the drawer (the opening float) and start selling."""
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout

from shop.errors import ShopError
from shop.shifts import Shift
from shop.till import Till
from ui.amount_edit import AmountEdit
from ui.dialog_parts import TillDialog, button, label
from ui.messages import invalid_amount


class OpenShiftDialog(TillDialog):
    def __init__(self, till: Till, parent=None):
        super().__init__(
            self.tr("Open the shift"),
            self.tr("Count the cash in the drawer and type the total: it is the float this shift starts with."),
            self.tr("Open shift (Enter)"), parent, width=520,
        )
        self.till = till
        self.settings = till.settings
        self.shift: Shift | None = None
        panel = QFrame()
        panel.setObjectName("panel")
        form = QFormLayout(panel)
        form.setContentsMargins(20, 16, 20, 16)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        form.addRow(label(self.tr("Cashier")), label(till.user.name, name="cashierName"))
        form.addRow(label(self.tr("Till")), label(self.settings.till_id, name="tillName"))
        self.amount = AmountEdit(self.settings, 0)
        self.amount.setObjectName("floatEdit")
        field_label = label(self.tr("Cash in the drawer"))
        field_label.setMinimumHeight(self.amount.sizeHint().height())  # centred beside the big field
        form.addRow(field_label, self.amount)
        self.body.addWidget(panel)
        notes = QGridLayout()
        notes.setSpacing(8)
        for i, note in enumerate(self.settings.cash_notes):
            notes.addWidget(button("+ " + self.money(note), f"add{note}", slot=lambda n=note: self.add(n), height=44), 0, i)
        self.body.addLayout(notes)
        self.amount.setFocus()

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    def add(self, note: int) -> None:
        """A touch shortcut while counting: add one note to what is typed."""
        try:
            current = self.amount.amount() if self.amount.text().strip() else 0
        except ValueError as error:
            self.show_error(invalid_amount(self.amount.text(), error))
            return
        self.amount.set_amount(current + note)
        self.amount.end(False)
        self.amount.setFocus()
        self.clear_error()

    def confirm(self) -> None:
        try:
            opening_float = self.amount.amount()
        except ValueError as error:
            self.show_error(invalid_amount(self.amount.text(), error))
            return
        try:
            self.shift = self.till.open_shift(opening_float)
        except ShopError as error:
            self.show_error(error)
            return
        from ui.backoffice_automations import run_in_background

        run_in_background(self, self.till.engine, self.till.settings)  # the owner's automations, off the UI thread
        self.accept()
