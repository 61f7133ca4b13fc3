"""The FiscalDevice interface every RT adapter implements, and its typed errors.

A device call either returns what the RT said, raises FiscalRefused (the RT answered and printed
nothing: paper out, cover open, busy, a bad command), or raises FiscalNoAnswer (the request may or
may not have printed: no answer, the reply lost, the connection cut). Only the worker decides what
happens next, and it always asks `status()` first.
"""
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import httpx

from shop.errors import ShopError
from shop.fiscal import Confirmation, FiscalDocument, FiscalSettings


class FiscalDeviceError(ShopError):
    """Base of the RT's failures; `code` is what the fiscal queue records (ui/fiscal_messages.py words it)."""

    code = "fiscal_error"

    def __init__(self, detail: str = "", code: str | None = None):
        super().__init__(detail or self.code)
        if code:
            self.code = code


class FiscalRefused(FiscalDeviceError):
    """The RT answered and issued nothing."""

    code = "refused"


class FiscalNoAnswer(FiscalDeviceError):
    """No usable answer: the document may have been issued or not."""

    code = "no_answer"


def post_to_device(client: httpx.Client, url: str, printing: bool, **request) -> httpx.Response:
    """One HTTP request to the RT, whatever its dialect. Never connected: FiscalRefused('offline'), so
    nothing can have printed. Connected and then no complete answer (or not a 200 while printing):
    FiscalNoAnswer, it may have printed, and the caller asks the RT before anything else."""
    try:
        response = client.post(url, **request)
    except (httpx.ConnectError, httpx.ConnectTimeout) as error:
        raise FiscalRefused(str(error), code="offline") from error
    except httpx.HTTPError as error:
        raise FiscalNoAnswer(str(error) or type(error).__name__) from error
    if response.status_code != 200:
        if printing:
            raise FiscalNoAnswer(f"HTTP {response.status_code}")
        raise FiscalRefused(f"HTTP {response.status_code}", code="fault")
    return response


class FiscalNotConfigured(FiscalDeviceError):
    code = "not_configured"


@dataclass(frozen=True)
class DeviceStatus:
    """The RT's state and counters. `z_number` is the number the next closure will have (the day's
    documents carry it); `last_doc` the last commercial document of that day (0 after a closure)."""

    problem: str | None  # None: ready; offline | paper_or_cover | paper_out | cover_open | busy | fault
    receipt_open: bool
    z_number: int | None
    last_doc: int | None
    day: date | None
    serial: str
    model: str = ""
    raw: str = ""

    @property
    def ready(self) -> bool:
        return self.problem is None


class FiscalDevice(Protocol):
    def status(self) -> DeviceStatus: ...

    def print_document(self, document: FiscalDocument) -> Confirmation: ...

    def daily_closure(self) -> Confirmation: ...

    def x_report(self) -> Confirmation: ...

    def cancel_open_receipt(self) -> None: ...

    def open_drawer(self) -> None: ...

    def close(self) -> None: ...


def open_device(settings: FiscalSettings) -> FiscalDevice:
    """The adapter for the configured model."""
    if not settings.enabled:
        raise FiscalNotConfigured()
    if settings.model == "epson":
        from printers.fiscal.epson import EpsonFpMate

        return EpsonFpMate(settings)
    if settings.model == "custom":
        from printers.fiscal.custom import CustomRT

        return CustomRT(settings)
    raise FiscalNotConfigured(f"no adapter for {settings.model!r} yet", code="unsupported_model")
