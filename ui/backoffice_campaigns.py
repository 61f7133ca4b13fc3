"""The back office's campaigns page: try a coupon offer on a segment against a control group, and see
honestly whether it worked.

Left: a new campaign (name, segment and how many are in it, offers A and B, dates) and the list of
campaigns. Right: the chosen campaign's results per group, the "came back" rates with their 95 %
intervals drawn against the control group's, the verdict in words, and each variant's contact list
for a channel (only the customers who consented to it). Reading a segment can take a second or
two on a big shop, so it runs off the UI thread (ui/tasks.py).
"""
from datetime import timedelta
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLineEdit, QListWidget, QListWidgetItem, QTableView, QVBoxLayout, QWidget)
from sqlalchemy import Engine

from shop.campaigns import CONTROL, CampaignSummary, Offer, VariantResult
from shop.cart import AMOUNT, PERCENT
from shop.office.campaigns import CampaignDesk
from shop.settings import ShopSettings
from shop.settings_edit import parse_percent, percent_text
from shop.users import User
from ui.amount_edit import MAX_AMOUNT
from ui.backoffice_customers import shop_today
from ui.messages import message_for
from ui.customer_lists import RowsModel, day_text
from ui.dialog_parts import button, label, side_by_side, style_table
from ui.file_dialogs import ask_save_path
from ui.interval_chart import IntervalChart
from ui.plural import counted
from ui.tasks import run_task

CHANNELS = ("sms", "email", "messaging")


class CampaignsPage(QWidget):
    changed = Signal()  # a campaign was made, or the results redrawn

    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None, today=None):
        super().__init__(parent)
        self.settings = settings
        self.desk = CampaignDesk(engine, user)
        self.today = today or shop_today(settings)
        self.summaries: list[CampaignSummary] = []
        self.results: list[VariantResult] = []
        self.busy = False
        self._asked = 0
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._form())
        left.addWidget(label(self.tr("Campaigns"), "section"))
        self.campaign_list = QListWidget(objectName="campaignList")
        self.campaign_list.currentRowChanged.connect(lambda _row: self.show_results())
        left.addWidget(self.campaign_list, 1)
        layout.addLayout(left, 0)
        layout.addLayout(self._results_side(), 1)
        self.load_campaigns()
        self.count_segment()

    # --- a new campaign ------------------------------------------------------------------------
    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("New campaign"))
        box.setFixedWidth(400)
        form = QFormLayout(box)
        self.name = QLineEdit(objectName="campaignName")
        self.name.setPlaceholderText(self.tr("We miss you"))
        form.addRow(self.tr("Name"), self.name)
        self.segment = QComboBox(objectName="campaignSegment")
        for key, segment in self.desk.segment_choices():
            self.segment.addItem(self.segment_name(key), segment)
        self.segment.currentIndexChanged.connect(lambda _i: self.count_segment())
        form.addRow(self.tr("Segment"), self.segment)
        self.segment_count = label("", "hint", "segmentCount")
        form.addRow("", self.segment_count)
        self.kind_a, self.value_a = self._offer_fields("A", PERCENT, "10")
        form.addRow(self.tr("Offer A"), side_by_side(self.kind_a, self.value_a))
        self.with_b = QCheckBox(self.tr("Offer B"), objectName="campaignWithB")
        self.with_b.setChecked(True)
        self.kind_b, self.value_b = self._offer_fields("B", PERCENT, "20")
        self.with_b.toggled.connect(lambda on: (self.kind_b.setEnabled(on), self.value_b.setEnabled(on)))
        form.addRow(self.with_b, side_by_side(self.kind_b, self.value_b))
        self.valid_from = QDateEdit(self._qdate(self.today), objectName="campaignFrom", calendarPopup=True)
        self.valid_until = QDateEdit(self._qdate(self.today + timedelta(days=13)), objectName="campaignUntil",
                                     calendarPopup=True)
        form.addRow(self.tr("Valid"), side_by_side(self.valid_from, label("–"), self.valid_until))
        form.addRow(label(self.tr("The segment is split at random, once: A, B and a control group that gets "
                                  "nothing, so the results show what the offer itself changed."), "hint", wrap=True))
        self.create_button = button(self.tr("Create campaign"), "createCampaignButton", "primary", self.create, 44)
        form.addRow(self.create_button)
        self.form_error = label("", "error", "campaignError", wrap=True)
        form.addRow(self.form_error)
        return box

    @staticmethod
    def _qdate(day) -> QDate:
        return QDate(day.year, day.month, day.day)

    def _offer_fields(self, variant: str, kind: str, value: str) -> tuple[QComboBox, QLineEdit]:
        kinds = QComboBox(objectName=f"campaignKind{variant}")
        kinds.addItem(self.tr("% off"), PERCENT)
        kinds.addItem(self.tr("amount off"), AMOUNT)
        kinds.setCurrentIndex(0 if kind == PERCENT else 1)
        edit = QLineEdit(value, objectName=f"campaignValue{variant}")
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        return kinds, edit

    def segment_name(self, key: str) -> str:
        names = {"slipping_away": self.tr("Regulars slipping away"), "rfm:champions": self.tr("Champions"),
                 "rfm:loyal": self.tr("Loyal"), "rfm:new": self.tr("New"), "rfm:promising": self.tr("Promising"),
                 "rfm:at_risk": self.tr("At risk"), "rfm:slipping_away": self.tr("Slipping away (RFM)"),
                 "rfm:lost": self.tr("Lost")}
        return names.get(key, key)

    def count_segment(self) -> None:
        """How many are in the chosen segment today (off the UI thread: slipping away reads the history)."""
        self._asked += 1
        asked, segment = self._asked, self.segment.currentData()
        self.busy = True
        self.segment_count.setText(self.tr("Counting…"))

        def shown(n: int) -> None:
            if asked == self._asked:
                self.busy = False
                self.segment_count.setText(counted(self.tr("%n customer(s) today", "", n), n))

        def failed(error: Exception) -> None:
            if asked == self._asked:
                self.busy = False
                self.segment_count.setText(message_for(error, self.settings))

        run_task(self, lambda: self.desk.segment_size(segment, self.today), shown, failed)

    def _offer(self, kinds: QComboBox, edit: QLineEdit) -> Offer:
        """The typed offer; a percentage in basis points, an amount in minor units (ValueError if neither)."""
        if kinds.currentData() == PERCENT:
            return Offer(PERCENT, parse_percent(edit.text()))
        amount = self.settings.parse_amount(edit.text().strip())
        if not 0 < amount <= MAX_AMOUNT:
            raise ValueError(edit.text())
        return Offer(AMOUNT, amount)

    def create(self) -> None:
        try:
            offer_a = self._offer(self.kind_a, self.value_a)
            offer_b = self._offer(self.kind_b, self.value_b) if self.with_b.isChecked() else None
        except ValueError:
            self.form_error.setText(self.tr("Type each offer as a number: 10 for 10 % off, or the amount off."))
            return
        name, segment = self.name.text(), self.segment.currentData()
        start, end = self.valid_from.date().toPython(), self.valid_until.date().toPython()
        self.form_error.setText(self.tr("Drawing the groups and issuing the coupons…"))
        self.create_button.setEnabled(False)
        self.busy = True

        def made(campaign_id: str) -> None:
            self.busy = False
            self.create_button.setEnabled(True)
            self.form_error.setText("")
            self.name.clear()
            self.load_campaigns(campaign_id)

        def refused(error: Exception) -> None:
            self.busy = False
            self.create_button.setEnabled(True)
            self.form_error.setText(message_for(error, self.settings))  # what was typed stays

        run_task(self, lambda: self.desk.create(name, segment, offer_a, offer_b, start, end, self.today), made, refused)

    # --- the list and the results ------------------------------------------------------------
    def load_campaigns(self, select: str | None = None) -> None:
        self.summaries = self.desk.campaigns()
        self.campaign_list.blockSignals(True)
        self.campaign_list.clear()
        for summary in self.summaries:
            members = sum(summary.members.values())
            item = QListWidgetItem(f"{summary.name}\n{day_text(summary.valid_from, self.settings)} – "
                                   f"{day_text(summary.valid_until, self.settings)} · "
                                   + counted(self.tr("%n member(s)", "", members), members))
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.campaign_list.addItem(item)
        self.campaign_list.blockSignals(False)
        ids = [s.id for s in self.summaries]
        if self.summaries:
            self.campaign_list.setCurrentRow(ids.index(select) if select in ids else 0)
        self.show_results()

    def _results_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.title = label("", "title", "campaignTitle")
        side.addWidget(self.title)
        self.model = RowsModel([self.tr("Group"), self.tr("Came back"), self.tr("Coupons used"),
                                self.tr("Revenue"), self.tr("Average basket"), self.tr("Uplift")],
                               {1, 2, 3, 4, 5}, self)
        self.table = QTableView(objectName="campaignResults")
        self.table.setModel(self.model)
        style_table(self.table, 46)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.table)
        self.verdicts = label("", "", "campaignVerdict", wrap=True)
        self.verdicts.setStyleSheet("font-size: 15px;")
        side.addWidget(self.verdicts)
        side.addWidget(label(self.tr("Came back and bought during the offer, with its 95 % interval; the grey band is "
                                     "the control group's."), "hint", wrap=True))
        self.chart = IntervalChart()
        side.addWidget(self.chart, 1)
        export = QHBoxLayout()
        export.addWidget(label(self.tr("Contact list")))
        self.export_variant = QComboBox(objectName="exportVariant")
        self.export_channel = QComboBox(objectName="exportChannel")
        names = {"sms": self.tr("SMS"), "email": self.tr("E-mail"), "messaging": self.tr("Messaging apps")}
        for channel in CHANNELS:
            self.export_channel.addItem(names[channel], channel)
        self.export_button = button(self.tr("Export CSV…"), "exportContactsButton", slot=self.export_contacts, height=40)
        for widget in (self.export_variant, self.export_channel, self.export_button):
            export.addWidget(widget)
        export.addStretch(1)
        side.addLayout(export)
        self.export_result = label("", "hint", "exportResult", wrap=True)
        side.addWidget(self.export_result)
        return side

    def current_id(self) -> str | None:
        item = self.campaign_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def group_name(self, variant: str) -> str:
        return self.tr("Control") if variant == CONTROL else self.tr("Variant %1").replace("%1", variant)

    def offer_text(self, offer: Offer | None) -> str:
        if offer is None:
            return self.tr("no offer")
        if offer.kind == PERCENT:
            return self.tr("%1 % off").replace("%1", percent_text(offer.value))
        return self.tr("%1 off").replace("%1", self.settings.money(offer.value))

    def pct(self, value: float) -> str:
        return format_decimal(round(value * 100, 1), "0.0", locale=self.settings.locale) + " %"

    def span(self, interval, money: bool = False) -> str:
        show = (lambda v: self.settings.money(round(v))) if money else self.pct
        return f"{show(interval.estimate)}\n({show(interval.low)} – {show(interval.high)})"

    def show_results(self) -> None:
        campaign_id = self.current_id()
        has = campaign_id is not None
        self.export_button.setEnabled(has)
        if not has:
            self.title.setText(self.tr("No campaign yet: make the first one on the left."))
            self.model.set_rows([])
            self.verdicts.setText("")
            self.chart.clear()
            return
        summary = next(s for s in self.summaries if s.id == campaign_id)
        self.results = self.desk.results(campaign_id, self.settings.timezone)
        self.title.setText(f"{summary.name} · {day_text(summary.valid_from, self.settings)} – "
                           f"{day_text(summary.valid_until, self.settings)}")
        rows = []
        for r in self.results:
            uplift = "—" if r.uplift is None else self.span_points(r.uplift)
            used = "—" if r.redemption is None else f"{r.redeemed} · {self.span(r.redemption)}"
            per_member = self.tr("%1 per member").replace("%1", self.settings.money(round(r.revenue_per_member.estimate)))
            rows.append([f"{self.group_name(r.variant)} ({r.members})\n{self.offer_text(r.offer)}",
                         f"{r.came} · {self.span(r.came_rate)}", used, f"{self.settings.money(r.revenue)}\n{per_member}",
                         self.span(r.basket, money=True) if r.sales else "—", uplift])
        self.model.set_rows(rows, [r.variant for r in self.results])
        self.table.resizeRowsToContents()
        # Every group in sight, no scrolling: the table is as tall as its rows.
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4 +
                                  sum(self.table.rowHeight(n) for n in range(len(rows))))
        self.verdicts.setText("\n".join(self.verdict_text(r) for r in self.results if r.verdict))
        control = next((n for n, r in enumerate(self.results) if r.variant == CONTROL), None)
        self.chart.show_intervals([(self.group_name(r.variant), r.came_rate.estimate, r.came_rate.low, r.came_rate.high)
                                   for r in self.results], control)
        self.export_variant.clear()
        for r in self.results:
            if r.variant != CONTROL:
                self.export_variant.addItem(self.group_name(r.variant), r.variant)
        self.changed.emit()

    def span_points(self, interval) -> str:
        """A difference of rates in percentage points, signed."""
        sign = lambda v: ("+" if v > 0 else "") + format_decimal(round(v * 100, 1), "0.0", locale=self.settings.locale)  # noqa: E731
        return self.tr("%1 points\n(%2 to %3)").replace("%1", sign(interval.estimate)).replace(
            "%2", sign(interval.low)).replace("%3", sign(interval.high))

    def verdict_text(self, r: VariantResult) -> str:
        group = self.group_name(r.variant)
        if r.verdict == "better":
            return self.tr("%1: more customers came back than without an offer — the intervals are apart.").replace("%1", group)
        if r.verdict == "worse":
            return self.tr("%1: fewer customers came back than without an offer — the intervals are apart.").replace("%1", group)
        return self.tr("%1: not enough data yet — its interval and the control group's overlap, so the "
                       "difference may be chance.").replace("%1", group)

    def export_contacts(self, path: Path | None = None) -> None:
        campaign_id, variant, channel = self.current_id(), self.export_variant.currentData(), self.export_channel.currentData()
        if campaign_id is None or variant is None:
            return
        if path is None:
            path = ask_save_path(self, self.tr("Contact list"), f"campaign-{variant}-{channel}.csv", "CSV (*.csv)")
            if path is None:
                return
        try:
            written = self.desk.export_contacts(path, campaign_id, variant, channel)
        except OSError as error:
            self.export_result.setText(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", error.strerror or str(error)))
            return
        members = next(r.members for r in self.results if r.variant == variant)
        self.export_result.setText(
            counted(self.tr("%n contact(s) written to %1", "", written), written).replace("%1", str(path)) + " " +
            counted(self.tr("(%n left out: no consent for this channel, or no contact).", "", members - written),
                    members - written))


def screenshot_page(engine: Engine, user: User, settings: ShopSettings, size: tuple[int, int]):
    """The page on the shop's newest campaign (ui/campaign_screenshots.py makes one with results)."""
    from PySide6.QtWidgets import QApplication

    from ui.tasks import wait_for_tasks

    page = CampaignsPage(engine, user, settings)
    page.resize(*size)
    page.show()
    wait_for_tasks()
    QApplication.processEvents()
    picture = page.grab()
    page.close()
    page.deleteLater()
    return picture
