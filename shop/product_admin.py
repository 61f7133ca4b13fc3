"""The owner's product editor: check a product as typed, save it, retire or bring it back.

Every problem of a form is found before anything is written (InvalidFields names each field),
then the product, its barcodes, the audit event and (in an enrolled shop) the outbox row are
written in the caller's one transaction. A product is never deleted: sale lines, reservations
and parked carts point at it, so retiring (inactive) is how it leaves the till.
"""
from dataclasses import dataclass, field

from sqlmodel import Session
from stdnum import ean
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

from db.ids import new_id, utc_now
from db.models import Product, ProductBarcode, User
from shop import audit
from shop.catalogue_errors import FieldProblem, InvalidFields, Problem, RecordNotFound
from shop.catalogue_outbox import enrolled_shop_id, queue_products
from shop.errors import NotAllowed
from shop.settings import ShopSettings, load_settings
from shop.text import fold
from syncwire.catalogue import UNITS, product_id as wire_product_id

BARCODE_LENGTHS = (8, 12, 13)  # EAN-8, UPC-A, EAN-13: what the scanner path reads as a product code
MAX_PRICE = 10**10  # minor units; what a till can sell stays far below, a typing slip does not
LIMITS = {"sku": 64, "name": 200}
EDITORS = ("owner", "manager")


@dataclass
class ProductDraft:
    """A product as the owner typed it; `price` is text ("1,50")."""

    sku: str
    name: str
    price: str
    vat_rate_id: str
    unit: str = "pc"
    barcodes: list[str] = field(default_factory=list)
    plu: str = ""
    category_id: str | None = None


@dataclass(frozen=True)
class ProductDetail:
    id: str
    sku: str
    name: str
    price: int
    vat_rate_id: str
    unit: str
    barcodes: list[str]
    plu: str
    category_id: str | None
    active: bool
    sold: bool


def require_editor(user: User) -> None:
    if user.role not in EDITORS:
        raise NotAllowed("catalogue")


def barcode_forms(code: str) -> list[str]:
    """The code and its other spelling: a UPC-A is an EAN-13 with a leading zero, the same code."""
    if len(code) == 12:
        return [code, "0" + code]
    if len(code) == 13 and code.startswith("0"):
        return [code, code[1:]]
    return [code]


def barcode_problem(code: str, scale_prefixes) -> Problem | None:
    """Why a code cannot be a product's barcode, or None (python-stdnum checks the digit)."""
    try:
        ean.validate(code)
    except InvalidChecksum:
        return Problem.CHECK_DIGIT
    except (InvalidFormat, InvalidLength):
        return Problem.NOT_A_BARCODE
    if len(code) not in BARCODE_LENGTHS:
        return Problem.NOT_A_BARCODE
    if len(code) == 13 and code[:2] in scale_prefixes:
        return Problem.SCALE_PREFIX
    return None


def barcode_holder(session: Session, code: str, except_id: str | None) -> str | None:
    """The SKU of another product that already has this code (in either spelling), or None."""
    forms = barcode_forms(code)
    marks = ",".join("?" * len(forms))
    row = session.connection().exec_driver_sql(
        f"SELECT p.sku FROM product p WHERE p.barcode IN ({marks}) AND p.id IS NOT ? "
        f"UNION ALL SELECT p.sku FROM productbarcode b JOIN product p ON p.id = b.product_id "
        f"WHERE b.code IN ({marks}) AND p.id IS NOT ? LIMIT 1", (*forms, except_id, *forms, except_id)).first()
    return row[0] if row else None


def parse_price(text: str, settings: ShopSettings) -> tuple[int | None, Problem | None]:
    if not text.strip():
        return None, Problem.REQUIRED
    try:
        price = settings.parse_amount(text)
    except ValueError as error:
        if settings.whole_units and getattr(error, "too_many_decimals", False):
            return None, Problem.WHOLE_UNITS
        return None, Problem.NOT_AN_AMOUNT
    if price < 0:
        return None, Problem.NEGATIVE
    if price >= MAX_PRICE:
        return None, Problem.TOO_LARGE
    return price, None


def _other(session: Session, column: str, value: str, except_id: str | None) -> str | None:
    row = session.connection().exec_driver_sql(
        f"SELECT sku FROM product WHERE {column} = ? AND id IS NOT ?", (value, except_id)).first()
    return row[0] if row else None


def check_draft(session: Session, draft: ProductDraft, product_id: str | None = None,
                settings: ShopSettings | None = None) -> dict:
    """The product's column values; InvalidFields with every problem found if any."""
    settings = settings or load_settings(session)
    problems: list[FieldProblem] = []

    def problem(name: str, kind: Problem, value: str = "", other: str = "") -> None:
        problems.append(FieldProblem(name, kind, value, other))

    values = {name: " ".join(getattr(draft, name).split()) for name in ("sku", "name")}
    for name, text in values.items():
        if not text:
            problem(name, Problem.REQUIRED)
        elif len(text) > LIMITS[name]:
            problem(name, Problem.TOO_LONG, text, str(LIMITS[name]))
    if values["sku"] and (holder := _other(session, "sku", values["sku"], product_id)):
        problem("sku", Problem.DUPLICATE, values["sku"], holder)
    price, price_problem = parse_price(draft.price, settings)
    if price_problem:
        problem("price", price_problem, draft.price.strip())
    conn = session.connection()
    if not draft.vat_rate_id or conn.exec_driver_sql("SELECT 1 FROM vatrate WHERE id = ?", (draft.vat_rate_id,)).first() is None:
        problem("vat_rate", Problem.UNKNOWN if draft.vat_rate_id else Problem.REQUIRED)
    if draft.category_id and conn.exec_driver_sql("SELECT 1 FROM category WHERE id = ?", (draft.category_id,)).first() is None:
        problem("category", Problem.UNKNOWN)
    if draft.unit not in UNITS:
        problem("unit", Problem.BAD_UNIT, draft.unit)
    barcodes = _check_barcodes(session, draft.barcodes, product_id, settings, problem)
    plu = "".join(draft.plu.split())
    if plu:
        digits = settings.variable_measure_item_digits
        if not (plu.isascii() and plu.isdigit()):
            problem("plu", Problem.NOT_DIGITS, plu)
        elif len(plu) > digits:
            problem("plu", Problem.TOO_LONG, plu, str(digits))
        else:
            plu = plu.zfill(digits)  # the scale prints the item code with its leading zeros
            if holder := _other(session, "plu", plu, product_id):
                problem("plu", Problem.DUPLICATE, plu, holder)
    if problems:
        raise InvalidFields(problems)
    return dict(sku=values["sku"], name=values["name"], name_fold=fold(values["name"]), price=price,
                vat_rate_id=draft.vat_rate_id, unit=draft.unit, barcodes=barcodes, plu=plu or None,
                category_id=draft.category_id or None)


def _check_barcodes(session, codes, product_id, settings, problem) -> list[str]:
    taken: dict[str, str] = {}
    barcodes = []
    prefixes = set(settings.variable_measure_prefixes)
    for raw in codes:
        code = "".join(raw.split())
        if not code:
            continue
        kind = barcode_problem(code, prefixes)
        if kind:
            problem("barcodes", kind, code)
            continue
        twin = next((taken[f] for f in barcode_forms(code) if f in taken), None)
        if twin is not None:
            problem("barcodes", Problem.REPEATED, code, twin)
            continue
        holder = barcode_holder(session, code, product_id)
        if holder:
            problem("barcodes", Problem.DUPLICATE, code, holder)
            continue
        for form in barcode_forms(code):
            taken[form] = code
        barcodes.append(code)
    return barcodes


def product_detail(session: Session, product_id: str) -> ProductDetail:
    product = session.get(Product, product_id)
    if product is None:
        raise RecordNotFound("product", product_id)
    conn = session.connection()
    extra = [r[0] for r in conn.exec_driver_sql(
        "SELECT code FROM productbarcode WHERE product_id = ? ORDER BY position", (product_id,))]
    sold = conn.exec_driver_sql("SELECT 1 FROM saleline WHERE product_id = ? LIMIT 1", (product_id,)).first() is not None
    return ProductDetail(product.id, product.sku, product.name, product.price, product.vat_rate_id, product.unit,
                         ([product.barcode] if product.barcode else []) + extra, product.plu or "",
                         product.category_id, product.active, sold)


def save_product(session: Session, user: User, draft: ProductDraft, product_id: str | None = None) -> str:
    """Create (product_id None) or change a product; its id. InvalidFields and nothing written if the draft is bad."""
    require_editor(user)
    settings = load_settings(session)
    values = check_draft(session, draft, product_id, settings)
    barcodes = values.pop("barcodes")
    shop_id = enrolled_shop_id(session)
    product: Product | None
    if product_id is None:
        # In an enrolled shop the id is the server's for this SKU, so the feed brings back the same record.
        new = wire_product_id(shop_id, values["sku"]) if shop_id else new_id()
        product = Product(id=new, **values, barcode=barcodes[0] if barcodes else None)
        session.add(product)
        before = {}
    else:
        product = session.get(Product, product_id)
        if product is None:
            raise RecordNotFound("product", product_id)
        if shop_id and values["sku"] != product.sku:
            raise InvalidFields([FieldProblem("sku", Problem.SKU_FIXED, values["sku"], product.sku)])
        before = _snapshot(product, session)
        for name, value in values.items():
            setattr(product, name, value)
        product.barcode = None  # freed first: a code moving from second to first place stays unique
        product.updated_at = utc_now()
    session.flush()
    _set_barcodes(session, product, barcodes)
    after = _snapshot(product, session)
    changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    action = "product.create" if not before else "product.update"
    if changed:
        audit.record(session, settings.till_id, action, user.id, product_id=product.id, sku=product.sku, changed=changed)
        queue_products(session, [product.id])
    return product.id


def _set_barcodes(session: Session, product: Product, barcodes: list[str]) -> None:
    conn = session.connection()
    conn.exec_driver_sql("DELETE FROM productbarcode WHERE product_id = ?", (product.id,))
    product.barcode = barcodes[0] if barcodes else None
    session.flush()
    for position, code in enumerate(barcodes[1:], start=1):
        session.add(ProductBarcode(code=code, product_id=product.id, position=position))
    session.flush()


def _snapshot(product: Product, session: Session) -> dict:
    extra = [r[0] for r in session.connection().exec_driver_sql(
        "SELECT code FROM productbarcode WHERE product_id = ? ORDER BY position", (product.id,))]
    return dict(sku=product.sku, name=product.name, price=product.price, vat_rate_id=product.vat_rate_id,
                unit=product.unit, barcodes=([product.barcode] if product.barcode else []) + extra, plu=product.plu,
                category_id=product.category_id, active=product.active)


def set_active(session: Session, user: User, product_id: str, active: bool) -> None:
    """Retire a product (the till no longer sells it; its sales keep pointing at it) or bring it back."""
    require_editor(user)
    product = session.get(Product, product_id)
    if product is None:
        raise RecordNotFound("product", product_id)
    if product.active == active:
        return
    product.active = active
    product.updated_at = utc_now()
    session.flush()
    audit.record(session, load_settings(session).till_id, "product.reactivate" if active else "product.retire",
                 user.id, product_id=product.id, sku=product.sku)
    queue_products(session, [product.id])
