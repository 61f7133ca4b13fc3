"""`bottega-server`: serve the API, or create a shop and print its owner token.

    bottega-server [--database-url URL] [--host H --port P]
    bottega-server [--database-url URL] create-shop NAME [--currency EUR --time-zone Europe/Rome --locale it_IT]
    bottega-server [--database-url URL] import-products --shop SHOP_ID FILE.csv|FILE.xlsx
    bottega-server [--database-url URL] add-owner --shop SHOP_ID NAME [--role owner|manager] [--password-stdin]
    bottega-server [--database-url URL] owner-password --shop SHOP_ID NAME [--password-stdin]
"""
import argparse
import getpass
import sys
from pathlib import Path

from server import catalogue, owners
from server.database import default_database_url, make_engine, upgrade, write_session
from server.models import OwnerAccount, Shop
from server.shops import create_shop
from sqlmodel import select
from syncwire.catalogue_files import COLUMNS, BadFile, check_size


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bottega-server", description="The Bottega central server.")
    p.add_argument("--database-url", help="SQLAlchemy URL; postgresql://user@host/db for PostgreSQL "
                   "(default: an SQLite file in the user data folder)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    commands = p.add_subparsers(dest="command")
    shop = commands.add_parser("create-shop", help="create a shop and print its owner token (shown once)")
    shop.add_argument("name")
    shop.add_argument("--currency", default="EUR")
    shop.add_argument("--time-zone", default="UTC")
    shop.add_argument("--locale", default="en")
    products = commands.add_parser(
        "import-products", help="add or change the shop's products from a CSV file; every till pulls them",
        description="The first line names the columns: " + ",".join(COLUMNS) + " (price as an amount, 3.50 "
        "or 3,50; vat_rate a percentage, 22; unit pc or kg; category by name; active 1 or 0). CSV (UTF-8 or "
        "Windows-1252; `,` `;` or tab) or XLSX. Broken rows are listed and skipped; the good ones are kept. "
        "Exit status 1 if any row was rejected.")
    products.add_argument("--shop", required=True, metavar="SHOP_ID")
    products.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    person = commands.add_parser(
        "add-owner", help="give a person a sign-in for publishing changes from a till's back office",
        description="The person signs in at any enrolled till of the shop (name and password) and gets a "
        "credential valid 30 minutes; the shop's owner token never goes to a till. Role owner publishes "
        "products and settings, manager products only. The password is asked for (twice) unless --password-stdin.")
    person.add_argument("--shop", required=True, metavar="SHOP_ID")
    person.add_argument("name")
    person.add_argument("--role", choices=sorted(owners.ROLES), default="owner")
    person.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    reset = commands.add_parser("owner-password", help="set a new password for a person (their sign-ins end)")
    reset.add_argument("--shop", required=True, metavar="SHOP_ID")
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    return p


def read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != password:
        print("the two passwords differ", file=sys.stderr)
        return None
    return password


def owner_account(url: str, args: argparse.Namespace) -> int:
    """add-owner and owner-password: 0 when done, 2 with the reason on stderr."""
    password = read_password(args.password_stdin)
    if password is None:
        return 2
    engine = make_engine(url)
    try:
        upgrade(engine)
        with write_session(engine) as session:
            if session.get(Shop, args.shop) is None:
                print(f"no shop {args.shop} on this server", file=sys.stderr)
                return 2
            account: OwnerAccount | None
            if args.command == "add-owner":
                account = owners.create_account(session, args.shop, args.name, password, args.role)
            else:
                account = session.exec(select(OwnerAccount).where(
                    OwnerAccount.shop_id == args.shop, OwnerAccount.name_key == owners.name_key(args.name))).first()
                if account is None:
                    print(f"no person called {args.name} in this shop", file=sys.stderr)
                    return 2
                owners.set_password(session, account, password)
    except owners.BadAccount as exc:
        print(str(exc), file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(f"{account.name} ({account.role}) can sign in at the shop's tills")
    return 0


def import_products(url: str, shop_id: str, path: Path) -> int:
    try:
        check_size(path.stat().st_size)
        rows = catalogue.read_file(path.read_bytes(), path.name)
    except OSError as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 2
    except BadFile as exc:
        print(f"{path}: {exc}", file=sys.stderr)
        return 2
    engine = make_engine(url)
    try:
        upgrade(engine)
        with write_session(engine) as session:
            if session.get(Shop, shop_id) is None:
                print(f"no shop {shop_id} on this server", file=sys.stderr)
                return 2
            report = catalogue.import_products(session, shop_id, rows)
    finally:
        engine.dispose()
    for bad in report.rejected:
        print(f"{path.name}:{bad.row}: rejected {bad.sku or '(no SKU)'}: {bad.reason}")
    outcomes = [a.outcome for a in report.accepted]
    print(f"{outcomes.count('stored')} new, {outcomes.count('merged')} changed, {outcomes.count('unchanged')} unchanged, "
          f"{len(report.rejected)} rejected")
    return 1 if report.rejected else 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    url = args.database_url or default_database_url()
    if args.command == "create-shop":
        engine = make_engine(url)
        upgrade(engine)
        try:
            with write_session(engine) as session:
                made = create_shop(session, args.name, args.currency.upper(), args.time_zone, args.locale)
        except KeyError:
            print(f"bottega-server: unknown currency {args.currency!r}; use its ISO 4217 code, e.g. EUR, HUF, KRW, CNY",
                  file=sys.stderr)
            return 2
        finally:
            engine.dispose()
        print(f"shop_id {made.shop_id}\nowner_token {made.owner_token}")
        return 0
    if args.command == "import-products":
        return import_products(url, args.shop, args.file)
    if args.command in ("add-owner", "owner-password"):
        return owner_account(url, args)
    # Imported here: creating a shop needs neither the web stack nor its start-up time.
    import uvicorn

    from server.app import create_app

    uvicorn.run(create_app(url), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
