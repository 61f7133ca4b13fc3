"""The closed sets of words the till stores and compares: a sale's kind, a unit, a role, a payment method.

Each set is a Literal type and one constant per word. Code compares with the constant
(`cart.kind == REFUND`), so a misspelt word is a NameError at import instead of a branch that is
silently never taken; fields typed with the Literal let mypy check what is put into them. The
database stores the same words (db/models.py describes each column); the wire's record kinds are
syncwire.messages.RecordKind.
"""
from typing import Final, Literal

SaleKind = Literal["sale", "refund"]  # a refund is a Sale of kind "refund" pointing at the original
SALE: Final = "sale"
REFUND: Final = "refund"

Unit = Literal["pc", "kg"]  # priced per piece, or per kg (quantities in grams)
PIECE: Final = "pc"
KG: Final = "kg"

Role = Literal["cashier", "manager", "owner"]  # least to most rights (shop/permissions.py)
CASHIER: Final = "cashier"
MANAGER: Final = "manager"
OWNER: Final = "owner"

# Cash and card are tendered; points, a reservation's deposit and the cash rounding settle part of a
# total without money changing hands at the counter (shop/cash_rounding.py explains the rounding row).
PaymentMethod = Literal["cash", "card", "points", "deposit", "rounding"]
CASH: Final = "cash"
CARD: Final = "card"
POINTS: Final = "points"
DEPOSIT: Final = "deposit"
ROUNDING: Final = "rounding"

DiscountKind = Literal["percent", "amount"]  # a discount's or coupon's value: basis points, or minor units
PERCENT: Final = "percent"
AMOUNT: Final = "amount"

DocumentKind = Literal["sale", "refund", "void", "z_report"]  # what a print or fiscal job prints
VOID: Final = "void"
Z_REPORT: Final = "z_report"
