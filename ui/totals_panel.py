"""The sale's totals beside the table: lines, subtotal, discounts, the big TOTAL and the VAT per rate."""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from shop.cart import Totals


translate = QCoreApplication.translate  # the strings keep the till window's translation context


class TotalsPanel(QFrame):
    def __init__(self, money, parent=None, shown_vat=lambda amount: amount):
        super().__init__(parent)
        self.money = money  # amount in minor units -> the shop's way of writing it
        self.shown_vat = shown_vat  # a VAT figure as shown (whole forints in a Hungarian shop)
        self.setObjectName("panel")
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 12, 18, 12)
        self.items_label = QLabel()
        self.items_label.setProperty("role", "hint")
        self.subtotal_label = QLabel()
        self.discount_label = QLabel()
        self.discount_label.setObjectName("discountLabel")
        self.total_label = QLabel()
        self.total_label.setObjectName("totalAmount")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.vat_label = QLabel()
        self.vat_label.setObjectName("vatLabel")
        self.vat_label.setProperty("role", "hint")
        self.vat_label.setWordWrap(True)
        total_caption = QLabel(translate("TillWindow", "TOTAL"))
        total_caption.setProperty("role", "title")
        grid.addWidget(self.items_label, 0, 0)
        grid.addWidget(self.subtotal_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(QLabel(translate("TillWindow", "Discounts")), 1, 0)
        grid.addWidget(self.discount_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(total_caption, 2, 0)
        grid.addWidget(self.total_label, 2, 1)
        grid.addWidget(self.vat_label, 3, 0, 1, 2)

    def show_totals(self, totals: Totals, lines: int) -> None:
        self.items_label.setText(translate("TillWindow", "Lines: %1").replace("%1", str(lines)))
        self.subtotal_label.setText(self.money(totals.subtotal))
        self.discount_label.setText(self.money(-totals.discount) if totals.discount else "–")
        self.total_label.setText(self.money(totals.total))
        vat = translate("TillWindow", "VAT %1%: %2")
        self.vat_label.setText("   ".join(
            vat.replace("%1", f"{v.rate_bp / 100:g}").replace("%2", self.money(self.shown_vat(v.vat))) for v in totals.vat))
