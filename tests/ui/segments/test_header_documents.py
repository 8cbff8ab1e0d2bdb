"""No to a header template change while lines use the segment's document is refused with a sentence (spec §2.2)."""

from __future__ import annotations

from contactdesk.crm import segment_lines, segments, templates

from .conftest import Answers


def test_no_to_a_template_change_is_refused_while_lines_use_the_segments_document(
    qtbot, demo_window, answers: Answers
) -> None:  # type: ignore[no-untyped-def]
    no = next(s.no for s in segments.list_segments() if s.description.startswith("Welcome"))
    old = segments.get_segment(no).template_code
    new = next(t.code for t in templates.list_templates() if t.code != old)
    sheet = demo_window.page(1).open_segment(no)
    answers.confirm = False
    sheet.form.template.setCurrentIndex(sheet.form.template.findData(new))
    sheet.form.template.activated.emit(sheet.form.template.currentIndex())
    assert answers.asked[-1].startswith(f"Apply template {new} to all segment lines?")
    assert answers.warnings[-1].startswith("The template cannot change without updating the segment lines")
    # Nothing changed, and the form shows the template the segment still has.
    assert sheet.header.template_code == old and segments.get_segment(no).template_code == old
    assert sheet.form.template.currentData() == old
    assert {line.template_code for line in segment_lines.list_lines(no, limit=-1)} == {old}
