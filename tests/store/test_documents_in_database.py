"""Documents live inside the database: an older file's documents move in, and a copied file keeps them."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import docx
import pytest
from tests import engines

from contactdesk.crm import attachments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.docx_limits import MAX_FILE_BYTES
from contactdesk.crm.errors import AttachmentError
from contactdesk.crm.interaction_documents import export_entry_document
from contactdesk.crm.templates import TemplateData, save_template, set_template_attachment, template_attachment_bytes
from contactdesk.store import db as store_db
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import Attachment, DocumentContent, InteractionLogEntry
from contactdesk.store.opening import open_database

DATA = Path(__file__).parents[1] / "data"


def _docx(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(data: bytes) -> str:
    return "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs)


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[1] for row in connection.execute(f"PRAGMA table_info('{table}')")}


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    """A version-1 database whose documents lie in the '<name>-files' folder beside it, as before version 6.

    Attachment 1 is a template version, 2 a letter kept with entry 1, 3 a document whose file is gone;
    entry 2 kept a letter whose attachment link was removed later (only letter_path still names it).
    """
    path = tmp_path / "office.sqlite"
    files = tmp_path / "office-files"
    with sqlite3.connect(path) as connection:
        connection.executescript((DATA / "schema_v1.sql").read_text(encoding="utf-8"))
        for attachment_id, storage_path, name in (
            (1, "aa/template.docx", "Welcome.docx"),
            (2, "bb/letter.docx", "CT000002 - Åse Løvås.docx"),
            (3, "cc/gone.docx", "Gone.docx"),
        ):
            connection.execute(
                "INSERT INTO attachment (id, file_name, storage_path, extension, size, sha256, read_only, created_at) "
                "VALUES (?, ?, ?, 'docx', 0, '', 0, '2026-01-05 10:00:00')",
                (attachment_id, name, storage_path),
            )
        columns = [row[1] for row in connection.execute("PRAGMA table_info('interaction_log_entry')")]
        for entry_no, attachment_id, letter in ((1, 2, "bb/letter.docx"), (2, None, "dd/orphan.docx")):
            values = {column: 0 for column in columns}
            values.update(
                id=entry_no,
                entry_no=entry_no,
                uid=f"uid-{entry_no}",
                contact_id=2,
                contact_no="CT000002",
                contact_name="Åse Løvås",
                date="2026-01-05",
                time_of_interaction=None,
                description="Letter",
                subject="",
                user_id="demo",
                interaction_group_id=None,
                interaction_template_id=None,
                language_code="nb",
                campaign_id=None,
                segment_no="",
                logged_segment_id=None,
                salesperson_id=None,
                contact_company_id=None,
                alt_address_code="",
                contact_via="",
                opportunity_text="",
                result_description="",
                letter_path=letter,
                letter_sha256="",
                attachment_id=attachment_id,
                created_at="2026-01-05 10:00:00",
            )
            connection.execute(
                f"INSERT INTO interaction_log_entry ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
                list(values.values()),
            )
    for relative, text in (
        ("aa/template.docx", "Dear {{ contact.name }}"),
        ("bb/letter.docx", "Kjære Åse"),
        ("dd/orphan.docx", "Kept, link lost"),
    ):
        (files / relative).parent.mkdir(parents=True, exist_ok=True)
        (files / relative).write_bytes(_docx(text))
    return path


@pytest.mark.sqlite_only("an older SQLite file's '-files' folder moves inside; no server database had one")
def test_an_older_database_takes_its_documents_inside(old_file: Path) -> None:
    folder = old_file.with_name("office-files")
    before = {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*.docx")}
    opened = open_database(old_file)
    try:
        assert opened.migration.to_version == LATEST and opened.migration.backup is not None
        assert _text(attachments.attachment_bytes(1)) == "Dear {{ contact.name }}"
        assert _text(attachments.attachment_bytes(2)) == "Kjære Åse"
        with pytest.raises(AttachmentError) as caught:
            attachments.attachment_bytes(3)
        assert caught.value.problem == "content_missing"
        first, second = InteractionLogEntry.select().order_by(InteractionLogEntry.entry_no)
        assert (first.letter_name, first.attachment_id) == ("letter.docx", 2)
        # The letter whose link was lost is linked again, read-only like every kept letter.
        assert second.letter_name == "orphan.docx" and second.attachment_id is not None
        assert _text(attachments.attachment_bytes(second.attachment_id)) == "Kept, link lost"
        assert Attachment.get_by_id(second.attachment_id).read_only
        assert DocumentContent.select().count() == 3
    finally:
        store_db.close()
    assert "storage_path" not in _columns(old_file, "attachment")
    assert "letter_name" in _columns(old_file, "interaction_log_entry")
    # The old folder is left as it was: with the backup of the database, it is the way back.
    assert {path.relative_to(folder): path.read_bytes() for path in folder.rglob("*.docx")} == before


def test_the_database_alone_carries_its_documents(tmp_path: Path, database_target: str) -> None:
    sqlite = engines.ENGINE == "sqlite"
    original = str(tmp_path / "desk" / "contactdesk.sqlite") if sqlite else database_target
    open_database(original, create=True)
    try:
        save_code("interaction_group", CodeData("LETTER", "Letters"))
        save_template(TemplateData(code="WELCOME", interaction_group_code="LETTER"))
        source = tmp_path / "Welcome.docx"
        source.write_bytes(_docx("Welcome, {{ contact.name }}"))
        set_template_attachment("WELCOME", "en", source)
    finally:
        store_db.close()
    source.unlink()
    if sqlite:
        assert sorted(path.name for path in Path(original).parent.iterdir()) == ["contactdesk.sqlite"]
    # Copied to a USB stick (or to another server database), the database is all there is.
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = engines.copy_database(original, stick, "copy")
    if sqlite:
        shutil.rmtree(Path(original).parent)
    else:
        engines.drop_database(original)
    open_database(copy)
    try:
        assert _text(template_attachment_bytes("WELCOME", "en") or b"") == "Welcome, {{ contact.name }}"
    finally:
        store_db.close()


def test_an_entry_exports_the_letter_kept_inside(tmp_path: Path, database: object) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(_docx("Your letter"))
    attachment_id = attachments.store_file(letter)
    InteractionLogEntry.create(
        entry_no=1,
        contact_no="CT000001",
        contact_name="A",
        description="Letter",
        date="2026-12-01",
        attachment=attachment_id,
        letter_name="letter.docx",
    )
    letter.unlink()
    out = export_entry_document(1, tmp_path / "out.docx")
    assert _text(out.read_bytes()) == "Your letter"


def test_a_document_too_large_is_refused_before_it_is_read(
    tmp_path: Path, database: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"read {self} whole"))
    with pytest.raises(AttachmentError) as caught:
        attachments.store_file(big)
    assert caught.value.problem == "too_large"
    assert Attachment.select().count() == 0 and DocumentContent.select().count() == 0


def test_a_stored_document_too_large_is_refused_before_it_is_read(tmp_path: Path, database: object) -> None:
    letter = tmp_path / "letter.docx"
    letter.write_bytes(_docx("Moved in from an older database, never checked"))
    attachment_id = attachments.store_file(letter)
    DocumentContent.update(size=MAX_FILE_BYTES + 1).execute()
    with pytest.raises(AttachmentError) as caught:
        attachments.attachment_bytes(attachment_id)
    assert caught.value.problem == "too_large"
