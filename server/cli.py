"""`bottega-server`: serve the API, or create a shop and print its owner token.

    bottega-server [--database-url URL] [--host H --port P]
    bottega-server [--database-url URL] create-shop NAME [--currency EUR --time-zone Europe/Rome --locale it_IT]
    bottega-server [--database-url URL] import-products --shop SHOP_ID FILE.csv|FILE.xlsx
"""
import argparse
import sys
from pathlib import Path

from server import catalogue
from server.database import default_database_url, make_engine, upgrade, write_session
from server.models import Shop
from server.shops import create_shop
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
    return p


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
        with write_session(engine) as session:
            made = create_shop(session, args.name, args.currency, args.time_zone, args.locale)
        engine.dispose()
        print(f"shop_id {made.shop_id}\nowner_token {made.owner_token}")
        return 0
    if args.command == "import-products":
        return import_products(url, args.shop, args.file)
    # Imported here: creating a shop needs neither the web stack nor its start-up time.
    import uvicorn

    from server.app import create_app

    uvicorn.run(create_app(url), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
