"""The shop's catalogue and shared settings as they travel from the owner, through the server, to every till.

The server owns the catalogue: the owner feeds it (server/catalogue.py) and each till applies the
pulled `product` and `setting` changes (shop/sync_catalogue.py). A product's change carries:

    id, hlc, updated_at, sku, name, price (minor units, VAT included), vat_rate_bp, unit (pc | kg),
    barcode, plu, category (a name: every till matches or creates its own category), active

A setting's change is `{"id": KEY, "hlc": ..., "value": {field: value}}` for one of the keys below;
only the fields listed travel, so what belongs to one till (its id, printer, server link) is never
sent and never overwritten. Loyalty rules name categories by name, for the same reason as products.
"""
import uuid

UNITS = ("pc", "kg")
OWNER_NODE = "owner"  # the node of the stamps the owner's edits carry
# EAN-13 prefixes a till reads as a scale label unless the shop's settings say otherwise
# (the default of ShopSettings.variable_measure_prefixes; a test keeps the two equal).
DEFAULT_SCALE_PREFIXES = ("21", "22", "23", "24")

# Settings every till of a shop shares, by setting key: the fields that travel and their JSON type.
SHARED_SETTINGS: dict[str, dict[str, type]] = {
    # The receipt header (name, address, VAT number, the owner's lines above and below), its language,
    # and rules that must agree across tills.
    "shop": {"shop_name": str, "address": str, "vat_number": str, "receipt_header": str, "receipt_footer": str,
             "receipt_language": str, "discount_limit_bp": int,
             "variable_measure_prefixes": dict, "variable_measure_item_digits": int, "cash_notes": list,
             "cash_rounding_step": int, "history_keep_years": int},
    "loyalty": {"enabled": bool, "spend_per_point": int, "point_value": int, "category_multipliers": dict,
                "excluded_categories": list, "excluded_skus": list, "expiry_days": int, "tiers": list,
                "tier_window_days": int, "birthday_reward": str, "birthday_points": int, "birthday_coupon_bp": int},
    "reservations": {"refund_deposit_on_cancel": bool, "expire_after_days": int},
    # What each role may do alone at the till (shop/permissions.py): the least role, by action.
    "permissions": {"discount": str, "refund": str, "no_sale": str, "void": str, "price_override": str,
                    "adjust_points": str},
    # The owner's own customer fields (shop/custom_fields.py): [{key, label, kind, options}], the whole list.
    "customer_fields": {"fields": list},
}
# Loyalty fields that name categories: {category name: bp} and [category name] on the wire.
LOYALTY_CATEGORY_MULTIPLIERS, LOYALTY_EXCLUDED_CATEGORIES = "category_multipliers", "excluded_categories"

_PRODUCT_NAMESPACE = uuid.UUID("6f1d3c1e-6a43-4f5e-9a43-0b7e7a2f1c55")


def product_id(shop_id: str, sku: str) -> str:
    """The product's global id: the same SKU of the same shop is always the same record."""
    return str(uuid.uuid5(_PRODUCT_NAMESPACE, f"{shop_id}\x1f{sku}"))
