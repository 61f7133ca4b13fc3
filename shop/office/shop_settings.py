"""The shop settings desk: the shop's own details, its loyalty rules and its reservation policy."""
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlmodel import Session

from db.models import User
from shop import settings_edit
from shop.loyalty_rules import LoyaltySettings, load_loyalty_settings
from shop.office.desk import Desk
from shop.reservations import ReservationPolicy, load_policy
from shop.settings import ShopSettings, load_settings


@dataclass(frozen=True)
class StoredSettings:
    """The settings page's fields as stored now (a sync may have changed them since this till read them)."""

    shop: ShopSettings
    loyalty: LoyaltySettings
    reservations: ReservationPolicy
    categories: list[tuple[str, str]]


class ShopSettingsDesk(Desk):
    def __init__(self, engine: Engine, user: User | None, till_id: str = ""):
        super().__init__(engine, user)
        self.till_id = till_id

    def stored(self) -> StoredSettings:
        def work(session: Session) -> StoredSettings:
            return StoredSettings(load_settings(session), load_loyalty_settings(session), load_policy(session),
                                  settings_edit.categories(session))
        return self._read(work)

    def settings(self) -> ShopSettings:
        return self._read(load_settings)

    def enrolled(self) -> bool:
        """Whether this till is joined to a server (it has other tills to publish to)."""
        from shop.sync_client import load_config  # the sync client only when asked: it is a large import

        return self._read(load_config) is not None

    def save(self, shop_values: dict, rules: LoyaltySettings, policy: ReservationPolicy) -> dict:
        """The three together, in one write: what changed; InvalidSettings or NoRight, and nothing saved, if refused."""
        def work(session: Session) -> dict:
            actor = self.signed_in
            changed = settings_edit.save_shop_settings(session, actor, self.till_id, **shop_values)
            changed.update(settings_edit.save_loyalty(session, actor, self.till_id, rules))
            changed.update(settings_edit.save_reservation_policy(session, actor, self.till_id, policy))
            return changed
        return self._write(work)
