"""The sync status in the till's header: online or offline, changes waiting, last sync, a wrong clock.

A flat button: pressing it opens the server and sync settings. It reads only the service's state
(what the worker last reported) and one indexed count; it never waits for the network.
"""
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy

from ui.sync_service import SyncService
from ui.sync_texts import header_text, skew_text, status_text

translate = QCoreApplication.translate
STYLE = ("QPushButton { background: transparent; border: none; padding: 4px 6px; font-size: 13px; color: #f4f1ec; }"
         'QPushButton[role="warning"] { color: #ffd166; font-weight: 600; }'
         'QPushButton[role="error"] { color: #ffffff; background: #b23a48; border-radius: 4px; font-weight: 700; }')


class SyncStatusButton(QPushButton):
    """The header's sync line; pressing it opens the sync settings."""

    def __init__(self, till, parent=None):
        super().__init__(parent)
        self.till = till
        self.setObjectName("syncLabel")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(STYLE)
        self.service = SyncService.for_engine(till.engine)
        self.service.changed.connect(self.show_state)
        self.clicked.connect(self.open_settings)
        self.show_state()

    def refresh(self) -> None:
        """Re-count what waits (after a sale) and show it."""
        self.service.refresh()
        self.show_state()

    def show_state(self) -> None:
        state = self.service.state
        text, role = header_text(state, self.till.settings)
        full = status_text(state, self.till.settings)[0]
        tip = "\n".join([full, skew_text(state) if state.clock_skewed else translate("sync", "Server and sync settings")])
        if (text, role, tip) == (self.text(), self.property("role"), self.toolTip()):
            return  # the header ticks every few seconds: no repaint when nothing changed
        self.setText(text)
        self.setToolTip(tip)
        self.setProperty("role", role)
        self.style().unpolish(self)
        self.style().polish(self)

    def open_settings(self) -> None:
        from ui.sync_settings import SyncSettingsDialog

        dialog = SyncSettingsDialog(self.till, self.service, self.window())
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
