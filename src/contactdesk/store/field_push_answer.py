"""A push's answer (office ids for the laptop's new rows, conflicts, rows to fetch again), kept in the office.

The office stores it with the operations it applied, in the same transaction: a push whose answer never
reached the laptop (killed between the office's commit and the laptop's) is answered the same when repeated.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from peewee import Database

from contactdesk.store import field_office_rows as rows
from contactdesk.store.field_ids import IdMap


@dataclass
class Answer:
    """What the office did with one push."""

    mapping: IdMap = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    refresh: set[tuple[str, str]] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)  # what the office said when it refused a row
    # The edit version the office gave each updated row ({table: {office key: version}}), so the laptop's
    # copy carries the same one and a later save on either side is checked against the same version.
    versions: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> str:
        """The answer as stored in field_push_result.result."""
        mapping = {table: {str(k): v for k, v in moved.items()} for table, moved in self.mapping.items()}
        return json.dumps(
            {
                "mapping": mapping,
                "conflicts": self.conflicts,
                "refresh": sorted([t, k] for t, k in self.refresh),
                "reasons": self.reasons,
                "versions": self.versions,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Answer:
        """An answer stored by an earlier push."""
        data = json.loads(text)
        mapping = {table: {int(k): int(v) for k, v in moved.items()} for table, moved in data["mapping"].items()}
        refresh = {(str(t), str(k)) for t, k in data.get("refresh", [])}
        versions = {str(t): {str(k): int(v) for k, v in keyed.items()} for t, keyed in data.get("versions", {}).items()}
        return cls(mapping, list(data.get("conflicts", [])), refresh, list(data.get("reasons", [])), versions)

    def add(self, other: Answer) -> None:
        """Take in another answer (several earlier pushes, then this one)."""
        for table, moved in other.mapping.items():
            self.mapping.setdefault(table, {}).update(moved)
        self.conflicts.extend(other.conflicts)
        self.refresh |= other.refresh
        self.reasons.extend(other.reasons)
        for table, keyed in other.versions.items():
            self.versions.setdefault(table, {}).update(keyed)


def earlier(office: Database, uuids: Sequence[str]) -> tuple[set[str], Answer]:
    """Which of `uuids` the office applied already, and the stored answers of the pushes that did."""
    found = rows.rows(office, "SELECT op_uuid, batch FROM field_applied_op WHERE op_uuid = ANY(%s)", [list(uuids)])
    applied, batches = {str(uuid) for uuid, _ in found}, sorted({str(batch) for _, batch in found})
    answer = Answer()
    if batches:
        stored = rows.rows(
            office, "SELECT result FROM field_push_result WHERE batch = ANY(%s) ORDER BY created_at", [batches]
        )
        for (text,) in stored:
            answer.add(Answer.from_json(str(text)))
    return applied, answer


def keep(office: Database, device: int, batch: str, uuids: Sequence[str], answer: Answer) -> None:
    """Record the applied operations and the answer (inside the push's office transaction)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    server: Any = office  # peewee's methods carry no types
    server.execute_sql(
        "INSERT INTO field_applied_op (op_uuid, device_id, batch, applied_at) "
        "SELECT u, %s, %s, %s FROM unnest(%s::text[]) AS u",
        [device, batch, now, list(uuids)],
    )
    server.execute_sql(
        "INSERT INTO field_push_result (batch, device_id, result, created_at) VALUES (%s, %s, %s, %s)",
        [batch, device, answer.to_json(), now],
    )
