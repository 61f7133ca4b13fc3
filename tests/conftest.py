"""Shared fixtures: a small, known shop in a real SQLite file with the production settings."""
import atexit
import os
import shutil
import tempfile

# Before any QApplication exists: render offscreen, as on CI and in `bottega screenshot`.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt keeps what its dialogs last did (folders visited, history) in the user's QtProject.conf: a run
# must not read what an earlier run left there, nor leave anything for the next one, or a fresh
# machine behaves differently from a used one. Each run gets an empty config folder of its own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bottega-tests-config-")
atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], True)

from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from babel.core import get_global  # noqa: E402
from stdnum import ean  # noqa: E402

from db.engine import open_database, write_session  # noqa: E402
from shop import setup, users  # noqa: E402
from shop.money import format_money  # noqa: E402
from shop.settings import ShopSettings  # noqa: E402
from shop.till import Till  # noqa: E402

PINS = {"Anna": "1111", "Marco": "2222", "Giulia": "9999"}


def with_check_digit(digits: str) -> str:
    return digits + ean.calc_check_digit(digits)


@dataclass
class KnownShop:
    """Handles to the fixture shop's rows, so tests need no lookups."""

    engine: object
    path: object
    settings: ShopSettings
    users: dict
    products: dict
    barcodes: dict


@pytest.fixture
def shop(tmp_path) -> KnownShop:
    """A small Italian shop: three VAT rates, counted and weighed goods, three users."""
    path = tmp_path / "shop.db"
    engine = open_database(path)
    settings = ShopSettings(shop_name="Macelleria Rossi", address="Via Roma 1, Bologna", vat_number="IT01234567890")
    barcodes = {
        "bread": with_check_digit("800123400001"),
        "wine": with_check_digit("800123400002"),
        "milk": with_check_digit("800123400003"),
        "gum": with_check_digit("8001234"),  # EAN-8
        "soap": with_check_digit("03600029145"),  # UPC-A
    }
    with write_session(engine) as session:
        rates = setup.init_shop(session, settings)
        bakery = setup.add_category(session, "Panetteria")
        meat = setup.add_category(session, "Macelleria", "#8c2f39")
        products = {
            "bread": setup.add_product(session, "PAN001", "Pane di Altamura", 350, rates["C"], barcode=barcodes["bread"], category=bakery),
            "wine": setup.add_product(session, "VIN001", "Sangiovese di Romagna", 1290, rates["A"], barcode=barcodes["wine"]),
            "milk": setup.add_product(session, "LAT001", "Latte intero 1 l", 159, rates["C"], barcode=barcodes["milk"]),
            "gum": setup.add_product(session, "GOM001", "Gomme da masticare", 120, rates["A"], barcode=barcodes["gum"]),
            "soap": setup.add_product(session, "SAP001", "Sapone di Marsiglia", 280, rates["A"], barcode=barcodes["soap"]),
            "meatballs": setup.add_product(session, "POL001", "Polpette di manzo", 1890, rates["B"], unit="kg", plu="00042", category=meat),
            "ham": setup.add_product(session, "PRO001", "Prosciutto crudo di Parma", 3990, rates["B"], unit="kg", plu="00043", category=meat),
        }
        setup.set_quick_keys(session, [products[k].id for k in ("bread", "milk", "meatballs", "wine")])
        people = {
            "Anna": users.create_user(session, "Anna", "cashier", PINS["Anna"]),
            "Marco": users.create_user(session, "Marco", "manager", PINS["Marco"]),
            "Giulia": users.create_user(session, "Giulia", "owner", PINS["Giulia"]),
        }
    yield KnownShop(engine, path, settings, people, products, barcodes)
    engine.dispose()


@pytest.fixture
def till(shop) -> Till:
    """Anna signed in with a shift open on a 100.00 float."""
    till = Till(shop.engine, shop.users["Anna"])
    till.open_shift(10000)
    return till


# System tools some tests run, and the Debian/Ubuntu package that brings each.
SYSTEM_TOOLS = {"pdftoppm": "poppler-utils", "pdfinfo": "poppler-utils", "pdftotext": "poppler-utils"}


@pytest.hookimpl(hookwrapper=True)
def pytest_pyfunc_call(pyfuncitem):
    """A test that runs a missing system tool is skipped with one line naming the package to install
    (`python3 dev.py test` installs them as root); on CI it fails, so no proof is skipped unseen."""
    outcome = yield
    error = outcome.excinfo[1] if outcome.excinfo else None
    if isinstance(error, FileNotFoundError) and Path(str(error.filename)).name in SYSTEM_TOOLS and not os.environ.get("CI"):
        tool = Path(str(error.filename)).name
        outcome.force_exception(pytest.skip.Exception(
            f"needs {tool}: sudo apt-get install {SYSTEM_TOOLS[tool]} (python3 dev.py test does it as root)", _use_item_location=True))


@pytest.fixture
def babel_says(monkeypatch):
    """babel_says(CUR=digits, ...): babel's currency data now gives these digits (as a new release might)."""

    def patch(**digits):
        fractions = get_global("currency_fractions")
        for currency, value in digits.items():
            monkeypatch.setitem(fractions, currency, (value, 0, value, 0))
        format_money.cache_clear()

    yield patch
    format_money.cache_clear()
