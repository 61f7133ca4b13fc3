"""The kind words: each Literal type holds exactly the constants code compares with."""
from typing import get_args

from shop import kinds
from syncwire import messages as m


def test_each_literal_lists_exactly_its_constants():
    """A word added to a Literal without its constant (or the other way round) fails here."""
    sets = {
        kinds.SaleKind: (kinds.SALE, kinds.REFUND),
        kinds.Unit: (kinds.PIECE, kinds.KG),
        kinds.Role: (kinds.CASHIER, kinds.MANAGER, kinds.OWNER),
        kinds.PaymentMethod: (kinds.CASH, kinds.CARD, kinds.POINTS, kinds.DEPOSIT, kinds.ROUNDING),
        kinds.DiscountKind: (kinds.PERCENT, kinds.AMOUNT),
        kinds.DocumentKind: (kinds.SALE, kinds.REFUND, kinds.VOID, kinds.Z_REPORT),
    }
    for literal, constants in sets.items():
        assert set(get_args(literal)) == set(constants), literal


def test_record_kind_is_the_wire_s_kinds():
    """syncwire's RecordKind type and its KINDS tuple name the same record kinds."""
    assert sorted(get_args(m.RecordKind)) == sorted(m.KINDS)
