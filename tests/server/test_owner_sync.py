"""One shop, many tills: the owner's changes made at one till reach the others only with a person's short-lived credential."""
import io
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, update
from sqlmodel import select

from db.engine import read_session, write_session
from server import cli
from server.database import read_session as server_read
from server.database import write_session as server_write
from server.models import Change, OwnerAccount, OwnerSession, Record
from shop import product_admin, settings_edit
from shop.owner_session import OwnerSession as TillOwnerSession
from shop.owner_session import for_database, waiting_owner_changes
from shop.sync_errors import WrongSignIn
from shop.settings import load_settings
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from syncwire import messages as m
from syncwire.catalogue import product_id
from tests.conftest import with_check_digit
from tests.server.test_catalogue import price_at_scan

PASSWORD = "Salumi&Vino-2026"
BARCODE = with_check_digit("800123456789")


def change_price_at_till(engine, sku: str, price: int, owner) -> str:
    """The owner's price change in the back office's product form (shop/product_admin.py): written
    locally and queued for the server in one transaction, as the Catalogue page does."""
    with write_session(engine) as session:
        pid = session.connection().exec_driver_sql("SELECT id FROM product WHERE sku = ? AND active", (sku,)).scalar_one()
        now = product_admin.product_detail(session, pid)
        draft = product_admin.ProductDraft(sku=now.sku, name=now.name, price=f"{price / 100:.2f}", vat_rate_id=now.vat_rate_id,
                                           unit=now.unit, barcodes=now.barcodes, plu=now.plu, category_id=now.category_id)
        product_admin.save_product(session, owner, draft, pid)
    return pid


def change_header_at_till(engine, shop_name: str, owner) -> None:
    """The owner renames the shop on the back office's Settings page (shop/settings_edit.py)."""
    with write_session(engine) as session:
        settings_edit.save_shop_settings(session, owner, "T1", shop_name=shop_name, vat_number="IT 00743110157")


def add_person(owner, name: str = "Giulia Rossi", role: str = "owner", password: str = PASSWORD) -> dict:
    return owner.owner.post(f"{m.API}/owner/accounts", json={"name": name, "password": password, "role": role}).raise_for_status().json()


def sign_in(till, name: str = "giulia rossi", password: str = PASSWORD) -> str:
    answer = till.http.post(f"{m.API}/owner-sign-in", json={"name": name, "password": password})
    return answer.raise_for_status().json()["credential"]


def product_record(sku: str, price: int, record_id: str | None = None) -> dict:
    return {"kind": m.PRODUCT, "id": record_id or f"local-{sku}",
            "payload": {"sku": sku, "name": f"Prodotto {sku}", "price": price, "vat_rate_bp": 2200, "unit": "pc", "active": True}}


def shop_state(server, shop_id: str) -> tuple:
    """What the shop's tills would pull of the catalogue and settings, and how many changes are numbered."""
    with server_read(server.engine) as session:
        records = session.exec(select(Record.kind, Record.id, Record.data).where(
            Record.shop_id == shop_id, Record.kind.in_(m.OWNER_KINDS)).order_by(Record.kind, Record.id)).all()
        changes = session.exec(select(func.count()).select_from(Change).where(Change.shop_id == shop_id)).one()
    return [tuple(r[:2]) + (r[2].get("price"), r[2].get("value")) for r in records], changes


def test_owner_price_change_at_till_a_is_sold_at_the_new_price_at_till_b(server, make_shop, shop, second_till_db):
    """The owner's price and header change at till A wait for a sign-in, then publish; till B sells at the new price; the credential never touches the shop file."""
    owner = make_shop("Macelleria Rossi")
    add_person(owner)
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    owner_at_a = for_database(shop.engine)
    try:
        for client in clients:
            assert not client.sync_once().rejected
        assert price_at_scan(second_till_db, shop.users["Marco"], shop.barcodes["wine"]) == (1290, 1290)

        change_price_at_till(shop.engine, "VIN001", 990, shop.users["Giulia"])
        change_header_at_till(shop.engine, "Macelleria Rossi & Figli", shop.users["Giulia"])
        waited = clients[0].sync_once()  # nobody signed in: the owner's records wait, the rest goes on
        assert waited.rejected == [] and not waited.owner_sign_in_needed
        assert waiting_owner_changes(shop.engine) == 2
        assert shop_state(server, owner.shop_id)[0] == []

        with pytest.raises(WrongSignIn):
            owner_at_a.sign_in(shop.engine, "Giulia Rossi", "wrong password")
        who = owner_at_a.sign_in(shop.engine, "Giulia Rossi", PASSWORD)
        assert (who.name, who.role, who.kinds) == ("Giulia Rossi", "owner", (m.PRODUCT, m.SETTING))
        credential = owner_at_a.current()[0]
        published = clients[0].sync_once()
        assert published.rejected == [] and published.sent == 2
        assert waiting_owner_changes(shop.engine) == 0
        wine = product_id(owner.shop_id, "VIN001")
        (product, setting) = shop_state(server, owner.shop_id)[0]
        assert product == (m.PRODUCT, wine, 990, None)
        assert setting[:3] == (m.SETTING, "shop", None) and setting[3]["shop_name"] == "Macelleria Rossi & Figli"

        assert clients[1].sync_once().applied == 2
        assert price_at_scan(second_till_db, shop.users["Marco"], shop.barcodes["wine"]) == (990, 990)
        with read_session(second_till_db) as session:
            settings = load_settings(session)
            assert (settings.shop_name, settings.till_id) == ("Macelleria Rossi & Figli", "T2")  # a till's own field never travels
        clients[0].sync_once()
        assert price_at_scan(shop.engine, shop.users["Anna"], shop.barcodes["wine"]) == (990, 990)
        for path in (shop.path, shop.path.with_name(shop.path.name + "-wal")):
            if path.exists():
                assert credential.encode() not in path.read_bytes()

        # The credential ends at the server (here: it expired); the next change waits for a new sign-in.
        with server_write(server.engine) as session:
            session.exec(update(OwnerSession).values(expires_at=(datetime.now(timezone.utc) - timedelta(seconds=1)).isoformat()))
        change_price_at_till(shop.engine, "VIN001", 950, shop.users["Giulia"])
        refused = clients[0].sync_once()
        assert refused.owner_sign_in_needed and [r.reason for r in refused.rejected] == [m.OWNER_SIGN_IN]
        assert owner_at_a.current() is None and waiting_owner_changes(shop.engine) == 1
        owner_at_a.sign_in(shop.engine, "Giulia Rossi", PASSWORD)
        assert clients[0].sync_once().sent == 1 and clients[1].sync_once().applied == 1
        assert price_at_scan(second_till_db, shop.users["Marco"], shop.barcodes["wine"]) == (950, 950)
    finally:
        owner_at_a.forget()
        for client in clients:
            client.close()


def test_a_cashiers_forged_changes_with_the_device_token_are_refused(server, shop_one, till_one):
    """With the till's device token alone, or a made-up or owner token beside it, no product or setting is written."""
    add_person(shop_one)
    before = shop_state(server, shop_one.shop_id)
    forged = [product_record("PANE1", 1), {"kind": m.SETTING, "id": "shop", "payload": {"key": "shop", "value": {"shop_name": "Hijacked"}}}]
    owner_token = shop_one.owner.headers["Authorization"].split()[1]
    for headers in ({}, {m.OWNER_HEADER: "forged"}, {m.OWNER_HEADER: owner_token}, {m.OWNER_HEADER: till_one.http.headers["Authorization"]}):
        result = m.PushResult(**till_one.http.post(f"{m.API}/push", json={"records": forged}, headers=headers).raise_for_status().json())
        assert result.accepted == [] and [r.reason for r in result.rejected] == [m.OWNER_SIGN_IN] * 2
    assert till_one.http.put(f"{m.API}/owner/settings/shop", json={"shop_name": "Hijacked"}).status_code == 401
    assert till_one.http.post(f"{m.API}/owner/products", json={"products": [forged[0]["payload"]]}).status_code == 401
    assert till_one.http.post(f"{m.API}/owner/accounts", json={"name": "Me", "password": "cashier123"}).status_code == 401
    assert till_one.http.post(f"{m.API}/owner-sign-in", json={"name": "Giulia Rossi", "password": "1234"}).status_code == 401
    assert shop_state(server, shop_one.shop_id) == before


def test_expired_ended_or_revoked_credentials_are_refused(server, shop_one, till_one):
    """A credential works until it expires, is signed out, the owner ends the person's sign-ins, changes their password, or disables them."""
    person = add_person(shop_one)
    push = lambda credential, price: m.PushResult(**till_one.http.post(  # noqa: E731
        f"{m.API}/push", json={"records": [product_record("PANE1", price)]}, headers={m.OWNER_HEADER: credential}).raise_for_status().json())
    credential = sign_in(till_one)
    assert [a.outcome for a in push(credential, 100).accepted] == [m.STORED]

    with server_write(server.engine) as session:
        session.exec(update(OwnerSession).where(OwnerSession.account_id == person["id"])
                     .values(expires_at=(datetime.now(timezone.utc) - timedelta(seconds=1)).isoformat()))
    assert "expired" in push(credential, 101).rejected[0].detail

    credential = sign_in(till_one)
    till_one.http.post(f"{m.API}/owner-sign-out", headers={m.OWNER_HEADER: credential}).raise_for_status()
    assert "ended" in push(credential, 102).rejected[0].detail

    for ending in (lambda: shop_one.owner.post(f"{m.API}/owner/accounts/{person['id']}/sign-out"),
                   lambda: shop_one.owner.put(f"{m.API}/owner/accounts/{person['id']}/password", json={"password": PASSWORD + "!"})):
        credential = sign_in(till_one)
        assert ending().status_code == 204
        assert push(credential, 103).rejected[0].reason == m.OWNER_SIGN_IN

    credential = sign_in(till_one, password=PASSWORD + "!")
    shop_one.owner.post(f"{m.API}/owner/accounts/{person['id']}/disable").raise_for_status()
    assert push(credential, 104).rejected[0].reason == m.OWNER_SIGN_IN
    assert till_one.http.post(f"{m.API}/owner-sign-in", json={"name": "Giulia Rossi", "password": PASSWORD + "!"}).status_code == 401
    assert shop_state(server, shop_one.shop_id)[0] == [(m.PRODUCT, product_id(shop_one.shop_id, "PANE1"), 100, None)]

    other = shop_one.enrol("Till 2")  # a revoked till's credential dies with its device token
    add_person(shop_one, "Marco")
    credential = sign_in(other, "Marco")
    shop_one.owner.post(f"{m.API}/owner/tills/{other.enrolled.till_id}/revoke").raise_for_status()
    assert other.http.post(f"{m.API}/push", json={"records": [product_record("PANE1", 105)]},
                           headers={m.OWNER_HEADER: credential}).status_code == 401


def test_a_credential_of_one_shop_or_till_cannot_change_another(server, make_shop):
    """Shop X's credential is refused at shop Y's till, and at another till of shop X; shop Y's catalogue stays empty."""
    shop_x, shop_y = make_shop("Forno X"), make_shop("Forno Y")
    till_x, till_x2, till_y = shop_x.enrol("X1"), shop_x.enrol("X2"), shop_y.enrol("Y1")
    add_person(shop_x)
    add_person(shop_y, password="another one's password")
    credential = sign_in(till_x)
    records = {"records": [product_record("PANE1", 100)]}
    at_y = m.PushResult(**till_y.http.post(f"{m.API}/push", json=records, headers={m.OWNER_HEADER: credential}).json())
    at_x2 = m.PushResult(**till_x2.http.post(f"{m.API}/push", json=records, headers={m.OWNER_HEADER: credential}).json())
    for result in (at_y, at_x2):
        assert result.accepted == [] and "not valid at this till" in result.rejected[0].detail
    assert till_x.http.post(f"{m.API}/push", json={**records, "shop_id": shop_y.shop_id},
                            headers={m.OWNER_HEADER: credential}).status_code == 403
    assert till_y.http.post(f"{m.API}/owner-sign-in", json={"name": "Giulia Rossi", "password": PASSWORD}).status_code == 401
    assert shop_state(server, shop_y.shop_id) == ([], 0)
    assert shop_state(server, shop_x.shop_id) == ([], 0)


def test_a_manager_publishes_products_but_not_settings(server, shop_one, till_one):
    """A manager's credential takes the catalogue; the shop's shared settings stay the owner's."""
    add_person(shop_one, "Paolo", role="manager")
    credential = sign_in(till_one, "Paolo")
    setting = {"kind": m.SETTING, "id": "loyalty", "payload": {"key": "loyalty", "value": {"spend_per_point": 1}}}
    result = m.PushResult(**till_one.http.post(f"{m.API}/push", json={"records": [product_record("PANE1", 100), setting]},
                                               headers={m.OWNER_HEADER: credential}).json())
    assert [(a.kind, a.outcome) for a in result.accepted] == [(m.PRODUCT, m.STORED)]
    assert [(r.kind, r.reason) for r in result.rejected] == [(m.SETTING, m.NOT_ALLOWED)]
    assert [row[0] for row in shop_state(server, shop_one.shop_id)[0]] == [m.PRODUCT]


def test_passwords_are_scrypt_hashed_and_guessing_locks_the_person(server, shop_one, till_one):
    """Neither password nor credential is stored in clear; five wrong passwords lock the person out for a while."""
    person = add_person(shop_one)
    credential = sign_in(till_one)
    with server_read(server.engine) as session:
        account = session.get(OwnerAccount, person["id"])
        stored = session.exec(select(OwnerSession.token_hash).where(OwnerSession.account_id == person["id"])).one()
    assert account.password_hash.startswith("scrypt$32768$8$1$") and PASSWORD not in account.password_hash
    assert shop_one.owner.get(f"{m.API}/owner/accounts").json() == [
        {"id": person["id"], "name": "Giulia Rossi", "role": "owner", "created_at": account.created_at, "disabled_at": None}]
    assert till_one.http.get(f"{m.API}/owner/accounts").status_code == 401
    assert stored != credential and credential not in stored
    for _ in range(5):
        assert till_one.http.post(f"{m.API}/owner-sign-in", json={"name": "Giulia Rossi", "password": "guess"}).status_code == 401
    locked = till_one.http.post(f"{m.API}/owner-sign-in", json={"name": "Giulia Rossi", "password": PASSWORD})
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    shop_one.owner.put(f"{m.API}/owner/accounts/{person['id']}/password", json={"password": "a new one 2026"}).raise_for_status()
    assert sign_in(till_one, password="a new one 2026")  # the owner's reset lifts the lock
    assert shop_one.owner.post(f"{m.API}/owner/accounts", json={"name": "GIULIA  rossi", "password": PASSWORD}).status_code == 422
    assert shop_one.owner.post(f"{m.API}/owner/accounts", json={"name": "Short", "password": "1234"}).status_code == 422


def test_cli_add_owner_gives_a_person_a_sign_in(server, shop_one, till_one, monkeypatch, capsys):
    """bottega-server add-owner and owner-password: the person then signs in at the shop's till."""
    run = lambda *args, password: (monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n")),  # noqa: E731
                                   cli.main(["--database-url", server.database_url, *args, "--password-stdin"]))[1]
    assert run("add-owner", "--shop", shop_one.shop_id, "Anna Bianchi", "--role", "manager", password=PASSWORD) == 0
    assert "Anna Bianchi (manager) can sign in" in capsys.readouterr().out
    assert run("add-owner", "--shop", shop_one.shop_id, "anna bianchi", password=PASSWORD) == 2
    assert "already has a person called" in capsys.readouterr().err
    assert run("owner-password", "--shop", shop_one.shop_id, "Anna Bianchi", password="short") == 2
    assert run("owner-password", "--shop", shop_one.shop_id, "Anna Bianchi", password="newer password") == 0
    assert sign_in(till_one, "Anna Bianchi", "newer password")


def test_the_till_forgets_the_credential_before_it_expires():
    """The till times the credential on its own monotonic clock and drops it a little before the server would."""
    now = [1000.0]
    held = TillOwnerSession(clock=lambda: now[0])
    held.hold(m.OwnerCredential(credential="c", name="Giulia", role="owner", kinds=[m.PRODUCT, m.SETTING],
                                expires_at="2026-12-04T18:00:00+00:00", expires_in_s=1800))
    now[0] += 1700
    assert held.current()[0] == "c"
    now[0] += 100
    assert held.current() is None and held.signed_in is None


def test_a_new_sku_retires_the_old_and_a_broken_product_is_refused_with_its_reason(server, shop_one, till_one):
    """The shop's product sent under a new SKU retires the old one (its barcode moves over); a negative price is refused and nothing is written."""
    add_person(shop_one)
    credential = sign_in(till_one)
    push = lambda *records: m.PushResult(**till_one.http.post(  # noqa: E731
        f"{m.API}/push", json={"records": list(records)}, headers={m.OWNER_HEADER: credential}).raise_for_status().json())
    old = product_record("PANE1", 300)
    old["payload"]["barcode"] = BARCODE
    assert [a.outcome for a in push(old).accepted] == [m.STORED]
    renamed = product_record("PANE-01", 320, record_id=product_id(shop_one.shop_id, "PANE1"))
    renamed["payload"]["barcode"] = BARCODE
    assert [a.outcome for a in push(renamed).accepted] == [m.STORED]
    catalogue = {p["sku"]: p for p in shop_one.owner.get(f"{m.API}/owner/products").json()}
    assert (catalogue["PANE1"]["active"], catalogue["PANE1"]["barcode"]) == (False, None)
    assert (catalogue["PANE-01"]["active"], catalogue["PANE-01"]["barcode"], catalogue["PANE-01"]["price"]) == (True, BARCODE, 320)

    before = shop_state(server, shop_one.shop_id)
    broken = push(product_record("NEG1", -5), {"kind": m.SETTING, "id": "loyalty", "payload": {"key": "loyalty", "value": {"spend_per_point": "ten"}}})
    assert broken.accepted == [] and [(r.reason, r.detail) for r in broken.rejected] == [
        (m.INVALID, "price must not be negative"), (m.INVALID, "spend_per_point must be int")]
    assert shop_state(server, shop_one.shop_id) == before
