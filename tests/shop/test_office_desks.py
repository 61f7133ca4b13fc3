"""The back office's desks: each operation one transaction, in the signed-in person's name."""
import pytest
from sqlmodel import select

from db.engine import read_session
from db.models import AuditEvent, Product
from shop.catalogue_errors import InvalidFields
from shop.office.catalogue import Catalogue
from shop.price_change import PERCENT
from shop.product_admin import ProductDraft


def test_a_price_change_is_applied_whole_in_the_owners_name(shop):
    """Ten percent on the bakery: previewed from one snapshot, applied in one write, audited as Giulia."""
    catalogue = Catalogue(shop.engine, shop.users["Giulia"])
    bakery = next(c for c in catalogue.categories() if c.name == "Panetteria")
    changes = catalogue.preview_prices(PERCENT, "10", shop.settings, category_id=bakery.id)
    assert [(c.name, c.old, c.new) for c in changes] == [("Pane di Altamura", 350, 385)]
    assert catalogue.apply_prices(changes) == 1
    with read_session(shop.engine) as session:
        assert session.get(Product, shop.products["bread"].id).price == 385
        actors = {e.user_id for e in session.exec(select(AuditEvent)).all()}
    assert shop.users["Giulia"].id in actors


def test_a_refused_save_writes_nothing(shop):
    """A product with a taken SKU and no name: InvalidFields naming both, and the catalogue as it was."""
    catalogue = Catalogue(shop.engine, shop.users["Giulia"])
    before = catalogue.first_page("")[2]
    draft = catalogue.product(shop.products["wine"].id)
    with pytest.raises(InvalidFields) as caught:
        catalogue.save_product(ProductDraft(sku="PAN001", name="", price="1,00", vat_rate_id=draft.vat_rate_id))
    assert {"sku", "name"} <= caught.value.fields()
    assert catalogue.first_page("")[2] == before


def test_a_desk_without_a_signed_in_person_only_reads(shop):
    """A desk made for reading (a benchmark, a screenshot) refuses a write instead of writing in nobody's name."""
    catalogue = Catalogue(shop.engine)
    assert len(catalogue.vat_rates()) == 3
    with pytest.raises(RuntimeError):
        catalogue.save_category("Formaggi", "#e9c46a")
    assert "Formaggi" not in {c.name for c in catalogue.categories()}


def test_the_settings_page_saves_all_three_or_none(shop):
    """A new shop name with refused loyalty rules (no point value): InvalidSettings, and the name stays as it was."""
    from dataclasses import replace

    from shop.office.shop_settings import ShopSettingsDesk
    from shop.settings_edit import InvalidSettings

    desk = ShopSettingsDesk(shop.engine, shop.users["Giulia"], shop.settings.till_id)
    stored = desk.stored()
    shop_values = {"shop_name": "Macelleria Rossi & Figli", "vat_number": ""}  # the fixture's number is made up
    with pytest.raises(InvalidSettings) as caught:
        desk.save(shop_values, replace(stored.loyalty, point_value=0), stored.reservations)
    assert caught.value.problems == {"point_value": "positive"}
    assert desk.settings().shop_name == "Macelleria Rossi"
    assert desk.save(shop_values, stored.loyalty, stored.reservations)["shop_name"] == ["Macelleria Rossi",
                                                                                         "Macelleria Rossi & Figli"]
    assert desk.settings().shop_name == "Macelleria Rossi & Figli"
