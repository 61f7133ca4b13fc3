"""Cash rounding: what a customer pays in cash, rounded by the shop's country, as its own line.

- Hungary (2008, when the 1 and 2 forint coins went): a cash amount ends in 0 or 5 Ft; x1-x2 round
  down to x0, x3-x7 to x5, x8-x9 up to x10. Card payments are not rounded; in a sale paid partly by
  card, the part paid in cash is.
- Italy (2017, legge 96/2017 art. 13-quater): a shop may round the total to 5 cents, only when the
  whole payment is cash; off unless the shop turns it on.
- Korea (KRW has no minor unit) and China (no rounding; 抹零 is a discount the cashier gives) never.

The sale's total, its lines and its VAT never change: the rounding is a payment row of method
ROUNDING whose amount is what the rounding "paid" (+2 Ft when 1 002 Ft was paid with 1 000 Ft), so
the payments still add up to the total, and the drawer's expected cash (the cash rows) is what
really went in. Receipts and the Z report show it as the adjustment (-2 Ft).
"""
from shop.kinds import ROUNDING
from shop.money import div_round


def country_rule(country: str, currency: str, exponent: int) -> dict:
    """The settings a shop in `country` starts with (shop/settings.py fills in what is not stored)."""
    hungarian = country == "HU" and currency == "HUF"
    return {
        "whole_units": hungarian,
        "cash_rounding_step": 5 * 10**exponent if hungarian else 0,
        "cash_rounding_all_cash": country == "IT",
    }


def round_cash(amount: int, step: int) -> int:
    """`amount` to the nearest multiple of `step` (a tie, impossible in whole forints, goes away from zero)."""
    return div_round(amount, step) * step if step > 0 else amount


def rounding_for(settings, total: int, tenders) -> int:
    """The rounding line of paying `total` with `tenders`: rounded cash minus exact cash (-2 when 1 002
    is paid with 1 000 in cash); 0 when no cash is paid or the shop's rule does not round this sale."""
    step = settings.cash_rounding_step or 0
    if not step or not any(t.method == "cash" for t in tenders):
        return 0
    other = sum(t.amount for t in tenders if t.method not in ("cash", ROUNDING))
    if other and settings.cash_rounding_all_cash:
        return 0
    cash_part = total - other
    return round_cash(cash_part, step) - cash_part


def cash_to_pay(settings, total: int, tenders) -> int:
    """What is left to pay if the rest is paid in cash, rounded as the shop's rule says."""
    from shop.sales import CASH, Tender

    paid = sum(t.amount for t in tenders)
    return total - paid + rounding_for(settings, total, [*tenders, Tender(CASH, 0)])
