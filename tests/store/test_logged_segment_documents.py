"""The documents a logging's undo snapshot keeps are recorded beside it (m0012): an upgraded database fills the
record from its snapshots, and in the office database staff may log and delete with it (PostgreSQL grants)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from tests import engines
from tests.office_logins import Office

from contactdesk.crm import line_letters, logged_segments, segment_lines, segments
from contactdesk.crm.log_data import LogOptions
from contactdesk.crm.logging_ import log_segment
from contactdesk.store import db as store_db
from contactdesk.store.models import Attachment, LoggedSegment, LoggedSegmentDocument, SchemaVersion
from contactdesk.store.opening import OpenedDatabase, open_database


def _segment_with_removed_letter(tmp_path: Path) -> tuple[str, int]:
    """A WELCOME segment whose first line got its own letter and was then removed (so only history keeps it)."""
    no = segments.create_segment("Letters kept", "WELCOME")
    contact = next(s.no for s in segments.list_segments() if s.template_code == "WELCOME" and s.lines and s.no != no)
    segment_lines.add_contacts_by_hand(no, [line.contact_no for line in segment_lines.list_lines(contact)[:2]])
    line_no = segment_lines.line_numbers(no)[0]
    path = tmp_path / "own.docx"
    document = docx.Document()
    document.add_paragraph("Only for you.")
    document.save(str(path))
    row, _version = line_letters.keep_own_letter(no, line_no, path)
    assert row.own_letter
    own = int(Attachment.select(Attachment.id).order_by(Attachment.id.desc()).scalar())
    segment_lines.remove_lines(no, [line_no])
    return no, own


def test_an_upgraded_database_records_the_documents_its_undo_snapshots_keep(
    demo_database: OpenedDatabase, tmp_path: Path
) -> None:
    no, own = _segment_with_removed_letter(tmp_path)
    logged = log_segment(no, LogOptions(skip_flagged=True)).logged_segment
    # As if logged by a ContactDesk before the record existed, then opened by this one.
    store_db.db.execute_sql('DROP TABLE "logged_segment_document"')
    SchemaVersion.update(version=11).execute()
    store_db.close()
    open_database(engines.current)
    kept = LoggedSegmentDocument.select().join(LoggedSegment).where(LoggedSegment.no == logged)
    assert own in {int(row.attachment_id) for row in kept}
    logged_segments.set_canceled([logged], True)
    logged_segments.delete_canceled([logged])
    assert Attachment.get_or_none(Attachment.id == own) is None


@pytest.mark.postgresql_only
def test_staff_log_and_delete_segments_and_their_documents_go(office: Office, tmp_path: Path) -> None:
    office.work_as(office.staff)
    no, own = _segment_with_removed_letter(tmp_path)
    logged = log_segment(no, LogOptions(skip_flagged=True)).logged_segment
    assert LoggedSegmentDocument.select().where(LoggedSegmentDocument.attachment == own).exists()
    other, removed = _segment_with_removed_letter(tmp_path)
    segments.delete_segment(other)
    assert Attachment.get_or_none(Attachment.id == removed) is None
    office.work_as(office.admin)  # deleting a logged segment is an administrator's
    logged_segments.set_canceled([logged], True)
    logged_segments.delete_canceled([logged])
    assert Attachment.get_or_none(Attachment.id == own) is None


@pytest.mark.postgresql_only
def test_the_table_an_upgrade_adds_is_granted_to_staff(office: Office) -> None:
    office.upgrade_from(11, 'DROP TABLE "logged_segment_document"')
    office.psql(
        office.staff,
        "INSERT INTO logged_segment_document (logged_segment_id, attachment_id) "
        "SELECT (SELECT min(id) FROM logged_segment), min(id) FROM attachment",
    )
