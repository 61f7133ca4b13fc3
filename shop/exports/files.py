"""The tables written as CSV (for importing) and as one XLSX workbook (for reading).

CSV: UTF-8 with a BOM (Excel then reads the accents and the Hangul right), the separator and the
decimal mark of the shop's country (`;` and `,` in Italy and Hungary, `,` and `.` in Korea and
China), amounts with exactly the shop's currency exponent, dates as YYYY-MM-DD, no totals row.
XLSX: real number and date cells, a bold header frozen in place, a totals row, one sheet per table
and a chart sheet of the daily takings.
"""
import csv
import io
from decimal import Decimal
from pathlib import Path

from babel.numbers import get_decimal_symbol
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from shop.exports.labels import words
from shop.exports.tables import COUNT, DATE, DATETIME, MONEY, RATE, ExportData, Table
from shop.settings import ShopSettings

# Separator and decimal mark by country; elsewhere the locale's decimal mark decides.
CSV_MARKS = {"IT": (";", ","), "HU": (";", ","), "KR": (",", "."), "CN": (",", ".")}


def csv_marks(settings: ShopSettings) -> tuple[str, str]:
    marks = CSV_MARKS.get(settings.country.upper())
    if marks:
        return marks
    return (";", ",") if get_decimal_symbol(settings.locale) == "," else (",", ".")


def _text(value, kind: str, exponent: int, decimal: str) -> str:
    if value is None:
        return ""
    if kind == MONEY:
        return f"{Decimal(value).scaleb(-exponent):.{exponent}f}".replace(".", decimal)
    if kind == RATE:
        return f"{Decimal(value).scaleb(-2).normalize():f}".replace(".", decimal)
    if kind == DATETIME:
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if kind == DATE:
        return value.isoformat()
    return str(value)


def table_csv(table: Table, settings: ShopSettings) -> bytes:
    separator, decimal = csv_marks(settings)
    exponent = settings.currency_exponent
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow([c.title for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        writer.writerow([_text(v, k, exponent, decimal) for v, k in zip(row, kinds)])
    return out.getvalue().encode("utf-8-sig")


def write_csv(data: ExportData, folder: Path) -> list[Path]:
    written = []
    for table in data.tables:
        path = folder / f"{table.name}.csv"
        path.write_bytes(table_csv(table, data.settings))
        written.append(path)
    return written


def _number_formats(exponent: int) -> dict[str, str]:
    money = "#,##0" + ("." + "0" * exponent if exponent else "")
    return {MONEY: f"{money};-{money}", COUNT: "0", RATE: "0.##", DATE: "yyyy-mm-dd", DATETIME: "yyyy-mm-dd hh:mm:ss"}


def _cell_value(value, kind: str, exponent: int):
    if kind == MONEY and value is not None:
        return Decimal(value).scaleb(-exponent) if exponent else value
    if kind == RATE and value is not None:
        return Decimal(value).scaleb(-2).normalize()
    return value


def _sheet(workbook: Workbook, table: Table, exponent: int) -> None:
    sheet = workbook.create_sheet(_sheet_title(table.title))
    sheet.freeze_panes = "A2"
    formats = _number_formats(exponent)
    bold = Font(bold=True)
    for i, column in enumerate(table.columns, start=1):
        width = {DATETIME: 20, DATE: 12}.get(column.kind, max(10, min(40, len(column.title) + 2)))
        sheet.column_dimensions[get_column_letter(i)].width = width

    def styled(value, kind: str | None, strong: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=value)
        if kind in formats:
            cell.number_format = formats[kind]
        if strong:
            cell.font = bold
        return cell

    sheet.append([styled(c.title, None, True) for c in table.columns])
    kinds = [c.kind for c in table.columns]
    for row in table.rows:
        sheet.append([styled(_cell_value(v, k, exponent), k) if v is not None else None for v, k in zip(row, kinds)])
    sheet.append([styled(_cell_value(v, k, exponent), k, True) if v is not None else None
                  for v, k in zip(table.total_row(), kinds)])


def _sheet_title(title: str) -> str:
    for bad in "[]:*?/\\":
        title = title.replace(bad, " ")
    return title[:31]


def xlsx_bytes(data: ExportData) -> bytes:
    exponent = data.settings.currency_exponent
    workbook = Workbook(write_only=True)
    for table in data.tables:
        _sheet(workbook, table, exponent)
    _chart_sheet(workbook, data)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _chart_sheet(workbook: Workbook, data: ExportData) -> None:
    """A bar chart of the daily takings, drawn from the daily totals sheet."""
    w = words(data.settings.receipt_language)
    daily = data.table("daily_totals")
    source = _sheet_title(daily.title)
    chart = BarChart()
    chart.title = w["daily_chart"]
    chart.legend = None
    chart.y_axis.title = data.settings.currency
    # openpyxl 3.1 leaves the axes' "delete" unset, which recent Excel reads as hidden axes.
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.number_format = "dd/mm"
    column = daily.index("total") + 1
    last = max(2, len(daily.rows) + 1)
    sheet = workbook[source]
    chart.add_data(Reference(sheet, min_col=column, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=last))
    chartsheet = workbook.create_chartsheet(_sheet_title(w["daily_chart"]))
    chartsheet.add_chart(chart)


def write_xlsx(data: ExportData, folder: Path) -> list[Path]:
    path = folder / f"accounts_{data.period.slug()}.xlsx"
    path.write_bytes(xlsx_bytes(data))
    return [path]
