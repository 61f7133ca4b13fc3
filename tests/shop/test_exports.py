"""The accountant's exports: files opened as an accountant would, totals equal to the Z reports to the cent."""
import csv
import io
import os
import subprocess
import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from db.engine import read_session
from printers.export_pdf import write_pdf
from shop.errors import NotAllowed
from shop.exports.bundle import export_period
from shop.exports.errors import BadDate, ExportCancelled, OutputNotEmpty, PeriodReversed
from shop.exports.period import Period, last_month, parse_date, parse_period, this_month
from shop.exports.tables import share_vat
from shop.money import vat_in_gross
from shop.settings import load_settings
from shop.users import active_users
from tests.db.tables import audit_events
from tests.shop.exports_month import make_month_shop, minor, z_totals

PDF = {"pdf": write_pdf}


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    """The Italian demo shop with this month's hard cases, exported once in every format by the owner."""
    folder = tmp_path_factory.mktemp("month")
    engine, period = make_month_shop(folder / "shop.db")
    with read_session(engine) as session:
        settings = load_settings(session)
        owner = next(u for u in active_users(session) if u.role == "owner")
    result = export_period(engine, settings, period, folder / "out", ("csv", "xlsx", "pdf"), owner, PDF)
    yield engine, settings, period, result, z_totals(engine, period, settings.timezone)
    engine.dispose()


def read_csv(result, name: str) -> list[dict]:
    raw = (result.folder / f"{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so Excel reads the accents"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def column_sum(rows: list[list[str]], title: str, exponent: int) -> int:
    index = rows[0].index(title)
    return sum(minor(row[index], exponent, ",") for row in rows[1:])


def test_month_has_the_hard_cases(month):
    """The month under test really holds refunds, discounts, a points payment and a split payment."""
    _, _, _, _, z = month
    assert z["refunds_count"] >= 1 and z["refunds"] < 0
    assert z["discounts"] > 0 and z["payments"]["points"] > 0
    assert z["cash_in"] > 0 and z["cash_out"] < 0


def test_csv_totals_equal_the_z_reports_to_the_cent(month):
    """Every CSV, opened with csv, adds up to the period's Z reports: takings, VAT per rate, payments, cash."""
    _, settings, _, result, z = month
    e = settings.currency_exponent
    journal = read_csv(result, "journal")
    assert column_sum(journal, "Totale documento", e) == z["net_total"]
    assert column_sum(journal, "Sconto", e) == z["discounts"]
    for rate, figures in z["vat"].items():
        percent = f"{Decimal(rate).scaleb(-2).normalize():f}%"
        assert column_sum(journal, f"Imponibile {percent}", e) == figures["net"]
        assert column_sum(journal, f"IVA {percent}", e) == figures["vat"]
        assert column_sum(journal, f"Totale {percent}", e) == figures["gross"]
    for method, title in (("cash", "Contanti"), ("card", "Carta"), ("points", "Punti")):
        assert column_sum(journal, title, e) == z["payments"][method]
    split = [row for row in journal[1:] if minor(row[journal[0].index("Contanti")], e, ",")
             and minor(row[journal[0].index("Carta")], e, ",")]
    assert split, "a receipt paid part by card and part in cash"
    daily = read_csv(result, "daily_vat")
    assert column_sum(daily, "IVA", e) == sum(v["vat"] for v in z["vat"].values())
    assert column_sum(daily, "Totale resi", e) == z["refunds"]
    assert column_sum(daily, "Totale vendite", e) == z["sales"]
    totals = read_csv(result, "daily_totals")
    assert column_sum(totals, "Contanti", e) == z["payments"]["cash"]
    assert column_sum(totals, "Elettronico", e) == z["payments"]["card"]
    assert column_sum(totals, "Altro", e) == z["payments"]["points"]
    assert sum(int(row[1]) for row in totals[1:]) == z["sales_count"]
    assert sum(int(row[2]) for row in totals[1:]) == z["refunds_count"]
    assert sum(int(row[3]) for row in totals[1:]) >= 1, "the voided line is counted apart"
    assert column_sum(read_csv(result, "payments"), "Importo", e) == z["net_total"]
    assert column_sum(read_csv(result, "refunds"), "Totale", e) == z["refunds"]
    assert column_sum(read_csv(result, "discounts"), "Sconto", e) == z["discounts"]
    movements = read_csv(result, "cash_movements")
    assert (column_sum(movements, "Versamenti", e), column_sum(movements, "Prelievi", e)) == (z["cash_in"], z["cash_out"])
    zs = read_csv(result, "z_reports")
    assert len(zs) - 1 == z["count"]
    assert column_sum(zs, "Incasso netto", e) == z["net_total"]


def test_csv_follows_the_italian_conventions(month):
    """Semicolons, a decimal comma, two decimals, ISO dates and local times in the Italian shop."""
    _, _, _, result, _ = month
    journal = read_csv(result, "journal")
    row = journal[1]
    assert len(row) == len(journal[0])
    amount = row[journal[0].index("Totale documento")]
    assert "," in amount and len(amount.split(",")[1]) == 2
    assert len(row[1]) == len("2026-11-30 09:15:00") and row[1][4] == "-"


def test_xlsx_has_real_cells_totals_rows_and_a_chart(month):
    """Each table a sheet with a frozen header, number and date cells and a totals row equal to the Z reports."""
    _, settings, _, result, z = month
    (path,) = [p for p in result.files if p.suffix == ".xlsx"]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:8] == ["Giornale vendite", "IVA giornaliera", "Totali giornalieri", "Pagamenti", "Resi",
                                   "Movimenti di cassa", "Sconti", "Chiusure Z"]
    assert len(book.chartsheets) == 1 and book.chartsheets[0]._charts
    sheet = book["Giornale vendite"]
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    first, last = [c.value for c in sheet[2]], [c.value for c in sheet[sheet.max_row]]
    assert isinstance(first[1], __import__("datetime").datetime)
    total = header.index("Totale documento")
    assert isinstance(first[total], (int, float))
    assert last[0] == "TOTALE"
    cents = 10 ** settings.currency_exponent
    assert round(last[total] * cents) == z["net_total"]
    assert round(sum(r[total].value for r in sheet.iter_rows(min_row=2, max_row=sheet.max_row - 1)) * cents) == z["net_total"]
    for rate, figures in z["vat"].items():
        percent = f"{Decimal(rate).scaleb(-2).normalize():f}%"
        assert round(last[header.index(f"IVA {percent}")] * cents) == figures["vat"]
    zs = book["Chiusure Z"]
    zheader, ztotal = [c.value for c in zs[1]], [c.value for c in zs[zs.max_row]]
    assert round(ztotal[zheader.index("Incasso netto")] * cents) == z["net_total"]
    daily = book["IVA giornaliera"]
    assert isinstance(daily["A2"].value, __import__("datetime").datetime)  # a date cell (openpyxl reads it as datetime)


def test_pdf_summary_shows_the_z_figures_in_italian(month):
    """The PDF summary names the period in Italian and shows the net takings and each rate's VAT as the Z reports."""
    _, settings, _, result, z = month
    (path,) = [p for p in result.files if p.suffix == ".pdf"]
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = "".join(text.split())
    assert "Riepilogoperilcommercialista" in flat
    assert "".join(settings.money(z["net_total"]).split()) in flat
    for figures in z["vat"].values():
        assert "".join(settings.money(figures["vat"]).split()) in flat


def test_zip_holds_every_file_and_the_export_is_audited(month):
    """One folder, a zip of the same files beside them, and an audit event naming the owner and the period."""
    engine, _, period, result, _ = month
    names = sorted(p.name for p in result.files if p != result.zip_path)
    assert sorted(zipfile.ZipFile(result.zip_path).namelist()) == names
    assert sorted(os.listdir(result.folder)) == sorted(p.name for p in result.files)
    (event,) = audit_events(engine, "accounts_exported")
    assert event["detail"]["start"] == period.start.isoformat() and event["detail"]["personal"] is True
    assert result.personal and "Cliente" in read_csv(result, "journal")[0]


def test_manager_export_leaves_out_customer_ids_and_cashier_may_not(month, tmp_path):
    """Customer ids are personal data: the manager's export has no customer column; a cashier gets NotAllowed."""
    engine, settings, period, _, _ = month
    with read_session(engine) as session:
        people = {u.role: u for u in active_users(session)}
    result = export_period(engine, settings, period, tmp_path / "m", ("csv",), people["manager"])
    assert not result.personal
    assert "Cliente" not in read_csv(result, "journal")[0]
    with pytest.raises(NotAllowed):
        export_period(engine, settings, period, tmp_path / "c", ("csv",), people["cashier"])
    assert not (tmp_path / "c").exists()


def test_empty_period_gives_files_with_headers_only(month, tmp_path):
    """A period with no sales writes every file with its header and no rows, not a crash."""
    engine, settings, _, _, _ = month
    result = export_period(engine, settings, Period(date(2001, 1, 1), date(2001, 1, 31)), tmp_path / "e",
                           ("csv", "xlsx", "pdf"), None, PDF)
    rows = read_csv(result, "journal")
    assert len(rows) == 1 and "Scontrino" in rows[0]
    book = openpyxl.load_workbook(next(p for p in result.files if p.suffix == ".xlsx"))
    assert book["Giornale vendite"].max_row == 2  # the header and the totals row


def test_not_empty_output_and_cancel_leave_nothing_behind(month, tmp_path):
    """An occupied folder is refused untouched; a cancelled export leaves no folder and no temporary one."""
    engine, settings, period, _, _ = month
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    with pytest.raises(OutputNotEmpty):
        export_period(engine, settings, period, busy, ("csv",), None)
    assert os.listdir(busy) == ["mine.txt"]
    calls = []

    def cancel_after_csv():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled):
        export_period(engine, settings, period, tmp_path / "new", ("csv", "xlsx"), None, cancelled=cancel_after_csv)
    assert sorted(os.listdir(tmp_path)) == ["busy"]


def test_dates_and_periods():
    """Only YYYY-MM-DD is a date; a reversed period is refused; this and last month are whole months."""
    assert parse_date("2026-02-28") == date(2026, 2, 28)
    for bad in ("28/02/2026", "2026-02-30", "2026-2-1", ""):
        with pytest.raises(BadDate):
            parse_date(bad)
    with pytest.raises(PeriodReversed):
        parse_period("2026-03-01", "2026-02-28")
    assert last_month(date(2026, 3, 15)) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert this_month(date(2026, 3, 15)) == Period(date(2026, 3, 1), date(2026, 3, 15))
    assert Period(date(2026, 2, 1), date(2026, 2, 28)).slug() == "2026-02"


@pytest.mark.parametrize("grosses", [[1, 1, 1], [333, 333, 334], [1290, -1290, 5, 7], [99999, 1, -50001]])
def test_vat_shares_add_up_to_the_vat_of_the_total(grosses):
    """Each receipt's VAT share is within a cent of its own and the shares add up to the Z report's VAT."""
    parts = [(str(i), g) for i, g in enumerate(grosses)]
    shares = share_vat(parts, 2200)
    assert sum(shares.values()) == vat_in_gross(sum(grosses), 2200)
    for key, gross in parts:
        assert abs(shares[key] - gross * 2200 / 12200) < 1


def test_korean_shop_gets_proof_types_with_comma_csv_and_no_decimals(tmp_path):
    """A Korean shop: comma-separated CSV, won without decimals, and sales by proof type and taxed vs exempt."""
    engine, period = make_month_shop(tmp_path / "kr.db", country="KR", days=10)
    with read_session(engine) as session:
        settings = load_settings(session)
    result = export_period(engine, settings, period, tmp_path / "out", ("csv", "pdf"), None, PDF)
    z = z_totals(engine, period, settings.timezone)
    raw = (result.folder / "kr_proof.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw), delimiter=","))
    header = rows[0]
    assert header[:4] == ["날짜", "신용카드 매출전표", "현금영수증", "증빙 없음"]

    def total(title):
        return sum(int(row[header.index(title)]) for row in rows[1:])

    assert total("신용카드 매출전표") == z["payments"]["card"]
    assert total("합계") == z["net_total"]
    assert total("과세 공급가액") + total("과세 부가세") + total("면세") == z["net_total"]
    assert total("과세 부가세") == sum(v["vat"] for v in z["vat"].values())
    engine.dispose()


def test_amounts_follow_the_shops_recorded_exponent_not_babels():
    """A forint shop that recorded 0 decimals writes 123456 as 123456 (babel's HUF has 2 decimals), with ; and ,."""
    from shop.exports.files import _number_formats, table_csv
    from shop.exports.tables import MONEY, Column, Table
    from shop.settings import ShopSettings

    settings = ShopSettings(country="HU", locale="hu_HU", currency="HUF", currency_exponent=0, receipt_language="hu")
    table = Table("t", "T", [Column("what", "Mi"), Column("amount", "Összeg", MONEY)], [["a", 123456], ["b", -5]])
    assert table_csv(table, settings).decode("utf-8-sig").splitlines() == ["Mi;Összeg", "a;123456", "b;-5"]
    assert _number_formats(0)[MONEY] == "#,##0;-#,##0"
    euro = ShopSettings(currency="EUR", currency_exponent=2)
    assert table_csv(table, euro).decode("utf-8-sig").splitlines()[1] == "a;1234,56"


def test_sales_of_an_open_shift_are_exported_and_flagged(tmp_path):
    """A shift not yet closed: its sales are in the journal and the summary counts the shift as still open."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from db.engine import open_database
    from shop.demo import create_demo_shop
    from shop.sales import CASH, Tender
    from shop.till import Till

    create_demo_shop(tmp_path / "open.db", customers=20, products=40, days=2)
    engine = open_database(tmp_path / "open.db")
    with read_session(engine) as session:
        settings = load_settings(session)
        owner = next(u for u in active_users(session) if u.role == "owner")
    till = Till(engine, owner)
    till.open_shift(0)
    till.add_product(till.quick_keys()[0].product, 1000)
    sold = till.pay([Tender(CASH, till.cart.totals().total)])
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    result = export_period(engine, settings, Period(today, today), tmp_path / "out", ("csv", "pdf"), owner, PDF)
    assert result.summary["open_shifts"] == 1 and result.summary["z_count"] == 0
    assert sold.receipt_number in (result.folder / "journal.csv").read_text(encoding="utf-8-sig")
    engine.dispose()
