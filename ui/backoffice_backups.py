"""The back office's Backups page: where backups go, how many to keep, the last good one, restoring.

The owner or a manager chooses the folder (a USB stick, a network share), how many generations to
keep and when backups run (daily, at shift close); "Back up now" runs one off the UI thread. Every
backup in the folder is listed with what it holds. Only the owner restores: the page shows what the
backup holds and asks first; the app's database connections are closed, the file swapped
(shop/backups.py keeps the current data aside) and then Bottega closes, to be started and signed
into again on the restored data: nothing of the old database lives on in this run.
"""
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLineEdit,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from shop.backup_errors import BackupError
from shop.backup_schedule import BackupSettings
from shop.backups import BackupInfo, NotABackup, check_backup, list_backups, restore
from shop.kinds import OWNER
from shop.office.backups import BackupDesk
from shop.office.shop_settings import ShopSettingsDesk
from shop.settings import ShopSettings
from shop.users import User
from ui.backup_messages import error_text, size_text
from ui.backup_service import BackupService
from ui.dialog_parts import TillDialog, button, label, restyle, shop_datetime, style_table
from ui.printer_setup import SETUP_STYLE
from ui.tasks import run_task

ARROWS = ":/qt-project.org/styles/commonstyle/images/arrow-%s-16.png"
PAGE_STYLE = (SETUP_STYLE + 'QLabel[role="error"] { color: #b23a48; font-weight: 600; }'
              'QSpinBox::up-button, QSpinBox::down-button { width: 30px; border: none; background: transparent; }'
              f'QSpinBox::up-arrow {{ image: url({ARROWS % "up"}); width: 12px; height: 12px; }}'
              f'QSpinBox::down-arrow {{ image: url({ARROWS % "down"}); width: 12px; height: 12px; }}')


class BackupsPage(QWidget):
    restored = Signal(str)  # the backup file the shop's data now comes from; the app must reopen it

    def __init__(self, engine, user: User, settings: ShopSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.setStyleSheet(PAGE_STYLE)
        self.engine = engine  # the app's own, handed back to the backup and sync services after a failed restore
        self.desk = BackupDesk(engine, user, settings.till_id)
        self.user = user
        self.settings = settings
        self.service = BackupService.for_engine(engine)
        self.backups: list[BackupInfo | NotABackup] = []
        self.quit_app = QApplication.quit  # after a restore (tests replace it)
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 28, 20)
        root.setSpacing(12)
        root.addWidget(label(self.tr("Backups"), "title", "titleLabel"))
        root.addWidget(label(self.tr("A copy of all the shop's data (sales, customers, products, settings) in a folder "
                                     "you choose: a USB stick or a network folder, not this computer's own disk. Each "
                                     "copy is checked before it counts. Selling goes on while it is made."),
                             "hint", wrap=True))
        top = QHBoxLayout()
        top.setSpacing(20)
        top.addWidget(self._status_panel(), 1)
        top.addWidget(self._settings_panel(), 1)
        root.addLayout(top)
        root.addWidget(label(self.tr("Backups in the folder"), "section"))
        root.addWidget(self._table(), 1)
        actions = QHBoxLayout()
        self.restore_file_button = button(self.tr("Restore from another file…"), "restoreFileButton", slot=self.restore_other)
        self.restore_button = button(self.tr("Restore this backup…"), "restoreButton", "primary", self.restore_selected)
        for widget in (self.restore_file_button, self.restore_button):
            widget.setEnabled(user.role == OWNER)
            if user.role != OWNER:
                widget.setToolTip(self.tr("Only the owner can restore a backup."))
        self.restore_button.setEnabled(False)
        actions.addWidget(self.restore_file_button)
        actions.addStretch(1)
        actions.addWidget(self.restore_button)
        root.addLayout(actions)
        self.service.changed.connect(self.show_status)
        self.service.finished.connect(self._backup_finished)
        self.show_settings()
        self.show_status()
        self.refresh_list()

    # --- the last backup and "back up now" ------------------------------------------------------
    def _status_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(18, 14, 18, 14)
        box.addWidget(label(self.tr("Last good backup"), "section"))
        self.last_label = label("", name="lastBackupLabel", wrap=True)
        self.last_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.last_label)
        self.warning_label = label("", "warning", "backupWarningLabel", wrap=True)
        box.addWidget(self.warning_label)
        box.addStretch(1)
        row = QHBoxLayout()
        self.progress_label = label("", name="progressLabel")
        row.addWidget(self.progress_label, 1)
        self.backup_button = button(self.tr("Back up now"), "backupNowButton", "primary", self.back_up_now)
        self.backup_button.setMinimumWidth(200)
        row.addWidget(self.backup_button)
        box.addLayout(row)
        return panel

    def show_status(self) -> None:
        state, chosen = self.service.state, self.service.settings
        if state.last_good_at:
            self.last_label.setText(self.tr("%1 · %2 receipts · %3\n%4").replace(
                "%1", shop_datetime(state.last_good_at, self.settings)).replace("%2", str(state.last_good_sales)).replace(
                "%3", size_text(state.last_good_size)).replace("%4", Path(state.last_good_file).name))
            self.last_label.setToolTip(state.last_good_file)
        else:
            self.last_label.setText(self.tr("None yet."))
        kind = self.service.warning()
        texts = {
            "off": self.tr("Backups are off: choose a folder and press Save."),
            "never": self.tr("No backup has been made yet: press Back up now."),
            "stale": self.tr("The last good backup is more than a day old."),
            "failed": self.tr("The last backup failed: %1").replace("%1", error_text(state.last_error, chosen.folder)),
        }
        self.warning_label.setText(texts.get(kind, ""))
        self.warning_label.setProperty("role", "error" if kind == "failed" else "warning")
        restyle(self.warning_label)
        self.warning_label.setVisible(bool(kind))
        running = self.service.running
        self.backup_button.setEnabled(not running and bool(chosen.folder))
        if running:
            self.progress_label.setText(self.tr("Backing up… selling goes on."))

    def back_up_now(self) -> None:
        if self.service.run_now():
            self.show_status()

    def _backup_finished(self, outcome) -> None:
        if isinstance(outcome, Exception):
            self.progress_label.setText("")
        else:
            self.progress_label.setText(self.tr("Backed up and checked: %1").replace("%1", outcome.file.name))
        self.show_status()
        self.refresh_list()

    # --- where and when ---------------------------------------------------------------------------
    def _settings_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("panel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setVerticalSpacing(8)
        grid.addWidget(label(self.tr("Where and when"), "section"), 0, 0, 1, 3)
        grid.addWidget(label(self.tr("Folder")), 1, 0)
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("folderEdit")
        self.folder_edit.setPlaceholderText(self.tr("A USB stick or a network folder"))
        grid.addWidget(self.folder_edit, 1, 1)
        choose = button(self.tr("Choose…"), "chooseFolderButton", slot=self.choose_folder, height=40)
        grid.addWidget(choose, 1, 2)
        grid.addWidget(label(self.tr("Keep")), 2, 0)
        self.generations = QSpinBox()
        self.generations.setObjectName("generationsSpin")
        self.generations.setRange(1, 365)
        self.generations.setSuffix(self.tr(" backups of this till"))
        grid.addWidget(self.generations, 2, 1, 1, 2)
        self.daily = QCheckBox(self.tr("Every day (the first start of the day, and at midnight while open)"))
        self.daily.setObjectName("dailyCheck")
        grid.addWidget(self.daily, 3, 0, 1, 3)
        self.at_close = QCheckBox(self.tr("When a shift is closed"))
        self.at_close.setObjectName("atCloseCheck")
        grid.addWidget(self.at_close, 4, 0, 1, 3)
        row = QHBoxLayout()
        self.settings_error = label("", "error", "settingsError", wrap=True)
        row.addWidget(self.settings_error, 1)
        save = button(self.tr("Save"), "saveSettingsButton", "primary", self.save_settings)
        save.setMinimumWidth(140)
        row.addWidget(save)
        grid.addLayout(row, 5, 0, 1, 3)
        return panel

    def show_settings(self) -> None:
        chosen = self.service.settings
        self.folder_edit.setText(chosen.folder)
        self.generations.setValue(chosen.generations)
        self.daily.setChecked(chosen.daily)
        self.at_close.setChecked(chosen.at_shift_close)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def save_settings(self) -> bool:
        folder = self.folder_edit.text().strip()
        if folder and not Path(folder).is_dir():
            self.settings_error.setText(self.tr("There is no folder %1. Plug in the stick or choose another folder.")
                                        .replace("%1", folder))
            self.folder_edit.setFocus()
            return False
        chosen = BackupSettings(folder=folder, generations=self.generations.value(), daily=self.daily.isChecked(),
                                at_shift_close=self.at_close.isChecked())
        self.desk.change_settings(chosen)
        self.settings_error.setText("")
        self.service.reload()
        self.refresh_list()
        return True

    # --- the backups in the folder, and restoring one ---------------------------------------------
    def _table(self) -> QTableWidget:
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Made at"), self.tr("Shop · till"), self.tr("Last receipt"), self.tr("Receipts"),
            self.tr("Customers"), self.tr("Products"), self.tr("Size"),
        ])
        style_table(self.table, 36)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        return self.table

    def refresh_list(self) -> None:
        folder = self.service.settings.folder
        if not folder:
            self._show_list([])
            return
        run_task(self, lambda: list_backups(folder), self._show_list, self._unlisted)

    def _unlisted(self, error: Exception) -> None:
        if isinstance(error, BackupError):
            self.warning_label.setText(error_text(error))
            self.warning_label.setVisible(True)
        self._show_list([])

    def _show_list(self, found) -> None:
        self.backups = found
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            if isinstance(info, NotABackup):
                cells = [Path(info.file).name, self.tr("Not a readable backup"), "", "", "", "", ""]
            else:
                made = shop_datetime(info.made_at, self.settings, "short") if info.made_at else info.file.name
                cells = [made, f"{info.shop_name} · {info.till_id}", info.last_receipt or "—", str(info.sales + info.refunds),
                         str(info.customers), str(info.products), size_text(info.size)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def screenshot_state(self) -> None:
        """For `bottega screenshot backoffice-backups`: the folder's backups listed now, the newest chosen."""
        folder = self.desk.folder()
        if folder:
            self._show_list(list_backups(Path(folder)))
            self.table.selectRow(0)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return info if isinstance(info, BackupInfo) else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.user.role == OWNER and self.selected_backup() is not None)

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is not None:
            self.restore_file(info.file)

    def restore_other(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Backup to restore"), self.service.settings.folder,
                                              self.tr("Bottega backups (*.db)"))
        if file:
            self.restore_file(Path(file))

    def restore_file(self, file: Path) -> bool:
        """Check the backup, show what it holds, and only on the owner's yes replace the shop's data."""
        if self.user.role != OWNER:
            return False
        try:
            info = check_backup(file)
        except BackupError as error:
            self.progress_label.setText("")
            self.warning_label.setText(error_text(error))
            self.warning_label.setVisible(True)
            return False
        enrolled = ShopSettingsDesk(self.desk.engine, self.user).enrolled()
        dialog = RestoreDialog(info, self.settings, self.desk.database_path(), self, enrolled=enrolled)
        confirmed = dialog.exec()
        dialog.deleteLater()
        if not confirmed:
            return False
        return self._replace(info)

    def _replace(self, info: BackupInfo) -> bool:
        from ui.sync_service import SyncService

        # Nothing of this run may keep the old file open: the sync worker and the backup timer
        # stop, and the engine's pooled connections close (restore() refuses if any is left).
        BackupService.forget(self.engine)
        SyncService.stop_all()
        self.desk.close_connections()
        try:
            done = restore(self.desk.database_path(), info.file, datetime.now(timezone.utc))
        except BackupError as error:
            self.warning_label.setText(error_text(error))
            self.warning_label.setProperty("role", "error")
            restyle(self.warning_label)
            self.warning_label.setVisible(True)
            self.service = BackupService.for_engine(self.engine)
            SyncService.for_engine(self.engine)
            return False
        message = TillDialog(self.tr("Restored"), self.tr(
            "The shop's data now comes from the backup made %1. The data as it was is kept in %2.\n\n"
            "Bottega closes now: start it again and sign in.").replace(
            "%1", shop_datetime(info.made_at, self.settings) if info.made_at else info.file.name).replace(
            "%2", str(done.safety_copy or "")), self.tr("Close Bottega (Enter)"), self)
        message.confirm = message.accept
        message.cancel_button.hide()
        message.exec()
        message.deleteLater()
        self.restored.emit(str(info.file))
        self.quit_app()
        return True


class RestoreDialog(TillDialog):
    """What the backup holds, and what restoring it does, before anything is replaced."""

    def __init__(self, info: BackupInfo, settings: ShopSettings, db_path: Path, parent=None, enrolled: bool = False):
        super().__init__(self.tr("Restore this backup?"), self.tr(
            "Restoring replaces all of the shop's data on this computer with the backup's. Sales made after the "
            "backup are not in it. The data as it is now is kept aside in a safety copy."),
            self.tr("Replace the shop's data (Enter)"), parent, width=640)
        self.setObjectName("restoreDialog")
        made = shop_datetime(info.made_at, settings) if info.made_at else self.tr("unknown")
        last = (self.tr("%1 at %2").replace("%1", info.last_receipt).replace("%2", shop_datetime(info.last_sale_at, settings))
                if info.last_receipt and info.last_sale_at else self.tr("no sales"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        rows = [
            (self.tr("Shop"), f"{info.shop_name} · {info.till_id}"),
            (self.tr("Made at"), made),
            (self.tr("Last receipt"), last),
            (self.tr("Holds"), self.tr("%1 sales, %2 refunds, %3 customers, %4 products").replace(
                "%1", str(info.sales)).replace("%2", str(info.refunds)).replace("%3", str(info.customers)).replace(
                "%4", str(info.products))),
            (self.tr("File"), f"{info.file} ({size_text(info.size)})"),
            (self.tr("Replaces"), str(db_path)),
        ]
        for row, (name, value) in enumerate(rows):
            grid.addWidget(label(name, "section"), row, 0, Qt.AlignmentFlag.AlignTop)
            shown = label(value, name=f"restore{row}", wrap=True)
            grid.addWidget(shown, row, 1)
        self.body.addLayout(grid)
        self.details = rows
        warnings = []
        if (info.shop_name, info.till_id) != (settings.shop_name, settings.till_id):
            warnings.append(self.tr("This backup is of another shop or till (%1 · %2): this computer would become it.")
                            .replace("%1", info.shop_name).replace("%2", info.till_id))
        if enrolled:
            # The server already holds this till's later receipts: a till put back in time would
            # number its next sales again from the backup's last receipt.
            warnings.append(self.tr("This till is connected to a server, which holds the sales made after this "
                                    "backup. After a restore the till would number receipts again from %1: restore "
                                    "a server's till only with help.").replace("%1", info.last_receipt or "1"))
        if warnings:
            self.show_error("\n".join(warnings))

    def confirm(self) -> None:
        self.accept()
