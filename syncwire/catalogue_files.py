"""Reading the owner's catalogue file (CSV or XLSX) into rows of text with their line numbers.

Shared by the till's import (shop/catalogue_import.py) and the server's (server/catalogue.py), so a
file reads the same everywhere. A shop's file comes from Excel, LibreOffice or a supplier's system:
UTF-8 with or without a BOM, UTF-16 ("Unicode text"), or Windows-1252/Latin-1; separated by `,`,
`;` or tabs. Each physical line is one product: a quote left open is that line's error, never a
field that swallows the lines after it (no catalogue field holds a line break). The file size and
the line length are bounded, so a huge or hostile file is refused with a message before it is read.
"""
import codecs
import csv
import io
from dataclasses import dataclass, field

COLUMNS = ("sku", "name", "price", "vat_rate", "unit", "barcode", "plu", "category", "active")
REQUIRED_COLUMNS = ("sku", "name", "price", "vat_rate")
MAX_FILE_BYTES = 20 * 1024 * 1024  # about 200,000 products; a bigger file is refused, not streamed
MAX_ROWS = 200_000
MAX_LINE_CHARS = 4096  # the longest product line is well under 1,000 characters
SEPARATORS = (",", ";", "\t")
XLSX_MAGIC = b"PK\x03\x04"
# Why a line cannot be read at all (RawRow.broken); the till shows each in the owner's language.
OPEN_QUOTE = "a quote is opened and not closed on this line"
LONG_LINE = f"the line is longer than {MAX_LINE_CHARS} characters"
EXTRA_FIELDS = "the row has more fields than the header"


class BadFile(Exception):
    """The file as a whole is unusable; `kind` names the problem, `args` the details for the message."""

    def __init__(self, kind: str, message: str, **details):
        super().__init__(message)
        self.kind, self.details = kind, details


@dataclass(frozen=True)
class RawRow:
    """One data line: its number in the file, its fields by column (text), or why it cannot be read."""

    line: int
    fields: dict[str, str]
    broken: str | None = None  # e.g. "a quote is opened and not closed on this line"


@dataclass
class ReadFile:
    rows: list[RawRow]
    encoding: str = "utf-8"  # what the text was read as: utf-8, utf-16, cp1252 (or xlsx)
    separator: str = ","
    columns: list[str] = field(default_factory=list)


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise BadFile("too_big", f"the file is {size / 1_048_576:.1f} MB; an import takes at most "
                      f"{MAX_FILE_BYTES // 1_048_576} MB (about {MAX_ROWS:,} products): split it into smaller files",
                      size_mb=round(size / 1_048_576, 1), limit_mb=MAX_FILE_BYTES // 1_048_576)


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read as: a BOM wins, then strict UTF-8, then Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what Excel writes in western Europe: Latin-1 but for 0x80-0x9F. A file that is
    # not even that (one of the five bytes it leaves undefined) is read as Latin-1.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _header(first_line: str) -> tuple[list[str], str]:
    """The column names and the separator that splits the first line into the most known columns
    (or, when none is known, into the most columns: the message then names them all)."""
    best = None
    for separator in SEPARATORS:
        try:
            names = [n.strip().lower() for n in next(csv.reader([first_line], delimiter=separator, strict=True))]
        except (csv.Error, StopIteration):
            continue
        score = (sum(n in COLUMNS for n in names), len(names))
        if best is None or score > best[0]:
            best = (score, names, separator)
    if best is None:
        raise BadFile("no_header", "the first line must name the columns, e.g. " + ",".join(COLUMNS))
    return best[1], best[2]


def _check_columns(names: list[str]) -> None:
    unknown = [n for n in names if n and n not in COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if unknown or missing or repeated:
        problems = ([f"unknown column(s) {', '.join(unknown)}"] if unknown else []) + \
                   ([f"missing column(s) {', '.join(missing)}"] if missing else []) + \
                   ([f"column(s) named twice: {', '.join(repeated)}"] if repeated else [])
        raise BadFile("columns", f"{'; '.join(problems)}; the columns are {','.join(COLUMNS)}",
                      unknown=unknown, missing=missing, repeated=repeated)


def _row(line: int, names: list[str], values: list[str]) -> RawRow:
    if len(values) > len(names) and any(v.strip() for v in values[len(names):]):
        return RawRow(line, {}, EXTRA_FIELDS)
    return RawRow(line, {n: (v or "") for n, v in zip(names, values) if n})


def _sku_guess(names: list[str], line: str, separator: str) -> dict[str, str]:
    """The SKU of a line that cannot be read, if it stands plainly where the header says: for the owner to find the line."""
    parts = line.split(separator)
    where = names.index("sku")
    guess = parts[where].strip() if where < len(parts) else ""
    return {"sku": guess[:64]} if guess and '"' not in guess else {}


def rows_from_text(text: str) -> ReadFile:
    """Rows of a CSV text, each with its line number (the header is line 1); blank lines are skipped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise BadFile("empty", "the file is empty: the first line must name the columns " + ",".join(COLUMNS))
    if len(lines[first]) > MAX_LINE_CHARS:
        raise BadFile("no_header", "the first line must name the columns, e.g. " + ",".join(COLUMNS))
    names, separator = _header(lines[first])
    _check_columns(names)
    rows: list[RawRow] = []
    for index in range(first + 1, len(lines)):
        text_line, number = lines[index], index + 1
        if not text_line.strip():
            continue
        if len(rows) >= MAX_ROWS:
            raise BadFile("too_many_rows", f"the file has more than {MAX_ROWS:,} products: split it into smaller files",
                          limit=MAX_ROWS)
        if len(text_line) > MAX_LINE_CHARS:
            rows.append(RawRow(number, _sku_guess(names, text_line, separator), LONG_LINE))
            continue
        try:
            values = next(csv.reader([text_line], delimiter=separator, strict=True))
        except csv.Error as error:
            reason = OPEN_QUOTE if "end of data" in str(error) else f"the line is not valid CSV ({error})"
            rows.append(RawRow(number, _sku_guess(names, text_line, separator), reason))
            continue
        rows.append(_row(number, names, values))
    return ReadFile(rows, separator=separator, columns=names)


def _cell(value) -> str:
    """A spreadsheet cell as the text a CSV would hold: 1.5 -> "1.5", 8001234567890.0 -> "8001234567890"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def rows_from_xlsx(data: bytes) -> ReadFile:
    """Rows of the first sheet of a workbook; the row number is the spreadsheet's."""
    from openpyxl import load_workbook  # only for spreadsheets: a CSV import need not load it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds (zipfile, KeyError, XML) for a damaged file
        raise BadFile("not_xlsx", f"not an Excel workbook that can be read ({type(error).__name__})") from None
    try:
        sheet = book.worksheets[0]
        found = None
        rows: list[RawRow] = []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = [_cell(v) for v in cells]
            if not any(v.strip() for v in values):
                continue
            if found is None:
                found = [v.strip().lower() for v in values]
                while found and not found[-1]:
                    found.pop()
                _check_columns(found)
                continue
            if len(rows) >= MAX_ROWS:
                raise BadFile("too_many_rows", f"the file has more than {MAX_ROWS:,} products: split it into smaller files",
                              limit=MAX_ROWS)
            rows.append(_row(number, found, values))
        if found is None:
            raise BadFile("empty", "the file is empty: the first line must name the columns " + ",".join(COLUMNS))
        return ReadFile(rows, encoding="xlsx", separator="", columns=found)
    finally:
        book.close()


def read_catalogue(data: bytes, name: str = "") -> ReadFile:
    """Rows of a catalogue file's bytes: XLSX by its name or its zip signature, else CSV text."""
    check_size(len(data))
    if name.lower().endswith((".xlsx", ".xlsm")) or data.startswith(XLSX_MAGIC):
        return rows_from_xlsx(data)
    text, encoding = decode(data)
    read = rows_from_text(text)
    read.encoding = encoding
    return read
