"""Customers: phones typed any way, registration with duplicate checks, search by phone, name and e-mail."""
from datetime import date

import pytest

from db.engine import read_session, write_session
from db.models import Customer
from shop.consents import consent_history, set_consent
from shop.customer_errors import DuplicateCustomer, InvalidEmail, InvalidPhone, MissingName
from shop.customers import (
    find_by_email, find_by_name, find_by_phone, find_customers, register_customer, search_keys, update_customer,
)
from shop.phones import display_phone, normalise_phone


@pytest.mark.parametrize("typed, country, e164", [
    ("333 123 4567", "IT", "+393331234567"),
    ("+39 333-1234567", "IT", "+393331234567"),
    ("0039 333 1234567", "IT", "+393331234567"),
    ("051 123456", "IT", "+39051123456"),
    ("010-1234-5678", "KR", "+821012345678"),
    ("06 30 123 4567", "HU", "+36301234567"),
    ("138 0013 8000", "CN", "+8613800138000"),
    ("+82 10-1234-5678", "IT", "+821012345678"),
])
def test_phone_typed_any_way_becomes_e164(typed, country, e164):
    """Every way a customer says the number gives the same E.164 string for the shop's country."""
    assert normalise_phone(typed, country) == e164


@pytest.mark.parametrize("typed", ["12", "333 12", "hello", "+39 000 0000000", ""])
def test_impossible_phone_is_a_typed_error(typed):
    """Too short, letters or an unassigned range raise InvalidPhone carrying what was typed."""
    with pytest.raises(InvalidPhone) as caught:
        normalise_phone(typed, "IT")
    assert caught.value.text == typed


def test_display_phone_is_national_at_home_and_international_abroad():
    """The till shows a local number the local way and a foreign one with its country code."""
    assert display_phone("+393331234567", "IT") == "333 123 4567"
    assert display_phone("+821012345678", "IT").startswith("+82 10")


def test_search_keys_rotate_surname_and_cjk_given_name():
    """The rotated key puts the surname first, or drops a CJK family name so the given name leads."""
    assert search_keys("Nicolò  D'Angelo") == ("nicolo d'angelo", "d'angelo nicolo")
    assert search_keys("王小明") == ("王小明", "小明")
    assert search_keys("김민준") == ("김민준", "민준")


def register(shop, name, phone=None, email=None, **kw):
    with write_session(shop.engine) as session:
        return register_customer(session, shop.settings.country, name, phone, email, **kw)


def test_register_stores_normalised_phone_email_and_outbox(shop):
    """A registration keeps E.164, a lower-case e-mail, the search keys, and queues the customer for sync."""
    customer = register(shop, "  Lucia   Bianchi ", "333 123 4567", " Lucia.B@Example.COM ", birthday=date(1980, 5, 17))
    with read_session(shop.engine) as session:
        stored = session.get(Customer, customer.id)
        assert (stored.name, stored.phone, stored.email) == ("Lucia Bianchi", "+393331234567", "lucia.b@example.com")
        assert stored.phone_rev == "765432133393"
        assert stored.name_alt == "bianchi lucia"
        assert stored.birthday == date(1980, 5, 17)
        assert not (stored.consent_email or stored.consent_sms or stored.consent_messaging)
        queued = session.connection().exec_driver_sql(
            "SELECT record_type FROM outbox WHERE record_id = ?", (customer.id,)).scalars().all()
        assert queued == ["customer"]


def test_register_refuses_duplicate_phone_and_email(shop):
    """The same phone typed differently, or the same e-mail in other case, points at the existing customer."""
    first = register(shop, "Lucia Bianchi", "333 123 4567", "lucia@example.com")
    with pytest.raises(DuplicateCustomer) as caught:
        register(shop, "Lucia B.", "+39 333-1234567")
    assert (caught.value.field, caught.value.customer_id) == ("phone", first.id)
    with pytest.raises(DuplicateCustomer) as caught:
        register(shop, "Lucia B.", "334 000 0000", "LUCIA@example.com")
    assert (caught.value.field, caught.value.customer_id) == ("email", first.id)
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar() == 1


def test_register_validates_name_phone_and_email(shop):
    """No name, an impossible phone or a malformed e-mail are refused before anything is stored."""
    with pytest.raises(MissingName):
        register(shop, "   ", "333 123 4567")
    with pytest.raises(InvalidPhone):
        register(shop, "Lucia", "333 12")
    with pytest.raises(InvalidEmail):
        register(shop, "Lucia", None, "lucia@")
    with read_session(shop.engine) as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM customer").scalar() == 0


def test_consents_recorded_with_when_and_how(shop):
    """Consent given at registration and withdrawn later leaves both events and the current state."""
    customer = register(shop, "Lucia Bianchi", "333 123 4567", consent={"sms": True, "email": False})
    with write_session(shop.engine) as session:
        stored = session.get(Customer, customer.id)
        assert stored.consent_sms and not stored.consent_email
        set_consent(session, stored, "sms", False, "paper form", shop.users["Marco"].id)
    with read_session(shop.engine) as session:
        history = consent_history(session, customer.id)
        assert [(e.channel, e.granted, e.how) for e in history] == [("sms", True, "till"), ("sms", False, "paper form")]
        assert session.get(Customer, customer.id).consent_sms is False


def test_update_customer_rechecks_duplicates_and_keys(shop):
    """Changing the phone to another customer's is refused; a new name updates the search keys."""
    register(shop, "Lucia Bianchi", "333 123 4567")
    other = register(shop, "Paolo Verdi", "334 765 4321")
    with pytest.raises(DuplicateCustomer):
        with write_session(shop.engine) as session:
            update_customer(session, "IT", other.id, phone="3331234567")
    with write_session(shop.engine) as session:
        update_customer(session, "IT", other.id, name="Paolo Neri")
    with read_session(shop.engine) as session:
        assert [c.id for c in find_by_name(session, "neri")] == [other.id]
        assert find_by_name(session, "verdi") == []


@pytest.fixture
def people(shop):
    """A few customers from several countries with accents, CJK names and similar numbers."""
    made = {
        "lucia": register(shop, "Lucia Bianchi", "333 123 4567", "lucia@example.com"),
        "nicolo": register(shop, "Nicolò D'Angelo", "333 765 4567"),
        "wang": register(shop, "王小明", "+86 138 0013 8000"),
        "kim": register(shop, "김민준", "+82 10-1234-5678"),
        "erzsebet": register(shop, "Erzsébet Kovács", "+36 30 123 4567", "erzsi@example.hu"),
    }
    return {key: c.id for key, c in made.items()}


def test_find_by_whole_phone_typed_any_way(shop, people):
    """The whole number in any format finds exactly that customer."""
    with read_session(shop.engine) as session:
        for typed in ("333 123 4567", "+39 333-1234567", "3331234567"):
            assert [c.id for c in find_by_phone(session, typed, "IT")] == [people["lucia"]]
        assert [c.id for c in find_by_phone(session, "+86 138 0013 8000", "IT")] == [people["wang"]]


def test_find_by_last_digits(shop, people):
    """The last digits find every customer whose number ends so, and only them."""
    with read_session(shop.engine) as session:
        assert {c.id for c in find_by_phone(session, "4567", "IT")} == {people["lucia"], people["nicolo"], people["erzsebet"]}
        assert {c.id for c in find_by_phone(session, "5678", "IT")} == {people["kim"]}
        assert find_by_phone(session, "99999", "IT") == []


def test_find_by_name_any_part_accents_and_case_ignored(shop, people):
    """First name, surname, a fragment, with or without accents, all find the person."""
    with read_session(shop.engine) as session:
        def ids(text):
            return {c.id for c in find_by_name(session, text)}
        assert ids("nicolo") == {people["nicolo"]}
        assert ids("NICOLÒ d'ang") == {people["nicolo"]}
        assert ids("angel") == {people["nicolo"]}
        assert ids("kovacs") == {people["erzsebet"]}
        assert ids("Erzsebet") == {people["erzsebet"]}
        assert ids("bi") == {people["lucia"]}  # short: surname prefix
        assert ids("ucia bia") == {people["lucia"]}  # fragments of both words
        assert ids("zzz") == set()


def test_find_by_chinese_and_korean_names(shop, people):
    """CJK names are found by the whole name, the family name, or the given name alone."""
    with read_session(shop.engine) as session:
        def ids(text):
            return {c.id for c in find_by_name(session, text)}
        assert ids("王小明") == {people["wang"]}
        assert ids("王") == {people["wang"]}
        assert ids("小明") == {people["wang"]}
        assert ids("민준") == {people["kim"]}
        assert ids("김민준") == {people["kim"]}


def test_find_by_email_and_dispatch(shop, people):
    """An e-mail (whole or its start) finds the customer; find_customers picks the search by what was typed."""
    with read_session(shop.engine) as session:
        assert [c.id for c in find_by_email(session, "ERZSI@example.hu")] == [people["erzsebet"]]
        assert [c.id for c in find_by_email(session, "luc")] == [people["lucia"]]
        assert [c.id for c in find_customers(session, "lucia@", "IT")] == [people["lucia"]]
        assert [c.id for c in find_customers(session, "333 123 4567", "IT")] == [people["lucia"]]
        assert [c.id for c in find_customers(session, "Kovács", "IT")] == [people["erzsebet"]]


def test_search_results_are_limited(shop):
    """A fragment common to many customers returns at most the limit, fast, never the whole table."""
    with write_session(shop.engine) as session:
        for i in range(12):
            register_customer(session, "IT", f"Maria Rossi {i}", f"333 000 {i:04d}")
    with read_session(shop.engine) as session:
        assert len(find_by_name(session, "rossi", limit=5)) == 5
        assert len(find_by_name(session, "ma", limit=5)) == 5
        assert len(find_by_phone(session, "333000", "IT", limit=5)) == 0  # a prefix is not last digits
        assert len(find_by_phone(session, "00", "IT")) == 0  # too short to search


def test_tags_are_cleaned_and_shown_on_the_customer_card(shop, till):
    """Tags are trimmed and de-duplicated, can be changed, and appear when the customer is attached."""
    customer = register(shop, "Lucia Bianchi", "333 123 4567", tags=[" regular ", "Regular", "", "nut  allergy"])
    assert till.attach_customer(customer.id).tags == ["regular", "nut allergy"]
    with write_session(shop.engine) as session:
        update_customer(session, "IT", customer.id, tags=["restaurant"])
    assert till.attach_customer(customer.id).tags == ["restaurant"]
