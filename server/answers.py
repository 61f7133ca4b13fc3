"""The typed answers every route may give besides its own, documented in /openapi.json.

Every failure is one of these, with a `detail` saying why (a sentence, or FastAPI's list of field
errors for a body or parameter that breaks its schema); the OpenAPI fuzzing test
(tests/server/test_fuzz_api.py) holds the server to it: no 500, no answer outside the schema.
"""
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError

log = logging.getLogger(__name__)


class Problem(BaseModel):
    detail: str | list[dict[str, Any]]


def _problem(description: str, plain_text: bool = False) -> dict:
    """Always JSON (inline schema: the HTML and CSV routes' own media type is not their errors')."""
    content: dict[str, Any] = {"application/json": {"schema": Problem.model_json_schema()}}
    if plain_text:  # refused before the route runs: the limit answers in plain text when the length was declared
        content["text/plain"] = {"schema": {"type": "string"}}
    return {"description": description, "content": content}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: _problem("The body is not JSON (or not the text the route takes)"),
    401: _problem("No token, or not one this route takes"),
    403: _problem("The token may not do this (another shop's data, a spent enrolment code)"),
    404: _problem("No such record in this shop"),
    413: _problem("The body is larger than the server takes (syncwire.messages.MAX_BODY_BYTES)", plain_text=True),
    422: _problem("A parameter, the body or a field of it breaks its schema; `detail` says which and why"),
}


def add_handlers(app: FastAPI) -> None:
    """A value the database refuses as data (PostgreSQL: a NUL character, a number out of range) is
    the caller's input, answered 422 like any other bad field, never a 500."""

    @app.exception_handler(DataError)
    async def data_error(request: Request, exc: DataError) -> JSONResponse:
        log.info("%s %s: the database refused a value: %s", request.method, request.url.path, str(exc.orig).splitlines()[0])
        return JSONResponse({"detail": "a value in the request cannot be stored (a NUL character or a number out of range)"},
                            status_code=422)
