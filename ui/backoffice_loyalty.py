"""The loyalty programme and the reservations policy, as sections of the back office's settings page."""
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from shop.loyalty_rules import BP, LoyaltySettings
from shop.reservations import ReservationPolicy
from shop.settings_edit import parse_percent, parse_rate, percent_text
from ui.backoffice_form import FormSection, amount_text
from ui.dialog_parts import button, style_table


def _spin(value: int, maximum: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _table(columns: list[str], rows: int) -> QTableWidget:
    table = QTableWidget(rows, len(columns))
    table.setHorizontalHeaderLabels(columns)
    style_table(table, 34)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setFixedHeight(40 + 34 * max(min(rows, 5), 2))
    return table


class LoyaltySection(FormSection):
    def __init__(self, settings, rules: LoyaltySettings, categories: list[tuple[str, str]], parent=None):
        super().__init__(self.tr("Loyalty programme"), parent)
        self.settings, self.rules, self.category_list = settings, rules, categories
        self.enabled = self.add("enabled", self.tr("Points"), QCheckBox(self.tr("Customers earn and redeem points")),
                                self.tr("Off: nobody earns points; the points customers have stay theirs."))
        self.enabled.setChecked(rules.enabled)
        self.spend = self.add("spend_per_point", self.tr("Earn rate"), QLineEdit(amount_text(settings, rules.spend_per_point)),
                              self.tr("A customer earns one point for each time this amount is spent."))
        self.value = self.add("point_value", self.tr("Value of a point"), QLineEdit(amount_text(settings, rules.point_value)),
                              self.tr("What one point is worth when a customer pays with points."))
        self.categories = _table([self.tr("Category"), self.tr("Points (%)"), self.tr("No points")], len(categories))
        for row, (category_id, name) in enumerate(categories):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.categories.setItem(row, 0, item)
            self.categories.setItem(row, 1, QTableWidgetItem(percent_text(rules.category_multipliers_bp.get(category_id, BP))))
            excluded = QTableWidgetItem()
            excluded.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            excluded.setCheckState(Qt.CheckState.Checked if category_id in rules.excluded_category_ids else Qt.CheckState.Unchecked)
            self.categories.setItem(row, 2, excluded)
        self.add("category_multipliers_bp", self.tr("By category"), self.categories,
                 self.tr("100 % earns the normal points, 200 % double; tick No points for what never earns."))
        self.skus = self.add("excluded_skus", self.tr("Products without points"), QLineEdit(", ".join(rules.excluded_skus)),
                             self.tr("Product codes (SKU) that never earn points, e.g. tobacco, gift cards; separate with commas."))
        self.expiry = self.add("expiry_days", self.tr("Points expire after"), _spin(rules.expiry_days, 3650, self.tr(" days")),
                               self.tr("Days after they were earned; 0 = points never expire."))
        self.tiers = self._tier_table(rules.tiers)
        self.add("tiers", self.tr("Tiers"), self._with_buttons(self.tiers),
                 self.tr("Spending reaches a tier; a tier's rate multiplies the points earned (150 % = half again)."))
        self.window = self.add("tier_window_days", self.tr("Tier spending over"), _spin(rules.tier_window_days, 3650, self.tr(" days")),
                               self.tr("The tier counts what the customer spent in this many days."))
        self.birthday = QComboBox()
        for code, text in (("none", self.tr("Nothing")), ("points", self.tr("Points")), ("coupon", self.tr("A discount coupon"))):
            self.birthday.addItem(text, code)
        self.birthday.setCurrentIndex(max(self.birthday.findData(rules.birthday_reward), 0))
        self.add("birthday_reward", self.tr("Birthday reward"), self.birthday,
                 self.tr("Given once in the customer's birthday week, the first time they shop."))
        self.birthday_points = self.add("birthday_points", self.tr("Birthday points"), _spin(rules.birthday_points, 100_000),
                                        self.tr("Points given when the reward is points."))
        self.coupon = self.add("birthday_coupon_bp", self.tr("Birthday coupon (%)"), QLineEdit(percent_text(rules.birthday_coupon_bp)),
                               self.tr("The coupon's discount when the reward is a coupon, valid that week."))

    def _tier_table(self, tiers: list[dict]) -> QTableWidget:
        table = _table([self.tr("Tier"), self.tr("From spending"), self.tr("Points (%)")], len(tiers))
        table.setObjectName("tiersTable")
        for row, tier in enumerate(sorted(tiers, key=lambda t: t.get("min_spend", 0))):
            for column, text in enumerate((str(tier.get("name", "")), amount_text(self.settings, tier.get("min_spend", 0)),
                                           percent_text(tier.get("earn_bp", BP)))):
                table.setItem(row, column, QTableWidgetItem(text))
        return table

    def _with_buttons(self, table: QTableWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Add a tier"), "addTierButton", slot=lambda: table.insertRow(table.rowCount()), height=36))
        row.addWidget(button(self.tr("Remove the chosen tier"), "removeTierButton",
                             slot=lambda: table.removeRow(table.currentRow()) if table.currentRow() >= 0 else None, height=36))
        row.addStretch(1)
        layout.addLayout(row)
        return box

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def collect(self) -> tuple[LoyaltySettings, dict[str, str]]:
        problems: dict[str, str] = {}
        values = {"enabled": self.enabled.isChecked(), "expiry_days": self.expiry.value(),
                  "tier_window_days": self.window.value(), "birthday_reward": self.birthday.currentData(),
                  "birthday_points": self.birthday_points.value(),
                  "excluded_skus": [s.strip() for s in self.skus.text().split(",") if s.strip()]}
        for key, edit in (("spend_per_point", self.spend), ("point_value", self.value)):
            try:
                values[key] = self.settings.parse_amount(edit.text())
            except ValueError:
                problems[key] = "amount"
        try:
            values["birthday_coupon_bp"] = parse_percent(self.coupon.text())
        except ValueError:
            problems["birthday_coupon_bp"] = "percent"
        multipliers, excluded = {}, []
        for row, (category_id, _name) in enumerate(self.category_list):
            try:
                bp = parse_rate(self._cell(self.categories, row, 1) or "100")
            except ValueError:
                problems["category_multipliers_bp"] = "percent"
                continue
            if bp != BP:
                multipliers[category_id] = bp
            if self.categories.item(row, 2).checkState() == Qt.CheckState.Checked:
                excluded.append(category_id)
        values["category_multipliers_bp"], values["excluded_category_ids"] = multipliers, excluded
        tiers = []
        for row in range(self.tiers.rowCount()):
            name, spend, rate = (self._cell(self.tiers, row, c) for c in range(3))
            if not (name or spend or rate):
                continue  # an empty row added and left
            try:
                tiers.append({"name": name, "min_spend": self.settings.parse_amount(spend or "0"),
                              "earn_bp": parse_rate(rate or "100")})
            except ValueError:
                problems["tiers"] = "tier"
        values["tiers"] = tiers
        return replace(self.rules, **values), problems


class ReservationSection(FormSection):
    def __init__(self, policy: ReservationPolicy, parent=None):
        super().__init__(self.tr("Reservations"), parent)
        self.policy = policy
        self.refund = self.add("refund_deposit_on_cancel", self.tr("Deposit on cancel"),
                               QCheckBox(self.tr("Give the deposit back when a reservation is cancelled")),
                               self.tr("Unticked: the shop keeps the deposit of a cancelled reservation."))
        self.refund.setChecked(policy.refund_deposit_on_cancel)
        self.expire = self.add("expire_after_days", self.tr("Not collected after"), _spin(policy.expire_after_days, 365, self.tr(" days")),
                               self.tr("Days after the pick-up date until an uncollected reservation expires and the goods go back on sale."))

    def collect(self) -> tuple[ReservationPolicy, dict[str, str]]:
        return replace(self.policy, refund_deposit_on_cancel=self.refund.isChecked(),
                       expire_after_days=self.expire.value()), {}
