"""Saved segmentation criteria: save a segment's criteria actions, reuse them elsewhere, rename, delete (spec §2.8).

Reuse replays each saved action in order against today's contacts, each recording its own
criteria and history rows, so Go back undoes one replayed step at a time. Entire Companies is
honoured when a Refine is replayed (Part A.3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import Value, fn

from contactdesk.crm import criteria, validation, versions
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.criteria import ActionInfo, actions_from_rows
from contactdesk.crm.errors import (
    DuplicateCodeError,
    NoCriteriaActionsError,
    NotFoundError,
    ValidationError,
    ValidationErrors,
)
from contactdesk.crm.lookups import primary_key
from contactdesk.crm.segment_base import bump_version, check_version, count_actions, get_row, segment_id
from contactdesk.crm.segment_data import ChangeResult
from contactdesk.crm.users import current_user
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CriteriaLineType
from contactdesk.store.models import CriteriaLineColumns, SavedCriteria, SavedCriteriaLine, SegmentCriteriaLine

ENTITY = "saved_criteria"
# Everything a criteria line has besides its key: declared once on the shared base of both tables.
_COPIED = CriteriaLineColumns.criteria_column_names()


@dataclass(frozen=True)
class SavedCriteriaInfo:
    """One saved criteria set."""

    code: str
    description: str
    user_id: str
    actions: int
    # The version to name when renaming it, and who/when of its last change.
    version: int = field(default=1, compare=False)
    changed_by: str = field(default="", compare=False)
    changed_at: datetime | None = field(default=None, compare=False)


def _checked_code(code: str) -> str:
    key = validation.normalize_code(code)
    problem = validation.required("code", key) or validation.max_length("code", key, 10)
    if problem:
        raise ValidationErrors([problem])
    return key


def _get(code: str) -> SavedCriteria:
    row = SavedCriteria.get_or_none(SavedCriteria.code == validation.normalize_code(code))
    if row is None:
        raise NotFoundError(ENTITY, code)
    return row


def _description(text: str) -> str:
    value = (text or "").strip()
    if len(value) > 100:
        raise ValidationErrors([ValidationError("description", "too_long", value, 100)])
    return value


def save_criteria(no: str, code: str, description: str = "") -> SavedCriteriaInfo:
    """Copy every criteria line of the segment (actions and filters, with all options) under a new code."""
    key = _checked_code(code)
    text = _description(description)
    with write_transaction():
        segment = get_row(no)
        if count_actions(segment) == 0:
            raise NoCriteriaActionsError(str(segment.no))
        if SavedCriteria.select().where(SavedCriteria.code == key).exists():
            raise DuplicateCodeError(ENTITY, key)
        SavedCriteria.create(
            code=key, description=text, user_id=current_user(), **versions.created_values(SavedCriteria)
        )
        columns = [SegmentCriteriaLine._meta.fields[name] for name in _COPIED]
        select = SegmentCriteriaLine.select(Value(key), *columns).where(
            SegmentCriteriaLine.segment == segment_id(segment)
        )
        fields = [SavedCriteriaLine.criteria] + [SavedCriteriaLine._meta.fields[name] for name in _COPIED]
        SavedCriteriaLine.insert_from(select, fields).execute()
        return get_saved_criteria(key)


def get_saved_criteria(code: str) -> SavedCriteriaInfo:
    """One saved set with its number of actions."""
    row = _get(code)
    actions = (
        SavedCriteriaLine.select()
        .where((SavedCriteriaLine.criteria == row.code) & (SavedCriteriaLine.type == CriteriaLineType.ACTION))
        .count()
    )
    return _info(row, int(actions))


def _info(row: SavedCriteria, actions: int) -> SavedCriteriaInfo:
    stamp = versions.stamp_of(row)
    return SavedCriteriaInfo(
        str(row.code),
        str(row.description),
        str(row.user_id),
        actions,
        stamp.version,
        stamp.changed_by,
        stamp.changed_at,
    )


def list_saved_criteria() -> list[SavedCriteriaInfo]:
    """Every saved set, by code."""
    query: Any = (
        SavedCriteriaLine.select(SavedCriteriaLine.criteria, fn.COUNT(primary_key(SavedCriteriaLine)))
        .where(SavedCriteriaLine.type == CriteriaLineType.ACTION)
        .group_by(SavedCriteriaLine.criteria)
        .tuples()
    )
    counts: dict[str, int] = {str(code): int(count) for code, count in query}
    return [_info(r, int(counts.get(r.code, 0))) for r in SavedCriteria.select().order_by(SavedCriteria.code)]


def saved_actions(code: str) -> list[ActionInfo]:
    """The actions of a saved set, in order."""
    row = _get(code)
    lines = SavedCriteriaLine.select().where(SavedCriteriaLine.criteria == row.code).order_by(SavedCriteriaLine.line_no)
    return actions_from_rows(list(lines))


def rename_saved_criteria(
    code: str, new_code: str, description: str | None = None, version: int | None = None
) -> SavedCriteriaInfo:
    """Give a saved set another code and/or description (its lines follow the code); refused when stale."""
    key = _checked_code(new_code)
    with write_transaction():
        row = _get(code)
        if key != row.code and SavedCriteria.select().where(SavedCriteria.code == key).exists():
            raise DuplicateCodeError(ENTITY, key)
        values: dict[Any, str] = {SavedCriteria.code: key}
        if description is not None:
            values[SavedCriteria.description] = _description(description)
        # The lines follow through ON UPDATE CASCADE.
        versions.update(SavedCriteria, SavedCriteria.code == row.code, values, version, ENTITY, str(row.code))
        return get_saved_criteria(key)


def delete_saved_criteria(code: str) -> None:
    """Delete a saved set and its lines."""
    with write_transaction():
        row = _get(code)
        SavedCriteria.delete().where(SavedCriteria.code == row.code).execute()


def reuse_criteria(
    no: str, code: str, version: int | None = None, progress: Callable[[int], None] | None = None
) -> ChangeResult:
    """Replay a saved set on the segment as one user action; `progress(n)` after each replayed action.

    The GUI asks first when the segment already has criteria actions (the reference's default answer
    is No). A replay that changes nothing is still recorded, action by action (spec §2.8), and says so in
    `unchanged`, as a single criteria action does.
    """
    actions = saved_actions(code)
    report = progress or (lambda _step: None)
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        new_version = bump_version(segment, version)
        added = removed = 0
        with following(segment_id(segment)):
            for number, action in enumerate(actions, start=1):
                _no, plus, minus = criteria.apply(segment, action.request, manual=action.manual)
                added, removed = added + plus, removed + minus
                report(number)
        unchanged = "" if added or removed else "no_match"
        recorded = count_actions(segment)
        return ChangeResult(new_version, added, removed, recorded, recorded, unchanged=unchanged)
