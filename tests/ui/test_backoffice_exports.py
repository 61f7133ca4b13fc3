"""The accountant's exports page: Month for my accountant off the UI thread, progress, Cancel, rights, messages."""
import os
import threading

import pytest
from PySide6.QtCore import QDate, Qt

from db.engine import read_session
from shop.exports import bundle
from shop.exports.period import last_month
from shop.users import active_users
from tests.db.tables import audit_events
from tests.shop.exports_month import make_month_shop
from ui.backoffice_exports import CUSTOM, ExportsPage


@pytest.fixture(scope="module")
def month_shop(tmp_path_factory):
    """The Italian demo shop with this month's refunds, discounts, points and split payments."""
    engine, period = make_month_shop(tmp_path_factory.mktemp("page") / "shop.db", days=70)
    yield engine, period
    engine.dispose()


def make_page(qtbot, engine, role: str, folder):
    from shop.settings import load_settings

    with read_session(engine) as session:
        user = next(u for u in active_users(session) if u.role == role)
        settings = load_settings(session)
    page = ExportsPage(engine, user, settings)
    qtbot.addWidget(page)
    page.base_folder = folder
    page.opened = []
    page.open_folder = page.opened.append  # QDesktopServices is not called in tests
    page.resize(1200, 700)
    page.show()
    return page


def test_month_for_my_accountant_writes_last_month_and_opens_the_folder(qtbot, month_shop, tmp_path):
    """One press: last month in every format, a progress bar while it runs, the figures and the folder opened."""
    engine, _ = month_shop
    page = make_page(qtbot, engine, "owner", tmp_path)
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() or page.result is not None
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    expected = last_month(page.today())
    assert page.result.folder == tmp_path / f"accounts-{expected.slug()}"
    assert page.opened == [page.result.folder]
    names = os.listdir(page.result.folder)
    assert f"accounts_{expected.slug()}.xlsx" in names and f"summary_{expected.slug()}.pdf" in names
    assert f"bottega-{expected.slug()}.zip" in names and "journal.csv" in names
    assert page.status.text().startswith(f"Written to {page.result.folder}: 10 files")
    assert "Z reports" in page.figures.text() and not page.progress.isVisible()
    assert page.export_button.isEnabled() and not page.cancel_button.isEnabled()
    assert audit_events(engine, "accounts_exported")[-1]["detail"]["start"] == expected.start.isoformat()
    # A second press does not touch the first folder: it writes beside it.
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.opened[-1] != tmp_path / f"accounts-{expected.slug()}", timeout=30_000)
    assert page.opened[-1] == tmp_path / f"accounts-{expected.slug()}-2"


def test_custom_days_and_a_format_with_the_manager_leaving_out_customers(qtbot, month_shop, tmp_path):
    """Custom days, CSV only, as the manager: the journal has no customer column and the page says why."""
    engine, period = month_shop
    page = make_page(qtbot, engine, "manager", tmp_path)
    assert "Customer ids are left out" in page.privacy.text()
    page.period_combo.setCurrentIndex(CUSTOM)
    assert page.from_edit.isEnabled()
    page.from_edit.setDate(QDate(period.start))
    page.to_edit.setDate(QDate(period.end))
    page.format_boxes["xlsx"].setChecked(False)
    page.format_boxes["pdf"].setChecked(False)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=30_000)
    files = sorted(p.name for p in page.result.files)
    assert "journal.csv" in files and not any(name.endswith((".xlsx", ".pdf")) for name in files)
    header = (page.result.folder / "journal.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Cliente" not in header and not page.result.personal


def test_reversed_days_and_no_format_are_refused_at_once(qtbot, month_shop, tmp_path):
    """The first day after the last, or no format ticked: a message, and nothing starts."""
    engine, _ = month_shop
    page = make_page(qtbot, engine, "owner", tmp_path)
    page.period_combo.setCurrentIndex(CUSTOM)
    page.from_edit.setDate(QDate(2026, 3, 10))
    page.to_edit.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "The first day is after the last: change the dates."
    page.to_edit.setDate(QDate(2026, 3, 31))
    for box in page.format_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Choose at least one format."
    assert os.listdir(tmp_path) == []


def test_cancel_stops_the_export_and_leaves_nothing(qtbot, month_shop, tmp_path, monkeypatch):
    """Cancel while it runs: the page says nothing was written and no folder (not even a temporary one) is left."""
    engine, _ = month_shop
    page = make_page(qtbot, engine, "owner", tmp_path)
    started, release = threading.Event(), threading.Event()
    real_write_csv = bundle.BUILT_IN["csv"]

    def slow_csv(data, folder):
        started.set()
        release.wait(10)
        return real_write_csv(data, folder)

    monkeypatch.setitem(bundle.BUILT_IN, "csv", slow_csv)
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert started.wait(20)
    assert page.cancel_button.isEnabled() and not page.month_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=30_000)
    assert page.error.text() == "Cancelled: nothing was written."
    assert os.listdir(tmp_path) == [] and page.opened == []


def test_cashier_cannot_export(qtbot, month_shop, tmp_path):
    """A cashier sees why and both buttons are off."""
    engine, _ = month_shop
    page = make_page(qtbot, engine, "cashier", tmp_path)
    assert not page.export_button.isEnabled() and not page.month_button.isEnabled()
    assert page.privacy.text() == "Only the owner or a manager can export the shop's accounts."


def test_unwritable_folder_is_a_message(qtbot, month_shop):
    """A place that cannot be written (/sys, even for root): the page names it and what to do."""
    engine, _ = month_shop
    page = make_page(qtbot, engine, "owner", __import__("pathlib").Path("/sys/bottega"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=30_000)
    assert page.error.text().startswith("Cannot write in /sys")
