"""A scoped laptop takes a segment whole or not at all, so it can never log part of one."""

from __future__ import annotations

from pathlib import Path

from tests.field.field_office import check_out

from contactdesk.crm.field.scope import Scope
from contactdesk.store.models import Contact, Segment, SegmentLine


def test_a_segment_with_a_contact_outside_the_scope_stays_in_the_office(demo_database: object, tmp_path: Path) -> None:
    first, second = Segment.select().order_by(Segment.no).limit(2)
    lines = list(SegmentLine.select().where(SegmentLine.segment == first.id))
    taken = {int(line.contact_id) for line in lines}
    # One line of the second segment is for a contact the first does not take.
    outsider = Contact.select().where(Contact.id.not_in(taken) & Contact.company.is_null(True)).first()
    template = SegmentLine.get(SegmentLine.segment == second.id)
    SegmentLine.update(contact=outsider.id, contact_company=None).where(SegmentLine.id == template.id).execute()
    on_second = {int(line.contact_id) for line in SegmentLine.select().where(SegmentLine.segment == second.id)}
    assert not on_second <= taken
    check_out(tmp_path, scope=Scope("segment", str(first.no)))
    assert {str(s.no) for s in Segment.select()} == {str(first.no)}
    assert {int(line.id) for line in SegmentLine.select()} == {int(line.id) for line in lines}
