"""A quick key: a favourite product's button, its name fitted on at most two lines.

The grid gives every key the same width whatever the name, so the text is fitted to the width the
button really has (in pixels, in the button's font), on each resize: Korean and Chinese names have
no spaces to wrap at, and a name cut off on both sides cannot be read.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton

PADDING = 22  # the style sheet's padding and the coloured left border


def fit_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int = 2) -> str:
    """`text` broken into lines no wider than `width`: at spaces where possible, anywhere in a long
    word or in CJK text; the last line elided with "…"."""
    lines: list[str] = []
    rest = " ".join(text.split())
    while len(lines) < max_lines - 1 and metrics.horizontalAdvance(rest) > width:
        cut = len(rest)
        while cut > 1 and metrics.horizontalAdvance(rest[:cut]) > width:
            cut -= 1
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0:
            cut = space
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return "\n".join(lines)


class QuickKeyButton(QPushButton):
    def __init__(self, label: str, parent=None):
        super().__init__(parent)
        self.label = label
        self.setToolTip(label)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fitted = fit_lines(self.label, self.fontMetrics(), max(self.width() - PADDING, 20))
        if fitted != self.text():
            self.setText(fitted)
