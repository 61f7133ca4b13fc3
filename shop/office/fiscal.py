"""The fiscal desk: Italy's fiscal register (RT) as the owner sets it up and watches it."""
from sqlalchemy import Engine
from sqlmodel import Session

from db.models import User
from shop import fiscal, fiscal_closure
from shop.fiscal import FiscalSettings, JobView
from shop.fiscal_closure import ZComparison
from shop.office.desk import Desk


class FiscalDesk(Desk):
    def __init__(self, engine: Engine, user: User | None, till_id: str):
        super().__init__(engine, user)
        self.till_id = till_id

    def setup(self) -> tuple[FiscalSettings, list[tuple[int, str]]]:
        """The stored RT setup, and the shop's VAT rates (basis points, name) it maps to departments."""
        return self._read(lambda session: (fiscal.load_fiscal_settings(session), fiscal.setup_rates(session)))

    def store_setup(self, settings: FiscalSettings) -> None:
        """BadFiscalSetup, and nothing written, for a setup that cannot work."""
        self._write(fiscal.store_settings, settings)

    def waiting(self) -> list[JobView]:
        """This till's documents the RT has not confirmed, oldest first."""
        return fiscal.open_jobs(self.engine, self.till_id)

    def set_reference(self, job_id: str, typed: str) -> None:
        """BadFiscalReference for a reference not typed as on the slip."""
        fiscal.set_reference(self.engine, job_id, typed)

    def not_issued(self, job_id: str) -> None:
        """A document in 'check' the RT printed nothing for: it may be sent again."""
        fiscal.resolve_check(self.engine, job_id, None)

    def latest_closure(self) -> ZComparison | None:
        """The latest day closure, Bottega's figures beside the RT's."""
        def work(session: Session) -> ZComparison | None:
            return fiscal_closure.latest_z_comparison(session, self.till_id)
        return self._read(work)
