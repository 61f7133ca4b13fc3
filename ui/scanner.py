"""The barcode scanner is a keyboard: this filter makes the till understand it whatever has focus.

Printable keys typed while focus is on something that takes no text (the sale's table, a button)
are sent to the search box, so typing or scanning always lands where the till expects it. A fast
burst ending in Enter inside another text field (scanners type a character every few ms, people
every 100 ms or more) is taken out of that field and reported as a scan. A loyalty card's QR link
(`<server>/c/<code>`, recognised by shop.cards) is reported as a card, and a coupon's
(`<server>/k/<code>`, shop.coupons) as a coupon, wherever it was typed.

Keys go to the widget with the keyboard focus, so the filter is put on each widget of the window
as it takes the focus. (Installed on the whole application it would run Python for every event of
every widget - paints, timers, layouts: measured, about 4 ms of every scan.)
"""
import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QTextEdit, QWidget

from shop.cards import card_code_in
from shop.coupons import coupon_code_in

SCAN_MAX_GAP_S = 0.05
SCAN_MIN_LENGTH = 6
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScannerFilter(QObject):
    scanned = Signal(str)
    card_scanned = Signal(str)  # the code of a scanned loyalty card
    coupon_scanned = Signal(str)  # the code of a scanned coupon

    def __init__(self, window: QWidget, search_box: QLineEdit):
        super().__init__(window)
        self._window = window
        self._search = search_box
        self._burst = ""
        self._last = 0.0
        app = QApplication.instance()
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, _old, new) -> None:
        # A widget keeps the filter once it has had the focus: keys of a burst already on their way
        # to it when the first one moved the focus to the search box are still seen. (Installing
        # twice is harmless: Qt keeps one.)
        if new is not None and self._window.isAncestorOf(new):
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._watching():
            return False
        target = watched
        if target is self._search and event.key() in ENTER_KEYS:
            return self._link_in_search()
        if not isinstance(target, QWidget) or target is self._search or not self._window.isAncestorOf(target):
            return False
        text = event.text()
        now = time.monotonic()
        takes_text = isinstance(target, (QLineEdit, QAbstractSpinBox, QTextEdit))
        if event.key() in ENTER_KEYS:
            if takes_text:
                return self._end_burst(target, now)
            if self._search.text():
                # The end of what was redirected into the search box: finish it there.
                self._search.setFocus()
                QApplication.sendEvent(self._search, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
                return True
            return False
        if not text or not text.isprintable() or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if takes_text:
            self._burst = self._burst + text if now - self._last <= SCAN_MAX_GAP_S else text
            self._last = now
            return False
        # Focus is on something that takes no text: type into the search box instead.
        self._search.setFocus()
        self._search.insert(text)
        self._search.textEdited.emit(self._search.text())
        return True

    def _watching(self) -> bool:
        return self._window.isActiveWindow() and QApplication.activeModalWidget() is None

    def _end_burst(self, focus: QWidget, now: float) -> bool:
        burst, self._burst = self._burst, ""
        if len(burst) < SCAN_MIN_LENGTH or now - self._last > SCAN_MAX_GAP_S or not isinstance(focus, QLineEdit):
            return False
        if focus.text().endswith(burst):
            focus.setText(focus.text()[: -len(burst)])
        if not self._link(burst):
            self.scanned.emit(burst)
        return True

    def _link(self, text: str) -> bool:
        """Report a loyalty card or coupon link; False when the text is neither."""
        for recognise, signal in ((card_code_in, self.card_scanned), (coupon_code_in, self.coupon_scanned)):
            code = recognise(text)
            if code:
                signal.emit(code)
                return True
        return False

    def _link_in_search(self) -> bool:
        """A card or coupon link typed into the search box (directly, or sent there from a table): not a product."""
        text = self._search.text()
        if card_code_in(text) is None and coupon_code_in(text) is None:
            return False
        self._search.clear()
        self._search.textEdited.emit("")
        return self._link(text)
