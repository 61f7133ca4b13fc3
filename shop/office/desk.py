"""The base of every back-office desk (see shop/office/__init__.py)."""
from typing import Callable, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from db.engine import read_session, write_session
from db.models import User

P = ParamSpec("P")
T = TypeVar("T")


class Desk:
    """The shop database and who is signed in; each public method of a subclass is one transaction."""

    def __init__(self, engine: Engine, user: User | None = None):
        self.engine = engine
        self.user = user

    def _read(self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`work(session, *args, **kwargs)` on one consistent snapshot."""
        with read_session(self.engine) as session:
            return work(session, *args, **kwargs)

    def _write(self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`work(session, *args, **kwargs)` in one write transaction: all of it is kept, or none."""
        with write_session(self.engine) as session:
            return work(session, *args, **kwargs)

    @property
    def signed_in(self) -> User:
        """The person the desk acts for; a desk made without one cannot write in anyone's name."""
        if self.user is None:
            raise RuntimeError(f"{type(self).__name__} was made without a signed-in user")
        return self.user
