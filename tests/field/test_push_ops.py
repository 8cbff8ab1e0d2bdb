"""The outbox read as the operations a push sends: several rows of one record merged into one operation."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from tests.field.field_office import check_out

from contactdesk.crm import contacts
from contactdesk.crm.contact_data import ContactData
from contactdesk.store import field_ids, field_ops
from contactdesk.store.enums import ContactType
from contactdesk.store.models import Contact, SegmentHistoryLine


@pytest.fixture
def laptop(demo_database: object, tmp_path: Path) -> Path:
    """A laptop checked out of the sample office (all contacts), bound."""
    check_out(tmp_path)
    return tmp_path / "laptop.sqlite"


def _ops() -> list[field_ops.Op]:
    rows, _last = field_ops.read()
    return field_ops.merge(rows)


def test_a_card_save_is_one_update_with_the_values_before_it(laptop: Path) -> None:
    contact = Contact.select().where(Contact.type == ContactType.PERSON).order_by(Contact.no).first()
    data = contacts.get_contact(str(contact.no))
    contacts.update_contact(data.no, replace(data, phone_no="+47 1"))
    contacts.update_contact(data.no, replace(contacts.get_contact(data.no), phone_no="+47 2", city="Bodø"))
    assert len(field_ops.read()[0]) == 4  # two saves, each two rows
    (op,) = _ops()
    assert (op.kind, op.row_id, len(op.uuids)) == ("update", contact.id, 4)
    assert (op.changes["phone_no"], op.changes["city"]) == ("+47 2", "Bodø")
    assert op.before is not None and (op.before["phone_no"], op.before["city"]) == (data.phone_no, data.city)
    assert op.before["version"] == data.version  # the oldest version: what the office had


def test_a_new_row_changed_offline_is_one_insert_and_one_made_and_deleted_is_nothing(laptop: Path) -> None:
    kept = contacts.create_contact(ContactData(name="Kept"))
    data = contacts.get_contact(kept)
    contacts.update_contact(kept, replace(data, city="Alta"))
    gone = contacts.create_contact(ContactData(name="Gone"))
    contacts.delete_contact(gone)
    ops = {(op.table, op.kind): op for op in _ops()}
    assert set(ops) == {("contact", "insert"), ("contact", "gone")}
    assert ops[("contact", "insert")].changes["city"] == "Alta"


def test_ids_inside_an_undo_snapshot_and_plain_id_columns_follow_the_new_ids() -> None:
    snapshot = json.dumps(
        {
            "format": 2,
            "segment": {"columns": ["id", "no"], "rows": [[7, "SG1"]]},
            "history_lines": {"columns": ["id", "segment_id", "contact_id"], "rows": [[1, 7, 40], [2, 7, 3]]},
        }
    )
    ids = {"contact": {40: 9040}, "segment": {7: 907}}
    data = json.loads(field_ids.translate_snapshot(snapshot, ids))
    assert data["segment"]["rows"] == [[907, "SG1"]]
    assert data["history_lines"]["rows"] == [[1, 907, 9040], [2, 907, 3]]
    values = {"contact_id": 40, "contact_company_id": 3, "segment_id": 7}
    field_ids.translate_row(SegmentHistoryLine, values, ids)
    assert values == {"contact_id": 9040, "contact_company_id": 3, "segment_id": 907}
