"""Segments with thousands of lines: hand-made selections and removals stay within SQLite's limits."""

from __future__ import annotations

from contactdesk.crm import criteria, saved_criteria, segment_lines, segments
from contactdesk.crm.criteria import CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.store.bulk import insert_model_rows
from contactdesk.store.enums import ContactType, CriteriaAction
from contactdesk.store.models import Contact, SegmentHistoryLine

COUNT = 6000


def _many_companies(database) -> list[str]:  # type: ignore[no-untyped-def]
    nos = [f"BULK{index:05d}" for index in range(COUNT)]
    fields = [Contact.no, Contact.type, Contact.name, Contact.company_name, Contact.search_name]
    with database.database.atomic():
        insert_model_rows(
            Contact,
            fields,
            [(no, int(ContactType.COMPANY), f"Firm {no}", f"Firm {no}", f"firm {no.lower()}") for no in nos],
        )
    return nos


def test_picking_thousands_by_hand_and_replaying_it(database) -> None:  # type: ignore[no-untyped-def]
    nos = _many_companies(database)
    no = segments.create_segment("Many")
    result = segment_lines.add_contacts_by_hand(no, nos[:1500])
    assert result.added == 1500
    saved_criteria.save_criteria(no, "MANY")
    other = segments.create_segment("Again")
    assert saved_criteria.reuse_criteria(other, "MANY").added == 1500


def test_removing_every_line_by_hand_and_going_back(database) -> None:  # type: ignore[no-untyped-def]
    _many_companies(database)
    no = segments.create_segment("Everyone")
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "no", "BULK*"),)))
    before = [(line.line_no, line.contact_no) for line in segment_lines.list_lines(no, limit=-1)]
    assert len(before) == COUNT
    removed = segment_lines.remove_lines(no, [line for line, _contact in before])
    assert removed.removed == COUNT and segments.get_segment(no).lines == 0
    assert SegmentHistoryLine.select().count() == COUNT
    criteria.go_back(no)
    assert [(line.line_no, line.contact_no) for line in segment_lines.list_lines(no, limit=-1)] == before
