"""A till in its own process for the durability tests: sells on a shop file until killed or done.

    python -m tests.db.sale_writer SHOP.db --user USER_ID [--count N] [--wait-go] [--seed S]
    python -m tests.db.sale_writer SHOP.db --user USER_ID --fork-server

A seller prints "ready PID" once the file is open, then one receipt number per line, each written
and flushed only after Till.pay() returned, i.e. after the sale was committed. With --wait-go it
waits for a line on stdin before selling, so a test can start several sellers at the same moment.

--fork-server pays Python's start-up once: it imports everything, opens nothing, and on each
"spawn SEED" line on stdin forks a fresh seller process (which opens the file itself); on
"reap PID" it waits for that seller to end and prints "reaped PID STATUS". It prints "spawned PID"
as soon as it has forked, so a test can end ("kill PID") and reap a seller that never says ready. A test can then kill
sellers many times a second instead of once per interpreter start.
"""
import argparse
import os
import random
import signal
import sys
import traceback

from sqlmodel import select
from stdnum import ean

import db.migrate  # noqa: F401  (imported up front, so a forked seller starts warm)
from db.engine import open_database, read_session
from db.models import Product, User
from shop.sales import CARD, CASH, Tender
from shop.till import Till


def sell(db: str, user_id: str, count: int, seed: int | None, wait_go: bool) -> None:
    """Open the file and sell random baskets; report each receipt once pay() has returned."""
    rng = random.Random(seed)
    engine = open_database(db)
    with read_session(engine) as session:
        user = session.get(User, user_id)
        codes = [p.barcode for p in session.exec(select(Product).where(Product.barcode.is_not(None)))]
        plus = [p.plu for p in session.exec(select(Product).where(Product.plu.is_not(None)))]
    till = Till(engine, user)
    print(f"ready {os.getpid()}", flush=True)
    if wait_go:
        sys.stdin.readline()

    sold = 0
    while not count or sold < count:
        for _ in range(rng.randint(1, 4)):
            till.scan(rng.choice(codes))
        if plus and rng.random() < 0.3:
            till.scan(weight_label(rng.choice(plus), rng.randint(50, 2000)))
        total = till.cart.totals().total
        if rng.random() < 0.5:
            tenders = [Tender(CASH, total + rng.choice((0, 5, 1000)))]
        else:
            tenders = [Tender(CARD, total - total // 3), Tender(CASH, total // 3 + rng.choice((0, 50)))]
        done = till.pay(tenders)
        print(done.receipt_number, flush=True)  # only now: the sale is committed
        sold += 1
    engine.dispose()


def weight_label(plu: str, grams: int) -> str:
    digits = f"21{plu}{grams:05d}"
    return digits + ean.calc_check_digit(digits)


def fork_server(db: str, user_id: str) -> None:
    for line in sys.stdin:
        command, arg = line.split()
        if command == "spawn":
            sys.stdout.flush()
            pid = os.fork()
            if pid:  # the test learns the pid even if the seller never gets to say "ready"
                print(f"spawned {pid}", flush=True)
            else:  # the seller: never returns into this loop
                code = 0
                try:
                    sell(db, user_id, 0, int(arg), False)
                except BaseException:  # noqa: BLE001 - the forked seller reports anything, then exits
                    print("error " + traceback.format_exc().replace("\n", " | "), flush=True)
                    code = 1
                os._exit(code)
        elif command == "reap":
            _, status = os.waitpid(int(arg), 0)
            print(f"reaped {arg} {status}", flush=True)
        elif command == "kill":  # a seller that never said ready: end it, so it can be reaped
            os.kill(int(arg), signal.SIGKILL)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--user", required=True)
    parser.add_argument("--count", type=int, default=0, help="stop after this many sales (0: until killed)")
    parser.add_argument("--wait-go", action="store_true")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--fork-server", action="store_true")
    args = parser.parse_args()
    if args.fork_server:
        fork_server(args.db, args.user)
    else:
        sell(args.db, args.user, args.count, args.seed, args.wait_go)
    return 0


if __name__ == "__main__":
    sys.exit(main())
