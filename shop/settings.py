"""Shop and till settings, stored as JSON rows in the `setting` table."""
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import Session

from db.setting_rows import load_dataclass, save_dataclass
from shop.money import format_money, from_decimal, to_decimal
from syncwire.currency import iso_minor_units

SETTINGS_KEY = "shop"


@dataclass
class ShopSettings:
    shop_name: str = "Bottega"
    address: str = ""
    vat_number: str = ""
    country: str = "IT"
    locale: str = "it_IT"
    currency: str = "EUR"
    # How many digits of `currency` a stored amount has after the decimal mark, fixed when the shop
    # is made (migration 0005 recorded it for older shops): 123456 is 1234,56 Ft for as long as the
    # shop lives, whatever a library says about the forint later.
    currency_exponent: int | None = None
    timezone: str = "Europe/Rome"
    till_id: str = "T1"
    receipt_language: str = "it"
    # The owner's own lines printed under the address (opening hours, a website) and at the end.
    receipt_header: str = ""
    receipt_footer: str = ""
    # A line or order discount above this needs a manager's PIN.
    discount_limit_bp: int = 1000
    # Variable-measure EAN-13: 2-digit prefix, item code (PLU), value, check digit.
    # Each prefix says whether the value is a weight in grams or a price in minor units.
    variable_measure_prefixes: dict[str, str] = field(
        default_factory=lambda: {"21": "weight", "22": "weight", "23": "price", "24": "price"}
    )
    variable_measure_item_digits: int = 5
    cash_notes: list[int] = field(default_factory=lambda: [500, 1000, 2000, 5000])
    # How many years of the other tills' sales each till keeps (0: all); the owner's choice, shared by
    # the tills. A till's own sales and the server's copy are never pruned (shop/sync_history.py).
    history_keep_years: int = 3

    def __post_init__(self):
        if self.currency_exponent is None:  # a shop being made, or settings built in memory
            self.currency_exponent = iso_minor_units(self.currency)

    def money(self, amount: int) -> str:
        """An amount in minor units as this shop shows it ("12,50 €")."""
        return format_money(amount, self.currency, self.locale, self.currency_exponent)

    def parse_amount(self, text: str) -> int:
        """An amount typed any usual way ("12,50", "12.5") in minor units; AmountError (a ValueError)
        if it is not one or has more decimals than the shop's currency."""
        return from_decimal(text, self.currency_exponent)

    def to_decimal(self, amount: int) -> Decimal:
        return to_decimal(amount, self.currency_exponent)


def load_settings(session: Session) -> ShopSettings:
    return load_dataclass(session, SETTINGS_KEY, ShopSettings)


def save_settings(session: Session, settings: ShopSettings) -> None:
    save_dataclass(session, SETTINGS_KEY, settings)
