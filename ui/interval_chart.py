"""Estimates with their 95 % intervals as horizontal bars (pyqtgraph): one row per group, the
control group's interval drawn as a band down the chart, so an overlap is seen at a glance."""
import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

import ui.report_chart  # noqa: F401  (its pyqtgraph set-up: no exit clean-up, and the 3.11 refcount guard)

POINT = QColor("#2a7f74")
CONTROL = QColor("#8d99ae")
BAND = QColor(141, 153, 174, 50)


class IntervalChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("intervalChart")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=False, alpha=0.15)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setTextPen(QColor("#37474f"))
            self.getAxis(axis).setPen(QColor("#b0bec5"))
        self.getAxis("left").setWidth(150)
        self.rows: list[tuple[str, float, float, float]] = []

    def show_intervals(self, rows: list[tuple[str, float, float, float]], control: int | None = None,
                       unit: str = "%") -> None:
        """rows: (label, estimate, low, high) top to bottom, as fractions when `unit` is "%";
        `control` the index of the row whose interval is drawn as the band."""
        self.rows = rows
        self.clear()
        scale = 100.0 if unit == "%" else 1.0
        ys = list(range(len(rows)))[::-1]
        if control is not None:
            _label, _estimate, low, high = rows[control]
            band = pg.LinearRegionItem((low * scale, high * scale), movable=False, brush=BAND, pen=pg.mkPen(None))
            self.addItem(band)
        for y, (n, (_label, estimate, low, high)) in zip(ys, enumerate(rows)):
            colour = CONTROL if n == control else POINT
            x, at = np.array([estimate * scale]), np.array([float(y)])
            self.addItem(pg.ErrorBarItem(x=x, y=at, left=np.array([(estimate - low) * scale]),
                                         right=np.array([(high - estimate) * scale]), beam=0.18,
                                         pen=pg.mkPen(colour, width=2.5)))
            self.addItem(pg.ScatterPlotItem(x=x, y=at, size=11, brush=colour, pen=None))
        self.getAxis("left").setTicks([[(y, row[0]) for y, row in zip(ys, rows)]])
        self.getAxis("bottom").setLabel(unit)
        self.setYRange(-0.6, len(rows) - 0.4, padding=0)
        self.enableAutoRange(axis="x")
