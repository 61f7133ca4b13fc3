"""The sync status in the till's header: online or offline, changes waiting, last sync, a wrong clock.

A flat button: pressing it opens the server and sync settings. It reads only the service's state
(what the worker last reported) and one indexed count; it never waits for the network.
"""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy

from ui.sync_service import SyncService, SyncState

translate = QCoreApplication.translate
STYLE = ("QPushButton { background: transparent; border: none; padding: 4px 6px; font-size: 13px; color: #f4f1ec; }"
         'QPushButton[role="warning"] { color: #ffd166; font-weight: 600; }'
         'QPushButton[role="error"] { color: #ffffff; background: #b23a48; border-radius: 4px; font-weight: 700; }')


def sync_time(iso_utc: str | None, settings) -> str:
    """When the last sync was, as the shop reads it: a time today, else a date and time."""
    if not iso_utc:
        return translate("sync", "never")
    zone = ZoneInfo(settings.timezone)
    moment = datetime.fromisoformat(iso_utc).astimezone(zone)
    clock = format_time(moment, "short", locale=settings.locale)
    if moment.date() == datetime.now(timezone.utc).astimezone(zone).date():
        return clock
    return f"{format_skeleton('MMMd', moment, locale=settings.locale)} {clock}"


def skew_text(state: SyncState) -> str:
    minutes = round(abs(state.clock_offset_s) / 60)
    if state.clock_offset_s > 0:
        return translate("sync", "This computer's clock is %1 min behind the server: correct its date and time.").replace("%1", str(minutes))
    return translate("sync", "This computer's clock is %1 min ahead of the server: correct its date and time.").replace("%1", str(minutes))


def status_text(state: SyncState, settings) -> tuple[str, str]:
    """One line for the header and its role: "" (all well), "warning" (offline, waiting) or "error" (clock)."""
    waiting = translate("sync", "%1 waiting").replace("%1", str(state.waiting))
    if not state.enrolled:
        return translate("sync", "No server · %1").replace("%1", waiting), "warning" if state.waiting else ""
    if state.busy_elsewhere:
        return translate("sync", "Synced by another Bottega window · %1").replace("%1", waiting), ""
    if state.online:
        text = translate("sync", "Online · %1 · synced %2").replace("%1", waiting).replace("%2", sync_time(state.last_sync, settings))
        role = "warning" if state.refused else ""
    elif state.online is None:
        text, role = translate("sync", "Connecting… · %1").replace("%1", waiting), ""
    elif state.fault:
        text = translate("sync", "Sync failing · %1 · last sync %2").replace("%1", waiting).replace(
            "%2", sync_time(state.last_sync, settings))
        role = "error"
    else:
        text = translate("sync", "Offline · %1 · last sync %2").replace("%1", waiting).replace(
            "%2", sync_time(state.last_sync, settings))
        role = "warning"
    if state.history_percent is not None:
        text = translate("sync", "%1 · shop history %2%").replace("%1", text).replace("%2", str(state.history_percent))
    if state.clock_skewed:
        text = translate("sync", "Clock wrong! %1").replace("%1", text)
        role = "error"
    return text, role


def header_text(state: SyncState, settings) -> tuple[str, str]:
    """The short form for the crowded header: offline, since when; the full line is its tooltip."""
    text, role = status_text(state, settings)
    if not state.enrolled or state.busy_elsewhere or state.online is None:
        return text, role
    waiting = translate("sync", "%1 waiting").replace("%1", str(state.waiting))
    if state.online:
        short = translate("sync", "Online · %1").replace("%1", waiting)
    elif state.fault:
        short = translate("sync", "Sync failing · %1").replace("%1", waiting)
    elif state.last_sync:
        short = translate("sync", "Offline since %1 · %2").replace("%1", sync_time(state.last_sync, settings)).replace("%2", waiting)
    else:
        short = translate("sync", "Offline · %1").replace("%1", waiting)
    if state.history_percent is not None:
        short = translate("sync", "%1 · shop history %2%").replace("%1", short).replace("%2", str(state.history_percent))
    if state.clock_skewed:
        short = translate("sync", "Clock wrong! %1").replace("%1", short)
    return short, role


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
