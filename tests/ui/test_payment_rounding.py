"""The payment dialog in a Hungarian shop: cash is rounded to 5 Ft before the cashier takes it, card is not."""
from PySide6.QtCore import Qt

from tests.shop.test_cash_rounding import country_till, product_id
from ui.payment_dialog import PaymentDialog

NBSP = "\u00a0"


def clean(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def dialog_for(qtbot, till) -> PaymentDialog:
    dialog = PaymentDialog(till)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_hungarian_cash_shows_the_rounded_amount_and_enter_takes_it(qtbot, tmp_path):
    """1 002 Ft: the dialog says 'In cash: 1 000 Ft (rounding -2 Ft)'; Enter takes exactly 1 000 Ft, no change."""
    till = country_till(tmp_path, "HU")
    till.add_product_id(product_id(till, "A"))
    dialog = dialog_for(qtbot, till)
    assert clean(dialog.due.text()) == "1 002 Ft"
    assert "1 000 Ft" in clean(dialog.cash_due.text()) and "-2 Ft" in clean(dialog.cash_due.text())
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.completed is not None
    assert (dialog.completed.rounding, dialog.completed.change) == (-2_00, 0)


def test_hungarian_typed_fillér_are_refused_and_card_pays_the_exact_total(qtbot, tmp_path):
    """'1000,50' gets the no-decimals message and stays; F8 charges the card 1 002 Ft with no rounding."""
    till = country_till(tmp_path, "HU")
    till.add_product_id(product_id(till, "A"))
    dialog = dialog_for(qtbot, till)
    qtbot.keyClicks(dialog.amount, "1000,50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.completed is None and "1000,50" in dialog.error.text() and dialog.amount.text() == "1000,50"
    dialog.amount.clear()
    qtbot.keyClick(dialog, Qt.Key.Key_F8)
    assert dialog.completed is not None and (dialog.completed.total, dialog.completed.rounding) == (1002_00, 0)
