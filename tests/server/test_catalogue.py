"""The owner's catalogue and shared settings reach every till through a real server on loopback."""
from datetime import datetime, timezone

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Category, Product, Setting, VatRate
from server import cli
from server.database import write_session as server_write_session
from server.models import Change
from shop.loyalty_rules import load_loyalty_settings
from shop.reservations import load_policy
from shop.sales import CASH, Tender
from shop.settings import ShopSettings, load_settings
from shop.sync_client import SyncClient, load_config
from shop.sync_enrolment import enrol
from shop.till import Till
from syncwire import messages as m
from syncwire.catalogue import DEFAULT_SCALE_PREFIXES, product_id
from tests.conftest import with_check_digit

OIL = with_check_digit("800765400001")
CHEESE_PLU = "00077"
HEADER = "sku,name,price,vat_rate,unit,barcode,plu,category,active\n"


def catalogue_csv(bread: str, oil_price: str = "14.50") -> str:
    return HEADER + (
        f"OLI001,Olio extra vergine 0.75 l,{oil_price},22,pc,{OIL},,Dispensa,1\n"
        f"PAN001,Pane di Altamura,\"3,90\",4,pc,{bread},,Panetteria,1\n"
        f"BAD001,Barcode with a wrong check digit,1,22,pc,{OIL[:-1]}{(int(OIL[-1]) + 1) % 10},,,1\n"
        "NEG001,Negative price,-5,22,pc,,,,1\n"
        "LBS001,Unknown unit,1.00,22,lb,,,,1\n"
        f"FOR001,Pecorino romano,24.90,10,kg,,{CHEESE_PLU},Latticini,1\n"
    )


def import_csv(owner, text: str) -> dict:
    response = owner.owner.post(f"{m.API}/owner/products.csv", content=text.encode(), headers={"Content-Type": "text/csv"})
    return response.raise_for_status().json()


@pytest.fixture
def two_tills(server, make_shop, shop, second_till_db):
    """The owner's shop on the server and the fixture shop's two tills enrolled in it (nothing synced yet)."""
    owner = make_shop("Macelleria Rossi")
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    yield owner, engines, clients
    for client in clients:
        client.close()


def price_at_scan(engine, user, code: str) -> tuple[int, int]:
    """Scan one code at a till and take cash: (unit price on the sale line, sale total)."""
    till = Till(engine, user)
    if till.shift is None:
        till.open_shift(0)
    line = till.scan(code)
    done = till.pay([Tender(CASH, till.cart.totals().total)])
    with read_session(engine) as session:
        sold = session.connection().exec_driver_sql("SELECT unit_price, product_id FROM saleline WHERE sale_id = ?", (done.sale_id,)).one()
    assert sold[1] == line.product_id
    return sold[0], line.gross()


def test_owner_catalogue_reaches_both_tills_and_a_price_change_follows(shop, two_tills):
    """A CSV with broken rows keeps its good ones; both tills then scan and sell the new product at its price, a later price change reaches both, and the SKU a till already had keeps its sales."""
    owner, engines, clients = two_tills
    anna, marco = shop.users["Anna"], shop.users["Marco"]
    old_bread_sale = price_at_scan(shop.engine, anna, shop.barcodes["bread"])
    assert old_bread_sale == (350, 350)

    report = import_csv(owner, catalogue_csv(shop.barcodes["bread"]))
    assert {(r["row"], r["sku"]) for r in report["accepted"]} == {(2, "OLI001"), (3, "PAN001"), (7, "FOR001")}
    reasons = {r["sku"]: r["reason"] for r in report["rejected"]}
    assert [r["row"] for r in report["rejected"]] == [4, 5, 6]
    assert "check digit" in reasons["BAD001"] and "negative" in reasons["NEG001"] and "'lb'" in reasons["LBS001"]
    assert {p["sku"] for p in owner.owner.get(f"{m.API}/owner/products").json()} == {"OLI001", "PAN001", "FOR001"}

    for client in clients:
        assert not client.sync_once().rejected
    for engine, user in zip(engines, (anna, marco)):
        assert price_at_scan(engine, user, OIL) == (1450, 1450)
        assert price_at_scan(engine, user, shop.barcodes["bread"]) == (390, 390)
        # A scale label: 500 g of the weighed cheese at 24.90/kg.
        assert price_at_scan(engine, user, with_check_digit(f"21{CHEESE_PLU}00500")) == (2490, 1245)
        with read_session(engine) as session:
            oil = session.get(Product, product_id(owner.shop_id, "OLI001"))
            assert session.get(VatRate, oil.vat_rate_id).rate_bp == 2200
            assert session.get(Category, oil.category_id).name == "Dispensa"
            assert session.exec(select(Product.id).where(Product.sku == "PAN001")).all() == [product_id(owner.shop_id, "PAN001")]
            hits = session.connection().exec_driver_sql(
                "SELECT p.sku FROM product_fts f JOIN product p ON p.rowid = f.rowid WHERE product_fts MATCH '\"olio\"'").all()
            assert [h[0] for h in hits] == ["OLI001"]
    with read_session(shop.engine) as session:  # the bread sold before the import: its line as it was, now on the shop's product
        lines = session.connection().exec_driver_sql(
            "SELECT unit_price, product_id FROM saleline WHERE sku = 'PAN001' ORDER BY unit_price").all()
        assert [tuple(line) for line in lines] == [(350, product_id(owner.shop_id, "PAN001")), (390, product_id(owner.shop_id, "PAN001"))]

    again = import_csv(owner, catalogue_csv(shop.barcodes["bread"]))
    assert {r["outcome"] for r in again["accepted"]} == {m.UNCHANGED}
    assert clients[0].sync_once().pulled == 0  # importing the same file again sends the tills nothing

    changed = import_csv(owner, catalogue_csv(shop.barcodes["bread"], oil_price="13.90"))
    assert [(r["sku"], r["outcome"]) for r in changed["accepted"] if r["outcome"] != m.UNCHANGED] == [("OLI001", m.MERGED)]
    for client in clients:
        assert client.sync_once().applied == 1
    for engine, user in zip(engines, (anna, marco)):
        assert price_at_scan(engine, user, OIL) == (1390, 1390)


def test_a_barcode_moved_to_the_shop_product_leaves_the_local_one(shop, two_tills):
    """A pulled product whose barcode a till's own product (another SKU) has: the scan finds the shop's product."""
    owner, engines, clients = two_tills
    report = owner.owner.post(f"{m.API}/owner/products", json={"products": [
        {"sku": "VIN002", "name": "Lambrusco", "price": 890, "vat_rate": 2200, "barcode": shop.barcodes["wine"]},
        {"sku": "VIN003", "name": "Same barcode again", "price": 890, "vat_rate": 2200, "barcode": shop.barcodes["wine"]},
    ]}).raise_for_status().json()
    assert [r["sku"] for r in report["accepted"]] == ["VIN002"]
    assert report["rejected"] == [{"row": 2, "sku": "VIN003", "reason": f"barcode {shop.barcodes['wine']} is also on line 1"}]
    scale_like = with_check_digit("210007700500")
    refused = owner.owner.post(f"{m.API}/owner/products", json={"products": [
        {"sku": "FOR002", "name": "Caciotta", "price": 1890, "vat_rate": 1000, "unit": "kg", "barcode": scale_like}]}).json()
    assert "scale label" in refused["rejected"][0]["reason"]
    assert set(ShopSettings().variable_measure_prefixes) == set(DEFAULT_SCALE_PREFIXES)
    clients[1].sync_once()
    assert price_at_scan(engines[1], shop.users["Marco"], shop.barcodes["wine"]) == (890, 890)
    with read_session(engines[1]) as session:
        local = session.get(Product, shop.products["wine"].id)
        assert (local.sku, local.barcode, local.active) == ("VIN001", None, True)


def test_shared_settings_reach_the_tills_and_their_own_stay(shop, two_tills, server):
    """The owner's receipt header, loyalty rules and reservation policy reach both tills; till ids, printer and server link do not move."""
    owner, engines, clients = two_tills
    for engine in engines:
        with write_session(engine) as session:
            session.add(Setting(key="printer", value={"kind": "network", "host": "192.168.1.50"}))
    put = lambda key, body: owner.owner.put(f"{m.API}/owner/settings/{key}", json=body)  # noqa: E731
    assert put("shop", {"shop_name": "Macelleria Rossi & Figli", "address": "Via Roma 3\nBologna"}).status_code == 200
    assert put("loyalty", {"spend_per_point": 200, "category_multipliers": {"Macelleria": 20000},
                           "excluded_categories": ["Tabacchi"]}).status_code == 200
    assert put("reservations", {"expire_after_days": 5}).status_code == 200
    for key, body in (("shop", {"till_id": "T9"}), ("printer", {"host": "10.0.0.1"}), ("sync", {}),
                      ("loyalty", {"spend_per_point": 0}), ("shop", {"shop_name": 7})):
        refused = put(key, body)
        assert refused.status_code == 422, (key, body)
    # A till cannot push settings; and even a till's own field found on the feed, newest of all, is never applied.
    stray = {"id": "shop", "updated_at": datetime.now(timezone.utc).isoformat(), "value": {"till_id": "T9"}}
    result = m.PushResult(**clients[0].http.post(f"{server.url}{m.API}/push", json={"records": [
        {"kind": m.SETTING, "id": "shop", "payload": stray}]}).raise_for_status().json())
    assert [r.reason for r in result.rejected] == [m.OWNER_SIGN_IN]
    on_the_feed(server, owner.shop_id, m.SETTING, "shop", stray)
    configs = []
    for engine in engines:
        with read_session(engine) as session:
            configs.append(load_config(session))
    for client in clients:
        assert not client.sync_once().rejected
    for engine, till_id, config in zip(engines, ("T1", "T2"), configs):
        with read_session(engine) as session:
            settings = load_settings(session)
            assert (settings.shop_name, settings.address, settings.till_id) == ("Macelleria Rossi & Figli", "Via Roma 3\nBologna", till_id)
            assert settings.vat_number == "IT01234567890"  # a field the owner did not name keeps its value
            assert session.get(Setting, "printer").value == {"kind": "network", "host": "192.168.1.50"}
            assert load_config(session) == config
            rules = load_loyalty_settings(session)
            meat = session.exec(select(Category).where(Category.name == "Macelleria")).one()
            tobacco = session.exec(select(Category).where(Category.name == "Tabacchi")).one()
            assert (rules.spend_per_point, rules.category_multipliers_bp, rules.excluded_category_ids) == (200, {meat.id: 20000}, [tobacco.id])
            assert load_policy(session).expire_after_days == 5
    receipt_till = Till(engines[1], shop.users["Marco"])
    assert receipt_till.settings.shop_name == "Macelleria Rossi & Figli"


def test_cli_import_products_reports_broken_rows_and_keeps_the_good(server, make_shop, shop, tmp_path, capsys):
    """bottega-server import-products: broken rows listed with line and reason, exit status 1, the good rows stored."""
    owner = make_shop("Macelleria Rossi")
    path = tmp_path / "products.csv"
    path.write_text(catalogue_csv(shop.barcodes["bread"]), encoding="utf-8")
    status = cli.main(["--database-url", server.database_url, "import-products", "--shop", owner.shop_id, str(path)])
    out = capsys.readouterr().out
    assert status == 1
    assert "products.csv:4: rejected BAD001: barcode" in out and "products.csv:5: rejected NEG001: price must not be negative" in out
    assert "products.csv:6: rejected LBS001: unit 'lb'" in out
    assert out.strip().endswith("3 new, 0 changed, 0 unchanged, 3 rejected")
    assert {p["sku"] for p in owner.owner.get(f"{m.API}/owner/products").json()} == {"OLI001", "PAN001", "FOR001"}

    path.write_text("sku,name,cost\nX,Y,1\n", encoding="utf-8")
    assert cli.main(["--database-url", server.database_url, "import-products", "--shop", owner.shop_id, str(path)]) == 2
    assert "unknown column(s) cost" in capsys.readouterr().err


def on_the_feed(server, shop_id: str, kind: str, record_id: str, data: dict) -> None:
    """Put a change straight on the shop's feed (no till can push these kinds): what a till must survive anyway."""
    with server_write_session(server.engine) as session:
        session.add(Change(shop_id=shop_id, kind=kind, record_id=record_id, data=data,
                           at=datetime.now(timezone.utc).isoformat()))


def test_products_endpoint_needs_the_owner(two_tills, server):
    """A till's device token cannot feed the catalogue or the settings."""
    owner, _, clients = two_tills
    body = {"products": [{"sku": "X1", "name": "X", "price": 1, "vat_rate": 0}]}
    assert clients[0].http.post(f"{server.url}{m.API}/owner/products", json=body).status_code == 401
    assert clients[0].http.put(f"{server.url}{m.API}/owner/settings/shop", json={"shop_name": "X"}).status_code == 401
    assert owner.owner.get(f"{m.API}/owner/products").json() == []


def test_a_malformed_product_on_the_feed_does_not_stop_the_pull(shop, two_tills, server):
    """A product record on the feed with no price is skipped; the owner's products after it still arrive."""
    owner, engines, clients = two_tills
    stray = {"id": "stray", "sku": "ZZZ", "name": "No price", "updated_at": datetime.now(timezone.utc).isoformat()}
    on_the_feed(server, owner.shop_id, m.PRODUCT, "stray", stray)
    import_csv(owner, HEADER + f"OLI001,Olio extra vergine 0.75 l,14.50,22,pc,{OIL},,Dispensa,1\n")
    report = clients[1].sync_once()
    assert (report.pulled, report.applied) == (2, 1)
    assert price_at_scan(engines[1], shop.users["Marco"], OIL) == (1450, 1450)
    with read_session(engines[1]) as session:
        assert session.get(Product, "stray") is None
