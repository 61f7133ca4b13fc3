"""A shift's X or Z report on screen, laid out like the printed one: what was sold, VAT, payments, cash.

Takes the plain summary of shop.reports.shift_summary (a Z report's data adds z_number, closed_at
and closed_by), so it shows a stored Z report exactly as it was closed.
"""
from decimal import Decimal

from babel.numbers import format_percent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from shop.cash_rounding import ROUNDING
from shop.settings import ShopSettings
from ui.dialog_parts import label, separator, shop_datetime

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SHORT_STYLE = "background: #fbe9e9; color: #a4161a;"
OVER_STYLE = "background: #fff3cd; color: #7a5b00;"
EXACT_STYLE = "background: #e3f4ea; color: #1b4332;"


class ZReportView(QFrame):
    def __init__(self, summary: dict, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("zReport")
        self.summary = summary
        self.settings = settings
        # The white card of the shared style sheet's "panel", under our own name for tests and screenshots.
        self.setStyleSheet("QFrame#zReport { background: white; border: 1px solid #d8d2c8; border-radius: 10px; }"
                           "QLabel[section=\"true\"] { color: #6b6b6b; font-size: 13px; font-weight: 700;"
                           " letter-spacing: 1px; padding-top: 6px; }")
        self.values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 20, 26, 22)
        layout.setSpacing(8)
        self._header(layout)
        layout.addWidget(separator())
        columns = QHBoxLayout()
        columns.setSpacing(28)
        left, right = QGridLayout(), QGridLayout()
        for grid in (left, right):
            grid.setHorizontalSpacing(18)
            grid.setVerticalSpacing(5)
            grid.setColumnStretch(0, 1)
        self._sales(left)
        self._over_refunds(left)
        self._vat(left)
        self._payments(right)
        self._cash(right)
        for grid in (left, right):
            grid.setRowStretch(grid.rowCount(), 1)
        columns.addLayout(left, 1)
        divider = QFrame()
        divider.setFrameShape(QFrame.Shape.VLine)
        divider.setStyleSheet("color: #e3ddd2; background: #e3ddd2; max-width: 1px; border: none;")
        columns.addWidget(divider)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        self.setMinimumWidth(720)

    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    # --- sections --------------------------------------------------------------
    def _header(self, layout: QVBoxLayout) -> None:
        top = QHBoxLayout()
        z_number = self.summary.get("z_number")
        if z_number is not None:
            title = self.tr("Z report no. %1").replace("%1", str(z_number))
        else:
            title = self.tr("X report · shift still open")
        top.addWidget(label(title, "title", "reportTitle"))
        top.addStretch(1)
        shop = label(self.settings.shop_name, name="reportShop")
        shop.setStyleSheet("font-weight: 600;")
        top.addWidget(shop)
        layout.addLayout(top)
        parts = [self.tr("Till %1").replace("%1", self.summary["till_id"]),
                 self.tr("opened %1").replace("%1", shop_datetime(self.summary["opened_at"], self.settings))]
        if self.summary.get("closed_at"):
            closed = self.tr("closed %1").replace("%1", shop_datetime(self.summary["closed_at"], self.settings))
            if self.summary.get("closed_by"):
                closed += " " + self.tr("by %1").replace("%1", self.summary["closed_by"])
            parts.append(closed)
        layout.addWidget(label("  ·  ".join(parts), "hint", "reportTimes", wrap=True))

    def _section(self, grid: QGridLayout, text: str, columns: int = 2) -> None:
        title = label(text.upper())
        title.setProperty("section", True)
        grid.addWidget(title, grid.rowCount(), 0, 1, columns)

    def _row(self, grid: QGridLayout, text: str, amount: int, key: str, strong: bool = False) -> QLabel:
        row = grid.rowCount()
        name = label(text)
        value = label(self.money(amount), name=key)
        value.setAlignment(RIGHT)
        if strong:
            for widget in (name, value):
                widget.setStyleSheet("font-weight: 700; font-size: 17px;")
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1, 1, grid.columnCount() - 1 if grid.columnCount() > 2 else 1)
        self.values[key] = value
        return value

    def _sales(self, grid: QGridLayout) -> None:
        s = self.summary
        self._section(grid, self.tr("Takings"), 4)
        self._row(grid, self.tr("Sales (%1)").replace("%1", str(s["sales"]["count"])), s["sales"]["total"], "salesValue")
        self._row(grid, self.tr("Refunds (%1)").replace("%1", str(s["refunds"]["count"])), s["refunds"]["total"], "refundsValue")
        self._row(grid, self.tr("Discounts given"), s["discounts"], "discountsValue")
        self._row(grid, self.tr("Net total"), s["net_total"], "netValue", strong=True)
        rounded = s["payments"].get(ROUNDING, 0)
        if rounded:  # what the cash rounding took off the takings (stored as what it "paid")
            self._row(grid, self.tr("Cash rounding"), -rounded, "roundingValue")

    def _over_refunds(self, grid: QGridLayout) -> None:
        """Lines two tills refunded, offline, beyond what was sold (shop/sync_history.py): for the owner to look into."""
        found = self.summary.get("over_refunds") or []
        if not found:
            return
        self._section(grid, self.tr("Refunded beyond what was sold"), 4)
        for entry in found:
            text = (self.tr("%1 on receipt %2: %3 sold, %4 refunded by %5")
                    .replace("%1", entry["name"]).replace("%2", entry["receipt_number"])
                    .replace("%3", f"{entry['sold_milli'] / 1000:g}").replace("%4", f"{entry['refunded_milli'] / 1000:g}")
                    .replace("%5", ", ".join(entry["refunds"])))
            grid.addWidget(label(text, "warning", "overRefund", wrap=True), grid.rowCount(), 0, 1, 4)

    def _vat(self, grid: QGridLayout) -> None:
        self._section(grid, self.tr("VAT"), 4)
        row = grid.rowCount()
        for col, text in enumerate((self.tr("Rate"), self.tr("Net"), self.tr("VAT"), self.tr("Gross"))):
            head = label(text, "hint")
            if col:
                head.setAlignment(RIGHT)
            grid.addWidget(head, row, col)
        if not self.summary["vat"]:
            grid.addWidget(label(self.tr("No sales yet"), "hint"), grid.rowCount(), 0, 1, 4)
        for entry in self.summary["vat"]:
            row = grid.rowCount()
            rate = format_percent(Decimal(entry["rate_bp"]) / 10_000, "#,##0.##%", locale=self.settings.locale)
            grid.addWidget(label(rate, name=f"vatRate{entry['rate_bp']}"), row, 0)
            vat = self.settings.whole(entry["vat"])  # whole forints in a Hungarian shop
            shown = {"net": entry["gross"] - vat, "vat": vat, "gross": entry["gross"]}
            for col, key in ((1, "net"), (2, "vat"), (3, "gross")):
                cell = label(self.money(shown[key]), name=f"vat{key.capitalize()}{entry['rate_bp']}")
                cell.setAlignment(RIGHT)
                grid.addWidget(cell, row, col)

    def _payments(self, grid: QGridLayout) -> None:
        self._section(grid, self.tr("Payments"))
        names = {"cash": self.tr("Cash"), "card": self.tr("Card")}
        payments = self.summary["payments"]
        if not payments:
            grid.addWidget(label(self.tr("No payments yet"), "hint"), grid.rowCount(), 0, 1, 2)
        for method, amount in payments.items():
            if method == ROUNDING:
                continue
            self._row(grid, names.get(method, method.capitalize()), amount, f"payment_{method}")

    def _cash(self, grid: QGridLayout) -> None:
        cash = self.summary["cash"]
        self._section(grid, self.tr("Cash drawer"))
        self._row(grid, self.tr("Opening float"), cash["opening_float"], "floatValue")
        self._row(grid, self.tr("Cash payments"), cash["cash_payments"], "cashPaymentsValue")
        self._row(grid, self.tr("Cash in"), cash["cash_in"], "cashInValue")
        self._row(grid, self.tr("Cash out"), cash["cash_out"], "cashOutValue")
        self._row(grid, self.tr("Expected in the drawer"), cash["expected"], "expectedValue", strong=True)
        if cash.get("counted") is None:
            return
        self._row(grid, self.tr("Counted"), cash["counted"], "countedValue")
        difference = cash["difference"]
        row = grid.rowCount()
        if difference < 0:
            text, style = self.tr("Difference · short"), SHORT_STYLE
        elif difference > 0:
            text, style = self.tr("Difference · over"), OVER_STYLE
        else:
            text, style = self.tr("Difference"), EXACT_STYLE
        band = QFrame()
        band.setObjectName("differenceBand")
        band.setStyleSheet(f"QFrame#differenceBand {{ {style} border-radius: 6px; }} QLabel {{ {style} font-weight: 700; font-size: 17px; }}")
        inside = QHBoxLayout(band)
        inside.setContentsMargins(10, 6, 10, 6)
        inside.addWidget(label(text, name="differenceTitle"))
        inside.addStretch(1)
        value = label(self.money(difference) if difference else self.money(0) + "  ✓", name="differenceValue")
        inside.addWidget(value)
        self.values["differenceValue"] = value
        grid.addWidget(band, row, 0, 1, 2)
