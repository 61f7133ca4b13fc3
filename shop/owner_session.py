"""An owner's (or manager's) sign-in to the shop's server, so the back office's changes reach every till.

The catalogue and the shared settings are the owner's: the server takes a till's `product` and
`setting` outbox records only with a person's short-lived credential beside the till's device
token (server/owners.py). A person signs in here with their server name and password, through the
till's enrolment (its server URL and device token); the credential is held in this process's
memory only, never written to the shop file, and forgotten when it expires (timed on the monotonic
clock, whatever the wall clock does), when the person signs out, or when the server refuses it.
The sync worker (shop/sync_client.py) reads it from `for_database(engine)`: while nobody is signed
in, those records wait in the outbox and `waiting_owner_changes` counts them.

Nothing here imports Qt; `sign_in` and `sign_out` wait for the network, so call them off the UI thread.
"""
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from db.engine import read_session
from db.models import Outbox
from shop.sync_errors import NotEnrolled, ServerUnreachable, SignInLocked, WrongSignIn
from syncwire import messages as m

if TYPE_CHECKING:
    import httpx

EXPIRY_MARGIN_S = 30  # stop using a credential this long before the server would refuse it


@dataclass(frozen=True)
class SignedIn:
    name: str
    role: str
    kinds: tuple[str, ...]  # the outbox kinds this person may publish
    expires_at: str  # UTC ISO time, as the server gave it (for showing)


class OwnerSession:
    """The signed-in person of one shop database, shared by the back office and the sync worker."""

    def __init__(self, clock=time.monotonic):
        self._lock = threading.Lock()
        self._clock = clock
        self._credential: str | None = None
        self._who: SignedIn | None = None
        self._until = 0.0

    def current(self) -> tuple[str, SignedIn] | None:
        """(credential, who) while it is valid; None (and forgotten) once it is not."""
        with self._lock:
            if self._credential is not None and self._clock() >= self._until:
                self._credential, self._who = None, None
            return (self._credential, self._who) if self._credential and self._who else None  # set together

    @property
    def signed_in(self) -> SignedIn | None:
        held = self.current()
        return held[1] if held else None

    def hold(self, answer: m.OwnerCredential) -> SignedIn:
        who = SignedIn(answer.name, answer.role, tuple(answer.kinds), answer.expires_at)
        with self._lock:
            self._credential, self._who = answer.credential, who
            self._until = self._clock() + max(answer.expires_in_s - EXPIRY_MARGIN_S, 0)
        return who

    def forget(self, credential: str | None = None) -> None:
        """Drop the credential (only if it is still `credential`, when given: a newer sign-in stays)."""
        with self._lock:
            if credential is None or credential == self._credential:
                self._credential, self._who = None, None

    def sign_in(self, engine: Engine, name: str, password: str, http: "httpx.Client | None" = None) -> SignedIn:
        """Sign the person in at the server this till is enrolled on (network: not on the UI thread)."""
        config = _enrolment(engine)
        client = http or _new_http()
        try:
            answer = client.post(f"{config.server_url}{m.API}/owner-sign-in", json={"name": name, "password": password},
                                 headers={"Authorization": f"Bearer {config.device_token}"})
        except Exception as exc:  # noqa: BLE001 - httpx.HTTPError or OSError: imported lazily, like the sync client does
            raise ServerUnreachable(f"{type(exc).__name__}: {exc}") from None
        finally:
            if http is None:
                client.close()
        if answer.status_code == 429:
            raise SignInLocked(int(answer.headers.get("Retry-After", "60")))
        if answer.status_code == 401 and "wrong password" in answer.text:
            raise WrongSignIn()
        if answer.status_code != 200:
            raise ServerUnreachable(f"HTTP {answer.status_code}: {answer.text[:200]}")
        return self.hold(m.OwnerCredential(**answer.json()))

    def sign_out(self, engine: Engine, http: "httpx.Client | None" = None) -> None:
        """Forget the credential and end it at the server too (network: not on the UI thread)."""
        held = self.current()
        self.forget()
        if held is not None:
            end_at_server(engine, held[0], http)


def end_at_server(engine: Engine, credential: str, http: "httpx.Client | None" = None) -> None:
    """Tell the server the credential is no longer wanted (best effort: offline, it simply expires)."""
    config = _enrolment(engine)
    client = http or _new_http()
    try:
        client.post(f"{config.server_url}{m.API}/owner-sign-out",
                    headers={"Authorization": f"Bearer {config.device_token}", m.OWNER_HEADER: credential})
    except Exception:  # noqa: BLE001 - offline: the credential ends by itself within the half hour
        pass
    finally:
        if http is None:
            client.close()


_sessions: dict[str, OwnerSession] = {}
_sessions_lock = threading.Lock()


def for_database(engine: Engine) -> OwnerSession:
    """The one owner session of this shop database in this process."""
    with _sessions_lock:
        return _sessions.setdefault(str(engine.url), OwnerSession())


def count_owner_changes(session: Session) -> int:
    """Products and settings changed here that have not reached the server (they wait for a sign-in)."""
    return session.exec(select(func.count()).select_from(Outbox).where(
        col(Outbox.sent_at).is_(None), col(Outbox.record_type).in_(m.OWNER_KINDS))).one()


def waiting_owner_changes(engine: Engine) -> int:
    with read_session(engine) as session:
        return count_owner_changes(session)


def _enrolment(engine: Engine):
    from shop.sync_client import load_config  # here: sync_client imports this module

    with read_session(engine) as session:
        config = load_config(session)
    if config is None:
        raise NotEnrolled()
    return config


def _new_http() -> "httpx.Client":
    from shop.sync_client import new_http_client

    return new_http_client()
