"""The till's line and sale changes (quantity, remove, discounts, price, cancel): each asks a manager
when the shop's permissions say so. Mixed into TillWindow; its words stay in the till window's
translation context."""
from PySide6.QtCore import QCoreApplication

from shop.errors import ShopError
from shop.kinds import SALE
from ui.line_dialogs import DiscountDialog, PriceDialog, QuantityDialog
from ui.messages import message_for

translate = QCoreApplication.translate


class LineActions:
    """Needs `till`, `settings`, `selected_line()`, `refresh()` and `show_message()` of the till window."""

    def change_quantity(self) -> None:
        line_id = self.selected_line()
        if not line_id or self.till.cart.kind != SALE:
            return
        line = self.till.cart.line(line_id)
        dialog = QuantityDialog(line.name, line.unit, line.qty_milli, self)
        if dialog.exec() and dialog.value is not None and self._with_approval(
                lambda approver: self.till.set_qty(line_id, dialog.value, approver)):
            self.refresh(select_line=line_id if dialog.value else None)

    def remove_line(self) -> None:
        line_id = self.selected_line()
        if line_id and self.till.cart.kind == SALE and self._with_approval(
                lambda approver: self.till.void_line(line_id, approver)):
            self.refresh()

    def _with_approval(self, action) -> bool:
        from ui.approval_dialog import with_approval

        try:
            return with_approval(self, self.till, action)
        except ShopError as error:
            self.show_message(message_for(error), error=True)
            return False

    def discount_line(self) -> None:
        line_id = self.selected_line()
        if not line_id or self.till.cart.kind != SALE:
            return
        dialog = DiscountDialog(translate("TillWindow", "Discount on %1").replace("%1", self.till.cart.line(line_id).name), self.settings, self)
        if dialog.exec() and self._with_approval(lambda approver: self.till.discount_line(line_id, dialog.value, approver)):
            self.refresh(select_line=line_id)

    def discount_order(self) -> None:
        if not self.till.cart.lines or self.till.cart.kind != SALE:
            return
        dialog = DiscountDialog(translate("TillWindow", "Discount on the whole sale"), self.settings, self)
        if dialog.exec() and self._with_approval(lambda approver: self.till.discount_order(dialog.value, approver)):
            self.refresh()

    def override_price(self) -> None:
        line_id = self.selected_line()
        if not line_id or self.till.cart.kind != SALE:
            return
        line = self.till.cart.line(line_id)
        dialog = PriceDialog(line.name, line.unit_price, self.settings, self)
        if dialog.exec() and self._with_approval(lambda approver: self.till.override_price(line_id, dialog.value, approver)):
            self.refresh(select_line=line_id)

    def void_sale(self) -> None:
        if not self._with_approval(lambda approver: self.till.void_sale(approver)):
            return
        self.show_message(translate("TillWindow", "Sale cancelled."))
        self.refresh()
