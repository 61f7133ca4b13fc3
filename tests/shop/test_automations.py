"""Automations over simulated days (the tests pass the day): each rule fires once per occasion, logs what it
did, can be stopped, and its contact list holds only customers who consented to the channel."""
import csv
from datetime import date, timedelta

import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import Coupon, Customer
from shop import automations, consents
from shop.automations import AutomationRules
from shop.birthdays import birthday_reward
from shop.campaign_errors import AutomationInvalid
from shop.cart import AMOUNT
from shop.loyalty import balance
from tests.shop.customer_history import customer, sale

START = date(2026, 9, 1)


def rules(shop, **on):
    with write_session(shop.engine) as session:
        automations.save_rules(session, AutomationRules(**on))


def run_days(shop, first: date, last: date) -> dict[date, list[tuple[str, str]]]:
    """Run the automations once on each day from `first` to `last`; day -> [(rule, customer id)] done that day."""
    done = {}
    day = first
    while day <= last:
        with write_session(shop.engine) as session:
            fired = automations.run_automations(session, day)
            done[day] = [(e.rule, e.customer_id) for e in fired]
        day += timedelta(days=1)
    return {d: f for d, f in done.items() if f}


def consent(shop, customer_id, channel, granted=True):
    with write_session(shop.engine) as session:
        consents.set_consent(session, session.get(Customer, customer_id), channel, granted, "paper form")


def contact_csv(shop, tmp_path, channel) -> list[dict]:
    path = tmp_path / f"{channel}.csv"
    with read_session(shop.engine) as session:
        automations.write_contact_csv(path, session, channel)
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def test_reengagement_fires_once_per_absence_and_lists_only_consented(shop, tmp_path):
    """Two weekly regulars stop coming: on the 15th day away each gets one coupon; only the one who said yes to
    SMS is on the SMS list; back and away again, a second coupon; a day run twice changes nothing."""
    rules(shop, reengage_enabled=True)
    yes, no = customer(shop, "Ada Sì", "333 100 0001"), customer(shop, "Bruno No", "333 100 0002")
    consent(shop, yes, "sms")
    last = START - timedelta(days=1)
    for n in range(6):
        sale(shop, yes, last - timedelta(days=7 * n), 1500)
        sale(shop, no, last - timedelta(days=7 * n), 1500)
    fired = run_days(shop, START, START + timedelta(days=40))
    slipping_day = last + timedelta(days=15)  # away more than max(2 x 7, 14) days
    assert {day: sorted(f) for day, f in fired.items()} == {slipping_day: sorted([("reengage", yes), ("reengage", no)])}
    assert run_days(shop, slipping_day, slipping_day) == {}
    with read_session(shop.engine) as session:
        log = automations.log_entries(session)
        assert {(e.name, e.rule, e.coupon_kind, e.coupon_value) for e in log} == {
            ("Ada Sì", "reengage", "percent", 1000), ("Bruno No", "reengage", "percent", 1000)}
        assert all(e.valid_until == slipping_day + timedelta(days=13) for e in log)
    assert [(r["name"], r["phone"]) for r in contact_csv(shop, tmp_path, "sms")] == [("Ada Sì", "+393331000001")]
    assert contact_csv(shop, tmp_path, "email") == []
    back = START + timedelta(days=41)
    for n in range(3):
        sale(shop, yes, back + timedelta(days=7 * n), 1500)
    again = run_days(shop, back, back + timedelta(days=14 + 40))
    assert again == {back + timedelta(days=14 + 15): [("reengage", yes)]}


def test_a_stopped_rule_does_nothing(shop):
    """With re-engagement off (the default) a slipping regular gets nothing; turned off midway, it stops."""
    regular = customer(shop, "Carla", "333 100 0003")
    for n in range(6):
        sale(shop, regular, START - timedelta(days=1 + 7 * n), 1500)
    assert run_days(shop, START, START + timedelta(days=30)) == {}
    rules(shop, reengage_enabled=False, thank_you_enabled=False, birthday_enabled=False)
    assert run_days(shop, START, START + timedelta(days=30)) == {}
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM coupon").scalar() == 0


def test_birthday_reward_goes_out_days_before_once_a_year(shop, tmp_path):
    """Birthday on 20 September, three days before: the loyalty reward (200 points) on the 17th, once; the
    till gives no second one in the birthday week; only the e-mail list (her consent) names her."""
    rules(shop, birthday_enabled=True, birthday_days_before=3)
    eva = customer(shop, "Eva", "333 100 0004", "eva@example.com", birthday=date(1990, 9, 20))
    consent(shop, eva, "email")
    fired = run_days(shop, START, START + timedelta(days=40))
    assert fired == {date(2026, 9, 17): [("birthday", eva)]}
    with write_session(shop.engine) as session:
        assert balance(session, eva) == 200
        assert birthday_reward(session, eva, date(2026, 9, 20)).new is False
        entry, = automations.log_entries(session)
        assert (entry.occasion, entry.points, entry.coupon_code) == ("birthday:2026", 200, None)
    assert [(r["name"], r["email"], r["points"]) for r in contact_csv(shop, tmp_path, "email")] == [
        ("Eva", "eva@example.com", "200")]
    assert contact_csv(shop, tmp_path, "sms") == []
    assert run_days(shop, date(2027, 9, 1), date(2027, 9, 30)) == {date(2027, 9, 17): [("birthday", eva)]}


def test_thank_you_at_the_nth_visit_once(shop):
    """Third visit on 5 September: a 5.00 coupon that day, none for the fourth; a customer whose third visit
    was long before the rule was turned on is not thanked now."""
    rules(shop, thank_you_enabled=True, thank_you_visit=3)
    new, old = customer(shop, "Franco", "333 100 0005"), customer(shop, "Gina", "333 100 0006")
    for day in (1, 3, 5, 12):
        sale(shop, new, START + timedelta(days=day - 1), 800)
    for days_ago in (90, 80, 70, 2):
        sale(shop, old, START - timedelta(days=days_ago), 800)
    fired = run_days(shop, START, START + timedelta(days=20))
    assert fired == {date(2026, 9, 5): [("thank_you", new)]}
    with read_session(shop.engine) as session:
        coupon, = session.exec(select(Coupon)).all()
        assert (coupon.customer_id, coupon.kind, coupon.value, coupon.reason) == (new, AMOUNT, 500, "auto:thank_you:visit:3")


def test_rules_that_cannot_be_kept_are_refused(shop):
    """A 0 % coupon, a 2-day-long 'thank you at visit 1' or 90 days' notice: refused, naming the field."""
    for bad, field in ((dict(reengage_value=0), "reengage_value"), (dict(thank_you_visit=1), "thank_you_visit"),
                       (dict(birthday_days_before=90), "birthday_days_before"),
                       (dict(thank_you_valid_days=0), "thank_you_valid_days")):
        with pytest.raises(AutomationInvalid) as caught, write_session(shop.engine) as session:
            automations.save_rules(session, AutomationRules(**bad))
        assert caught.value.field == field
    with read_session(shop.engine) as session:
        assert automations.load_rules(session) == AutomationRules()
