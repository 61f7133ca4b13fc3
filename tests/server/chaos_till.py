"""One till as its own process for the chaos test: sell, edit one customer field, sync; forever, until killed.

    python -m tests.server.chaos_till DB USER_ID CUSTOMER_ID FIELD SEED BARCODE...

Prints one line per step ("sale", "edit", "synced", "failed") so the test can kill it after a
chosen number of steps, i.e. at a moment picked by its seed rather than by a clock.
"""
import random
import sys

import httpx

from db.engine import open_database, read_session, write_session
from db.models import User
from shop import customers
from shop.sales import CASH, Tender
from shop.sync_client import SyncClient, load_config
from shop.till import Till


def main(db: str, user_id: str, customer_id: str, field: str, seed: str, *barcodes: str) -> None:
    rng = random.Random(seed)
    engine = open_database(db)
    with read_session(engine) as session:
        user = session.get(User, user_id)
        config = load_config(session)
        session.expunge(user)
    till = Till(engine, user)
    if till.shift is None:
        till.open_shift(10000)
    # One request per connection, so the proxy can drop, cut or double each one on its own.
    http = httpx.Client(timeout=10, headers={"Connection": "close"})
    client = SyncClient(engine, config, http=http, batch=5, page=5)
    step = rng.randrange(10**6)
    while True:
        for code in rng.choices(barcodes, k=rng.randint(1, 3)):
            till.scan(code)
        if rng.random() < 0.6:
            till.attach_customer(customer_id)
        till.pay([Tender(CASH, till.cart.totals().total)])
        print("sale", flush=True)
        step += 1
        value = f"{field}-{seed}-{step}"
        with write_session(engine) as session:
            customers.update_customer(session, "IT", customer_id, **{field: f"{value}@bottega.test" if field == "email" else value})
        print("edit", flush=True)
        try:
            client.sync_once()
            print("synced", flush=True)
        except (httpx.HTTPError, OSError):
            print("failed", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
