"""Log and deliver with old data that holds line breaks: one contact's bad value costs its own draft only."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from contactdesk.crm import segment_lines
from contactdesk.merge.deliver import log_and_deliver
from contactdesk.store.enums import CorrespondenceType, DeliveryStatus
from contactdesk.store.models import Contact, InteractionLogEntry

from .conftest import TODAY, F

E = InteractionLogEntry


def test_a_line_break_in_stored_values_still_delivers_every_other_draft(f: F, tmp_path: Path) -> None:
    # Written straight into the database, as data saved before the check existed would be.
    Contact.update(name="Piet\r\nBcc: evil@example.com").where(Contact.no == f.P1).execute()
    Contact.update(email="paula@x.example").where(Contact.no == f.P2).execute()
    Contact.update(email="pam@x.example\r\nBcc: evil@example.com").where(Contact.no == f.P4).execute()
    no = f.segment("P1", "P2", "P4", "C1")
    lines = segment_lines.list_lines(no, limit=-1)
    for line in lines[:3]:
        segment_lines.update_line(no, line.line_no, "correspondence_type", int(CorrespondenceType.EMAIL))
    segment_lines.update_line(no, lines[3].line_no, "correspondence_type", int(CorrespondenceType.HARD_COPY))
    result = log_and_deliver(no, tmp_path / "out", today=TODAY, workers=1)
    assert result.logged is not None and result.failed == "" and result.logged.entries == 4
    assert (len(result.letters), result.kept, len(result.emails)) == (4, 4, 2)
    assert {e.delivery_status for e in E.select()} == {DeliveryStatus.BLANK}
    recipients = set()
    for path in result.emails:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["Bcc"] is None and message["X-Unsent"] == "1"
        to = message["To"].addresses
        recipients |= {(address.display_name, address.addr_spec) for address in to}
    assert recipients == {("Piet Bcc: evil@example.com", "p1@x.example"), ("Paula Twee", "paula@x.example")}
    kinds = {problem.kind: problem.contacts for problem in result.problems}
    assert kinds["draft_line_break"] == (f"{f.P1} - Piet Bcc: evil@example.com",)
    assert kinds["draft_refused"] == (f"{f.P4} - Pam Four",)
