"""Changes to logged entries: cancel and un-cancel, delete canceled or postponed ones, evaluate, comments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from contactdesk.crm import lookups
from contactdesk.crm.attachments import delete_attachments, is_referenced
from contactdesk.crm.campaign_targets import entry_campaigns, sync
from contactdesk.crm.errors import EntryStateError, NotFoundError
from contactdesk.crm.interaction_log import EntryFilter, filtered_entries
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import Evaluation
from contactdesk.store.models import (
    CampaignEntry,
    InteractionCommentLine,
    InteractionLogEntry,
    LoggedSegment,
)

E = InteractionLogEntry


def _entries(entry_nos: Sequence[int]) -> list[InteractionLogEntry]:
    wanted = sorted({int(no) for no in entry_nos})
    found = list(E.select().where(E.entry_no.in_(wanted)).order_by(E.entry_no)) if wanted else []
    missing = sorted(set(wanted) - {int(entry.entry_no) for entry in found})
    if missing:
        raise NotFoundError("interaction_log_entry", missing[0])
    return found


def _drop_attachments(attachment_ids: set[int]) -> None:
    """Delete attachment rows nothing points at any more (frozen ones too: their entry is gone)."""
    delete_attachments({attachment_id for attachment_id in attachment_ids if not is_referenced(attachment_id)})


def own_documents(entry_nos: Sequence[int]) -> int:
    """How many of these entries keep a document no other entry uses (asked about before canceling)."""
    count = 0
    for entry in _entries(entry_nos):
        attachment_id = lookups.stored(entry, "attachment")
        if attachment_id is not None and E.select().where(E.attachment == attachment_id).count() == 1:
            count += 1
    return count


def _check_uncancel(entry: InteractionLogEntry) -> None:
    """Spec E17: an entry cannot come back while its logged segment or campaign entry stays canceled."""
    logged_id = lookups.stored(entry, "logged_segment")
    if logged_id is not None:
        logged = LoggedSegment.get_or_none(LoggedSegment.id == logged_id)
        if logged is not None and logged.canceled:
            raise EntryStateError(int(entry.entry_no), "logged_segment_canceled", str(logged.no))
    if entry.campaign_entry_no:
        campaign_entry = CampaignEntry.get_or_none(CampaignEntry.id == entry.campaign_entry_no)
        if campaign_entry is not None and campaign_entry.canceled:
            raise EntryStateError(int(entry.entry_no), "campaign_entry_canceled", str(entry.campaign_entry_no))


def set_canceled(entry_nos: Sequence[int], canceled: bool, remove_documents: bool = False) -> int:
    """Cancel (or un-cancel) entries; canceled entries drop out of every statistic. Returns how many changed."""
    with write_transaction():
        entries = _entries(entry_nos)
        for entry in entries:
            if entry.postponed:
                raise EntryStateError(int(entry.entry_no), "postponed")
            if not canceled:
                _check_uncancel(entry)
        changing = [entry for entry in entries if bool(entry.canceled) != canceled]
        ids = [entry.id for entry in changing]
        if not ids:
            return 0
        E.update(canceled=canceled).where(E.id.in_(ids)).execute()
        # A canceled entry no longer targets its company; restored, it does again.
        sync(entry_campaigns(E.id.in_(ids)))
        if canceled and remove_documents:
            attachment_ids = {int(a) for a in (lookups.stored(e, "attachment") for e in changing) if a is not None}
            E.update(attachment=None).where(E.id.in_(ids)).execute()
            _drop_attachments(attachment_ids)
        return len(ids)


def _delete(entries: list[InteractionLogEntry]) -> int:
    attachment_ids = {int(a) for a in (lookups.stored(e, "attachment") for e in entries) if a is not None}
    ids = [entry.id for entry in entries]
    # Comments go with their entry (ON DELETE CASCADE); deleted explicitly for databases without it.
    InteractionCommentLine.delete().where(InteractionCommentLine.entry.in_(ids)).execute()
    E.delete().where(E.id.in_(ids)).execute()
    _drop_attachments(attachment_ids)
    return len(ids)


def delete_canceled_entries(entry_nos: Sequence[int]) -> int:
    """Delete these entries, which must all be canceled (spec 2.13); nothing is deleted otherwise."""
    with write_transaction():
        entries = _entries(entry_nos)
        for entry in entries:
            if not entry.canceled or entry.postponed:
                raise EntryStateError(int(entry.entry_no), "not_canceled")
        return _delete(entries)


def delete_all_canceled(flt: EntryFilter | None = None) -> int:
    """Delete every canceled entry the filter matches ("Delete Interaction Log Entries"); returns how many."""
    base = flt or EntryFilter()
    with write_transaction():
        entries = list(filtered_entries(base).where((E.canceled == True) & (E.postponed == False)))  # noqa: E712
        return _delete(entries) if entries else 0


def delete_postponed(entry_nos: Sequence[int]) -> int:
    """Delete postponed interactions (the Postponed Interactions page); logged entries are refused."""
    with write_transaction():
        entries = _entries(entry_nos)
        for entry in entries:
            if not entry.postponed:
                raise EntryStateError(int(entry.entry_no), "not_postponed")
        return _delete(entries)


def evaluate(entry_nos: Sequence[int], evaluation: Evaluation) -> int:
    """Set the evaluation of logged entries ("Evaluate" on the list)."""
    with write_transaction():
        entries = _entries(entry_nos)
        E.update(evaluation=int(Evaluation(int(evaluation)))).where(E.id.in_([e.id for e in entries])).execute()
        return len(entries)


def set_comments(entry_no: int, lines: Sequence[str], today: date | None = None) -> list[str]:
    """Replace an entry's comment lines (blank lines dropped); returns what was stored."""
    kept = [text.strip() for text in lines if text and text.strip()]
    with write_transaction():
        entry = _entries([entry_no])[0]
        InteractionCommentLine.delete().where(InteractionCommentLine.entry == entry.id).execute()
        for line_no, text in enumerate(kept, start=1):
            InteractionCommentLine.create(
                entry=entry.id, line_no=line_no * 10000, date=today or date.today(), comment=text
            )
    return kept
