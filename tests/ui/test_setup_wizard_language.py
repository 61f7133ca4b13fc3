"""The set-up wizard asks the language first and speaks it from then on; the country presets follow."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from db.engine import open_database, read_session
from db.models import VatRate
from shop.settings import load_settings
from ui.setup_wizard import SetupWizard
from ui.style import install_translations


@pytest.fixture
def wizard(qtbot, qapp, tmp_path):
    engine = open_database(tmp_path / "new.db")
    dialog = SetupWizard(engine)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog, engine
    install_translations(qapp, "en")
    engine.dispose()


@pytest.mark.parametrize("language, title, country, rates, receipt", [
    ("hu", "Állítsa be az üzletét", "HU", [0, 500, 1800, 2700], "hu"),
    ("ko", "매장 설정", "KR", [0, 1000], "ko"),
    ("zh", "设置您的店铺", "CN", [100, 300, 600, 900, 1300], "zh"),
    ("it", "Configura il tuo negozio", "IT", [0, 400, 500, 1000, 2200], "it"),
])
def test_the_language_chosen_first_is_spoken_and_suggests_the_country(qtbot, wizard, language, title, country, rates, receipt):
    """Clicking Magyar (or 한국어, 中文, Italiano) translates the form, picks the country and makes the shop with its VAT rates."""
    dialog, engine = wizard
    assert dialog.pages.currentIndex() == 0
    qtbot.mouseClick(dialog.findChild(QPushButton, f"language_{language}"), Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    assert dialog.title.text() == title
    assert dialog.country.currentData() == country
    qtbot.keyClicks(dialog.shop_name, "Bolt")
    qtbot.keyClicks(dialog.owner, "Owner")
    qtbot.keyClicks(dialog.pin, "2468")
    qtbot.keyClicks(dialog.pin_again, "2468")
    dialog._create()
    with read_session(engine) as session:
        settings = load_settings(session)
        assert sorted(r.rate_bp for r in session.exec(select(VatRate))) == rates
    assert (settings.country, settings.receipt_language) == (country, receipt)
