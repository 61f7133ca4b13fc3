"""The campaigns and automations pages driven like the owner does: typed offers, clicks, the real shop file."""
import csv
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db.engine import read_session, write_session
from db.models import Customer
from shop import consents
from shop.office.automations import AutomationDesk
from shop.office.campaigns import CampaignDesk
from shop.sales import CASH, Tender
from shop.till import Till
from tests.shop.customer_history import customer, sale
from ui.back_office import BackOfficeWindow
from ui.backoffice_automations import AutomationsPage
from ui.backoffice_campaigns import CampaignsPage
from ui.backoffice_customers import shop_today
from ui.open_shift_dialog import OpenShiftDialog
from ui.tasks import wait_for_tasks


def slipping_regulars(shop, n=9, sms_every=3) -> list[str]:
    """n weekly regulars last seen 30 days ago; every `sms_every`-th said yes to SMS."""
    today = shop_today(shop.settings)
    ids = []
    for k in range(n):
        cid = customer(shop, f"Cliente {k:02d}", f"333 200 {k:04d}")
        for week in range(6):
            sale(shop, cid, today - timedelta(days=30 + 7 * week), 1200)
        if k % sms_every == 0:
            with write_session(shop.engine) as session:
                consents.set_consent(session, session.get(Customer, cid), "sms", True, "paper form")
        ids.append(cid)
    return ids


def campaigns_page(qtbot, shop):
    page = CampaignsPage(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: not page.busy)
    return page


def test_owner_creates_a_campaign_and_sees_its_groups_and_results(qtbot, shop, till, tmp_path):
    """Nine regulars slipping away: the owner names the campaign, types 15 % and 3 euro off and clicks Create;
    three groups appear, a coupon used at the till shows in A's row, the SMS list holds only the consented."""
    ids = slipping_regulars(shop)
    page = campaigns_page(qtbot, shop)
    assert page.segment_count.text() == "9 customers today"
    qtbot.keyClicks(page.name, "Ci manchi")
    page.value_a.clear()
    qtbot.keyClicks(page.value_a, "15")
    page.kind_b.setCurrentIndex(page.kind_b.findData("amount"))
    page.value_b.clear()
    qtbot.keyClicks(page.value_b, "3")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.form_error.text() == "" and page.campaign_list.count() == 1
    assert [row[0] for row in page.model.rows] == ["Variant A (3)\n15 % off", "Variant B (3)\n3,00\xa0€ off",
                                                   "Control (3)\nno offer"]
    assert [row[0] for row in page.chart.rows] == ["Variant A", "Variant B", "Control"]

    members = CampaignDesk(shop.engine).members(page.current_id())
    first_a = next(m for m in members if m.variant == "A")
    till.attach_customer(first_a.customer_id)
    till.scan(shop.barcodes["wine"])
    till.apply_coupon(first_a.coupon_code)
    till.pay([Tender(CASH, till.cart.totals().total)])
    page.load_campaigns()
    a_row = page.model.rows[0]
    assert a_row[1].startswith("1 · 33,3 %") and a_row[2].startswith("1 · 33,3 %")
    assert "not enough data yet" in page.verdicts.text()

    page.export_variant.setCurrentIndex(page.export_variant.findData("A"))
    page.export_channel.setCurrentIndex(page.export_channel.findData("sms"))
    page.export_contacts(tmp_path / "a.csv")
    with open(tmp_path / "a.csv", encoding="utf-8-sig") as f:
        listed = {row["phone"] for row in csv.DictReader(f)}
    with read_session(shop.engine) as session:
        allowed = {session.get(Customer, m.customer_id).phone for m in members
                   if m.variant == "A" and session.get(Customer, m.customer_id).consent_sms}
    assert listed == allowed and len(ids) > len(listed)
    assert page.export_result.text().startswith(f"{len(listed)} contact")


def test_a_mistyped_offer_or_missing_name_is_said_and_keeps_what_was_typed(qtbot, shop):
    """Letters in the offer, then no name: each a clear sentence, no campaign made, the fields as typed."""
    slipping_regulars(shop, n=3)
    page = campaigns_page(qtbot, shop)
    page.value_a.clear()
    qtbot.keyClicks(page.value_a, "dieci")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.form_error.text() == "Type each offer as a number: 10 for 10 % off, or the amount off."
    page.value_a.clear()
    qtbot.keyClicks(page.value_a, "10")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.form_error.text().startswith("Give the campaign a name")
    assert page.value_a.text() == "10" and page.campaign_list.count() == 0
    assert CampaignDesk(shop.engine).campaigns() == []


def test_automations_turned_on_run_now_once_and_stop(qtbot, shop, tmp_path):
    """The owner turns re-engagement on and clicks Run now: one coupon per slipping regular, logged; a second run
    gives none; the SMS list has only the consented; turned off and saved, the rule stays off."""
    ids = slipping_regulars(shop)
    page = AutomationsPage(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    page.reengage_on.click()
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.run_result.text() == "9 rewards given now; nothing is given twice."
    assert page.model.rowCount() == len(ids)
    assert {row[1] for row in page.model.rows} == {"Slipping away"}
    assert {row[3] for row in page.model.rows} == {"coupon 10 % off"}
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert page.run_result.text() == "0 rewards given now; nothing is given twice." and page.model.rowCount() == 9
    page.export_channel.setCurrentIndex(page.export_channel.findData("sms"))
    page.export_contacts(tmp_path / "sms.csv")
    with open(tmp_path / "sms.csv", encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == 3  # customers 0, 3 and 6 said yes to SMS
    page.reengage_on.click()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert AutomationDesk(shop.engine).any_enabled() is False


def test_a_refused_rule_is_worded_and_nothing_is_saved(qtbot, shop):
    """A 0 euro thank-you coupon: the owner reads why, the stored rules are unchanged."""
    page = AutomationsPage(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.addWidget(page)
    page.thank_you_on.click()
    page.thank_you_value.clear()
    qtbot.keyClicks(page.thank_you_value, "0")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.rules_message.text() == "A coupon is worth an amount above zero, or a percent from 1 to 100."
    assert AutomationDesk(shop.engine).rules().thank_you_enabled is False


def test_opening_the_back_office_runs_the_automations_that_are_on(qtbot, shop):
    """With re-engagement on, the back office's opening gives the coupons by itself, off the UI thread."""
    slipping_regulars(shop, n=4)
    desk = AutomationDesk(shop.engine)
    desk.save_rules(desk.rules().__class__(reengage_enabled=True))
    window = BackOfficeWindow(shop.engine, shop.users["Giulia"], shop.settings)
    qtbot.addWidget(window)
    wait_for_tasks()
    qtbot.waitUntil(lambda: len(desk.log()) == 4)
    assert {e.rule for e in desk.log()} == {"reengage"}
    assert window.show_page("automations").model.rowCount() == 4


def test_opening_a_shift_runs_the_automations_that_are_on(qtbot, shop, in_dialog):
    """The cashier counts the float and presses Enter: the shift opens and the thank-you rule, which is on,
    thanks the customer at their third visit by itself, off the UI thread."""
    today = shop_today(shop.settings)
    franco = customer(shop, "Franco", "333 300 0001")
    for days_ago in (9, 4, 0):
        sale(shop, franco, today - timedelta(days=days_ago), 800)
    desk = AutomationDesk(shop.engine)
    desk.save_rules(desk.rules().__class__(thank_you_enabled=True, thank_you_visit=3))
    till = Till(shop.engine, shop.users["Anna"])

    def count_float(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.amount.selectAll()
        qtbot.keyClicks(dialog.amount, "100")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    in_dialog(count_float)
    dialog = OpenShiftDialog(till)
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    wait_for_tasks()
    qtbot.waitUntil(lambda: len(desk.log()) == 1)
    (entry,) = desk.log()
    assert (entry.rule, entry.customer_id, entry.occasion, entry.coupon_value) == ("thank_you", franco, "visit:3", 500)


def test_the_campaign_screenshot_works_on_a_small_shop_with_nobody_slipping_away(tmp_path):
    """`bottega screenshot campaign --db` on a 3-day demo shop (the bundle's smoke-test size) writes the page, not a traceback."""
    import os
    import subprocess
    import sys

    from PIL import Image

    from shop.demo import create_demo_shop

    db, out = tmp_path / "small.db", tmp_path / "campaign.png"
    create_demo_shop(db, customers=50, products=50, days=3)
    done = subprocess.run([sys.executable, "-m", "ui.cli", "screenshot", "campaign", "--db", str(db), "--out", str(out)],
                          timeout=300, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(Image.open(out).convert("RGB").resize((200, 120)).getcolors(maxcolors=100_000)) > 50
