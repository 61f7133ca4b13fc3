"""Loyalty card codes: random, short enough to type, with a check character that catches typos.

A code is 13 random Crockford base32 characters (65 bits from `secrets`) plus one Luhn mod 32
check character over the same alphabet (`stdnum.luhn` with a custom alphabet): it catches every
single mistyped character and almost every swap of two neighbours. Crockford's alphabet has no
I, L, O or U, so a typed O is read as 0 and I or L as 1. Printed as XXXX-XXXX-XXXX-XX.

The card's QR holds a link `<server>/c/<code>`; the scanner types it into whatever has focus,
and `card_code_in` tells the till that what arrived is a card rather than a barcode.
"""
import secrets
from dataclasses import dataclass

from sqlmodel import Session, col, select
from stdnum import luhn

from db.ids import utc_now
from db.models import LoyaltyCard, Setting
from shop import audit, outbox
from shop.customer_errors import CardRevoked, InvalidCardCode, UnknownCard
from shop.customers import CustomerInfo, customer_by_id, customer_info

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
RANDOM_CHARS = 13  # 13 x 5 = 65 bits
CODE_LENGTH = RANDOM_CHARS + 1
# Until the till is enrolled with a server, printed cards carry this placeholder host; the code
# in the link is what matters, so cards keep working when the server address is set later.
DEFAULT_SERVER = "https://bottega.invalid"
LINK_MARK = "/c/"
SYNC_SETTING = "sync"  # where shop/sync_client.py keeps the server URL once the till is enrolled
_TYPING = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None, " ": None})


def new_card_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return body + luhn.calc_check_digit(body, ALPHABET)


def format_card_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def card_link(code: str, server: str | None = None) -> str:
    return f"{(server or DEFAULT_SERVER).rstrip('/')}{LINK_MARK}{code}"


def parse_card_code(text: str) -> str:
    """The canonical code from a scanned link or a typed code (any case, dashes, O for 0);
    InvalidCardCode if it is not one or has a typo."""
    raw = text.strip()
    if LINK_MARK in raw:
        raw = raw.rsplit(LINK_MARK, 1)[1].split("?", 1)[0].split("#", 1)[0].rstrip("/")
    code = raw.upper().translate(_TYPING)
    if len(code) != CODE_LENGTH or any(ch not in ALPHABET for ch in code) or not luhn.is_valid(code, ALPHABET):
        raise InvalidCardCode(text)
    return code


def card_code_in(scanned: str) -> str | None:
    """The card code if a scanned string is a loyalty card link (for the till's scanner filter), else None.

    Only a link with a valid code counts: an EAN barcode or a product search never looks like one.
    """
    if LINK_MARK not in scanned or not scanned.strip().lower().startswith(("http://", "https://")):
        return None
    try:
        return parse_card_code(scanned)
    except InvalidCardCode:
        return None


def active_card(session: Session, customer_id: str) -> LoyaltyCard | None:
    return session.exec(
        select(LoyaltyCard).where(LoyaltyCard.customer_id == customer_id, col(LoyaltyCard.revoked_at).is_(None))
    ).first()


def issue_card(session: Session, customer_id: str, till_id: str, user_id: str | None = None) -> LoyaltyCard:
    """A new card for the customer; any card they had stops working (a lost card is reissued so)."""
    customer_by_id(session, customer_id)
    now = utc_now()
    revoked = []
    for old in session.exec(select(LoyaltyCard).where(LoyaltyCard.customer_id == customer_id,
                                                      col(LoyaltyCard.revoked_at).is_(None))):
        old.revoked_at = now
        session.add(old)
        revoked.append(old.code)
        outbox.enqueue(session, "loyalty_card", old.id, _payload(old))
    card = LoyaltyCard(customer_id=customer_id, code=new_card_code(), issued_at=now)
    session.add(card)
    outbox.enqueue(session, "loyalty_card", card.id, _payload(card))
    audit.record(session, till_id, "card_reissued" if revoked else "card_issued", user_id,
                 customer_id=customer_id, card_id=card.id, revoked=revoked)
    return card


def ensure_card(session: Session, customer_id: str, till_id: str, user_id: str | None = None) -> LoyaltyCard:
    """The customer's active card, issuing their first one if they have none (printing a card for a new member)."""
    return active_card(session, customer_id) or issue_card(session, customer_id, till_id, user_id)


def _payload(card: LoyaltyCard) -> dict:
    return {"id": card.id, "customer_id": card.customer_id, "code": card.code, "issued_at": card.issued_at,
            "revoked_at": card.revoked_at}


def customer_by_card(session: Session, text: str) -> CustomerInfo:
    """The card's holder from a scanned link or a typed code; InvalidCardCode, UnknownCard or CardRevoked."""
    code = parse_card_code(text)
    row = session.connection().exec_driver_sql(
        "SELECT l.revoked_at, c.id, c.name, c.phone, c.email, c.birthday FROM loyaltycard l "
        "JOIN customer c ON c.id = l.customer_id WHERE l.code = ?", (code,)
    ).first()
    if row is None:
        raise UnknownCard(code)
    if row[0] is not None:
        raise CardRevoked(code)
    return customer_info(row[1:])


def card_server(session: Session) -> str:
    """The server printed cards link to: the enrolled one, else the placeholder."""
    row = session.get(Setting, SYNC_SETTING)
    url = row.value.get("server_url") if row and isinstance(row.value, dict) else None
    return url or DEFAULT_SERVER


@dataclass(frozen=True)
class CardPrint:
    """What goes on a printed card: printers/ lays it out, shop/ decides what it says."""

    shop_name: str
    customer_name: str
    code: str  # canonical; printed grouped as XXXX-XXXX-XXXX-XX
    link: str  # the QR's text

    @property
    def printed_code(self) -> str:
        return format_card_code(self.code)


def card_to_print(session: Session, customer_id: str, shop_name: str) -> CardPrint:
    """The customer's active card ready to print; UnknownCard if they have none (issue one first)."""
    customer = customer_by_id(session, customer_id)
    card = active_card(session, customer_id)
    if card is None:
        raise UnknownCard(customer_id)
    return CardPrint(shop_name, customer.name, card.code, card_link(card.code, card_server(session)))
