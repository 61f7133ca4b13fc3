"""The fixture shop with an Epson RT: the simulator on loopback and the fiscal worker."""
import pytest

from db.engine import write_session
from printers.fiscal.queue import FiscalQueue
from shop import fiscal
from tests.fiscal.epson_sim import EpsonSimulator


@pytest.fixture
def rt():
    """A simulated Epson FP-81 II RT on a free loopback port."""
    simulator = EpsonSimulator().start()
    yield simulator
    simulator.stop()


@pytest.fixture
def fiscal_shop(shop, rt):
    """The fixture shop set up for its RT: departments 1-4 for 22, 10, 5, 4 %; a short timeout."""
    with write_session(shop.engine) as session:
        fiscal.save_fiscal_settings(session, fiscal.FiscalSettings(model="epson", address=rt.address, timeout_s=1.0))
    return shop


@pytest.fixture
def worker(fiscal_shop):
    """The fiscal worker of till T1, started; stopped after the test."""
    events = []
    queue = FiscalQueue(fiscal_shop.engine, "T1", on_event=events.append)
    queue.events = events
    queue.start()
    yield queue
    queue.stop()
