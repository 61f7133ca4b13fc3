"""Marketing consents per channel, with when and how each was given or withdrawn.

The customer row holds the current state (what a campaign filters on); every change is also an
append-only ConsentEvent, which is the proof the law asks for. Membership needs no consent.
"""
import csv
from collections.abc import Iterable, Sequence

from sqlmodel import Session, select

from db.ids import utc_now
from db.models import ConsentEvent, Customer
from shop import outbox

CHANNELS = ("email", "sms", "messaging")
# Which of the customer's fields reaches them on each channel.
CONTACT_FIELD = {"email": "email", "sms": "phone", "messaging": "phone"}


def set_consent(session: Session, customer: Customer, channel: str, granted: bool, how: str,
                user_id: str | None = None) -> ConsentEvent:
    if channel not in CHANNELS:
        raise ValueError(f"unknown consent channel {channel!r}")
    setattr(customer, f"consent_{channel}", granted)
    customer.updated_at = utc_now()
    session.add(customer)
    event = ConsentEvent(customer_id=customer.id, channel=channel, granted=granted, how=how, user_id=user_id)
    session.add(event)
    outbox.enqueue(session, "consent", event.id, {
        "id": event.id, "customer_id": customer.id, "channel": channel, "granted": granted, "how": how,
        "user_id": user_id, "at": event.at,
    })
    return event


def current_consents(customer: Customer) -> dict[str, bool]:
    return {channel: bool(getattr(customer, f"consent_{channel}")) for channel in CHANNELS}


def consent_history(session: Session, customer_id: str) -> list[ConsentEvent]:
    return list(session.exec(
        select(ConsentEvent).where(ConsentEvent.customer_id == customer_id).order_by(ConsentEvent.at)
    ))


def write_contact_list(path, channel: str, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    """A contact list for the shop's own SMS or e-mail tool: a header of `name`, the channel's field and
    `columns`, then `rows`; UTF-8 with BOM so Excel reads accents and Hangul. Returns the rows written."""
    if channel not in CONTACT_FIELD:
        raise ValueError(f"unknown consent channel {channel!r}")
    count = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(["name", CONTACT_FIELD[channel], *columns])
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
