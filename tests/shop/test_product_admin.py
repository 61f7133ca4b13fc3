"""The owner's product editor: every field checked, several barcodes, retire keeps history, sync queued when enrolled."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import AuditEvent, Outbox, Product, Setting, VatRate
from shop import catalog, product_admin
from shop.barcodes import resolve_scan
from shop.catalogue_errors import InvalidFields, Problem
from shop.errors import NotAllowed
from shop.product_admin import ProductDraft
from shop.sync_client import SYNC_KEY
from syncwire.catalogue import product_id as wire_product_id
from tests.conftest import with_check_digit

EAN_A = with_check_digit("400638133393")
EAN_B = with_check_digit("400638133394")


def rate_id(shop, code="A") -> str:
    with read_session(shop.engine) as session:
        return session.exec(select(VatRate).where(VatRate.code == code)).one().id


def save(shop, draft, product_id=None, user="Giulia") -> str:
    with write_session(shop.engine) as session:
        return product_admin.save_product(session, shop.users[user], draft, product_id)


def problems(shop, draft, product_id=None) -> dict:
    with pytest.raises(InvalidFields) as caught:
        save(shop, draft, product_id)
    return {(p.field, p.problem) for p in caught.value.problems}


def draft(shop, **kwargs) -> ProductDraft:
    values = dict(sku="OLI001", name="Olio extravergine 1 l", price="9,90", vat_rate_id=rate_id(shop))
    values.update(kwargs)
    return ProductDraft(**values)


def test_new_product_with_two_barcodes_scans_by_either(shop):
    """A product saved with two barcodes is found at the till by the second one too."""
    pid = save(shop, draft(shop, barcodes=[EAN_A, EAN_B]))
    with read_session(shop.engine) as session:
        assert resolve_scan(session, EAN_B, shop.settings).product.id == pid
        assert resolve_scan(session, EAN_A, shop.settings).product.id == pid
        detail = product_admin.product_detail(session, pid)
    assert detail.barcodes == [EAN_A, EAN_B] and detail.price == 990


def test_second_barcode_may_become_the_first(shop):
    """Swapping a product's barcodes keeps both and makes the new first one Product.barcode."""
    pid = save(shop, draft(shop, barcodes=[EAN_A, EAN_B]))
    save(shop, draft(shop, barcodes=[EAN_B, EAN_A]), pid)
    with read_session(shop.engine) as session:
        assert session.get(Product, pid).barcode == EAN_B
        assert product_admin.product_detail(session, pid).barcodes == [EAN_B, EAN_A]


@pytest.mark.parametrize("price, problem", [("-3", Problem.NEGATIVE), ("abc", Problem.NOT_AN_AMOUNT),
                                            ("1000000000000", Problem.TOO_LARGE), ("", Problem.REQUIRED)])
def test_bad_prices_refused_at_the_price_field(shop, price, problem):
    """A negative, unreadable, absurd or missing price is refused at the price field and nothing is written."""
    assert problems(shop, draft(shop, price=price)) == {("price", problem)}
    with read_session(shop.engine) as session:
        assert session.exec(select(Product).where(Product.sku == "OLI001")).first() is None


@pytest.mark.parametrize("typed, cents", [("1,50", 150), ("1.50", 150), ("2", 200)])
def test_prices_typed_either_way(shop, typed, cents):
    """A price typed with a comma or a point is the same amount."""
    pid = save(shop, draft(shop, price=typed))
    with read_session(shop.engine) as session:
        assert session.get(Product, pid).price == cents


def test_duplicates_named_by_field(shop):
    """A SKU, barcode or PLU another product has is refused at its field, naming that product."""
    with pytest.raises(InvalidFields) as caught:
        save(shop, draft(shop, sku="PAN001", barcodes=[shop.barcodes["wine"]], plu="42"))
    found = {(p.field, p.problem, p.other) for p in caught.value.problems}
    assert found == {("sku", Problem.DUPLICATE, "PAN001"), ("barcodes", Problem.DUPLICATE, "VIN001"),
                     ("plu", Problem.DUPLICATE, "POL001")}


def test_upc_and_ean13_forms_are_one_code(shop):
    """The EAN-13 spelling of another product's UPC-A is the same code: refused."""
    assert problems(shop, draft(shop, barcodes=["0" + shop.barcodes["soap"]])) == {("barcodes", Problem.DUPLICATE)}
    assert problems(shop, draft(shop, barcodes=[EAN_A, EAN_A])) == {("barcodes", Problem.REPEATED)}


def test_bad_barcodes(shop):
    """A wrong check digit, a code of the wrong length and a scale-label prefix are refused."""
    wrong_digit = EAN_A[:-1] + str((int(EAN_A[-1]) + 1) % 10)
    assert problems(shop, draft(shop, barcodes=[wrong_digit])) == {("barcodes", Problem.CHECK_DIGIT)}
    assert problems(shop, draft(shop, barcodes=["12345"])) == {("barcodes", Problem.NOT_A_BARCODE)}
    assert problems(shop, draft(shop, barcodes=[with_check_digit("210004200000")])) == {("barcodes", Problem.SCALE_PREFIX)}


def test_weighed_product_with_plu_sells_from_a_scale_label(shop):
    """A kg product with a short PLU is padded to the scale's item digits and read off a weight label."""
    pid = save(shop, draft(shop, sku="SAL001", name="Salame", price="25,00", unit="kg", plu="77"))
    with read_session(shop.engine) as session:
        scan = resolve_scan(session, with_check_digit("210007700450"), shop.settings)
    assert scan.product.id == pid and scan.qty_milli == 450


def test_retire_keeps_history_and_leaves_the_till(shop, till):
    """A retired product that was sold keeps its sales, no longer scans, and can be brought back."""
    bread = shop.products["bread"]
    till.add_product(till_product(shop, bread.id))
    from shop.sales import CASH, Tender
    till.pay([Tender(CASH, 10000)])
    with write_session(shop.engine) as session:
        product_admin.set_active(session, shop.users["Giulia"], bread.id, False)
    with read_session(shop.engine) as session:
        assert catalog.product_by_barcode(session, shop.barcodes["bread"]) is None
        assert product_admin.product_detail(session, bread.id).sold
        assert session.connection().exec_driver_sql(
            "SELECT count(*) FROM saleline WHERE product_id = ?", (bread.id,)).scalar_one() == 1
        actions = [e.action for e in session.exec(select(AuditEvent))]
    assert "product.retire" in actions
    with write_session(shop.engine) as session:
        product_admin.set_active(session, shop.users["Giulia"], bread.id, True)
    with read_session(shop.engine) as session:
        assert catalog.product_by_barcode(session, shop.barcodes["bread"]).id == bread.id


def till_product(shop, product_id):
    with read_session(shop.engine) as session:
        return catalog.product_by_id(session, product_id)


def test_cashier_may_not_edit(shop):
    """The catalogue is the owner's and the manager's."""
    with pytest.raises(NotAllowed):
        save(shop, draft(shop), user="Anna")
    save(shop, draft(shop), user="Marco")


def test_change_is_audited_with_what_changed(shop):
    """An edit leaves an audit event with each changed field's old and new value."""
    pid = save(shop, draft(shop))
    save(shop, draft(shop, price="10,50"), pid)
    with read_session(shop.engine) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "product.update")).one()
    assert event.detail["changed"] == {"price": [990, 1050]}


def enrol(shop):
    with write_session(shop.engine) as session:
        session.add(Setting(key=SYNC_KEY, value=dict(server_url="http://127.0.0.1:9", shop_id="shop-1",
                                                      till_id="T1", device_token="x")))


def test_not_enrolled_queues_nothing(shop):
    """A shop with no server keeps its changes to itself."""
    save(shop, draft(shop))
    with read_session(shop.engine) as session:
        assert session.exec(select(Outbox)).all() == []


def test_enrolled_shop_queues_the_feed_record(shop):
    """In an enrolled shop a new product gets the server's id for its SKU and is queued as the feed's record."""
    enrol(shop)
    pid = save(shop, draft(shop, barcodes=[EAN_A, EAN_B]))
    assert pid == wire_product_id("shop-1", "OLI001")
    with read_session(shop.engine) as session:
        row = session.exec(select(Outbox)).one()
    assert row.record_type == "product" and row.record_id == pid
    assert {k: row.payload[k] for k in ("sku", "name", "price", "vat_rate_bp", "unit", "barcode", "plu", "category", "active")} == \
        dict(sku="OLI001", name="Olio extravergine 1 l", price=990, vat_rate_bp=2200, unit="pc", barcode=EAN_A, plu=None,
             category=None, active=True)
    assert row.payload["barcodes"] == [EAN_A, EAN_B]
    assert problems(shop, draft(shop, sku="OLI002"), pid) == {("sku", Problem.SKU_FIXED)}


def test_pulled_product_brings_its_further_barcodes(shop):
    """A product pulled from the server with `barcodes` gets them all; a local product's second code in the way gives it up."""
    from shop.sync_catalogue import apply_product

    local = save(shop, draft(shop, sku="LOC001", barcodes=[with_check_digit("400638133395"), EAN_B]))
    pulled = dict(id="srv-1", sku="OLI001", name="Olio", price=990, vat_rate_bp=2200, unit="pc", barcode=EAN_A,
                  plu=None, category=None, active=True, barcodes=[EAN_A, EAN_B])
    with write_session(shop.engine) as session:
        assert apply_product(session, pulled)
    with read_session(shop.engine) as session:
        assert product_admin.product_detail(session, "srv-1").barcodes == [EAN_A, EAN_B]
        assert product_admin.product_detail(session, local).barcodes == [with_check_digit("400638133395")]
        assert catalog.product_by_barcode(session, EAN_B).id == "srv-1"
