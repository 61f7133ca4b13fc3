"""Regulars, RFM, slipping away, who is due and birthdays on hand-made histories with known answers."""
import csv
from datetime import date, timedelta

from db.engine import read_session, write_session
from shop import birthdays, due, insight, regulars, segments
from shop.loyalty import balance
from tests.shop.customer_history import customer, sale

TODAY = date(2026, 12, 4)


def snap(shop):
    with read_session(shop.engine) as session:
        return segments.load_customers(session, TODAY - timedelta(days=364), TODAY, TODAY)


def test_pareto_share_of_the_top_fifth(shop):
    """Ten customers, one spending 80 of 98: the top 20 % (two) bring (80 + 2) / 98."""
    for n, amount in enumerate([8000] + [200] * 9):
        sale(shop, customer(shop, f"P{n}"), TODAY - timedelta(days=3), amount)
    curve = regulars.pareto(snap(shop))
    assert abs(curve.top_share - 8200 / 9800) < 1e-9
    assert curve.points[0] == (0.0, 0.0) and curve.points[-1][1] == 1.0


def test_rfm_names_champions_new_and_lost(shop):
    """Recent and frequent big spenders are champions, a first recent visit is new, long gone is lost."""
    ids = {}
    for n in range(5):  # champions: came weekly, lately
        ids[f"champ{n}"] = customer(shop, f"Champ {n}")
        for week in range(8):
            sale(shop, ids[f"champ{n}"], TODAY - timedelta(days=1 + 7 * week), 5000)
    for n in range(5):
        ids[f"new{n}"] = customer(shop, f"New {n}")
        sale(shop, ids[f"new{n}"], TODAY - timedelta(days=2), 500)
    for n in range(5):
        ids[f"gone{n}"] = customer(shop, f"Gone {n}")
        sale(shop, ids[f"gone{n}"], TODAY - timedelta(days=300), 800)
    s = snap(shop)
    scores = regulars.rfm(s)
    named = {k: scores.segment[s.index[v]] for k, v in ids.items()}
    assert {named[f"champ{n}"] for n in range(5)} == {"champions"}
    assert {named[f"new{n}"] for n in range(5)} == {"new"}
    assert {named[f"gone{n}"] for n in range(5)} == {"lost"}
    assert regulars.rfm_counts(s, scores)["champions"] == (5, 5 * 8 * 5000)


def test_slipping_away_is_by_their_own_rhythm(shop):
    """A weekly regular away 30 days is slipping; a monthly one away 30 days is not; the 60-day rule sees neither."""
    weekly, monthly = customer(shop, "Weekly"), customer(shop, "Monthly")
    for n in range(6):
        sale(shop, weekly, TODAY - timedelta(days=30 + 7 * n), 1000)
        sale(shop, monthly, TODAY - timedelta(days=30 + 30 * n), 1000)
    s = snap(shop)
    with read_session(shop.engine) as session:
        late = regulars.slipping_away(regulars.rhythms(session, s))
    assert [r.customer_id for r in late] == [weekly]
    assert late[0].usual_gap_days == 7 and late[0].days_away == 30
    assert not regulars.fixed_rule(s)[s.index[weekly]]


def test_who_is_due_for_their_weekly_meatballs(shop):
    """Meatballs every 7 days, last 6 days ago: due tomorrow; an irregular product is no habit."""
    ada = customer(shop, "Ada")
    for n in range(5):
        sale(shop, ada, TODAY - timedelta(days=6 + 7 * n), 1890, "meatballs")
    for days_ago in (3, 50, 51, 140):
        sale(shop, ada, TODAY - timedelta(days=days_ago), 350, "bread")
    with read_session(shop.engine) as session:
        listed = due.due(session, TODAY)
        habits = due.customer_habits(session, ada, TODAY)
    assert [(h.product_name, h.every_days, h.next_date) for h in listed] == [
        ("Polpette di manzo", 7, TODAY + timedelta(days=1))]
    assert [h.product_id for h in habits] == [shop.products["meatballs"].id]
    assert habits[0].days_since(TODAY) == 6


def test_birthdays_reward_once_and_contacts_only_with_consent(shop, tmp_path):
    """This week's birthdays; the reward is given once a year; the SMS list has only those who said yes to SMS."""
    yes = customer(shop, "Yes Sms", "333 200 0001", birthday=date(1980, 12, 5), consent={"sms": True})
    no = customer(shop, "No Sms", "333 200 0002", "no@example.it", birthday=date(1981, 12, 6), consent={"email": True})
    customer(shop, "Later", "333 200 0003", birthday=date(1982, 12, 20), consent={"sms": True})
    first, last = birthdays.birthday_window(TODAY, "week")
    with read_session(shop.engine) as session:
        people = birthdays.birthdays_between(session, first, last)
    assert [p.name for p in people] == ["Yes Sms", "No Sms"]
    with write_session(shop.engine) as session:
        given = birthdays.issue_birthday_rewards(session, people)
    with write_session(shop.engine) as session:
        again = birthdays.issue_birthday_rewards(session, people)
    assert [r.new for _c, r in given] == [True, True] and [r.new for _c, r in again] == [False, False]
    with read_session(shop.engine) as session:
        assert balance(session, yes) == balance(session, no) == 200
    path = tmp_path / "sms.csv"
    assert birthdays.write_contact_csv(path, people, "sms") == 1
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows == [["name", "phone", "birthday"], ["Yes Sms", "+393332000001", "2026-12-05"]]
    assert [r[0] for r in birthdays.contact_rows(people, "email")] == ["No Sms"]


def test_birthday_windows():
    """Today, Monday to Sunday of this week, the whole month."""
    assert birthdays.birthday_window(TODAY, "today") == (TODAY, TODAY)
    assert birthdays.birthday_window(TODAY, "week") == (date(2026, 11, 30), date(2026, 12, 6))
    assert birthdays.birthday_window(TODAY, "month") == (date(2026, 12, 1), date(2026, 12, 31))


def test_a_birthday_week_across_new_year_and_29_february(shop):
    """The week of 29 Dec 2025 holds 2 January (of 2026); 29 February counts as the 28th in a common year."""
    customer(shop, "New Year", birthday=date(1990, 1, 2))
    customer(shop, "Leap", birthday=date(1992, 2, 29))
    with read_session(shop.engine) as session:
        across = birthdays.birthdays_between(session, date(2025, 12, 29), date(2026, 1, 4))
        leap = birthdays.birthdays_between(session, *birthdays.birthday_window(date(2027, 2, 26), "week"))
    assert [(p.name, p.this_year) for p in across] == [("New Year", date(2026, 1, 2))]
    assert [(p.name, p.this_year) for p in leap] == [("Leap", date(2027, 2, 28))]


def test_erased_customers_appear_in_no_list(shop):
    """Erased: not in birthdays, not due, not scored, not in the regulars' rhythms."""
    from shop.privacy import erase_customer

    ada = customer(shop, "Ada", "333 300 0001", birthday=date(1980, 12, 5), consent={"sms": True})
    for n in range(5):
        sale(shop, ada, TODAY - timedelta(days=6 + 7 * n), 1890, "meatballs")
    with write_session(shop.engine) as session:
        erase_customer(session, ada, shop.users["Giulia"], "T1")
    with read_session(shop.engine) as session:
        assert birthdays.birthdays_between(session, *birthdays.birthday_window(TODAY, "month")) == []
        assert due.due(session, TODAY) == []
        assert ada not in insight.summaries(session, TODAY)[0]
        assert regulars.rhythms(session, snap(shop)) == []


def test_next_weeks_forecast_by_weekday_plus_reservations_and_its_past_error(shop):
    """A kilo of meatballs every Friday for 12 weeks: 1 kg expected next week, plus 500 g reserved; past error 0."""
    from shop import forecast, reservations

    ada = customer(shop, "Ada")
    assert TODAY.weekday() == 4  # a Friday: she came today too
    for n in range(12):
        sale(shop, ada, TODAY - timedelta(weeks=n), 1890, "meatballs")
    with write_session(shop.engine) as session:
        reservations.reserve(session, ada, [(shop.products["meatballs"].id, 500)], TODAY + timedelta(days=2),
                             shop.users["Giulia"], "T1")
    with read_session(shop.engine) as session:
        (meatballs,) = forecast.next_week(session, TODAY)
        error = forecast.past_error(session, TODAY)
    assert (meatballs.name, meatballs.expected_milli, meatballs.reserved_milli) == ("Polpette di manzo", 1500, 500)
    assert forecast.by_category([meatballs]) == {"Macelleria": 1500}
    assert error == 0
