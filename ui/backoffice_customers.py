"""The back office's customer list: filters that narrow it on each change, each showing how many
customers it alone matches and what share of the takings they bring; saved segments (criteria, so
they update themselves); a tag added to or taken from everyone in the list at once.

The figures of every customer are read once per period (shop/segments.py), then each filter runs
over them in memory: a change on 200,000 customers redraws in milliseconds.
"""
from datetime import date, timedelta

from babel.dates import get_month_names
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLineEdit, QSpinBox,
                               QTableView, QVBoxLayout, QWidget)
from sqlalchemy import Engine

from shop import segments
from shop.office.customers import CustomerDesk
from shop.settings import ShopSettings
from shop.users import User
from ui.customer_lists import SHOWN, RowsModel, customer_cells, size_customer_columns, share_text
from ui.dialog_parts import button, label, style_table
from ui.tasks import run_task

PERIODS = (90, 365, 3650)


def shop_today(settings: ShopSettings) -> date:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(settings.timezone)).date()


class CustomersPage(QWidget):
    loaded = Signal()  # every customer's figures are in and the list is drawn
    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None, today: date | None = None):
        super().__init__(parent)
        self.user, self.settings = user, settings
        self.desk = CustomerDesk(engine, user)
        self.today = today or shop_today(settings)
        self._quiet, self.ready = False, False
        outer = QHBoxLayout(self)
        outer.addWidget(self._filters(), 0)
        outer.addLayout(self._list(), 1)
        self.load()

    # --- layout ------------------------------------------------------------------------------
    def _filters(self) -> QWidget:
        box = QWidget(objectName="segmentFilters")
        box.setMaximumWidth(470)
        form = QFormLayout(box)
        form.setSpacing(6)
        self.counts: dict[str, object] = {}
        self.period = QComboBox(objectName="periodCombo")
        for days, text in zip(PERIODS, (self.tr("Last 90 days"), self.tr("Last 12 months"), self.tr("Last 10 years"))):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.load_and_refresh)
        form.addRow(self.tr("Period"), self.period)
        self.saved = QComboBox(objectName="savedCombo")
        self.saved.activated.connect(self._open_saved)
        form.addRow(self.tr("Saved segment"), self.saved)
        self.tag = QComboBox(objectName="tagFilter", editable=True)
        self.custom_key = QComboBox(objectName="customFieldFilter")
        self.custom_value = QLineEdit(objectName="customValueFilter", placeholderText=self.tr("value contains…"))
        self.tier = QComboBox(objectName="tierFilter")
        self.spend_min = QLineEdit(objectName="spendMinFilter", placeholderText=self.tr("any"))
        self.visits_min = self._spin("visitsMinFilter")
        self.seen_within = self._spin("seenWithinFilter")
        self.not_seen = self._spin("notSeenFilter")
        self.product = QLineEdit(objectName="productFilter", placeholderText=self.tr("name or SKU"))
        self.category = QComboBox(objectName="categoryFilter")
        self.consent = QComboBox(objectName="consentFilter")
        self.month = QComboBox(objectName="birthdayMonthFilter")
        custom = QHBoxLayout()
        custom.addWidget(self.custom_key, 1)
        custom.addWidget(self.custom_value, 1)
        for name, text, widget in (
            ("tag", self.tr("Tag"), self.tag), ("custom_key", self.tr("Custom field"), custom),
            ("tier", self.tr("Tier"), self.tier), ("spend_min", self.tr("Spent at least"), self.spend_min),
            ("visits_min", self.tr("Visits at least"), self.visits_min),
            ("seen_within_days", self.tr("Came in the last … days"), self.seen_within),
            ("not_seen_days", self.tr("Not seen for … days"), self.not_seen),
            ("product_id", self.tr("Bought product"), self.product), ("category_id", self.tr("Bought from category"), self.category),
            ("consent", self.tr("Marketing OK by"), self.consent), ("birthday_month", self.tr("Birthday in"), self.month),
        ):
            count = label("", "hint", f"{name}Count")
            self.counts[name] = count
            form.addRow(text, widget)
            form.addRow("", count)
            count.hide()
        for widget in (self.custom_value, self.spend_min, self.product):
            widget.textChanged.connect(self.refresh)
        self.tag.currentTextChanged.connect(self.refresh)
        for widget in (self.custom_key, self.tier, self.category, self.consent, self.month):
            widget.currentIndexChanged.connect(self.refresh)
        for widget in (self.visits_min, self.seen_within, self.not_seen):
            widget.valueChanged.connect(self.refresh)
        self.error = label("", "error", "filterError", wrap=True)
        form.addRow(self.error)
        return box

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(objectName=name)
        spin.setRange(0, 3650)
        spin.setSpecialValueText(self.tr("any"))
        return spin

    def _list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.summary = label("", "", "segmentSummary")
        self.summary.setStyleSheet("font-size: 17px; font-weight: 700;")
        column.addWidget(self.summary)
        self.model = RowsModel([self.tr("Name"), self.tr("Phone or e-mail"), self.tr("Tier"), self.tr("Spent"),
                                self.tr("Visits"), self.tr("Last visit")], {3, 4}, self)
        self.view = QTableView(objectName="customerTable")
        self.view.setModel(self.model)
        style_table(self.view, 30)
        size_customer_columns(self.view)
        column.addWidget(self.view, 1)
        actions = QHBoxLayout()
        self.tag_edit = QLineEdit(objectName="bulkTagEdit", placeholderText=self.tr("a tag, e.g. restaurant"))
        actions.addWidget(self.tag_edit, 1)
        actions.addWidget(button(self.tr("Add tag to all listed"), "addTagButton", slot=self.add_tag, height=36))
        actions.addWidget(button(self.tr("Remove tag from all listed"), "removeTagButton", slot=self.remove_tag, height=36))
        actions.addWidget(button(self.tr("Save segment…"), "saveSegmentButton", slot=self.save_segment, height=36))
        actions.addWidget(button(self.tr("Customer fields…"), "customFieldsButton", slot=self.edit_fields, height=36))
        column.addLayout(actions)
        self.done = label("", "hint", "bulkResult")
        column.addWidget(self.done)
        return column

    # --- data --------------------------------------------------------------------------------
    def load(self) -> None:
        """Read every customer's figures off the UI thread (a second or two on 200,000); the list fills then."""
        self.ready = False
        self.summary.setText(self.tr("Reading the shop's history…"))
        days, today, desk = self.period.currentData(), self.today, self.desk
        self._asked = asked = getattr(self, "_asked", 0) + 1
        # Only the latest read is shown: a period changed twice quickly must not end on the older answer.
        run_task(self, lambda: desk.customers(today - timedelta(days=days - 1), today, today),
                 lambda result: self._loaded(result) if asked == self._asked else None,
                 lambda error: self._failed(error) if asked == self._asked else None)

    def _failed(self, error: Exception) -> None:
        self.summary.setText(self.tr("The history could not be read: %1").replace("%1", str(error)))

    def _loaded(self, result) -> None:
        self.snapshot = result
        self._fill_lists()
        self.ready = True
        self.refresh()
        self.loaded.emit()

    def _fill_lists(self) -> None:
        """The choices of the filters: tags in use, the owner's fields, tiers, categories, saved segments."""
        choices = self.desk.filter_choices()
        self.fields, rules, self.categories, self.segments = choices.fields, choices.loyalty, choices.categories, choices.segments
        keep = self.tag.currentText()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("")
        self.tag.addItems(segments.all_tags(self.snapshot))
        self.tag.setCurrentText(keep)
        self.tag.blockSignals(False)
        self._fill(self.custom_key, [(self.tr("any"), None)] + [(f.label, f.key) for f in self.fields])
        self._fill(self.tier, [(self.tr("any"), None)] + [(t.name, t.name) for t in rules.tier_list()])
        self._fill(self.category, [(self.tr("any"), None)] + [(c.name, c.id) for c in self.categories])
        self._fill(self.consent, [(self.tr("any"), None), (self.tr("E-mail"), "email"), (self.tr("SMS"), "sms"),
                                  (self.tr("Messaging apps"), "messaging")])
        months = get_month_names("wide", locale=self.settings.locale)
        self._fill(self.month, [(self.tr("any"), None)] + [(months[m], m) for m in range(1, 13)])
        self._fill(self.saved, [("", None)] + [(name, name) for name in sorted(self.segments)])

    def _fill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(keep)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def load_and_refresh(self) -> None:
        self.load()  # refreshes when the figures are in

    def segment(self) -> segments.Segment:
        """The criteria as set on the form (ValueError for an amount that is not one)."""
        spend = self.spend_min.text().strip()
        product_id = None
        if self.product.text().strip():
            found = self.desk.find_product(self.product.text())
            product_id = found.id if found else "-"
            self.counts["product_id"].setToolTip(found.name if found else "")
        return segments.Segment(
            tag=self.tag.currentText().strip() or None, custom_key=self.custom_key.currentData(),
            custom_value=self.custom_value.text().strip() or None, tier=self.tier.currentData(),
            spend_min=self.settings.parse_amount(spend) if spend else None,
            visits_min=self.visits_min.value() or None, seen_within_days=self.seen_within.value() or None,
            not_seen_days=self.not_seen.value() or None, product_id=product_id,
            category_id=self.category.currentData(), consent=self.consent.currentData(),
            birthday_month=self.month.currentData())

    def set_segment(self, segment: segments.Segment) -> None:
        """Put saved criteria on the form (one redraw at the end)."""
        self._quiet = True
        self.tag.setCurrentText(segment.tag or "")
        for combo, value in ((self.custom_key, segment.custom_key), (self.tier, segment.tier),
                             (self.category, segment.category_id), (self.consent, segment.consent),
                             (self.month, segment.birthday_month)):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.custom_value.setText(segment.custom_value or "")
        self.spend_min.setText(self.settings.money(segment.spend_min) if segment.spend_min is not None else "")
        self.visits_min.setValue(segment.visits_min or 0)
        self.seen_within.setValue(segment.seen_within_days or 0)
        self.not_seen.setValue(segment.not_seen_days or 0)
        self.product.setText("")
        self._quiet = False
        self.refresh()

    def refresh(self) -> None:
        if self._quiet or not self.ready:
            return
        try:
            segment = self.segment()
        except ValueError:
            self.error.setText(self.tr("“%1” is not an amount.").replace("%1", self.spend_min.text()))
            return
        self.error.setText("")
        self.mask, alone = self.desk.match(self.snapshot, segment)
        for name, count in self.counts.items():
            match = alone.get(name)
            count.setVisible(match is not None)
            if match is not None:
                count.setText(self.tr("%1 customers · %2 of takings").replace("%1", str(match.count))
                              .replace("%2", share_text(match.share_bp, self.settings.locale)))
        total = segments.measure(self.snapshot, self.mask)
        self.summary.setText(self.tr("%1 customers · %2 spent · %3 of takings")
                             .replace("%1", str(total.count)).replace("%2", self.settings.money(total.spend))
                             .replace("%3", share_text(total.share_bp, self.settings.locale)))
        shown = segments.ranked(self.snapshot, self.mask, SHOWN)
        self.model.set_rows([customer_cells(self.snapshot, i, self.settings) for i in shown],
                            [self.snapshot.ids[i] for i in shown])

    # --- actions -----------------------------------------------------------------------------
    def listed_ids(self) -> list[str]:
        return [self.snapshot.ids[i] for i in segments.ranked(self.snapshot, self.mask)]

    def _bulk(self, add: str = "", remove: str = "") -> None:
        tag = self.tag_edit.text().strip()
        if not tag:
            self.done.setText(self.tr("Type the tag first."))
            return
        changed = self.desk.tag(self.settings.country, self.listed_ids(), add, remove)
        self.done.setText(self.tr("%1 customers changed.").replace("%1", str(changed)))
        self.load_and_refresh()

    def add_tag(self) -> None:
        self._bulk(add=self.tag_edit.text())

    def remove_tag(self) -> None:
        self._bulk(remove=self.tag_edit.text())

    def save_segment(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save segment"), self.tr("Name of the segment"))
            if not ok:
                return
        if not name.strip():
            return
        self.desk.save_segment(name, self.segment())
        self._fill_lists()
        self.saved.setCurrentIndex(max(self.saved.findData(" ".join(name.split())), 0))

    def edit_fields(self) -> None:
        from ui.custom_fields_dialog import CustomFieldsDialog

        dialog = CustomFieldsDialog(self.desk, self)
        if dialog.exec():
            self._fill_lists()

    def _open_saved(self) -> None:
        name = self.saved.currentData()
        if name in self.segments:
            self.set_segment(self.segments[name])


def screenshot_page(engine: Engine, user: User, settings: ShopSettings, size: tuple[int, int]):
    """The list narrowed to SMS-consenting customers who came in the last 90 days."""
    from PySide6.QtWidgets import QApplication

    from PySide6.QtCore import QEventLoop

    page = CustomersPage(engine, user, settings)
    if not page.ready:
        waiting = QEventLoop()
        page.loaded.connect(waiting.quit)
        waiting.exec()
    page.resize(*size)
    page.show()
    page.consent.setCurrentIndex(page.consent.findData("sms"))
    page.seen_within.setValue(90)
    QApplication.processEvents()
    picture = page.grab()
    page.close()
    page.deleteLater()
    return picture
