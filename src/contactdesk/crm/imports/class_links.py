"""Write an import's classification: create the codes the user chose to create, then link the rows' contacts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_classes import LINKS
from contactdesk.crm.imports.class_codes import Code
from contactdesk.crm.imports.spool import Spool

BATCH = 1000


def create_codes(codes: Iterable[Code]) -> int:
    """Create each code (blank description, the user completes it under Setup); returns how many."""
    created = 0
    for kind, code in sorted(codes):
        save_code(kind, CodeData(code, ""))
        created += 1
    return created


def write_links(spool: Spool, contact_ids: dict[int, int]) -> int:
    """Link every (row index, kind, code) of the spool whose row became (or updated) a contact; returns links added.

    A link the contact already has (an update) is left as it is: INSERT … ON CONFLICT DO NOTHING on both engines.
    """
    batches: dict[str, list[dict[str, Any]]] = {kind: [] for kind in LINKS}
    written = 0
    for index, kind, code in spool:
        contact_id = contact_ids.get(int(index))
        if contact_id is None:
            continue  # a skipped row (a problem, or a duplicate the user skips)
        batch = batches[kind]
        batch.append({"contact": contact_id, LINKS[kind].field: code})
        if len(batch) >= BATCH:
            written += _flush(kind, batch)
    for kind, batch in batches.items():
        written += _flush(kind, batch)
    return written


def _flush(kind: str, batch: list[dict[str, Any]]) -> int:
    if not batch:
        return 0
    model: Any = LINKS[kind].links
    model.insert_many(batch).on_conflict_ignore().execute()
    count = len(batch)
    batch.clear()
    return count
