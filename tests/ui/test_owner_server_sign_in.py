"""The back office's "Publish changes to the other tills" sign-in, against a real server on loopback."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sqlmodel import select

from server.database import read_session as server_read
from server.models import OwnerSession
from shop import owner_session
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from syncwire import messages as m
from tests.server.conftest import make_shop, server  # noqa: F401 - fixtures
from tests.server.test_owner_sync import PASSWORD, add_person, change_price_at_till
from ui.owner_server_sign_in import OwnerServerSignInDialog, publish_hint
from ui.sync_service import SyncService


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    """The server's own database does not matter here (tests/server runs both): SQLite."""
    return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"


@pytest.fixture
def enrolled(shop, server, make_shop):  # noqa: F811
    """The fixture shop's till enrolled on a server shop that has Giulia as its owner; her session forgotten after."""
    owner = make_shop("Macelleria Rossi")
    add_person(owner, "Giulia Rossi")
    config = enrol(shop.engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], "Cassa 1")
    client = SyncClient(shop.engine, config)
    client.sync_once()
    yield client
    owner_session.for_database(shop.engine).forget()
    client.close()


def open_dialog(qtbot, shop, published):
    dialog = OwnerServerSignInDialog(shop.engine, shop.settings, publish_now=lambda: published.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def sign_in_with(qtbot, dialog, name: str, password: str) -> None:
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)


def test_owner_signs_in_from_the_dialog_and_the_waiting_price_change_is_published(qtbot, shop, enrolled, server):  # noqa: F811
    """The page's hint counts the waiting change; a wrong password says so; the right one signs in and the change goes out."""
    change_price_at_till(shop.engine, "VIN001", 990, shop.users["Giulia"])
    assert publish_hint(shop.engine) == "Sign in to the server to publish 1 catalogue and settings changes to the other tills."
    assert SyncService(shop.engine).state.owner_waiting == 1  # what the till's sync status knows too
    published = []
    dialog = open_dialog(qtbot, shop, published)
    assert "1 changes made here wait" in dialog.hint.text() and not dialog.sign_out_button.isVisible()

    sign_in_with(qtbot, dialog, "Giulia Rossi", "not her password")
    assert dialog.error.text() == "The server does not know this name with this password."
    assert dialog.password_edit.text() == "" and dialog.result() != QDialog.DialogCode.Accepted

    sign_in_with(qtbot, dialog, "Giulia Rossi", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted and published == [True]
    assert owner_session.for_database(shop.engine).signed_in.name == "Giulia Rossi"
    assert enrolled.sync_once().sent == 1 and publish_hint(shop.engine) == ""

    again = open_dialog(qtbot, shop, published)
    assert again.sign_out_button.isVisible() and again.signed_in_label.text().startswith("Signed in as Giulia Rossi until ")
    qtbot.mouseClick(again.sign_out_button, Qt.MouseButton.LeftButton)
    assert owner_session.for_database(shop.engine).signed_in is None and not again.sign_out_button.isVisible()
    qtbot.waitUntil(lambda: ended_at_server(server), timeout=30_000)  # and the server no longer takes it


def ended_at_server(server) -> bool:  # noqa: F811
    with server_read(server.engine) as session:
        return all(row.revoked_at for row in session.exec(select(OwnerSession)).all())


def test_the_dialog_says_a_shop_without_server_has_nothing_to_publish(qtbot, shop):
    """On a till working alone the sign-in cannot start and the dialog says why."""
    dialog = open_dialog(qtbot, shop, [])
    assert not dialog.ok_button.isEnabled()
    assert dialog.error.text() == "This shop works on its own: there is no server to publish to."
