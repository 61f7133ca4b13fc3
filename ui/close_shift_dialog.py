"""Closing the shift: the X figures, the counted cash, then the Z report.

The Z report is final, so a count that does not match the drawer asks for a second Enter: a typo
in the count is caught before it becomes the shift's difference for good.
"""
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from shop.errors import ShopError
from shop.shifts import ZReport
from shop.till import Till
from ui.amount_edit import AmountEdit
from ui.dialog_parts import TillDialog, label
from ui.messages import invalid_amount
from ui.zreport_view import ZReportView


class CloseShiftDialog(TillDialog):
    def __init__(self, till: Till, parent=None):
        super().__init__(
            self.tr("Close the shift"),
            self.tr("Count all the cash in the drawer and type the total. The Z report is final: "
                    "after it, this till needs a new shift to sell."),
            self.tr("Close shift (Enter)"), parent, width=1080,
        )
        self.till = till
        self.settings = till.settings
        self.report: ZReport | None = None
        self.expected: int | None = None
        self._confirmed_count: int | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._count_page())
        self.final_page = QWidget()
        QHBoxLayout(self.final_page).setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.final_page)
        self.body.addWidget(self.pages)
        self.counted.setFocus()

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    def _count_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(20)
        try:
            summary = self.till.x_report()
        except ShopError as error:
            summary = None
            self.show_error(error)
            self.ok_button.setEnabled(False)
        if summary is not None:
            self.x_view = ZReportView(summary, self.settings)
            self.expected = summary["cash"]["expected"]
            row.addWidget(self.x_view, 1)
        panel = QFrame()
        panel.setObjectName("panel")
        panel.setFixedWidth(300)
        count = QVBoxLayout(panel)
        count.setContentsMargins(20, 18, 20, 18)
        count.setSpacing(8)
        count.addWidget(label(self.tr("Cash counted"), name="countedTitle"))
        self.counted = AmountEdit(self.settings)
        self.counted.setObjectName("countedEdit")
        self.counted.textEdited.connect(self._count_changed)
        count.addWidget(self.counted)
        self.expected_label = label("", "hint", "expectedLabel")
        if self.expected is not None:
            self.expected_label.setText(self.tr("Expected: %1").replace("%1", self.money(self.expected)))
        count.addWidget(self.expected_label)
        self.difference_label = label("", name="differencePreview", wrap=True)
        self.difference_label.setStyleSheet("font-size: 17px; font-weight: 700;")
        count.addWidget(self.difference_label)
        count.addStretch(1)
        row.addWidget(panel)
        return page

    def _count_changed(self, _text: str = "") -> None:
        self._confirmed_count = None
        self.clear_error()
        try:
            counted = self.counted.amount()
        except ValueError:
            self.difference_label.setText("")
            return
        if self.expected is None:
            return
        difference = counted - self.expected
        if difference == 0:
            text, color = self.tr("Matches the drawer ✓"), "#1b4332"
        elif difference < 0:
            text, color = self.tr("Short by %1").replace("%1", self.money(-difference)), "#a4161a"
        else:
            text, color = self.tr("Over by %1").replace("%1", self.money(difference)), "#7a5b00"
        self.difference_label.setText(text)
        self.difference_label.setStyleSheet(f"font-size: 17px; font-weight: 700; color: {color};")

    def confirm(self) -> None:
        if self.report is not None:
            self.accept()
            return
        try:
            counted = self.counted.amount()
        except ValueError as error:
            self.show_error(invalid_amount(self.counted.text(), error))
            self.counted.setFocus()
            return
        difference = counted - self.expected if self.expected is not None else 0
        if difference and self._confirmed_count != counted:
            self._confirmed_count = counted
            if difference < 0:
                text = self.tr("The drawer is %1 short. Count again, or press Enter again to close the shift anyway.")
            else:
                text = self.tr("The drawer is %1 over. Count again, or press Enter again to close the shift anyway.")
            self.show_error(text.replace("%1", self.money(abs(difference))))
            return
        try:
            self.report = self.till.close_shift(counted)
        except ShopError as error:
            self.show_error(error)
            return
        self._show_report()

    def _show_report(self) -> None:
        self.z_view = ZReportView(self.report.data, self.settings)
        self.final_page.layout().addStretch(1)
        self.final_page.layout().addWidget(self.z_view)
        self.final_page.layout().addStretch(1)
        self.pages.setCurrentWidget(self.final_page)
        self.heading.setText(self.tr("Shift closed"))
        self.hint.setText(self.tr("Z report no. %1 is stored. Press Enter to sign out of the till.").replace(
            "%1", str(self.report.z_number)))
        self.clear_error()
        self.cancel_button.hide()
        self.ok_button.setText(self.tr("Done (Enter)"))
        self.setFocus()

    def reject(self) -> None:
        # Once the Z report exists there is nothing to cancel: closing the dialog means done.
        if self.report is not None:
            self.accept()
        else:
            super().reject()
