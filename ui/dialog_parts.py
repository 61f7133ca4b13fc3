"""The frame every till dialog shares: heading, hint, body, inline error, Cancel (Esc) and OK (Enter).

Enter always means the dialog's main action and Esc always cancels, whatever has focus, so buttons
never take focus (no "default button" surprises) and text typed stays where it was typed.
"""
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.messages import message_for

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Qt's own arrow image: Fusion's drop-down button clashes with the style sheet's rounded fields.
DOWN_ARROW = ":/qt-project.org/styles/commonstyle/images/arrow-down-16.png"


# Until the shared style sheet has them: a disabled main button must look disabled.
DIALOG_STYLE = 'QPushButton[role="primary"]:disabled { background: #a9cfc9; border-color: #a9cfc9; color: #eef6f4; }'


def label(text: str = "", role: str = "", name: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def button(text: str, name: str, role: str = "", slot=None, height: int = 52) -> QPushButton:
    """A touch-sized button that never takes focus: keys go on to the field being typed in."""
    widget = QPushButton(text)
    widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setAutoDefault(False)
    widget.setMinimumHeight(height)
    if slot is not None:
        widget.clicked.connect(lambda _checked=False: slot())
    return widget


def restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property (role) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TillDialog(QDialog):
    """Subclasses fill `self.body` and implement `confirm()` (what Enter and the OK button do)."""

    def __init__(self, title: str, hint: str = "", ok_text: str | None = None, parent=None, width: int = 480):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.setStyleSheet(DIALOG_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 22)
        outer.setSpacing(10)
        self.heading = label(title, "title", "titleLabel")
        outer.addWidget(self.heading)
        self.hint = label(hint, "hint", "hintLabel", wrap=True)
        self.hint.setVisible(bool(hint))
        outer.addWidget(self.hint)
        outer.addSpacing(6)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)
        self.error = label("", "error", "errorLabel", wrap=True)
        # One line is always reserved, so a message appearing does not make the dialog jump.
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() + 8)
        outer.addWidget(self.error)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(10)
        self.cancel_button = button(self.tr("Cancel (Esc)"), "cancelButton", slot=self.reject)
        self.cancel_button.setMinimumWidth(140)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addStretch(1)
        self.ok_button = None
        if ok_text:
            self.ok_button = button(ok_text, "okButton", "primary", self.confirm)
            self.ok_button.setMinimumWidth(200)
            self.buttons.addWidget(self.ok_button)
        outer.addLayout(self.buttons)

    def confirm(self) -> None:
        raise NotImplementedError

    def show_error(self, error: Exception | str) -> None:
        self.error.setText(error if isinstance(error, str) else message_for(error, getattr(self, "settings", None)))

    def clear_error(self) -> None:
        self.error.setText("")

    def keyPressEvent(self, event) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.ok_button is None or self.ok_button.isEnabled():
                self.confirm()
            return
        super().keyPressEvent(event)


def reason_combo(name: str, reasons: list[str], placeholder: str) -> QComboBox:
    """An editable list of common reasons: pick one or type your own."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMinimumWidth(300)
    # The field inside an editable combo would otherwise draw a second frame over the combo's.
    combo.setStyleSheet(
        "QComboBox:focus { border: 2px solid #2a9d8f; }"
        "QComboBox QLineEdit { border: none; padding: 0; background: transparent; }"
        "QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 30px; border: none; }"
        f"QComboBox::down-arrow {{ image: url({DOWN_ARROW}); width: 14px; height: 14px; }}"
    )
    combo.addItems(reasons)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(placeholder)
    return combo


def style_table(view: QAbstractItemView, row_height: int = 44) -> None:
    """Rows a finger can hit, no grid, no dotted focus frame, a little air around the text."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setStyleSheet("QTableView { outline: 0; } QTableView::item { padding: 0 10px; }"
                       "QHeaderView::section { padding: 6px 12px; }")
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.horizontalHeader().setHighlightSections(False)


def shop_datetime(iso_utc: str, settings, fmt: str = "medium") -> str:
    """A stored UTC timestamp as the shop reads it: its time zone, its locale."""
    moment = datetime.fromisoformat(iso_utc).astimezone(ZoneInfo(settings.timezone))
    return format_datetime(moment, fmt, locale=settings.locale)


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #e3ddd2; background: #e3ddd2; max-height: 1px; border: none;")
    return line


def side_by_side(*widgets: QWidget) -> QWidget:
    """Widgets in one row without margins, to sit as a single field of a form."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
