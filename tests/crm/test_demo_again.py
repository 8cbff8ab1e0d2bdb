"""Sample data can be added to a database that already has sample data (File → Load sample data twice)."""

from __future__ import annotations

from contactdesk.crm import saved_criteria, segments
from contactdesk.crm.demo import load_demo
from contactdesk.crm.info import database_info


def test_sample_data_added_a_second_time_adds_more(database) -> None:  # type: ignore[no-untyped-def]
    first = load_demo(contacts=400, seed=1)
    assert [saved.code for saved in saved_criteria.list_saved_criteria()] == ["NL-RETAIL"]
    before = database_info()
    second = load_demo(contacts=400, seed=1)
    after = database_info()
    assert after.contacts == before.contacts + 400
    assert len(second.segments) == 2 and set(second.segments).isdisjoint(first.segments)
    assert after.segments == before.segments + 2
    assert after.logged_segments == before.logged_segments + 1
    assert after.postponed_interactions == before.postponed_interactions + 2
    # The second retail segment was built from the criteria the first run saved.
    assert segments.get_segment(second.segments[0]).criteria_actions
    assert [saved.code for saved in saved_criteria.list_saved_criteria()] == ["NL-RETAIL"]
