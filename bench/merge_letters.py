"""Mail-merge benchmark: our engine against the plain docxtpl loop and docxcompose, side by side in one run.

    python bench/merge_letters.py [--contacts 1000] [--baseline-sample 200] [--compose-sample 0]

(a) Per-contact letters. Baseline: the plain docxtpl loop, a new DocxTemplate rendered (sandboxed,
    autoescaped) and saved per contact. Ours: the template prepared once, letters rendered on every
    core (merge.parallel.LetterRun). Target: >= 10x the throughput.
(b) The combined print document. Baseline: docxcompose appending the per-contact files. Ours:
    merge.combine.combine_letters on the same files. Target: >= 30x faster.
A baseline measured on a sample is compared per letter; the output says so. Needs docxcompose
(pip install '.[bench]'). Data: the demo database (NL/NO/UK contacts) in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

TEMPLATE = ROOT / "resources" / "templates" / "en" / "welcome_letter.docx"


def contexts_for(count: int, folder: Path) -> list[dict[str, object]]:
    """Contexts of `count` demo contacts, built set-wise from a fresh demo database."""
    from contactdesk.crm.demo import load_demo
    from contactdesk.merge.context import ContextBuilder, LetterRequest
    from contactdesk.store.models import Contact
    from contactdesk.store.opening import open_database

    open_database(folder / "bench.sqlite", create=True)
    load_demo(contacts=count, seed=3)
    ids = [int(row.id) for row in Contact.select(Contact.id).order_by(Contact.id).limit(count)]
    line = {"description": "Welcome letter", "subject": "Welcome to Van Dijk", "correspondence_type": 1}
    started = time.perf_counter()
    contexts = ContextBuilder().build_many([LetterRequest(i, "en", line, {"no": "SEG00001"}) for i in ids])
    print(f"contexts: {len(contexts)} built in {time.perf_counter() - started:.3f} s (set-wise)")
    return contexts


def docxtpl_loop(contexts: list[dict[str, object]], folder: Path) -> float:
    """Seconds for the plain docxtpl loop over `contexts`."""
    from docxtpl import DocxTemplate
    from jinja2.sandbox import SandboxedEnvironment

    folder.mkdir()
    started = time.perf_counter()
    for index, context in enumerate(contexts):
        document = DocxTemplate(str(TEMPLATE))
        document.render(context, SandboxedEnvironment(autoescape=True), autoescape=True)
        document.save(str(folder / f"{index:05d}.docx"))
    return time.perf_counter() - started


def our_letters(contexts: list[dict[str, object]], folder: Path, workers: int) -> tuple[float, list[Path]]:
    """Seconds for our letters (preparing the template included) and the files written."""
    from contactdesk.merge.names import LetterNames
    from contactdesk.merge.parallel import LetterJob, LetterRun
    from contactdesk.merge.render import PreparedTemplate

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    from contactdesk.crm.templates import template_attachment_bytes

    started = time.perf_counter()
    # As a merge does: the template's bytes come out of the database (the demo stored this same file).
    prepared = PreparedTemplate(template_attachment_bytes("WELCOME", "en") or b"", TEMPLATE.name)
    names = LetterNames(folder)
    jobs = [
        LetterJob(
            names.path_for(str(c["contact"]["no"]), str(c["contact"]["name"])),  # type: ignore[index]
            prepared.key,
            c,
        )
        for c in contexts
    ]
    outcome = LetterRun({prepared.key: prepared}, workers=workers, in_process_below=0 if workers > 1 else 10**9).run(
        jobs
    )
    return time.perf_counter() - started, outcome.written


def docxcompose_combined(paths: list[Path], target: Path) -> float:
    """Seconds for docxcompose to append every file into one document."""
    from docx import Document
    from docxcompose.composer import Composer

    started = time.perf_counter()
    composer = Composer(Document(str(paths[0])))
    for path in paths[1:]:
        composer.append(Document(str(path)))
    composer.save(str(target))
    return time.perf_counter() - started


def our_combined(paths: list[Path], target: Path) -> float:
    """Seconds for our combined document."""
    from contactdesk.merge.combine import combine_letters

    started = time.perf_counter()
    combine_letters(paths, target)
    return time.perf_counter() - started


def main() -> int:
    """Run both comparisons and print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=1000)
    parser.add_argument("--baseline-sample", type=int, default=200, help="docxtpl loop on N letters (0 = all)")
    parser.add_argument("--compose-sample", type=int, default=0, help="docxcompose on N files (0 = all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of ours; the median is reported")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores, Python {sys.version.split()[0]}; template {TEMPLATE.relative_to(ROOT)}")
    with tempfile.TemporaryDirectory(prefix="contactdesk-bench-") as work:
        folder = Path(work)
        contexts = contexts_for(args.contacts, folder)
        count = len(contexts)
        sample = count if args.baseline_sample <= 0 else min(args.baseline_sample, count)

        base = docxtpl_loop(contexts[:sample], folder / "docxtpl")
        base_rate = sample / base
        print(f"\n(a) per-contact letters, {count} contacts")
        note = "" if sample == count else f"  [sample of {sample}, compared per letter]"
        print(f"  docxtpl loop      : {base:8.2f} s for {sample:5d} -> {base_rate:8.1f} letters/s{note}")
        runs = [our_letters(contexts, folder / "ours", cores) for _ in range(max(1, args.repeat))]
        ours = statistics.median(seconds for seconds, _ in runs)
        paths = runs[-1][1]
        single = our_letters(contexts, folder / "ours", 1)[0]
        print(
            f"  ours, {cores} processes : {ours:8.2f} s for {count:5d} -> {count / ours:8.1f} letters/s "
            f"(median of {len(runs)}; template prepared and pool started inside the timing)"
        )
        print(f"  ours, 1 process   : {single:8.2f} s for {count:5d} -> {count / single:8.1f} letters/s")
        ratio_a = (count / ours) / base_rate
        print(f"  ratio             : {ratio_a:8.1f}x the docxtpl loop's throughput (target >= 10x)")

        compose_sample = count if args.compose_sample <= 0 else min(args.compose_sample, count)
        print(f"\n(b) combined document of {compose_sample} letters")
        try:
            composed = docxcompose_combined(paths[:compose_sample], folder / "docxcompose.docx")
        except ImportError:
            print("  docxcompose is not installed: pip install '.[bench]'")
            return 1
        combined = [our_combined(paths[:compose_sample], folder / "combined.docx") for _ in range(max(1, args.repeat))]
        mine = statistics.median(combined)
        print(f"  docxcompose       : {composed:8.2f} s")
        print(f"  ours              : {mine:8.3f} s (median of {len(combined)})")
        ratio_b = composed / mine
        print(f"  ratio             : {ratio_b:8.1f}x faster than docxcompose (target >= 30x)")
        print(f"\nsummary: letters {ratio_a:.1f}x, combined {ratio_b:.1f}x")
        return 0 if ratio_a >= 10 and ratio_b >= 30 else 2


if __name__ == "__main__":
    raise SystemExit(main())
