"""`bottega-server`: serve the API, or create a shop and print its owner token.

    bottega-server [--database-url URL] [--host H --port P]
    bottega-server [--database-url URL] create-shop NAME [--currency EUR --time-zone Europe/Rome --locale it_IT]
"""
import argparse
import sys

from server.database import default_database_url, make_engine, upgrade, write_session
from server.shops import create_shop


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
    return p


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
    # Imported here: creating a shop needs neither the web stack nor its start-up time.
    import uvicorn

    from server.app import create_app

    uvicorn.run(create_app(url), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
