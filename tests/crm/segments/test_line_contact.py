"""Change the contact of an existing line: re-initialised, recorded as a remove plus an add (issue 12 §4)."""

from __future__ import annotations

import pytest

from contactdesk.crm import criteria, segment_lines, segments
from contactdesk.crm.errors import ConcurrentEditError, NotFoundError
from contactdesk.crm.line_contact import change_line_contact
from contactdesk.store.enums import CriteriaAction

from .conftest import FixtureF


def _by_line(no: str) -> dict[int, segment_lines.SegmentLineRow]:
    return {line.line_no: line for line in segment_lines.list_lines(no, limit=-1)}


def test_the_line_is_initialised_for_the_new_contact_and_go_back_undoes_it(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P1, fixture_f.P4])
    first = next(n for n, line in _by_line(no).items() if line.contact_no == fixture_f.P1)
    (second,) = set(_by_line(no)) - {first}
    segment_lines.update_line(no, first, "comment", "Call before sending")
    assert _by_line(no)[first].language_code == "nl"  # P1 reads Dutch
    before = segments.get_segment(no)
    result = change_line_contact(no, first, fixture_f.C2.lower(), before.version)
    assert (result.added, result.removed, result.actions) == (1, 1, before.criteria_actions + 2)
    line = _by_line(no)[first]  # the same place in the segment …
    assert line.contact_no == fixture_f.C2 and line.contact_name == "Company Two"
    # … initialised as a new line for Company Two: the header's values, none of P1's own.
    assert (line.comment, line.language_code, line.template_code, line.description) == ("", "", "T1", "Spring")
    assert sorted(line.contact_no for line in segment_lines.list_lines(no)) == sorted([fixture_f.C2, fixture_f.P4])
    actions = criteria.list_actions(no)[-2:]
    assert [(a.request.action, a.manual) for a in actions] == [
        (CriteriaAction.REDUCE, True),
        (CriteriaAction.ADD, True),
    ]
    assert [a.request.filters[0].expr for a in actions] == [fixture_f.P1, fixture_f.C2]
    criteria.go_back(no)  # the add: Company Two's line goes
    assert sorted(_by_line(no)) == [second]
    criteria.go_back(no)  # the remove: P1's line comes back as it was, in its place
    restored = _by_line(no)[first]
    assert (restored.contact_no, restored.comment, restored.language_code) == (
        fixture_f.P1,
        "Call before sending",
        "nl",
    )
    assert segments.get_segment(no).criteria_actions == before.criteria_actions


def test_refusals_change_nothing(fixture_f: FixtureF) -> None:
    no = segments.create_segment("Spring", "T1", contact_nos=[fixture_f.P1])
    (line_no,) = _by_line(no)
    header = segments.get_segment(no)
    with pytest.raises(NotFoundError) as missing:
        change_line_contact(no, line_no, "CT999999")
    assert missing.value.entity == "contact"
    with pytest.raises(NotFoundError):
        change_line_contact(no, line_no + 1, fixture_f.C1)
    with pytest.raises(ConcurrentEditError):
        change_line_contact(no, line_no, fixture_f.C1, header.version - 1)
    same = change_line_contact(no, line_no, fixture_f.P1)
    assert (same.added, same.removed, same.version) == (0, 0, header.version)
    assert segments.get_segment(no) == header and _by_line(no)[line_no].contact_no == fixture_f.P1
