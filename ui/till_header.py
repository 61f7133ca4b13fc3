"""The till's header bar: shop, till and shift, Reprint and Printer buttons, sync status, who is signed in, the clock."""
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from shop import users
from shop.till import Till


translate = QCoreApplication.translate  # the strings keep the till window's translation context


class TillHeader(QWidget):
    def __init__(self, till: Till, reprint, printer_setup, parent=None, back_office=None):
        super().__init__(parent)
        self.till = till
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedHeight(52)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 16, 0)
        with_office = back_office is not None and users.is_manager(till.user)  # a cashier never sees it
        # One more button must still fit a 1366 px screen in every language: a little less air then.
        gap, self._padding = (14, 8) if with_office else (24, 12)
        self.shop_name_label = QLabel(till.settings.shop_name)
        self.shop_name_label.setObjectName("shopName")
        layout.addWidget(self.shop_name_label)
        layout.addSpacing(gap)
        self.shift_label = QLabel()
        self.shift_label.setObjectName("shiftLabel")
        layout.addWidget(self.shift_label)
        layout.addStretch(1)
        # F9 on a button too: a touch-only till must reach a kept receipt the status line tells about.
        self.reprint_button = self._button(translate("TillWindow", "Reprint  F9"), reprint, "reprintButton")
        self.printer_button = self._button(translate("TillWindow", "Printer  Ctrl+P"), printer_setup, "printerButton")
        layout.addWidget(self.reprint_button)
        layout.addSpacing(8)
        layout.addWidget(self.printer_button)
        self.back_office_button = None
        if with_office:
            self.back_office_button = self._button(translate("TillWindow", "Back office  Ctrl+B"), back_office,
                                                   "backOfficeButton")
            layout.addSpacing(8)
            layout.addWidget(self.back_office_button)
        layout.addSpacing(gap)
        from ui.sync_status import SyncStatusButton

        self.sync_label = SyncStatusButton(till, self)  # online/offline, waiting, last sync; opens the settings
        layout.addWidget(self.sync_label)
        # Says nothing while backups are fine; warns when the last failed or none is recent.
        from ui.backup_service import BackupService

        self.backups = BackupService.for_engine(till.engine)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("backupWarning")
        self.backup_label.hide()
        layout.addSpacing(12)
        layout.addWidget(self.backup_label)
        self.backups.changed.connect(self.show_backup_state)
        # Sales the fiscal register (RT) has not confirmed: hidden while there are none.
        self.fiscal_label = QLabel()
        self.fiscal_label.setObjectName("fiscalWarning")
        self.fiscal_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.fiscal_label.hide()
        layout.addSpacing(12)
        layout.addWidget(self.fiscal_label)
        layout.addSpacing(gap)
        roles = {"cashier": translate("TillWindow", "Cashier"), "manager": translate("TillWindow", "Manager"),
                 "owner": translate("TillWindow", "Owner")}
        user = QLabel(f"{till.user.name} · {roles.get(till.user.role, till.user.role)}")
        user.setObjectName("userLabel")
        layout.addWidget(user)
        layout.addSpacing(gap)
        self.clock_label = QLabel()
        layout.addWidget(self.clock_label)

    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys keep going to the search box
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setStyleSheet("QPushButton { background: transparent; color: #f4f1ec; border: 1px solid #6b7b7b;"
                             f" padding: 4px {self._padding}px; font-size: 13px; }}")
        button.clicked.connect(lambda _=False: slot())
        return button

    def show_state(self) -> None:
        """The shop's name, the shift, what waits to sync and the time, as they are now."""
        settings = self.till.settings
        self.shop_name_label.setText(settings.shop_name)
        if self.till.shift:
            text = translate("TillWindow", "Till %1 · shift open")
        else:
            text = translate("TillWindow", "Till %1 · no shift open")
        self.shift_label.setText(text.replace("%1", settings.till_id))
        self.sync_label.refresh()
        self.show_backup_state()
        self.show_fiscal_state()
        # The shop's wall clock, not the machine's (a till's OS is often left on UTC), in the
        # order its language writes a date ("lun 23 nov", "11월 23일 (월)").
        now = datetime.now(ZoneInfo(settings.timezone))
        self.clock_label.setText(f"{format_skeleton('MMMEd', now, locale=settings.locale)}  "
                                 f"{format_time(now, 'short', locale=settings.locale)}")

    def show_fiscal_state(self) -> None:
        from shop import fiscal

        waiting = len(fiscal.open_jobs(self.till.engine, self.till.till_id))
        self.fiscal_label.setVisible(waiting > 0)
        self.fiscal_label.setText(translate("TillWindow", "Not yet fiscal (RT): %1").replace("%1", str(waiting)))

    def show_backup_state(self) -> None:
        from shop.users import is_manager
        from ui.backup_messages import error_text, header_warning

        text, role = header_warning(self.backups, self.till.settings, is_manager(self.till.user),
                                    self.sync_label.service.state.enrolled)
        self.backup_label.setVisible(bool(text))
        self.backup_label.setText(text)
        colours = {"error": "color: #ffffff; background: #b23a48; border-radius: 4px; padding: 4px 6px; font-weight: 700;",
                   "warning": "color: #ffd166; font-weight: 600;"}
        self.backup_label.setStyleSheet(colours.get(role, ""))
        state = self.backups.state
        self.backup_label.setToolTip(error_text(state.last_error, self.backups.settings.folder) if state.last_error else "")
