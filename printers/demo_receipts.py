"""A believable receipt from a demo shop of each country, for docs/ and for the printer benchmarks.

    python -m printers.demo_receipts docs/     writes receipt-it.png, receipt-hu.png, receipt-ko.png,
                                               receipt-zh.png: 80 mm PDFs drawn by pdftoppm

The sale goes through the real till (shop.till.Till) on a small demo shop, so the receipt carries
what a real one does: counted and weighed goods, a discounted line, a customer, cash with change.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlmodel import select

from db.engine import open_database, read_session
from db.models import Customer, Product
from shop.cart import PERCENT, Discount
from shop.catalog import weighed_products
from shop.demo import create_demo_shop
from shop.receipts import ReceiptDocument, sale_receipt
from shop.sales import CASH, Tender
from shop.till import Till
from shop.users import active_users

COUNTRIES = {"it": "IT", "hu": "HU", "ko": "KR", "zh": "CN"}


def demo_sale_document(language: str, workdir: Path, lines: int = 7) -> ReceiptDocument:
    """Sell `lines` lines on a fresh demo shop of the language's country; return the receipt document."""
    path = Path(workdir) / f"demo-{language}.db"
    create_demo_shop(path, customers=20, products=max(60, lines + 20), days=1, country=COUNTRIES[language])
    engine = open_database(path)
    try:
        with read_session(engine) as session:
            cashier = next(u for u in active_users(session) if u.role == "cashier")
            customer = session.exec(select(Customer).order_by(Customer.name)).first()
            weighed = weighed_products(session, 3)
        till = Till(engine, cashier)
        if till.shift is None:
            till.open_shift(till.settings.cash_notes[0] * 4)
        # Quick keys first (what sells), then the rest of the catalogue: every line a different product.
        counted = [key.product.id for key in till.quick_keys() if key.product.unit == "pc"]
        with read_session(engine) as session:
            others = session.exec(select(Product.id).where(Product.unit == "pc").order_by(Product.sku)).all()
        counted += [pid for pid in others if pid not in counted]
        for n in range(lines):
            if n % 6 == 1 and weighed:
                till.add_product(weighed[(n // 6) % len(weighed)], 350 + 37 * n)
            else:
                line = till.add_product_id(counted[n - (n + 4) // 6 if weighed else n])
                if n == 0:
                    till.set_qty(line.id, 2000)
        till.discount_line(till.cart.lines[-1].id, Discount(PERCENT, 1000))
        if customer is not None:
            till.cart.customer_id = customer.id
        total = till.cart.totals().total
        step = min(till.settings.cash_notes)  # the customer hands over round money: change on the receipt
        sale = till.pay([Tender(CASH, -(-total // step) * step)])
        with read_session(engine) as session:
            return sale_receipt(session, sale.sale_id)
    finally:
        engine.dispose()


def write_sample_images(folder: Path, dpi: int = 130) -> list[Path]:
    """docs/receipt-LANG.png for each language: the 80 mm PDF receipt as pdftoppm draws it."""
    from printers.pdf import receipt_pdf

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as workdir:
        for language in COUNTRIES:
            pdf = Path(workdir) / f"receipt-{language}.pdf"
            pdf.write_bytes(receipt_pdf(demo_sale_document(language, Path(workdir))))
            target = folder / f"receipt-{language}"
            subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(pdf), str(target)], check=True)
            written.append(target.with_suffix(".png"))
    return written


if __name__ == "__main__":
    for image in write_sample_images(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(image)
