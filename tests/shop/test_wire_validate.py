"""Property tests of the sync payload schemas (syncwire/validate.py): any JSON at all is answered
with `Invalid` or passes, never another exception; what passes the server's door every till can
apply; a wrong type in any field is refused naming that field; times outside sane years are refused."""
import uuid
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.engine import read_session, write_session
from shop.sync_apply import apply_page
from shop.sync_set_aside import set_aside_records
from syncwire import messages as m
from syncwire import validate as v

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20)
FIELD_NAMES = sorted({"id", "name", "phone", "birthday", "notes", "tags", "clocks", "updated_at", "sale", "lines",
                      "payments", "customer_id", "code", "issued_at", "points", "key", "kind", "at", "status",
                      "pickup_date", "value", "channel", "granted", "amount", "data", "total", "completed_at"})
record_like = st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=8)


@SETTINGS
@given(kind=st.sampled_from(sorted(v.SCHEMAS)), payload=json_values | record_like)
def test_any_json_is_refused_with_invalid_or_passes(kind, payload):
    """No payload, however shaped, makes a check raise anything but Invalid."""
    try:
        v.check_record(kind, "r1", payload)
    except v.Invalid as exc:
        assert str(exc)


today = date.today()
storable = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")  # what PostgreSQL and UTF-8 hold
e164 = st.builds(lambda cc, rest: f"+{cc}{rest}", st.sampled_from(["39", "36", "82", "86", "1", "44"]),
                 st.text("0123456789", min_size=7, max_size=11))
customer_fields = st.fixed_dictionaries({}, optional={
    "phone": st.none() | e164, "email": st.none() | st.emails().filter(lambda e: len(e) <= 254),
    "birthday": st.none() | st.dates(date(1900, 1, 1), today).map(date.isoformat),
    "notes": st.text(storable, max_size=v.NOTE_LIMIT),
    "tags": st.lists(st.text(storable, min_size=1, max_size=50).filter(str.strip), max_size=5),
    "consent_email": st.booleans(), "consent_sms": st.booleans(), "consent_messaging": st.booleans()})
names = st.text(storable, min_size=1, max_size=v.NAME_LIMIT).filter(str.strip)


@SETTINGS
@given(name=names, fields=customer_fields)
def test_a_customer_the_server_takes_every_till_applies(shop, name, fields):
    """What passes the door (server side) is applied by a till without being set aside."""
    customer_id = str(uuid.uuid4())
    payload = {"id": customer_id, "name": name, **fields, "updated_at": datetime.now(timezone.utc).isoformat()}
    v.check_record(m.CUSTOMER, customer_id, payload)
    change = m.Change(seq=1, kind=m.CUSTOMER, id=customer_id, data={k: x for k, x in payload.items() if k != "updated_at"})
    with write_session(shop.engine) as session:
        before = set_aside_records(session).count
        assert apply_page(session, [change]) == 1
    with read_session(shop.engine) as session:
        assert set_aside_records(session).count == before
        stored = session.connection().exec_driver_sql("SELECT name, phone FROM customer WHERE id = ?", (customer_id,)).one()
    assert stored == (name, fields.get("phone"))


WRONG = {str: st.integers() | st.booleans() | st.lists(st.text(), max_size=2), bool: st.text() | st.integers(),
         list: st.text() | st.integers() | st.dictionaries(st.text(), st.text(), max_size=2)}
TYPED = {"name": str, "phone": str, "email": str, "birthday": str, "notes": str, "tags": list, "consent_sms": bool}


@SETTINGS
@given(field=st.sampled_from(sorted(TYPED)), data=st.data())
def test_a_wrong_type_in_any_customer_field_is_refused_naming_it(field, data):
    """Phone as a number, consent as text, tags as text...: Invalid, and the message names the field."""
    wrong = data.draw(WRONG[TYPED[field]])
    payload = {"id": "c1", "name": "Ada", "updated_at": "2026-12-01T10:00:00+00:00", field: wrong}
    try:
        v.check_record(m.CUSTOMER, "c1", payload)
    except v.Invalid as exc:
        assert exc.field.startswith(field)
    else:
        raise AssertionError(f"{field}={wrong!r} was taken")


@SETTINGS
@given(moment=st.datetimes(datetime(1, 1, 2), datetime(9999, 12, 30), timezones=st.just(timezone.utc)))
def test_a_sale_is_taken_only_within_sane_years(moment):
    """Completed in 2000..2099 passes; any other year (9999-12-31 in Rome was a 500) is refused as that record."""
    sale_id = "s1"
    payload = {"sale": {"id": sale_id, "receipt_number": "T1-000001", "kind": "sale", "total": 100, "currency": "EUR",
                        "completed_at": moment.isoformat()}, "lines": [], "payments": []}
    if v.MIN_YEAR <= moment.year < v.MAX_YEAR:
        v.check_record(m.SALE, sale_id, payload)
        (moment + timedelta(hours=14)).astimezone(timezone.utc)  # what the server computes a local day from
    else:
        try:
            v.check_record(m.SALE, sale_id, payload)
        except v.Invalid as exc:
            assert exc.field == "sale.completed_at"
        else:
            raise AssertionError(f"{moment} was taken")


@SETTINGS
@given(amount=st.integers())
def test_amounts_are_bounded_the_same_everywhere(amount):
    """A sale's total and a line's amounts pass exactly within ±MAX_AMOUNT; 10^20 is refused, never an overflow."""
    payload = {"sale": {"id": "s1", "receipt_number": "T1-1", "kind": "sale", "total": amount, "currency": "EUR",
                        "completed_at": "2026-12-01T10:00:00+00:00"}, "lines": [{"total": amount}], "payments": []}
    try:
        v.check_record(m.SALE, "s1", payload)
        taken = True
    except v.Invalid:
        taken = False
    assert taken == (abs(amount) <= v.MAX_AMOUNT)


def test_every_shared_setting_field_has_a_check():
    """A field added to SHARED_SETTINGS without a check here would be refused by the server on every push."""
    from syncwire.catalogue import SHARED_SETTINGS


    assert set(SHARED_SETTINGS) == set(v.SETTING_VALUES)
    samples = {str: "x", int: 1, bool: True, dict: {}, list: []}
    for key, fields in SHARED_SETTINGS.items():
        for name, kind in fields.items():
            value = "manager" if key == "permissions" else {"receipt_language": "it", "birthday_reward": "points"}.get(name, samples[kind])
            v.check_setting_value(key, {name: value})  # known, and of a type the check takes


def test_a_record_checked_after_thousands_is_refused_as_the_first_would_be():
    """The checks remember each object's field places and the field names already found fine (a pulled
    page checks thousands of sales): a bad record met after them is still refused, naming its place."""
    def sale(**line):
        return {"sale": {"id": "s1", "receipt_number": "T1-1", "kind": "sale", "total": 1, "currency": "EUR",
                         "completed_at": "2026-12-01T10:00:00+00:00"},
                "lines": [{"id": f"l{i}", "total": 1, "name": "Pane"} for i in range(4)] + [{"id": "l4", "total": 1, **line}],
                "payments": [{"method": "cash", "amount": 1, "is_change": False}]}

    for _ in range(2000):
        v.check_record(m.SALE, "s1", sale())
    for line, place, reason in (({"total": True}, "lines[4].total", "must be a whole number"),
                                ({"total": 10**13}, "lines[4].total", "must be between"),
                                ({"name": "x" * 201}, "lines[4].name", "is longer than 200"),
                                ({"name": 7}, "lines[4].name", "must be text"),
                                ({"na\x00me": "x"}, "lines[4].<key>", "holds a NUL character")):
        try:
            v.check_record(m.SALE, "s1", sale(**line))
        except v.Invalid as exc:
            assert exc.field == place and reason in exc.reason, (line, exc)
        else:
            raise AssertionError(f"{line} was taken")
