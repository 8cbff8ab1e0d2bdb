"""Contacts' classification codes by contact number, and what an exported file brings into a new database."""

from __future__ import annotations

from pathlib import Path

from tests import engines

from contactdesk.crm.contact_classes import codes_by_id
from contactdesk.crm.demo import load_demo
from contactdesk.crm.imports import check_import, read_source, run_import
from contactdesk.store.db import db
from contactdesk.store.models import Contact
from contactdesk.store.opening import open_database


def codes_by_no() -> dict[str, dict[str, list[str]]]:
    """Every contact's codes by kind, by contact number (the numbers survive an export and import)."""
    ids = {int(i): str(no) for i, no in Contact.select(Contact.id, Contact.no).tuples()}
    return {ids[i]: codes for i, codes in codes_by_id(sorted(ids)).items()}


def codes_after_import(tmp_path: Path, source: Path) -> dict[str, dict[str, list[str]]]:
    """Import `source` cleanly into a new database with only the sample codes; its codes_by_no()."""
    copy = engines.new_database(tmp_path, "copy")
    try:
        open_database(copy, create=True)
        load_demo(contacts=0)  # number series and the sample codes (RETAIL, NEWS, …), no contacts
        check = check_import(read_source(source))
        assert check.problems == [] and check.unknown_codes == []
        run_import(check)
        return codes_by_no()
    finally:
        db.close()
        engines.drop_database(copy)
