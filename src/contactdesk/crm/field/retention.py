"""The office keeps its change log for a while (FieldSyncState.retention_days): a laptop away longer checks out again.

Before telling it so, the laptop's unsent work (its outbox and open conflicts) is written to a JSON file beside
the laptop file: never discarded. The laptop file itself is left as it was.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from peewee import Database

from contactdesk.crm.field.errors import SyncRefusedError
from contactdesk.store import field_change_log, field_conflicts, field_sqlite
from contactdesk.store.db import database_file
from contactdesk.store.models.base import utcnow


def export_unsent(info: dict[str, str]) -> Path:
    """Write the laptop's outbox and open conflicts to a new JSON file beside the laptop file; its path."""
    laptop = database_file() or Path.cwd() / "laptop.sqlite"
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    target = laptop.with_name(f"{laptop.stem}-unsent-{stamp}.json")
    content = {
        "device": int(info.get("device", "0")),
        "office": info.get("office", ""),
        "login": info.get("login", ""),
        "exported_at": utcnow().isoformat(timespec="seconds"),
        "outbox": field_sqlite.outbox_rows(),
        "conflicts": [vars(conflict) for conflict in field_conflicts.open_conflicts()],
    }
    partial = target.with_name(target.name + ".part")
    partial.write_text(json.dumps(content, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(partial, target)  # whole or not at all
    return target


def check(office: Database, info: dict[str, str]) -> None:
    """Prune the office's old changes; refuse (after saving the unsent work) when the laptop missed some."""
    with office.atomic():
        pruned_below = field_change_log.prune(office)
    cursor = int(info.get("cursor", "0"))
    if cursor >= pruned_below:
        return
    saved = export_unsent(info)
    raise SyncRefusedError(
        f"this laptop has not synced for longer than the office keeps its changes: check out a new copy; "
        f"the changes not yet sent were saved to {saved}",
        "expired",
        export=str(saved),
    )
