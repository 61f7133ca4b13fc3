"""The customer card in the till: who is at the counter, at a glance, while the sale goes on.

A compact band above the sale (it never widens the window): name, tier, points and what they
are worth, a birthday this week, contact and marketing consent, what they usually buy, their
notes, and two tabs - their past receipts (open one, start a return from it) and what is put
aside for them. Filled from one `CustomerAtTill` read (shop/customer_view.py).
"""
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_timedelta
from babel.numbers import format_decimal
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QHeaderView, QLabel, QMenu, QSizePolicy, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from shop.cards import format_card_code
from shop.customer_view import CustomerAtTill, RecentSale
from shop.kinds import PERCENT, SALE
from shop.phones import display_phone
from shop.settings import ShopSettings
from ui.dialog_parts import button, label, shop_datetime, style_table

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PANEL_HEIGHT = 236
USUAL_NAME_CHARS = 22
PANEL_STYLE = """
QFrame#customerPanel { background: white; border: 1px solid #d8d2c8; border-left: 6px solid #2a9d8f; border-radius: 10px; }
QFrame#customerPanel QLabel { font-size: 13px; color: #2d3a3a; }
QFrame#customerPanel QLabel#customerName { font-size: 19px; font-weight: 700; }
QFrame#customerPanel QLabel#tierChip { background: #e9f5f3; color: #1b4332; border-radius: 9px; padding: 2px 10px; font-weight: 700; }
QFrame#customerPanel QLabel#birthdayChip { background: #ffe8cc; color: #9c4a00; border-radius: 9px; padding: 2px 10px; font-weight: 700; }
QFrame#customerPanel QLabel#pointsLabel { font-size: 15px; font-weight: 700; color: #1b4332; }
QFrame#customerPanel QLabel#notesLabel { background: #fff8e1; border-radius: 6px; padding: 3px 8px; font-style: italic; }
QFrame#customerPanel QLabel#cardLabel { color: #6b6b6b; font-size: 12px; }
QFrame#customerPanel QLabel#rewardLabel { color: #9c4a00; font-weight: 600; }
QFrame#customerPanel QHeaderView::section { padding: 3px 8px; font-size: 12px; }
QFrame#customerPanel QTableView { font-size: 13px; }
QTabWidget#customerTabs::pane { border: none; }
QTabWidget#customerTabs QTabBar::tab { padding: 4px 14px; font-size: 13px; border: none; border-bottom: 3px solid transparent; color: #6b6b6b; background: transparent; }
QTabWidget#customerTabs QTabBar::tab:selected { border-bottom: 3px solid #2a9d8f; color: #1b4332; font-weight: 700; }
"""


class RecentSalesModel(QAbstractTableModel):
    """The customer's last receipts, newest first; a refund shows as a negative amount."""

    DATE, RECEIPT, TOTAL = range(3)

    def __init__(self, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.sales: list[RecentSale] = []

    def set_sales(self, sales: list[RecentSale]) -> None:
        self.beginResetModel()
        self.sales = list(sales)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sales)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Receipt"), self.tr("Total"))[section]
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.sales)):
            return None
        sale = self.sales[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.DATE:
                return shop_datetime(sale.completed_at, self.settings, "short")
            if index.column() == self.RECEIPT:
                return sale.receipt_number if sale.kind == SALE else self.tr("%1 (refund)").replace("%1", sale.receipt_number)
            return self.settings.money(sale.total)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.TOTAL:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and sale.total < 0:
            return QColor("#a4161a")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Tap to open the receipt")
        return None


class CustomerPanel(QFrame):
    detach_requested = Signal()
    receipt_requested = Signal(str)  # sale id
    coupon_requested = Signal(str)  # coupon code
    action_requested = Signal(str)  # ui/customer_actions.py: edit, usual, card, reissue, adjust, feedback, export, erase

    def __init__(self, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.view: CustomerAtTill | None = None
        self.setObjectName("customerPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.setFixedHeight(PANEL_HEIGHT)
        # Ignored width: a long name or note must never widen the till past the screen.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 8, 10, 8)
        outer.setSpacing(4)
        outer.addLayout(self._header())
        body = QHBoxLayout()
        body.setSpacing(12)
        # Both sides ignore their contents' width, so the 4:6 split holds whatever the texts are.
        facts = QWidget()
        facts.setLayout(self._facts())
        facts.layout().setContentsMargins(0, 0, 0, 0)
        for side in (facts, self._tabs()):
            side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        body.addWidget(facts, 4)
        body.addWidget(self.tabs, 6)
        outer.addLayout(body, 1)

    # --- layout ----------------------------------------------------------------
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.name_label = label("", name="customerName")
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.card_label = label("", "hint", "cardLabel")
        self.tier_chip = label("", name="tierChip")
        self.birthday_chip = label("", name="birthdayChip")
        self.points_label = label("", name="pointsLabel")
        self.points_label.setAlignment(RIGHT)
        self.detach_button = button(self.tr("Remove ✕"), "detachButton", slot=self.detach_requested.emit, height=32)
        self.detach_button.setToolTip(self.tr("Go on with the sale without this customer"))
        self.detach_button.setStyleSheet("padding: 4px 10px; min-height: 0; font-size: 13px;")
        row.addWidget(self.name_label, 1)
        row.addWidget(self.card_label)
        row.addWidget(self.tier_chip)
        row.addWidget(self.birthday_chip)
        row.addSpacing(8)
        row.addWidget(self.points_label)
        row.addWidget(self.more_button())
        row.addWidget(self.detach_button)
        return row

    def more_button(self):
        """What is done for a customer now and then: their card, a points correction, their data."""
        self.menu = QMenu(self)
        self.menu.setObjectName("customerMenu")
        for name, text in (("edit", self.tr("Edit details and consents…")), ("usual", self.tr("Put their usual aside")),
                           ("card", self.tr("Print loyalty card")), ("reissue", self.tr("Replace a lost card")),
                           ("adjust", self.tr("Adjust points…")), ("feedback", self.tr("Take a note (complaint, praise, request)…")),
                           ("export", self.tr("Export their data (JSON + PDF)…")),
                           ("erase", self.tr("Erase this customer…"))):
            action = self.menu.addAction(text)
            action.setObjectName(f"{name}Action")
            action.triggered.connect(lambda _checked=False, name=name: self.action_requested.emit(name))
        more = button(self.tr("More ▾"), "customerMoreButton", height=32)
        more.setToolTip(self.tr("Details and consents, loyalty card, points correction, data export or erasure"))
        more.setStyleSheet("padding: 4px 10px; min-height: 0; font-size: 13px;")
        more.setMenu(self.menu)
        return more

    def _facts(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(3)
        self.contact_label = self._fact("contactLabel")
        self.consent_label = self._fact("consentLabel")
        self.reward_label = self._fact("rewardLabel")
        self.usual_label = self._fact("usualLabel", wrap=True)
        self.visits_label = self._fact("visitsLabel")
        self.notes_label = self._fact("notesLabel", wrap=True)
        reward = QHBoxLayout()
        reward.setSpacing(6)
        reward.addWidget(self.reward_label, 1)
        self.coupon_button = button(self.tr("Use coupon"), "useCouponButton", height=26, slot=self._use_coupon)
        self.coupon_button.setStyleSheet("padding: 2px 8px; min-height: 0; font-size: 12px;")
        reward.addWidget(self.coupon_button)
        column.addWidget(self.contact_label)
        column.addWidget(self.consent_label)
        column.addLayout(reward)
        for widget in (self.usual_label, self.visits_label, self.notes_label):
            column.addWidget(widget)
        column.addStretch(1)
        return column

    def _fact(self, name: str, wrap: bool = False) -> QLabel:
        widget = label("", name=name, wrap=wrap)
        widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        return widget

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customerTabs")
        self.tabs.setDocumentMode(True)
        self.history_model = RecentSalesModel(self.settings, self)
        self.history_view = QTableView()
        self.history_view.setObjectName("historyView")
        self.history_view.setModel(self.history_model)
        style_table(self.history_view, 30)
        self.history_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.history_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner keeps typing into the search box
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(RecentSalesModel.DATE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RecentSalesModel.RECEIPT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecentSalesModel.TOTAL, QHeaderView.ResizeMode.ResizeToContents)
        # One tap opens it: a double tap is hard on a touch screen.
        self.history_view.clicked.connect(lambda index: self.receipt_requested.emit(self.history_model.sales[index.row()].sale_id))
        self.tabs.addTab(self.history_view, self.tr("Receipts"))
        self.reserved = QWidget()
        self.reserved.setObjectName("reservedTab")
        QVBoxLayout(self.reserved).setContentsMargins(0, 4, 0, 0)
        self.tabs.addTab(self.reserved, self.tr("Reserved"))
        return self.tabs

    # --- content ---------------------------------------------------------------
    def money(self, amount: int) -> str:
        return self.settings.money(amount)

    def show_customer(self, view: CustomerAtTill, now: datetime | None = None) -> None:
        self.view = view
        who = view.customer
        locale = self.settings.locale
        self.name_label.setText(who.name)
        self.name_label.setToolTip(who.name)
        self.tier_chip.setText(view.points.tier.name)
        self.tier_chip.setVisible(bool(view.points.tier.name))
        self.birthday_chip.setVisible(view.birthday_this_week)
        if view.birthday_this_week and who.birthday:
            day = format_skeleton("MMMd", who.birthday, locale=locale)  # "26 nov", "11월 26일"
            self.birthday_chip.setText(self.tr("Birthday %1").replace("%1", day))
        self.points_label.setText(self.tr("%1 points · %2").replace("%1", format_decimal(view.points.balance, locale=locale))
                                  .replace("%2", self.money(view.points.value)))
        self.points_label.setToolTip(self.tr("Lifetime points: %1 · spent in the last 12 months: %2")
                                     .replace("%1", format_decimal(view.points.lifetime, locale=locale))
                                     .replace("%2", self.money(view.points.spend_12_months)))
        contact = [display_phone(who.phone, self.settings.country)] if who.phone else []
        contact += [who.email] if who.email else []
        self.contact_label.setText("  ·  ".join(contact) or self.tr("No phone or e-mail"))
        self.contact_label.setToolTip(self.contact_label.text())
        self.consent_label.setText(self._consents(view.consents))
        self.reward_label.setText(self._reward(view))
        self.reward_label.setVisible(bool(self.reward_label.text()))
        self.coupon_button.setVisible(bool(view.coupons))
        names = [name for _id, name, _times in view.usual_products]
        # Three names, each cut short: the line must stay one line on a 1366 px screen.
        short = [name if len(name) <= USUAL_NAME_CHARS else name[:USUAL_NAME_CHARS - 1].rstrip() + "…" for name in names[:3]]
        self.usual_label.setText(self.tr("Usually buys: %1").replace("%1", ", ".join(short)) if names else
                                 self.tr("No purchases yet"))
        usual = next(a for a in self.menu.actions() if a.objectName() == "usualAction")
        usual.setEnabled(bool(view.habits))  # a reservation of what they buy at a rhythm, for the day they are due
        if view.habits:  # a steady rhythm says more than a list: "meatballs every ~7 days, last 9 days ago"
            habit = view.habits[0]
            self.usual_label.setText(self.tr("Usually buys %1 every ~%2 days, last %3 days ago")
                                     .replace("%1", habit.product_name).replace("%2", str(habit.every_days))
                                     .replace("%3", str(habit.days_since(self._shop_day(now)))))
        self.usual_label.setToolTip("\n".join(names))
        self.visits_label.setText(self._visits(view.recent_sales, now or datetime.now(timezone.utc)))
        self.card_label.setText(self.tr("card %1").replace("%1", format_card_code(view.card.code)) if view.card else "")
        self.card_label.setVisible(view.card is not None)
        # Tags lead the notes: both are what the shop wrote about them ("celiac", "restaurant").
        tags = "  ".join(f"#{tag}" for tag in view.tags)
        custom = "  ·  ".join(f"{name}: {value}" for name, value in view.custom)  # the owner's own fields
        self.notes_label.setText("  ·  ".join(part for part in (tags, custom, view.notes.strip()) if part))
        self.notes_label.setVisible(bool(self.notes_label.text()))
        self.history_model.set_sales(view.recent_sales)
        self.tabs.setTabText(0, self.tr("Receipts (%1)").replace("%1", str(len(view.recent_sales))))

    def _shop_day(self, now: datetime | None) -> date:
        """Today in the shop's time zone (what the till calls today)."""
        return (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(self.settings.timezone)).date()

    def _use_coupon(self) -> None:
        if self.view is not None and self.view.coupons:
            self.coupon_requested.emit(self.view.coupons[0].code)

    def _consents(self, consents: dict[str, bool]) -> str:
        words = {"email": self.tr("e-mail"), "sms": self.tr("SMS"), "messaging": self.tr("messaging")}
        given = [words[c] for c in ("email", "sms", "messaging") if consents.get(c)]
        if not given:
            return self.tr("Marketing: no consent given")
        return self.tr("Marketing OK by: %1").replace("%1", ", ".join(given))

    def _reward(self, view: CustomerAtTill) -> str:
        parts = []
        reward = view.birthday_reward
        if reward is not None and reward.kind == "points":
            parts.append(self.tr("Birthday gift: %1 points").replace("%1", str(reward.points)))
        for coupon in view.coupons:
            value = f"{coupon.value / 100:g} %" if coupon.kind == PERCENT else self.money(coupon.value)
            parts.append(self.tr("Coupon %1: %2 off").replace("%1", coupon.code).replace("%2", value))
        return "  ·  ".join(parts)

    def _visits(self, sales: list[RecentSale], now: datetime) -> str:
        visits = [s for s in sales if s.kind == SALE]
        if not visits:
            return self.tr("First visit")
        last = datetime.fromisoformat(visits[0].completed_at)
        ago = format_timedelta(last - now, add_direction=True, locale=self.settings.locale)
        return self.tr("Last visit %1").replace("%1", ago)

    def set_reservations_widget(self, widget: QWidget, count: int) -> None:
        """The reservations list lives in its own module (ui/reservations_view.py); this only hosts it."""
        layout = self.reserved.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None and old is not widget:
                old.deleteLater()
        layout.addWidget(widget)
        self.tabs.setTabText(1, self.tr("Reserved (%1)").replace("%1", str(count)))
