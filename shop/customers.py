"""Customers: register one in seconds at the till, find one on every keystroke.

Searches are designed for 200,000 customers in a couple of milliseconds: a typed phone is
normalised and looked up by its E.164 form; last digits are a prefix of the reversed digits
(`phone_rev`, indexed); a short name fragment is a prefix of the folded name or of its rotated
words (`name_fold`, `name_alt`, indexed); a longer one goes through the `customer_fts` trigram
index. Every query stops at a LIMIT, so a common fragment costs no more than a rare one.
"""
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from db.ids import utc_now
from db.models import Customer
from shop import consents, outbox
from shop.custom_fields import clean_values, load_fields
from shop.customer_errors import CustomerFieldInvalid, CustomerNotFound, DuplicateCustomer, InvalidEmail, MissingName
from shop.phones import digits_of, looks_like_phone, normalise_phone, reversed_digits, try_normalise_phone
from shop.text import fold
from syncwire import messages as m
from syncwire.validate import Invalid, check_record

SEARCH_LIMIT = 30
TRIGRAM = 3
ENOUGH_BY_PREFIX = 5


@dataclass(frozen=True)
class CustomerInfo:
    id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None


_COLUMNS = "c.id, c.name, c.phone, c.email, c.birthday"


def name_fold(text: str) -> str:
    """shop.text.fold, recomposed: Hangul stays whole syllables, so '김' is one character, not jamo."""
    return " ".join(unicodedata.normalize("NFC", fold(text)).split())


def search_keys(name: str) -> tuple[str, str]:
    """(name_fold, name_alt): the folded name, and its words rotated so the surname leads.

    A CJK name written without spaces ('王小明', '김민준') is the family name then the given name:
    its rotated key drops the first character so the given name can be found by prefix too.
    """
    folded = name_fold(name)
    words = folded.split()
    if len(words) > 1:
        return folded, " ".join(words[1:] + words[:1])
    return folded, folded[1:] if folded and not folded.isascii() else folded


def normalise_email(text: str | None) -> str | None:
    if text is None or not text.strip():
        return None
    email = text.strip().lower()
    local, at, domain = email.rpartition("@")
    if not at or not local or "." not in domain or " " in email or domain.startswith(".") or domain.endswith("."):
        raise InvalidEmail(text)
    return email


def customer_info(row) -> CustomerInfo:
    """A CustomerInfo from a row of (id, name, phone, email, birthday)."""
    return CustomerInfo(row[0], row[1], row[2], row[3], stored_birthday(row[4]))


def stored_birthday(value) -> date | None:
    """The birthday as stored; None for one that is not a date (written by an older till or
    server before issue 10's checks): finding or attaching that customer must still work."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, date) else None


def _rows(session: Session, sql: str, params: tuple) -> list[CustomerInfo]:
    return [customer_info(row) for row in session.connection().exec_driver_sql(sql, params).fetchall()]


def customer_by_id(session: Session, customer_id: str) -> CustomerInfo:
    rows = _rows(session, f"SELECT {_COLUMNS} FROM customer c WHERE c.id = ?", (customer_id,))
    if not rows:
        raise CustomerNotFound(customer_id)
    return rows[0]


def _check_duplicates(session: Session, phone: str | None, email: str | None, except_id: str | None = None) -> None:
    conn = session.connection()
    for field, value in (("phone", phone), ("email", email)):
        if value is None:
            continue
        found = conn.exec_driver_sql(
            f"SELECT id FROM customer WHERE {field} = ? AND erased_at IS NULL AND id IS NOT ? LIMIT 1", (value, except_id)
        ).scalar()
        if found:
            raise DuplicateCustomer(field, found)


def register_customer(
    session: Session, country: str, name: str, phone: str | None = None, email: str | None = None,
    birthday: date | None = None, notes: str = "", consent: dict[str, bool] | None = None, tags: Sequence[str] = (),
    how: str = "till", user_id: str | None = None,
) -> Customer:
    """A new customer; DuplicateCustomer if the phone or e-mail is someone's already.

    `consent` maps a channel (email/sms/messaging) to whether it was given; membership itself
    needs none, so every channel not given stays off.
    """
    if not name.strip():
        raise MissingName()
    e164 = normalise_phone(phone, country) if phone and phone.strip() else None
    email = normalise_email(email)
    _check_duplicates(session, e164, email)
    name_fold, name_alt = search_keys(name)
    customer = Customer(
        name=" ".join(name.split()), phone=e164, email=email, birthday=birthday, notes=notes, tags=clean_tags(tags),
        name_fold=name_fold, name_alt=name_alt, phone_rev=reversed_digits(e164) if e164 else None,
    )
    payload = customer_payload(customer)
    check_fit_to_sync(payload)
    session.add(customer)
    session.flush()
    for channel, granted in (consent or {}).items():
        if granted:
            consents.set_consent(session, customer, channel, True, how, user_id)
    outbox.enqueue(session, "customer", customer.id, customer_payload(customer))
    return customer


def check_fit_to_sync(payload: dict) -> None:
    """CustomerFieldInvalid unless the server (and so every till) will take this customer as it is."""
    try:
        check_record(m.CUSTOMER, payload["id"], payload)
    except Invalid as exc:
        raise CustomerFieldInvalid(exc.field.split(".")[0].split("[")[0], exc.reason) from None


def update_customer(session: Session, country: str, customer_id: str, **changes) -> Customer:
    """Change name, phone, e-mail, birthday, notes, tags or custom fields (a dict of them all); the same
    checks as registering, and each custom value must fit its field (InvalidCustomValue)."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.erased_at:
        raise CustomerNotFound(customer_id)
    if "name" in changes:
        if not changes["name"].strip():
            raise MissingName()
        customer.name = " ".join(changes["name"].split())
        customer.name_fold, customer.name_alt = search_keys(customer.name)
    if "phone" in changes:
        phone = changes["phone"]
        customer.phone = normalise_phone(phone, country) if phone and phone.strip() else None
        customer.phone_rev = reversed_digits(customer.phone) if customer.phone else None
    if "email" in changes:
        customer.email = normalise_email(changes["email"])
    for field in ("birthday", "notes"):
        if field in changes:
            setattr(customer, field, changes[field])
    if "tags" in changes:
        customer.tags = clean_tags(changes["tags"])
    if "custom" in changes:
        customer.custom = clean_values(load_fields(session), changes["custom"])
    _check_duplicates(session, customer.phone if "phone" in changes else None,
                      customer.email if "email" in changes else None, customer.id)
    customer.updated_at = utc_now()
    payload = customer_payload(customer, edited=set(changes))
    check_fit_to_sync(payload)
    session.add(customer)
    outbox.enqueue(session, "customer", customer.id, payload)
    return customer


def clean_tags(tags) -> list[str]:
    """Tags as typed, trimmed, without empties or repeats (case-insensitively), in the order given."""
    seen, result = set(), []
    for tag in tags or ():
        tag = " ".join(str(tag).split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


# The smallest hybrid logical clock stamp (syncwire/hlc.py): a field an edit did not touch.
UNTOUCHED = "000000000000000000-0000-"


def customer_payload(customer: Customer, edited: set[str] | None = None) -> dict:
    """The customer as the outbox sends it. For an edit, `edited` names the fields it changed.

    The server merges customers field by field by stamp. Stamped as a whole, an edit of the notes
    would carry the till's old copy of the e-mail at the new time and overwrite an e-mail another
    till changed meanwhile; so the fields this edit did not change get the smallest stamp, which
    never wins over a value the server has.
    """
    payload = {
        "id": customer.id, "name": customer.name, "phone": customer.phone, "email": customer.email,
        "birthday": customer.birthday.isoformat() if customer.birthday else None, "notes": customer.notes,
        "tags": list(customer.tags), "custom": dict(customer.custom or {}),
        "consent_email": customer.consent_email, "consent_sms": customer.consent_sms,
        "consent_messaging": customer.consent_messaging, "erased_at": customer.erased_at,
        "updated_at": customer.updated_at,
    }
    if edited is not None:
        payload["clocks"] = {f: customer.updated_at if f in edited else UNTOUCHED
                             for f in payload if f not in ("id", "updated_at")}
    return payload


# --- finding ---------------------------------------------------------------------------------
def find_by_phone(session: Session, text: str, country: str, limit: int = SEARCH_LIMIT) -> list[CustomerInfo]:
    """The customer with this whole number (typed any way), else those whose number ends in the digits."""
    e164 = try_normalise_phone(text, country)
    if e164:
        exact = _rows(session, f"SELECT {_COLUMNS} FROM customer c WHERE c.phone = ? AND c.erased_at IS NULL", (e164,))
        if exact:
            return exact
    digits = digits_of(text)
    if len(digits) < 3:
        return []
    key = digits[::-1]
    # Range on the reversed digits: the index serves it (LIKE would need case_sensitive_like).
    return _rows(
        session,
        f"SELECT {_COLUMNS} FROM customer c WHERE c.phone_rev >= ? AND c.phone_rev < ? AND c.erased_at IS NULL "
        "LIMIT ?",
        (key, key + ":", limit),  # ':' is the character after '9'
    )


def find_by_email(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[CustomerInfo]:
    """Exact e-mail first; else e-mails starting with what was typed."""
    typed = text.strip().lower()
    if not typed:
        return []
    rows = _rows(session, f"SELECT {_COLUMNS} FROM customer c WHERE c.email = ? AND c.erased_at IS NULL", (typed,))
    if rows:
        return rows
    return _rows(
        session,
        f"SELECT {_COLUMNS} FROM customer c WHERE c.email >= ? AND c.email < ? AND c.erased_at IS NULL "
        "ORDER BY c.email LIMIT ?",
        (typed, typed + "\uffff", limit),
    )


def _prefix(session: Session, column: str, text: str, limit: int) -> list[CustomerInfo]:
    return _rows(
        session,
        f"SELECT {_COLUMNS} FROM customer c WHERE c.{column} >= ? AND c.{column} < ? AND c.erased_at IS NULL "
        f"ORDER BY c.{column} LIMIT ?",
        (text, text + "\uffff", limit),
    )


def find_by_name(session: Session, text: str, limit: int = SEARCH_LIMIT) -> list[CustomerInfo]:
    """Customers whose name contains every word typed (case and accents ignored).

    Names starting with the text come first, then surnames (or CJK given names) starting with it,
    then, when those are few, any name containing every word (trigram index).
    """
    typed = name_fold(text)
    if not typed:
        return []
    found: dict[str, CustomerInfo] = {}
    for column in ("name_fold", "name_alt"):
        for info in _prefix(session, column, typed, limit - len(found)):
            found.setdefault(info.id, info)
        if len(found) >= limit:
            return list(found.values())
    words = typed.split()
    long_words = [w for w in words if len(w) >= TRIGRAM]
    # The trigram index costs most exactly when a fragment is common, which is when names and
    # surnames starting with it have already filled the list: then it is not asked at all.
    if not long_words or len(found) >= ENOUGH_BY_PREFIX:
        return list(found.values())
    match = " AND ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    sql = (
        f"SELECT {_COLUMNS} FROM customer_fts f JOIN customer c ON c.rowid = f.rowid "
        "WHERE customer_fts MATCH ? AND c.erased_at IS NULL"
    )
    params: list = [f"name_fold : ({match})"]
    for word in words:
        if len(word) < TRIGRAM:
            sql += " AND c.name_fold LIKE ?"
            params.append(f"%{word}%")
    sql += " LIMIT ?"
    params.append(limit + len(found))
    for info in _rows(session, sql, tuple(params)):
        if len(found) >= limit:
            break
        found.setdefault(info.id, info)
    return list(found.values())


def find_customers(session: Session, text: str, country: str, limit: int = SEARCH_LIMIT) -> list[CustomerInfo]:
    """What the till's customer box does on each keystroke: phone, e-mail or name, by what was typed."""
    if looks_like_phone(text):
        return find_by_phone(session, text, country, limit)
    if "@" in text:
        return find_by_email(session, text, limit)
    return find_by_name(session, text, limit)
