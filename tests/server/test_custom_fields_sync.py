"""The owner's custom fields and the tags travel between tills like the other customer fields."""
from db.engine import read_session, write_session
from db.models import Customer
from shop import custom_fields, customers
from shop.custom_fields import CustomField
from shop.sync_client import SyncClient
from shop.sync_enrolment import enrol
from syncwire import messages as m


def test_custom_fields_and_tags_reach_the_other_till_and_merge_by_field(server, make_shop, shop, second_till_db):
    """Till 1 writes the dog's name and a tag, till 2 (offline, later) the e-mail: both tills end with all three."""
    owner = make_shop("Macelleria Rossi")
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    try:
        with write_session(shop.engine) as session:
            custom_fields.save_fields(session, [CustomField("", "Dog's name")])
            ada = customers.register_customer(session, "IT", "Ada Neri", email="ada@old.it").id
        for client in (*clients, clients[0]):
            client.sync_once()
        with write_session(shop.engine) as session:
            customers.update_customer(session, "IT", ada, custom={"dogs_name": "Fido"}, tags=["restaurant"])
        with write_session(second_till_db) as session:
            customers.update_customer(session, "IT", ada, email="ada@new.it")
        for client in (*clients, *clients):
            assert not client.sync_once().rejected
        for engine in engines:
            with read_session(engine) as session:
                seen = session.get(Customer, ada)
                assert (seen.custom, seen.tags, seen.email) == ({"dogs_name": "Fido"}, ["restaurant"], "ada@new.it")
    finally:
        for client in clients:
            client.close()


def test_the_owners_field_definitions_reach_the_other_till_with_a_sign_in(server, make_shop, shop, second_till_db):
    """Fields defined at till A wait for the owner's sign-in, then till B shows the same fields (same keys)."""
    from shop.owner_session import for_database
    from tests.server.test_owner_sync import PASSWORD, add_person

    owner = make_shop("Macelleria Rossi")
    add_person(owner)
    engines = (shop.engine, second_till_db)
    clients = [SyncClient(engine, enrol(engine, server.url, owner.owner.post(f"{m.API}/owner/enrolment-codes").json()["code"], name))
               for engine, name in zip(engines, ("Cassa 1", "Cassa 2"))]
    owner_at_a = for_database(shop.engine)
    try:
        with write_session(shop.engine) as session:
            custom_fields.save_fields(session, [CustomField("", "Dog's name"), CustomField("", "Cut", "choice", ("lean", "fatty"))])
        owner_at_a.sign_in(shop.engine, "Giulia Rossi", PASSWORD)
        assert clients[0].sync_once().rejected == []
        assert clients[1].sync_once().applied >= 1
        with read_session(second_till_db) as session:
            fields = custom_fields.load_fields(session)
        assert [(f.key, f.label, f.kind, f.options) for f in fields] == [
            ("dog_s_name", "Dog's name", "text", ()), ("cut", "Cut", "choice", ("lean", "fatty"))]
    finally:
        owner_at_a.forget()
        for client in clients:
            client.close()
