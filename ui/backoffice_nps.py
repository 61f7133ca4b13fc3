"""The back office's NPS page: the Net Promoter Score month by month with its 95 % interval (pyqtgraph,
like the reports), promoters, passives and detractors, and what the detractors wrote (each also an
open note on the Feedback page). A month with few answers shows a wide interval: that is the point."""
from datetime import date

import numpy as np
import pyqtgraph as pg
from babel.dates import format_date
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from shop.nps import NpsFigure
from shop.office.feedback_desk import FeedbackDesk, NpsView
from ui.customer_lists import RowsModel
from ui.dialog_parts import label, shop_datetime, style_table
from ui.report_chart import CURRENT, COMPARED, ReportChart


def signed(value: float) -> str:
    return f"{value:+.0f}" if round(value) else "0"


class NpsChart(ReportChart):
    """NPS per month as a line, its interval as error bars, and the zero line."""

    def show_months(self, months: list[NpsFigure], locale: str) -> None:
        self.clear()
        xs = list(range(len(months)))
        scores = [m.score or 0.0 for m in months]
        lows = [m.score - m.interval[0] for m in months]
        highs = [m.interval[1] - m.score for m in months]
        self.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(QColor("#b0bec5"), width=1)))
        self.addItem(pg.ErrorBarItem(x=np.array(xs, dtype=float), y=np.array(scores), bottom=np.array(lows),
                                     top=np.array(highs), beam=0.25, pen=pg.mkPen(COMPARED, width=6)))
        self.plot(xs, scores, pen=pg.mkPen(CURRENT, width=2.5), symbol="o", symbolSize=8, symbolBrush=CURRENT, symbolPen=None)
        labels = [format_date(date.fromisoformat(m.period + "-01"), "MMM yy", locale=locale) for m in months]
        self.getAxis("bottom").setTicks([list(zip(xs, labels))])
        self.getAxis("left").setTicks(None)
        self.getAxis("left").setWidth(50)
        self.setYRange(-100, 100, padding=0.02)
        self.setXRange(-0.5, max(len(months) - 0.5, 0.5), padding=0)


class NpsPage(QWidget):
    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.desk = FeedbackDesk(engine, user)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Net Promoter Score"), "title"))
        layout.addWidget(label(self.tr("After a visit, the customer's loyalty page asks once: how likely are you to "
                                       "recommend us, 0 to 10? Promoters answer 9-10, detractors 0-6; the score is "
                                       "% promoters minus % detractors, from -100 to 100. The bars are 95 % intervals: "
                                       "where two months' bars overlap, the change may be chance."), "hint", wrap=True))
        row = QHBoxLayout()
        row.addWidget(self._figures(), 3)
        self.chart = NpsChart()
        self.chart.setMinimumHeight(260)
        row.addWidget(self.chart, 7)
        layout.addLayout(row, 3)
        layout.addWidget(label(self.tr("What the detractors wrote (each is an open note on the Feedback page)"), "subtitle"))
        self.comments = RowsModel([self.tr("When"), self.tr("Score"), self.tr("Customer"), self.tr("Comment")], {1}, self)
        self.comments_table = QTableView()
        self.comments_table.setObjectName("detractorComments")
        self.comments_table.setModel(self.comments)
        style_table(self.comments_table, 34)
        self.comments_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.comments_table, 2)
        self.reload()

    def _figures(self) -> QFrame:
        box = QFrame()
        box.setObjectName("npsFigures")
        grid = QGridLayout(box)
        self.score_label = label("", "title", "npsScore")
        self.score_label.setStyleSheet("font-size: 44px; font-weight: 700; color: #2a7f74;")
        self.interval_label = label("", "hint", "npsInterval", wrap=True)
        self.counts = {}
        grid.addWidget(self.score_label, 0, 0, 1, 2)
        grid.addWidget(self.interval_label, 1, 0, 1, 2)
        for i, (key, text) in enumerate((("promoters", self.tr("Promoters (9-10)")), ("passives", self.tr("Passives (7-8)")),
                                         ("detractors", self.tr("Detractors (0-6)")), ("answers", self.tr("Answers"))), start=2):
            grid.addWidget(label(text), i, 0)
            self.counts[key] = label("", name=f"{key}Count")
            grid.addWidget(self.counts[key], i, 1)
        grid.setRowStretch(6, 1)
        return box

    def reload(self) -> None:
        view: NpsView = self.desk.nps()
        figure = view.overall
        if figure.score is None:
            self.score_label.setText("–")
            self.interval_label.setText(self.tr("No answers yet. They come from the customers' loyalty pages once the "
                                                "till is connected to the server."))
        else:
            low, high = figure.interval
            self.score_label.setText(signed(figure.score))
            self.interval_label.setText(self.tr("95 % interval: %1 to %2").replace("%1", signed(low)).replace("%2", signed(high)))
        for key in self.counts:
            self.counts[key].setText(str(getattr(figure, key)))
        self.chart.show_months(view.months, self.settings.locale)
        self.comments.set_rows([[shop_datetime(c.answered_at, self.settings, "short"), str(c.score), c.customer_name, c.comment]
                                for c in view.comments])
        for column, width in ((0, 140), (1, 70), (2, 180)):
            self.comments_table.setColumnWidth(column, width)
