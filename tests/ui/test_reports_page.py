"""The Reports page driven on a demo shop: choose a period and a report, see the chart and the numbers,
which equal totals computed straight from the sale rows; save the table as CSV."""
import csv
import gc
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool, Qt

from db.engine import open_database, read_session, write_session
from db.models import User
from shop.demo import create_demo_shop
from shop.report_periods import month_of
from shop.settings import load_settings
from ui.backoffice_reports import PAGES, ReportsPage
from ui.style import apply_style


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("reports") / "demo.db"
    create_demo_shop(path, customers=300, products=120, days=120, today=date(2026, 12, 4))
    return path


@pytest.fixture
def page(qtbot, qapp, demo_path):
    apply_style(qapp)
    engine = open_database(demo_path)
    with read_session(engine) as session:
        settings = load_settings(session)
        owner = session.connection().exec_driver_sql("SELECT * FROM user WHERE role = 'owner'").mappings().one()
    page = ReportsPage(engine, User(**owner), settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    wait_for_report(qtbot, page)
    yield page
    QThreadPool.globalInstance().waitForDone()
    # The charts' items are Python objects wrapping Qt ones: collected now, while Qt is alive, not at exit.
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    engine.dispose()


def wait_for_report(qtbot, page):
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)


def sales_rows(page, period) -> tuple[int, int]:
    start, end = (t.astimezone(ZoneInfo("UTC")).isoformat(timespec="microseconds") for t in period.bounds(page.settings.timezone))
    with read_session(page.desk.engine) as session:
        return session.connection().exec_driver_sql(
            "SELECT sum(total), sum(kind = 'sale') FROM sale WHERE completed_at >= ? AND completed_at < ?", (start, end)).one()


def table_cells(page) -> list[list[str]]:
    model = page.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_month_shows_its_chart_and_numbers_equal_to_the_sale_rows(qtbot, page):
    """October 2026: a line per day with September faint behind; net sales and receipts equal the sale rows."""
    page.set_period("month", date(2026, 10, 15))
    wait_for_report(qtbot, page)
    assert page.chart.data.kind == "line" and len(page.chart.data.labels) == 31
    assert len(page.chart.listDataItems()) == 2  # September behind, October in front
    net, receipts = sales_rows(page, month_of(date(2026, 10, 1)))
    assert sum(page.chart.data.current) == pytest.approx(net / 100)
    assert page.result["summary"]["current"]["net"] == net
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.numbers
    rows = {row[0]: row for row in table_cells(page)}
    assert rows[page.tr("Net sales (VAT included)")][1] == page.settings.money(net)
    assert rows[page.tr("Receipts")][1].replace("\u202f", "") == str(receipts)
    assert page.settings.money(net) in page.headline.text()


def test_every_report_draws_a_chart_and_fills_its_table(qtbot, page):
    """Each report in the list over a period, for the last year, arrives with a chart and a table of numbers."""
    page.set_period("year", date(2026, 6, 1))
    wait_for_report(qtbot, page)
    for row, key in enumerate(PAGES):
        if key == "over_refunds":
            continue  # not over a period: lines flagged by the sync (its own test below)
        page.pages.setCurrentRow(row)
        wait_for_report(qtbot, page)
        assert page.current_page() == key
        assert page.chart.data is not None and page.chart.data.labels, key
        assert page.model.rowCount() > 0, key


def test_products_for_one_week_and_csv(qtbot, page, tmp_path):
    """A week's best sellers: the top product's revenue equals its sale lines; the saved CSV holds the same number."""
    page.pages.setCurrentRow(PAGES.index("products"))
    page.set_period("week", date(2026, 11, 18))
    wait_for_report(qtbot, page)
    top = page.result["products"]["current"]["top"][0]
    period = page.period()
    start, end = (t.astimezone(ZoneInfo("UTC")).isoformat(timespec="microseconds") for t in period.bounds(page.settings.timezone))
    with read_session(page.desk.engine) as session:
        (revenue,), = session.connection().exec_driver_sql(
            "SELECT sum(l.total) FROM saleline l JOIN sale s ON s.id = l.sale_id WHERE l.product_id = ? "
            "AND s.completed_at >= ? AND s.completed_at < ?", (top["product_id"], start, end)).fetchall()
    assert top["revenue"] == revenue
    path = page.export_csv(str(tmp_path / "products.csv"))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][1] == page.tr("Product") and rows[1][1] == top["name"]
    assert Decimal(rows[1][3]) == Decimal(revenue) / 100


def test_a_newer_request_wins_over_an_older_answer(qtbot, page):
    """Asking again before an answer arrives drops the older answer: the page shows the last period chosen."""
    page.set_period("month", date(2026, 9, 1))
    page.set_period("month", date(2026, 11, 1))
    wait_for_report(qtbot, page)
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert page.result["summary"]["period"]["first"] == "2026-11-01"


def test_compared_with_last_year_and_one_till(qtbot, page):
    """Comparing with last year names that period; choosing the till T1 gives the same figures as the whole shop."""
    page.set_period("day", date(2026, 11, 20))
    wait_for_report(qtbot, page)
    whole = page.result["summary"]["current"]
    page.compare.setCurrentIndex(1)
    wait_for_report(qtbot, page)
    assert "2025-11-21" in page.status.text()  # 52 weeks before: the same weekday
    page.till.setCurrentIndex(page.till.findData("T1"))
    wait_for_report(qtbot, page)
    assert page.result["summary"]["current"] == whole


def test_arrows_step_to_the_period_before_and_after(qtbot, page):
    """◀ shows the month before, ▶ the month after again; a range steps by its own length."""
    page.set_period("month", date(2026, 10, 15))
    wait_for_report(qtbot, page)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, page)
    assert page.result["summary"]["period"] == {"kind": "month", "first": "2026-09-01", "last": "2026-09-30"}
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, page)
    assert page.result["summary"]["period"]["first"] == "2026-10-01"
    page.set_period("custom", date(2026, 11, 1), date(2026, 11, 10))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_for_report(qtbot, page)
    assert page.result["summary"]["period"] == {"kind": "custom", "first": "2026-11-11", "last": "2026-11-20"}


def test_lines_refunded_beyond_what_was_sold_are_listed_for_the_owner(qtbot, page):
    """Two tills each refunded the one bread sold while offline: the page lists the receipt, 1 sold, 2 refunded and both refunds."""
    from shop.office.reports import OVER_REFUNDS
    from shop.sync_apply import apply_page
    from tests.shop.test_sync_history import change, sale_record

    row = PAGES.index(OVER_REFUNDS)
    page.pages.setCurrentRow(row)
    wait_for_report(qtbot, page)
    assert page.headline.text() == "None: no line was refunded beyond what was sold." and page.model.rowCount() == 0
    sold = sale_record("T7", 1)
    refunds = [sale_record(till, 1, refund_of=(sold["sale"]["id"], sold["lines"][0]["id"])) for till in ("T8", "T9")]
    with write_session(page.desk.engine) as session:
        apply_page(session, [change(n, record) for n, record in enumerate([sold, *refunds], start=90001)])
    page.pages.setCurrentRow(0)
    wait_for_report(qtbot, page)
    page.pages.setCurrentRow(row)
    wait_for_report(qtbot, page)
    assert table_cells(page)[0][:5] == ["T7-000001", "Pane di Altamura", "1", "2", "T8-000001 T9-000001"]
    assert page.headline.text().startswith("Lines two tills refunded")
    assert page.chart.data.current == [1.0]
