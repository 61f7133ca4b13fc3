"""Shop and till settings, stored as JSON rows in the `setting` table."""
from dataclasses import dataclass, field
from decimal import Decimal

from sqlmodel import Session

from db.setting_rows import load_dataclass, save_dataclass
from shop.money import AmountError, div_round, format_money, from_decimal, to_decimal
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
    # Prices and totals in whole units of the currency (Hungary: no fillér since 1999). A display and
    # input rule only: stored amounts keep `currency_exponent` digits (100 is 1 Ft in a HUF shop).
    # None: the country's rule (shop/cash_rounding.py), so shops made before it follow it too.
    whole_units: bool | None = None
    # Cash rounding (shop/cash_rounding.py): a cash amount to pay rounds to the nearest multiple of
    # this many minor units (500 = 5 Ft, 5 = 5 cents; 0 = never), as its own line. With
    # `cash_rounding_all_cash` only a sale paid wholly in cash is rounded (Italy, 2017), else the part
    # paid in cash is (Hungary, 2008). None: the country's rule.
    cash_rounding_step: int | None = None
    cash_rounding_all_cash: bool | None = None
    # How many years of the other tills' sales each till keeps (0: all); the owner's choice, shared by
    # the tills. A till's own sales and the server's copy are never pruned (shop/sync_history.py).
    history_keep_years: int = 3

    def __post_init__(self):
        if self.currency_exponent is None:  # a shop being made, or settings built in memory
            self.currency_exponent = iso_minor_units(self.currency)
        from shop.cash_rounding import country_rule  # a plain-data module; imported here to avoid a cycle

        rule = country_rule(self.country, self.currency, self.currency_exponent)
        for name, value in rule.items():
            if getattr(self, name) is None:
                setattr(self, name, value)

    def money(self, amount: int) -> str:
        """An amount in minor units as this shop shows it ("12,50 €")."""
        exponent = self.currency_exponent
        if self.whole_units and amount % 10**exponent == 0:
            return format_money(amount // 10**exponent, self.currency, self.locale, 0)
        return format_money(amount, self.currency, self.locale, exponent)

    def whole(self, amount: int) -> int:
        """`amount` as shown where only whole units are used (a VAT figure in a Hungarian shop: 212,60 Ft
        is shown 213 Ft); unchanged elsewhere. For display: stored figures keep their minor units."""
        if not self.whole_units:
            return amount
        unit = 10**self.currency_exponent
        return div_round(amount, unit) * unit

    def parse_amount(self, text: str) -> int:
        """An amount typed any usual way ("12,50", "12.5") in minor units; AmountError (a ValueError)
        if it is not one or has more decimals than the shop's currency."""
        amount = from_decimal(text, self.currency_exponent)
        if self.whole_units and amount % 10**self.currency_exponent:
            raise AmountError(text, 0, too_many_decimals=True)  # "this currency has no decimals"
        return amount

    def to_decimal(self, amount: int) -> Decimal:
        return to_decimal(amount, self.currency_exponent)


def load_settings(session: Session) -> ShopSettings:
    return load_dataclass(session, SETTINGS_KEY, ShopSettings)


def own_till_id(session: Session) -> str:
    """This till's id alone, in plain SQL: each history write asks it, and loading every setting cost it 0.5 ms."""
    row = session.connection().exec_driver_sql(
        "SELECT json_extract(value, '$.till_id') FROM setting WHERE key = ?", (SETTINGS_KEY,)).first()
    return row[0] if row is not None and isinstance(row[0], str) else ShopSettings.till_id


def save_settings(session: Session, settings: ShopSettings) -> None:
    save_dataclass(session, SETTINGS_KEY, settings)
