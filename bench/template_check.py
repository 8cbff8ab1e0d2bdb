"""Template check benchmark: many placeholders in one paragraph, the check now against the old field walk.

    python bench/template_check.py [--sizes 1000,2500,5000,10000] [--refused 50000] [--baseline-max 10000]

Each template is one paragraph holding N times "{{ contact.name }}" (python-docx, as Word would save it).
Baseline: the field walk as it was before hardening item 2.3; for every node of the parsed template it
  split the whole part into lines and cleaned the paragraph again (place_of), quadratic in N.
Ours: the field walk now (merge/template_fields.py, each paragraph cleaned once), like for like, and the
  whole TemplateCheck.run() (read the package, parse, walk, compile, trial render).
Targets: linear growth; 50,000 placeholders answered in under 2 s (more than MAX_TAGS fields and tags
  are refused before Jinja reads them: no letter needs that many).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def template(count: int) -> bytes:
    """A .docx with `count` placeholders in one paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph("Dear {{ contact.name }}, " * count)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def old_walk(tree: object, source: str) -> int:
    """The pre-2.3 walk's cost: the paragraph of every node looked up by splitting the whole part."""
    from jinja2 import nodes

    from contactdesk.merge.docx_source import paragraph_text

    def place_of(lineno: int | None) -> str:
        lines = source.splitlines()
        if not lineno or lineno > len(lines):
            return ""
        return paragraph_text(lines[lineno - 1])[:160]

    looked_up = 0
    stack = [tree]
    while stack:
        node = stack.pop()
        assert isinstance(node, nodes.Node)
        place_of(getattr(node, "lineno", None))
        looked_up += 1
        stack.extend(node.iter_child_nodes())
    return looked_up


def seconds(function: object, *args: object) -> float:
    """Wall time of one call."""
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    """Run the comparison and print one line per size."""
    from contactdesk.merge.docx_source import TemplateSource
    from contactdesk.merge.render import MAX_TAGS
    from contactdesk.merge.sandbox import LetterSandbox
    from contactdesk.merge.template_check import TemplateCheck
    from contactdesk.merge.template_fields import field_uses

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,2500,5000,10000", help="placeholder counts checked in full")
    parser.add_argument("--refused", type=int, default=50_000, help="a count above MAX_TAGS (refused)")
    parser.add_argument("--baseline-max", type=int, default=10_000, help="largest count the old walk is timed on")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    TemplateCheck(template(100), "warm-up.docx").run()
    print(f"MAX_TAGS = {MAX_TAGS}; times in seconds (one run each)")
    print(
        f"{'placeholders':>12}  {'old walk':>9}  {'new walk':>9}  {'walk ratio':>10}  {'whole check':>11}  "
        f"{'per 1000':>8}"
    )
    first: tuple[int, float] | None = None
    for size in sizes:
        data = template(size)
        part = TemplateSource(data, "bench.docx").templated[0]
        environment = LetterSandbox()
        tree = environment.parse(part.source)
        new = seconds(field_uses, tree, part, environment)
        old = seconds(old_walk, tree, part.source) if size <= args.baseline_max else float("nan")
        report_time = seconds(TemplateCheck(data, "bench.docx").run)
        first = first or (size, report_time)
        print(
            f"{size:>12}  {old:>9.2f}  {new:>9.3f}  {old / new:>9.0f}x  {report_time:>11.2f}  "
            f"{report_time / size * 1000:>8.3f}"
        )
    if first is not None and len(sizes) > 1:
        growth = report_time / first[1]
        print(
            f"whole check: {sizes[-1] / first[0]:.0f}x the placeholders took {growth:.1f}x the time "
            f"(linear: {sizes[-1] / first[0]:.0f}x, quadratic: {(sizes[-1] / first[0]) ** 2:.0f}x)"
        )
    data = template(args.refused)
    started = time.perf_counter()
    report = TemplateCheck(data, "bench.docx").run()
    elapsed = time.perf_counter() - started
    kinds = ", ".join(problem.kind for problem in report.problems)
    print(
        f"{args.refused} placeholders: answered in {elapsed:.2f} s ({kinds}) — target under 2 s: "
        f"{'met' if elapsed < 2 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
