"""Importing contacts from CSV (our own, Outlook's and Google's layouts, or mapped) and vCard files.

Three steps, so nothing is written before the user has seen every problem and confirmed:
read_source() reads the file, check_import() checks every row against the contact rules and the
database (read only), run_import() writes the result in one transaction. Each step streams the rows
(the file, then the check's spools on disk), so memory does not grow with the size of the file.
"""

from __future__ import annotations

from contactdesk.crm.imports.checker import check_import
from contactdesk.crm.imports.fields import IMPORT_FIELDS, OWN_COLUMNS
from contactdesk.crm.imports.layouts import suggest
from contactdesk.crm.imports.reader import read_source
from contactdesk.crm.imports.results import DuplicateMatch, ImportCheck, ImportProblem, ImportResult, OnDuplicate
from contactdesk.crm.imports.source import ImportSource
from contactdesk.crm.imports.writer import run_import

__all__ = [
    "IMPORT_FIELDS",
    "OWN_COLUMNS",
    "DuplicateMatch",
    "ImportCheck",
    "ImportProblem",
    "ImportResult",
    "ImportSource",
    "OnDuplicate",
    "check_import",
    "read_source",
    "run_import",
    "suggest",
]
