"""A report's chart: pyqtgraph bars or a line, the comparison period drawn faint behind the current one."""
import ctypes
import sys
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtGui import QColor

# pyqtgraph's clean-up at exit walks every object left and deletes Qt items under PySide's feet (the
# run aborts after the last test); the widgets here are deleted by their owners like any other.
pg.setConfigOption("exitCleanup", False)

if sys.version_info < (3, 12):
    # PySide6 6.12 drops references to None and True it never took as graphics items are added,
    # moved and removed (a few per item; a chart has dozens). On Python 3.11, where None, True and
    # False are ordinary objects, their counts reach zero and the interpreter aborts ("none_dealloc",
    # "bool_dealloc"). Python 3.12 made them immortal; give them that standing here, by a count no
    # run can use up. They are never freed either way.
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40

CURRENT = QColor("#2a7f74")
COMPARED = QColor(42, 127, 116, 60)  # the same colour, faint


@dataclass
class ChartData:
    kind: str  # "line" | "bar" | "hbar" (long labels: bars lying down, names on the left)
    labels: list[str]
    current: list[float]
    compared: list[float] = field(default_factory=list)
    unit: str = ""


class ReportChart(pg.PlotWidget):
    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.setObjectName("reportChart")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=False, y=True, alpha=0.15)
        for axis in ("left", "bottom"):
            self.getAxis(axis).setTextPen(QColor("#37474f"))
            self.getAxis(axis).setPen(QColor("#b0bec5"))
        self.data: ChartData | None = None

    def show_data(self, data: ChartData) -> None:
        """Draw `data`; items on the plot afterwards: the compared series first (behind), then the current one."""
        self.data = data
        self.clear()
        n = len(data.labels)
        if data.kind == "line":
            xs = list(range(n))
            if data.compared:  # a longer compared period (31 days against 30) shows its first days only
                self.plot(xs[:len(data.compared)], list(data.compared[:n]), pen=pg.mkPen(COMPARED, width=3), name="compared")
            self.plot(xs, data.current, pen=pg.mkPen(CURRENT, width=2.5), symbol="o" if n <= 40 else None,
                      symbolSize=5, symbolBrush=CURRENT, symbolPen=None, name="current")
            step = max(1, n // 10)
            self.getAxis("bottom").setTicks([[(i, data.labels[i]) for i in range(0, n, step)]])
            self.getAxis("left").setTicks(None)
        else:
            lying = data.kind == "hbar"
            positions = list(range(n))[::-1] if lying else list(range(n))
            if data.compared:
                self.addItem(self._bars(positions, data.compared, 0.8, COMPARED, lying))
            self.addItem(self._bars(positions, data.current, 0.5, CURRENT, lying))
            ticks = [[(p, label) for p, label in zip(positions, data.labels)]]
            self.getAxis("left" if lying else "bottom").setTicks(ticks)
            self.getAxis("bottom" if lying else "left").setTicks(None)
        self.getAxis("left").setWidth(250 if data.kind == "hbar" else 70)
        self.enableAutoRange()

    @staticmethod
    def _bars(positions, values, width, color, lying) -> pg.BarGraphItem:
        if lying:
            return pg.BarGraphItem(x0=0, y=positions, height=width, width=values, brush=color, pen=None)
        return pg.BarGraphItem(x=positions, height=values, width=width, brush=color, pen=None)
