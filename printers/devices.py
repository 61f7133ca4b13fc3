"""One ReceiptPrinter interface, one class per transport, all over python-escpos printers.

A printer takes finished bytes (printers/escpos_render.py renders them once) and sends them in
chunks, so an unplugged cable or a dropped connection mid-receipt surfaces as a typed error
from printers/errors.py instead of a library exception. After any failure the connection is
closed: the next job opens it afresh.
"""
import errno
import socket
from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import serial
from escpos import exceptions as escpos_errors
from escpos.constants import RT_STATUS_ONLINE, RT_STATUS_PAPER
from escpos.printer import Dummy, File, Network, Serial, Usb

from printers.config import PrinterConfig, escpos_profile_name
from printers.errors import (
    CoverOpen, OutOfPaper, PrinterError, PrinterNotConfigured, PrinterOffline, PrinterTimeout, UsbUnavailable,
)
from printers.escpos_render import drawer_kick

CHUNK = 512  # bytes per write: small enough that a failure mid-receipt is seen mid-receipt
# DLE EOT n answers (ESC/POS): n=1 printer status, n=2 offline cause, n=4 roll paper sensor
OFFLINE_BIT = 0x08
COVER_OPEN_BIT = 0x04
PAPER_END_BITS = 0x60
PAPER_NEAR_END_BITS = 0x0C
RT_STATUS_OFFLINE_CAUSE = b"\x10\x04\x02"


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself; `known` is False where the transport cannot ask."""

    known: bool
    online: bool = True
    paper: str = "ok"  # ok | low | out
    cover_open: bool = False


UNKNOWN = PrinterStatus(known=False)


class ReceiptPrinter(ABC):
    """Sends rendered receipts and drawer kicks to one printer, whatever the cable."""

    can_read = False  # whether the transport carries the printer's answers (status queries)

    def __init__(self, config: PrinterConfig):
        self.config = config
        self._escpos = None

    @abstractmethod
    def _make(self):
        """The python-escpos printer object for this transport (not yet opened)."""

    def describe(self) -> str:
        return self.config.describe()

    @property
    def escpos(self):
        if self._escpos is None:
            self._escpos = self._make()
        return self._escpos

    def _open(self):
        printer = self.escpos
        try:
            printer.device  # noqa: B018 - python-escpos opens on first use of .device
        except BaseException:
            self.close()
            raise
        if printer.device is None:  # python-escpos logged instead of raising
            self.close()
            raise PrinterOffline(self.describe())
        return printer

    @contextmanager
    def _talking(self) -> Iterator[None]:
        """On any failure inside: the connection is dropped and a PrinterError raised (the transport's error translated)."""
        try:
            yield
        except PrinterError:
            self.close()
            raise
        except Exception as error:
            self.close()
            raise self._translate(error) from error

    def send(self, data: bytes) -> None:
        """Write all of `data`; on any failure the connection is dropped and a PrinterError raised."""
        with self._talking():
            printer = self._open()
            for start in range(0, len(data), CHUNK):
                printer._raw(data[start:start + CHUNK])
            self._flush(printer)
            if self.config.check_status and self.can_read:
                # A socket accepts bytes a dead printer will never print; an answer proves it took them.
                self._ask(printer, RT_STATUS_ONLINE)

    def _flush(self, printer) -> None:  # noqa: B027 - a hook: most transports have nothing to flush
        """Push buffered bytes out, so 'sent' means the printer has them."""

    def _translate(self, error: BaseException) -> PrinterError:
        # pyusb's USBTimeoutError is matched by name: a till without a USB printer never imports pyusb.
        if isinstance(error, (socket.timeout, serial.SerialTimeoutException, TimeoutError)) or \
                type(error).__name__ == "USBTimeoutError":
            return PrinterTimeout(self.describe(), self.config.timeout_s)
        if isinstance(error, OSError) and error.errno == errno.ENOSPC:
            return OutOfPaper(self.describe())  # what Linux's usblp answers a write when the paper is out
        return PrinterOffline(self.describe())

    def kick_drawer(self) -> None:
        self.send(drawer_kick(self.config))

    def status(self) -> PrinterStatus:
        """Ask the printer (DLE EOT) where the transport allows; raises PrinterError if it cannot be reached."""
        if not self.can_read:
            return UNKNOWN
        with self._talking():
            printer = self._open()
            online = self._ask(printer, RT_STATUS_ONLINE)
            cause = self._ask(printer, RT_STATUS_OFFLINE_CAUSE) if online & OFFLINE_BIT else 0
            paper = self._ask(printer, RT_STATUS_PAPER)
        return PrinterStatus(
            known=True,
            online=not online & OFFLINE_BIT,
            paper="out" if paper & PAPER_END_BITS == PAPER_END_BITS else "low" if paper & PAPER_NEAR_END_BITS else "ok",
            cover_open=bool(cause & COVER_OPEN_BIT),
        )

    def _ask(self, printer, query: bytes) -> int:
        printer._raw(query)
        answer = printer._read()
        if not answer:
            raise PrinterTimeout(self.describe(), self.config.timeout_s)
        return answer[-1]

    def check_ready(self) -> None:
        """Before a job: refuse early, with the reason, when the printer says it cannot print."""
        state = self.status()
        if not state.known:
            return
        if state.cover_open:
            raise CoverOpen(self.describe())
        if state.paper == "out":
            raise OutOfPaper(self.describe())
        if not state.online:
            raise PrinterOffline(self.describe())

    def close(self) -> None:
        if self._escpos is not None:
            try:
                self._escpos.close()
            except Exception:  # noqa: BLE001 - closing a connection that already broke: nothing left to save
                pass
            self._escpos = None


class DummyPrinter(ReceiptPrinter):
    """Keeps every byte in memory: for tests and for rendering without a printer."""

    def __init__(self, config: PrinterConfig | None = None):
        super().__init__(config or PrinterConfig(transport="dummy"))
        self.sent = bytearray()

    def _make(self):
        return Dummy(profile=escpos_profile_name(self.config))

    def _open(self):
        return self.escpos  # nothing to connect to

    def send(self, data: bytes) -> None:
        super().send(data)
        self.sent += data

    def close(self) -> None:
        self._escpos = None  # keep nothing open; the bytes stay in self.sent


class FilePrinter(ReceiptPrinter):
    """A device file (/dev/usb/lp0, a parallel port) or a plain file, written as a stream."""

    def _make(self):
        if not self.config.device_path:
            raise PrinterNotConfigured()
        return File(self.config.device_path, auto_flush=False, profile=escpos_profile_name(self.config))

    def _flush(self, printer) -> None:
        printer.flush()


class _Network(Network):
    """python-escpos's Network, but a refused connection does not leak its socket."""

    def open(self, raise_not_found: bool = True) -> None:
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as error:
            self.device = None
            raise escpos_errors.DeviceNotFoundError(f"{self.host}:{self.port}: {error}") from error


class NetworkPrinter(ReceiptPrinter):
    """A printer on the shop network, raw TCP on port 9100."""

    can_read = True

    def _ask(self, printer, query: bytes) -> int:
        printer._raw(query)
        answer = printer._read()  # a timeout raises socket.timeout; b"" means the printer hung up
        if not answer:
            raise PrinterOffline(self.describe())
        return answer[-1]

    def _make(self):
        if not self.config.host:
            raise PrinterNotConfigured()
        return _Network(self.config.host, self.config.port, timeout=self.config.timeout_s,
                       profile=escpos_profile_name(self.config))


class _UrlSerial(Serial):
    """python-escpos's Serial, opened with pyserial's serial_for_url (device names and loop://, spy://, rfc2217://)."""

    def __init__(self, *args, rtscts: bool = False, write_timeout: float | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.rtscts = rtscts
        self.write_timeout = write_timeout

    def open(self, raise_not_found: bool = True) -> None:
        try:
            self.device = serial.serial_for_url(
                self.devfile, baudrate=self.baudrate, bytesize=self.bytesize, parity=self.parity,
                stopbits=self.stopbits, timeout=self.timeout, write_timeout=self.write_timeout,
                xonxoff=self.xonxoff, rtscts=self.rtscts, dsrdtr=self.dsrdtr,
            )
        except (ValueError, serial.SerialException) as error:
            self.device = None
            raise escpos_errors.DeviceNotFoundError(f"{self.devfile}: {error}") from error


class SerialPrinter(ReceiptPrinter):
    """An RS-232 printer (or a USB-serial adapter): port, baud rate and flow control from the config."""

    can_read = True

    def _make(self):
        if not self.config.serial_port:
            raise PrinterNotConfigured()
        flow = self.config.flow_control
        return _UrlSerial(
            self.config.serial_port, baudrate=self.config.baudrate, timeout=self.config.timeout_s,
            write_timeout=self.config.timeout_s, xonxoff=flow == "xonxoff", rtscts=flow == "rtscts",
            dsrdtr=flow == "dsrdtr", profile=escpos_profile_name(self.config),
        )

    def _flush(self, printer) -> None:
        printer.device.flush()


class UsbPrinter(ReceiptPrinter):
    """A USB printer found by vendor and product id (needs pyusb and libusb on the till)."""

    can_read = True

    def _make(self):
        if not Usb.is_usable():
            raise UsbUnavailable("pyusb is not installed")
        if not (self.config.usb_vendor and self.config.usb_product):
            raise PrinterNotConfigured()
        from printers.usb_scan import usb_backend

        backend = usb_backend()
        return Usb(self.config.usb_vendor, self.config.usb_product, usb_args={"backend": backend} if backend else {},
                   timeout=int(self.config.timeout_s * 1000),
                   in_ep=self.config.usb_in_ep, out_ep=self.config.usb_out_ep,
                   profile=escpos_profile_name(self.config))


TRANSPORT_CLASSES = {
    "usb": UsbPrinter, "serial": SerialPrinter, "network": NetworkPrinter, "file": FilePrinter,
    "dummy": DummyPrinter,
}


def open_printer(config: PrinterConfig) -> ReceiptPrinter:
    """The printer for `config`'s transport; PrinterNotConfigured when there is none."""
    cls = TRANSPORT_CLASSES.get(config.transport)
    if cls is None:
        raise PrinterNotConfigured()
    return cls(config)


class SerialDrawer:
    """A cash drawer on its own serial port: any byte (ESC p by convention) opens it."""

    def __init__(self, config: PrinterConfig):
        self.config = config
        self.printer = SerialPrinter(PrinterConfig(
            transport="serial", serial_port=config.drawer_serial_port, baudrate=config.drawer_serial_baud,
            timeout_s=config.timeout_s, drawer_pin=config.drawer_pin, drawer_on_ms=config.drawer_on_ms,
            drawer_off_ms=config.drawer_off_ms,
        ))

    def open(self) -> None:
        try:
            self.printer.kick_drawer()
        finally:
            self.printer.close()


def open_drawer(config: PrinterConfig, printer: ReceiptPrinter | None = None) -> None:
    """Kick the drawer wherever it is connected: through the receipt printer or on its own port."""
    if config.drawer == "serial":
        SerialDrawer(config).open()
    elif config.drawer == "printer":
        (printer or open_printer(config)).kick_drawer()
