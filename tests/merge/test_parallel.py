"""Many letters on all cores: every file complete, progress reported, cancel leaves no partial files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from tests.merge.conftest import document_text, make_template

from contactdesk.merge.errors import TemplateRefusedError
from contactdesk.merge.fields import example_context
from contactdesk.merge.names import LetterNames
from contactdesk.merge.parallel import LetterJob, LetterRun
from contactdesk.merge.render import PreparedTemplate
from contactdesk.paths import sample_templates_dir


def jobs_for(folder: Path, templates: list[PreparedTemplate], count: int) -> list[LetterJob]:
    names = LetterNames(folder)
    jobs = []
    for index in range(count):
        context = example_context()
        context["contact"]["no"] = f"CT{index:06d}"  # type: ignore[index]
        context["contact"]["address_block"] = f"Contact {index} & <Co>\nStreet {index}"  # type: ignore[index]
        template = templates[index % len(templates)]
        jobs.append(LetterJob(names.path_for(f"CT{index:06d}", f"Contact {index}"), template.key, context))
    return jobs


@pytest.mark.slow
def test_two_processes_write_every_letter(tmp_path: Path) -> None:
    templates = [
        PreparedTemplate.from_file(sample_templates_dir() / language / "welcome_letter.docx")
        for language in ("en", "nl")
    ]
    jobs = jobs_for(tmp_path, templates, 120)
    seen: list[tuple[int, int]] = []
    run = LetterRun({template.key: template for template in templates}, workers=2, chunk=10, in_process_below=1)
    outcome = run.run(jobs, progress=lambda done, total: seen.append((done, total)))
    assert not outcome.cancelled
    assert outcome.paths == [job.target for job in jobs]
    assert seen[-1] == (120, 120)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(job.target.name for job in jobs)
    assert "Contact 77 & <Co>\nStreet 77" in document_text(outcome.paths[77])  # type: ignore[arg-type]
    assert any(line.startswith("Met vriendelijke groet") for line in document_text(outcome.paths[1]))  # type: ignore[arg-type]


@pytest.mark.slow
def test_cancel_leaves_only_complete_letters(tmp_path: Path) -> None:
    template = PreparedTemplate.from_file(sample_templates_dir() / "en" / "welcome_letter.docx")
    jobs = jobs_for(tmp_path, [template], 400)
    run = LetterRun({template.key: template}, workers=2, chunk=5, in_process_below=1)
    stop_after = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 20:
            stop_after.set()
            run.cancel()

    outcome = run.run(jobs, progress=progress)
    assert outcome.cancelled
    assert 20 <= len(outcome.written) < 400
    files = sorted(tmp_path.iterdir())
    assert all(path.suffix == ".docx" for path in files)  # no temporary file left
    assert set(files) == set(outcome.written)
    for path in files:
        assert document_text(path)[0] == "Van Dijk Kantoorinrichting B.V."  # every one opens


def test_in_process_cancel_and_personalised_copies(tmp_path: Path) -> None:
    template = PreparedTemplate.from_file(sample_templates_dir() / "en" / "welcome_letter.docx")
    own = make_template(tmp_path / "own.docx", "My own letter, edited by hand {{ not rendered }}")
    out = tmp_path / "out"
    out.mkdir()
    jobs = jobs_for(out, [template], 10)
    jobs[3] = LetterJob(out / "CT000003 - Own.docx", copy_from=own.read_bytes)
    cancel_at = 6
    outcome = LetterRun({template.key: template}).run(jobs, cancelled=lambda: len(list(out.iterdir())) >= cancel_at)
    assert outcome.cancelled and len(outcome.written) == cancel_at
    assert document_text(out / "CT000003 - Own.docx") == ["My own letter, edited by hand {{ not rendered }}"]


@pytest.mark.slow
def test_a_refusal_in_a_worker_stops_the_run_cleanly(tmp_path: Path) -> None:
    hostile = PreparedTemplate.from_file(
        make_template(
            tmp_path / "hostile.docx",
            "{{ contact.no }}",
            "{% if contact.no == 'CT000150' %}{{ ''.__class__.__mro__ }}{% endif %}",
        )
    )
    out = tmp_path / "out"
    jobs = jobs_for(out, [hostile], 200)
    with pytest.raises(TemplateRefusedError) as caught:
        LetterRun({hostile.key: hostile}, workers=2, chunk=10, in_process_below=1).run(jobs)
    assert caught.value.reason == "unsafe" and caught.value.contact_no == "CT000150"
    assert all(path.suffix == ".docx" for path in out.iterdir())
