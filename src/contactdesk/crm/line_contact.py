"""Change the contact of an existing segment line (issue 12 §4, spec §2.4).

The line is initialised afresh for the new contact, as a new line would be (spec §2.1), and keeps its
place. It is recorded the way the reference records it: a manual "Remove contacts (Reduce)" naming the
old contact, then a manual "Add contacts" naming the new one, so Go back undoes it one step at a time
(the first brings the new contact's line away, the second the old line back as it was).
"""

from __future__ import annotations

from contactdesk.crm import criteria_history as history
from contactdesk.crm import validation
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.criteria import CriteriaOptions
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.segment_base import LINE_STEP, bump_version, check_version, count_actions, get_row, segment_id
from contactdesk.crm.segment_data import ChangeResult
from contactdesk.crm.segment_line_rules import insert_lines
from contactdesk.store.db import write_transaction
from contactdesk.store.enums import CriteriaAction
from contactdesk.store.models import Contact, SegmentLine


def change_line_contact(no: str, line_no: int, contact_no: str, version: int | None = None) -> ChangeResult:
    """Give line `line_no` another contact in one transaction; the same contact again changes nothing.

    NotFoundError for a line or contact that does not exist; ConcurrentEditError when the segment changed
    since `version`. The user's explicit choice overrides "exclude from segment", as adding by hand does.
    """
    wanted = validation.normalize_code(contact_no)
    with write_transaction():
        segment = get_row(no)
        check_version(segment, version)
        own = (SegmentLine.segment == segment_id(segment)) & (SegmentLine.line_no == line_no)
        line = SegmentLine.get_or_none(own)
        if line is None:
            raise NotFoundError("segment_line", f"{segment.no}/{line_no}")
        contact = Contact.get_or_none(Contact.no == wanted)
        if contact is None:
            raise NotFoundError("contact", contact_no)
        old = Contact.get_by_id(line.contact_id)
        if old.id == contact.id:
            return ChangeResult(int(segment.version), actions=count_actions(segment))
        new_version = bump_version(segment, version)
        with following(segment_id(segment)):
            removal = history.record_action(
                segment, CriteriaAction.REDUCE, CriteriaOptions(), [Filter("contact", "no", str(old.no), manual=True)]
            )
            removed = history.remove_lines(segment, SegmentLine.line_no == line_no, removal)
            options = CriteriaOptions(allow_existing=True, ignore_exclusion=True)
            addition = history.record_action(
                segment, CriteriaAction.ADD, options, [Filter("contact", "no", str(contact.no), manual=True)]
            )
            # One contact, so the new line gets base + one step: the number the old line had.
            added = insert_lines(segment, Contact.id == contact.id, addition, line_no - LINE_STEP)
        return ChangeResult(new_version, added, removed, addition, addition)
