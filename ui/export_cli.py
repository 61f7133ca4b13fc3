"""`bottega export`: the accountant's period export from the command line, without Qt.

    bottega export --db PATH --from DATE --to DATE --out DIR [--format csv,xlsx,pdf]

Exit status 0 when written, 2 for bad input (nothing is written then). Run by whoever holds the
database file, so the export carries the customer ids like the owner's; it is audited.
"""
import sys
from pathlib import Path


def add_parser(sub) -> None:
    export = sub.add_parser(
        "export", help="write a period's sales journal, VAT, payments, refunds, cash, discounts and Z reports",
        description="Writes the period (whole days in the shop's time zone) into the new or empty folder DIR as CSV, "
        "XLSX and a PDF summary, plus a zip of them; nothing is sent. Nothing is left behind if it fails.")
    export.add_argument("--db", type=Path, dest="export_accounts_db", metavar="PATH", help="shop database file (default: the user's own)")
    export.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    export.add_argument("--out", type=Path, required=True, metavar="DIR", help="a new or empty folder")
    export.add_argument("--format", default="csv,xlsx,pdf", help="any of csv,xlsx,pdf (default: all three)")


def error_text(error) -> str:
    """One sentence per typed export error; the back office says the same in the user's language."""
    from shop.exports import errors as e

    if isinstance(error, e.BadDate):
        return f"{error.text!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30"
    if isinstance(error, e.PeriodReversed):
        return f"--from {error.start} is after --to {error.end}: swap them"
    if isinstance(error, e.OutputNotEmpty):
        return f"{error.path} already exists and is not empty: choose a new or empty folder"
    if isinstance(error, e.OutputNotWritable):
        return f"cannot write in {error.path}: {error.detail}"
    if isinstance(error, e.UnknownFormat):
        return f"unknown format {error.name!r}: choose among csv, xlsx, pdf"
    return str(error)


def run(args, default_db) -> int:
    from printers.export_pdf import write_pdf
    from shop.errors import ShopError
    from shop.exports.bundle import check_output, parse_formats
    from shop.exports.period import parse_period
    from shop.office.exports import Exports
    from shop.office.shop_settings import ShopSettingsDesk
    from shop.office.shop_setup import open_shop

    db = args.export_accounts_db or args.db or default_db()
    try:
        period = parse_period(args.start, args.end)
        formats = parse_formats(args.format)
        check_output(args.out)
    except ShopError as error:
        print(f"bottega export: {error_text(error)}; nothing was written", file=sys.stderr)
        return 2
    if not Path(db).exists():
        print(f"bottega export: no shop database at {db}", file=sys.stderr)
        return 2
    engine = open_shop(db)
    try:
        settings = ShopSettingsDesk(engine, None).settings()
        result = Exports(engine).export(settings, period, args.out, formats, {"pdf": write_pdf})
    except ShopError as error:
        print(f"bottega export: {error_text(error)}; nothing was written", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    summary = result.summary
    for path in result.files:
        print(path)
    if summary["receipts"] + summary["refunds_count"] == 0:
        print(f"No sales from {period.start} to {period.end}: the files hold the headers only.")
    else:
        print(f"{summary['receipts']} receipts, {summary['refunds_count']} refunds, net takings "
              f"{settings.money(summary['net_total'])}, {summary['z_count']} Z reports, {period.start} to {period.end}.")
    if summary["open_shifts"]:
        print(f"{summary['open_shifts']} shifts are still open: their sales are in the files, their Z reports are not "
              "yet, so the totals will match the Z reports once they are closed.")
    return 0
