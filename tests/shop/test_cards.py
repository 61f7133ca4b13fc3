"""Loyalty cards: random typeable codes with a check character, links, scanning, reissue of a lost card."""
import pytest
from sqlmodel import select
from stdnum import luhn

from db.engine import read_session, write_session
from db.models import AuditEvent
from shop.cards import (
    ALPHABET, CODE_LENGTH, DEFAULT_SERVER, active_card, card_code_in, card_link, customer_by_card,
    format_card_code, issue_card, new_card_code, parse_card_code,
)
from shop.customer_errors import CardRevoked, InvalidCardCode, UnknownCard
from shop.customers import register_customer


def test_codes_are_random_long_enough_and_self_checking():
    """Codes carry >= 64 random bits in Crockford base32 and each one validates; no two alike."""
    codes = {new_card_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert (CODE_LENGTH - 1) * 5 >= 64
    for code in list(codes)[:200]:
        assert len(code) == CODE_LENGTH and set(code) <= set(ALPHABET)
        assert parse_card_code(code) == code


def test_every_single_typo_is_caught():
    """Changing any one character of a code to any other makes it invalid."""
    code = new_card_code()
    for i in range(len(code)):
        for ch in ALPHABET:
            if ch != code[i]:
                with pytest.raises(InvalidCardCode):
                    parse_card_code(code[:i] + ch + code[i + 1:])


def test_typed_code_forgives_case_dashes_and_lookalikes():
    """Lower case, dashes, spaces, O for 0 and I/L for 1 are read as the code."""
    code = "0" * 13
    code += luhn.calc_check_digit(code, ALPHABET)
    typed = format_card_code(code).lower().replace("0", "o")
    assert parse_card_code(typed) == code
    assert parse_card_code(" " + format_card_code(code).replace("-", " ") + " ") == code


def test_link_round_trip_and_scanner_recogniser():
    """The QR link parses back to the code; the recogniser accepts card links and nothing else."""
    code = new_card_code()
    link = card_link(code, "https://shop.example.com/")
    assert link == f"https://shop.example.com/c/{code}"
    assert card_link(code).startswith(DEFAULT_SERVER + "/c/")
    assert parse_card_code(link) == code
    assert card_code_in(link) == code
    assert card_code_in(link + "?src=qr") == code
    bad = link[:-1] + ("0" if link[-1] != "0" else "1")
    assert card_code_in(bad) is None
    assert card_code_in("8001234000011") is None
    assert card_code_in(code) is None  # a bare code is typed, not scanned from a card
    assert card_code_in("https://example.com/products/123") is None


@pytest.fixture
def customer(shop):
    with write_session(shop.engine) as session:
        return register_customer(session, "IT", "Lucia Bianchi", "333 123 4567")


def test_issue_then_find_customer_by_scan_or_typed_code(shop, customer):
    """A new card finds its holder from the scanned link or the code typed by hand; issuing is audited."""
    with write_session(shop.engine) as session:
        card = issue_card(session, customer.id, "T1", shop.users["Anna"].id)
    with read_session(shop.engine) as session:
        assert customer_by_card(session, card_link(card.code)).id == customer.id
        assert customer_by_card(session, format_card_code(card.code).lower()).id == customer.id
        actions = [e.action for e in session.exec(select(AuditEvent))]
        assert "card_issued" in actions


def test_reissued_card_revokes_the_lost_one(shop, customer):
    """After a reissue the old code is refused as revoked and the new one works; only one card is active."""
    with write_session(shop.engine) as session:
        lost = issue_card(session, customer.id, "T1")
    with write_session(shop.engine) as session:
        new = issue_card(session, customer.id, "T1", shop.users["Marco"].id)
    assert new.code != lost.code
    with read_session(shop.engine) as session:
        with pytest.raises(CardRevoked):
            customer_by_card(session, lost.code)
        assert customer_by_card(session, new.code).id == customer.id
        assert active_card(session, customer.id).id == new.id
        cards = session.connection().exec_driver_sql(
            "SELECT count(*) FROM loyaltycard WHERE customer_id = ? AND revoked_at IS NULL", (customer.id,)).scalar()
        assert cards == 1


def test_valid_but_unknown_code_is_unknown_card(shop):
    """A well-formed code nobody holds is UnknownCard, not a crash or a wrong customer."""
    with read_session(shop.engine) as session:
        with pytest.raises(UnknownCard):
            customer_by_card(session, new_card_code())
