"""Hostile and broken Word templates at merge time: zip bombs, deep nesting, tens of thousands of fields.

Each is refused with a sentence (a typed error, or a problem of the template check), never a traceback,
and quickly, without unpacking or compiling what a letter can never need.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.crm.docx_bombs import zip_bomb
from tests.merge.conftest import document_text, make_template

from contactdesk.crm.errors import AttachmentError
from contactdesk.merge import docx_source
from contactdesk.merge.errors import TemplateRefusedError, TemplateSyntaxProblem
from contactdesk.merge.render import MAX_TAGS, PreparedTemplate
from contactdesk.merge.template_check import TemplateCheck

ROOT = Path(__file__).resolve().parents[2]
NESTED = {
    "brackets": "Dear {{ " + "(" * 80 + "contact.name" + ")" * 80 + " }},",
    "ifs": "{% if contact.name %}" * 300 + "Hello" + "{% endif %}" * 300,
    "fors": "{% for a in [1] %}" * 30 + "Hello" + "{% endfor %}" * 30,
    "chain": "{{ " + " + ".join(["contact.no"] * 1000) + " }}",
}


def test_a_zip_bomb_is_refused_at_merge_time(tmp_path: Path) -> None:
    data = zip_bomb(tmp_path / "bomb.docx", 1024).read_bytes()
    with pytest.raises(AttachmentError) as caught:
        PreparedTemplate(data, "bomb.docx")
    assert caught.value.problem == "too_large"
    with pytest.raises(AttachmentError):
        PreparedTemplate.from_file(tmp_path / "bomb.docx")
    report = TemplateCheck(data, "bomb.docx").run()
    assert [(p.kind, p.severity) for p in report.problems] == [("too_large", "error")]
    assert "word/document.xml" in report.problems[0].message


def test_a_lying_zip_directory_is_refused_at_merge_time(tmp_path: Path) -> None:
    data = zip_bomb(tmp_path / "liar.docx", 256, declared=1000).read_bytes()
    with pytest.raises(AttachmentError) as caught:
        PreparedTemplate(data, "liar.docx")
    assert caught.value.problem == "corrupt"
    assert [p.kind for p in TemplateCheck(data, "liar.docx").run().problems] == ["not_docx"]


PEAK = """
import json, resource, sys
from pathlib import Path
from contactdesk.crm.attachments import validate_docx
from contactdesk.crm.errors import AttachmentError
from contactdesk.merge.render import PreparedTemplate
from contactdesk.merge.template_check import TemplateCheck
refused = []
for path in map(Path, sys.argv[1:]):
    for attempt in (lambda: validate_docx(path), lambda: PreparedTemplate.from_file(path)):
        try:
            attempt()
        except AttachmentError as error:
            refused.append(error.problem)
    refused += [problem.kind for problem in TemplateCheck.from_file(path).run().problems]
# ru_maxrss keeps the forked pytest process's peak across exec; VmHWM is this program's own peak.
status = Path("/proc/self/status")
peak_kb = next((int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmHWM:")), 0) \
    if status.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"refused": refused, "peak_mb": peak_kb / 1024}))
"""


def test_refusing_a_bomb_takes_little_memory(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bomb.docx", 2048)
    liar = zip_bomb(tmp_path / "liar.docx", 1024, declared=1000)
    result = subprocess.run(
        [sys.executable, "-c", PEAK, str(bomb), str(liar)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    outcome = json.loads(result.stdout)
    assert outcome["refused"] == ["too_large", "too_large", "too_large", "corrupt", "corrupt", "not_docx"]
    assert 0 < outcome["peak_mb"] < 200, outcome


@pytest.mark.parametrize("kind", NESTED)
def test_deep_nesting_is_refused_by_the_check_with_its_paragraph(tmp_path: Path, kind: str) -> None:
    template = make_template(tmp_path / f"{kind}.docx", "Hello", NESTED[kind], "Regards")
    report = TemplateCheck.from_file(template).run()
    assert [(p.kind, p.severity) for p in report.problems] == [("too_complex", "error")], report.problems
    assert "nested too deeply" in report.problems[0].message
    assert NESTED[kind][:20] in report.problems[0].message  # the paragraph concerned


@pytest.mark.parametrize("kind", NESTED)
def test_deep_nesting_is_refused_when_prepared(tmp_path: Path, kind: str) -> None:
    template = make_template(tmp_path / f"{kind}.docx", "Hello", NESTED[kind])
    with pytest.raises(TemplateRefusedError) as caught:
        PreparedTemplate.from_file(template)
    assert caught.value.reason == "too_complex" and caught.value.template == f"{kind}.docx"
    assert "nested too deeply" in caught.value.detail


def test_nesting_a_real_letter_uses_still_works(tmp_path: Path) -> None:
    template = make_template(
        tmp_path / "ok.docx", "{% if contact.name %}" * 10 + "{{ ((contact.name)) }}" + "{% endif %}" * 10
    )
    assert TemplateCheck.from_file(template).run().ok
    letter = PreparedTemplate.from_file(template).render({"contact": {"name": "Anna", "no": "CT1"}})
    assert document_text(letter) == ["Anna"]


def _many(tmp_path: Path, count: int) -> bytes:
    return make_template(tmp_path / f"many{count}.docx", "{{ contact.name }} " * count).read_bytes()


def test_many_placeholders_clean_each_paragraph_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = docx_source.paragraph_text
    monkeypatch.setattr(docx_source, "paragraph_text", lambda xml: calls.append(len(xml)) or original(xml))
    report = TemplateCheck(_many(tmp_path, 2000), "many.docx").run()
    assert report.ok and report.fields == {"contact.name"}
    # The old check split the part and cleaned the 40 kB paragraph again for each of its 6,000 nodes.
    assert len(calls) <= 2


def test_the_check_grows_linearly_with_placeholders(tmp_path: Path) -> None:
    small, large = _many(tmp_path, 500), _many(tmp_path, 8000)

    def seconds(data: bytes) -> float:
        started = time.perf_counter()
        assert TemplateCheck(data, "many.docx").run().ok
        return time.perf_counter() - started

    fastest_small = min(seconds(small) for _ in range(3))
    # 16 times the placeholders: linear is about 16 times the time; the old check took 60 times and more.
    assert seconds(large) < 40 * fastest_small


def test_more_placeholders_than_a_letter_needs_are_refused_quickly(tmp_path: Path) -> None:
    data = _many(tmp_path, 50_000)
    started = time.perf_counter()
    report = TemplateCheck(data, "many.docx").run()
    assert time.perf_counter() - started < 10  # the figure is in bench/template_check.py
    assert [(p.kind, p.severity) for p in report.problems] == [("too_complex", "error")]
    assert f"at most {MAX_TAGS}" in report.problems[0].message
    with pytest.raises(TemplateRefusedError) as caught:
        PreparedTemplate(data, "many.docx")
    assert caught.value.reason == "too_complex"


def test_tags_left_open_are_refused_before_docxtpl_cleans_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Dear {{ contact.name }},")
    for _ in range(8000):  # docxtpl's cleaning searched to the end of the part from each: 9 s for 8,000
        paragraph.add_run("{{ x ")
    document.save(str(tmp_path / "open.docx"))
    data = (tmp_path / "open.docx").read_bytes()
    cleaned: list[int] = []
    original = docx_source.DOCXTPL.patch_xml
    monkeypatch.setattr(docx_source.DOCXTPL, "patch_xml", lambda xml: cleaned.append(len(xml)) or original(xml))
    report = TemplateCheck(data, "open.docx").run()
    assert [(p.kind, p.severity) for p in report.problems] == [("syntax", "error")]
    assert "not closed" in report.problems[0].message and "{{ x {{ x" in report.problems[0].place
    with pytest.raises(TemplateSyntaxProblem):
        PreparedTemplate(data, "open.docx")
    assert cleaned == []
    # One tag left open by mistake is still Jinja's to report, with its own words.
    typo = make_template(tmp_path / "typo.docx", "Dear {{ contact.name }", "Regards")
    assert [p.kind for p in TemplateCheck.from_file(typo).run().problems] == ["syntax"]


def test_the_refusals_read_as_sentences(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.errors import describe

    bomb = zip_bomb(tmp_path / "bomb.docx", 1024)
    with pytest.raises(AttachmentError) as too_large:
        PreparedTemplate.from_file(bomb)
    text = describe(too_large.value)
    assert "bomb.docx" in text and "word/document.xml unpacks to 1024 MB" in text and "try again" in text
    assert "too_large" not in text
    nested = make_template(tmp_path / "nested.docx", NESTED["brackets"])
    with pytest.raises(TemplateRefusedError) as too_complex:
        PreparedTemplate.from_file(nested)
    text = describe(too_complex.value)
    assert "nested.docx is too complicated" in text and "nested too deeply" in text and "Simplify" in text
