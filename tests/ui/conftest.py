"""The real till window on the fixture shop, shown offscreen and active like at the counter."""
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication

from ui.style import apply_style
from ui.till_window import TillWindow


@pytest.fixture(autouse=True)
def delete_windows(qapp):
    """Delete every window a test leaves behind, so none lives on to the interpreter's exit.

    The till's windows and dialogs connect their buttons to closures over themselves, a reference
    Python's GC cannot see through Qt, so nothing frees them; left to PySide's clean-up at exit
    they are deleted twice and the run aborts after its tests passed (heap corruption).
    pytest-qt's deleteLater() alone is not enough: nothing runs the deferred deletes after the last test.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
