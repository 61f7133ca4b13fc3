"""A quick key: a favourite product's button, its name fitted on at most two lines.

The grid gives every key the same width whatever the name, so the text is fitted to the width the
button really has (in pixels, in the button's font), on each resize: Korean and Chinese names have
no spaces to wrap at, and a name cut off on both sides cannot be read.
"""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy

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


def quick_key_grid(keys, money, on_pick) -> QGridLayout:
    """The till's favourites, four to a row, each in its category's colour; `on_pick(product)` on a tap."""
    grid = QGridLayout()
    grid.setSpacing(6)
    for slot, key in enumerate(keys):
        button = QuickKeyButton(key.label)
        button.setObjectName(f"quickKey{key.position}")
        button.setProperty("role", "quick")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ignored width: long product names must never widen the till past the screen.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        button.setMinimumHeight(52)
        color = QColor(key.color)
        button.setStyleSheet(
            f"QPushButton {{ background: {color.lighter(185).name()}; border: 1px solid {color.lighter(130).name()};"
            f" border-left: 6px solid {color.name()}; }}"
        )
        button.setToolTip(f"{key.product.name} – {money(key.product.price)}")
        button.clicked.connect(lambda _=False, product=key.product: on_pick(product))
        grid.addWidget(button, slot // 4, slot % 4)
    return grid
