"""Pages of the contacts list found from the nearer end or from a row already read give the same rows."""

from __future__ import annotations

import random

import pytest

from contactdesk.crm import contacts
from contactdesk.crm.list_positions import ListPositions

SIZE = 7


@pytest.mark.parametrize("query", ["", "a"])
def test_pages_read_in_any_order_are_the_pages_of_the_whole_list(demo_database: object, query: str) -> None:
    picked = random.Random(3)
    # Names (many alike), a few cities and countries (long runs of equal keys), a salesperson that can be NULL.
    for sort in ("name", "city", "country_code", "salesperson_code", "no"):
        for descending in (False, True):
            whole = [row.no for row in contacts.list_contacts(query, sort, descending, limit=-1)]
            total = contacts.count_contacts(query)
            assert len(whole) == total > SIZE * 4
            positions = ListPositions()
            pages = list(range(-(-total // SIZE)))
            picked.shuffle(pages)
            for number in pages + pages[::3]:
                offset = number * SIZE
                page = contacts.list_contacts(query, sort, descending, offset, SIZE, total, positions)
                assert [row.no for row in page] == whole[offset : offset + SIZE], (sort, descending, number)


def test_a_page_past_the_end_is_empty(demo_database: object) -> None:
    total = contacts.count_contacts()
    assert contacts.list_contacts(offset=total, limit=SIZE, total=total, positions=ListPositions()) == []
    last = contacts.list_contacts(offset=total - 3, limit=SIZE, total=total)
    assert [row.no for row in last] == [row.no for row in contacts.list_contacts(limit=-1)][-3:]


def test_positions_keep_the_nearest_rows_and_never_a_null_key() -> None:
    positions = ListPositions()
    positions.add(400, ("m", 4))
    positions.add(199, ("c", 9))
    positions.add(800, (None, 8))
    assert positions.before(300) == (199, ("c", 9))
    assert positions.after(300) == (400, ("m", 4))
    assert positions.after(400) is None and positions.before(199) is None
    positions.clear()
    assert positions.before(1000) is None


@pytest.mark.parametrize("query", ["", "a"])
def test_landmarks_name_the_rows_at_their_places_and_pages_found_from_them_are_the_same(
    demo_database: object, query: str
) -> None:
    for sort in ("name", "city", "no"):
        for descending in (False, True):
            whole = [row.no for row in contacts.list_contacts(query, sort, descending, limit=-1)]
            total = len(whole)
            found = contacts.contact_landmarks(query, sort, descending, every=SIZE)
            assert [row for row, _key in found] == list(range(SIZE - 1, total, SIZE))
            positions = ListPositions()
            positions.add_landmarks(found)
            for offset in range(0, total, 5):
                page = contacts.list_contacts(query, sort, descending, offset, SIZE, total, positions)
                assert [row.no for row in page] == whole[offset : offset + SIZE], (sort, descending, offset)


def test_no_landmarks_where_the_order_cannot_be_sought(demo_database: object) -> None:
    # The salesperson can be empty (NULL): a key comparison would skip those rows.
    assert contacts.contact_landmarks("", "salesperson_code", False, every=SIZE) == []
