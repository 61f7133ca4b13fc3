"""Feedback as people use it: a note with a follow-up from the customer card at the till, the reminder
after the PIN, the owner's Feedback page (filter, resolve, per product) and the NPS page, on a real shop file."""
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import FeedbackNote, FollowUp, NpsAnswer
from shop import feedback
from shop.office.feedback_desk import FeedbackDesk
from shop.sales import CASH, Tender
from tests.ui.test_customer_actions_ui import attach_maria, choose
from tests.ui.test_customers_ui import on_dialog, people  # noqa: F401 - fixtures used by name
from ui.backoffice_feedback import FeedbackPage
from ui.backoffice_nps import NpsPage
from ui.feedback_dialog import NoteDialog
from ui.follow_ups_dialog import DueFollowUpsDialog, remind_follow_ups


def click(qtbot: QtBot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_note_with_follow_up_from_the_customer_card(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """More > Take a note: Request, typed text, the bread found by typing, a follow-up for Marco tomorrow, high: all kept for Maria."""
    attach_maria(qtbot, window, on_dialog)

    def fill(dialog):
        click(qtbot, dialog.findChild(QPushButton, "requestButton"))
        qtbot.keyClicks(dialog.text, "Wants gluten-free bread on Saturdays")
        qtbot.keyClicks(dialog.product_search, "altamura")
        assert dialog.product.currentText() == "Pane di Altamura"
        click(qtbot, dialog.follow)
        qtbot.keyClicks(dialog.task, "Call Mrs Rossi when the gluten-free bread arrives")
        dialog.assignee.setCurrentIndex(dialog.assignee.findText("Marco"))
        dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
        click(qtbot, dialog.ok_button)

    on_dialog(NoteDialog, fill)
    choose(window, "feedback")
    assert window.message.text() == "Note saved for Maria Rossi."
    with read_session(shop.engine) as session:
        (note,) = session.exec(select(FeedbackNote)).all()
        (task,) = session.exec(select(FollowUp)).all()
    assert (note.category, note.customer_id, note.product_id, note.author_name) == (
        "request", people["maria"], shop.products["bread"].id, "Anna")
    assert (task.assignee_name, task.priority, task.feedback_id, task.due_date) == (
        "Marco", "high", note.id, window.till.shop_today() + timedelta(days=1))


def test_empty_note_is_refused_and_what_was_typed_stays(qtbot, shop):
    """Save with no text: a translated reason, nothing written, the follow-up text still there."""
    dialog = NoteDialog(FeedbackDesk(shop.engine, shop.users["Anna"]), today=date(2026, 12, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.follow)
    qtbot.keyClicks(dialog.task, "Order oat milk")
    click(qtbot, dialog.ok_button)
    assert dialog.error.text() == "Type what the customer said or what is to be done."
    assert dialog.task.text() == "Order oat milk" and dialog.result() == 0
    with read_session(shop.engine) as session:
        assert session.exec(select(FeedbackNote)).all() == []


def test_due_follow_ups_after_sign_in(qtbot, shop):
    """Marco's task due today shows after his PIN; Done ticks it off (kept, queued); with nothing due no dialog opens."""
    today = date.today()
    with write_session(shop.engine) as session:
        feedback.add_follow_up(session, "Call Mrs Rinaldi when the gluten-free bread arrives", today - timedelta(days=1),
                               shop.users["Marco"], shop.users["Giulia"], "high")
        feedback.add_follow_up(session, "Next week's", today + timedelta(days=7), shop.users["Marco"], shop.users["Giulia"])
    dialog = DueFollowUpsDialog(FeedbackDesk(shop.engine, shop.users["Marco"]), "it")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.list.item(i).text().split("  ·  ")[0] for i in range(dialog.list.count())] == [
        "Call Mrs Rinaldi when the gluten-free bread arrives"]
    click(qtbot, dialog.done_button)
    assert dialog.list.count() == 0 and not dialog.done_button.isEnabled()
    with read_session(shop.engine) as session:
        done = session.exec(select(FollowUp).where(FollowUp.done_at.is_not(None))).one()
    assert done.done_by == "Marco"
    remind_follow_ups(shop.engine, shop.users["Marco"], "it")  # nothing due now: returns without a dialog (would block)


def test_feedback_page_filters_resolves_and_shows_a_product(qtbot, shop, till):
    """The owner's page: open notes listed, Resolve moves one to Resolved; By product shows the wine's complaint beside its return."""
    till.scan(shop.barcodes["wine"])
    sold = till.pay([Tender(CASH, till.cart.totals().total)])
    line = till.find_receipt("1")[1][0]
    cart = till.start_refund(sold.sale_id, {line.line_id: 1000}, "corked")
    till.pay([Tender(CASH, cart.totals().total)])
    with write_session(shop.engine) as session:
        feedback.take_note(session, "complaint", "Tasted of cork", shop.users["Anna"], product_id=shop.products["wine"].id)
        feedback.take_note(session, "praise", "Lovely ham", shop.users["Anna"], product_id=shop.products["ham"].id)
    page = FeedbackPage(shop.engine, shop.users["Giulia"], till.settings)
    qtbot.addWidget(page)
    page.show()
    assert page.notes_model.rowCount() == 2
    page.notes_table.selectRow([r[2] for r in page.notes_model.rows].index("Lovely ham"))
    click(qtbot, page.findChild(QPushButton, "resolveButton"))
    assert [r[2] for r in page.notes_model.rows] == ["Tasted of cork"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("resolved"))
    assert [r[2] for r in page.notes_model.rows] == ["Lovely ham"] and "Giulia" in page.notes_model.rows[0][6]
    page.tabs.setCurrentIndex(2)
    page.products_table.selectRow(0)
    assert page.product_title.text() == "Sangiovese di Romagna"
    assert sorted(r[2] for r in page.product_detail.rows) == ["Tasted of cork", "corked"]


def test_feedback_models_pass_the_model_tester(qtbot, qtmodeltester, shop, till):
    """The page's table models keep Qt's model rules with rows in them."""
    with write_session(shop.engine) as session:
        feedback.take_note(session, "complaint", "Too salty", shop.users["Anna"], product_id=shop.products["bread"].id)
        feedback.add_follow_up(session, "Call back", date.today(), shop.users["Marco"], shop.users["Anna"])
    page = FeedbackPage(shop.engine, shop.users["Giulia"], till.settings)
    qtbot.addWidget(page)
    for model in (page.notes_model, page.tasks_model, page.products_model):
        assert model.rowCount() == 1
        qtmodeltester.check(model)


def test_nps_page_shows_the_figure_interval_counts_and_comments(qtbot, shop, till):
    """Ten answers in November: +20 with 95 % interval -34 to +74, 5/2/3, two months on the chart, the detractors' comments."""
    scores = [10, 10, 9, 9, 9, 8, 7, 6, 3, 0]
    with write_session(shop.engine) as session:
        for i, score in enumerate(scores):
            session.add(NpsAnswer(id=f"n{i}", score=score, comment="Queue too long" if score == 3 else "",
                                  answered_at=f"2026-11-{10 + i:02d}T10:00:00+00:00"))
        session.add(NpsAnswer(id="dec", score=10, answered_at="2026-12-01T10:00:00+00:00"))
    page = NpsPage(shop.engine, shop.users["Giulia"], till.settings)
    qtbot.addWidget(page)
    # 11 answers overall: 6 promoters, 2 passives, 3 detractors -> 100 (6 - 3) / 11 = +27.3;
    # var = (6/11 + 3/11 - (3/11)^2) / 11 = 0.067618, se = 0.26004, 1.96 se = 0.50967 -> 27.3 -/+ 51.0: -24 to +78.
    assert page.score_label.text() == "+27"
    assert page.interval_label.text() == "95 % interval: -24 to +78"
    assert [page.counts[k].text() for k in ("promoters", "passives", "detractors", "answers")] == ["6", "2", "3", "11"]
    assert [r[3] for r in page.comments.rows] == ["Queue too long"]
    assert len(page.chart.getAxis("bottom")._tickLevels[0]) == 2


def test_screenshots_render_the_two_pages(tmp_path):
    """`bottega screenshot feedback` and `nps` (the real command, in its own process) write a PNG of each page on the demo shop."""
    import os
    import subprocess
    import sys

    from PIL import Image

    from ui.screenshots import SIZE

    for screen in ("feedback", "nps"):
        out = tmp_path / f"{screen}.png"
        subprocess.run([sys.executable, "-m", "ui.cli", "screenshot", screen, "--out", str(out)], check=True, timeout=300,
                       capture_output=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        image = Image.open(out).convert("RGB")
        assert image.size[0] == SIZE[0] and image.size[1] >= SIZE[1]  # the back office is as tall as its page list needs
        assert len(image.resize((200, 120)).getcolors(maxcolors=100_000)) > 50  # a page of text and a chart, not a blank window


def test_the_reminder_opens_after_the_pin_when_something_is_due(qtbot, shop, on_dialog):  # noqa: F811
    """remind_follow_ups (run by the app right after the PIN) opens Marco's list; he ticks the task off and goes on with Enter."""
    with write_session(shop.engine) as session:
        feedback.add_follow_up(session, "Call Mrs Rinaldi", date.today(), shop.users["Marco"], shop.users["Giulia"])
    seen = []

    def tick_and_go(dialog):
        seen.append(dialog.list.item(0).text().split("  ·  ")[0])
        click(qtbot, dialog.done_button)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_dialog(DueFollowUpsDialog, tick_and_go)
    remind_follow_ups(shop.engine, shop.users["Marco"], "en")
    assert seen == ["Call Mrs Rinaldi"]
    with read_session(shop.engine) as session:
        assert session.exec(select(FollowUp)).one().done_by == "Marco"
