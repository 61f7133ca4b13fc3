"""The till with an RT: a sale the RT cannot take is shown as not yet fiscal at once, and clears when it is."""
from PySide6.QtCore import Qt

from tests.fiscal.conftest import fiscal_shop, rt  # noqa: F401  (the RT fixtures)
from tests.ui.test_till_window import scan
from ui.fiscal_link import FiscalLink
from ui.style import apply_style
from ui.till_window import TillWindow


def test_paper_out_on_the_rt_is_told_at_once_and_clears(qtbot, qapp, fiscal_shop, rt, till, in_dialog):  # noqa: F811
    """Lottery code typed at payment, RT out of paper: the cashier reads 'NOT yet fiscal'; after the fix, one document."""
    apply_style(qapp)
    link = FiscalLink(fiscal_shop.engine, "T1")
    link.start()
    window = TillWindow(till, fiscal=link)
    qtbot.addWidget(window)
    window.show()
    rt.paper_out = True
    scan(qtbot, window.search, fiscal_shop.barcodes["wine"])

    def pay(dialog):
        qtbot.keyClicks(dialog.lottery, "ab12cd34")
        qtbot.keyClick(dialog, Qt.Key.Key_F8)  # all on card
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    try:
        with qtbot.wait_signal(link.event, timeout=10_000):
            in_dialog(pay)
            qtbot.mouseClick(window.pay_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "NOT yet fiscal" in window.message.text(), timeout=5_000)
        assert window.header.fiscal_label.isVisible() and window.header.fiscal_label.text().endswith(": 1")
        rt.paper_out = False
        with qtbot.wait_signal(link.event, timeout=10_000):
            link.queue.retry_open()
        qtbot.waitUntil(lambda: not window.header.fiscal_label.isVisible(), timeout=5_000)
        (doc,) = rt.fiscal_documents()
        assert doc.lottery == "AB12CD34"
    finally:
        link.stop()
