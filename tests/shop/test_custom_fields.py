"""The owner's custom fields: definitions, values that must fit, export with the customer's data, erasure."""
import pytest

from db.engine import read_session, write_session
from db.models import Customer
from shop import custom_fields, customers
from shop.custom_fields import CustomField, InvalidCustomValue, InvalidFieldDefinition
from shop.privacy import erase_customer, export_customer
from tests.shop.customer_history import customer

FIELDS = [CustomField("", "Dog's name"), CustomField("", "Weight kg", "number"), CustomField("", "Since", "date"),
          CustomField("", "Preferred cut", "choice", ("lean", "fatty"))]


@pytest.fixture
def defined(shop):
    with write_session(shop.engine) as session:
        return custom_fields.save_fields(session, FIELDS)


def test_definitions_get_stable_keys_and_are_checked(shop, defined):
    """Keys come from the labels once; no label, a choice with no options or a label twice is refused."""
    assert [f.key for f in defined] == ["dog_s_name", "weight_kg", "since", "preferred_cut"]
    with write_session(shop.engine) as session:
        renamed = custom_fields.save_fields(session, [CustomField("dog_s_name", "Name of the dog")])
        assert renamed[0].key == "dog_s_name"
        for bad, problem in (([CustomField("", " ")], "label"), ([CustomField("", "Cut", "choice")], "options"),
                             ([CustomField("", "A"), CustomField("", "a")], "duplicate"),
                             ([CustomField("", "A", "colour")], "kind")):
            with pytest.raises(InvalidFieldDefinition) as error:
                custom_fields.save_fields(session, bad)
            assert error.value.problem == problem


@pytest.mark.parametrize("key, typed, stored", [
    ("weight_kg", "12,50", "12.5"), ("since", "2024-03-01", "2024-03-01"), ("preferred_cut", "LEAN", "lean"),
    ("dog_s_name", "  Fido  the  dog ", "Fido the dog"), ("dog_s_name", "", None)])
def test_values_are_stored_in_one_plain_form(defined, key, typed, stored):
    """A decimal comma, a choice in other case, extra spaces: stored the same way every time."""
    field = next(f for f in defined if f.key == key)
    assert custom_fields.parse_value(field, typed) == stored


@pytest.mark.parametrize("key, typed", [("weight_kg", "twelve"), ("since", "31/02/2024"), ("preferred_cut", "medium")])
def test_a_value_that_does_not_fit_is_refused_and_nothing_is_written(shop, defined, key, typed):
    """Not a number, not a date, not an option: a typed error naming the field, the customer unchanged."""
    ada = customer(shop, "Ada")
    with pytest.raises(InvalidCustomValue) as error, write_session(shop.engine) as session:
        customers.update_customer(session, "IT", ada, custom={"dog_s_name": "Fido", key: typed})
    assert error.value.key == key
    with read_session(shop.engine) as session:
        assert session.get(Customer, ada).custom == {}


def test_custom_fields_are_exported_and_erased(shop, defined):
    """The export names each field by its label; erasing the customer empties them."""
    ada = customer(shop, "Ada")
    with write_session(shop.engine) as session:
        customers.update_customer(session, "IT", ada, custom={"dog_s_name": "Fido", "preferred_cut": "fatty"})
        data = export_customer(session, ada, shop.users["Giulia"], "T1")
    assert data["custom_fields"] == {"Dog's name": "Fido", "Preferred cut": "fatty"}
    assert data["customer"]["custom"] == {"dog_s_name": "Fido", "preferred_cut": "fatty"}
    with write_session(shop.engine) as session:
        erase_customer(session, ada, shop.users["Giulia"], "T1")
    with read_session(shop.engine) as session:
        assert session.get(Customer, ada).custom == {}
