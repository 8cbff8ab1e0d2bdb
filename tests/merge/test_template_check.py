"""The template check reports every problem at once, with places and the recipients concerned."""

from __future__ import annotations

from pathlib import Path

from tests.merge.conftest import LINE, SEGMENT, TODAY, make_template

from contactdesk.merge.context import ContextBuilder, LetterRequest
from contactdesk.merge.template_check import TemplateCheck


def kinds(report: object) -> list[str]:
    return sorted(problem.kind for problem in report.problems)  # type: ignore[attr-defined]


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "t.docx",
        ["Dear {{ contact.na", "me }},"],  # Word split the placeholder over two runs
        "{{ contact.nmae }} {{ foo }} {{ contact }}",
        "{{ ''.__class__ }}",
    )
    report = TemplateCheck.from_file(template).run()
    assert not report.ok
    assert kinds(report) == ["split_placeholder", "unknown_field", "unknown_field", "unknown_field", "unsafe"]
    split = next(problem for problem in report.problems if problem.kind == "split_placeholder")
    assert split.severity == "warning" and "{{ contact.name }}" in split.message
    assert split.place == "Dear {{ contact.name }},"
    fields = {problem.field for problem in report.problems if problem.kind == "unknown_field"}
    assert fields == {"contact.nmae", "foo", "contact"}
    assert "contact.name" in report.fields


def test_a_syntax_error_names_its_paragraph(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t.docx", "Hello", "{% if contact.name %} no end", "Bye")
    report = TemplateCheck.from_file(template).run()
    assert kinds(report) == ["syntax"]
    assert (
        report.problems[0].place.startswith("Hello")
        or "no end" in report.problems[0].message + report.problems[0].place
    )


def test_not_a_word_document(tmp_path: Path) -> None:
    text = tmp_path / "letter.txt"
    text.write_text("{{ contact.name }}")
    report = TemplateCheck.from_file(text).run()
    assert kinds(report) == ["not_docx"]
    assert not TemplateCheck.from_file(tmp_path / "missing.docx").run().ok


def test_empty_fields_are_counted_and_named(merge_data: dict[str, object], tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "t.docx",
        "{{ contact.address_block }}",
        "{{ contact.email }}",
        "{% if line.comment %}{{ line.comment }}{% endif %}",
        "{{ line.subject or line.description }}",
        "{{ contact.job_title|default('-') }}",
    )
    contexts = ContextBuilder(TODAY).build_many(
        [LetterRequest(no, line={"description": "x"}) for no in ("CT000001", "CT000003", "CT000005")]
    )
    report = TemplateCheck.from_file(template).run(contexts)
    assert report.ok
    empty = {problem.field: problem for problem in report.problems if problem.kind == "empty_field"}
    assert set(empty) == {"contact.email"}  # address_block always has the name; the rest are guarded
    assert empty["contact.email"].count == 1
    assert empty["contact.email"].contacts == ("CT000005 - Klaus Weber",)
    assert empty["contact.email"].severity == "warning"


def test_worst_recipients_for_preview(merge_data: dict[str, object]) -> None:
    from contactdesk.paths import sample_templates_dir

    contexts = ContextBuilder(TODAY).build_many(
        [LetterRequest(no, "en", LINE, SEGMENT) for no in ("CT000001", "CT000002", "CT000003", "CT000004", "CT000005")]
    )
    report = TemplateCheck.from_file(sample_templates_dir() / "en" / "welcome_letter.docx").run(contexts)
    reasons = {reason: recipient.contact_no for recipient in report.worst for reason in recipient.reasons}
    assert reasons["longest address"] in ("CT000002", "CT000004")
    assert reasons["“&” in a value"] in ("CT000001", "CT000002")
    assert reasons["“<” in a value"] in ("CT000001", "CT000002")
    assert reasons["non-ASCII text"] in ("CT000002", "CT000003", "CT000004")
    assert reasons["longest name"] == "CT000002"


def test_a_refused_template_is_a_check_error(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "t.docx", "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    )
    report = TemplateCheck.from_file(template).run()
    assert kinds(report) == ["render_failed"]
    assert "steps" in report.problems[0].message
