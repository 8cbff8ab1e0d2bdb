"""Which contacts a checkout takes: all, the login's own (by salesperson), or a segment's; with their companies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from contactdesk.crm.errors import NotFoundError
from contactdesk.crm.field.errors import FieldCheckoutError
from contactdesk.crm.user_setup import current
from contactdesk.store.models import Contact, Segment, SegmentLine

SCOPES = ("all", "mine", "segment")


@dataclass(frozen=True)
class Scope:
    """A checkout's scope: kind (all, mine, segment) and, for a segment, its number."""

    kind: str = "all"
    segment_no: str = ""

    @property
    def label(self) -> str:
        """As recorded in the office and shown: "all", "mine", "segment SEG00001"."""
        return f"segment {self.segment_no}" if self.kind == "segment" else self.kind


def parse_scope(kind: str, segment_no: str = "") -> Scope:
    """A Scope from the command line's words; FieldCheckoutError for an unknown one or a segment without number."""
    kind = (kind or "all").strip().lower()
    if kind not in SCOPES or (kind == "segment") != bool(segment_no.strip()):
        raise FieldCheckoutError(f"unknown scope {kind!r}: use all, mine or segment NO", "scope", kind)
    return Scope(kind, segment_no.strip().upper())


def _with_companies(ids: set[int]) -> set[int]:
    """The contacts and the companies of the persons among them (a person's company must be there too)."""
    companies = Contact.select(Contact.company).where(Contact.id.in_(ids) & Contact.company.is_null(False))
    return ids | {int(str(row.company_id)) for row in companies}


def contact_ids(scope: Scope) -> set[int] | None:
    """The ids of the contacts `scope` takes from the bound (office) database; None for all."""
    if scope.kind == "all":
        return None
    if scope.kind == "mine":
        salesperson = current().salesperson_code
        if not salesperson:
            raise FieldCheckoutError(
                "your login has no salesperson in the user setup, so it has no contacts of its own",
                "no_salesperson",
            )
        rows = Contact.select(Contact.id).where(Contact.salesperson == salesperson)
        return _with_companies({int(row.id) for row in rows})
    segment = Segment.get_or_none(Segment.no == scope.segment_no)
    if segment is None:
        raise NotFoundError("segment", scope.segment_no)
    lines = SegmentLine.select(SegmentLine.contact).where(SegmentLine.segment == segment.id)
    return _with_companies({int(row.contact_id) for row in lines})


def whole_segments(ids: set[int] | None) -> set[int] | None:
    """The segments all of whose lines are for contacts in `ids` (None: all): a laptop takes a segment whole or
    not at all, so it never logs part of one."""
    if ids is None:
        return None
    lines: Any = SegmentLine.select(SegmentLine.segment, SegmentLine.contact).tuples()
    partial = {int(segment) for segment, contact in lines if int(contact) not in ids}
    segments: Any = Segment.select(Segment.id).tuples()
    return {int(segment) for (segment,) in segments if int(segment) not in partial}
