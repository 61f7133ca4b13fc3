"""Server and sync settings: where the till syncs, enrolling it, its status, "sync now", signing out.

Reached from the sync line in the till's header. Anyone may look and press Sync now; enrolling
and signing out need a manager. Neither may drop a change that has not reached the server:
while any wait, both are refused (shop/sync_client.py, ChangesWaiting) and the screen says to
sync first or export them to a file, after which signing out is allowed. Enrolling talks to the
server off the UI thread (ui/tasks.py). Errors are worded by ui/sync_texts.py, through message_for.
"""
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QProgressBar

from shop.sync_errors import ChangesWaiting
from shop.users import is_manager
from ui.dialog_parts import TillDialog, button, label, restyle, separator
from ui.printer_setup import SETUP_STYLE
from ui.sync_service import SyncService
from ui.messages import message_for
from ui.sync_texts import skew_text, status_text, sync_time
from ui.tasks import run_task



class SyncSettingsDialog(TillDialog):
    def __init__(self, till, service: SyncService | None = None, parent=None):
        super().__init__(self.tr("Server and sync"),
                         self.tr("This till works on its own and sends its sales, customers and points to the shop's "
                                 "server whenever it is online."), parent=parent, width=620)
        self.setStyleSheet(self.styleSheet() + SETUP_STYLE)
        self.till = till
        self.settings = till.settings
        self.service = service or SyncService.for_engine(till.engine)
        manager = is_manager(till.user)

        self.status = label("", name="syncStatus", wrap=True)
        self.details = label("", "hint", "syncDetails", wrap=True)
        self.sync_button = button(self.tr("Sync now"), "syncNowButton", slot=self.sync_now, height=44)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.sync_button)
        self.body.addLayout(row)
        self.body.addWidget(self.details)
        # A joining till fetches the shop's history newest first while it sells (shop/sync_client.py).
        self.history_bar = QProgressBar(objectName="historyProgress", minimum=0, maximum=100, visible=False)
        self.body.addWidget(self.history_bar)
        self.body.addWidget(label(self.tr("Offline, points can pay only up to the balance this till knows: points "
                                          "earned at another till count here once both tills have synced."),
                                  "hint", "offlinePointsRule", wrap=True))
        self.body.addWidget(separator())

        self.body.addWidget(label(self.tr("Enrol this till"), "section"))
        form = QFormLayout()
        self.url_edit = QLineEdit(objectName="serverUrl", placeholderText="https://server:8470")
        self.code_edit = QLineEdit(objectName="enrolmentCode", placeholderText="XXXX-XXXX-XXXX")
        self.name_edit = QLineEdit(objectName="tillName")
        self.name_edit.setText(self.tr("Till %1").replace("%1", self.settings.till_id))
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("Enrolment code"), self.code_edit)
        form.addRow(self.tr("Till name"), self.name_edit)
        self.body.addLayout(form)
        actions = QHBoxLayout()
        self.enrol_button = button(self.tr("Enrol"), "enrolButton", "primary", self.enrol, height=44)
        self.disconnect_button = button(self.tr("Sign out of the server"), "disconnectButton", slot=self.disconnect, height=44)
        self.export_button = button(self.tr("Export waiting changes and sign out…"), "exportButton",
                                    slot=self.export_and_disconnect, height=44)
        self.export_button.hide()
        for widget in (self.enrol_button, self.disconnect_button, self.export_button):
            widget.setEnabled(manager)
            actions.addWidget(widget)
        actions.addStretch(1)
        self.body.addLayout(actions)
        if not manager:
            self.body.addWidget(label(self.tr("Only a manager can enrol this till or sign it out."), "hint"))
        self.notice = label("", "ok", "syncNotice", wrap=True)
        self.body.addWidget(self.notice)
        self.cancel_button.setText(self.tr("Close (Esc)"))
        # Where to export to; a test replaces it.
        self.choose_export_path = self._choose_export_path
        self._enrolling = False
        self.service.changed.connect(self.show_state)
        self.show_state()

    def confirm(self) -> None:
        if self.code_edit.text().strip():
            self.enrol()

    def show_state(self) -> None:
        state = self.service.refresh()
        text, role = status_text(state, self.settings)
        self.status.setText(text)
        self.status.setProperty("role", {"": "ok", "warning": "warning", "error": "error"}[role])
        restyle(self.status)
        lines = []
        if state.enrolled:
            lines.append(self.tr("Server: %1").replace("%1", state.server_url))
        lines.append(self.tr("Changes waiting to be sent: %1").replace("%1", str(state.waiting)))
        if state.refused:
            lines.append(self.tr("The server refused %1 of them in the last sync; they stay here and are kept.")
                         .replace("%1", str(state.refused)))
        if state.set_aside:
            lines.append(self.tr("%1 records from the server could not be used here and were set aside; the rest synced.")
                         .replace("%1", str(state.set_aside)))
            for record in reversed(state.set_aside_latest):  # the newest first; the log has them all
                lines.append(self.tr("Change %1 (%2): %3").replace("%1", str(record["seq"])).replace(
                    "%2", record["kind"]).replace("%3", record["reason"][:120]))
        if state.history is not None:
            lines.append(self.tr("The shop's history is arriving, newest first: %1 of %2 records. The till works meanwhile.")
                         .replace("%1", str(state.history[0])).replace("%2", str(state.history[1])))
        if state.over_refunds:
            lines.append(self.tr("%1 lines were refunded at two tills beyond what was sold, while offline: see the Z report.")
                         .replace("%1", str(state.over_refunds)))
        lines.append(self.tr("Last successful sync: %1").replace("%1", sync_time(state.last_sync, self.settings)))
        if state.clock_skewed:
            lines.append(skew_text(state))
        if state.busy_elsewhere:
            lines.append(self.tr("Another Bottega window on this computer syncs this shop's data."))
        self.details.setText("\n".join(lines))
        self.history_bar.setVisible(state.history_percent is not None)
        self.history_bar.setValue(state.history_percent or 0)
        self.sync_button.setEnabled(state.enrolled and not self._enrolling)
        if not self.url_edit.text() and state.server_url:
            self.url_edit.setText(state.server_url)
        self.disconnect_button.setVisible(state.enrolled)

    def say(self, text: str) -> None:
        """A good outcome, in the notice line (the error line is for what went wrong)."""
        self.clear_error()
        self.notice.setText(text)

    def sync_now(self) -> None:
        self.clear_error()
        self.service.sync_now()

    def enrol(self) -> None:
        self.notice.clear()
        url, code, name = self.url_edit.text().strip(), self.code_edit.text().strip(), self.name_edit.text().strip()
        if not (url and code and name):
            self.show_error(self.tr("Type the server address, the enrolment code and a name for this till."))
            return
        self.clear_error()
        try:
            self.service.check_can_enrol()
        except ChangesWaiting as error:
            self.show_error(message_for(error, self.settings))
            return
        self._enrolling = True
        self.enrol_button.setEnabled(False)
        self.service.stop()
        engine = self.till.engine
        factory = self.service.http_factory
        run_task(self, lambda: SyncService.enrol_blocking(engine, url, code, name, factory), self._enrolled,
                 self._enrol_failed)

    def _enrol_ended(self) -> None:
        self._enrolling = False
        self.enrol_button.setEnabled(True)
        self.service.restart()

    def _enrol_failed(self, error: Exception) -> None:
        self._enrol_ended()
        self.show_error(message_for(error, self.settings))

    def _enrolled(self, result) -> None:
        self._enrol_ended()
        self.code_edit.clear()
        self.say(self.tr("Enrolled: this till now syncs with %1.").replace("%1", result.server_url))
        self.service.sync_now()

    def disconnect(self) -> None:
        self.clear_error()
        self.notice.clear()
        try:
            self.service.disconnect()
        except ChangesWaiting as error:
            self.show_error(message_for(error, self.settings))
            self.export_button.show()
            return
        self.say(self.tr("This till is no longer connected to a server. Its sales are kept here."))

    def export_and_disconnect(self) -> None:
        path = self.choose_export_path()
        if not path:
            return
        count = self.service.disconnect(export_to=Path(path))
        self.export_button.hide()
        self.say(self.tr("%1 waiting changes were saved to %2; this till is no longer connected to a server.")
                        .replace("%1", str(count)).replace("%2", str(path)))

    def _choose_export_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export waiting changes"),
                                              str(Path.home() / f"bottega-{self.settings.till_id}-waiting.json"), "JSON (*.json)")
        return path


def screenshot_dialog(till, parent=None) -> SyncSettingsDialog:
    """The screen as the owner sees it on a till that lost the network (`bottega screenshot sync`).

    Writes a made-up enrolment into the database, which `bottega screenshot` only ever copies.
    """
    from datetime import datetime, timedelta, timezone

    from shop import screenshot_data

    service = SyncService.for_engine(till.engine)  # made before the enrolment below, so never started
    screenshot_data.made_up_enrolment(till.engine)
    two_hours_ago = datetime.now(timezone.utc) - timedelta(hours=2)
    service.state.online, service.state.last_sync = False, two_hours_ago.isoformat()
    service.refresh()
    service.changed.emit()  # the till's header line too
    QCoreApplication.processEvents()  # its new width laid out before the till is grabbed
    dialog = SyncSettingsDialog(till, service, parent)
    dialog.url_edit.setText("https://bottega.example:8470")
    return dialog
