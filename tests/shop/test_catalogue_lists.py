"""Categories, VAT rates, quick keys and bulk price changes as the owner keeps them."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Product
from shop import catalog, catalogue_lists as lists, price_change
from shop.catalogue_errors import CategoryInUse, InvalidFields, PreviewOutdated, Problem, VatRateInUse
from shop.catalogue_lists import QuickKeyDraft
from shop.product_list import filter_products, ids_in, make_query, page


def owner(shop):
    return shop.users["Giulia"]


def test_vat_rate_in_use_cannot_be_deleted(shop):
    """A rate products use is refused with how many use it; an unused one goes."""
    with read_session(shop.engine) as session:
        rates = {r.code: r for r in lists.vat_rates(session)}
    with pytest.raises(VatRateInUse) as caught, write_session(shop.engine) as session:
        lists.delete_vat_rate(session, owner(shop), rates["A"].id)
    assert caught.value.code == "A" and caught.value.products == rates["A"].products > 0
    with write_session(shop.engine) as session:
        new = lists.save_vat_rate(session, owner(shop), "D", "IVA 5%", "5")
    with write_session(shop.engine) as session:
        lists.delete_vat_rate(session, owner(shop), new)
    with read_session(shop.engine) as session:
        assert "D" not in {r.code for r in lists.vat_rates(session)}


@pytest.mark.parametrize("code, rate, field", [("", "22", "code"), ("A", "10", "code"), ("E", "abc", "rate"),
                                               ("E", "101", "rate"), ("E", "-1", "rate")])
def test_bad_vat_rates(shop, code, rate, field):
    """A missing or taken code, a rate that is not a percentage from 0 to 100: refused at the field."""
    with pytest.raises(InvalidFields) as caught, write_session(shop.engine) as session:
        lists.save_vat_rate(session, owner(shop), code, "Nuova", rate)
    assert caught.value.fields() == {field}


def test_vat_rate_with_decimals(shop):
    """5,5 % is 550 basis points."""
    with write_session(shop.engine) as session:
        lists.save_vat_rate(session, owner(shop), "e", "TVA 5,5%", "5,5 %")
    with read_session(shop.engine) as session:
        assert {r.code: r.rate_bp for r in lists.vat_rates(session)}["E"] == 550


def test_category_save_rename_delete(shop):
    """A category has a unique name and a colour; one in use is not deleted."""
    with write_session(shop.engine) as session:
        cid = lists.save_category(session, owner(shop), "Vini", "#6a1b9a")
    with pytest.raises(InvalidFields) as caught, write_session(shop.engine) as session:
        lists.save_category(session, owner(shop), "Vini", "red")
    assert {(p.field, p.problem) for p in caught.value.problems} == {("name", Problem.DUPLICATE), ("color", Problem.BAD_COLOR)}
    with pytest.raises(CategoryInUse), write_session(shop.engine) as session:
        bakery = next(c for c in lists.categories(session) if c.name == "Panetteria")
        lists.delete_category(session, owner(shop), bakery.id)
    with write_session(shop.engine) as session:
        lists.delete_category(session, owner(shop), cid)


def test_quick_key_layout_is_the_tills_grid(shop):
    """The layout saved is the till's grid: its products, order, labels and colours."""
    p = shop.products
    with write_session(shop.engine) as session:
        lists.set_quick_key_layout(session, owner(shop), [
            QuickKeyDraft(p["ham"].id, color="#ff0000"), QuickKeyDraft(p["gum"].id, "Gomme"), QuickKeyDraft(p["ham"].id)])
    with read_session(shop.engine) as session:
        keys = catalog.quick_keys(session)
    assert [(k.product.sku, k.label, k.color) for k in keys] == [("PRO001", "Prosciutto crudo di Parma", "#ff0000"),
                                                                  ("GOM001", "Gomme", "#4f6d7a")]


def test_bulk_price_preview_then_apply(shop):
    """A +10 % preview shows old and new prices and writes nothing; applying writes them all and audits once."""
    with read_session(shop.engine) as session:
        meat = next(c for c in lists.categories(session) if c.name == "Macelleria")
        preview = price_change.preview(session, ids_in(session, meat.id), price_change.PERCENT, "10")
    assert [(c.sku, c.old, c.new) for c in preview] == [("POL001", 1890, 2079), ("PRO001", 3990, 4389)]
    with read_session(shop.engine) as session:
        assert session.get(Product, shop.products["ham"].id).price == 3990
    with write_session(shop.engine) as session:
        assert price_change.apply(session, owner(shop), preview) == 2
    with read_session(shop.engine) as session:
        assert session.get(Product, shop.products["ham"].id).price == 4389
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "price.bulk_change")).one()
    assert event.detail["prices"] == [["POL001", 1890, 2079], ["PRO001", 3990, 4389]]


def test_bulk_price_by_amount_refuses_a_negative_result(shop):
    """Taking 2.00 off a 1.20 product is refused naming it; nothing written."""
    ids = [shop.products["gum"].id, shop.products["wine"].id]
    with pytest.raises(InvalidFields) as caught, read_session(shop.engine) as session:
        price_change.preview(session, ids, price_change.AMOUNT, "-2,00")
    assert [(p.problem, p.value) for p in caught.value.problems] == [(Problem.NEGATIVE, "GOM001")]
    with read_session(shop.engine) as session:
        assert [(c.sku, c.new) for c in price_change.preview(session, ids, price_change.AMOUNT, "0,50")] == \
            [("GOM001", 170), ("VIN001", 1340)]


def test_outdated_preview_writes_nothing(shop):
    """A price changed after the preview refuses the whole change."""
    ids = [shop.products["gum"].id, shop.products["wine"].id]
    with read_session(shop.engine) as session:
        preview = price_change.preview(session, ids, price_change.PERCENT, "-10")
    with write_session(shop.engine) as session:
        session.get(Product, shop.products["wine"].id).price = 999
    with pytest.raises(PreviewOutdated), write_session(shop.engine) as session:
        price_change.apply(session, owner(shop), preview)
    with read_session(shop.engine) as session:
        assert session.get(Product, shop.products["gum"].id).price == 120


@pytest.mark.parametrize("text, skus", [("", ["GOM001", "LAT001", "PAN001", "POL001", "PRO001", "VIN001", "SAP001"]),
                                        ("p", ["PAN001", "POL001", "PRO001"]), ("marsig", ["SAP001"]),
                                        ("sa di", ["VIN001", "SAP001"]), ("di manzo", ["POL001"]), ("8001234000", ["LAT001", "PAN001", "VIN001"])])
def test_product_list_filter(shop, text, skus):
    """The back office list: names by prefix or fragment, every word, barcodes by their first digits."""
    with read_session(shop.engine) as session:
        count, rows = filter_products(session, text)
    assert [r.sku for r in rows] == skus


def test_product_list_pages_follow_on(shop):
    """Pages read by keyset join up to the whole list, in name order."""
    with read_session(shop.engine) as session:
        query = make_query(session, "")
        first = page(session, query, None, 3)
        second = page(session, query, first[-1].key, 3)
        third = page(session, query, second[-1].key, 3)
    assert [r.sku for r in first + second + third] == ["GOM001", "LAT001", "PAN001", "POL001", "PRO001", "VIN001", "SAP001"]
    assert query.count == 7


def test_enrolled_shop_queues_every_repriced_product(shop):
    """In an enrolled shop a bulk change queues each changed product once, with its new price."""
    from db.models import Outbox, Setting
    from shop.sync_client import SYNC_KEY

    with write_session(shop.engine) as session:
        session.add(Setting(key=SYNC_KEY, value=dict(server_url="http://127.0.0.1:9", shop_id="s", till_id="T1",
                                                      device_token="x")))
    ids = [shop.products["gum"].id, shop.products["wine"].id]
    with read_session(shop.engine) as session:
        preview = price_change.preview(session, ids, price_change.AMOUNT, "1")
    with write_session(shop.engine) as session:
        price_change.apply(session, owner(shop), preview)
    with read_session(shop.engine) as session:
        rows = session.exec(select(Outbox)).all()
    assert sorted((r.payload["sku"], r.payload["price"]) for r in rows) == [("GOM001", 220), ("VIN001", 1390)]
