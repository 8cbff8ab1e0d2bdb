"""Letters rendered from real templates and read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.merge.conftest import LINE, SAMPLES, SEGMENT, TODAY, document_text, footer_text, make_template, part

from contactdesk.crm.errors import AttachmentError
from contactdesk.merge.context import ContextBuilder, LetterRequest
from contactdesk.merge.errors import LetterRenderError, TemplateRefusedError, TemplateSyntaxProblem
from contactdesk.merge.formatting import pick_language
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.template_check import TemplateCheck
from contactdesk.paths import sample_templates_dir

CONTACTS = ["CT000001", "CT000002", "CT000003", "CT000004", "CT000005"]


@pytest.mark.parametrize("template", SAMPLES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_sample_template_merges_without_problems(merge_data: dict[str, object], template: Path) -> None:
    contexts = ContextBuilder(TODAY).build_many(
        [LetterRequest(no, template.parent.name, LINE, SEGMENT) for no in CONTACTS]
    )
    report = TemplateCheck.from_file(template).run(contexts)
    assert report.ok, report.problems
    assert [problem for problem in report.problems if problem.kind != "empty_field"] == []
    prepared = PreparedTemplate.from_file(template)
    for context in contexts:
        data = prepared.render(context)
        text = "\n".join(document_text(data))
        assert context["contact"]["address_block"] in text
        assert "Welcome & <hello>" in text
        assert "See you at the fair ø ĳ 😀" in text
        assert context["salutation"]["formal"] + "," in text
        assert "{{" not in text and "{%" not in text
        assert footer_text(data)[0].startswith("Van Dijk Kantoorinrichting B.V.")


def test_special_characters_survive_as_text_not_markup(merge_data: dict[str, object], tmp_path: Path) -> None:
    template = sample_templates_dir() / "nl" / "welcome_letter.docx"
    context = ContextBuilder(TODAY).build("CT000001", line=LINE, segment=SEGMENT)
    path = PreparedTemplate.from_file(template).write(context, tmp_path / "out" / "letter.docx")
    paragraphs = document_text(path)
    assert paragraphs[2] == "Smit & Zn <b> B.V.\nDamrak 1\n1012 LG  Amsterdam"
    assert "Smit &amp; Zn &lt;b&gt; B.V." in part(path, "word/document.xml")
    assert paragraphs[3] == "Amsterdam, 22 november 2026"
    assert list((tmp_path / "out").iterdir()) == [path]  # no temporary file left beside it


def test_optional_paragraphs_disappear_when_empty(merge_data: dict[str, object]) -> None:
    template = sample_templates_dir() / "en" / "follow_up.docx"
    context = ContextBuilder(TODAY).build("CT000004", line={"description": "Our call"})
    text = document_text(PreparedTemplate.from_file(template).render(context))
    assert "Our call" in text
    assert not any(line.startswith("Our reference") for line in text)
    assert "" not in text[4:8]  # the {%p %} paragraphs leave no empty paragraph behind


def test_the_contacts_language_picks_the_template_version(merge_data: dict[str, object]) -> None:
    versions = {path.name: path for path in (sample_templates_dir()).iterdir() if path.is_dir()}
    builder = ContextBuilder(TODAY)
    expected = {"CT000002": "Met vriendelijke groet", "CT000003": "Med vennlig hilsen", "CT000005": "Kind regards"}
    for contact_no, closing in expected.items():
        language = pick_language(builder.build(contact_no)["contact"]["language"], versions, "en")
        assert language is not None
        context = builder.build(contact_no, language=language, line=LINE)
        text = document_text(PreparedTemplate.from_file(versions[language] / "welcome_letter.docx").render(context))
        assert any(line.startswith(closing) for line in text), (contact_no, text)


def test_headers_and_footers_and_properties_are_rendered(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Body {{ contact.name }}")
    document.sections[0].header.paragraphs[0].text = "Header {{ contact.no }}"
    document.sections[0].footer.paragraphs[0].text = "Footer {{ sender.name }}"
    document.core_properties.title = "Letter to {{ contact.name }}"
    document.save(str(tmp_path / "t.docx"))
    context = {"contact": {"name": "A & B", "no": "CT1"}, "sender": {"name": "Us <Ltd>"}}
    data = PreparedTemplate.from_file(tmp_path / "t.docx").render(context)
    import io

    letter = docx.Document(io.BytesIO(data))
    assert letter.paragraphs[0].text == "Body A & B"
    assert letter.sections[0].header.paragraphs[0].text == "Header CT1"
    assert letter.sections[0].footer.paragraphs[0].text == "Footer Us <Ltd>"
    assert letter.core_properties.title == "Letter to A & B"


HOSTILE = [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ self.__init__.__globals__.os.environ }}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
    "{{ 'x' * 10**9 }}",
    "{{ 9 ** 999999 }}",
    "{{ '%999999999s' % 1 }}",
    "{{ 'a'|center(10**9) }}",
    "{% macro m(n) %}{{ m(n) }}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "{{ range }}",
    "{{ contact.items }}",
    "{{ contact }}",
    "{{ ''.join.__self__ }}",
    "{{ namespace }}{{ lipsum(10**6) }}",
]


@pytest.mark.parametrize("source", HOSTILE)
def test_hostile_templates_are_refused_clearly(tmp_path: Path, source: str) -> None:
    template = make_template(tmp_path / "hostile.docx", "Dear {{ contact.name }},", source)
    prepared = PreparedTemplate.from_file(template)
    with pytest.raises((TemplateRefusedError, LetterRenderError)) as caught:
        prepared.write({"contact": {"name": "Anna", "no": "CT1"}}, tmp_path / "out" / "out.docx")
    message = str(caught.value)
    assert "CT1" in message and "hostile.docx" in message
    assert "<class" not in message and "object" not in message and "built" not in message
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_refusal_is_an_unsafe_refusal_for_internals(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "{{ ''.__class__.__mro__ }}")
    with pytest.raises(TemplateRefusedError) as caught:
        PreparedTemplate.from_file(template).render({"contact": {"no": "CT1"}})
    assert caught.value.reason == "unsafe"


def test_a_syntax_error_names_the_paragraph(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "Hello", "Dear {{ contact.name }", "Bye")
    with pytest.raises(TemplateSyntaxProblem) as caught:
        PreparedTemplate.from_file(template)
    # docxtpl's run repair reads on to the next "}}", so the place may run into the next paragraph.
    assert caught.value.place.startswith("Dear {{ contact.name }")
    assert caught.value.part == "word/document.xml"


def test_a_tag_cutting_through_paragraphs_is_caught(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("{% if contact.name %}A")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "B{% endif %}"
    document.save(str(tmp_path / "t.docx"))
    template = tmp_path / "t.docx"
    with pytest.raises(LetterRenderError, match="broken Word XML"):
        PreparedTemplate.from_file(template).render({"contact": {"name": "", "no": "CT9"}})


def test_not_a_docx_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("{{ contact.name }}")
    with pytest.raises(AttachmentError) as caught:
        PreparedTemplate.from_file(text)
    assert caught.value.problem == "not_docx"
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    with pytest.raises(AttachmentError):
        PreparedTemplate.from_file(fake)
