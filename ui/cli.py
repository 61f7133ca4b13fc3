"""The `bottega` command: the till, and the command-line tools other programs rely on.

Qt is imported only by the sub-commands that show or render a window, so `bottega demo` and
friends start fast and run on machines without a display.
"""
import argparse
import gc
import sys
from pathlib import Path

from platformdirs import user_data_dir


def default_db(name: str = "shop.db") -> Path:
    return Path(user_data_dir("Bottega", "Bottega")) / name


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bottega", description="Bottega point of sale")
    parser.add_argument("--demo", action="store_true", help="start the till on a demo shop")
    parser.add_argument("--db", type=Path, help="shop database file")
    parser.add_argument("--lang", help="user interface language, e.g. it, ko, hu, zh")
    parser.add_argument("--back-office", action="store_true",
                        help="sign in to the back office (owners and managers; no cash shift)")
    parser.add_argument("--first-frame-exit", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="create a demo shop database")
    demo.add_argument("path", type=Path)
    demo.add_argument("--customers", type=int, default=5000)
    demo.add_argument("--products", type=int, default=2000)
    demo.add_argument("--days", type=int, default=730)
    demo.add_argument("--country", default="IT")
    demo.add_argument("--seed", type=int, default=7)

    insight = sub.add_parser("insight", help="the BG/NBD model of who is still a customer")
    insight_sub = insight.add_subparsers(dest="insight_command", required=True)
    fit = insight_sub.add_parser("fit", help="fit the model on a CSV of frequency,recency,T; print the parameters as JSON")
    fit.add_argument("--summary", type=Path, required=True)

    shot = sub.add_parser("screenshot", help="render a screen offscreen to a PNG")
    shot.add_argument("screen")
    shot.add_argument("--out", type=Path, required=True)
    shot.add_argument("--db", type=Path, dest="shot_db")
    shot.add_argument("--lang")

    card = sub.add_parser("card", help="print loyalty cards to a PDF (issuing a member's first card)")
    card.add_argument("--db", type=Path, dest="card_db")
    card.add_argument("--phone", action="append", required=True,
                      help="the member's phone, typed any way; repeat it for several cards")
    card.add_argument("--reissue", action="store_true", help="new codes: the cards they had stop working (lost cards)")
    card.add_argument("--sheet", action="store_true", help="an A4 sheet of ten cards (the default for several phones)")
    card.add_argument("--out", type=Path, required=True)

    coupon = sub.add_parser("coupon", help="issue single-use coupons and print them on an A4 sheet (PDF)")
    coupon.add_argument("--db", type=Path, dest="coupon_db")
    value = coupon.add_mutually_exclusive_group(required=True)
    value.add_argument("--percent", type=str, help="percent off, e.g. 10 or 12.5")
    value.add_argument("--amount", type=str, help="amount off in the shop's currency, e.g. 5 or 2.50")
    coupon.add_argument("--count", type=int, default=1)
    coupon.add_argument("--from", dest="valid_from", type=str, help="first day it can be used (YYYY-MM-DD)")
    coupon.add_argument("--until", dest="valid_until", type=str, help="last day it can be used (YYYY-MM-DD)")
    coupon.add_argument("--phone", help="only for the customer with this phone (else anyone can use it)")
    coupon.add_argument("--reason", default="", help="what it is for, e.g. a campaign name")
    coupon.add_argument("--out", type=Path, required=True)

    products = sub.add_parser(
        "import-products", help="add or change products from the owner's CSV or XLSX file",
        description="The first line names the columns sku,name,price,vat_rate,unit,barcode,plu,category,active "
        "(price as an amount, 3.50 or 3,50; vat_rate one of the shop's rates in percent, 22; unit pc or kg; "
        "category by name; active 1 or 0). Each rejected row is printed as FILE:LINE: rejected SKU: reason; "
        "the good rows are written in one transaction. Exit status 1 if a row was rejected.")
    products.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    products.add_argument("--db", type=Path, dest="products_db")
    products.add_argument("--dry-run", action="store_true", help="check and count only; write nothing")

    export_products = sub.add_parser("export-products", help="write the catalogue to a CSV or XLSX file the import reads")
    export_products.add_argument("--db", type=Path, dest="export_db")
    export_products.add_argument("--out", type=Path, required=True, metavar="FILE.csv|FILE.xlsx")

    sub.add_parser("printers", help="list the USB receipt printers and serial ports this till can see")

    receipt = sub.add_parser("receipt", help="render a stored receipt or Z report to a file")
    receipt.add_argument("number", help="receipt number (T1-000123 or 123), 'last', or Z7 for a Z report")
    receipt.add_argument("--db", type=Path, dest="receipt_db")
    receipt.add_argument("--format", choices=("escpos", "pdf", "invoice"), default="escpos",
                         help="escpos: printer bytes; pdf: a roll PDF; invoice: an A4 PDF (--width does not apply)")
    receipt.add_argument("--width", type=int, choices=(58, 80), default=80)
    receipt.add_argument("--lang", help="receipt language (default: the shop's receipt language)")
    receipt.add_argument("--copy", action="store_true", help="mark it as a copy")
    receipt.add_argument("--out", type=Path, required=True)

    from ui.backup_cli import add_parsers as add_backup_parsers

    add_backup_parsers(sub)  # backup, restore
    from ui.export_cli import add_parser as add_export_parser

    add_export_parser(sub)  # export (the accountant's period)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "lang", None):
        from syncwire.languages import UnknownLanguage, language_of

        try:
            args.lang = language_of(args.lang)
        except UnknownLanguage as error:
            print(f"bottega: --lang: {error}", file=sys.stderr)
            return 2
    if args.command == "demo":
        from shop.demo import COUNTRIES, create_demo_shop

        if args.country.upper() not in COUNTRIES:
            print(f"bottega demo: unknown country {args.country!r}; choose one of {', '.join(COUNTRIES)}", file=sys.stderr)
            return 2
        summary = create_demo_shop(
            args.path, customers=args.customers, products=args.products, days=args.days,
            country=args.country.upper(), seed=args.seed,
        )
        print(summary)
        return 0
    if args.command == "insight":
        return _insight_fit(args.summary)
    if args.command == "screenshot":
        from ui.screenshots import render_screen

        return render_screen(args.screen, args.out, args.shot_db, args.lang)
    if args.command == "receipt":
        return _receipt(args)
    if args.command == "card":
        return _card(args)
    if args.command == "coupon":
        return _coupon(args)
    if args.command == "printers":
        return _printers()
    if args.command == "import-products":
        return _import_products(args)
    if args.command == "export-products":
        return _export_products(args)
    if args.command == "export":
        from ui import export_cli

        return export_cli.run(args, default_db)
    if args.command in ("backup", "restore"):
        from ui import backup_cli

        return getattr(backup_cli, args.command)(args, default_db)
    # Starting the till makes a few hundred thousand objects that live as long as it does (modules,
    # mappers, Qt wrappers); collecting while they are made frees nothing and cost about 200 ms of
    # the start. settle_after_start() freezes them and turns the collector back on.
    gc.disable()
    from ui.app import run_till

    db = args.db or default_db("demo.db" if args.demo else "shop.db")
    return run_till(db, demo=args.demo, lang=args.lang, first_frame_exit=args.first_frame_exit,
                    back_office=args.back_office)


def _insight_fit(path: Path) -> int:
    """`bottega insight fit --summary FILE.csv`: r, alpha, a, b as JSON, so anyone can check the model."""
    import json

    from shop.bgnbd import FitFailed
    from shop.insight import fit_summary_file

    try:
        params = fit_summary_file(path)
    except (OSError, ValueError, FitFailed) as error:
        print(f"bottega insight fit: {error}", file=sys.stderr)
        return 2
    print(json.dumps(params.as_dict()))
    return 0


def _printers() -> int:
    """What the printer setup screen would offer, for support over the phone; 1 if USB cannot be used."""
    from printers.errors import UsbUnavailable
    from printers.usb_scan import find_usb_printers, serial_ports

    status = 0
    try:
        found = find_usb_printers()
        print("USB printers:", ", ".join(f"{p.name} ({p.address})" for p in found) or "none plugged in")
    except UsbUnavailable as error:
        print(f"USB printers: cannot look ({error})")
        status = 1
    print("Serial ports:", ", ".join(serial_ports()) or "none")
    return status


def _open_shop(db: Path | None):
    """The engine of an existing shop database (the user's own without --db), or None after saying there is none."""
    from shop.office.shop_setup import open_shop

    db = db or default_db()
    if not db.exists():
        print(f"No shop database at {db}", file=sys.stderr)
        return None
    return open_shop(db)


def _write(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)


def _receipt(args) -> int:
    from printers.receipt_file import receipt_bytes
    from shop.errors import SaleNotFound

    engine = _open_shop(args.receipt_db or args.db)
    if engine is None:
        return 2
    try:
        data = receipt_bytes(engine, args.number, fmt=args.format, width_mm=args.width, language=args.lang, copy=args.copy)
    except SaleNotFound:
        print(f"No receipt {args.number} in {engine.url.database}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    _write(args.out, data)
    print(f"{args.out} ({len(data)} bytes)")
    return 0


def _import_products(args) -> int:
    """Rejected rows as FILE:LINE: rejected SKU: reason, then the counts (a contract); 1 if a row was rejected."""
    from shop import catalogue_import
    from shop.office.catalogue_file import CatalogueFile

    engine = _open_shop(args.products_db or args.db)
    if engine is None:
        return 2
    try:
        try:
            read = catalogue_import.read_file(args.file)
        except OSError as error:
            print(f"cannot read {args.file}: {error.strerror or error}", file=sys.stderr)
            return 2
        except catalogue_import.BadFile as error:
            print(f"{args.file}: {error}", file=sys.stderr)
            return 2
        desk = CatalogueFile(engine)
        result = desk.preview_read(read) if args.dry_run else desk.import_now(read)
    finally:
        engine.dispose()
    for bad in result.rejected:
        print(f"{args.file.name}:{bad.line}: rejected {bad.sku or '(no SKU)'}: {bad.reason}")
    print(result.summary())
    return 1 if result.rejected else 0


def _export_products(args) -> int:
    from shop.office.catalogue_file import CatalogueFile

    suffix = args.out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        print(f"{args.out}: the file name must end in .csv or .xlsx", file=sys.stderr)
        return 2
    engine = _open_shop(args.export_db or args.db)
    if engine is None:
        return 2
    try:
        count, data = CatalogueFile(engine).export("xlsx" if suffix == ".xlsx" else "csv")
    finally:
        engine.dispose()
    _write(args.out, data)
    print(f"{args.out} ({count} products)")
    return 0


def _phone_problem(error) -> str:
    """What `bottega card` and `bottega coupon` say when their --phone finds nobody."""
    from shop.customer_errors import InvalidPhone

    if isinstance(error, InvalidPhone):
        return f"'{error.text}' is not a phone number that can exist"
    return f"No customer has the phone {error.customer_id}"


def _card(args) -> int:
    from printers.loyalty_card import card_pdf, card_sheet_pdf, cards_for_phones
    from shop.customer_errors import CustomerNotFound, InvalidPhone

    engine = _open_shop(args.card_db or args.db)
    if engine is None:
        return 2
    try:
        cards = cards_for_phones(engine, args.phone, reissue=args.reissue)
    except (InvalidPhone, CustomerNotFound) as error:
        print(_phone_problem(error), file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    data = card_sheet_pdf(cards) if args.sheet or len(cards) > 1 else card_pdf(cards[0])
    _write(args.out, data)
    for card in cards:
        print(f"{card.customer_name}: {card.printed_code}")
    print(f"{args.out} ({len(data)} bytes)")
    return 0


def _coupon(args) -> int:
    from datetime import date
    from decimal import Decimal, InvalidOperation

    from printers.coupon_sheet import issue_and_print
    from shop.cart import AMOUNT, PERCENT
    from shop.customer_errors import CustomerNotFound, InvalidPhone
    from shop.office.shop_settings import ShopSettingsDesk

    engine = _open_shop(args.coupon_db or args.db)
    if engine is None:
        return 2
    try:
        settings = ShopSettingsDesk(engine, None).settings()
        try:
            if args.percent is not None:
                kind, value = PERCENT, int(Decimal(args.percent.replace(",", ".")) * 100)
            else:
                kind, value = AMOUNT, settings.parse_amount(args.amount)
            valid_from = date.fromisoformat(args.valid_from) if args.valid_from else None
            valid_until = date.fromisoformat(args.valid_until) if args.valid_until else None
        except (InvalidOperation, ValueError) as error:
            print(f"Not a coupon: {error}", file=sys.stderr)
            return 2
        if args.count < 1 or (valid_from and valid_until and valid_until < valid_from):
            print("Not a coupon: at least one, valid for at least a day", file=sys.stderr)
            return 2
        try:
            codes, pdf = issue_and_print(engine, kind, value, args.count, valid_from=valid_from, valid_until=valid_until,
                                         phone=args.phone, reason=args.reason)
        except ValueError as error:
            print(f"Not a coupon: {error}", file=sys.stderr)
            return 2
        except (InvalidPhone, CustomerNotFound) as error:
            print(_phone_problem(error), file=sys.stderr)
            return 2
    finally:
        engine.dispose()
    _write(args.out, pdf)
    print("\n".join(codes))
    print(f"{args.out} ({len(codes)} coupons)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
