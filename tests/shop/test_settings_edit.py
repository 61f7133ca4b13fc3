"""The back office's settings service: field checks, tax ids per country, audit, the receipt, the outbox."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Outbox, Setting
from shop import settings_edit
from shop.loyalty_rules import load_loyalty_settings
from shop.receipts import Text, sale_receipt
from shop.sales import CASH, Tender
from shop.settings import load_settings
from shop.settings_edit import InvalidSettings, clean_tax_id, parse_percent
from shop.staff_errors import NoRight
from shop.sync_client import SYNC_KEY


@pytest.mark.parametrize("country, typed, stored", [
    ("IT", "IT 00743110157", "00743110157"),
    ("HU", "HU12892312", "12892312"),
    ("HU", "12892312-2-42", "12892312-2-42"),
    ("KR", "1348672683", "134-86-72683"),
    ("CN", "91110000600037341L", "91110000600037341L"),
    ("IT", "", ""),
])
def test_tax_ids_are_checked_with_the_countrys_rules(country, typed, stored):
    """Each country's tax id is checked by python-stdnum and kept in its usual form."""
    assert clean_tax_id(country, typed) == stored


@pytest.mark.parametrize("country, typed", [("IT", "IT01234567890"), ("HU", "12892313"), ("KR", "134-86-7268"),
                                            ("CN", "91110000600037341X")])
def test_a_wrong_tax_id_is_refused(country, typed):
    """A wrong check digit or length is not a tax id."""
    with pytest.raises(ValueError):
        clean_tax_id(country, typed)


def test_percent_parsing():
    """Percents are typed with a comma or a point, 0 to 100, at most two decimals."""
    assert parse_percent("12,5") == 1250 and parse_percent("10 %") == 1000 and parse_percent("0") == 0
    for bad in ("abc", "-3", "101", "1.234", ""):
        with pytest.raises(ValueError):
            parse_percent(bad)


def test_bad_fields_are_all_reported_and_nothing_is_saved(shop):
    """Every bad field is named at once; the stored settings stay as they were."""
    with pytest.raises(InvalidSettings) as raised, write_session(shop.engine) as session:
        settings_edit.save_shop_settings(session, shop.users["Giulia"], "T1", shop_name=" ", vat_number="IT123",
                                         discount_limit_bp=20000, cash_notes=[], variable_measure_prefixes={"31": "weight"})
    assert set(raised.value.problems) == {"shop_name", "vat_number", "discount_limit_bp", "cash_notes",
                                          "variable_measure_prefixes"}
    with read_session(shop.engine) as session:
        assert load_settings(session).shop_name == "Macelleria Rossi"


def test_the_receipt_prints_the_header_and_footer_saved(shop, till):
    """A saved header and footer are on the next receipt; the change is audited with old and new."""
    with write_session(shop.engine) as session:
        changes = settings_edit.save_shop_settings(
            session, shop.users["Giulia"], "T1", vat_number="00743110157",
            receipt_header="Aperti tutti i giorni 8-20", receipt_footer="www.macelleriarossi.it\nA presto!")
    assert changes["receipt_header"] == ["", "Aperti tutti i giorni 8-20"]
    till.reload_settings()
    till.add_product_id(shop.products["bread"].id)
    done = till.pay([Tender(CASH, 350)])
    with read_session(shop.engine) as session:
        document = sale_receipt(session, done.sale_id)
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "settings_changed")).one()
    texts = [b.text for b in document.blocks if isinstance(b, Text)]
    assert "Aperti tutti i giorni 8-20" in document.header and "Aperti tutti i giorni 8-20" in texts
    assert texts[-2:] == ["www.macelleriarossi.it", "A presto!"]
    assert event.detail["key"] == "shop" and "receipt_footer" in event.detail["changes"]


def test_a_manager_cannot_change_settings(shop):
    """Settings are the owner's."""
    with pytest.raises(NoRight), write_session(shop.engine) as session:
        settings_edit.save_shop_settings(session, shop.users["Marco"], "T1", shop_name="Altro")


def test_an_enrolled_till_queues_the_shared_fields(shop):
    """On an enrolled till the change is queued with only the shared fields, categories by name."""
    with write_session(shop.engine) as session:
        session.add(Setting(key=SYNC_KEY, value={"server_url": "http://x", "shop_id": "s", "till_id": "t",
                                                 "device_token": "d"}))
    with write_session(shop.engine) as session:
        rules = load_loyalty_settings(session)
        rules.spend_per_point = 200
        rules.category_multipliers_bp = {shop.products["meatballs"].category_id: 20000}
        settings_edit.save_loyalty(session, shop.users["Giulia"], "T1", rules)
        settings_edit.save_shop_settings(session, shop.users["Giulia"], "T1", vat_number="", receipt_header="Ciao")
    with read_session(shop.engine) as session:
        rows = {r.record_id: r.payload for r in session.exec(select(Outbox).where(Outbox.record_type == "setting"))}
    assert rows["loyalty"]["value"]["spend_per_point"] == 200
    assert rows["loyalty"]["value"]["category_multipliers"] == {"Macelleria": 20000}
    assert rows["shop"]["key"] == "shop" and rows["shop"]["value"]["receipt_header"] == "Ciao"
    assert "till_id" not in rows["shop"]["value"]


def test_a_till_not_enrolled_queues_nothing(shop):
    """A shop without a server keeps its changes local."""
    with write_session(shop.engine) as session:
        settings_edit.save_shop_settings(session, shop.users["Giulia"], "T1", vat_number="", receipt_header="Ciao")
    with read_session(shop.engine) as session:
        assert not session.exec(select(Outbox).where(Outbox.record_type == "setting")).all()
