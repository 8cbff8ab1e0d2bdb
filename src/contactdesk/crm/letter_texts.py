"""Words ContactDesk itself puts into letters and e-mail subjects, per letter language: a plain table, no Qt.

The interface translates what the user reads on screen; what goes out to a contact follows the letter's
language instead. A follow-up segment is described "Follow-up on segment SEG00004" in the language of the
screen it was made on (or English from the command line); a Norwegian letter of it says "Oppfølging av
segment SEG00004", whichever language the description was stored in.
"""

from __future__ import annotations

import re

FOLLOW_UP_ON_SEGMENT: dict[str, str] = {
    "en": "Follow-up on segment {no}",
    "nl": "Opvolging van segment {no}",
    "nb": "Oppfølging av segment {no}",
}
_LIMIT = 50  # the reference keeps a follow-up's description to 50 characters


def letter_language(language: str | None) -> str:
    """en, nl or nb for a letter language code such as "nb-NO", "no" or "nl_BE"; English otherwise."""
    base = re.split(r"[-_.]", (language or "").strip().lower())[0]
    if base in ("no", "nn"):
        base = "nb"
    return base if base in FOLLOW_UP_ON_SEGMENT else "en"


def follow_up_description(segment_no: str, language: str = "en") -> str:
    """ "Follow-up on segment X" in `language`, cut to the reference's 50 characters."""
    return FOLLOW_UP_ON_SEGMENT[letter_language(language)].format(no=segment_no)[:_LIMIT]


def _patterns() -> list[re.Pattern[str]]:
    return [
        re.compile("^" + re.escape(text).replace(re.escape("{no}"), r"(?P<no>\S+)") + "$")
        for text in FOLLOW_UP_ON_SEGMENT.values()
    ]


_FOLLOW_UP_PATTERNS = _patterns()


def in_letter_language(text: str, language: str) -> str:
    """`text` in the letter's language when it is one of our own words (a follow-up description); else unchanged."""
    for pattern in _FOLLOW_UP_PATTERNS:
        match = pattern.match(text.strip())
        if match:
            return follow_up_description(match.group("no"), language)
    return text
