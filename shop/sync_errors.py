"""Typed errors of syncing, enrolling and the owner's server sign-in; ui/ words them (ui/sync_texts.py).

The network's own exceptions (httpx, OSError) stop at shop/: what a screen can meet is one of these,
so ui/ never needs to know which HTTP library the sync uses.
"""
from dataclasses import dataclass

from shop.errors import ShopError


class SyncError(ShopError):
    """Base of the sync's errors."""


@dataclass
class ChangesWaiting(SyncError):
    """Refused: `count` changes made here have not reached the server yet (sync or export them first)."""

    count: int


@dataclass
class SyncBusy(SyncError):
    """Another worker (in this or another process) is syncing this database; `lock` is its lock file."""

    lock: str = ""


@dataclass
class CodeRefused(SyncError):
    """The server does not take this enrolment code (wrong, used or expired): its HTTP `status`."""

    status: int


@dataclass
class ServerFailed(SyncError):
    """The server answered, with an error (`status`, an HTTP status) or with something that is no answer (0)."""

    status: int


@dataclass
class ServerNotReached(SyncError):
    """No answer: a wrong address, no network, the server down. `detail` is for the log."""

    detail: str = ""


class OwnerSignInError(SyncError):
    """Base of what can go wrong when an owner signs in to the server (shop/owner_session.py)."""


@dataclass
class NotEnrolled(OwnerSignInError):
    """This shop works alone: there is no server to publish to."""


@dataclass
class WrongSignIn(OwnerSignInError):
    """The server knows no such name, or the password is wrong (it does not say which)."""


@dataclass
class SignInLocked(OwnerSignInError):
    """Too many wrong passwords: the server refuses this person for `seconds`."""

    seconds: int


@dataclass
class ServerUnreachable(OwnerSignInError):
    """No answer from the server (offline, or it refused the till itself); `detail` says what happened."""

    detail: str
