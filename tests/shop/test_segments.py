"""Segments on a hand-made shop whose answers are known: each filter, counts, share of takings, saved
segments, tags in bulk, erased customers left out."""
from datetime import date, timedelta

import pytest

from db.engine import read_session, write_session
from db.models import Customer
from shop import custom_fields, segments
from shop.custom_fields import CustomField
from shop.privacy import erase_customer
from tests.shop.customer_history import customer, sale

TODAY = date(2026, 12, 4)


@pytest.fixture
def crowd(shop):
    """Five customers with known spend, visits, tags, fields, consents and birthdays, and one walk-in sale."""
    with write_session(shop.engine) as session:
        custom_fields.save_fields(session, [CustomField("", "Dog's name"), CustomField("", "Cut", "choice", ("lean", "fatty"))])
    ids = {
        "ada": customer(shop, "Ada Rossi", "333 100 0001", birthday=date(1980, 5, 3), tags=["restaurant"],
                        consent={"sms": True}),
        "bea": customer(shop, "Bea Verdi", "333 100 0002", "bea@example.it", birthday=date(1990, 12, 6),
                        consent={"email": True}),
        "cid": customer(shop, "Cid Neri", "333 100 0003", tags=["Restaurant", "celiac"]),
        "dan": customer(shop, "Dan Blu", birthday=date(1975, 5, 20), consent={"sms": True, "email": True}),
        "eva": customer(shop, "Eva Gialli"),
    }
    with write_session(shop.engine) as session:
        from shop.customers import update_customer
        update_customer(session, "IT", ids["ada"], custom={"dogs_name": "Fido", "cut": "lean"})
        update_customer(session, "IT", ids["cid"], custom={"dogs_name": "Fidolina"})
    for days_ago in (1, 8, 15, 22):  # Ada: weekly, 4 x 50.00, meatballs
        sale(shop, ids["ada"], TODAY - timedelta(days=days_ago), 5000, "meatballs")
    sale(shop, ids["bea"], TODAY - timedelta(days=100), 20000, "wine")
    sale(shop, ids["bea"], TODAY - timedelta(days=90), -2000, "wine", kind="refund")
    sale(shop, ids["cid"], TODAY - timedelta(days=400), 9000)  # outside the 12 months
    sale(shop, ids["dan"], TODAY - timedelta(days=30), 1000, "bread")
    sale(shop, None, TODAY - timedelta(days=2), 12000)  # a walk-in: part of the takings, nobody's spend
    return ids


def snapshot(shop, days=365):
    with read_session(shop.engine) as session:
        return segments.load_customers(session, TODAY - timedelta(days=days - 1), TODAY, TODAY)


def names(shop, snap, segment):
    with read_session(shop.engine) as session:
        return [r.name for r in segments.matching(session, snap, segment)]


def test_figures_per_customer_over_the_period(shop, crowd):
    """Spend deducts refunds, visits count sales only, last visit is ever; the period bounds spend."""
    snap = snapshot(shop)
    ada, bea, cid = (snap.row(snap.index[crowd[k]]) for k in ("ada", "bea", "cid"))
    assert (ada.spend, ada.visits, ada.last_visit) == (20000, 4, TODAY - timedelta(days=1))
    assert (bea.spend, bea.visits) == (18000, 1)
    assert (cid.spend, cid.visits, cid.visits_ever, cid.last_visit) == (0, 0, 1, TODAY - timedelta(days=400))
    assert snap.takings == 20000 + 18000 + 1000 + 12000


@pytest.mark.parametrize("segment, expected", [
    (segments.Segment(tag="restaurant"), ["Ada Rossi", "Cid Neri"]),  # tags ignore case
    (segments.Segment(custom_key="dogs_name", custom_value="fido"), ["Ada Rossi", "Cid Neri"]),
    (segments.Segment(custom_key="cut", custom_value="lean"), ["Ada Rossi"]),
    (segments.Segment(spend_min=15000), ["Ada Rossi", "Bea Verdi"]),
    (segments.Segment(spend_max=1000), ["Dan Blu", "Cid Neri", "Eva Gialli"]),
    (segments.Segment(visits_min=2), ["Ada Rossi"]),
    (segments.Segment(seen_within_days=30), ["Ada Rossi", "Dan Blu"]),
    (segments.Segment(not_seen_days=60), ["Bea Verdi", "Cid Neri", "Eva Gialli"]),
    (segments.Segment(consent="sms"), ["Ada Rossi", "Dan Blu"]),
    (segments.Segment(consent="email", birthday_month=5), ["Dan Blu"]),
    (segments.Segment(birthday_month=12), ["Bea Verdi"]),
    (segments.Segment(tier="Silver"), []),
    (segments.Segment(tier="Bronze"), ["Ada Rossi", "Bea Verdi", "Dan Blu", "Cid Neri", "Eva Gialli"]),
])
def test_each_filter_finds_exactly_who_it_should(shop, crowd, segment, expected):
    """Every criterion on its own, biggest spenders first."""
    assert names(shop, snapshot(shop), segment) == expected


def test_product_and_category_bought_in_the_period(shop, crowd):
    """Bought the product / anything of the category within the period (Cid's bread is too old)."""
    snap = snapshot(shop)
    assert names(shop, snap, segments.Segment(product_id=shop.products["wine"].id)) == ["Bea Verdi"]
    meat = shop.products["meatballs"].category_id
    assert names(shop, snap, segments.Segment(category_id=meat)) == ["Ada Rossi"]
    bakery = shop.products["bread"].category_id
    assert names(shop, snap, segments.Segment(category_id=bakery)) == ["Dan Blu"]
    assert names(shop, snapshot(shop, 3650), segments.Segment(category_id=bakery)) == ["Cid Neri", "Dan Blu"]


def test_counts_and_share_of_takings_per_criterion(shop, crowd):
    """Each criterion alone shows its count and share; the whole segment is their intersection."""
    snap = snapshot(shop)
    segment = segments.Segment(consent="sms", visits_min=2)
    with read_session(shop.engine) as session:
        alone = segments.criterion_matches(session, snap, segment)
        both = segments.measure(snap, segments.segment_mask(session, snap, segment))
    assert alone["consent"] == segments.Match(2, 21000, round(21000 * 10000 / 51000))
    assert alone["visits_min"] == segments.Match(1, 20000, round(20000 * 10000 / 51000))
    assert both.count == 1 and both.share_bp == 3922


def test_saved_segment_updates_itself(shop, crowd):
    """A saved segment is its criteria: a customer who joins later is in it the next time."""
    with write_session(shop.engine) as session:
        segments.save_segment(session, "  Restaurants ", segments.Segment(tag="restaurant"))
    with write_session(shop.engine) as session:
        from shop.customers import update_customer
        update_customer(session, "IT", crowd["eva"], tags=["restaurant"])
    with read_session(shop.engine) as session:
        saved = segments.saved_segments(session)
    assert list(saved) == ["Restaurants"]
    assert names(shop, snapshot(shop), saved["Restaurants"]) == ["Ada Rossi", "Cid Neri", "Eva Gialli"]


def test_tags_in_bulk_are_synced_edits(shop, crowd):
    """Adding and removing a tag on many customers changes only those who need it, each queued for the server."""
    with write_session(shop.engine) as session:
        changed = segments.tag_customers(session, "IT", [crowd["ada"], crowd["bea"]], add="Christmas")
        removed = segments.tag_customers(session, "IT", [crowd["ada"], crowd["cid"], crowd["eva"]], remove="RESTAURANT")
    assert (changed, removed) == (2, 2)
    with read_session(shop.engine) as session:
        assert session.get(Customer, crowd["ada"]).tags == ["Christmas"]
        assert session.get(Customer, crowd["cid"]).tags == ["celiac"]
        queued = session.connection().exec_driver_sql(
            "SELECT count(*) FROM outbox WHERE record_type = 'customer' AND record_id = ?", (crowd["ada"],)).scalar()
    assert queued >= 4  # registered, custom fields, tag added, tag removed


def test_erased_customers_never_appear(shop, crowd):
    """An erased customer is in no list, whatever the filter."""
    with write_session(shop.engine) as session:
        erase_customer(session, crowd["dan"], shop.users["Giulia"], "T1")
    snap = snapshot(shop)
    assert crowd["dan"] not in snap.index
    assert "Dan Blu" not in names(shop, snap, segments.Segment(consent="sms"))
