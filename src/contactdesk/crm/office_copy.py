"""Copying a whole database: a single desktop's file into the office database, or back as a backup copy.

Everything happens in one transaction on the target: its reference rows (number series, countries,
setup: what a new database starts with) are replaced by the source's, every table is copied with its
ids and numbers, PostgreSQL's sequences are moved past the copied ids, and each table's row count and
checksum is compared with the source's before anything is committed. The source is read in one
transaction too, so the copy is of one moment. A target that already holds data of its own (contacts,
segments, entries, documents…) is refused: a copy never merges two databases.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactdesk.crm.database import open_location
from contactdesk.crm.office_errors import CopyMismatchError, CopyTargetNotEmptyError
from contactdesk.store import transfer
from contactdesk.store.db import db
from contactdesk.store.models import (
    CompanyInfo,
    Country,
    Language,
    MarketingSetup,
    NumberSeries,
    Salutation,
    SalutationFormula,
)
from contactdesk.store.transfer import TableSum

# What a new database is given when it is made (migrations/m0001_initial.py): a target holding only
# these is still empty, and the source's versions replace them.
REFERENCE = {
    model._meta.table_name
    for model in (NumberSeries, Country, Language, Salutation, SalutationFormula, MarketingSetup, CompanyInfo)
}


@dataclass(frozen=True)
class CopyResult:
    """Where from, where to, and each table's row count and checksum (equal on both sides)."""

    source: str
    target: str
    tables: list[TableSum]

    @property
    def rows(self) -> int:
        """Rows copied in all."""
        return sum(table.rows for table in self.tables)


def copy_database(
    source: str | Path, target: str | Path, *, source_password: str | None = None, target_password: str | None = None
) -> CopyResult:
    """Copy every row and document of `source` into `target` (a new or empty database, made if needed)."""
    opened_source = open_location(source, password=source_password)
    source_db = opened_source.database
    opened_target = open_location(target, create=True, password=target_password)
    models = transfer.copied_models()
    holding = [name for name in transfer.tables_with_rows(models) if name not in REFERENCE]
    if holding:
        raise CopyTargetNotEmptyError(opened_target.location.display, holding)
    target_db = db.obj
    sums: list[TableSum] = []
    with transfer.one_moment(source_db), db.atomic():
        transfer.clear(models)
        for model in models:
            sums.append(transfer.copy_table(source_db, model))
        for model, copied in zip(models, sums, strict=True):
            landed = transfer.checksum(target_db, model)
            if landed != copied:
                raise CopyMismatchError(
                    copied.table, f"{copied.rows} rows {copied.sha256[:12]}", f"{landed.rows} rows {landed.sha256[:12]}"
                )
    source_db.close()
    return CopyResult(opened_source.location.display, opened_target.location.display, sums)
