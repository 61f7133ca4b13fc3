"""Phone numbers as customers say them, to E.164 with the shop's country (via `phonenumbers`).

`phonenumbers` is imported where a number is parsed, not above: the till imports this module at
start-up, before anyone has typed a phone number.
"""
from shop.customer_errors import InvalidPhone

MIN_FRAGMENT_DIGITS = 3


def normalise_phone(text: str, country: str) -> str:
    """'333 123 4567' in Italy -> '+393331234567'; InvalidPhone for an impossible number."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, country.upper())
    except phonenumbers.NumberParseException:
        raise InvalidPhone(text) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def try_normalise_phone(text: str, country: str) -> str | None:
    """The E.164 form, or None when the text is not (yet) a whole valid number."""
    try:
        return normalise_phone(text, country)
    except InvalidPhone:
        return None


def reversed_digits(e164: str) -> str:
    """The search key for last-digits search: '+393331234567' -> '765432133393'.

    A suffix of the number becomes a prefix of this key, which an ordinary index serves.
    """
    return e164.lstrip("+")[::-1]


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def looks_like_phone(text: str) -> bool:
    """Typed text that should be searched as a phone: digits with phone punctuation only."""
    stripped = text.strip()
    return (
        len(digits_of(stripped)) >= MIN_FRAGMENT_DIGITS
        and all(ch.isdigit() or ch in " +-()./" for ch in stripped)
    )


def display_phone(e164: str, country: str) -> str:
    """National format for numbers of the shop's country, international for the others."""
    import phonenumbers

    number = phonenumbers.parse(e164, None)
    same = phonenumbers.region_code_for_number(number) == country.upper()
    style = phonenumbers.PhoneNumberFormat.NATIONAL if same else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)
