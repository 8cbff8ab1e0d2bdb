"""The README's list of merge fields is the one merge/fields.py generates, so the two never drift apart."""

from __future__ import annotations

import re
from pathlib import Path

from contactdesk.merge.fields import FIELDS, markdown_table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_lists_exactly_the_merge_fields() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- merge-fields:start -->\n(.*?)\n<!-- merge-fields:end -->", text, re.DOTALL)
    assert found, "README.md lost its merge-fields markers"
    assert found.group(1).strip() == markdown_table().strip(), (
        "README's merge fields differ from merge/fields.py: run `python -m contactdesk.merge.fields` and paste "
        "its table between the markers"
    )
    assert len(FIELDS) == found.group(1).count("\n| `{{ ")


def test_readme_lists_the_merge_command() -> None:
    text = README.read_text(encoding="utf-8")
    row = next((line for line in text.splitlines() if line.startswith("| `contactdesk segment merge")), "")
    for key in ('"letters"', '"emails"', '"combined"', '"pdf"', '"problems"', "--check-only", "--combined"):
        assert key in row
