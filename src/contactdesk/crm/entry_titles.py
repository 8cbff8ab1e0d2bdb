"""An interaction log entry's title, which follows its information flow (issue 12 §3.10)."""

from __future__ import annotations

from dataclasses import dataclass

from contactdesk.store.enums import InformationFlow

FROM = "from"
BY = "by"


@dataclass(frozen=True)
class EntryTitle:
    """The parts of a title: the template's description, then "from"/"by" and a name (or neither).

    The words stay parts so that the screen writes them in the user's language.
    """

    description: str
    direction: str = ""
    name: str = ""


def entry_title(
    template_description: str,
    description: str,
    information_flow: int,
    contact_name: str,
    salesperson_name: str,
    user_id: str,
) -> EntryTitle:
    """Inbound: from the contact; outbound: by the salesperson, else by the user; no flow: the description alone."""
    # An entry whose template is gone (or never had one) still has its own description to show.
    text = (template_description or "").strip() or (description or "").strip()
    if information_flow == InformationFlow.INBOUND:
        who, direction = contact_name, FROM
    elif information_flow == InformationFlow.OUTBOUND:
        who, direction = (salesperson_name or user_id), BY
    else:
        who, direction = "", ""
    who = (who or "").strip()
    return EntryTitle(text, direction if who else "", who)
