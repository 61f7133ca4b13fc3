"""A PIN pad: a masked field and big number keys; the keyboard's digits, Backspace and Enter work too."""
from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from ui.dialog_parts import ENTER_KEYS, button

MAX_PIN_DIGITS = 8


class PinPad(QWidget):
    submitted = Signal(str)  # Enter or OK with the PIN typed so far
    tick = Signal(int)  # seconds left while disabled by disable_for()
    unlocked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pinPad")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.edit = QLineEdit()
        self.edit.setObjectName("pinEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_PIN_DIGITS}}}"), self.edit))
        self.edit.setPlaceholderText(self.tr("PIN"))
        self.edit.setStyleSheet("font-size: 28px; letter-spacing: 6px; padding: 10px;")
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.keys = {}
        for i, digit in enumerate("123456789"):
            self.keys[digit] = self._key(digit, f"key{digit}", lambda d=digit: self.type_digit(d))
            grid.addWidget(self.keys[digit], i // 3, i % 3)
        self.keys["clear"] = self._key(self.tr("C"), "keyClear", self.clear)
        self.keys["clear"].setToolTip(self.tr("Clear the PIN"))
        self.keys["0"] = self._key("0", "key0", lambda: self.type_digit("0"))
        self.keys["back"] = self._key("⌫", "keyBack", self.edit.backspace)
        self.keys["back"].setToolTip(self.tr("Delete the last digit (Backspace)"))
        for col, name in enumerate(("clear", "0", "back")):
            grid.addWidget(self.keys[name], 3, col)
        self.keys["ok"] = button(self.tr("OK (Enter)"), "keyOk", "primary", self.submit, height=56)
        grid.addWidget(self.keys["ok"], 4, 0, 1, 3)
        layout.addLayout(grid)
        self._seconds_left = 0
        self._timer = QTimer(self, interval=1000, timeout=self._count_down)
        self.setFocusProxy(self.edit)

    def _key(self, text: str, name: str, slot) -> "QWidget":
        key = button(text, name, "key", slot, height=60)
        key.setMinimumWidth(84)
        return key

    # --- typing ----------------------------------------------------------------
    def pin(self) -> str:
        return self.edit.text()

    def type_digit(self, digit: str) -> None:
        if self.edit.isEnabled() and len(self.edit.text()) < MAX_PIN_DIGITS:
            self.edit.insert(digit)
        self.edit.setFocus()

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setFocus()

    def submit(self) -> None:
        if self.edit.isEnabled() and self.edit.text():
            self.submitted.emit(self.edit.text())

    def eventFilter(self, watched, event) -> bool:
        # Enter is the pad's own: handled here so the dialog around it does not see it twice.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS:
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.text().isdigit():
            self.type_digit(event.text())
        elif event.key() == Qt.Key.Key_Backspace:
            self.edit.backspace()
        elif event.key() in ENTER_KEYS:
            self.submit()
        else:
            super().keyPressEvent(event)

    # --- lock-out --------------------------------------------------------------
    def disable_for(self, seconds: int) -> None:
        """Refuse input for `seconds`, emitting tick(seconds_left) each second, then unlocked()."""
        self.edit.clear()
        self._set_input_enabled(False)
        self._seconds_left = max(1, seconds)
        self._timer.start()

    def is_locked(self) -> bool:
        return self._timer.isActive()

    def _count_down(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left > 0:
            self.tick.emit(self._seconds_left)
            return
        self._timer.stop()
        self._set_input_enabled(True)
        self.edit.setFocus()
        self.unlocked.emit()

    def _set_input_enabled(self, enabled: bool) -> None:
        self.edit.setEnabled(enabled)
        for key in self.keys.values():
            key.setEnabled(enabled)
