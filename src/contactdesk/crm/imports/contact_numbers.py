"""Contact numbers for an import: taken from the series batch by batch, never one the database has."""

from __future__ import annotations

from contactdesk.crm.errors import MissingSetupError
from contactdesk.store.models import MarketingSetup, NumberSeries
from contactdesk.store.numbering import reserve


class NumberAllocator:
    """Moves the series past the numbers the file keeps, then hands out exactly as many as asked."""

    def __init__(self, existing: set[str], kept_max: int) -> None:
        setup = MarketingSetup.get_or_none()
        self.series = str(setup.contact_nos or "") if setup is not None else ""
        self.existing = existing
        if self.series and kept_max:
            series = NumberSeries.get_or_none(NumberSeries.code == self.series)
            # Numbers kept from the file move the series on, so it never hands them out again.
            if series is not None and kept_max > series.last_number:
                NumberSeries.update(last_number=kept_max).where(NumberSeries.code == series.code).execute()

    def take(self, count: int) -> list[str]:
        """The next `count` numbers of the contact series (call inside the import's transaction)."""
        if count and not self.series:
            raise MissingSetupError("contact_nos")
        numbers: list[str] = []
        while len(numbers) < count:
            numbers += [no for no in reserve(self.series, count - len(numbers)) if no not in self.existing]
        return numbers
