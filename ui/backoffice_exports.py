"""Back office: the accountant's exports, and "Month for my accountant" in one press.

The owner picks a period (this month, last month or any days) and the formats; the export runs off
the UI thread (shop/exports/bundle.py) with a progress bar and Cancel, into a new folder of its own
under the chosen place, with a zip beside the files, and the folder opens when it is done. Nothing
is sent anywhere. A manager's export leaves out the customer ids (personal data); a cashier cannot
export.
"""
import threading
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QProgressBar,
                               QVBoxLayout, QWidget)

from printers.export_pdf import write_pdf
from shop.errors import NotAllowed
from shop.exports import errors as e
from shop.exports.bundle import ExportResult, may_export, with_personal_data
from shop.exports.period import Period, last_month, this_month
from shop.exports.tables import rate_text
from shop.office.exports import Exports
from ui.dialog_parts import DIALOG_STYLE, button, label
from ui.messages import message_for
from ui.tasks import run_task, wait_for_tasks

THIS_MONTH, LAST_MONTH, CUSTOM = range(3)


class _Progress(QObject):
    """Carries the export's progress to the UI thread (a queued signal); its end comes through ui.tasks."""

    progress = Signal(int, int)


def _fill(text: str, *values) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


class ExportsPage(QWidget):
    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
        self.user, self.settings = user, settings
        self.desk = Exports(engine, user)
        self.base_folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                                or Path.home()) / "Bottega"
        self.open_folder = lambda folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        self.result: ExportResult | None = None
        self._cancel: threading.Event | None = None
        self.setStyleSheet(DIALOG_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 22)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("Exports for the accountant"), "title", "titleLabel"))
        outer.addWidget(label(self.tr("The sales journal, VAT per day and rate, payments, refunds, cash movements, "
                                      "discounts and the Z reports of a period, as spreadsheets, an Excel workbook and a "
                                      "PDF summary, in one new folder with a zip of them. Nothing is sent: you attach the "
                                      "zip to your e-mail."), "hint", "hintLabel", wrap=True))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(label(self.tr("Period")), 0, 0)
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        self.period_combo.addItems([self.tr("This month"), self.tr("Last month"), self.tr("Choose the days")])
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        grid.addWidget(self.period_combo, 0, 1)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.from_edit, "fromEdit"), (self.to_edit, "toEdit")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        grid.addWidget(label(self.tr("From")), 0, 2)
        grid.addWidget(self.from_edit, 0, 3)
        grid.addWidget(label(self.tr("To")), 0, 4)
        grid.addWidget(self.to_edit, 0, 5)
        grid.addWidget(label(self.tr("Formats")), 1, 0)
        formats = QHBoxLayout()
        self.format_boxes = {}
        for key, text in (("csv", self.tr("Spreadsheets (CSV)")), ("xlsx", self.tr("Excel workbook (XLSX)")),
                          ("pdf", self.tr("PDF summary"))):
            box = QCheckBox(text)
            box.setObjectName(f"{key}Box")
            box.setChecked(True)
            self.format_boxes[key] = box
            formats.addWidget(box)
        formats.addStretch(1)
        grid.addLayout(formats, 1, 1, 1, 5)
        grid.addWidget(label(self.tr("Save in")), 2, 0)
        self.folder_label = label(str(self.base_folder), "hint", "folderLabel")
        grid.addWidget(self.folder_label, 2, 1, 1, 5)
        self.folder_button = button(self.tr("Choose folder…"), "folderButton", slot=self.choose_folder, height=36)
        grid.addWidget(self.folder_button, 2, 6)
        grid.setColumnStretch(7, 1)
        self.period_combo.setMinimumWidth(260)
        outer.addLayout(grid)
        self.privacy = label("", "hint", "privacyLabel", wrap=True)
        outer.addWidget(self.privacy)
        actions = QHBoxLayout()
        self.export_button = button(self.tr("Export"), "exportButton", slot=self.export, height=48)
        self.month_button = button(self.tr("Month for my accountant"), "monthButton", "primary", self.month_for_accountant,
                                   height=48)
        self.month_button.setMinimumWidth(300)
        self.cancel_button = button(self.tr("Cancel"), "cancelButton", slot=self.cancel, height=48)
        self.cancel_button.setEnabled(False)
        actions.addWidget(self.export_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.month_button)
        outer.addLayout(actions)
        self.progress = QProgressBar()
        self.progress.setObjectName("progressBar")
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        done_row = QHBoxLayout()
        self.status = label("", name="statusLabel", wrap=True)
        done_row.addWidget(self.status, 1)
        self.open_button = button(self.tr("Open the folder"), "openButton", slot=self._open_result, height=40)
        self.open_button.setVisible(False)
        done_row.addWidget(self.open_button)
        outer.addLayout(done_row)
        self.error = label("", "error", "errorLabel", wrap=True)
        outer.addWidget(self.error)
        self.figures = label("", name="figuresLabel", wrap=True)
        self.figures.setStyleSheet("QLabel#figuresLabel { background: white; border: 1px solid #d6d6d6; "
                                   "border-radius: 6px; padding: 12px; }")
        self.figures.setVisible(False)
        outer.addWidget(self.figures)
        outer.addStretch(1)
        self._period_changed(THIS_MONTH)
        self._show_rights()

    # --- choosing -------------------------------------------------------------------------------
    def today(self) -> date:
        return datetime.now(ZoneInfo(self.settings.timezone)).date()

    def _period_changed(self, index: int) -> None:
        custom = index == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            period = this_month(self.today()) if index == THIS_MONTH else last_month(self.today())
            self.from_edit.setDate(QDate(period.start))
            self.to_edit.setDate(QDate(period.end))

    def _show_rights(self) -> None:
        allowed = may_export(self.user)
        for widget in (self.export_button, self.month_button):
            widget.setEnabled(allowed)
        if not allowed:
            self.privacy.setText(self.tr("Only the owner or a manager can export the shop's accounts."))
        elif with_personal_data(self.user):
            self.privacy.setText(self.tr("The sales journal and the refunds carry customer ids (personal data): "
                                         "keep the files safe. Every export is recorded."))
        else:
            self.privacy.setText(self.tr("Customer ids are left out: only the owner's exports carry personal data. "
                                         "Every export is recorded."))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the exports"), str(self.base_folder))
        if folder:
            self.base_folder = Path(folder)
            self.folder_label.setText(folder)

    def period(self) -> Period:
        return Period(self.from_edit.date().toPython(), self.to_edit.date().toPython())

    def formats(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.format_boxes.items() if box.isChecked())

    def target(self, period: Period) -> Path:
        """A new folder under the chosen place: accounts-2026-11, or accounts-2026-11-2 if that one is taken."""
        stem = self.base_folder / f"accounts-{period.slug()}"
        candidate, n = stem, 1
        while candidate.exists() and any(candidate.iterdir()):
            n += 1
            candidate = stem.with_name(f"{stem.name}-{n}")
        return candidate

    # --- running --------------------------------------------------------------------------------
    def month_for_accountant(self) -> None:
        """Last month, every format, one press."""
        self.period_combo.setCurrentIndex(LAST_MONTH)
        for box in self.format_boxes.values():
            box.setChecked(True)
        self.export()

    def export(self) -> None:
        self.error.setText("")
        self.status.setText("")
        self.figures.setText("")
        self.figures.setVisible(False)
        self.open_button.setVisible(False)
        try:
            period = self.period()
        except e.PeriodReversed:
            self.error.setText(self.tr("The first day is after the last: change the dates."))
            return
        formats = self.formats()
        if not formats:
            self.error.setText(self.tr("Choose at least one format."))
            return
        try:
            self.base_folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.error.setText(_fill(self.tr("Cannot write in %1: %2"), self.base_folder, error.strerror or error))
            return
        out = self.target(period)
        self._cancel = threading.Event()
        cancel = self._cancel
        relay = _Progress(self)
        relay.progress.connect(self._progress)
        self._running(True)
        self.status.setText(_fill(self.tr("Exporting %1 to %2…"), f"{period.start} – {period.end}", out))
        desk, settings = self.desk, self.settings

        def work() -> ExportResult:
            return desk.export(settings, period, out, formats, {"pdf": write_pdf}, progress=relay.progress.emit,
                               cancelled=cancel.is_set)

        def ended(result) -> None:
            relay.deleteLater()
            self._finished(result)

        run_task(self, work, ended, ended)  # an error is shown to the owner as a sentence (message())

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(running)
        for widget in (self.export_button, self.month_button, self.period_combo, self.folder_button,
                       *self.format_boxes.values()):
            widget.setEnabled(not running)
        if not running:
            self._period_changed(self.period_combo.currentIndex())
            self._show_rights()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finished(self, result) -> None:
        self._cancel = None
        self._running(False)
        if isinstance(result, ExportResult):
            self.result = result
            self.status.setText(_fill(self.tr("Written to %1: %2 files and a zip of them."), result.folder,
                                      len(result.files) - 1))
            self.figures.setText(self._figures(result.summary))
            self.figures.setVisible(True)
            self.open_button.setVisible(True)
            self.open_folder(result.folder)
        else:
            self.status.setText("")
            self.error.setText(self.message(result))

    def _open_result(self) -> None:
        if self.result is not None:
            self.open_folder(self.result.folder)

    def _figures(self, summary: dict) -> str:
        money = self.settings.money
        if not summary["receipts"] and not summary["refunds_count"]:
            return self.tr("No sales in this period: the files hold the column headers only.")
        lines = [_fill(self.tr("%1 receipts, %2 refunds, net takings %3, %4 Z reports."), summary["receipts"],
                       summary["refunds_count"], money(summary["net_total"]), summary["z_count"])]
        lines += [_fill(self.tr("VAT %1: net %2, VAT %3, gross %4"), rate_text(v["rate_bp"]), money(v["net"]),
                        money(v["vat"]), money(v["gross"])) for v in summary["vat"]]
        if summary["open_shifts"]:
            lines.append(_fill(self.tr("%1 shifts are still open: their sales are in the files, their Z reports "
                                       "are not yet."), summary["open_shifts"]))
        return "\n".join(lines)

    def message(self, error: Exception) -> str:
        """The export's typed errors as sentences that say what to do next."""
        match error:
            case e.ExportCancelled() | e.OutputNotEmpty() | e.OutputNotWritable() | e.PeriodReversed():
                return message_for(error, self.settings)  # worded in ui/export_messages.py
            case NotAllowed():
                return self.tr("Only the owner or a manager can export the shop's accounts.")
        return _fill(self.tr("The export failed: %1. Nothing was written."), error)


def screenshot_page(engine, user, settings, folder: Path, size) -> QWidget:
    """The page after a finished "Month for my accountant" on the demo shop (for `bottega screenshot export`)."""
    from PySide6.QtWidgets import QApplication

    page = ExportsPage(engine, user, settings)
    page.base_folder = folder
    page.folder_label.setText(str(folder))
    page.open_folder = lambda _folder: None
    page.resize(*size)
    page.show()
    page.month_for_accountant()
    wait_for_tasks()
    QApplication.processEvents()
    QApplication.processEvents()
    return page
