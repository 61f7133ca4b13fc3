"""Creating a shop: settings, VAT rates, categories, products and users."""
from sqlmodel import Session, select

from db.models import Category, Product, QuickKey, VatRate
from shop import users
from shop.settings import ShopSettings, save_settings
from shop.text import fold

# VAT rates of a new shop: (receipt letter, name, basis points). A sale line keeps the rate, not the
# letter, so each country has one 0 % rate, named for what it covers there.
ITALIAN_VAT = (("A", "IVA 22%", 2200), ("B", "IVA 10%", 1000), ("C", "IVA 4%", 400))  # the tests' small shop
ITALIAN_RATES = (("A", "IVA 22%", 2200), ("B", "IVA 10%", 1000), ("C", "IVA 5%", 500), ("D", "IVA 4%", 400),
                 ("E", "Esente art. 10 (N4)", 0))
HUNGARIAN_VAT = (("A", "ÁFA 27%", 2700), ("B", "ÁFA 18%", 1800), ("C", "ÁFA 5%", 500),
                 ("E", "0% / AAM (alanyi adómentes)", 0))
KOREAN_VAT = (("A", "부가세 10%", 1000), ("B", "면세", 0))
CHINESE_VAT = (("A", "增值税 13%", 1300), ("B", "增值税 9%", 900), ("C", "增值税 6%", 600), ("D", "征收率 3%", 300),
               ("E", "征收率 1%", 100))

# What a new shop in each country starts with; everything can be changed later in the settings. The
# locale gives the date and number formats (2026. 12. 04., 1 234,56; 2026-12-04, 1,234.56), the
# country the phone region (shop/phones.py) and the tax id checker (shop/settings_edit.py), and
# shop/cash_rounding.py the country's cash rules.
COUNTRIES = {
    "IT": dict(locale="it_IT", currency="EUR", timezone="Europe/Rome", receipt_language="it", vat=ITALIAN_RATES,
               cash_notes=[500, 1000, 2000, 5000]),
    "HU": dict(locale="hu_HU", currency="HUF", timezone="Europe/Budapest", receipt_language="hu", vat=HUNGARIAN_VAT,
               cash_notes=[1000_00, 2000_00, 5000_00, 10000_00]),
    "KR": dict(locale="ko_KR", currency="KRW", timezone="Asia/Seoul", receipt_language="ko", vat=KOREAN_VAT,
               cash_notes=[5000, 10000, 50000]),
    "CN": dict(locale="zh_CN", currency="CNY", timezone="Asia/Shanghai", receipt_language="zh", vat=CHINESE_VAT,
               cash_notes=[2000, 5000, 10000]),
}


class UnknownCountry(ValueError):
    def __init__(self, code: str):
        super().__init__(f"unknown country {code!r}; choose one of {', '.join(COUNTRIES)}")
        self.code = code


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


def new_shop(session: Session, country: str, shop_name: str, owner_name: str, owner_pin: str,
             language: str | None = None) -> ShopSettings:
    """A new, empty shop for `country` with its owner: what the first-run setup creates. `language`
    (the one the owner chose in the wizard) prints the receipts, else the country's own."""
    if country.upper() not in COUNTRIES:
        raise UnknownCountry(country)
    country = country.upper()
    preset = dict(COUNTRIES[country])
    vat = preset.pop("vat")
    if language:
        preset["receipt_language"] = language
    settings = ShopSettings(shop_name=shop_name, country=country, **preset)
    init_shop(session, settings, vat)
    users.create_user(session, owner_name, "owner", owner_pin)
    return settings
