"""Customers in a Korean, Hungarian and Chinese shop, found through the real till window: the phone typed the
local way (010-..., 06 30 ..., 138 ...) and names with accents or in Chinese and Korean script."""
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from db.engine import read_session, write_session
from shop import customers
from shop.settings import load_settings, save_settings
from shop.till import Till
from tests.ui.test_customers_ui import find_and_attach, on_dialog  # noqa: F401 - the fixture is used by name
from ui.customer_search import CustomerSearchDialog
from ui.style import apply_style
from ui.till_window import TillWindow

SHOPS = {
    "KR": dict(country="KR", locale="ko_KR", currency="KRW", timezone="Asia/Seoul", receipt_language="ko"),
    "HU": dict(country="HU", locale="hu_HU", currency="HUF", timezone="Europe/Budapest", receipt_language="hu"),
    "CN": dict(country="CN", locale="zh_CN", currency="CNY", timezone="Asia/Shanghai", receipt_language="zh"),
}
# (shop country, the regular's name, their number as stored, how the cashier types it)
PHONES = [
    ("KR", "김민준", "+821012345678", "010-1234-5678"),
    ("KR", "김민준", "+821012345678", "010 1234 5678"),
    ("KR", "김민준", "+821012345678", "+82 10-1234-5678"),
    ("HU", "Szabó Zoltán", "+36301234567", "06 30 123 4567"),
    ("HU", "Szabó Zoltán", "+36301234567", "+36 30 123 4567"),
    ("HU", "Szabó Zoltán", "+36301234567", "06-30/123-4567"),
    ("CN", "王小明", "+8613800138000", "138 0013 8000"),
    ("CN", "王小明", "+8613800138000", "+86 138-0013-8000"),
    ("CN", "王小明", "+8613800138000", "8000"),
]


def till_window(qtbot, qapp, shop, country: str) -> TillWindow:
    """The till of the fixture shop moved to `country`: the cashier's phone numbers are read the local way."""
    with write_session(shop.engine) as session:
        save_settings(session, replace(load_settings(session), **SHOPS[country]))
    till = Till(shop.engine, shop.users["Anna"])
    till.open_shift(10000)
    apply_style(qapp)
    window = TillWindow(till)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def register(shop, country: str, name: str, phone: str) -> str:
    with write_session(shop.engine) as session:
        return customers.register_customer(session, country, name, phone=phone).id


@pytest.mark.parametrize(("country", "name", "stored", "typed"), PHONES)
def test_attach_by_the_local_way_of_saying_the_number(qtbot, qapp, shop, on_dialog, country, name, stored, typed):  # noqa: F811
    """In a Korean, Hungarian or Chinese shop the number said the local way (or its last digits) attaches the regular."""
    window = till_window(qtbot, qapp, shop, country)
    wanted = register(shop, country, name, stored)
    register(shop, country, "Other Customer", {"KR": "010-9876-5432", "HU": "06 20 987 6543", "CN": "139 1234 5678"}[country])
    with read_session(shop.engine) as session:
        assert customers.customer_by_id(session, wanted).phone == stored
    find_and_attach(qtbot, window, on_dialog, typed, name)
    assert window.till.cart.customer_id == wanted
    assert window.customers.panel.name_label.text() == name


@pytest.mark.parametrize(("typed", "name"), [
    ("szabo", "Szabó Zoltán"), ("ZOLTAN", "Szabó Zoltán"), ("Szabó", "Szabó Zoltán"),
    ("王小明", "王小明"), ("小明", "王小明"), ("김민준", "김민준"), ("민준", "김민준"),
])
def test_attach_by_name_with_accents_or_in_cjk(qtbot, qapp, shop, on_dialog, typed, name):  # noqa: F811
    """Accents and case are ignored; a Chinese or Korean name is found whole or by the given name alone."""
    window = till_window(qtbot, qapp, shop, "HU")
    for who, phone in (("Szabó Zoltán", "06 30 123 4567"), ("王小明", "+86 138 0013 8000"),
                       ("김민준", "+82 10-1234-5678"), ("Szalai Anna", "06 20 987 6543")):
        register(shop, "HU", who, phone)
    find_and_attach(qtbot, window, on_dialog, typed, name)
    assert window.customers.panel.name_label.text() == name
    assert window.till.cart.customer_id is not None


def test_unknown_local_number_offers_nobody(qtbot, qapp, shop, on_dialog):  # noqa: F811
    """A Korean number nobody has finds no one: the cashier is not shown a wrong customer."""
    window = till_window(qtbot, qapp, shop, "KR")
    register(shop, "KR", "김민준", "010-1234-5678")
    seen = []

    def search(dialog):
        from tests.ui.test_customers_ui import type_text
        type_text(qtbot, dialog.edit, "010-5555-0000")
        seen.append(dialog.model.rowCount())
        dialog.reject()

    on_dialog(CustomerSearchDialog, search)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert seen == [0]
    assert window.till.cart.customer_id is None
