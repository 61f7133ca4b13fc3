"""Back office: import the owner's product file (CSV or XLSX) with a preview, and export the catalogue.

Choosing a file reads and checks it off the UI thread (shop/catalogue_import.py) and shows what
importing would do: every rejected row with its line and reason first, then the new, changed and
unchanged products, and the counts. Nothing is written until the owner presses Import; then the
good rows are written in one transaction (also off the UI thread) and the preview is cleared.
Export writes the catalogue in the same columns, so a file exported, edited and imported again
changes only what was edited.
"""
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from shop import catalogue_import
from shop.office.catalogue_file import CatalogueFile
from syncwire.catalogue_files import EXTRA_FIELDS, LONG_LINE, OPEN_QUOTE, BadFile
from syncwire.catalogue_rows import BadRow
from ui.dialog_parts import DIALOG_STYLE, button, label, style_table
from ui.tasks import run_task

translate = QCoreApplication.translate
REJECTED, NEW, CHANGED, UNCHANGED = "rejected", "new", "changed", "unchanged"
REJECTED_COLOR = QColor("#b3261e")


def _fill(text: str, *values) -> str:
    """%1, %2 ... replaced in one pass, so a value holding "%2" (a SKU, a file name) stays as it is."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values) else m.group(0), text)


def row_reason(error: BadRow) -> str:
    """Why a row was rejected, in the owner's language (the English of syncwire is the fallback)."""
    d = error.details
    match error.kind:
        case "missing":
            return _fill(translate("ImportPage", "%1 is missing"), d["field"])
        case "too_long":
            return _fill(translate("ImportPage", "%1 is longer than %2 characters"), d["field"], d["limit"])
        case "control":
            return _fill(translate("ImportPage", "%1 holds a control character"), d["field"])
        case "not_amount":
            return _fill(translate("ImportPage", "The price %1 is not an amount (write 3.50 or 3,50)"), repr(d["value"]))
        case "negative":
            return _fill(translate("ImportPage", "The price must not be negative"))
        case "decimals":
            return _fill(translate("ImportPage", "The price %1 has more decimals than the currency's %2"), d["value"], d["digits"])
        case "too_large":
            return _fill(translate("ImportPage", "The price %1 is more than the largest price, %2"), d["value"], d["limit"])
        case "not_rate":
            return _fill(translate("ImportPage", "The VAT rate %1 is not a percentage (22 for 22 %)"), repr(d["value"]))
        case "unknown_rate":
            return _fill(translate("ImportPage", "The VAT rate %1 % is not one of the shop's rates (%2)"), d["value"], d["rates"])
        case "unit":
            return _fill(translate("ImportPage", "The unit %1 is not one of %2"), repr(d["value"]), d["units"])
        case "not_gtin":
            return _fill(translate("ImportPage", "The barcode %1 is not an EAN-8, UPC-A or EAN-13 (8, 12 or 13 digits)"), d["value"])
        case "lost_zero":
            return _fill(translate("ImportPage", "The barcode %1 has 11 digits: did a spreadsheet drop a leading zero? Format the column as text"), d["value"])
        case "check_digit":
            return _fill(translate("ImportPage", "The barcode %1 has a wrong check digit"), d["value"])
        case "scale_prefix":
            return _fill(translate("ImportPage", "The barcode %1 starts with %2, which the tills read as a scale label; give a weighed item a PLU instead"),
                      d["value"], d["prefix"])
        case "plu":
            return _fill(translate("ImportPage", "The PLU %1 must be 1 to 10 digits"), repr(d["value"]))
        case "active":
            return _fill(translate("ImportPage", "active %1 is not one of 1, 0, true, false, yes, no"), repr(d["value"]))
        case "twice" if d["field"] == "barcode":
            return _fill(translate("ImportPage", "The barcode %1 is also on line %2"), d["value"], d["line"])
        case "taken" if d["field"] == "barcode":
            return _fill(translate("ImportPage", "The barcode %1 already belongs to SKU %2"), d["value"], d["sku"])
        case "twice":
            return _fill(translate("ImportPage", "%1 %2 is also on line %3"), d["field"], d["value"], d["line"])
        case "taken":
            return _fill(translate("ImportPage", "%1 %2 already belongs to SKU %3"), d["field"], d["value"], d["sku"])
        case "broken" if d["detail"] == OPEN_QUOTE:
            return _fill(translate("ImportPage", "A quote is opened and not closed on this line"))
        case "broken" if d["detail"] == LONG_LINE:
            return _fill(translate("ImportPage", "The line is too long to be a product"))
        case "broken" if d["detail"] == EXTRA_FIELDS:
            return _fill(translate("ImportPage", "The row has more fields than the first line names"))
    return str(error)


def file_problem(error: Exception) -> str:
    """Why the whole file cannot be imported, and what to do."""
    if isinstance(error, BadFile):
        d = error.details
        match error.kind:
            case "too_big":
                return _fill(translate("ImportPage", "The file is %1 MB; an import takes at most %2 MB. Split it into smaller files."),
                          d["size_mb"], d["limit_mb"])
            case "too_many_rows":
                return _fill(translate("ImportPage", "The file has more than %1 products. Split it into smaller files."), d["limit"])
            case "not_xlsx":
                return _fill(translate("ImportPage", "This is not an Excel workbook that can be read. Save it again as .xlsx or .csv."))
            case "columns":
                return _fill(translate("ImportPage", "The first line must name the columns %1. Unknown: %2. Missing: %3."),
                          ",".join(catalogue_import.COLUMNS), ", ".join(d["unknown"] + d["repeated"]) or "-",
                          ", ".join(d["missing"]) or "-")
        return _fill(translate("ImportPage", "The file is empty or its first line does not name the columns %1."), ",".join(catalogue_import.COLUMNS))
    if isinstance(error, OSError):
        return _fill(translate("ImportPage", "The file cannot be read: %1"), error.strerror or error)
    return _fill(translate("ImportPage", "Something went wrong: %1"), error)


class PreviewModel(QAbstractTableModel):
    """One row per line of the file: rejected ones first (with the reason), then new, changed, unchanged."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[int, str, str, str]] = []

    def show(self, preview: catalogue_import.Preview | None, money) -> None:
        self.beginResetModel()
        self.rows = []
        if preview is not None:
            self.rows += [(r.line, r.sku, REJECTED, row_reason(r.error)) for r in preview.rejected]
            for outcome, planned in ((NEW, preview.new), (CHANGED, preview.changed), (UNCHANGED, preview.unchanged)):
                self.rows += [(p.line, p.row.sku, outcome, f"{p.row.name} · {money(p.row.price)}") for p in planned]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_fill(translate("ImportPage", "Line")), _fill(translate("ImportPage", "SKU")), _fill(translate("ImportPage", "Result")), _fill(translate("ImportPage", "Reason or product")))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line, sku, outcome, detail = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            words = {REJECTED: _fill(translate("ImportPage", "rejected")), NEW: _fill(translate("ImportPage", "new")), CHANGED: _fill(translate("ImportPage", "changed")), UNCHANGED: _fill(translate("ImportPage", "unchanged"))}
            return (str(line), sku, words[outcome], detail)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and outcome == REJECTED:
            return REJECTED_COLOR
        return None


class ImportPage(QWidget):
    def __init__(self, engine, user, settings, parent=None):
        super().__init__(parent)
        self.user, self.settings = user, settings
        self.desk = CatalogueFile(engine, user)
        self.preview: catalogue_import.Preview | None = None
        self.path: Path | None = None
        self.setStyleSheet(DIALOG_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 22)
        outer.setSpacing(10)
        outer.addWidget(label(self.tr("Import and export products"), "title", "titleLabel"))
        outer.addWidget(label(self.tr("A CSV or Excel file whose first line names the columns sku, name, price, vat_rate, "
                                      "unit, barcode, plu, category, active (price like 3.50, vat_rate one of the shop's "
                                      "rates like 22, unit pc or kg). Nothing is written until you press Import."),
                              "hint", "hintLabel", wrap=True))
        top = QHBoxLayout()
        self.choose_button = button(self.tr("Choose file… (Ctrl+O)"), "chooseFileButton", slot=self.choose_file, height=44)
        top.addWidget(self.choose_button)
        self.file_label = label("", "hint", "fileLabel")
        top.addWidget(self.file_label, 1)
        outer.addLayout(top)
        self.summary = label("", name="summaryLabel", wrap=True)
        outer.addWidget(self.summary)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        style_table(self.table, 34)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        outer.addWidget(self.table, 1)
        self.error = label("", "error", "errorLabel", wrap=True)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.csv_button = button(self.tr("Export CSV…"), "exportCsvButton", slot=lambda: self.export("csv"), height=44)
        self.xlsx_button = button(self.tr("Export Excel…"), "exportXlsxButton", slot=lambda: self.export("xlsx"), height=44)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch(1)
        self.import_button = button(self.tr("Import"), "importButton", "primary", self.confirm, height=44)
        self.import_button.setMinimumWidth(240)
        self.import_button.setEnabled(False)
        buttons.addWidget(self.import_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file)

    # --- reading a file -------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Product file"), "", self.tr("Product files (*.csv *.xlsx *.txt)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and check the file off the UI thread; the preview appears when it is done."""
        self.path, self.preview = path, None
        self.model.show(None, self.settings.money)
        self.file_label.setText(path.name)
        self.error.setText("")
        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._busy(True)
        desk = self.desk
        run_task(self, lambda: desk.preview(path), self.show_preview, self._unreadable)

    def _unreadable(self, error: Exception) -> None:
        self._busy(False)
        self.summary.setText("")
        self.error.setText(file_problem(error))

    def show_preview(self, result: catalogue_import.Preview) -> None:
        self._busy(False)
        self.preview = result
        self.model.show(result, self.settings.money)
        self.summary.setText(f"{self.counts_text(result)}  ·  {self.format_text(result)}")
        writes = len(result.new) + len(result.changed)
        self.import_button.setText(self.tr("Import %1 products").replace("%1", str(writes)))
        self.import_button.setEnabled(writes > 0)
        if result.rejected:
            self.error.setText(self.tr("%1 rows are rejected (in red, with the reason). Import leaves them out; "
                                       "correct them in the file and import it again.").replace("%1", str(len(result.rejected))))

    def counts_text(self, result: catalogue_import.Preview) -> str:
        return (self.tr("%1 new, %2 changed, %3 unchanged, %4 rejected")
                .replace("%1", str(len(result.new))).replace("%2", str(len(result.changed)))
                .replace("%3", str(len(result.unchanged))).replace("%4", str(len(result.rejected))))

    def format_text(self, result: catalogue_import.Preview) -> str:
        """How the file was read, so an owner whose accents look wrong knows why."""
        if result.encoding == "xlsx":
            return self.tr("Excel workbook")
        separators = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        encodings = {"cp1252": "Windows-1252", "latin-1": "Latin-1", "utf-16": "UTF-16", "utf-8": "UTF-8"}
        return (self.tr("read as %1, columns separated by %2").replace("%1", encodings.get(result.encoding, result.encoding))
                .replace("%2", separators.get(result.separator, result.separator)))

    # --- writing --------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.preview is None or not self.import_button.isEnabled():
            return
        planned = self.preview
        self._busy(True)
        desk = self.desk
        run_task(self, lambda: desk.apply(planned), self.written, self._not_written)

    def _not_written(self, error: Exception) -> None:
        self._busy(False)
        self.error.setText(file_problem(error))

    def written(self, result: catalogue_import.Preview) -> None:
        self._busy(False)
        self.preview = None
        self.model.show(None, self.settings.money)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.error.setText("")
        self.summary.setText(self.tr("Imported: %1").replace("%1", self.counts_text(result)))

    def export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the catalogue"), f"products.{kind}",
                                              self.tr("CSV (*.csv)") if kind == "csv" else self.tr("Excel (*.xlsx)"))
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        count, data = self.desk.export(kind)
        try:
            path.write_bytes(data)
        except OSError as error:
            self.error.setText(file_problem(error))
            return
        self.summary.setText(self.tr("%1 products saved to %2").replace("%1", str(count)).replace("%2", str(path)))

    def screenshot_state(self) -> None:
        """For `bottega screenshot backoffice-import`: the preview of a supplier's file with broken rows."""
        from decimal import Decimal

        from stdnum import ean

        rows = self.desk.rows()[:6]
        code = "80012349" + "0001"
        good = code + ean.calc_check_digit(code)
        lines = ["sku;name;price;vat_rate;unit;barcode;plu;category;active"]
        lines += [";".join([r["sku"], r["name"], r["price"].replace(".", ","), r["vat_rate"], r["unit"], r["barcode"],
                            r["plu"], r["category"], r["active"]]) for r in rows]
        if len(lines) > 1:
            first = lines[1].split(";")
            first[2] = str(Decimal(rows[0]["price"]) + 1).replace(".", ",")  # a price change
            lines[1] = ";".join(first)
        lines += [f"NEW-001;Focaccia genovese;3,20;10;pc;{good};;Panetteria;1",
                  "NEW-002;Mozzarella di bufala;--150;10;pc;;;Latticini;1",
                  f"NEW-003;Olio nuovo;12,90;22;pc;{good[:-1]}{(int(good[-1]) + 1) % 10};;;1",
                  "NEW-004;Pecorino a peso;24,90;7;kg;;00077;Latticini;1",
                  "NEW-005;Salame;2,10;10;lb;;;;1",
                  'NEW-006;"Grana 24 mesi;18,50;10;kg;;;;1',
                  f"NEW-007;Focaccia al rosmarino;3,40;10;pc;{good};;Panetteria;1"]
        self._sample = tempfile.TemporaryDirectory()  # lives as long as the page
        path = Path(self._sample.name) / "listino-fornitore.csv"
        path.write_bytes("\r\n".join(lines).encode("cp1252"))
        self.file_label.setText(path.name)
        self.show_preview(self.desk.preview(path))

    def _busy(self, busy: bool) -> None:
        for widget in (self.choose_button, self.csv_button, self.xlsx_button):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)
