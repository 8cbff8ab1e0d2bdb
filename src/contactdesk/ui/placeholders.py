"""Fill the %1, %2, … of a translated sentence in one pass.

Replacing the placeholders one after the other re-reads the values already put in: a value that
itself holds "%1" or "%3" (an e-mail address such as jan%3@x%1y) would be changed by the next step.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(text: str, *values: object) -> str:
    """`text` with %1 … %99 replaced by the values given (as str); other placeholders stay as they are."""

    def value_of(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_of, text)
