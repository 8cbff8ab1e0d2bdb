"""Documents inside the database: what it costs in size and speed, against the ways it could be done.

    python bench/documents_storage.py [--contacts 2000] [--baseline-sample 150]

On a demo database (NL/NO/UK contacts) with one segment holding every contact:
(a) Merge: `merge_segment` end to end, templates read from the database, against the plain docxtpl
    loop on a sample (letters/s). Target: >= 30x the loop.
(b) Keeping letters: each stored in the database (as deliver does), against copying them into a
    content-addressed folder beside it (how version 5 kept them).
(c) Size: the database file before and after, and what the folder held.
(d) `log_and_deliver` end to end, for scale.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _size(path: Path) -> int:
    """Bytes of a database file with its WAL, after a checkpoint."""
    from contactdesk.store.db import db

    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _segment(count: int) -> str:
    from contactdesk.crm import criteria, segments
    from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest
    from contactdesk.crm.criteria_filters import Filter
    from contactdesk.store.enums import CorrespondenceType, CriteriaAction
    from contactdesk.store.models import Contact, Segment, SegmentLine

    nos = [str(row.no) for row in Contact.select(Contact.no).order_by(Contact.no).limit(count)]
    no = segments.create_segment("Documents bench", "WELCOME", "JV")
    criteria.run(
        no,
        CriteriaRequest(
            CriteriaAction.ADD,
            (Filter("contact", "no", f"{nos[0]}..{nos[-1]}"),),
            CriteriaOptions(ignore_exclusion=True),
        ),
    )
    # Every line on paper: (a) measures letters, not e-mail drafts.
    segment = Segment.get(Segment.no == no)
    SegmentLine.update(correspondence_type=int(CorrespondenceType.HARD_COPY)).where(
        SegmentLine.segment == segment
    ).execute()
    return no


def _docxtpl_loop(no: str, sample: int, folder: Path) -> float:
    """Letters/s of the plain docxtpl loop over the first `sample` lines' contexts (template from the database)."""
    from docxtpl import DocxTemplate
    from jinja2.sandbox import SandboxedEnvironment

    from contactdesk.crm.templates import template_attachment_bytes
    from contactdesk.merge.context import ContextBuilder, LetterRequest
    from contactdesk.store.models import Segment, SegmentLine

    template = folder / "template.docx"
    template.write_bytes(template_attachment_bytes("WELCOME", "en") or b"")
    lines = SegmentLine.select(SegmentLine.contact).join(Segment).where(Segment.no == no).limit(sample)
    contexts = ContextBuilder().build_many(
        [LetterRequest(int(line.contact_id), "en", {"description": "Welcome"}, {"no": no}) for line in lines]
    )
    out = folder / "docxtpl"
    out.mkdir()
    started = time.perf_counter()
    for index, context in enumerate(contexts):
        document = DocxTemplate(str(template))
        document.render(context, SandboxedEnvironment(autoescape=True), autoescape=True)
        document.save(str(out / f"{index:05d}.docx"))
    return len(contexts) / (time.perf_counter() - started)


def _into_database(letters: list[Path]) -> float:
    """Seconds to keep the letters as deliver does now: stored in the database, 500 per transaction."""
    from contactdesk.crm import attachments
    from contactdesk.store.db import write_transaction

    started = time.perf_counter()
    for start in range(0, len(letters), 500):
        with write_transaction():
            for letter in letters[start : start + 500]:
                attachments.store_file(letter, letter.name, check=False)
    return time.perf_counter() - started


def _folder_copy(letters: list[Path], folder: Path) -> float:
    """Seconds to keep the letters the version-5 way: hashed and copied into a content-addressed folder."""
    started = time.perf_counter()
    for letter in letters:
        data = letter.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        target = folder / sha[:2] / f"{sha}.docx"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return time.perf_counter() - started


def main() -> int:
    """Measure and print; exit 2 when the merge falls below 30x the docxtpl loop."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=2000)
    parser.add_argument("--baseline-sample", type=int, default=150)
    args = parser.parse_args()
    from contactdesk.crm.demo import load_demo
    from contactdesk.crm.log_data import LogOptions
    from contactdesk.merge.deliver import log_and_deliver
    from contactdesk.merge.segment_merge import merge_segment
    from contactdesk.store.models import DocumentContent
    from contactdesk.store.opening import open_database

    with tempfile.TemporaryDirectory(prefix="contactdesk-bench-") as work:
        folder = Path(work)
        path = folder / "bench.sqlite"
        open_database(path, create=True)
        load_demo(contacts=args.contacts, seed=3)
        no = _segment(args.contacts)
        size_demo = _size(path)
        print(
            f"demo database: {args.contacts} contacts, segment {no}; {size_demo / 1e6:.1f} MB "
            f"(templates inside: {DocumentContent.select().count()} documents)"
        )

        base = _docxtpl_loop(no, args.baseline_sample, folder)
        started = time.perf_counter()
        merged = merge_segment(no, folder / "merged", today=None)
        seconds = time.perf_counter() - started
        rate = len(merged.letters) / seconds
        ratio = rate / base
        print(f"\n(a) merge, {len(merged.letters)} letters")
        print(f"  docxtpl loop          : {base:8.1f} letters/s  [sample of {args.baseline_sample}]")
        print(
            f"  merge_segment         : {rate:8.1f} letters/s  ({seconds:.2f} s, check and templates from the "
            "database included)"
        )
        print(f"  ratio                 : {ratio:8.1f}x the docxtpl loop (target >= 30x)")

        copy_seconds = _folder_copy(merged.letters, folder / "bench-files")
        folder_bytes = sum(p.stat().st_size for p in (folder / "bench-files").rglob("*") if p.is_file())
        keep_seconds = _into_database(merged.letters)
        size_after = _size(path)
        print(f"\n(b) keeping {len(merged.letters)} letters")
        print(f"  in a folder beside the database (version 5: hash + copy): {copy_seconds:6.2f} s")
        print(
            f"  inside the database (now)                             : {keep_seconds:6.2f} s "
            f"({keep_seconds / max(copy_seconds, 1e-9):.1f}x)"
        )
        print(
            f"\n(c) size: database {size_demo / 1e6:.1f} MB -> {size_after / 1e6:.1f} MB with the letters inside "
            f"(+{(size_after - size_demo) / 1e6:.1f} MB, {(size_after - size_demo) / len(merged.letters) / 1e3:.1f}"
            f" kB per letter); the folder held {folder_bytes / 1e6:.1f} MB"
        )
        started = time.perf_counter()
        delivered = log_and_deliver(no, folder / "delivered", LogOptions(skip_flagged=True), combined=False)
        print(
            f"\n(d) log and deliver (logging, letters, keeping them inside): {delivered.kept} letters in "
            f"{time.perf_counter() - started:.2f} s"
        )
        shutil.rmtree(folder / "merged", ignore_errors=True)
        return 0 if ratio >= 30 else 2


if __name__ == "__main__":
    raise SystemExit(main())
