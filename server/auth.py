"""Who is calling: a till by its device token, or a shop's owner by the owner token (both Bearer).

A till's push may also carry a person's short-lived owner credential in OWNER_HEADER
(server/owners.py); only with it are the catalogue and shared settings taken from a till.
"""
from fastapi import HTTPException, Request, status
from sqlmodel import Session

from server.models import Shop, Till
from server.owners import Grant, grant_for
from server.shops import shop_for_owner_token, till_for_token
from syncwire import messages as m

UNAUTHORISED = {"WWW-Authenticate": "Bearer"}


def bearer_token(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a Bearer token is required", headers=UNAUTHORISED)
    return token.strip()


def require_till(session: Session, request: Request) -> Till:
    till = till_for_token(session, bearer_token(request))
    if till is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked device token", headers=UNAUTHORISED)
    return till


def require_owner(session: Session, request: Request) -> Shop:
    shop = shop_for_owner_token(session, bearer_token(request))
    if shop is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown or revoked owner token", headers=UNAUTHORISED)
    return shop


def owner_grant(session: Session, request: Request, till: Till) -> tuple[Grant | None, str]:
    """The person the push's owner credential speaks for at this till, or (None, why not)."""
    return grant_for(session, till, request.headers.get(m.OWNER_HEADER, "").strip() or None)
