"""The customer list, the regulars page and custom fields on the till's card, driven with keys and clicks."""
import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QThreadPool, Qt
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Customer, Reservation, ReservationLine
from shop import custom_fields
from shop.custom_fields import CustomField
from shop.loyalty import balance
from tests.shop.customer_history import customer, sale
from tests.ui.test_customer_actions_ui import attach_maria, choose
from tests.ui.test_customers_ui import on_dialog, people  # noqa: F401 - fixtures used by name
from ui.backoffice_customers import CustomersPage
from ui.backoffice_regulars import RegularsPage
from ui.customer_lists import RowsModel
from ui.style import apply_style

TODAY = date(2026, 12, 4)
ENTER = Qt.Key.Key_Return


@pytest.fixture
def crowd(shop):
    """Ada (restaurant, SMS yes, weekly meatballs, birthday this week), Bea (e-mail yes, birthday this week),
    Cid (restaurant, came once long ago)."""
    ids = {
        "ada": customer(shop, "Ada Rossi", "333 100 0001", birthday=date(1980, 12, 5), tags=["restaurant"],
                        consent={"sms": True}),
        "bea": customer(shop, "Bea Verdi", "333 100 0002", "bea@example.it", birthday=date(1990, 12, 6),
                        consent={"email": True}),
        "cid": customer(shop, "Cid Neri", "333 100 0003", tags=["restaurant"]),
    }
    for n in range(6):
        sale(shop, ids["ada"], TODAY - timedelta(days=6 + 7 * n), 5000, "meatballs")
    sale(shop, ids["bea"], TODAY - timedelta(days=20), 3000, "wine")
    sale(shop, ids["cid"], TODAY - timedelta(days=200), 1000)
    return ids


def show(qtbot, qapp, page):
    apply_style(qapp)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.ready)  # the history is read off the UI thread
    return page


def listed(model: RowsModel) -> list[str]:
    return [row[0] for row in model.rows]


def click(qtbot, page, name):
    qtbot.mouseClick(page.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_typing_filters_narrows_the_list_with_counts_and_share(qtbot, qapp, shop, crowd):
    """Type a tag: the two restaurants, with the count and share beside the filter; add SMS consent: only Ada."""
    page = show(qtbot, qapp, CustomersPage(shop.engine, shop.users["Giulia"], shop.settings, today=TODAY))
    assert listed(page.model) == ["Ada Rossi", "Bea Verdi", "Cid Neri"]
    qtbot.keyClicks(page.tag.lineEdit(), "restaurant")
    assert listed(page.model) == ["Ada Rossi", "Cid Neri"]
    assert page.counts["tag"].isVisible() and page.counts["tag"].text().startswith("2 ")
    assert "91,2 %" in page.counts["tag"].text()  # the shop is Italian: Ada's 300.00 + Cid's 10.00 of the year's 340.00
    page.consent.setCurrentIndex(page.consent.findData("sms"))
    assert listed(page.model) == ["Ada Rossi"]
    assert page.summary.text().startswith("1 ")


def test_a_saved_segment_reopens_and_bulk_tags_reach_everyone_listed(qtbot, qapp, shop, crowd):
    """Save 'Restaurants', clear the form, pick it again; then tag everyone listed at once."""
    page = show(qtbot, qapp, CustomersPage(shop.engine, shop.users["Giulia"], shop.settings, today=TODAY))
    qtbot.keyClicks(page.tag.lineEdit(), "restaurant")
    page.save_segment("Restaurants")
    page.tag.setCurrentText("")
    assert len(page.model.rows) == 3
    page.saved.setCurrentIndex(page.saved.findData("Restaurants"))
    page.saved.activated.emit(page.saved.currentIndex())
    assert listed(page.model) == ["Ada Rossi", "Cid Neri"]
    qtbot.keyClicks(page.tag_edit, "Christmas")
    click(qtbot, page, "addTagButton")
    qtbot.waitUntil(lambda: page.ready)
    with read_session(shop.engine) as session:
        tags = {cid: session.get(Customer, cid).tags for cid in crowd.values()}
    assert tags == {crowd["ada"]: ["restaurant", "Christmas"], crowd["bea"]: [], crowd["cid"]: ["restaurant", "Christmas"]}
    assert page.done.text().startswith("2 ")


def test_a_bad_amount_is_named_at_the_filter_and_the_list_stays(qtbot, qapp, shop, crowd):
    """'abc' as the spend: a message, the list as it was."""
    page = show(qtbot, qapp, CustomersPage(shop.engine, shop.users["Giulia"], shop.settings, today=TODAY))
    qtbot.keyClicks(page.spend_min, "abc")
    assert "abc" in page.error.text() and len(page.model.rows) == 3
    page.spend_min.clear()
    qtbot.keyClicks(page.spend_min, "40")
    assert listed(page.model) == ["Ada Rossi"] and page.error.text() == ""


def test_regulars_rfm_click_birthdays_slipping_and_due(qtbot, qapp, shop, crowd, tmp_path):
    """Click an RFM segment for its list; give the birthday reward; the SMS list has only Ada; Ada is due."""
    page = show(qtbot, qapp, RegularsPage(shop.engine, shop.users["Giulia"], shop.settings, today=TODAY))
    assert listed(page.ranking)[0] == "Ada Rossi"
    assert "88 %" in page.pareto_text.text()  # the top fifth of three spenders is Ada: 300.00 of 340.00
    click(qtbot, page, "rfm_lost")
    assert page.rfm_title.text() == "Lost" and listed(page.rfm_model) == ["Cid Neri"]
    page.tabs.setCurrentIndex(RegularsPage.TABS.index("birthdays"))
    assert listed(page.birthday_model) == ["Ada Rossi", "Bea Verdi"]
    click(qtbot, page, "rewardButton")
    with read_session(shop.engine) as session:
        assert balance(session, crowd["bea"]) == 200
    page.channel.setCurrentIndex(page.channel.findData("sms"))
    page.write_contacts(str(tmp_path / "sms.csv"))
    rows = list(csv.reader((tmp_path / "sms.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r[0] for r in rows] == ["name", "Ada Rossi"]  # Bea said no to SMS: never in the SMS list
    assert listed(page.due_model) == ["Ada Rossi"] and page.due_model.rows[0][1] == "Polpette di manzo"
    page.tabs.setCurrentIndex(RegularsPage.TABS.index("due"))
    page.due_view.selectRow(0)
    click(qtbot, page, "reserveUsualButton")  # one click: her usual meatballs put aside for tomorrow
    with read_session(shop.engine) as session:
        (reservation,) = session.exec(select(Reservation)).all()
        (line,) = session.exec(select(ReservationLine)).all()
    assert (reservation.customer_id, reservation.pickup_date, reservation.status) == (crowd["ada"], TODAY + timedelta(days=1), "open")
    assert (line.product_id, line.qty_milli) == (shop.products["meatballs"].id, 1000)
    page.load()  # the reservation counts in next week's forecast
    qtbot.waitUntil(lambda: page.ready)
    assert page.forecast_model.rows[0][0] == "Polpette di manzo" and page.forecast_model.rows[0][3] == "1 kg"


def test_rows_model_is_a_proper_table_model(qtmodeltester):
    """The shared list model passes Qt's model checks."""
    model = RowsModel(["A", "B"], {1})
    model.set_rows([["x", "1"], ["y", "2"]])
    qtmodeltester.check(model)


def test_custom_fields_on_the_till_card(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """The owner's fields appear in the edit dialog; a bad number is refused there; the card shows what was saved."""
    from ui.customer_edit import EditCustomerDialog

    with write_session(shop.engine) as session:
        custom_fields.save_fields(session, [CustomField("", "Dog's name"), CustomField("", "Weight", "number"),
                                            CustomField("", "Cut", "choice", ("lean", "fatty"))])
    attach_maria(qtbot, window, on_dialog)
    seen = []

    def edit(dialog):
        qtbot.keyClicks(dialog.custom_widgets["dog_s_name"], "Fido")
        qtbot.keyClicks(dialog.custom_widgets["weight"], "heavy")
        qtbot.keyClick(dialog.name, ENTER)
        seen.append(dialog.error.text())
        dialog.custom_widgets["weight"].setText("12,5")
        dialog.custom_widgets["cut"].setCurrentIndex(2)
        qtbot.keyClick(dialog.name, ENTER)

    on_dialog(EditCustomerDialog, edit)
    choose(window, "edit")
    assert "heavy" in seen[0] and "Weight" in seen[0]
    with read_session(shop.engine) as session:
        assert session.get(Customer, people["maria"]).custom == {"dog_s_name": "Fido", "weight": "12.5", "cut": "fatty"}
    assert "Dog's name: Fido" in window.customers.panel.notes_label.text()


def test_the_till_card_tells_the_rhythm_and_puts_the_usual_aside(qtbot, window, shop, people, on_dialog):  # noqa: F811
    """Maria buys meatballs every 7 days, last 5 days ago: the card says so; More → put their usual aside reserves it."""
    today = window.till.shop_today()
    for n in range(5):
        sale(shop, people["maria"], today - timedelta(days=5 + 7 * n), 1890, "meatballs")
    attach_maria(qtbot, window, on_dialog)
    panel = window.customers.panel
    assert panel.usual_label.text().startswith("Usually buys Polpette di manzo every ~7 days, last 5 days ago")
    choose(window, "usual")
    with read_session(shop.engine) as session:
        (reservation,) = session.exec(select(Reservation)).all()
    assert (reservation.customer_id, reservation.pickup_date) == (people["maria"], today + timedelta(days=2))


def test_the_period_shown_is_the_last_one_chosen(qtbot, qapp, shop, crowd):
    """Two periods chosen in a row: the list ends on the second (Cid's old sale counts only in 10 years)."""
    page = show(qtbot, qapp, CustomersPage(shop.engine, shop.users["Giulia"], shop.settings, today=TODAY))
    page.period.setCurrentIndex(0)
    page.period.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.ready)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)  # every read has answered
    qapp.processEvents()  # and its answer has been delivered
    assert page.snapshot.since == TODAY - timedelta(days=3649)
    assert page.model.rows[-1][0] == "Cid Neri" and page.model.rows[-1][3].startswith("10,00")
