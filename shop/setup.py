"""Creating a shop: settings, VAT rates, categories, products and users."""
from sqlmodel import Session, select

from db.models import Category, Product, QuickKey, VatRate
from shop import users
from shop.settings import ShopSettings, save_settings
from shop.text import fold

ITALIAN_VAT = (("A", "IVA 22%", 2200), ("B", "IVA 10%", 1000), ("C", "IVA 4%", 400))

# What a new shop in each country starts with; everything can be changed later in the settings.
COUNTRIES = {
    "IT": dict(locale="it_IT", currency="EUR", timezone="Europe/Rome", receipt_language="it", vat=ITALIAN_VAT),
    "HU": dict(locale="hu_HU", currency="HUF", timezone="Europe/Budapest", receipt_language="hu",
               vat=(("A", "ÁFA 27%", 2700), ("B", "ÁFA 18%", 1800), ("C", "ÁFA 5%", 500))),
    "KR": dict(locale="ko_KR", currency="KRW", timezone="Asia/Seoul", receipt_language="ko",
               vat=(("A", "부가세 10%", 1000), ("B", "면세 0%", 0))),
    "CN": dict(locale="zh_CN", currency="CNY", timezone="Asia/Shanghai", receipt_language="zh",
               vat=(("A", "增值税 13%", 1300), ("B", "增值税 9%", 900), ("C", "增值税 6%", 600))),
}


def init_shop(session: Session, settings: ShopSettings, vat_rates=ITALIAN_VAT) -> dict[str, VatRate]:
    """Settings and VAT rates of a new shop; returns the rates by code."""
    save_settings(session, settings)
    rates = {code: VatRate(code=code, name=name, rate_bp=bp) for code, name, bp in vat_rates}
    session.add_all(rates.values())
    session.flush()
    return rates


def add_category(session: Session, name: str, color: str = "#4f6d7a") -> Category:
    category = Category(name=name, color=color)
    session.add(category)
    session.flush()
    return category


def add_product(session: Session, sku: str, name: str, price: int, vat: VatRate, *, unit: str = "pc",
                barcode: str | None = None, plu: str | None = None, category: Category | None = None) -> Product:
    product = Product(
        sku=sku, name=name, name_fold=fold(name), price=price, vat_rate_id=vat.id, unit=unit,
        barcode=barcode, plu=plu, category_id=category.id if category else None,
    )
    session.add(product)
    session.flush()
    return product


def set_quick_keys(session: Session, product_ids: list[str]) -> None:
    for key in session.exec(select(QuickKey)):
        session.delete(key)
    session.flush()
    session.add_all(QuickKey(position=i, product_id=pid) for i, pid in enumerate(product_ids))


add_user = users.create_user


def new_shop(session: Session, country: str, shop_name: str, owner_name: str, owner_pin: str) -> ShopSettings:
    """A new, empty shop for `country` with its owner: what the first-run setup creates."""
    preset = dict(COUNTRIES[country])
    vat = preset.pop("vat")
    settings = ShopSettings(shop_name=shop_name, country=country, **preset)
    init_shop(session, settings, vat)
    users.create_user(session, owner_name, "owner", owner_pin)
    return settings
