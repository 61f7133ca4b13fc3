"""What the customer card's More menu does: edit details and consents (ui/customer_edit.py), print or
replace the loyalty card, correct points, export the customer's data (JSON + PDF) and erase them.

Points corrections and erasure need a manager (their PIN on the cashier's till); each action is
audited by shop/ (card_issued/card_reissued, points_adjusted, customer_exported, customer_erased).
"""
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QFrame, QLineEdit, QSpinBox

from shop.cards import format_card_code
from shop.customer_errors import ReservationStateError
from shop.errors import ShopError
from shop.kinds import REFUND
from shop.till_customers import TillCustomers
from ui.customer_messages import customer_message_for
from ui.dialog_parts import TillDialog, label
from ui.file_dialogs import ask_save_path

MAX_ADJUST = 1_000_000


class ConfirmDialog(TillDialog):
    """A question with a plain answer: Enter confirms, Esc cancels."""

    def __init__(self, title: str, text: str, ok_text: str, parent=None):
        super().__init__(title, text, ok_text, parent, width=520)

    def confirm(self) -> None:
        self.accept()


class AdjustPointsDialog(TillDialog):
    """A correction by hand: how many points (minus to take away) and why."""

    def __init__(self, name: str, balance: int, parent=None):
        super().__init__(self.tr("Adjust points"), self.tr("%1 has %2 points. Type the points to add (or a minus to "
                                                           "take away) and why; it is recorded with your name.")
                         .replace("%1", name).replace("%2", str(balance)), self.tr("Adjust (Enter)"), parent, width=520)
        self.balance = balance
        panel = QFrame()
        panel.setObjectName("panel")
        form = QFormLayout(panel)
        form.setContentsMargins(20, 16, 20, 16)
        self.points = QSpinBox()
        self.points.setObjectName("pointsEdit")
        self.points.setRange(-MAX_ADJUST, MAX_ADJUST)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(self.tr("e.g. points of a receipt scanned without the card"))
        form.addRow(label(self.tr("Points")), self.points)
        form.addRow(label(self.tr("Reason")), self.reason)
        self.body.addWidget(panel)
        self.points.setFocus()

    def confirm(self) -> None:
        if self.points.value() == 0:
            self.show_error(self.tr("Type how many points to add, or a minus to take some away."))
        elif not self.reason.text().strip():
            self.show_error(self.tr("Say why, so the owner can check it later."))
        elif self.balance + self.points.value() < 0:
            self.show_error(self.tr("They have only %1 points; a correction can't take away more.").replace("%1", str(self.balance)))
        else:
            self.accept()


class CustomerActions(QObject):
    def __init__(self, area):
        super().__init__(area)
        self.area = area
        self.window = area.window
        self.till = area.till
        self.customers = TillCustomers(area.till)
        area.panel.action_requested.connect(self.run)

    def run(self, action: str) -> None:
        customer_id = self.area.shown_id
        if customer_id is None:
            return
        {"edit": self.edit, "usual": self.reserve_usual, "card": self.print_card, "reissue": self.reissue_card, "adjust": self.adjust_points,
         "feedback": self.take_note, "export": self.export_data, "erase": self.erase}[action](customer_id)

    # --- helpers ---------------------------------------------------------------
    def _name(self) -> str:
        return self.area.panel.name_label.text()

    def _error(self, error: Exception) -> None:
        self.window.show_message(customer_message_for(error, self.till.settings), error=True)

    def _approved(self, action: str):
        """(True, approver or None) when the user may go on: a manager themselves, or a manager's PIN."""
        if self.till.may(action):
            return True, None
        from ui.approval_dialog import ApprovalDialog

        least_role = self.customers.least_role(action)
        dialog = ApprovalDialog(self.till, action, self.window, least_role)
        return (True, dialog.approver) if dialog.exec() else (False, None)

    def _save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        return ask_save_path(self.window, title, suggested, pattern)

    def _refresh(self) -> None:
        self.area.shown_id = None
        self.area.sync()

    def _file_stem(self) -> str:
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self._name()).strip() or "customer"
        return safe.replace(" ", "-")

    # --- details and consents --------------------------------------------------
    def edit(self, customer_id: str) -> None:
        from ui.customer_edit import EditCustomerDialog

        dialog = EditCustomerDialog(self.till, customer_id, self.window)
        if dialog.exec() and dialog.changed:
            self._refresh()
            self.window.show_message(self.tr("%1: details saved.").replace("%1", self._name()))

    def reserve_usual(self, customer_id: str) -> None:
        """What they buy at a steady rhythm, put aside for the day they are due (today if already late)."""
        from babel.dates import format_date

        view = self.area.panel.view
        if view is None or not view.habits:
            return
        habit = view.habits[0]
        try:
            pickup = self.customers.reserve_usual(habit)
        except ShopError as error:
            self._error(error)
            return
        self._refresh()
        self.window.show_message(self.tr("%1 put aside for %2.").replace("%1", habit.product_name)
                                 .replace("%2", format_date(pickup, "EEE d MMM", locale=self.till.settings.locale)))

    # --- the loyalty card ------------------------------------------------------
    def print_card(self, customer_id: str, reissue: bool = False) -> None:
        from printers.loyalty_card import card_pdf

        path = self._save_path(self.tr("Save the loyalty card"), f"{self._file_stem()}-card.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return
        try:
            card = self.customers.issue_card(customer_id, reissue, lambda card: path.write_bytes(card_pdf(card)))
        except (ShopError, OSError) as error:
            if isinstance(error, OSError):
                self.window.show_message(self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error)), error=True)
            else:
                self._error(error)
            return
        self._refresh()
        self.window.show_message(self.tr("Card %1 saved to %2: print it on card stock at actual size.")
                                 .replace("%1", card.printed_code).replace("%2", str(path)))

    def reissue_card(self, customer_id: str) -> None:
        old = self.customers.active_card(customer_id)
        text = (self.tr("Card %1 will stop working at once. Then save the new card to print it.")
                .replace("%1", format_card_code(old.code)) if old else
                self.tr("%1 has no card yet. Save their first card to print it.").replace("%1", self._name()))
        if ConfirmDialog(self.tr("Replace a lost card"), text, self.tr("Replace (Enter)"), self.window).exec():
            self.print_card(customer_id, reissue=old is not None)

    # --- points ----------------------------------------------------------------
    def adjust_points(self, customer_id: str) -> None:
        balance = self.customers.balance(customer_id)
        dialog = AdjustPointsDialog(self._name(), balance, self.window)
        if not dialog.exec():
            return
        allowed, approver = self._approved("adjust_points")
        if not allowed:
            return
        points = dialog.points.value()
        try:
            self.customers.adjust_points(customer_id, points, dialog.reason.text(), approver)
        except ShopError as error:
            self._error(error)
            return
        self._refresh()
        self.window.show_message(self.tr("%1 points recorded for %2.").replace("%1", f"{points:+d}").replace("%2", self._name()))

    # --- feedback --------------------------------------------------------------
    def take_note(self, customer_id: str) -> None:
        """What the customer said, kept for the owner (and a follow-up for someone, if asked)."""
        from shop.office.feedback_desk import FeedbackDesk
        from ui.feedback_dialog import NoteDialog

        dialog = NoteDialog(FeedbackDesk(self.till.engine, self.till.user), customer_id, self._name(), "till",
                            self.till.shop_today(), self.window)
        if dialog.exec():
            self.window.show_message(self.tr("Note saved for %1.").replace("%1", self._name()))
        dialog.deleteLater()

    # --- their data ------------------------------------------------------------
    def export_data(self, customer_id: str) -> None:
        from printers.customer_export import write_export

        path = self._save_path(self.tr("Save the customer's data"), f"{self._file_stem()}-data.json", self.tr("JSON (*.json)"))
        if path is None:
            return
        try:
            json_path, pdf_path = write_export(self.till.engine, customer_id, self.till.user, path)
        except OSError as error:
            self.window.show_message(self.tr("Could not save %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error)), error=True)
            return
        except ShopError as error:
            self._error(error)
            return
        self.window.show_message(self.tr("Their data is in %1 and, to read, %2.").replace("%1", str(json_path))
                                 .replace("%2", pdf_path.name))

    def erase(self, customer_id: str) -> None:
        cart = self.till.cart
        if cart.kind == REFUND:
            self.window.show_message(self.tr("A refund keeps the customer of its receipt. Finish or cancel it first."), error=True)
            return
        text = self.tr("Name, phone, e-mail, birthday, notes and consents of %1 are removed and their card stops "
                       "working. Receipts, VAT and points stay, under an anonymous number. This can't be undone."
                       ).replace("%1", self._name())
        if not ConfirmDialog(self.tr("Erase this customer"), text, self.tr("Erase (Enter)"), self.window).exec():
            return
        allowed, approver = self._approved("erase_customer")
        if not allowed:
            return
        name = self._name()
        try:
            self.customers.erase(customer_id, approver)
        except ReservationStateError:
            self.window.show_message(self.tr("%1 still has goods put aside: pick them up or cancel the reservation, "
                                             "then erase.").replace("%1", name), error=True)
            return
        except ShopError as error:
            self._error(error)
            return
        if cart.customer_id == customer_id:
            self.till.detach_customer()
        self.area.sync()
        self.window.refresh()
        self.window.show_message(self.tr("%1 was erased; their receipts and points stay without a name.").replace("%1", name))
