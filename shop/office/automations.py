"""The automations desk: the rules, running them, what they did and whom to tell."""
from datetime import date
from pathlib import Path

from shop import automations
from shop.automations import AutomationRules, LogEntry
from shop.office.desk import Desk


class AutomationDesk(Desk):
    def rules(self) -> AutomationRules:
        return self._read(automations.load_rules)

    def save_rules(self, rules: AutomationRules) -> None:
        """Kept, or AutomationInvalid naming the field (nothing stored)."""
        self._write(automations.save_rules, rules)

    def any_enabled(self) -> bool:
        rules = self.rules()
        return any(rules.enabled(rule) for rule in automations.RULES)

    def run(self, today: date) -> int:
        """Run the rules that are on for the shop's day `today`; how many rewards were given now."""
        return len(self._write(automations.run_automations, today))

    def log(self, limit: int | None = 500) -> list[LogEntry]:
        return self._read(automations.log_entries, None, limit)

    def export_contacts(self, path: Path, channel: str) -> int:
        return self._read(lambda s: automations.write_contact_csv(path, s, channel))
