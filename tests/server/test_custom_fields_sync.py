"""The owner's custom fields and the tags travel between tills like the other customer fields."""
from db.engine import read_session, write_session
from db.models import Customer
from shop import custom_fields, customers
from shop.custom_fields import CustomField
from shop.sync_client import SyncClient, enrol
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
