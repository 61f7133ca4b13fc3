"""A past receipt on screen, as it was printed, with a button that starts a return from it."""
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPlainTextEdit

from printers.layout import plain_text
from shop.kinds import SALE
from shop.till import Till
from ui.dialog_parts import TillDialog

COLUMNS = 42  # the common 80 mm roll


class ReceiptDialog(TillDialog):
    """Exec it; `return_wanted` says the cashier pressed "Return items" (the caller opens the refund)."""

    def __init__(self, till: Till, sale_id: str, parent=None):
        document, self.receipt_number, self.kind = till.receipt_copy(sale_id)
        super().__init__(self.tr("Receipt %1").replace("%1", self.receipt_number), "",
                         self.tr("Return items (Enter)") if self.kind == SALE else None, parent, width=560)
        self.settings = till.settings
        self.return_wanted = False
        self.text = QPlainTextEdit()
        self.text.setObjectName("receiptText")
        self.text.setReadOnly(True)
        font = QFont(["DejaVu Sans Mono", "Noto Sans Mono CJK SC", "Noto Sans Mono", "Monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(10)
        self.text.setFont(font)
        self.text.setStyleSheet("background: white; font-family: 'DejaVu Sans Mono', monospace; font-size: 13px;")
        self.text.setPlainText(plain_text(document, COLUMNS))
        width = QFontMetrics(font).horizontalAdvance("M" * COLUMNS)
        self.text.setMinimumSize(width + 48, 440)
        self.body.addWidget(self.text, 1)
        self.cancel_button.setText(self.tr("Close (Esc)"))

    def confirm(self) -> None:
        if self.kind == SALE:
            self.return_wanted = True
            self.accept()
