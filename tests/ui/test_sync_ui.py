"""The till's sync status line and settings screen, against a real server on loopback."""
import json
import socket

import pytest
from PySide6.QtCore import Qt

from db.engine import read_session, write_session
from db.models import Setting
from shop import customers
from shop.outbox import pending_count
from shop.sync_client import CURSOR_KEY, load_config
from shop.sync_lock import sync_lock
from syncwire import messages as m
from tests.server.conftest import make_shop, server  # noqa: F401 - fixtures
from ui.sync_service import SyncService, SyncState
from ui.sync_settings import SyncSettingsDialog
from ui.sync_status import header_text, status_text
from ui.till_window import TillWindow


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    """The server's own database does not matter here (tests/server runs both): SQLite."""
    return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"


@pytest.fixture(autouse=True)
def stop_workers():
    yield
    SyncService.stop_all()


@pytest.fixture
def code(make_shop):  # noqa: F811
    owner = make_shop("Macelleria Rossi")
    return lambda: owner.owner.post(f"{m.API}/owner/enrolment-codes").raise_for_status().json()["code"]


@pytest.fixture
def manager(shop):
    """Marco (a manager) at the fixture shop's till."""
    from shop.till import Till

    return Till(shop.engine, shop.users["Marco"])


@pytest.fixture
def settings_dialog(qtbot, manager):
    """The sync settings as a manager opens them."""
    dialog = SyncSettingsDialog(manager)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def enrol_in(qtbot, dialog, url, code):
    dialog.url_edit.clear()
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.keyClicks(dialog.code_edit, code)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.enrol_button.isEnabled(), timeout=30_000)


def free_port_url() -> str:
    """A loopback address where nothing listens: an offline server."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_status_line_says_offline_waiting_last_sync_and_a_wrong_clock(till):
    """Each state the header can be in reads as what it means; a clock 25 minutes off is an error."""
    settings = till.settings
    assert status_text(SyncState(waiting=3), settings) == ("No server · 3 waiting", "warning")
    online = SyncState(enrolled=True, online=True, waiting=0, last_sync="2026-11-23T09:15:00+00:00")
    text, role = status_text(online, settings)
    assert text.startswith("Online · 0 waiting · synced ") and role == ""
    offline = SyncState(enrolled=True, online=False, waiting=7)
    assert status_text(offline, settings) == ("Offline · 7 waiting · last sync never", "warning")
    skewed = SyncState(enrolled=True, online=True, waiting=0, last_sync=online.last_sync, clock_offset_s=-25 * 60)
    text, role = status_text(skewed, settings)
    assert text.startswith("Clock wrong! Online") and role == "error"
    assert not SyncState(enrolled=True, online=True, clock_offset_s=120).clock_skewed
    # The header's short form: since when a till is offline; the full line is its tooltip.
    assert header_text(online, settings) == ("Online · 0 waiting", "")
    since = header_text(SyncState(enrolled=True, online=False, waiting=7, last_sync=online.last_sync), settings)
    assert since[0].startswith("Offline since ") and since[0].endswith(" · 7 waiting") and since[1] == "warning"
    assert header_text(offline, settings) == ("Offline · 7 waiting", "warning")
    assert header_text(skewed, settings) == ("Clock wrong! Online · 0 waiting", "error")


def test_a_sync_failing_for_another_reason_than_the_network_says_so(till):
    """A fault (a bad answer, a bug) is not 'offline': the line says the sync is failing, as an error."""
    service = SyncService(till.engine)
    service._on_failed("AttributeError", False)
    assert service.state.fault and not service.state.online
    service._on_failed("ConnectError", True)
    assert not service.state.fault
    failing = SyncState(enrolled=True, online=False, waiting=2, fault=True)
    assert header_text(failing, till.settings) == ("Sync failing · 2 waiting", "error")
    assert status_text(failing, till.settings) == ("Sync failing · 2 waiting · last sync never", "error")


def test_enrol_from_the_settings_screen_then_sync_now_empties_the_queue(qtbot, server, code, manager, settings_dialog):  # noqa: F811
    """The manager types address and code; the worker starts off the UI thread and Sync now sends the waiting sale."""
    with write_session(manager.engine) as session:
        customers.register_customer(session, "IT", "Paola Conti")
    dialog = settings_dialog
    dialog.show_state()
    assert "1 waiting" in dialog.status.text() and not dialog.sync_button.isEnabled()
    enrol_in(qtbot, dialog, server.url, code())
    assert dialog.error.text() == "" and "now syncs with" in dialog.notice.text()
    service = dialog.service
    qtbot.waitUntil(lambda: service.state.online is True and service.state.waiting == 0, timeout=30_000)
    assert dialog.status.text().startswith("Online · 0 waiting · synced ")
    assert service._worker is not None and service._worker.running
    with write_session(manager.engine) as session:
        customers.register_customer(session, "IT", "Marta Gallo")
    service.refresh()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.refresh().waiting == 0, timeout=30_000)


def test_a_wrong_code_says_so_and_enrols_nothing(qtbot, server, code, manager, settings_dialog):  # noqa: F811
    """A made-up code is refused by the server; the screen says what to do and the till stays unenrolled."""
    enrol_in(qtbot, settings_dialog, server.url, "AAAA-BBBB-CCCC")
    assert "refused this code" in settings_dialog.error.text()
    with read_session(manager.engine) as session:
        assert load_config(session) is None


def test_switching_server_while_changes_wait_is_refused_before_the_code_is_spent(qtbot, server, code, manager, settings_dialog):  # noqa: F811
    """Enrolled on an unreachable server with a sale waiting: re-enrolling elsewhere is refused and the code still works."""
    dialog = settings_dialog
    SyncService.enrol_blocking(manager.engine, server.url, code(), "Cassa 1")
    with write_session(manager.engine) as session:  # the server went away; the till was moved meanwhile
        session.connection().exec_driver_sql("UPDATE setting SET value = json_set(value, '$.server_url', ?) WHERE key = 'sync'",
                                             (free_port_url(),))
        customers.register_customer(session, "IT", "Paola Conti")
        session.add(Setting(key=CURSOR_KEY, value=10**9))  # far along the old server's feed
    dialog.service.restart()
    unspent = code()
    enrol_in(qtbot, dialog, server.url, unspent)
    assert "1 changes made here have not reached the server yet" in dialog.error.text()
    with read_session(manager.engine) as session:
        assert pending_count(session) == 1 and load_config(session).server_url != server.url
    qtbot.waitUntil(lambda: dialog.service.state.online is False, timeout=30_000)
    assert dialog.status.text().startswith("Offline · 1 waiting")
    # The code was never spent: once nothing waits (here: marked delivered by hand), it enrols the till.
    with write_session(manager.engine) as session:
        session.connection().exec_driver_sql("UPDATE outbox SET sent_at = 'x'")
    enrol_in(qtbot, dialog, server.url, unspent)
    assert dialog.error.text() == ""
    with read_session(manager.engine) as session:
        cursor = session.get(Setting, CURSOR_KEY)
        assert load_config(session).server_url == server.url
        assert cursor is None or cursor.value < 10**9  # the new server's feed is read from its start


def test_signing_out_with_changes_waiting_is_refused_until_they_are_exported(qtbot, server, code, manager, settings_dialog, tmp_path):  # noqa: F811
    """Sign out is refused while a change waits; exporting writes it to a file first, then the till is signed out."""
    dialog = settings_dialog
    SyncService.enrol_blocking(manager.engine, server.url, code(), "Cassa 1")
    with write_session(manager.engine) as session:
        session.connection().exec_driver_sql("UPDATE setting SET value = json_set(value, '$.server_url', ?) WHERE key = 'sync'",
                                             (free_port_url(),))
        customer = customers.register_customer(session, "IT", "Paola Conti")
    dialog.service.restart()
    dialog.show_state()
    assert dialog.disconnect_button.isVisible() and not dialog.export_button.isVisible()
    qtbot.mouseClick(dialog.disconnect_button, Qt.MouseButton.LeftButton)
    assert "have not reached the server yet" in dialog.error.text() and dialog.export_button.isVisible()
    with read_session(manager.engine) as session:
        assert load_config(session) is not None and pending_count(session) == 1
    export = tmp_path / "waiting.json"
    dialog.choose_export_path = lambda: str(export)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    records = json.loads(export.read_text(encoding="utf-8"))["records"]
    assert [(r["kind"], r["id"]) for r in records] == [(m.CUSTOMER, customer.id)]
    assert records[0]["payload"]["name"] == "Paola Conti"
    with read_session(manager.engine) as session:
        assert load_config(session) is None and pending_count(session) == 0
    assert dialog.status.text() == "No server · 0 waiting"


def test_a_cashier_may_sync_now_but_not_enrol_or_sign_out(qtbot, till):
    """Enrol and sign out need a manager; the offline points rule is on the screen for everyone."""
    dialog = SyncSettingsDialog(till)  # Anna, a cashier
    qtbot.addWidget(dialog)
    assert not dialog.enrol_button.isEnabled() and not dialog.disconnect_button.isEnabled()
    assert "points can pay only up to the balance this till knows" in dialog.findChild(type(dialog.status), "offlinePointsRule").text()


def test_the_till_header_shows_the_sync_line_and_opens_the_settings(qtbot, till, in_dialog):
    """The header line counts a new waiting change; pressing it opens the sync settings."""
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    before = window.header.sync_label.text()
    with write_session(till.engine) as session:
        customers.register_customer(session, "IT", "Paola Conti")
    window.header.show_state()
    assert before == "No server · 0 waiting" and window.header.sync_label.text() == "No server · 1 waiting"
    seen = []
    in_dialog(lambda dialog: (seen.append(type(dialog)), dialog.reject()))
    qtbot.mouseClick(window.header.sync_label, Qt.MouseButton.LeftButton)
    assert seen == [SyncSettingsDialog]


def test_a_second_copy_of_the_app_does_not_sync_and_says_who_does(qtbot, server, code, manager):  # noqa: F811
    """While another process holds the database's sync lock, this copy's worker stops at once and the line says why."""
    SyncService.enrol_blocking(manager.engine, server.url, code(), "Cassa 1")
    with sync_lock(manager.engine):  # the first copy of the app
        service = SyncService(manager.engine)
        assert service.start()
        qtbot.waitUntil(lambda: service.state.busy_elsewhere is True, timeout=30_000)
        assert not service.state.running and service._busy_retry.isActive()
        assert status_text(service.state, manager.settings)[0] == "Synced by another Bottega window · 0 waiting"
    service._busy_retry.timeout.emit()  # the first copy quit; the retry finds the lock free
    qtbot.waitUntil(lambda: service.state.online is True, timeout=30_000)
    service.stop()


def test_shared_settings_a_sync_brings_apply_to_the_open_till(qtbot, window, shop):
    """The owner renames the shop and lowers the discount limit; after the worker's next report the open till
    shows the new name and asks a manager for a discount the old limit allowed."""
    from shop.cart import PERCENT, Discount
    from shop.errors import NeedsApproval
    from shop.settings import load_settings, save_settings

    with write_session(shop.engine) as session:
        settings = load_settings(session)
        settings.shop_name, settings.discount_limit_bp = "Macelleria Rossi", 500
        save_settings(session, settings)
    line = window.till.scan(shop.barcodes["milk"])
    window.header.sync_label.service.changed.emit()  # what each report of the sync worker does
    assert window.header.shop_name_label.text() == "Macelleria Rossi"
    assert window.windowTitle() == "Bottega – Macelleria Rossi"
    with pytest.raises(NeedsApproval):
        window.till.discount_line(line.id, Discount(PERCENT, 800))


def test_the_settings_screen_counts_the_records_set_aside(qtbot, manager, settings_dialog):
    """A pulled record the till could not use is counted on the Server and sync screen."""
    from shop.sync_set_aside import set_aside

    with write_session(manager.engine) as session:
        for seq in (7, 9):
            set_aside(session, m.Change(seq=seq, kind=m.CUSTOMER, id=f"c{seq}", data={}), "phone: must be text")
    settings_dialog.show_state()
    details = settings_dialog.details.text()
    assert "2 records from the server could not be used here and were set aside" in details
    assert "Change 9 (customer): phone: must be text\nChange 7 (customer): phone: must be text" in details


def test_the_till_sells_while_the_shop_history_arrives_and_shows_its_progress(qtbot, server, code, manager, shop, monkeypatch):  # noqa: F811
    """A joining till fetches 60 sales of another till two at a time on its worker; the header shows the progress and a sale completes meanwhile."""
    import httpx

    import shop.sync_client as sync_client
    import shop.sync_history as sync_history
    from shop.sales import CASH, Tender
    from tests.server import records

    monkeypatch.setattr(sync_client, "HISTORY_PAGE", 2)
    monkeypatch.setattr(sync_client, "HISTORY_BUDGET_S", 0)  # one page a sync: each is reported
    with httpx.Client(base_url=server.url, timeout=30) as other:
        token = other.post(f"{m.API}/enrol", json={"code": code(), "till_name": "Cassa 9"}).raise_for_status().json()["device_token"]
        other.headers["Authorization"] = f"Bearer {token}"
        pushed = other.post(f"{m.API}/push", json={"records": [records.sale(100 + i, seq=i, till="T9") for i in range(1, 61)]})
        assert not pushed.raise_for_status().json()["rejected"]
    SyncService.enrol_blocking(manager.engine, server.url, code(), "Cassa 1")
    service = SyncService.for_engine(manager.engine)
    seen = []
    service.changed.connect(lambda: seen.append(header_text(service.state, manager.settings)[0]))
    manager.open_shift(0)
    assert service.start()
    qtbot.waitUntil(lambda: any("shop history" in text for text in seen), timeout=30_000)
    manager.scan(shop.barcodes["bread"])
    assert manager.pay([Tender(CASH, 350)]).receipt_number == "T1-000001"  # the till sells while history arrives
    qtbot.waitUntil(lambda: sync_history.history_progress(manager.engine) == (60, 60, True), timeout=60_000)
    with read_session(manager.engine) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM sale WHERE till_id = 'T9'").scalar_one() == 60
    service.stop()
