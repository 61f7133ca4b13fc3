"""Changing the shop's settings from the back office: checked field by field, audited, and queued for
the other tills when the shop is enrolled on a server.

Only an owner changes settings. A save checks every field first and raises InvalidSettings with a
problem code per field; nothing is written unless every field is good. A stored change records the
fields that changed (old and new) in the audit log and, on an enrolled till, queues the shared fields
(syncwire/catalogue.py SHARED_SETTINGS) in the outbox in the same transaction.
"""
from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlmodel import Session, select
from stdnum.cn import uscc
from stdnum.exceptions import ValidationError
from stdnum.hu import anum
from stdnum.it import iva
from stdnum.kr import brn

from db.models import Category, User
from shop import audit, outbox
from shop.errors import ShopError
from shop.loyalty_rules import LoyaltySettings, load_loyalty_settings, save_loyalty_settings
from shop.permissions import RolePermissions
from shop.receipt_labels import LANGUAGES
from shop.reservations import ReservationPolicy, load_policy, save_policy
from shop.settings import ShopSettings, load_settings, save_settings
from shop.staff_errors import NoRight
from shop.sync_client import load_config
from syncwire.catalogue import LOYALTY_CATEGORY_MULTIPLIERS, LOYALTY_EXCLUDED_CATEGORIES, SHARED_SETTINGS

# Problem codes a field can have; ui/ says each in words at the field.
REQUIRED, TAX_ID, PERCENT, POSITIVE, NOT_NEGATIVE, LANGUAGE, PREFIX, PREFIX_TWICE, ITEM_DIGITS, TIER = (
    "required", "tax_id", "percent", "positive", "not_negative", "language", "prefix", "prefix_twice", "item_digits",
    "tier")
EDITABLE = ("shop_name", "address", "vat_number", "receipt_header", "receipt_footer", "receipt_language",
            "discount_limit_bp", "cash_notes", "variable_measure_prefixes", "variable_measure_item_digits",
            "cash_rounding_step", "history_keep_years")
BIRTHDAY_REWARDS = ("none", "points", "coupon")
SCALE_KINDS = ("weight", "price")


@dataclass
class InvalidSettings(ShopError):
    problems: dict[str, str]  # field -> problem code


# --- tax ids -----------------------------------------------------------------------------------
def _hu_tax_id(text: str) -> str:
    """A Hungarian adószám (12345678-1-23) is checked by its first eight digits, the ANUM (EU VAT HU12345678)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) == 11:
        anum.validate(digits[:8])
        return f"{digits[:8]}-{digits[8]}-{digits[9:]}"
    return anum.validate(text)


TAX_IDS = {"IT": iva.validate, "HU": _hu_tax_id, "KR": lambda text: brn.format(brn.validate(text)), "CN": uscc.validate}


def clean_tax_id(country: str, text: str) -> str:
    """The tax id in its usual written form; ValueError when it is not one of `country`'s.
    Empty is allowed (a shop not yet registered); a country without a checker keeps it as typed."""
    text = text.strip()
    check = TAX_IDS.get(country)
    if not text or check is None:
        return text
    try:
        return check(text)
    except ValidationError as error:
        raise ValueError(str(error)) from None


# --- typed numbers -------------------------------------------------------------------------------
def parse_percent(text: str) -> int:
    """A percent typed as "10", "12,5" or "12.5 %" in basis points; ValueError unless 0 to 100."""
    value = _decimal(text)
    if not 0 <= value <= 100:
        raise ValueError(text)
    return int(value * 100)


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.replace("%", "").replace(",", ".").strip())
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite() or value != value.quantize(Decimal("0.01")):
        raise ValueError(text)
    return value


def parse_rate(text: str) -> int:
    """A multiplier typed as a percent ("150" = half again, "200" = double) in basis points; ValueError
    unless above 0 and at most 1000 %."""
    value = _decimal(text)
    if not 0 < value <= 1000:
        raise ValueError(text)
    return int(value * 100)


def percent_text(bp: int) -> str:
    value = Decimal(bp) / 100
    return f"{value.normalize():f}"


# --- checks --------------------------------------------------------------------------------------
def shop_problems(settings: ShopSettings) -> dict[str, str]:
    problems = {}
    if not settings.shop_name.strip():
        problems["shop_name"] = REQUIRED
    try:
        clean_tax_id(settings.country, settings.vat_number)
    except ValueError:
        problems["vat_number"] = TAX_ID
    if settings.receipt_language not in LANGUAGES:
        problems["receipt_language"] = LANGUAGE
    if not 0 <= settings.discount_limit_bp <= 10_000:
        problems["discount_limit_bp"] = PERCENT
    if not settings.cash_notes or any(not isinstance(n, int) or n <= 0 for n in settings.cash_notes):
        problems["cash_notes"] = POSITIVE
    prefixes = settings.variable_measure_prefixes
    if any(not (p.isascii() and p.isdigit() and len(p) == 2 and (p == "02" or p[0] == "2")) or kind not in SCALE_KINDS
           for p, kind in prefixes.items()):
        problems["variable_measure_prefixes"] = PREFIX
    if not isinstance(settings.cash_rounding_step, int) or settings.cash_rounding_step < 0:
        problems["cash_rounding_step"] = NOT_NEGATIVE
    years = settings.history_keep_years
    if not isinstance(years, int) or isinstance(years, bool) or not 0 <= years <= 100:
        problems["history_keep_years"] = NOT_NEGATIVE
    if settings.variable_measure_item_digits not in (4, 5):
        problems["variable_measure_item_digits"] = ITEM_DIGITS
    return problems


def loyalty_problems(rules: LoyaltySettings) -> dict[str, str]:
    problems = {}
    for name in ("spend_per_point", "point_value"):
        if getattr(rules, name) <= 0:
            problems[name] = POSITIVE
    for name in ("expiry_days", "tier_window_days", "birthday_points"):
        if getattr(rules, name) < 0:
            problems[name] = NOT_NEGATIVE
    if any(bp <= 0 for bp in rules.category_multipliers_bp.values()):
        problems["category_multipliers_bp"] = POSITIVE
    names = [str(t.get("name", "")).strip() for t in rules.tiers]
    if (any(not n for n in names) or len(set(names)) != len(names)
            or any(t.get("min_spend", -1) < 0 or t.get("earn_bp", 0) <= 0 for t in rules.tiers)):
        problems["tiers"] = TIER
    if rules.birthday_reward not in BIRTHDAY_REWARDS:
        problems["birthday_reward"] = REQUIRED
    if not 0 < rules.birthday_coupon_bp <= 10_000:
        problems["birthday_coupon_bp"] = PERCENT
    return problems


def reservation_problems(policy: ReservationPolicy) -> dict[str, str]:
    return {"expire_after_days": NOT_NEGATIVE} if policy.expire_after_days < 0 else {}


# --- saving --------------------------------------------------------------------------------------
def _changes(old, new) -> dict:
    before, after = asdict(old), asdict(new)
    return {name: [before[name], after[name]] for name in after if before.get(name) != after[name]}


def _share(session: Session, key: str, value: dict) -> bool:
    """Queue the shared fields for the other tills, if this one is enrolled on a server."""
    if load_config(session) is None:
        return False
    shared = {name: value[name] for name in SHARED_SETTINGS[key] if name in value}
    outbox.enqueue(session, "setting", key, {"key": key, "value": shared})
    return True


def _owner(actor: User) -> None:
    if actor.role != "owner":
        raise NoRight("owner")


def _store(session: Session, actor: User, till_id: str, key: str, old, new, save, wire: dict | None = None) -> dict:
    changes = _changes(old, new)
    if changes:
        save(session, new)
        audit.record(session, till_id, "settings_changed", actor.id, key=key, changes=changes)
        _share(session, key, wire if wire is not None else asdict(new))
    return changes


def save_shop_settings(session: Session, actor: User, till_id: str, **values) -> dict:
    """Change fields of the shop's settings; the changes made, {field: [old, new]}."""
    _owner(actor)
    unknown = set(values) - set(EDITABLE)
    if unknown:  # the till's own (its id, country, currency) are not the back office's to change
        raise ValueError(f"not editable here: {', '.join(sorted(unknown))}")
    old = load_settings(session)
    new = replace(old, **values)
    new.shop_name = " ".join(new.shop_name.split())
    problems = shop_problems(new)
    if problems:
        raise InvalidSettings(problems)
    new.vat_number = clean_tax_id(new.country, new.vat_number)
    return _store(session, actor, till_id, "shop", old, new, save_settings)


def _category_names(session: Session) -> dict[str, str]:
    return {c.id: c.name for c in session.exec(select(Category))}


def loyalty_wire(session: Session, rules: LoyaltySettings) -> dict:
    """The loyalty rules as they travel: categories by name (each till has its own category ids)."""
    names = _category_names(session)
    value = asdict(rules)
    value[LOYALTY_CATEGORY_MULTIPLIERS] = {names[cid]: bp for cid, bp in value.pop("category_multipliers_bp").items()
                                          if cid in names}
    value[LOYALTY_EXCLUDED_CATEGORIES] = [names[cid] for cid in value.pop("excluded_category_ids") if cid in names]
    return value


def save_loyalty(session: Session, actor: User, till_id: str, rules: LoyaltySettings) -> dict:
    _owner(actor)
    problems = loyalty_problems(rules)
    if problems:
        raise InvalidSettings(problems)
    return _store(session, actor, till_id, "loyalty", load_loyalty_settings(session), rules, save_loyalty_settings,
                  loyalty_wire(session, rules))


def save_reservation_policy(session: Session, actor: User, till_id: str, policy: ReservationPolicy) -> dict:
    _owner(actor)
    problems = reservation_problems(policy)
    if problems:
        raise InvalidSettings(problems)
    return _store(session, actor, till_id, "reservations", load_policy(session), policy, save_policy)


def share_permissions(session: Session, permissions: RolePermissions) -> bool:
    """The role permissions reach the other tills too (shop/staff.py stores and audits them)."""
    return _share(session, "permissions", asdict(permissions))


def categories(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the shop's categories, by name: the loyalty rules name them."""
    return [(c.id, c.name) for c in session.exec(select(Category).order_by(Category.name))]
