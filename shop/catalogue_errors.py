"""Typed errors of the back office's catalogue (products, categories, VAT rates, quick keys).

A form's problems are gathered, not raised one at a time: the owner sees every field that needs
fixing at once, each message at its field. ui/ turns them into translated sentences.
"""
from dataclasses import dataclass, field
from enum import StrEnum

from shop.errors import ShopError


class Problem(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    NOT_AN_AMOUNT = "not_an_amount"
    WHOLE_UNITS = "whole_units"  # decimals in a shop that prices in whole units (Hungary: no fillér)
    NEGATIVE = "negative"
    TOO_LARGE = "too_large"
    NOT_A_BARCODE = "not_a_barcode"  # not 8, 12 or 13 digits
    CHECK_DIGIT = "check_digit"
    SCALE_PREFIX = "scale_prefix"  # starts like a scale label (weight or price inside)
    DUPLICATE = "duplicate"  # `other` names the product that has it
    REPEATED = "repeated"  # the same code twice in this form
    NOT_DIGITS = "not_digits"
    UNKNOWN = "unknown"  # a VAT rate or category that does not exist
    BAD_UNIT = "bad_unit"
    BAD_COLOR = "bad_color"
    BAD_RATE = "bad_rate"  # not a percentage between 0 and 100
    SKU_FIXED = "sku_fixed"  # an enrolled shop's SKU is the product's identity on the server


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the form field: sku, name, price, barcodes, plu, vat_rate, unit, category, code, rate, color
    problem: Problem
    value: str = ""
    other: str = ""  # the SKU or name of the record already holding a duplicate


@dataclass
class InvalidFields(ShopError):
    """Nothing was written: each problem names its field."""

    problems: list[FieldProblem] = field(default_factory=list)

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


@dataclass
class VatRateInUse(ShopError):
    code: str
    products: int


@dataclass
class CategoryInUse(ShopError):
    name: str
    products: int


@dataclass
class RecordNotFound(ShopError):
    what: str  # product | category | vat_rate
    id: str


@dataclass
class NothingToChange(ShopError):
    """A bulk price change that selects no product, or changes no price."""


@dataclass
class PreviewOutdated(ShopError):
    """A price changed since the preview was made (another till, another window): preview again."""

    sku: str
