"""The print queue: after the sale commits, off the UI thread, retried by hand, never printed twice."""
import errno
import threading

import pytest
from escpos.printer import Dummy
from sqlmodel import func, select

from db.engine import read_session
from db.models import Sale
from printers import jobs
from printers.config import PrinterConfig
from printers.devices import DummyPrinter
from printers.queue import PrintQueue
from shop.sales import Tender
from tests.printers.conftest import sell_basket
from tests.printers.escpos_stream import parse

CONFIG = PrinterConfig(transport="dummy", paper_mm=80, drawer="printer", open_drawer_on_cash=True)
CUT = b"\x1dV"


class FlakyPrinter(DummyPrinter):
    """The Dummy printer with a cable that breaks once `fail_at` bytes have reached the paper."""

    def __init__(self, config):
        super().__init__(config)
        self.paper = bytearray()  # everything that reached the printer, complete or not
        self.fail_at: int | None = None
        self.error: Exception = OSError(errno.EIO, "Input/output error")

    def _make(self):
        outer = self

        class Cable(Dummy):
            def _raw(self, msg):
                if outer.fail_at is not None and len(outer.paper) + len(msg) > outer.fail_at:
                    room = max(0, outer.fail_at - len(outer.paper))
                    outer.paper += msg[:room]
                    raise outer.error
                outer.paper += msg
                super()._raw(msg)

        return Cable()


@pytest.fixture
def printer():
    return FlakyPrinter(CONFIG)


@pytest.fixture
def events():
    return []


@pytest.fixture
def print_queue(shop, printer, events):
    """A started queue on the fixture shop printing to the flaky Dummy printer."""
    queue = PrintQueue(shop.engine, shop.settings.till_id, config=CONFIG, printer_factory=lambda config: printer,
                       on_event=lambda event: events.append((event, threading.current_thread().name)))
    queue.start()
    yield queue
    queue.stop()


def sales_count(shop) -> int:
    with read_session(shop.engine) as session:
        return session.exec(select(func.count()).select_from(Sale)).one()


def test_receipt_prints_after_the_sale_on_the_worker_thread(shop, till, print_queue, printer, events):
    """A cash sale: drawer kick, then the receipt; the callbacks arrive on the print-queue thread."""
    sale = sell_basket(till, shop)
    job = print_queue.after_sale(sale.sale_id, paid_in_cash=True)
    print_queue.drain()
    assert [(event.kind, thread) for event, thread in events] == [("drawer_opened", "print-queue"), ("printed", "print-queue")]
    assert jobs.get(shop.engine, job.id).state == "printed"
    stream = parse(bytes(printer.sent))
    assert stream.kinds()[0] == "kick" and stream.find("barcode")[0][2] == "{B" + sale.receipt_number
    assert printer.sent.count(CUT) == 1


def test_card_sale_leaves_the_drawer_shut(shop, till, print_queue, printer):
    """No cash, no kick."""
    till.add_product_id(shop.products["wine"].id)
    sale = till.pay([Tender("card", 1290)])
    print_queue.after_sale(sale.sale_id, paid_in_cash=False)
    print_queue.drain()
    assert not parse(bytes(printer.sent)).find("kick")


@pytest.mark.parametrize("where", ("before", "mid-receipt", "at cut"))
@pytest.mark.parametrize("error,code", (
    (OSError(errno.EIO, "Input/output error"), "offline"),  # unplugged
    (OSError(errno.ENOSPC, "No space left on device"), "out_of_paper"),  # usblp's answer when paper is out
    (TimeoutError("timed out"), "timeout"),
))
def test_a_failing_printer_never_loses_or_duplicates_the_sale(shop, till, print_queue, printer, events, where, error, code):
    """Fail anywhere in the receipt: the sale stays stored once, the job waits, a retry prints it once, whole."""
    sale = sell_basket(till, shop)
    size = len(print_queue_render(shop, sale.sale_id))
    printer.fail_at = {"before": 0, "mid-receipt": size // 2, "at cut": size - 2}[where]
    printer.error = error
    job = print_queue.after_sale(sale.sale_id, paid_in_cash=False)
    print_queue.drain()
    failed = jobs.get(shop.engine, job.id)
    assert (failed.state, failed.error) == ("failed", code)
    assert events[-1][0].kind == "failed" and events[-1][0].error.code == code
    assert sales_count(shop) == 1 and printer.sent == b""
    assert [j.id for j in print_queue.waiting()] == [job.id]

    printer.fail_at = None
    print_queue.retry(job.id)
    print_queue.retry(job.id)  # a second press of retry while the first is queued
    print_queue.drain()
    assert jobs.get(shop.engine, job.id).state == "printed"
    assert printer.sent.count(CUT) == 1 and len(printer.sent) == size
    assert sales_count(shop) == 1 and print_queue.waiting() == []

    print_queue.retry(job.id)  # retrying a printed job prints nothing
    print_queue.drain()
    assert len(printer.sent) == size


def print_queue_render(shop, sale_id) -> bytes:
    from printers.escpos_render import render
    from printers.queue import document_for

    return render(document_for(shop.engine, jobs.JobView("", jobs.SALE, sale_id, "", False, "", None, 0)), CONFIG)


def test_the_same_sale_queued_twice_prints_once(shop, till, print_queue, printer):
    """after_sale called twice (a double signal) finds the job already there."""
    sale = sell_basket(till, shop)
    first = print_queue.after_sale(sale.sale_id, paid_in_cash=False)
    second = print_queue.after_sale(sale.sale_id, paid_in_cash=False)
    print_queue.drain()
    assert first.id == second.id and printer.sent.count(CUT) == 1


def test_f9_retries_an_unprinted_receipt_and_copies_a_printed_one(shop, till, print_queue, printer):
    """Reprint of a receipt that never came out is the original; once printed, reprints say COPIA."""
    sale = sell_basket(till, shop)
    printer.fail_at = 0
    job = print_queue.after_sale(sale.sale_id, paid_in_cash=False)
    print_queue.drain()
    printer.fail_at = None
    assert print_queue.reprint_last().id == job.id
    print_queue.drain()
    assert b"COPIA" not in printer.sent and printer.sent.count(CUT) == 1
    copy = print_queue.reprint_last()
    print_queue.drain()
    assert copy.id != job.id and copy.is_copy
    assert printer.sent.count(CUT) == 2 and printer.sent.count(b"*** COPIA ***") == 2  # top and bottom of the copy
    assert [j.is_copy for j in jobs.jobs_for(shop.engine, sale.sale_id)] == [False, True]


def sell_wine(till, shop):
    """A second, small sale (sell_basket adds a product and can run once per shop)."""
    till.add_product_id(shop.products["wine"].id)
    return till.pay([Tender("card", 1290)])


def test_f9_brings_out_every_kept_receipt_and_the_z_report_once(shop, till, print_queue, printer):
    """Printer down for two sales and the Z report: one F9 prints the three originals in order, the next a copy."""
    printer.fail_at = 0
    first = print_queue.after_sale(sell_basket(till, shop).sale_id, paid_in_cash=False)
    second = print_queue.after_sale(sell_wine(till, shop).sale_id, paid_in_cash=False)
    report = print_queue.after_z_report(till.close_shift(10000).id)
    print_queue.drain()
    assert [job.id for job in print_queue.waiting()] == [first.id, second.id, report.id]
    printer.fail_at = None
    assert print_queue.reprint_last().id == report.id
    assert print_queue.reprint_last().id == report.id  # pressed again before they came out: nothing more
    print_queue.drain()
    stream = parse(bytes(printer.sent))
    assert [code for _, _, code in stream.find("barcode")] == ["{B" + first.number, "{B" + second.number]
    assert "CHIUSURA GIORNALIERA (Z)" in [line.strip() for line in stream.lines]
    assert printer.sent.count(CUT) == 3 and b"COPIA" not in printer.sent and print_queue.waiting() == []
    copy = print_queue.reprint_last()  # nothing kept any more: a copy of the newest receipt
    print_queue.drain()
    assert copy.is_copy and copy.ref_id == second.ref_id and printer.sent.count(b"*** COPIA ***") == 2


def test_f9_leaves_a_receipt_cut_off_by_a_crash_alone(shop, till, printer):
    """A job 'interrupted' by a crash may have printed: F9 for the new sale does not send it again."""
    old = jobs.enqueue(shop.engine, shop.settings.till_id, jobs.SALE, sell_basket(till, shop).sale_id)
    assert jobs.claim(shop.engine, old.id)  # the till lost power while this was printing
    queue = PrintQueue(shop.engine, shop.settings.till_id, config=CONFIG, printer_factory=lambda config: printer)
    queue.start()
    new = queue.after_sale(sell_wine(till, shop).sale_id, paid_in_cash=False)
    queue.drain()
    copy = queue.reprint_last()
    queue.drain()
    queue.stop()
    assert copy.is_copy and copy.ref_id == new.ref_id
    assert (jobs.get(shop.engine, old.id).state, jobs.get(shop.engine, old.id).error) == ("failed", "interrupted")
    assert printer.sent.count(CUT) == 2


def test_a_crash_mid_print_is_held_not_reprinted(shop, till, printer, events):
    """A job left 'printing' by a crash is not printed again on restart: it waits as interrupted."""
    sale = sell_basket(till, shop)
    job = jobs.enqueue(shop.engine, shop.settings.till_id, jobs.SALE, sale.sale_id)
    pending = jobs.enqueue(shop.engine, shop.settings.till_id, jobs.SALE, sale.sale_id, is_copy=True)
    assert jobs.claim(shop.engine, job.id)  # the worker took it, then the till lost power
    queue = PrintQueue(shop.engine, shop.settings.till_id, config=CONFIG, printer_factory=lambda config: printer)
    queue.start()
    queue.drain()
    queue.stop()
    held = jobs.get(shop.engine, job.id)
    assert (held.state, held.error) == ("failed", "interrupted")
    assert jobs.get(shop.engine, pending.id).state == "printed"  # a pending job is simply printed
    assert printer.sent.count(CUT) == 1


def test_z_report_prints_on_the_receipt_printer(shop, till, print_queue, printer):
    """Closing the shift queues the Z report like a receipt."""
    sell_basket(till, shop)
    report = till.close_shift(10000)
    job = print_queue.after_z_report(report.id)
    print_queue.drain()
    assert jobs.get(shop.engine, job.id).state == "printed" and job.number == "Z1"
    assert "CHIUSURA GIORNALIERA (Z)" in [line.strip() for line in parse(bytes(printer.sent)).lines]


def test_no_printer_means_no_job(shop, till):
    """A till without a receipt printer stores no jobs that could never print."""
    queue = PrintQueue(shop.engine, shop.settings.till_id, config=PrinterConfig(transport="none", drawer="none"))
    sale = sell_basket(till, shop)
    assert queue.after_sale(sale.sale_id, paid_in_cash=True) is None
    assert queue.waiting() == []


def test_drawer_failure_is_reported(shop, print_queue, printer, events):
    """The drawer kick through an unplugged printer reports drawer_failed with the error."""
    printer.fail_at = 0
    print_queue.open_drawer()
    print_queue.drain()
    assert events[-1][0].kind == "drawer_failed" and events[-1][0].error.code == "offline"


def test_cash_is_read_from_the_sale_when_not_said(shop, till, print_queue, printer):
    """after_sale without paid_in_cash looks at the payments: a cash sale kicks, a card sale does not."""
    cash = sell_basket(till, shop)
    print_queue.after_sale(cash.sale_id)
    print_queue.drain()
    assert len(parse(bytes(printer.sent)).find("kick")) == 1
    till.add_product_id(shop.products["wine"].id)
    card = till.pay([Tender("card", 1290)])
    print_queue.after_sale(card.sale_id)
    print_queue.drain()
    assert len(parse(bytes(printer.sent)).find("kick")) == 1 and printer.sent.count(CUT) == 2


def test_pdf_folder_transport_saves_each_receipt(shop, till, tmp_path):
    """A shop without a thermal printer: the queue writes T1-000001.pdf, and a reprint a separate copy file."""
    folder = tmp_path / "receipts"
    config = PrinterConfig(transport="pdf", device_path=str(folder), drawer="none")
    queue = PrintQueue(shop.engine, shop.settings.till_id, config=config)
    queue.start()
    sale = sell_basket(till, shop)
    job = queue.after_sale(sale.sale_id)
    queue.drain()
    copy = queue.reprint_last()
    queue.drain()
    queue.stop()
    assert jobs.get(shop.engine, job.id).state == "printed" and jobs.get(shop.engine, copy.id).state == "printed"
    names = sorted(path.name for path in folder.iterdir())
    assert names == ["T1-000001-copy-" + copy.id[-8:] + ".pdf", "T1-000001.pdf"]
    assert all(path.read_bytes().startswith(b"%PDF") for path in folder.iterdir())


def test_pdf_folder_that_cannot_be_written_waits(shop, till, tmp_path):
    """The folder is on a disconnected drive (here: a file in the way): the job fails as offline and waits."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    config = PrinterConfig(transport="pdf", device_path=str(blocker / "receipts"), drawer="none")
    queue = PrintQueue(shop.engine, shop.settings.till_id, config=config)
    queue.start()
    job = queue.after_sale(sell_basket(till, shop).sale_id)
    queue.drain()
    queue.stop()
    failed = jobs.get(shop.engine, job.id)
    assert (failed.state, failed.error) == ("failed", "offline")
