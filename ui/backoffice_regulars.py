"""The back office's regulars page: who brings the takings (ranking and the Pareto curve), RFM
segments in plain words (each a click to its list), birthdays (reward and the contact list of
those who consented), who is slipping away by their own rhythm, and who is due for what they
usually buy."""
from datetime import timedelta
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)
from sqlalchemy import Engine

from shop import birthdays, insight, regulars, segments
from shop.kinds import KG
from shop.office.regulars import RegularsDesk
from shop.settings import ShopSettings
from shop.users import User
from ui.backoffice_customers import shop_today
from ui.customer_lists import SHOWN, RowsModel, customer_cells, size_customer_columns, day_text
from ui.dialog_parts import button, label, style_table
from ui.tasks import run_task


class ParetoChart(QWidget):
    """Share of customers (across) against the share of takings they bring (up), biggest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curve: regulars.ParetoCurve | None = None
        self.setMinimumSize(360, 260)

    def set_curve(self, curve: regulars.ParetoCurve) -> None:
        self.curve = curve
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = 36
        w, h = self.width() - 2 * m, self.height() - 2 * m
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c9c2b8"), 1))
        painter.drawRect(m, m, w, h)
        painter.drawLine(m, m + h, m + w, m)  # every customer bringing the same
        painter.setPen(QColor("#6b6b6b"))
        for k in range(0, 101, 20):
            painter.drawText(m + int(w * k / 100) - 12, m + h + 18, f"{k} %")
            painter.drawText(2, m + h - int(h * k / 100) + 4, f"{k}")
        if self.curve is None:
            return
        point = lambda x, y: QPointF(m + w * x, m + h - h * y)  # noqa: E731
        path = QPainterPath(point(0, 0))
        for x, y in self.curve.points:
            path.lineTo(point(x, y))
        painter.setPen(QPen(QColor("#2a9d8f"), 3))
        painter.drawPath(path)
        top = point(self.curve.top_fraction, self.curve.top_share)
        painter.setPen(QPen(QColor("#e76f51"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(top.x(), m + h), top)
        painter.drawLine(QPointF(m, top.y()), top)


class RegularsPage(QWidget):
    loaded = Signal()  # the history is read and every tab filled
    TABS = ("regulars", "rfm", "birthdays", "slipping", "due", "forecast")

    def __init__(self, engine: Engine, user: User, settings: ShopSettings, parent=None, today=None):
        super().__init__(parent)
        self.user, self.settings = user, settings
        self.desk = RegularsDesk(engine, user, settings.till_id)
        self.today = today or shop_today(settings)
        self.ready = False
        self.tabs = QTabWidget(objectName="regularsTabs")
        outer = QVBoxLayout(self)
        self.status = label("", "hint", "loadStatus")
        self.status.hide()
        outer.addWidget(self.status)
        outer.addWidget(self.tabs)
        self.tabs.addTab(self._ranking_tab(), self.tr("Regulars"))
        self.tabs.addTab(self._rfm_tab(), self.tr("Segments (RFM)"))
        self.tabs.addTab(self._birthdays_tab(), self.tr("Birthdays"))
        self.tabs.addTab(self._slipping_tab(), self.tr("Slipping away"))
        self.tabs.addTab(self._due_tab(), self.tr("Who is due"))
        self.tabs.addTab(self._forecast_tab(), self.tr("Next week"))
        self.load()

    def _table(self, name: str, headers: list[str], right: set[int], stretch: int = 0) -> tuple[QTableView, RowsModel]:
        """A list whose columns fit what they hold, `stretch` taking the rest of the width."""
        model = RowsModel(headers, right, self)
        view = QTableView(objectName=name)
        view.setModel(model)
        style_table(view, 30)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return view, model

    def _customer_headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone or e-mail"), self.tr("Tier"), self.tr("Spent"), self.tr("Visits"),
                self.tr("Last visit")]

    # --- regulars: ranking and Pareto ---------------------------------------------------------
    def _ranking_tab(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        top = QHBoxLayout()
        self.period = QComboBox(objectName="rankPeriod")
        for days, text in ((90, self.tr("Last 90 days")), (365, self.tr("Last 12 months")), (3650, self.tr("Last 10 years"))):
            self.period.addItem(text, days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.load)
        self.rank_by = QComboBox(objectName="rankBy")
        self.rank_by.addItem(self.tr("By spend"), "spend")
        self.rank_by.addItem(self.tr("By visits"), "visits")
        self.rank_by.currentIndexChanged.connect(self._show_ranking)
        top.addWidget(self.period)
        top.addWidget(self.rank_by)
        top.addStretch(1)
        left.addLayout(top)
        self.ranking_view, self.ranking = self._table("rankingTable", self._customer_headers(), {3, 4})
        size_customer_columns(self.ranking_view)
        left.addWidget(self.ranking_view, 1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.pareto_text = label("", "", "paretoText", wrap=True)
        self.pareto_text.setStyleSheet("font-size: 16px; font-weight: 700;")
        self.chart = ParetoChart()
        right.addWidget(self.pareto_text)
        right.addWidget(self.chart, 1)
        layout.addLayout(right, 2)
        return tab

    def _show_ranking(self) -> None:
        if not self.ready and not hasattr(self, "snapshot"):
            return
        shown = segments.ranked(self.snapshot, self.snapshot.spend > 0 if self.rank_by.currentData() == "spend"
                                else self.snapshot.visits > 0, SHOWN, by=self.rank_by.currentData())
        self.ranking.set_rows([customer_cells(self.snapshot, i, self.settings) for i in shown])

    # --- RFM -----------------------------------------------------------------------------------
    def segment_names(self) -> dict[str, str]:
        return {"champions": self.tr("Champions"), "loyal": self.tr("Loyal"), "new": self.tr("New"),
                "promising": self.tr("Promising"), "at_risk": self.tr("At risk"),
                "slipping_away": self.tr("Slipping away"), "lost": self.tr("Lost")}

    def _rfm_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        grid = QGridLayout()
        self.rfm_buttons: dict[str, QPushButton] = {}
        for n, name in enumerate(regulars.RFM_SEGMENTS):
            widget = button("", f"rfm_{name}", slot=lambda name=name: self.show_rfm(name), height=58)
            self.rfm_buttons[name] = widget
            grid.addWidget(widget, n // 4, n % 4)
        layout.addLayout(grid)
        self.rfm_title = label("", "", "rfmTitle")
        layout.addWidget(self.rfm_title)
        self.rfm_view, self.rfm_model = self._table("rfmTable", self._customer_headers(), {3, 4})
        size_customer_columns(self.rfm_view)
        layout.addWidget(self.rfm_view, 1)
        return tab

    def show_rfm(self, name: str) -> None:
        if not hasattr(self, "rfm"):
            return
        shown = segments.ranked(self.snapshot, regulars.rfm_mask(self.rfm, name), SHOWN)
        self.rfm_title.setText(self.segment_names()[name])
        self.rfm_model.set_rows([customer_cells(self.snapshot, i, self.settings) for i in shown],
                                [self.snapshot.ids[i] for i in shown])

    # --- birthdays -----------------------------------------------------------------------------
    def _birthdays_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.span = QComboBox(objectName="birthdaySpan")
        for span, text in (("today", self.tr("Today")), ("week", self.tr("This week")), ("month", self.tr("This month"))):
            self.span.addItem(text, span)
        self.span.setCurrentIndex(1)
        self.span.currentIndexChanged.connect(self.load_birthdays)
        self.channel = QComboBox(objectName="contactChannel")
        for channel, text in (("sms", self.tr("SMS")), ("email", self.tr("E-mail")), ("messaging", self.tr("Messaging apps"))):
            self.channel.addItem(text, channel)
        top.addWidget(self.span)
        top.addStretch(1)
        top.addWidget(button(self.tr("Give the birthday reward"), "rewardButton", "primary", self.give_rewards, 40))
        top.addWidget(self.channel)
        top.addWidget(button(self.tr("Write contact list (CSV)…"), "contactsButton", slot=self.write_contacts, height=40))
        layout.addLayout(top)
        self.birthday_view, self.birthday_model = self._table(
            "birthdayTable", [self.tr("Name"), self.tr("Birthday"), self.tr("Phone"), self.tr("E-mail"), self.tr("SMS OK"),
                              self.tr("E-mail OK"), self.tr("Messaging OK")], set())
        layout.addWidget(self.birthday_view, 1)
        self.birthday_result = label("", "hint", "birthdayResult", wrap=True)
        layout.addWidget(self.birthday_result)
        return tab

    def load_birthdays(self) -> None:
        first, last = birthdays.birthday_window(self.today, self.span.currentData())
        self.people = self.desk.birthdays(first, last)
        yes, no = self.tr("yes"), "—"
        self.birthday_model.set_rows([[p.name, day_text(p.this_year, self.settings), p.phone or "", p.email or "",
                                       yes if p.consents["sms"] else no, yes if p.consents["email"] else no,
                                       yes if p.consents["messaging"] else no] for p in self.people[:SHOWN]],
                                     [p.customer_id for p in self.people[:SHOWN]])

    def give_rewards(self) -> None:
        given = self.desk.give_birthday_rewards(self.people)
        new = sum(1 for _cid, reward in given if reward.new)
        self.birthday_result.setText(self.tr("Birthday reward given to %1 customers (%2 had it already this year).")
                                     .replace("%1", str(new)).replace("%2", str(len(given) - new)))

    def write_contacts(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Contact list"), f"birthdays-{self.channel.currentData()}.csv",
                                                  "CSV (*.csv)")
            if not path:
                return
        count = birthdays.write_contact_csv(Path(path), self.people, self.channel.currentData())
        left_out = len(self.people) - count
        self.birthday_result.setText(self.tr("%1 contacts written to %2; %3 left out (no consent for this channel "
                                             "or no contact).").replace("%1", str(count)).replace("%2", str(path))
                                     .replace("%3", str(left_out)))

    # --- slipping away and due -----------------------------------------------------------------
    def _slipping_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(label(self.tr("Customers who came at least twice, the last time within 180 days, whom the "
                                       "shop's whole history (the BG/NBD model) gives less than an 80 % chance of "
                                       "still being a customer; the biggest spenders first. With too little history: "
                                       "regulars away for more than twice their own usual gap."), "hint", wrap=True))
        self.slipping_view, self.slipping_model = self._table(
            "slippingTable", [self.tr("Name"), self.tr("Usually every"), self.tr("Last visit"), self.tr("Days away"),
                              self.tr("Spent"), self.tr("Still a customer"), self.tr("Visits expected (90 days)")],
            {1, 3, 4, 5, 6})
        layout.addWidget(self.slipping_view, 1)
        return tab

    def _due_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(label(self.tr("Customers who buy a product at a steady rhythm and are due for it this week."),
                               "hint", wrap=True))
        self.due_view, self.due_model = self._table(
            "dueTable", [self.tr("Customer"), self.tr("Product"), self.tr("Usually every"), self.tr("Last bought"),
                         self.tr("Expected")], {2}, stretch=1)
        layout.addWidget(self.due_view, 1)
        row = QHBoxLayout()
        self.due_result = label("", "hint", "dueResult", wrap=True)
        row.addWidget(self.due_result, 1)
        row.addWidget(button(self.tr("Put it aside for them"), "reserveUsualButton", "primary", self.reserve_usual, 40))
        layout.addLayout(row)
        return tab

    def _forecast_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.forecast_text = label("", "", "forecastText", wrap=True)
        layout.addWidget(self.forecast_text)
        self.forecast_view, self.forecast_model = self._table(
            "forecastTable", [self.tr("Product"), self.tr("Category"), self.tr("Expected"), self.tr("Already reserved")],
            {2, 3})
        layout.addWidget(self.forecast_view, 1)
        return tab

    def quantity(self, milli: int, unit: str) -> str:
        """Grams as kilograms for weighed goods, whole pieces otherwise."""
        if unit == KG:
            return f"{format_decimal(round(milli / 1000, 1), locale=self.settings.locale)} kg"
        return format_decimal(round(milli / 1000), locale=self.settings.locale)

    def _show_forecast(self, forecasts, error) -> None:
        self.forecast_model.set_rows([[f.name, f.category, self.quantity(f.expected_milli, f.unit),
                                       self.quantity(f.reserved_milli, f.unit) if f.reserved_milli else ""]
                                      for f in forecasts[:SHOWN]], [f.product_id for f in forecasts[:SHOWN]])
        text = self.tr("What the next 7 days should sell: each product's usual sales on those weekdays over the "
                       "last 8 weeks, adjusted by last year's season, plus what is reserved.")
        if error is not None:
            text += " " + self.tr("Over the last 4 weeks these forecasts were off by %1 of what sold.").replace(
                "%1", f"{format_decimal(round(error * 100), locale=self.settings.locale)} %")
        self.forecast_text.setText(text)

    def reserve_usual(self) -> None:
        """The selected habit becomes a reservation for the day they are expected."""
        row = self.due_view.currentIndex().row()
        if not (0 <= row < len(self.habits)):
            self.due_result.setText(self.tr("Pick a customer in the list first."))
            return
        habit = self.habits[row]
        pickup = self.desk.reserve_usual(habit, self.today)
        self.due_result.setText(self.tr("%1 put aside for %2 on %3.").replace("%1", habit.product_name)
                                .replace("%2", habit.customer_name).replace("%3", day_text(pickup, self.settings)))

    def days_text(self, days: float) -> str:
        return self.tr("%1 days").replace("%1", str(round(days)))

    def load(self) -> None:
        """Read the history off the UI thread (seconds on 200,000 customers); the tabs fill when it is done."""
        self.ready = False
        self.status.setText(self.tr("Reading the shop's history…"))
        self.status.show()
        days, today, desk = self.period.currentData(), self.today, self.desk
        self._asked = asked = getattr(self, "_asked", 0) + 1
        # Only the latest read is shown: a period changed twice quickly must not end on the older answer.
        run_task(self, lambda: desk.figures(today - timedelta(days=days - 1), today),
                 lambda result: self._loaded(result) if asked == self._asked else None,
                 lambda error: self._failed(error) if asked == self._asked else None)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("The history could not be read: %1").replace("%1", str(error)))

    def _loaded(self, figures) -> None:
        self.snapshot, self.rfm, rhythms = figures.snapshot, figures.rfm, figures.rhythms
        self.habits, self.scores = figures.due, figures.scores
        forecasts, error = figures.forecasts, figures.forecast_error
        self._show_forecast(forecasts, error)
        slipping = regulars.slipping_away(rhythms)
        self.status.hide()
        curve = regulars.pareto(self.snapshot)
        self.chart.set_curve(curve)
        self.pareto_text.setText(self.tr("The top 20 % of customers bring %1 of what customers spent.")
                                 .replace("%1", f"{curve.top_share * 100:.0f} %"))
        self._show_ranking()
        names = self.segment_names()
        for name, (count, spend) in regulars.rfm_counts(self.snapshot, self.rfm).items():
            people = self.tr("%1 customers").replace("%1", str(count))
            self.rfm_buttons[name].setText(f"{names[name]}\n{people} · {self.settings.money(spend)}")
        self.show_rfm("champions")
        # The model's list when the history allows a fit; else each regular's own rhythm alone.
        self.rhythms = {r.customer_id: r for r in rhythms}
        if self.scores.params is not None:
            ids = [self.scores.ids[k] for k in insight.slipping(self.scores)][:SHOWN]
        else:
            ids = [r.customer_id for r in slipping][:SHOWN]
        self.slipping_model.set_rows([self._slipping_cells(cid) for cid in ids if cid in self.snapshot.index], ids)
        self.due_model.set_rows([[h.customer_name, h.product_name, self.days_text(h.every_days),
                                  day_text(h.last_bought, self.settings), day_text(h.next_date, self.settings)]
                                 for h in self.habits[:SHOWN]], [h.customer_id for h in self.habits[:SHOWN]])
        self.load_birthdays()
        self.ready = True
        self.loaded.emit()

    def _slipping_cells(self, customer_id: str) -> list[str]:
        """Name, usual gap, last visit, days away, spent, and the model's view: still a customer, visits ahead."""
        i = self.snapshot.index[customer_id]
        k = self.scores.index.get(customer_id)
        rhythm = self.rhythms.get(customer_id)
        known = self.scores.params is not None and k is not None
        alive = f"{self.scores.p_alive[k] * 100:.0f} %" if known else "—"
        ahead = format_decimal(round(float(self.scores.expected_90[k]), 1), locale=self.settings.locale) if known else "—"
        last = self.snapshot.row(i).last_visit
        away = (self.today - last).days if last else 0
        return [self.snapshot.names[i], self.days_text(rhythm.usual_gap_days) if rhythm else "—",
                day_text(last, self.settings), str(away), self.settings.money(int(self.snapshot.spend[i])), alive, ahead]


def screenshot_page(engine: Engine, user: User, settings: ShopSettings, size: tuple[int, int], tab: str = "regulars"):
    from PySide6.QtWidgets import QApplication

    from PySide6.QtCore import QEventLoop

    page = RegularsPage(engine, user, settings)
    if not page.ready:
        waiting = QEventLoop()
        page.loaded.connect(waiting.quit)
        waiting.exec()
    page.resize(*size)
    page.tabs.setCurrentIndex(RegularsPage.TABS.index(tab))
    page.show()
    QApplication.processEvents()
    picture = page.grab()
    page.close()
    page.deleteLater()
    return picture
