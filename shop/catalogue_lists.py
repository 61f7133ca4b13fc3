"""Categories, VAT rates and the till's quick-key layout, as the owner keeps them in the back office.

A VAT rate or a category that products use is never deleted (VatRateInUse, CategoryInUse): the
products would lose what their receipts print. A renamed category or a changed rate is a change
of each of its products for the other tills (shop/catalogue_outbox.py).
"""
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlmodel import Session

from db.models import Category, QuickKey, User, VatRate
from shop import audit
from shop.catalogue_errors import CategoryInUse, FieldProblem, InvalidFields, Problem, RecordNotFound, VatRateInUse
from shop.catalogue_outbox import queue_products
from shop.product_admin import require_editor
from shop.settings import load_settings

COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOR = "#4f6d7a"
QUICK_KEYS_AT_MOST = 48


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    color: str
    products: int


@dataclass(frozen=True)
class VatRateInfo:
    id: str
    code: str
    name: str
    rate_bp: int
    products: int


@dataclass(frozen=True)
class QuickKeySlot:
    position: int
    product_id: str
    name: str
    label: str | None
    color: str  # what the till shows: the key's own colour, else its category's
    own_color: bool
    active: bool


@dataclass(frozen=True)
class QuickKeyDraft:
    product_id: str
    label: str | None = None
    color: str | None = None  # None: the category's colour


def categories(session: Session) -> list[CategoryInfo]:
    rows = session.connection().exec_driver_sql(
        "SELECT c.id, c.name, c.color, (SELECT count(*) FROM product p WHERE p.category_id = c.id) "
        "FROM category c ORDER BY c.name").fetchall()
    return [CategoryInfo(*r) for r in rows]


def vat_rates(session: Session) -> list[VatRateInfo]:
    rows = session.connection().exec_driver_sql(
        "SELECT v.id, v.code, v.name, v.rate_bp, (SELECT count(*) FROM product p WHERE p.vat_rate_id = v.id) "
        "FROM vatrate v ORDER BY v.code").fetchall()
    return [VatRateInfo(*r) for r in rows]


def _product_ids(session: Session, column: str, value: str) -> list[str]:
    return [r[0] for r in session.connection().exec_driver_sql(f"SELECT id FROM product WHERE {column} = ?", (value,))]


def save_category(session: Session, user: User, name: str, color: str, category_id: str | None = None) -> str:
    require_editor(user)
    name, color = " ".join(name.split()), color.strip()
    problems = []
    if not name:
        problems.append(FieldProblem("name", Problem.REQUIRED))
    elif len(name) > 100:
        problems.append(FieldProblem("name", Problem.TOO_LONG, name, "100"))
    elif session.connection().exec_driver_sql("SELECT 1 FROM category WHERE name = ? AND id IS NOT ?",
                                              (name, category_id)).first():
        problems.append(FieldProblem("name", Problem.DUPLICATE, name, name))  # the tills match categories by name
    if not COLOR.match(color):
        problems.append(FieldProblem("color", Problem.BAD_COLOR, color))
    if problems:
        raise InvalidFields(problems)
    if category_id is None:
        category = Category(name=name, color=color)
        session.add(category)
        renamed = False
    else:
        category = session.get(Category, category_id)
        if category is None:
            raise RecordNotFound("category", category_id)
        renamed = category.name != name
        category.name, category.color = name, color
    session.flush()
    audit.record(session, load_settings(session).till_id, "category.save", user.id, category_id=category.id,
                 name=name, color=color)
    if renamed:
        queue_products(session, _product_ids(session, "category_id", category.id))
    return category.id


def delete_category(session: Session, user: User, category_id: str) -> None:
    require_editor(user)
    category = session.get(Category, category_id)
    if category is None:
        raise RecordNotFound("category", category_id)
    used = len(_product_ids(session, "category_id", category_id))
    if used:
        raise CategoryInUse(category.name, used)
    session.delete(category)
    audit.record(session, load_settings(session).till_id, "category.delete", user.id, name=category.name)


def parse_rate(text: str) -> int | None:
    """A percentage as typed ("22", "5,5", "4 %") in basis points, or None."""
    cleaned = text.replace("%", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned) * 100
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.to_integral_value() or not 0 <= value <= 10_000:
        return None
    return int(value)


def save_vat_rate(session: Session, user: User, code: str, name: str, rate: str, rate_id: str | None = None) -> str:
    require_editor(user)
    code, name = code.strip().upper(), " ".join(name.split())
    problems = []
    if not code:
        problems.append(FieldProblem("code", Problem.REQUIRED))
    elif len(code) > 2:
        problems.append(FieldProblem("code", Problem.TOO_LONG, code, "2"))
    elif session.connection().exec_driver_sql("SELECT 1 FROM vatrate WHERE code = ? AND id IS NOT ?",
                                              (code, rate_id)).first():
        problems.append(FieldProblem("code", Problem.DUPLICATE, code, code))
    if not name:
        problems.append(FieldProblem("name", Problem.REQUIRED))
    rate_bp = parse_rate(rate)
    if rate_bp is None:
        problems.append(FieldProblem("rate", Problem.BAD_RATE if rate.strip() else Problem.REQUIRED, rate.strip()))
    if problems:
        raise InvalidFields(problems)
    if rate_id is None:
        vat = VatRate(code=code, name=name, rate_bp=rate_bp)
        session.add(vat)
        changed_rate = False
    else:
        vat = session.get(VatRate, rate_id)
        if vat is None:
            raise RecordNotFound("vat_rate", rate_id)
        changed_rate = vat.rate_bp != rate_bp
        vat.code, vat.name, vat.rate_bp = code, name, rate_bp
    session.flush()
    audit.record(session, load_settings(session).till_id, "vat_rate.save", user.id, vat_rate_id=vat.id,
                 code=code, name=name, rate_bp=rate_bp)
    if changed_rate:
        queue_products(session, _product_ids(session, "vat_rate_id", vat.id))
    return vat.id


def delete_vat_rate(session: Session, user: User, rate_id: str) -> None:
    """Refused (VatRateInUse) while any product, retired ones included, has the rate."""
    require_editor(user)
    vat = session.get(VatRate, rate_id)
    if vat is None:
        raise RecordNotFound("vat_rate", rate_id)
    used = len(_product_ids(session, "vat_rate_id", rate_id))
    if used:
        raise VatRateInUse(vat.code, used)
    session.delete(vat)
    audit.record(session, load_settings(session).till_id, "vat_rate.delete", user.id, code=vat.code, rate_bp=vat.rate_bp)


def quick_key_layout(session: Session) -> list[QuickKeySlot]:
    rows = session.connection().exec_driver_sql(
        f"SELECT q.position, p.id, p.name, q.label, coalesce(q.color, c.color, '{DEFAULT_COLOR}'), q.color IS NOT NULL, "
        "p.active FROM quickkey q JOIN product p ON p.id = q.product_id LEFT JOIN category c ON c.id = p.category_id "
        "ORDER BY q.position").fetchall()
    return [QuickKeySlot(*r[:5], bool(r[5]), bool(r[6])) for r in rows]


def set_quick_key_layout(session: Session, user: User, keys: list[QuickKeyDraft]) -> None:
    """The till's favourites grid, in this order, a product at most once; nothing written if a key is bad."""
    require_editor(user)
    seen, unique, problems = set(), [], []
    for key in keys:
        if key.product_id not in seen:
            seen.add(key.product_id)
            unique.append(key)
    unique = unique[:QUICK_KEYS_AT_MOST]
    for key in unique:
        if key.color and not COLOR.match(key.color):
            problems.append(FieldProblem("color", Problem.BAD_COLOR, key.color, key.product_id))
    if problems:
        raise InvalidFields(problems)
    conn = session.connection()
    if unique:
        marks = ",".join("?" * len(unique))
        known = {r[0] for r in conn.exec_driver_sql(f"SELECT id FROM product WHERE id IN ({marks})",
                                                   tuple(k.product_id for k in unique))}
        missing = [k.product_id for k in unique if k.product_id not in known]
        if missing:
            raise RecordNotFound("product", missing[0])
    conn.exec_driver_sql("DELETE FROM quickkey")
    session.add_all(QuickKey(position=i, product_id=k.product_id, label=(k.label or "").strip() or None,
                             color=k.color or None) for i, k in enumerate(unique))
    session.flush()
    audit.record(session, load_settings(session).till_id, "quick_keys.save", user.id,
                 keys=[[k.product_id, k.label, k.color] for k in unique])
