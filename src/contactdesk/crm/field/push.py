"""Push: a laptop's outbox applied in the office, then the laptop brought in line with what the office did.

One laptop transaction (IMMEDIATE: no local change slips in while the office is asked) around one office
transaction. The office marks every operation it applies and keeps its answer, both in its transaction;
when the laptop's commit then fails (killed, disk full), the repeated push finds the operations applied
and gets the same answer: nothing is applied twice, and the new rows get the same office ids.
"""

from __future__ import annotations

import uuid

from peewee import Database

from contactdesk.crm.field.checkout import laptop_models
from contactdesk.crm.field.sync_types import Progress, PushOutcome
from contactdesk.store import (
    field_conflicts,
    field_laptop,
    field_office,
    field_ops,
    field_push_answer,
    field_renumber,
    field_sqlite,
)
from contactdesk.store.db import db
from contactdesk.store.field_conflicts import ConflictRecord
from contactdesk.store.field_push_answer import Answer
from contactdesk.store.field_push_apply import OfficeApply

STEP = "push"


def _apply(office: Database, device: int, login: str, raw: list[dict[str, object]]) -> Answer:
    """The office transaction: skip what an earlier push applied, apply the rest, keep the answer."""
    with office.atomic():
        # The office's change log names this laptop as the origin of what the push writes (pull skips its echoes).
        field_office.name_origin(office, device)
        applied, answer = field_push_answer.earlier(office, [str(row["op_uuid"]) for row in raw])
        fresh = [row for row in raw if row["op_uuid"] not in applied]
        if fresh:
            apply = OfficeApply(office, login, laptop_models(), answer.mapping)
            new = apply.run(field_ops.merge(fresh))
            field_push_answer.keep(office, device, str(uuid.uuid4()), [str(row["op_uuid"]) for row in fresh], new)
            answer.add(new)
    return answer


def push(office: Database, progress: Progress | None = None) -> PushOutcome:
    """Send the bound laptop's outbox to `office` (an open PostgreSQL database); see the module's doc."""
    with db.atomic():
        raw, _last = field_ops.read()
        if not raw:
            return PushOutcome(0, 0)
        if progress is not None and not progress(STEP, 0, len(raw)):
            return PushOutcome(0, 0)
        info = field_sqlite.info()
        answer = _apply(office, int(info["device"]), info.get("login", ""), raw)
        with field_laptop.outbox_paused():  # moving rows to their office ids is no local change
            field_renumber.renumber(answer.mapping, laptop_models())
            field_laptop.set_versions(laptop_models(), answer.versions)
        field_conflicts.ensure_table()
        field_conflicts.record([ConflictRecord(**conflict) for conflict in answer.conflicts])
        # No one else can write inside this transaction: every row now in the outbox was sent.
        field_sqlite.clear_outbox()
        if progress is not None:
            progress(STEP, len(raw), len(raw))
    return PushOutcome(len(raw), len(answer.conflicts), frozenset(answer.refresh))
