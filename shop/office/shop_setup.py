"""The shop's database opened, and a new shop set up by its owner (the first-run wizard)."""
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from db.engine import open_database
from db.models import User
from shop.office.desk import Desk
from shop.settings import ShopSettings, load_settings
from shop.setup import new_shop
from shop.users import active_users


def open_shop(path: str | Path) -> Engine:
    """The shop database at `path`, created or migrated to the current schema (what every start opens)."""
    return open_database(path)


class ShopSetup(Desk):
    def is_new(self) -> bool:
        """Nobody can sign in yet: the first run, the wizard's turn."""
        return not self._read(active_users)

    def settings(self) -> ShopSettings:
        """The shop's settings as stored (a light import, for the start-up)."""
        return self._read(load_settings)

    def first_person(self) -> User:
        """The first active person (the benchmark's start-up signs them in without a PIN)."""
        return self._read(active_users)[0]

    def create(self, country: str, shop_name: str, owner_name: str, owner_pin: str, language: str | None = None) -> User:
        """The shop and its owner, in one write; the owner, signed in."""
        def work(session: Session) -> User:
            new_shop(session, country, shop_name, owner_name, owner_pin, language=language)
            session.flush()
            return active_users(session)[0]
        return self._write(work)
