"""Add contacts by criteria on a large database: our whole action against a raw INSERT … SELECT of the same rows.

  python bench/segment_criteria.py [--db bench/out/segments-100k.sqlite] [--contacts 100000] [--repeat 3]

The database is made with `python -m contactdesk demo --contacts N` when it does not exist yet.
"Ours" is the complete user action (criteria.run): the version check, the criteria rows, the lines
initialised from the header (salesperson fallback, channel rule, language per contact, sorted line
numbers) and one history row per line, committed. The baseline is a single raw INSERT … SELECT that
writes the same rows with constant values and nothing else, committed. The issue asks for ≤ 2×.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from contactdesk.crm import criteria, segments  # noqa: E402
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest  # noqa: E402
from contactdesk.crm.criteria_filters import Filter, check  # noqa: E402
from contactdesk.crm.segment_base import get_row  # noqa: E402
from contactdesk.store.db import db  # noqa: E402
from contactdesk.store.enums import CriteriaAction  # noqa: E402
from contactdesk.store.models import Contact, Segment  # noqa: E402
from contactdesk.store.opening import open_database  # noqa: E402

SCENARIOS = [
    ("everyone (no filter)", (), CriteriaOptions()),
    ("country = NL", (Filter("contact", "country_code", "NL"),), CriteriaOptions()),
    (
        "industry group RETAIL (via company)",
        (Filter("industry_group", "industry_group_code", "RETAIL"),),
        CriteriaOptions(),
    ),
    (
        "job PURCH, expand companies",
        (Filter("job_responsibility", "job_responsibility_code", "PURCH"),),
        CriteriaOptions(expand_companies=True),
    ),
]
BASELINE_COLUMNS = (
    "segment_id, line_no, contact_id, alt_address_code, campaign_target, campaign_response, correspondence_type, "
    "language_code, subject, description, comment, cost, duration, information_flow, initiated_by, evaluation, "
    "attempt_failed, merged, send_word_doc_as_attmt, contact_via, source_action_no"
)


def ensure_database(path: Path, contacts: int) -> None:
    """Create the sample database the way the issue says, if it is not there yet."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"creating {path} with {contacts} contacts …", flush=True)
    subprocess.run(
        [sys.executable, "-m", "contactdesk", "demo", "--db", str(path), "--contacts", str(contacts)],
        check=True,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )


def ours(filters: tuple[Filter, ...], options: CriteriaOptions) -> tuple[float, int]:
    """The whole user action, on a fresh segment; returns (seconds, lines)."""
    no = segments.create_segment("bench", "INVITE", "JV")
    start = time.perf_counter()
    result = criteria.run(no, CriteriaRequest(CriteriaAction.ADD, filters, options))
    elapsed = time.perf_counter() - start
    segments.delete_segment(no)
    return elapsed, result.added


def baseline(filters: tuple[Filter, ...], options: CriteriaOptions) -> tuple[float, int]:
    """One raw INSERT … SELECT of the same rows with constant values, committed."""
    no = segments.create_segment("bench", "INVITE", "JV")
    segment = get_row(no)
    where = criteria.add_where(segment, check(filters), options)
    select_sql, params = Contact.select(Contact.id).where(where).sql()
    head = 'SELECT "t1"."id" FROM'
    assert select_sql.startswith(head), select_sql
    sql = (
        f'INSERT INTO segment_line ({BASELINE_COLUMNS}) SELECT ?, "t1"."id" * 10, "t1"."id", \'\', 0, 0, '
        f"0, '', '', ?, '', 0, 0, 0, 0, 0, 0, 0, 0, '', 1 FROM" + select_sql[len(head) :]
    )
    start = time.perf_counter()
    with db.atomic():
        cursor = db.execute_sql(sql, [segment.id, "bench", *params])
    elapsed = time.perf_counter() - start
    segments.delete_segment(no)
    return elapsed, int(cursor.rowcount)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "segments-100k.sqlite")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ensure_database(args.db, args.contacts)
    open_database(args.db, create=True)
    total = Contact.select().count()
    print(f"database: {args.db} ({total} contacts, {Segment.select().count()} segments)")
    print(f"{'scenario':<38} {'lines':>7} {'ours (s)':>9} {'raw (s)':>9} {'ratio':>6}")
    worst = 0.0
    for name, filters, options in SCENARIOS:
        ours(filters, options)  # warm the page cache for both
        mine, raw, lines = [], [], 0
        for _ in range(args.repeat):
            seconds, lines = ours(filters, options)
            mine.append(seconds)
            seconds, raw_lines = baseline(filters, options)
            raw.append(seconds)
            assert raw_lines == lines, (raw_lines, lines)
        ratio = statistics.median(mine) / statistics.median(raw)
        worst = max(worst, ratio)
        print(f"{name:<38} {lines:>7} {statistics.median(mine):>9.3f} {statistics.median(raw):>9.3f} {ratio:>5.2f}×")
    verdict = "OK" if worst <= 2.0 else "TOO SLOW"
    print(f"worst ratio {worst:.2f}× (limit 2.00×): {verdict}")
    return 0 if worst <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
