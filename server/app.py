"""The HTTP API (OpenAPI at /openapi.json, docs at /docs) and the loyalty card page.

Endpoints are plain functions run in the thread pool; each opens its own transaction on the
engine, so the process holds no state and any number of processes can serve one database.
"""
from datetime import date
from typing import Any
from urllib.parse import parse_qs

from fastapi import Body, FastAPI, Header, HTTPException, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlmodel import select

from server import answers, catalogue, exports, feed, ingest, loyalty_page, nps, owner_push, owners, shops, totals
from server.auth import owner_grant, require_owner, require_till
from server.clock import utc_now
from server.database import make_engine, read_session, upgrade, write_session
from server.models import OwnerAccount, Shop, Till
from syncwire import messages as m
from syncwire.catalogue_files import MAX_FILE_BYTES, BadFile


class TillInfo(BaseModel):
    shop_id: str
    shop_name: str
    till_id: str
    till_name: str
    server_time: str


class CodeOut(BaseModel):
    code: str
    expires_at: str


class ProductsIn(BaseModel):
    products: list[dict[str, Any]]


class AccountIn(BaseModel):
    name: str
    password: str
    role: str = "owner"


class PasswordIn(BaseModel):
    password: str


class AccountRow(BaseModel):
    id: str
    name: str
    role: str
    created_at: str
    disabled_at: str | None


class TillRow(BaseModel):
    id: str
    name: str
    enrolled_at: str
    revoked_at: str | None
    last_seen_at: str | None


def create_app(database_url: str, migrate: bool = True) -> FastAPI:
    engine = make_engine(database_url)
    if migrate:
        upgrade(engine)
    app = FastAPI(title="Bottega server", version="1", summary="Joins the tills of one or more shops",
                  max_body_size=m.MAX_BODY_BYTES,  # counted as it streams in: a 50 MB body is never held
                  responses=answers.ERRORS)
    app.state.engine = engine
    answers.add_handlers(app)
    add_till_routes(app, engine)
    add_owner_routes(app, engine)
    add_owner_account_routes(app, engine)
    add_catalogue_routes(app, engine)
    add_page_routes(app, engine)
    return app


def add_till_routes(app: FastAPI, engine: Engine) -> None:
    @app.post(f"{m.API}/enrol", response_model=m.EnrolledTill, tags=["till"])
    def enrol(body: m.Enrolment) -> m.EnrolledTill:
        """Spend the owner's enrolment code: the till gets its own device token, shown only now."""
        try:
            with write_session(engine) as session:
                till, shop, token = shops.enrol_till(session, body.code, body.till_name, body.currency,
                                                     body.currency_exponent)
                return m.EnrolledTill(shop_id=shop.id, shop_name=shop.name, till_id=till.id, device_token=token)
        except shops.CurrencyMismatch as mismatch:
            raise HTTPException(status.HTTP_409_CONFLICT, f"{mismatch}; this till's are not") from None
        except shops.EnrolmentRefused:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "the enrolment code is unknown, used or expired") from None

    @app.get(f"{m.API}/me", response_model=TillInfo, tags=["till"])
    def me(request: Request) -> TillInfo:
        """The calling till and its shop, and the server's clock (the till warns about skew)."""
        with read_session(engine) as session:
            till = require_till(session, request)
            shop = session.get(Shop, till.shop_id)
            return TillInfo(shop_id=shop.id, shop_name=shop.name, till_id=till.id, till_name=till.name, server_time=utc_now())

    @app.post(f"{m.API}/push", response_model=m.PushResult, tags=["till"])
    def push(batch: m.PushBatch, request: Request) -> m.PushResult:
        """Store a batch of outbox records; sending the same batch again changes nothing."""
        with write_session(engine) as session:
            till = require_till(session, request)
            if batch.shop_id is not None and batch.shop_id != till.shop_id:
                raise HTTPException(status.HTTP_403_FORBIDDEN, "a till can write only its own shop's data")
            owners_records, tills_records = owner_push.split(batch.records)
            result = ingest.push(session, till.shop_id, till.id, batch.model_copy(update={"records": tills_records}))
            if owners_records:
                grant, why = owner_grant(session, request, till)
                accepted, rejected = owner_push.take(session, till.shop_id, owners_records, grant, why)
                result.accepted += accepted
                result.rejected += rejected
            return result

    @app.get(f"{m.API}/changes", response_model=m.ChangePage, tags=["till"])
    def changes(request: Request, after: int = Query(0, ge=0, le=m.MAX_SEQ), limit: int = Query(500, ge=1, le=m.MAX_PAGE),
                kinds: str = Query(",".join(m.SHARED_KINDS), description="comma-separated record kinds (the history ones too when named)")) -> m.ChangePage:
        """The shop's changes numbered after `after`, oldest first."""
        wanted = tuple(k for k in kinds.split(",") if k in m.KINDS)
        with read_session(engine) as session:
            till = require_till(session, request)
            return feed.changes_after(session, till.shop_id, after, limit, wanted)

    @app.get(f"{m.API}/history", response_model=m.HistoryPage, tags=["till"])
    def history(request: Request, before: int = Query(0, ge=0, le=m.MAX_SEQ), limit: int = Query(500, ge=1, le=m.MAX_PAGE),
                since: date | None = Query(None, description="only what was received on or after this day (the till's retention)")) -> m.HistoryPage:
        """The shop's sales, cash movements and Z reports numbered before `before` (0: all), newest first."""
        with read_session(engine) as session:
            till = require_till(session, request)
            page = feed.history_before(session, till.shop_id, before, limit, since.isoformat() if since else None)
        # The stored JSON as it is: a page of 1,000 whole sales is most of the pull's time if
        # FastAPI validates it again field by field on the way out.
        return Response(page, media_type="application/json")


def add_owner_sign_in_routes(app: FastAPI, engine: Engine) -> None:
    @app.post(f"{m.API}/owner-sign-in", response_model=m.OwnerCredential, tags=["till"],
              responses={401: {"description": "unknown name or wrong password"}, 429: {"description": "locked for a while"}})
    def owner_sign_in(body: m.OwnerSignIn, request: Request) -> m.OwnerCredential:
        """A person of the shop signs in through this till (its device token): a credential valid 30 minutes,
        to send as X-Bottega-Owner with the pushes that carry products or settings."""
        with read_session(engine) as session:
            account = owners.find_account(session, require_till(session, request).shop_id, body.name)
        try:
            ok = owners.password_ok(account, body.password)  # slow on purpose, so outside any transaction
        except owners.SignInLocked as locked:
            raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "too many wrong passwords: try again later",
                                headers={"Retry-After": str(locked.seconds)}) from None
        except owners.SignInRefused:
            ok = False
        credential = None
        if account is not None:
            with write_session(engine) as session:  # a wrong password is counted and committed, then refused
                credential = owners.record_sign_in(session, require_till(session, request), account, ok)
        if credential is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown name or wrong password")
        return credential

    @app.post(f"{m.API}/owner-sign-out", status_code=status.HTTP_204_NO_CONTENT, tags=["till"])
    def owner_sign_out(request: Request) -> None:
        """End the owner credential sent in X-Bottega-Owner (the back office's "sign out")."""
        with write_session(engine) as session:
            till = require_till(session, request)
            credential = request.headers.get(m.OWNER_HEADER, "").strip()
            if credential:
                owners.sign_out(session, till, credential)


def add_owner_account_routes(app: FastAPI, engine: Engine) -> None:
    add_owner_sign_in_routes(app, engine)

    @app.post(f"{m.API}/owner/accounts", response_model=AccountRow, status_code=status.HTTP_201_CREATED, tags=["owner"])
    def create_account(body: AccountIn, request: Request) -> AccountRow:
        """A person who may publish from a till's back office: role owner (catalogue and settings) or
        manager (catalogue); the password (8 characters or more) is kept only as its scrypt hash."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            try:
                account = owners.create_account(session, shop.id, body.name, body.password, body.role)
            except owners.BadAccount as exc:
                raise HTTPException(422, str(exc)) from None
            return AccountRow(**account.model_dump(include=set(AccountRow.model_fields)))

    @app.get(f"{m.API}/owner/accounts", response_model=list[AccountRow], tags=["owner"])
    def list_accounts(request: Request) -> list[AccountRow]:
        with read_session(engine) as session:
            shop = require_owner(session, request)
            rows = session.exec(select(OwnerAccount).where(OwnerAccount.shop_id == shop.id)
                                .order_by(OwnerAccount.created_at)).all()
            return [AccountRow(**row.model_dump(include=set(AccountRow.model_fields))) for row in rows]

    def the_account(session, request: Request, account_id: str):
        shop = require_owner(session, request)
        account = owners.account_of_shop(session, shop.id, account_id)
        if account is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such person in this shop")
        return account

    @app.put(f"{m.API}/owner/accounts/{{account_id}}/password", status_code=status.HTTP_204_NO_CONTENT, tags=["owner"])
    def set_password(account_id: str, body: PasswordIn, request: Request) -> None:
        """A new password (a forgotten one, or a lock to lift); the person's credentials stop working."""
        with write_session(engine) as session:
            try:
                owners.set_password(session, the_account(session, request, account_id), body.password)
            except owners.BadAccount as exc:
                raise HTTPException(422, str(exc)) from None

    @app.post(f"{m.API}/owner/accounts/{{account_id}}/sign-out", status_code=status.HTTP_204_NO_CONTENT, tags=["owner"])
    def sign_out_everywhere(account_id: str, request: Request) -> None:
        """Every credential the person holds stops working at once, on every till."""
        with write_session(engine) as session:
            owners.revoke_sessions(session, the_account(session, request, account_id).id)

    @app.post(f"{m.API}/owner/accounts/{{account_id}}/disable", status_code=status.HTTP_204_NO_CONTENT, tags=["owner"])
    def disable(account_id: str, request: Request) -> None:
        """The person can no longer sign in, and their credentials stop working."""
        with write_session(engine) as session:
            owners.disable(session, the_account(session, request, account_id))


def add_owner_routes(app: FastAPI, engine: Engine) -> None:
    @app.post(f"{m.API}/owner/enrolment-codes", response_model=CodeOut, tags=["owner"])
    def new_code(request: Request) -> CodeOut:
        """A single-use code, valid a day, to enrol one till with."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            code, expires = shops.new_enrolment_code(session, shop.id)
            return CodeOut(code=code, expires_at=expires)

    @app.get(f"{m.API}/owner/tills", response_model=list[TillRow], tags=["owner"])
    def list_tills(request: Request) -> list[TillRow]:
        with read_session(engine) as session:
            shop = require_owner(session, request)
            rows = session.exec(select(Till).where(Till.shop_id == shop.id).order_by(Till.enrolled_at)).all()
            return [TillRow(**row.model_dump(include=set(TillRow.model_fields))) for row in rows]

    @app.post(f"{m.API}/owner/tills/{{till_id}}/revoke", status_code=status.HTTP_204_NO_CONTENT, tags=["owner"])
    def revoke(till_id: str, request: Request) -> None:
        """Stop a lost or replaced till's token working at once."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            if not shops.revoke_till(session, shop.id, till_id):
                raise HTTPException(status.HTTP_404_NOT_FOUND, "no such till in this shop")

    @app.get(f"{m.API}/owner/totals", response_model=totals.Totals, tags=["owner"])
    def shop_totals(request: Request, day_from: date | None = Query(None, alias="from"),
                    day_to: date | None = Query(None, alias="to")) -> totals.Totals:
        """Sales count and sum per till and per day (the shop's local days), minor units."""
        with read_session(engine) as session:
            shop = require_owner(session, request)
            return totals.shop_totals(session, shop.id, shop.currency, shop.currency_exponent, _day(day_from), _day(day_to))


    @app.get(f"{m.API}/owner/sales.csv", response_class=PlainTextResponse, tags=["owner"],
             responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}})
    def sales_journal(request: Request, day_from: date | None = Query(None, alias="from"),
                      day_to: date | None = Query(None, alias="to")) -> PlainTextResponse:
        """The sales journal of every till for the accountant: one CSV row per receipt."""
        with read_session(engine) as session:
            shop = require_owner(session, request)
            text = exports.sales_journal_csv(session, shop.id, _day(day_from), _day(day_to))
        return PlainTextResponse(text, media_type="text/csv; charset=utf-8",
                                 headers={"Content-Disposition": 'attachment; filename="sales.csv"'})


def _day(value: date | None) -> str | None:
    """A day parameter, parsed by FastAPI (a bad one is a 422), as the text the sales' `day` column holds."""
    return value.isoformat() if value else None


def add_catalogue_routes(app: FastAPI, engine: Engine) -> None:
    @app.post(f"{m.API}/owner/products", response_model=catalogue.ImportReport, tags=["owner"])
    def import_products(body: ProductsIn, request: Request) -> catalogue.ImportReport:
        """Add or change products (sku, name, price in minor units, vat_rate in basis points, unit pc|kg,
        barcode, plu, category name, active); every till pulls them. A broken row is rejected with
        its reason and writes nothing; the others are kept. `row` counts the products from 1."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            return catalogue.import_products(session, shop.id, list(enumerate(body.products, start=1)))

    # The owner's supplier file may be larger than any till's request: up to the import's own limit,
    # past which its handler answers 413 with the size in words (one byte more reaches it to say so).
    @app.post(f"{m.API}/owner/products.csv", response_model=catalogue.ImportReport, tags=["owner"],
              max_body_size=MAX_FILE_BYTES + 64 * 1024)
    def import_products_csv(request: Request, data: bytes = Body(..., media_type="text/csv")) -> catalogue.ImportReport:
        """The same from the owner's CSV (or XLSX) file whose first line names the columns
        sku,name,price,vat_rate,unit,barcode,plu,category,active: price as an amount ("3.50" or "3,50"),
        vat_rate a percentage ("22"); UTF-8, UTF-16 or Windows-1252, separated by `,`, `;` or tabs.
        `row` is the line number in the file; a file past 20 MB is refused with 413."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            try:
                rows = catalogue.read_file(data)
            except BadFile as exc:
                raise HTTPException(413 if exc.kind == "too_big" else 422, str(exc)) from None
            return catalogue.import_products(session, shop.id, rows)

    @app.get(f"{m.API}/owner/products", tags=["owner"])
    def list_products(request: Request) -> list[dict[str, Any]]:
        """The shop's catalogue as the tills receive it."""
        with read_session(engine) as session:
            shop = require_owner(session, request)
            return catalogue.catalogue(session, shop.id)

    @app.put(f"{m.API}/owner/settings/{{key}}", response_model=catalogue.SettingOut, tags=["owner"])
    def put_setting(key: str, values: dict[str, Any], request: Request) -> catalogue.SettingOut:
        """Change shared settings every till takes (`shop`: receipt header and shop-wide rules, `loyalty`,
        `reservations`); fields not named keep their value, a till's own settings are refused."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            try:
                return catalogue.set_setting(session, shop.id, key, values)
            except catalogue.BadSetting as exc:
                raise HTTPException(422, str(exc)) from None


def add_page_routes(app: FastAPI, engine: Engine) -> None:
    @app.get("/c/{code}", response_class=HTMLResponse, tags=["customer"],
             responses={404: {"description": "No such card", "content": {"text/html": {"schema": {"type": "string"}}}}})
    def card_page(code: str, accept_language: str | None = Header(default=None), answered: str | None = Query(None, alias="nps")) -> HTMLResponse:
        """The loyalty card's page for the customer's phone, in the shop's language (or the phone's, where
        it is one of ours); a friendly 404 for an unknown card, in the phone's language."""
        with read_session(engine) as session:
            view = loyalty_page.card_view(session, code, accept_language)
            lang = loyalty_page.page_language(session, None, accept_language)
        if view is None:
            return HTMLResponse(loyalty_page.render_unknown(lang), status_code=status.HTTP_404_NOT_FOUND)
        return HTMLResponse(loyalty_page.render_card(view, thanks=answered == "thanks"),
                            headers={"Content-Language": view.lang, "Vary": "Accept-Language"})

    html = {"text/html": {"schema": {"type": "string"}}}
    form = {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {
        "score": {"type": "string", "description": "0 to 10"}, "comment": {"type": "string"}}}}}

    @app.post("/c/{code}/nps", response_class=HTMLResponse, tags=["customer"], status_code=status.HTTP_303_SEE_OTHER,
              openapi_extra={"requestBody": {"content": form}},
              responses={303: {"description": "Kept: back to the card, with thanks"},
                         400: {"description": "A bad answer, shown again with why", "content": html},
                         404: {"description": "No such card", "content": html}})
    async def nps_answer(code: str, request: Request, accept_language: str | None = Header(default=None)) -> Response:
        """The customer's answer to the NPS question (a form post: score 0-10, comment), kept once for
        the visit asked about; then back to the card with thanks (303). A bad answer shows the form
        again as typed with why (400), in the page's language; an unknown card gets the 404 page."""
        body = await request.body()  # the server's body limit applies before this
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        score, comment = (form.get("score") or [None])[0], (form.get("comment") or [""])[0]
        return await run_in_threadpool(_answer_nps, code, score, comment, accept_language)

    def _answer_nps(code: str, score: str | None, comment: str, accept_language: str | None) -> Response:
        with write_session(engine) as session:
            view = loyalty_page.card_view(session, code, accept_language)
            if view is None:
                lang = loyalty_page.page_language(session, None, accept_language)
                return HTMLResponse(loyalty_page.render_unknown(lang), status_code=status.HTTP_404_NOT_FOUND)
            try:
                value, text = nps.parse_answer(score, comment)
            except nps.BadAnswer as exc:
                w = loyalty_page.WORDS[view.lang]
                error = w["nps_pick"] if exc.reason == "score" else w["nps_too_long"].format(limit=nps.NOTE_LIMIT)
                return HTMLResponse(loyalty_page.render_card(view, error=error, score=score or "", comment=comment),
                                    status_code=status.HTTP_400_BAD_REQUEST, headers={"Content-Language": view.lang})
            if view.ask is not None:  # else answered already (a second tap): thanked all the same
                nps.record_answer(session, view.shop_id, view.customer_id, view.ask.sale_id, value, text, view.lang)
        return RedirectResponse(f"/c/{view.code}?nps=thanks", status_code=status.HTTP_303_SEE_OTHER)

    @app.get("/healthz", tags=["server"])
    def health() -> dict:
        with read_session(engine) as session:
            session.exec(select(Shop.id).limit(1)).all()
        return {"ok": True}
