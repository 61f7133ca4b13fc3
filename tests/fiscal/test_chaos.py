"""Many sales, faults on random requests and restarts of the till: still exactly one document per sale."""
import random

import pytest

from sqlmodel import select

from db.engine import read_session, write_session
from db.models import FiscalJob, Sale
from printers.fiscal.queue import FiscalQueue
from shop.sales import Tender
from tests.fiscal.test_epson_flow import settle

FAULTS = ["lost_reply", "cut", "busy", "down", None, None, None]
KINDS = ["printerFiscalReceipt", "printerCommand", "any"]


@pytest.mark.parametrize("seed", [13, 7, 2026])
def test_random_faults_and_restarts_never_double_a_sale(seed, fiscal_shop, rt, till):
    """24 sales under a seeded mix of lost replies, cuts, busy/down RT, paper out and crashes mid-send:
    each sale ends with exactly one document, and the number stored on it is the document printed for it."""
    chance = random.Random(seed)
    queue = FiscalQueue(fiscal_shop.engine, "T1")
    queue.start()
    sold = []
    for _round in range(24):
        for _ in range(chance.randint(0, 2)):
            fault = chance.choice(FAULTS)
            if fault:
                rt.inject(fault, chance.choice(KINDS))
        rt.paper_out = chance.random() < 0.1
        till.add_product_id(fiscal_shop.products[chance.choice(["bread", "wine", "milk", "soap"])].id)
        due = till.cart.totals().total
        tender = Tender("card", due) if chance.random() < 0.5 else Tender("cash", 5000)
        sold.append(till.pay([tender]).sale_id)
        queue.after_sale(sold[-1])
        queue.drain()
        if chance.random() < 0.2:  # the till dies: whatever was being sent stays 'sending'
            queue.stop()
            with write_session(fiscal_shop.engine) as session:
                for job in session.exec(select(FiscalJob).where(FiscalJob.state == "unknown")):
                    job.state = "sending"
                    session.add(job)
            queue = FiscalQueue(fiscal_shop.engine, "T1")
            queue.start()
            queue.drain()
    rt.paper_out = False
    rt.faults.clear()
    settle(queue, rounds=8)
    queue.stop()
    with read_session(fiscal_shop.engine) as session:
        open_jobs = [(job.state, job.error, job.before_doc, job.before_z, job.attempts) for job in session.exec(select(FiscalJob)) if job.state != "done"]
    assert open_jobs == []
    assert len(rt.fiscal_documents()) == len(sold)
    printed = {doc.number: doc.messages for doc in rt.fiscal_documents()}
    with read_session(fiscal_shop.engine) as session:
        for sale_id in sold:
            sale = session.get(Sale, sale_id)
            assert any(sale.receipt_number in message for message in printed[sale.fiscal_doc_number])
