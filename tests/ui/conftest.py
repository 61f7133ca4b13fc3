"""The real till window on the fixture shop, shown offscreen and active like at the counter."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.style import apply_style
from ui.till_window import TillWindow


@pytest.fixture
def window(qtbot, till, qapp):
    apply_style(qapp)
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def in_dialog(qtbot):
    """Run `handler(dialog)` on the next modal dialog once it is open (dialogs block in exec()).

    A failure inside the handler closes the dialog, so the test fails instead of hanging.
    """
    failures = []

    def schedule(handler):
        def poll():
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            try:
                handler(dialog)
            except BaseException as error:  # noqa: BLE001 - re-raised after the dialog is gone
                failures.append(error)
                dialog.done(0)

        QTimer.singleShot(0, poll)

    yield schedule
    if failures:
        raise failures[0]
