"""The back office's staff page: who works here, their PINs and roles, and what each role may do alone.

All the rules (who may change whom, PINs, the last owner) are shop/staff.py's; this page asks and
says. A manager sees everyone but changes only cashiers, and sees the role permissions without
changing them.
"""
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from shop import staff
from shop.kinds import CASHIER, OWNER
from shop.office.staff import Staff
from shop.permissions import ACTIONS, ROLES, RolePermissions
from shop.staff_errors import NameMissing, StaffError
from ui.dialog_parts import button, label, style_table
from ui.messages import action_label, message_for


def _panel(title: str) -> tuple[QFrame, QVBoxLayout]:
    panel = QFrame()
    panel.setObjectName("panel")
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    heading = label(title)
    heading.setStyleSheet("font-weight: 600; font-size: 16px; color: #2d3a3a;")
    layout.addWidget(heading)
    return panel, layout


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(8)
    edit.setPlaceholderText("••••")
    return edit


class StaffModel(QAbstractTableModel):
    """The people of the shop as the staff table shows them: name, role, active or not."""

    def __init__(self, role_names: dict[str, str], parent=None):
        super().__init__(parent)
        self.role_names = role_names
        self.people: list[staff.StaffMember] = []
        self.headers = [self.tr("Name"), self.tr("Role"), self.tr("Status")]

    def set_people(self, people: list[staff.StaffMember]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr("Active") if person.active else self.tr("Deactivated")
            return (person.name, self.role_names.get(person.role, person.role), status)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor("#8a8a8a")
        return None


class StaffPage(QWidget):
    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
        self.user, self.settings = user, settings
        self.desk = Staff(engine, user, settings.till_id)
        self.people: list[staff.StaffMember] = []
        self.role_names = {"cashier": self.tr("Cashier"), "manager": self.tr("Manager"), "owner": self.tr("Owner")}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Staff"), "title"))
        left.addWidget(label(self.tr("Everyone who signs in at the tills. Deactivated people keep their sales "
                                     "but can no longer sign in."), "hint", wrap=True))
        self.model = StaffModel(self.role_names, self)
        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        style_table(self.table, 38)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 130)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected_changed())
        left.addWidget(self.table, 1)
        left.addWidget(self._permissions_panel())
        row.addLayout(left, 5)
        side = QWidget()
        side.setFixedWidth(360)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(12)
        right.addWidget(self._add_panel())
        right.addWidget(self._person_panel())
        right.addStretch(1)
        row.addWidget(side)
        self.reload()

    # --- layout ----------------------------------------------------------------
    def _role_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for role in staff.roles_for(self.user):
            combo.addItem(self.role_names[role], role)
        return combo

    def _add_panel(self) -> QFrame:
        panel, layout = _panel(self.tr("Add someone"))
        form = QFormLayout()
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newNameEdit")
        self.new_role = self._role_combo("newRoleCombo")
        self.new_pin, self.new_pin_again = _pin_edit("newPinEdit"), _pin_edit("newPinAgainEdit")
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Role"), self.new_role)
        form.addRow(self.tr("PIN (4-8 digits)"), self.new_pin)
        form.addRow(self.tr("PIN again"), self.new_pin_again)
        layout.addLayout(form)
        self.add_error = label("", "error", "addErrorLabel", wrap=True)
        layout.addWidget(self.add_error)
        self.add_button = button(self.tr("Add"), "addPersonButton", "primary", self.add_person, height=44)
        layout.addWidget(self.add_button)
        for edit in (self.new_name, self.new_pin, self.new_pin_again):
            edit.returnPressed.connect(self.add_person)
        return panel

    def _person_panel(self) -> QFrame:
        panel, layout = _panel(self.tr("Selected person"))
        self.person_label = label(self.tr("Choose someone in the list."), "hint", "personLabel")
        layout.addWidget(self.person_label)
        self.pin_edit = _pin_edit("pinEdit")
        self.pin_edit.setPlaceholderText(self.tr("New PIN"))
        self.pin_edit.returnPressed.connect(self.change_pin)
        layout.addWidget(self.pin_edit)
        pins = QHBoxLayout()
        self.pin_button = button(self.tr("Set PIN"), "setPinButton", slot=self.change_pin, height=40)
        self.reset_button = button(self.tr("Reset PIN"), "resetPinButton", slot=self.reset_pin, height=40)
        pins.addWidget(self.pin_button)
        pins.addWidget(self.reset_button)
        layout.addLayout(pins)
        roles = QHBoxLayout()
        self.role_combo = self._role_combo("roleCombo")
        roles.addWidget(self.role_combo, 1)
        self.role_button = button(self.tr("Change role"), "changeRoleButton", slot=self.change_role, height=40)
        roles.addWidget(self.role_button)
        layout.addLayout(roles)
        self.active_button = button(self.tr("Deactivate"), "deactivateButton", "danger", self.toggle_active, height=40)
        layout.addWidget(self.active_button)
        self.person_message = label("", "", "personMessageLabel", wrap=True)
        layout.addWidget(self.person_message)
        return panel

    def _permissions_panel(self) -> QFrame:
        panel, layout = _panel(self.tr("What each role may do without a manager's PIN"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        choices = ((ROLES[0], self.tr("Everyone")), (ROLES[1], self.tr("Managers and owners")),
                   (ROLES[2], self.tr("Owners only")))
        self.permission_combos: dict[str, QComboBox] = {}
        current = self.desk.permissions()
        for i, action in enumerate(ACTIONS):
            combo = QComboBox()
            combo.setObjectName(f"permission_{action}")
            for role, text in choices:
                combo.addItem(text, role)
            combo.setCurrentIndex(ROLES.index(current.least_role(action)))
            combo.setEnabled(self.user.role == OWNER)
            self.permission_combos[action] = combo
            grid.addWidget(label(action_label(action)), i, 0)
            grid.addWidget(combo, i, 1)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        self.permissions_message = label(
            self.tr("Someone below the role chosen needs the PIN of someone at or above it.")
            if self.user.role == OWNER else self.tr("Only the owner changes these."), "hint", "permissionsMessage", wrap=True)
        bottom.addWidget(self.permissions_message, 1)
        self.permissions_button = button(self.tr("Save permissions"), "savePermissionsButton", "primary",
                                         self.save_permissions, height=40)
        self.permissions_button.setVisible(self.user.role == OWNER)
        bottom.addWidget(self.permissions_button)
        layout.addLayout(bottom)
        return panel

    # --- state -----------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        self.people = self.desk.people()
        self.model.set_people(self.people)
        ids = [p.id for p in self.people]
        if select_id in ids:
            self.table.selectRow(ids.index(select_id))
        self._selected_changed()

    def selected(self) -> staff.StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        """Select the person called `name` (tests and keyboard users)."""
        for row, person in enumerate(self.people):
            if person.name == name:
                self.table.selectRow(row)
                return

    def _selected_changed(self) -> None:
        person = self.selected()
        manageable = person is not None and (staff.can_manage(self.user, person.role) or person.id == self.user.id)
        for widget in (self.pin_edit, self.pin_button, self.reset_button):
            widget.setEnabled(manageable)
        others = person is not None and staff.can_manage(self.user, person.role)
        self.role_combo.setEnabled(others and person.active)
        self.role_button.setEnabled(others and person.active)
        self.active_button.setEnabled(others and person.id != self.user.id)
        if person is None:
            self.person_label.setText(self.tr("Choose someone in the list."))
            return
        self.person_label.setText(f"{person.name} · {self.role_names.get(person.role, person.role)}")
        index = self.role_combo.findData(person.role)
        if index >= 0:
            self.role_combo.setCurrentIndex(index)
        self.active_button.setText(self.tr("Deactivate") if person.active else self.tr("Reactivate with the new PIN"))
        self.active_button.setProperty("role", "danger" if person.active else "")
        self.active_button.style().unpolish(self.active_button)
        self.active_button.style().polish(self.active_button)
        self.say("")

    def say(self, text: str, error: bool = False) -> None:
        self.person_message.setProperty("role", "error" if error else "")
        self.person_message.setStyleSheet("" if error else "color: #1b4332; font-weight: 600;")
        self.person_message.style().unpolish(self.person_message)
        self.person_message.style().polish(self.person_message)
        self.person_message.setText(text)

    def problem(self, error: StaffError) -> str:
        return message_for(error, self.settings)

    # --- actions ---------------------------------------------------------------
    def add_person(self) -> None:
        pin = self.new_pin.text()
        if pin != self.new_pin_again.text():
            self.add_error.setText(self.tr("The two PINs differ. Type the same PIN twice."))
            self.new_pin_again.setFocus()
            return
        try:
            added = self.desk.add_person(self.new_name.text(), self.new_role.currentData(), pin)
        except StaffError as error:
            self.add_error.setText(self.problem(error))
            (self.new_name if isinstance(error, NameMissing) else self.new_pin).setFocus()
            return
        self.add_error.setText("")
        for edit in (self.new_name, self.new_pin, self.new_pin_again):
            edit.clear()
        self.reload(added.id)
        self.say(self.tr("%1 can now sign in with their PIN.").replace("%1", added.name))

    def _change(self, action, done: str) -> bool:
        person = self.selected()
        if person is None:
            return False
        try:
            result = action(person)
        except StaffError as error:
            self.say(self.problem(error), error=True)
            return False
        self.reload(person.id)
        self.say(done.replace("%1", person.name).replace("%2", result if isinstance(result, str) else ""))
        return True

    def change_pin(self) -> None:
        pin = self.pin_edit.text()
        if self._change(lambda p: self.desk.change_pin(p.id, pin),
                        self.tr("New PIN saved for %1.")):
            self.pin_edit.clear()

    def reset_pin(self) -> None:
        self._change(lambda p: self.desk.reset_pin(p.id),
                     self.tr("%1's new PIN is %2. Tell them, and ask them to change it."))

    def change_role(self) -> None:
        role = self.role_combo.currentData()
        self._change(lambda p: self.desk.set_role(p.id, role),
                     self.tr("%1's role is changed."))

    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        if person.active:
            self._change(lambda p: self.desk.deactivate(p.id),
                         self.tr("%1 is deactivated: their sales stay theirs."))
            return
        pin = self.pin_edit.text()
        if self._change(lambda p: self.desk.reactivate(p.id, pin),
                        self.tr("%1 can sign in again with the new PIN.")):
            self.pin_edit.clear()

    def save_permissions(self) -> None:
        chosen = RolePermissions(**{action: combo.currentData() for action, combo in self.permission_combos.items()})
        try:
            changes = self.desk.set_permissions(chosen)
        except StaffError as error:
            self.permissions_message.setText(self.problem(error))
            return
        self.permissions_message.setText(self.tr("Permissions saved; the tills follow them at once.") if changes
                                         else self.tr("Nothing changed."))

    def screenshot_state(self) -> None:
        """For `bottega screenshot backoffice-staff`: a cashier chosen, as the owner would to change a PIN."""
        cashier = next((p for p in self.people if p.role == CASHIER), None)
        if cashier:
            self.select(cashier.name)
