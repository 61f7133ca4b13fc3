"""The screenshots' set-up: a regular is dressed once, whatever runs it twice."""
from db.engine import read_session, write_session
from shop import customers, loyalty, screenshot_data


def test_a_regular_is_dressed_once(shop):
    """A card, a note in the shop's language, e-mail consent and 1,240 points; a second run adds nothing."""
    with write_session(shop.engine) as session:
        customer_id = customers.register_customer(session, "IT", "Lucia Bianchi", phone="333 123 4567").id
    for _ in range(2):
        screenshot_data.dress_regular(shop.engine, customer_id, shop.settings, shop.users["Anna"].id)
    with read_session(shop.engine) as session:
        cards = session.connection().exec_driver_sql("SELECT count(*) FROM loyaltycard WHERE customer_id = ?", (customer_id,)).scalar()
        assert (cards, loyalty.balance(session, customer_id)) == (1, 1240)
        notes = session.connection().exec_driver_sql("SELECT notes FROM customer WHERE id = ?", (customer_id,)).scalar()
    assert notes == screenshot_data.NOTES[shop.settings.locale.split("_")[0]]
