"""A sale reaches the RT exactly once, whatever the network or the till loses on the way."""
import pytest
from sqlmodel import select

from db.engine import read_session, write_session
from db.models import FiscalJob, Sale
from printers.fiscal.queue import FiscalQueue
from shop import fiscal
from shop.sales import Tender


def sell(till, shop, tenders=None):
    """Bread and two bottles of wine (22 % and 4 %): 29,30."""
    till.add_product_id(shop.products["bread"].id)
    till.add_product_id(shop.products["wine"].id)
    till.set_qty(till.cart.lines[-1].id, 2000)
    return till.pay(tenders or [Tender("cash", 3000)])


def stored(shop, sale_id) -> Sale:
    with read_session(shop.engine) as session:
        return session.get(Sale, sale_id)


def job_of(shop, sale_id) -> FiscalJob:
    with read_session(shop.engine) as session:
        return session.exec(select(FiscalJob).where(FiscalJob.sale_id == sale_id)).one()


def settle(worker, rounds=4):
    """Let the worker retry what is open, as the till's timer or F9 would, until nothing is left."""
    worker.drain()
    for _ in range(rounds):
        if not worker.retry_open():
            return
        worker.drain()


def test_sale_gets_one_fiscal_document_with_its_numbers(fiscal_shop, rt, till, worker):
    """A cash sale is issued once by VAT department, and the RT's numbers land on the sale."""
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    assert len(rt.fiscal_documents()) == 1
    doc = rt.fiscal_documents()[0]
    assert doc.total == 2930
    assert sorted((d, a) for _, d, a in doc.items) == [(1, 2580), (4, 350)]
    assert doc.payments == [("0", "0", 2930)]  # 30,00 tendered, 0,70 change: 29,30 stayed
    stored_sale = stored(fiscal_shop, sale.sale_id)
    assert (stored_sale.fiscal_doc_number, stored_sale.fiscal_z_number, stored_sale.fiscal_serial) == (1, 1, rt.serial)
    assert stored_sale.fiscal_date == "2026-12-04"
    assert [e.kind for e in worker.events] == ["confirmed"]


FAULTS = ["no_answer", "lost_reply", "cut", "busy", "down"]


@pytest.mark.parametrize("on", ["printerFiscalReceipt", "printerCommand"])
@pytest.mark.parametrize("fault", FAULTS)
def test_every_fault_still_ends_in_exactly_one_document(fault, on, fiscal_shop, rt, till, worker):
    """Under each fault, on the receipt itself or on the status query before it, the sale is issued exactly once."""
    rt.inject(fault, on)
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    assert job_of(fiscal_shop, sale.sale_id).state in ("failed", "unknown")
    assert worker.events[-1].kind in ("failed", "unknown")  # the cashier is told at once
    settle(worker)
    assert len(rt.fiscal_documents()) == 1
    assert job_of(fiscal_shop, sale.sale_id).state == "done"
    assert stored(fiscal_shop, sale.sale_id).fiscal_doc_number == rt.fiscal_documents()[0].number


@pytest.mark.parametrize("trouble", ["paper_out", "cover_open"])
def test_paper_out_or_cover_open_waits_then_prints_once(trouble, fiscal_shop, rt, till, worker):
    """An RT out of paper or with its cover open issues nothing; the cashier is told; after the fix, one document."""
    setattr(rt, trouble, True)
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    assert rt.fiscal_documents() == []
    assert worker.events[-1].kind == "failed" and worker.events[-1].error == "paper_or_cover"
    assert [job.receipt_number for job in fiscal.open_jobs(fiscal_shop.engine, "T1")] == [sale.receipt_number]
    setattr(rt, trouble, False)
    settle(worker)
    assert len(rt.fiscal_documents()) == 1


def test_till_killed_between_commit_and_rt(fiscal_shop, rt, till):
    """The job commits with the sale: after a restart the worker sends it, once."""
    sale = sell(till, fiscal_shop)  # no worker running: the till 'died' before sending
    assert job_of(fiscal_shop, sale.sale_id).state == "pending"
    restarted = FiscalQueue(fiscal_shop.engine, "T1")
    restarted.start()
    restarted.drain()
    restarted.stop()
    assert len(rt.fiscal_documents()) == 1
    assert job_of(fiscal_shop, sale.sale_id).state == "done"


def test_till_killed_while_sending_after_the_rt_printed(fiscal_shop, rt, till, worker):
    """The RT printed but the till died before storing the reply: the restart adopts the RT's document."""
    rt.inject("lost_reply")
    sale = sell(till, fiscal_shop)
    worker.after_sale(sale.sale_id)
    worker.drain()
    worker.stop()
    with write_session(fiscal_shop.engine) as session:  # as the crash left it: still 'sending'
        job = session.exec(select(FiscalJob).where(FiscalJob.sale_id == sale.sale_id)).one()
        job.state = "sending"
        session.add(job)
    restarted = FiscalQueue(fiscal_shop.engine, "T1")
    restarted.start()
    restarted.drain()
    restarted.stop()
    assert len(rt.fiscal_documents()) == 1
    assert stored(fiscal_shop, sale.sale_id).fiscal_doc_number == 1


def test_a_lost_reply_holds_back_later_sales_until_settled(fiscal_shop, rt, till, worker):
    """A newer sale never moves the counters before an older lost reply is settled: both end with one document each."""
    rt.inject("lost_reply")
    first = sell(till, fiscal_shop)
    worker.after_sale(first.sale_id)
    worker.drain()
    rt.inject("no_answer", "printerCommand")  # the RT cannot even be asked when the next sale comes
    second = sell(till, fiscal_shop)
    worker.after_sale(second.sale_id)
    settle(worker)
    assert len(rt.fiscal_documents()) == 2
    assert stored(fiscal_shop, first.sale_id).fiscal_doc_number == 1
    assert stored(fiscal_shop, second.sale_id).fiscal_doc_number == 2


class BlindRT:
    """An RT that prints but cannot report its counters, and whose first reply is lost."""

    printed = 0
    calls = 0

    def __init__(self, settings):
        pass

    def status(self):
        from printers.fiscal.device import DeviceStatus

        return DeviceStatus(None, False, None, None, None, "BLIND")

    def print_document(self, document):
        from printers.fiscal.device import FiscalNoAnswer

        BlindRT.printed += 1
        BlindRT.calls += 1
        if BlindRT.calls == 1:
            raise FiscalNoAnswer("reply lost")
        return fiscal.Confirmation(BlindRT.printed, 1, None, "BLIND", None)

    def close(self):
        pass


def test_an_rt_without_counters_never_gets_a_lost_sale_again(fiscal_shop, till):
    """When the RT cannot say whether it printed, the sale waits for a person ('check') instead of a second document."""
    queue = FiscalQueue(fiscal_shop.engine, "T1", device_factory=BlindRT)
    queue.start()
    sale = sell(till, fiscal_shop)
    queue.after_sale(sale.sale_id)
    settle(queue)
    queue.stop()
    assert BlindRT.printed == 1
    assert job_of(fiscal_shop, sale.sale_id).state == "check"


def test_a_refused_sale_never_adopts_a_later_sales_document(fiscal_shop, rt, till, worker):
    """Busy on A's receipt, then B prints: A's retry issues A's own document instead of taking B's number."""
    rt.inject("busy")
    first = sell(till, fiscal_shop)
    worker.after_sale(first.sale_id)
    worker.drain()
    second = sell(till, fiscal_shop)
    worker.after_sale(second.sale_id)
    worker.drain()
    settle(worker)
    docs = {doc.number: doc.messages for doc in rt.fiscal_documents()}
    assert len(docs) == 2
    for done in (first, second):
        number = stored(fiscal_shop, done.sale_id).fiscal_doc_number
        assert any(done.receipt_number in message for message in docs[number])
