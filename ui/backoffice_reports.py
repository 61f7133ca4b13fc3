"""The back office's Reports page: choose a report and a period, see a chart, the numbers one click away.

Each report runs off the UI thread (shop/report_queries.py on the global thread pool, its own
session); a newer request makes an older answer stale, so a slow report never freezes the window
nor overwrites a newer one. The chart draws the comparison period (the previous one, or the same
one last year) faint behind the current one; every table can be saved as CSV.
"""
import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QListWidget, QStackedWidget,
    QTableView, QVBoxLayout, QWidget,
)

from shop.kinds import KG
from shop.office.reports import ReportsDesk
from shop.report_periods import KINDS, custom, period_of
from shop.settings import ShopSettings
from shop.users import User
from ui.dialog_parts import button, label, shop_datetime, style_table
from ui.tasks import run_task, wait_for_tasks
from ui.report_chart import ChartData, ReportChart

PAGES = ("sales", "hours", "products", "categories", "payments", "vat", "cashiers", "refunds", "over_refunds",
         "loyalty", "customers", "pairs")
# What each page runs: the sales page shows the summary's table under the timeline's chart.
RUNS = {"sales": ("timeline", "summary")}


@dataclass
class Table:
    headers: list[str]
    rows: list[list] = field(default_factory=list)  # each cell: (shown text, value written to CSV)


class ReportsPage(QWidget):
    def __init__(self, engine, user: User, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.user, self.settings = user, settings
        self.desk = ReportsDesk(engine, user)
        self.asked = 0  # the number of the newest request; older answers are dropped
        self.result: dict | None = None
        self.busy = False  # a report is being worked out
        self.table = Table([])
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 28, 20)
        root.setSpacing(10)
        root.addWidget(label(self.tr("Reports"), "title", "titleLabel"))
        root.addLayout(self._period_bar())
        body = QHBoxLayout()
        self.pages = QListWidget()
        self.pages.setObjectName("reportList")
        self.pages.setFixedWidth(210)
        for key in PAGES:
            self.pages.addItem(self._title(key))
        self.pages.currentRowChanged.connect(lambda _row: self.refresh())
        body.addWidget(self.pages)
        right = QVBoxLayout()
        self.headline = label("", "section", "headlineLabel", wrap=True)
        right.addWidget(self.headline)
        self.stack = QStackedWidget()
        self.chart = ReportChart()
        self.numbers = QTableView()
        self.numbers.setObjectName("reportTable")
        self.model = QStandardItemModel(self)
        self.numbers.setModel(self.model)
        self.numbers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        style_table(self.numbers, 34)
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.numbers)
        right.addWidget(self.stack, 1)
        actions = QHBoxLayout()
        self.status = label("", "hint", "statusLabel")
        self.toggle_button = button(self.tr("Show the numbers"), "toggleButton", slot=self.toggle, height=40)
        self.export_button = button(self.tr("Save as CSV…"), "exportButton", slot=self.export_csv, height=40)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.toggle_button)
        actions.addWidget(self.export_button)
        right.addLayout(actions)
        body.addLayout(right, 1)
        root.addLayout(body, 1)
        self.pages.setCurrentRow(0)

    # --- the period -------------------------------------------------------------------------
    def _period_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        names = {"day": self.tr("Day"), "week": self.tr("Week"), "month": self.tr("Month"), "year": self.tr("Year"),
                 "custom": self.tr("From… to…")}
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.kind.setCurrentIndex(KINDS.index("month"))
        today = QDate.currentDate()
        self.day = self._date_edit("periodDay", today)
        self.until = self._date_edit("periodUntil", today)
        self.compare = QComboBox()
        self.compare.setObjectName("compareWith")
        self.compare.addItem(self.tr("against the previous period"), "previous")
        self.compare.addItem(self.tr("against the same period last year"), "last_year")
        self.till = QComboBox()
        self.till.setObjectName("tillChoice")
        self.till.addItem(self.tr("Whole shop"), None)
        for till_id in self.desk.tills():
            self.till.addItem(self.tr("Till %1").replace("%1", till_id), till_id)
        for widget in (self.kind, self.compare, self.till):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.until.setVisible(self.kind.currentData() == "custom"))
        self.until.setVisible(False)
        self.back_button = button("◀", "previousPeriodButton", slot=lambda: self.step(-1), height=40)
        self.back_button.setToolTip(self.tr("The period before"))
        self.next_button = button("▶", "nextPeriodButton", slot=lambda: self.step(1), height=40)
        self.next_button.setToolTip(self.tr("The period after"))
        bar.addWidget(self.kind)
        bar.addWidget(self.back_button)
        bar.addWidget(self.day)
        bar.addWidget(self.until)
        bar.addWidget(self.next_button)
        bar.addWidget(self.compare)
        bar.addWidget(self.till)
        bar.addStretch(1)
        return bar

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self.refresh())
        return edit

    def period(self):
        first = self.day.date().toPython()
        kind = self.kind.currentData()
        if kind == "custom":
            last = self.until.date().toPython()
            return custom(min(first, last), max(first, last))
        return period_of(kind, first)

    def set_period(self, kind: str, day: date, until: date | None = None) -> None:
        """Choose a period as the owner would with the controls (one refresh at the end)."""
        for widget in (self.kind, self.day, self.until):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.day.setDate(QDate(day.year, day.month, day.day))
        if until:
            self.until.setDate(QDate(until.year, until.month, until.day))
        self.until.setVisible(kind == "custom")
        for widget in (self.kind, self.day, self.until):
            widget.blockSignals(False)
        self.refresh()

    def step(self, direction: int) -> None:
        """The period before (-1) or after (+1) the one shown, of the same kind and length."""
        period = self.period()
        if direction < 0:
            other = period.previous()
        else:
            after = period.last + timedelta(days=1)
            other = period_of(period.kind, after) if period.kind != "custom" else custom(after, after + timedelta(days=period.days - 1))
        self.set_period(other.kind, other.first, other.last if other.kind == "custom" else None)

    # --- running a report off the UI thread -------------------------------------------------------
    def current_page(self) -> str:
        return PAGES[max(0, self.pages.currentRow())]

    def refresh(self) -> None:
        self.asked += 1
        asked, page, period, till = self.asked, self.current_page(), self.period(), self.till.currentData()
        self.busy = True
        self.status.setText(self.tr("Working it out…"))

        desk, names = self.desk, RUNS.get(page, (page,))
        run_task(self, lambda: desk.run(names, period, till), lambda result: self._arrived(asked, page, result),
                 lambda error: self._failed(asked, error))

    def _failed(self, asked: int, error: Exception) -> None:
        if asked != self.asked:
            return  # the owner asked for something else since
        self.busy = False
        self.status.setText(self.tr("The report could not be made: %1").replace("%1", str(error)))

    def _arrived(self, asked: int, page: str, result) -> None:
        if asked != self.asked:
            return  # the owner asked for something else since
        self.busy = False
        self.result = result
        chart, self.table, headline = getattr(self, f"_view_{page}")(result)
        self.chart.show_data(chart)
        self._fill_table()
        self.headline.setText(headline)
        first = next(iter(result.values()))
        if "period" not in first:  # not a report over a period (over_refunds)
            self.status.setText("")
            return
        self.status.setText(self.tr("%1 to %2, compared with %3 to %4").replace("%1", first["period"]["first"])
                            .replace("%2", first["period"]["last"]).replace("%3", first[self._against() + "_period"]["first"])
                            .replace("%4", first[self._against() + "_period"]["last"]))

    def _against(self) -> str:
        return self.compare.currentData() or "previous"

    def _fill_table(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(self.table.headers)
        for row in self.table.rows:
            items = []
            for shown, _value in row:
                item = QStandardItem(shown)
                if isinstance(_value, (int, float, Decimal)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                items.append(item)
            self.model.appendRow(items)

    def toggle(self) -> None:
        chart = self.stack.currentWidget() is self.chart
        self.stack.setCurrentWidget(self.numbers if chart else self.chart)
        self.toggle_button.setText(self.tr("Show the chart") if chart else self.tr("Show the numbers"))

    def export_csv(self, path: str | None = None) -> str | None:
        """The table as shown, amounts as plain numbers, UTF-8 with a BOM (Excel opens it right)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as CSV"), f"{self.current_page()}.csv", "CSV (*.csv)")
            if not path:
                return None
        with open(path, "w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out)
            writer.writerow(self.table.headers)
            for row in self.table.rows:
                writer.writerow(value for _shown, value in row)
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        return path

    # --- what each report looks like ---------------------------------------------------------------
    def _title(self, key: str) -> str:
        return {"sales": self.tr("Sales"), "hours": self.tr("Hours and weekdays"), "products": self.tr("Products"),
                "categories": self.tr("Categories"), "payments": self.tr("Payments"), "vat": self.tr("VAT rates"),
                "cashiers": self.tr("Staff and discounts"), "refunds": self.tr("Refunds"),
                "over_refunds": self.tr("Over-refunded lines"), "loyalty": self.tr("Points"),
                "customers": self.tr("Customers"), "pairs": self.tr("Bought together")}[key]

    def _amount(self, value: int) -> tuple[str, Decimal]:
        return self.settings.money(value), Decimal(value).scaleb(-self.settings.currency_exponent)

    def _major(self, value: int) -> float:
        return value / 10 ** self.settings.currency_exponent

    @staticmethod
    def _count(value) -> tuple[str, int]:
        return f"{value:,}".replace(",", "\u202f"), value

    @staticmethod
    def _change(now: float, before: float) -> tuple[str, float | str]:
        if not before:
            return "–", ""
        pct = round((now - before) / abs(before) * 100, 1)
        return f"{pct:+.1f} %", pct

    def _compared(self, report: dict):
        return report[self._against()]

    def _bars(self, kind, rows, key, value, money=True) -> ChartData:
        """Bars of `value(row)` per `key(row)` for the current rows, the compared period's matched by key."""
        current, compared = rows
        before = {key(row): value(row) for row in compared}
        scale = self._major if money else float
        return ChartData(kind, [str(key(row)) for row in current], [scale(value(row)) for row in current],
                         [scale(before.get(key(row), 0)) for row in current])

    def _view_sales(self, result):
        line, summary = result["timeline"], result["summary"]
        chart = ChartData("line", [p["key"] for p in line["current"]["points"]],
                          [self._major(p["net"]) for p in line["current"]["points"]],
                          [self._major(p["net"]) for p in self._compared(line)["points"]])
        now, before = summary["current"], self._compared(summary)
        names = [("gross", self.tr("Sales before discounts"), True), ("discounts", self.tr("Discounts"), True),
                 ("refunds", self.tr("Refunds"), True), ("net", self.tr("Net sales (VAT included)"), True),
                 ("vat", self.tr("VAT"), True), ("receipts", self.tr("Receipts"), False),
                 ("average_basket", self.tr("Average basket"), True), ("items_per_basket", self.tr("Items per basket"), False)]
        table = Table([self.tr("Figure"), self.tr("This period"), self.tr("Compared"), self.tr("Change")])
        for key, name, money in names:
            shown = self._amount if money else self._count
            table.rows.append([(name, name), shown(now[key]), shown(before[key]), self._change(now[key], before[key])])
        headline = self.tr("Net sales %1 (%2), %3 receipts").replace("%1", self.settings.money(now["net"])).replace(
            "%2", self._change(now["net"], before["net"])[0]).replace("%3", self._count(now["receipts"])[0])
        return chart, table, headline

    def _view_hours(self, result):
        report = result["hours"]
        now, before = report["current"], self._compared(report)
        chart = self._bars("bar", (now["hours"], before["hours"]), lambda r: r["hour"], lambda r: r["net"])
        days = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"), self.tr("Friday"),
                self.tr("Saturday"), self.tr("Sunday")]
        table = Table([self.tr("Hour or day"), self.tr("Net sales"), self.tr("Receipts"), self.tr("Compared")])
        for row, old in zip(now["hours"], before["hours"]):
            if row["receipts"] or old["receipts"]:
                name = f"{row['hour']:02d}:00"
                table.rows.append([(name, name), self._amount(row["net"]), self._count(row["receipts"]), self._amount(old["net"])])
        for row, old in zip(now["weekdays"], before["weekdays"]):
            name = days[row["weekday"]]
            table.rows.append([(name, name), self._amount(row["net"]), self._count(row["receipts"]), self._amount(old["net"])])
        busiest = max(now["hours"], key=lambda r: r["net"])
        return chart, table, self.tr("Busiest hour: %1:00").replace("%1", f"{busiest['hour']:02d}")

    def _product_table(self, rows, top_label):
        table = Table([self.tr("List"), self.tr("Product"), self.tr("Quantity"), self.tr("Revenue"), self.tr("Baskets"),
                       self.tr("Refunded"), self.tr("Margin")])
        for name, products in rows:
            for p in products:
                qty = p["qty_milli"] / 1000
                shown_qty = f"{qty:.3f} kg" if p["unit"] == KG else f"{qty:g}"
                table.rows.append([(name, name), (p["name"], p["name"]), (shown_qty, qty), self._amount(p["revenue"]),
                                   self._count(p["baskets"]), self._amount(p["refunded"]),
                                   (self.tr("no cost price"), "")])
        return table

    def _view_products(self, result):
        report = result["products"]
        now, before = report["current"], self._compared(report)
        chart = self._bars("hbar", (now["top"][:12], before["top"] + before["bottom"]), lambda r: _short(r["name"]),
                           lambda r: r["revenue"])
        table = self._product_table([(self.tr("Best"), now["top"]), (self.tr("Least"), now["bottom"])], "")
        return chart, table, self.tr("Best sellers by revenue. Margins need a cost price, which products do not have yet.")

    def _view_categories(self, result):
        report = result["categories"]
        now, before = report["current"], self._compared(report)
        none = self.tr("No category")
        chart = self._bars("hbar", (now, before), lambda r: _short(r["category"] or none), lambda r: r["revenue"])
        table = Table([self.tr("Category"), self.tr("Revenue"), self.tr("Net of VAT"), self.tr("Baskets")])
        for row in now:
            name = row["category"] or none
            table.rows.append([(name, name), self._amount(row["revenue"]), self._amount(row["net_of_vat"]),
                               self._count(row["baskets"])])
        return chart, table, ""

    def _method(self, method: str) -> str:
        return {"cash": self.tr("Cash"), "card": self.tr("Card"), "points": self.tr("Points")}.get(method, method)

    def _view_payments(self, result):
        report = result["payments"]
        now, before = report["current"], self._compared(report)
        chart = self._bars("bar", (now, before), lambda r: self._method(r["method"]), lambda r: r["net"])
        table = Table([self.tr("Method"), self.tr("Sales"), self.tr("Refunds"), self.tr("Net"), self.tr("Receipts")])
        for row in now:
            name = self._method(row["method"])
            table.rows.append([(name, name), self._amount(row["sales"]), self._amount(row["refunds"]),
                               self._amount(row["net"]), self._count(row["receipts"])])
        return chart, table, ""

    def _view_vat(self, result):
        report = result["vat"]
        now, before = report["current"], self._compared(report)
        chart = self._bars("bar", (now, before), lambda r: f"{r['rate_bp'] / 100:g} %", lambda r: r["vat"])
        table = Table([self.tr("Rate"), self.tr("Net"), self.tr("VAT"), self.tr("Gross"), self.tr("Of which refunds")])
        for row in now:
            name = f"{row['rate_bp'] / 100:g} %"
            table.rows.append([(name, name), self._amount(row["net"]), self._amount(row["vat"]), self._amount(row["gross"]),
                               self._amount(row["refunds"])])
        return chart, table, ""

    def _view_cashiers(self, result):
        report = result["cashiers"]
        now, before = report["current"], self._compared(report)
        chart = self._bars("bar", (now, before), lambda r: r["name"] or "?", lambda r: r["net"])
        table = Table([self.tr("Person"), self.tr("Receipts"), self.tr("Net sales"), self.tr("Discounts given"),
                       self.tr("Refunds"), self.tr("Refunded receipts")])
        for row in now:
            name = row["name"] or "?"
            table.rows.append([(name, name), self._count(row["receipts"]), self._amount(row["net"]),
                               self._amount(row["discounts"]), self._amount(row["refunds"]), self._count(row["refund_count"])])
        return chart, table, ""

    def _view_refunds(self, result):
        report = result["refunds"]
        now, before = report["current"], self._compared(report)
        chart = self._bars("hbar", (now["reasons"], before["reasons"]), lambda r: _short(r["reason"] or "–"), lambda r: -r["amount"])
        table = Table([self.tr("Reason or product"), self.tr("Refunds"), self.tr("Amount")])
        for row in now["reasons"]:
            table.rows.append([(row["reason"], row["reason"]), self._count(row["count"]), self._amount(row["amount"])])
        for p in now["products"]:
            table.rows.append([(p["name"], p["name"]), (f"{p['refunded_qty_milli'] / 1000:g}", p["refunded_qty_milli"] / 1000),
                               self._amount(p["refunded"])])
        return chart, table, self.tr("Which products come back, and why")

    def _view_over_refunds(self, result):
        """Lines two tills refunded, offline, beyond what was sold: whatever the period, each to be checked."""
        lines = result["over_refunds"]["lines"]
        chart = ChartData("hbar", [_short(f"{o['receipt_number']} {o['name']}") for o in lines],
                          [(o["refunded_milli"] - o["sold_milli"]) / 1000 for o in lines])
        table = Table([self.tr("Receipt"), self.tr("Item"), self.tr("Sold"), self.tr("Refunded"), self.tr("Refunds"),
                       self.tr("Found")])
        for o in lines:
            refunds = " ".join(o["refunds"])
            table.rows.append([(o["receipt_number"], o["receipt_number"]), (o["name"], o["name"]),
                               (f"{o['sold_milli'] / 1000:g}", o["sold_milli"] / 1000),
                               (f"{o['refunded_milli'] / 1000:g}", o["refunded_milli"] / 1000), (refunds, refunds),
                               (shop_datetime(o["found_at"], self.settings), o["found_at"])])
        if not lines:
            return chart, table, self.tr("None: no line was refunded beyond what was sold.")
        return chart, table, self.tr("Lines two tills refunded, while offline, beyond what was sold. Both refunds "
                                     "happened and are kept; check the receipts and the money.")

    def _view_loyalty(self, result):
        report = result["loyalty"]
        now, before = report["current"], self._compared(report)
        keys = [("issued", self.tr("Points given")), ("redeemed", self.tr("Points redeemed")),
                ("expired", self.tr("Points expired")), ("reversed", self.tr("Points taken back"))]
        chart = ChartData("bar", [name for _, name in keys], [float(now[k]) for k, _ in keys],
                          [float(before[k]) for k, _ in keys])
        table = Table([self.tr("Figure"), self.tr("This period"), self.tr("Compared")])
        for key, name in keys + [("outstanding", self.tr("Points outstanding at the end"))]:
            table.rows.append([(name, name), self._count(now[key]), self._count(before[key])])
        name = self.tr("What the outstanding points are worth")
        table.rows.append([(name, name), self._amount(now["liability"]), self._amount(before["liability"])])
        return chart, table, self.tr("Outstanding points are worth %1").replace("%1", self.settings.money(now["liability"]))

    def _view_customers(self, result):
        report = result["customers"]
        now, before = report["current"], self._compared(report)
        chart = ChartData("bar", [self.tr("Members"), self.tr("Everyone else")],
                          [self._major(now["members"]["basket"]), self._major(now["non_members"]["basket"])],
                          [self._major(before["members"]["basket"]), self._major(before["non_members"]["basket"])])
        table = Table([self.tr("Figure"), self.tr("This period"), self.tr("Compared")])
        rows = [(self.tr("Customers who bought"), "customers", False), (self.tr("New customers"), "new", False),
                (self.tr("Returning customers"), "returning", False), (self.tr("Bought more than once"), "repeat", False)]
        for name, key, _ in rows:
            table.rows.append([(name, name), self._count(now[key]), self._count(before[key])])
        for name, key in ((self.tr("Share of receipts with a known customer"), "known_share"),
                          (self.tr("Repeat purchase rate"), "repeat_rate")):
            table.rows.append([(name, name), (f"{now[key] * 100:.1f} %", now[key]), (f"{before[key] * 100:.1f} %", before[key])])
        for group, title in (("members", self.tr("Members")), ("non_members", self.tr("Everyone else"))):
            for key, name in (("visits", self.tr("visits")), ("spend", self.tr("spend")), ("basket", self.tr("average basket"))):
                shown = self._count if key == "visits" else self._amount
                text = f"{title}: {name}"
                table.rows.append([(text, text), shown(now[group][key]), shown(before[group][key])])
        return chart, table, self.tr("Average basket: members against everyone else")

    def _view_pairs(self, result):
        report = result["pairs"]
        now = report["current"]
        chart = ChartData("hbar", [f"{_short(p['a'], 13)} + {_short(p['b'], 13)}" for p in now["pairs"][:12]],
                          [float(p["together"]) for p in now["pairs"][:12]])
        table = Table([self.tr("Product"), self.tr("Bought with"), self.tr("Baskets with both"), self.tr("Lift")])
        for p in now["pairs"]:
            table.rows.append([(p["a"], p["a"]), (p["b"], p["b"]), self._count(p["together"]), (f"{p['lift']:.2f}", p["lift"])])
        return chart, table, self.tr("Pairs among the %1 most bought products; lift 2 means twice as often as chance").replace(
            "%1", str(now["among"]))


def _short(name: str, length: int = 26) -> str:
    """A name that fits beside a bar (the axis leaves out a label too long for it)."""
    return name if len(name) <= length else name[:length - 1].rstrip() + "…"


def screenshot_page(engine, user, settings, size, page: str = "sales"):
    """The page on the demo shop's last full month, `page` shown, once its report has arrived."""
    from PySide6.QtWidgets import QApplication
    page_widget = ReportsPage(engine, user, settings)
    page_widget.resize(*size)
    span = page_widget.desk.sales_span()
    last = span[1].date() if span else date.today()
    page_widget.pages.blockSignals(True)
    page_widget.pages.setCurrentRow(PAGES.index(page))
    page_widget.pages.blockSignals(False)
    page_widget.set_period("month", last.replace(day=1) - timedelta(days=1))  # the last whole month
    page_widget.show()
    from PySide6.QtCore import QCoreApplication, QEvent

    while page_widget.busy:
        wait_for_tasks(50)
        QApplication.processEvents()
    wait_for_tasks()  # an older request's answer, still on its way, lands first
    QApplication.processEvents()
    picture = page_widget.grab()
    # Deleted here, while Qt is whole, not by the interpreter's teardown (which could crash after the save).
    page_widget.close()
    page_widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return picture
