"""The Z report shows the lines two tills refunded beyond what was sold while offline (issue 11)."""
from PySide6.QtWidgets import QLabel

from db.engine import read_session
from shop.reports import shift_summary
from ui.zreport_view import ZReportView


def test_the_z_report_lists_an_over_refunded_line_for_the_owner(qtbot, till):
    """A flagged line appears under its own heading with the receipt, quantities and both refunds."""
    with read_session(till.engine) as session:
        summary = shift_summary(session, till.shift)
    assert summary["over_refunds"] == []
    summary["over_refunds"] = [{"receipt_number": "T1-000001", "name": "Sangiovese di Romagna", "sold_milli": 1000,
                                "refunded_milli": 2000, "refunds": ["T1-000002", "T2-000001"]}]
    view = ZReportView(summary, till.settings)
    qtbot.add_widget(view)
    [line] = [w.text() for w in view.findChildren(QLabel, "overRefund")]
    assert line == "Sangiovese di Romagna on receipt T1-000001: 1 sold, 2 refunded by T1-000002, T2-000001"
