"""Type-to-find over the real catalogue: fragments, accents, prefixes, SKUs, several words, limits."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Product, VatRate
from shop import catalog, setup


def search(shop, text, **kwargs) -> list[str]:
    with read_session(shop.engine) as session:
        return [p.sku for p in catalog.search_products(session, text, **kwargs)]


def _search_products(shop, text):
    with read_session(shop.engine) as session:
        return catalog.search_products(session, text)


def add(shop, sku, name, price=100, rate="A", **kwargs):
    with write_session(shop.engine) as session:
        vat = session.exec(select(VatRate).where(VatRate.code == rate)).one()
        return setup.add_product(session, sku, name, price, vat, **kwargs)


@pytest.mark.parametrize("text, sku", [("tamu", "PAN001"), ("giove", "VIN001"), ("marsig", "SAP001"), ("olpett", "POL001")])
def test_fragment_in_the_middle_of_a_word(shop, text, sku):
    """Three or more letters from anywhere inside a name find the product."""
    assert search(shop, text) == [sku]


@pytest.mark.parametrize("text", ["caffe", "CAFFÈ", "Caffè", "creme", "CRÈME", "crème brûlée", "brulee"])
def test_accents_and_case_are_ignored(shop, text):
    """Typing with or without accents, in any case, finds the accented name."""
    add(shop, "CAF001", "Caffè crème brûlée")
    assert search(shop, text) == ["CAF001"]


def test_one_or_two_characters_match_the_start_of_a_name(shop):
    """A one- or two-letter search is a name prefix: 'p' finds pane, polpette, prosciutto, not Sapone."""
    assert search(shop, "p") == ["PAN001", "POL001", "PRO001"]
    assert search(shop, "Sa") == ["VIN001", "SAP001"]  # Sangiovese before Sapone: sorted by name
    assert search(shop, "tu") == []  # inside "Altamura", but too short to be a fragment


def test_one_or_two_characters_match_the_start_of_a_sku(shop):
    """A short search also matches the beginning of a SKU, in any case."""
    assert search(shop, "vi") == ["VIN001"]
    assert search(shop, "GO") == ["GOM001"]


@pytest.mark.parametrize("text, sku", [("POL001", "POL001"), ("pro001", "PRO001"), ("sap0", "SAP001")])
def test_sku_search(shop, text, sku):
    """A full or partial SKU, in any case, finds its product."""
    assert search(shop, text) == [sku]


@pytest.mark.parametrize(
    "text, skus",
    [
        ("pane alta", ["PAN001"]),
        ("alta pane", ["PAN001"]),
        ("crudo parma", ["PRO001"]),
        ("di manzo", ["POL001"]),  # a short word plus a long one
        ("pane manzo", []),  # every word must match the same product
        ("di", []),
    ],
)
def test_multi_word_search_needs_every_word(shop, text, skus):
    """Several words narrow the search: a product must contain all of them, in any order."""
    assert search(shop, text) == skus


def test_names_starting_with_the_text_come_first(shop):
    """'latte' lists 'Latte intero' before 'Cioccolato al latte', which sorts first by name."""
    add(shop, "CIO001", "Cioccolato al latte")
    assert search(shop, "latte") == ["LAT001", "CIO001"]


def test_limit(shop):
    """Every SKU ends in 001, so '001' finds all seven; the limit cuts the list."""
    assert len(search(shop, "001")) == 7
    assert len(search(shop, "001", limit=3)) == 3
    assert search(shop, "001", limit=3) == search(shop, "001")[:3]


def test_default_limit_on_a_larger_catalogue(shop):
    """With many matches the till shows at most SEARCH_LIMIT of them."""
    with write_session(shop.engine) as session:
        vat = session.exec(select(VatRate).where(VatRate.code == "A")).one()
        for i in range(catalog.SEARCH_LIMIT + 10):
            setup.add_product(session, f"BIS{i:03d}", f"Biscotti assortiti {i}", 250, vat)
    assert len(search(shop, "biscotti")) == catalog.SEARCH_LIMIT
    assert len(search(shop, "bi")) == catalog.SEARCH_LIMIT


def test_common_fragment_sorts_a_bounded_sample(shop, monkeypatch):
    """Past SORT_AT_MOST matches inside names, names starting with the text still come first, then matches by name."""
    monkeypatch.setattr(catalog, "SORT_AT_MOST", 3)
    for i in range(6):
        add(shop, f"CRO{i}", f"Crostata alle pere {5 - i}")
    add(shop, "PER001", "Pere Williams")
    found = search(shop, "pere")
    assert found[0] == "PER001"
    assert len(found) == 1 + 3 and all(sku.startswith("CRO") for sku in found[1:])
    names = [p.name for p in _search_products(shop, "pere")[1:]]
    assert names == sorted(names)


def test_blank_search_finds_nothing(shop):
    """Nothing typed, or only spaces, is an empty result rather than the whole catalogue."""
    assert search(shop, "") == []
    assert search(shop, "   ") == []


def test_quotes_and_symbols_are_safe(shop):
    """Characters that mean something to FTS or SQL are searched as text, not raising errors."""
    assert search(shop, 'pane"') == []
    assert search(shop, "pane' OR 1=1 --") == []
    assert search(shop, "AND OR NOT") == []
    assert search(shop, "%") == []


def test_inactive_products_are_not_found(shop):
    """A product taken out of the range disappears from search, long and short."""
    with write_session(shop.engine) as session:
        session.get(Product, shop.products["bread"].id).active = False
    assert search(shop, "altamura") == []
    assert "PAN001" not in search(shop, "pa")


def test_renamed_product_is_found_by_its_new_name(shop):
    """The full-text index follows a rename and forgets the old name."""
    with write_session(shop.engine) as session:
        product = session.get(Product, shop.products["wine"].id)
        product.name = "Lambrusco di Sorbara"
        product.name_fold = "lambrusco di sorbara"
    assert search(shop, "sorbara") == ["VIN001"]
    assert search(shop, "sangiovese") == []


def test_cjk_names(shop):
    """Chinese names are searched as written: a 3-character fragment or a 2-character prefix."""
    add(shop, "TEA001", "乌龙茶饮料")
    assert search(shop, "龙茶饮") == ["TEA001"]
    assert search(shop, "乌龙") == ["TEA001"]


def test_search_result_carries_what_the_till_needs(shop):
    """A hit has price, unit, VAT rate and ids, exactly as stored."""
    with read_session(shop.engine) as session:
        (ham,) = catalog.search_products(session, "prosciutto")
    assert (ham.id, ham.price, ham.unit, ham.vat_rate_bp, ham.plu, ham.barcode) == (
        shop.products["ham"].id, 3990, "kg", 1000, "00043", None,
    )


def test_quick_keys_in_order_with_category_colours(shop):
    """The favourites grid lists its products by position, coloured by category or the default."""
    with read_session(shop.engine) as session:
        keys = catalog.quick_keys(session)
    assert [k.position for k in keys] == [0, 1, 2, 3]
    assert [k.product.sku for k in keys] == ["PAN001", "LAT001", "POL001", "VIN001"]
    assert [k.label for k in keys] == ["Pane di Altamura", "Latte intero 1 l", "Polpette di manzo", "Sangiovese di Romagna"]
    assert [k.color for k in keys] == ["#4f6d7a", "#4f6d7a", "#8c2f39", "#4f6d7a"]


def test_product_by_id(shop):
    """Looking up by id gives the product; an unknown id gives None."""
    with read_session(shop.engine) as session:
        assert catalog.product_by_id(session, shop.products["milk"].id).sku == "LAT001"
        assert catalog.product_by_id(session, "no-such-id") is None
