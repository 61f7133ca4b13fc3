"""Extract, merge and compile the receipt catalogues (gettext, by Babel): run after changing a word.

    python resources/locale/update.py          extract shop/receipt_labels.py (receipts) and
                                                shop/exports/labels.py (exports), merge each
                                                <lang>/LC_MESSAGES/<domain>.po, compile <domain>.mo
    python resources/locale/update.py --check  exit 1 if a word is untranslated or a .mo is stale

Receipts, Z reports and PDFs speak the shop's receipt language (shop/receipt_labels.py reads the .mo).
"""
import io
from datetime import datetime, timezone
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
DOMAINS = {"receipts": "shop/receipt_labels.py", "exports": "shop/exports/labels.py",
           "privacy": "printers/customer_export.py"}
KEYWORDS = {"N_": ((1, "c"), 2)}  # N_(context, message)
LANGUAGES = ("it", "hu", "ko", "zh")


def template(domain: str) -> Catalog:
    # A fixed date: the compiled catalogues change only when a word does (the check compares bytes).
    pot = Catalog(domain=domain, project="Bottega", charset="utf-8", creation_date=datetime(2026, 12, 4, tzinfo=timezone.utc))
    source = DOMAINS[domain]
    for line, message, comments, context in extract_from_file("python", ROOT / source, keywords=KEYWORDS):
        pot.add(message, locations=[(source, line)], auto_comments=comments, context=context)
    return pot


def compiled(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def main(argv: list[str]) -> int:
    check = "--check" in argv
    problems = []
    for domain, language in ((d, lang) for d in DOMAINS for lang in LANGUAGES):
        pot = template(domain)
        folder = HERE / language / "LC_MESSAGES"
        po_path, mo_path = folder / f"{domain}.po", folder / f"{domain}.mo"
        with po_path.open("rb") as f:
            catalog = read_po(f, locale=language if language != "zh" else "zh_Hans_CN")
        catalog.update(pot, update_header_comment=False)
        missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
        problems += [f"{language}/{domain}: untranslated {msgid!r}" for msgid in missing]
        mo = compiled(catalog)
        if check:
            if not mo_path.exists() or mo_path.read_bytes() != mo:
                problems.append(f"{language}: {mo_path.name} is not compiled from {po_path.name}")
            continue
        with po_path.open("wb") as f:
            write_po(f, catalog, no_location=True, width=100, ignore_obsolete=True)
        mo_path.write_bytes(mo)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
