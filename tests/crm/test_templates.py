"""Interaction templates, their language rows, and stored Word documents (real .docx files)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from contactdesk.crm import attachments
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.errors import AttachmentError, InUseError, NotFoundError, ValidationErrors
from contactdesk.crm.templates import (
    TemplateData,
    delete_template,
    export_template_attachment,
    get_template,
    list_template_languages,
    list_templates,
    remove_template_attachment,
    remove_template_language,
    save_template,
    set_template_attachment,
    template_attachment_bytes,
)
from contactdesk.store.enums import CorrespondenceType, InformationFlow, InitiatedBy, WizardAction
from contactdesk.store.models import (
    Attachment,
    Campaign,
    Contact,
    DocumentContent,
    InteractionTemplate,
    InteractionTemplateLanguage,
    Segment,
    SegmentLine,
)


@pytest.fixture(autouse=True)
def letter_group(database: object) -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))


def make_docx(path: Path, text: str) -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def read_docx(source: Path | bytes | None) -> str:
    assert source is not None
    opened = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return "\n".join(paragraph.text for paragraph in docx.Document(opened).paragraphs)


def stored_contents() -> list[str]:
    return sorted(str(row.sha256) for row in DocumentContent.select(DocumentContent.sha256))


def snapshot() -> tuple[object, ...]:
    return (
        list(Attachment.select().tuples()),
        list(InteractionTemplateLanguage.select().tuples()),
        list(InteractionTemplate.select().tuples()),
        stored_contents(),
    )


def _template(code: str = "WELCOME", **values: object) -> TemplateData:
    return save_template(TemplateData(code=code, interaction_group_code="LETTER", **values))  # type: ignore[arg-type]


def test_round_trip_with_defaults_and_every_field() -> None:
    plain = _template("PLAIN")
    assert plain.correspondence_type_default is CorrespondenceType.EMAIL
    assert plain.unit_cost == Decimal("0.00")
    Campaign.create(no="CP0001", description="Spring")
    full = save_template(
        TemplateData(
            code=" welcome ",
            interaction_group_code="letter",
            description="Welcome letter",
            unit_cost=Decimal("1.5"),
            unit_duration=10,
            information_flow=InformationFlow.OUTBOUND,
            initiated_by=InitiatedBy.US,
            campaign_no="cp0001",
            campaign_target=True,
            campaign_response=True,
            correspondence_type_default=CorrespondenceType.HARD_COPY,
            ignore_contact_corres_type=True,
            language_code_default="NL",
            wizard_action=WizardAction.OPEN,
        )
    )
    assert full.code == "WELCOME"
    assert (full.interaction_group_code, full.campaign_no, full.language_code_default) == (
        "LETTER",
        "CP0001",
        "nl",
    )
    assert full.unit_cost == Decimal("1.50")
    assert full.wizard_action is WizardAction.OPEN
    assert get_template("welcome") == full
    assert [template.code for template in list_templates()] == ["PLAIN", "WELCOME"]
    # The default language had no row yet, so one was created for it.
    assert [row.language_code for row in list_template_languages("WELCOME")] == ["nl"]
    assert list_template_languages("WELCOME")[0].description == "Welcome letter"


def test_validation_collects_every_error() -> None:
    with pytest.raises(ValidationErrors) as caught:
        save_template(
            TemplateData(
                code="",
                interaction_group_code="",
                unit_cost=Decimal("-1"),
                unit_duration=-5,
                campaign_no="NOPE",
                language_code_default="xx",
            )
        )
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("code", "required"),
        ("interaction_group_code", "required"),
        ("unit_cost", "negative"),
        ("unit_duration", "negative"),
        ("campaign_no", "unknown"),
        ("language_code_default", "unknown"),
    }
    with pytest.raises(ValidationErrors) as caught:
        save_template(TemplateData(code="X" * 11, interaction_group_code="MEETING"))
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("code", "too_long"),
        ("interaction_group_code", "unknown"),
    }
    assert InteractionTemplate.select().count() == 0


def test_rename_moves_language_rows(tmp_path: Path) -> None:
    _template("WELCOME", language_code_default="en")
    set_template_attachment("WELCOME", "nl", make_docx(tmp_path / "nl.docx", "Welkom"))
    renamed = save_template(TemplateData(code="HELLO", interaction_group_code="LETTER"), original_code="WELCOME")
    assert renamed.language_code_default == ""
    assert [row.language_code for row in list_template_languages("HELLO")] == ["en", "nl"]
    with pytest.raises(NotFoundError):
        get_template("WELCOME")


def test_attachment_is_stored_by_content(tmp_path: Path) -> None:
    _template()
    source = make_docx(tmp_path / "Welcome.docx", "Dear {{ contact.name }}")
    row = set_template_attachment("WELCOME", "en", source)

    assert (row.language_code, row.file_name, row.has_attachment) == ("en", "Welcome.docx", True)
    # The first document also becomes the template's default language.
    assert get_template("WELCOME").language_code_default == "en"
    assert template_attachment_bytes("WELCOME", "EN") == source.read_bytes()
    attachment = Attachment.get_by_id(row.attachment_id)
    assert attachment.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert (attachment.extension, attachment.size) == ("docx", source.stat().st_size)
    # Inside the database: nothing is written beside it.
    assert sorted(path.name for path in tmp_path.iterdir() if not path.name.startswith("test.sqlite")) == [
        "Welcome.docx"
    ]

    # The same bytes stored again share the one stored content.
    second = attachments.store_file(source, "Copy.docx")
    assert Attachment.get_by_id(second).sha256 == attachment.sha256
    assert stored_contents() == [attachment.sha256]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("letter.doc", b"\xd0\xcf\x11\xe0 an old Word file", "not_docx"),
        ("letter.txt", b"plain text", "not_docx"),
        ("letter.docx", b"this is not a zip at all", "corrupt"),
        ("missing.docx", None, "missing"),
        ("zip.docx", "zip-without-document", "corrupt"),
    ],
)
def test_unusable_files_change_nothing(tmp_path: Path, name: str, content: object, problem: str) -> None:
    _template()
    set_template_attachment("WELCOME", "en", make_docx(tmp_path / "good.docx", "Good"))
    source = tmp_path / name
    if isinstance(content, bytes):
        source.write_bytes(content)
    elif content == "zip-without-document":
        with zipfile.ZipFile(source, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("word/other.xml", "<x/>")
    before = snapshot()

    for language in ("en", "nl"):
        with pytest.raises(AttachmentError) as caught:
            set_template_attachment("WELCOME", language, source)
        assert caught.value.problem == problem

    assert snapshot() == before
    assert read_docx(template_attachment_bytes("WELCOME", "en")) == "Good"


def test_unknown_template_or_language(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "a.docx", "A")
    with pytest.raises(NotFoundError):
        set_template_attachment("NOPE", "en", source)
    _template()
    with pytest.raises(ValidationErrors) as caught:
        set_template_attachment("WELCOME", "xx", source)
    assert caught.value.for_field("language_code") is not None
    assert template_attachment_bytes("WELCOME", "en") is None
    with pytest.raises(NotFoundError):
        remove_template_attachment("WELCOME", "en")


def test_replace_export_and_remove(tmp_path: Path) -> None:
    _template()
    first = set_template_attachment("WELCOME", "nl", make_docx(tmp_path / "v1.docx", "Versie 1"))
    second = set_template_attachment("WELCOME", "nl", make_docx(tmp_path / "v2.docx", "Versie 2"))

    assert second.attachment_id != first.attachment_id
    assert Attachment.get_or_none(Attachment.id == first.attachment_id) is None
    assert [row.file_name for row in list_template_languages("WELCOME")] == ["v2.docx"]

    exported = export_template_attachment("WELCOME", "nl", tmp_path / "out" / "letter.docx")
    assert read_docx(exported) == "Versie 2"
    folder = tmp_path / "folder"
    folder.mkdir()
    assert export_template_attachment("WELCOME", "nl", folder) == folder / "v2.docx"

    remove_template_attachment("WELCOME", "nl")
    (row,) = list_template_languages("WELCOME")
    assert (row.language_code, row.attachment_id, row.has_attachment, row.file_name) == (
        "nl",
        None,
        False,
        "",
    )
    assert template_attachment_bytes("WELCOME", "nl") is None
    with pytest.raises(NotFoundError):
        export_template_attachment("WELCOME", "nl", tmp_path / "again.docx")
    assert Attachment.select().count() == 0
    # Contents no row refers to any more went with their last row.
    assert stored_contents() == []


def test_replacing_keeps_a_document_a_segment_still_uses(tmp_path: Path) -> None:
    _template()
    first = set_template_attachment("WELCOME", "en", make_docx(tmp_path / "v1.docx", "One"))
    contact = Contact.create(no="CT000001", name="Acme")
    segment = Segment.create(no="SEG00001")
    SegmentLine.create(segment=segment, line_no=10000, contact=contact, attachment=first.attachment_id)

    set_template_attachment("WELCOME", "en", make_docx(tmp_path / "v2.docx", "Two"))

    assert read_docx(attachments.attachment_bytes(first.attachment_id)) == "One"
    assert len(stored_contents()) == 2


def test_removing_the_default_language_moves_the_default(tmp_path: Path) -> None:
    _template(language_code_default="nl")
    set_template_attachment("WELCOME", "en", make_docx(tmp_path / "en.docx", "Hello"))
    set_template_attachment("WELCOME", "nb", make_docx(tmp_path / "nb.docx", "Hei"))

    remove_template_language("WELCOME", "nl")
    assert get_template("WELCOME").language_code_default == "en"
    remove_template_language("WELCOME", "nb")
    assert get_template("WELCOME").language_code_default == "en"
    remove_template_language("WELCOME", "en")
    assert get_template("WELCOME").language_code_default == ""
    assert list_template_languages("WELCOME") == []
    assert Attachment.select().count() == 0
    with pytest.raises(NotFoundError):
        remove_template_language("WELCOME", "en")


def test_delete_template(tmp_path: Path) -> None:
    _template()
    set_template_attachment("WELCOME", "en", make_docx(tmp_path / "en.docx", "Hello"))
    segment = Segment.create(no="SEG00001", interaction_template="WELCOME")
    before = snapshot()
    with pytest.raises(InUseError) as caught:
        delete_template("WELCOME")
    assert (caught.value.used_by, caught.value.count) == ("segments", 1)
    assert snapshot() == before

    segment.delete_instance()
    delete_template("welcome")
    assert list_templates() == []
    assert InteractionTemplateLanguage.select().count() == 0
    assert Attachment.select().count() == 0
    with pytest.raises(NotFoundError):
        delete_template("WELCOME")


def test_other_files_and_lost_files(tmp_path: Path, database: object) -> None:
    pdf = tmp_path / "Brochure.pdf"
    pdf.write_bytes(b"%PDF-1.4 not really")
    stored = attachments.store_file(pdf)
    assert attachments.attachment_bytes(stored) == pdf.read_bytes()
    assert attachments.attachment_file_name(stored) == "Brochure.pdf"
    with pytest.raises(AttachmentError) as caught:
        attachments.store_file(pdf, require_docx=True)
    assert caught.value.problem == "not_docx"

    attachment_id = attachments.store_file(make_docx(tmp_path / "a.docx", "A"), "Letter.docx")
    # A document whose file was already gone when an older database was upgraded has no content.
    DocumentContent.delete().execute()
    with pytest.raises(AttachmentError) as caught:
        attachments.export_attachment(attachment_id, tmp_path / "out.docx")
    assert caught.value.problem == "content_missing" and not (tmp_path / "out.docx").exists()
    with pytest.raises(NotFoundError):
        attachments.attachment_bytes(999)
