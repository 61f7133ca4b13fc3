"""The HTTP API (OpenAPI at /openapi.json, docs at /docs) and the loyalty card page.

Endpoints are plain functions run in the thread pool; each opens its own transaction on the
engine, so the process holds no state and any number of processes can serve one database.
"""
from datetime import date
from typing import Any

from fastapi import Body, FastAPI, HTTPException, Query, Request, status
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlmodel import select

from server import answers, catalogue, exports, feed, ingest, loyalty_page, shops, totals
from server.auth import require_owner, require_till
from server.clock import utc_now
from server.database import make_engine, read_session, upgrade, write_session
from server.models import Shop, Till
from syncwire import messages as m


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
    add_catalogue_routes(app, engine)
    add_page_routes(app, engine)
    return app


def add_till_routes(app: FastAPI, engine: Engine) -> None:
    @app.post(f"{m.API}/enrol", response_model=m.EnrolledTill, tags=["till"])
    def enrol(body: m.Enrolment) -> m.EnrolledTill:
        """Spend the owner's enrolment code: the till gets its own device token, shown only now."""
        try:
            with write_session(engine) as session:
                till, shop, token = shops.enrol_till(session, body.code, body.till_name)
                return m.EnrolledTill(shop_id=shop.id, shop_name=shop.name, till_id=till.id, device_token=token)
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
            return ingest.push(session, till.shop_id, till.id, batch)

    @app.get(f"{m.API}/changes", response_model=m.ChangePage, tags=["till"])
    def changes(request: Request, after: int = Query(0, ge=0, le=m.MAX_SEQ), limit: int = Query(500, ge=1, le=m.MAX_PAGE),
                kinds: str = Query(",".join(m.PULL_KINDS), description="comma-separated record kinds")) -> m.ChangePage:
        """The shop's changes numbered after `after`, oldest first."""
        wanted = tuple(k for k in kinds.split(",") if k in m.KINDS)
        with read_session(engine) as session:
            till = require_till(session, request)
            return feed.changes_after(session, till.shop_id, after, limit, wanted)


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
            return totals.shop_totals(session, shop.id, shop.currency, _day(day_from), _day(day_to))


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

    @app.post(f"{m.API}/owner/products.csv", response_model=catalogue.ImportReport, tags=["owner"])
    def import_products_csv(request: Request, text: str = Body(..., media_type="text/csv")) -> catalogue.ImportReport:
        """The same from a CSV file whose first line is sku,name,price,vat_rate,unit,barcode,plu,category,active;
        `row` is the line number in the file."""
        with write_session(engine) as session:
            shop = require_owner(session, request)
            try:
                rows = catalogue.rows_from_csv(text)
            except catalogue.BadCsv as exc:
                raise HTTPException(422, str(exc)) from None
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
    def card_page(code: str) -> HTMLResponse:
        """The loyalty card's page for the customer's phone; a friendly 404 for an unknown card."""
        with read_session(engine) as session:
            view = loyalty_page.card_view(session, code)
        if view is None:
            return HTMLResponse(loyalty_page.render_unknown(), status_code=status.HTTP_404_NOT_FOUND)
        return HTMLResponse(loyalty_page.render_card(view))

    @app.get("/healthz", tags=["server"])
    def health() -> dict:
        with read_session(engine) as session:
            session.exec(select(Shop.id).limit(1)).all()
        return {"ok": True}
