"""The English source texts: one spelling of "canceled", and every count with its plural forms (%n)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

CATALOGUE = Path(__file__).resolve().parents[1] / "translations" / "contactdesk_nl.ts"
# A number placeholder followed by a counted noun: "%1 letters", "(%3 lines)". Such a text needs %n.
COUNTED = re.compile(r"%\d (letters?|lines?|contacts?|entries|entry|rows?|segments?|documents?|drafts?|files?)\b")


def _sources() -> list[str]:
    return [str(source.text) for source in ElementTree.parse(CATALOGUE).getroot().iter("source")]


def test_canceled_is_spelled_one_way() -> None:
    # The reference (spec.md) writes "canceled"; the interface says so everywhere.
    assert [text for text in _sources() if re.search(r"cancell(ed|ing)", text, re.IGNORECASE)] == []


def test_every_count_in_a_sentence_has_plural_forms() -> None:
    assert [text for text in _sources() if COUNTED.search(text)] == []


def test_the_command_line_counts_in_the_right_form() -> None:
    from contactdesk.commands import count

    assert (count(1, "letter"), count(2, "letter"), count(1, "entry", "entries"), count(0, "entry", "entries")) == (
        "1 letter",
        "2 letters",
        "1 entry",
        "0 entries",
    )
