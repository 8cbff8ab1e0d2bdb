"""Add contacts by criteria on a large database: our whole action against a raw INSERT … SELECT of the same rows.

  python bench/segment_criteria.py [--db bench/out/segments-100k.sqlite] [--contacts 100000] [--repeat 3]
                                   [--postgresql ADMIN_URL|auto [--keep]]

The database is made with `contactdesk demo --contacts N` when it does not exist yet (on PostgreSQL
in a database of its own, kept for the next run with --keep).
"Ours" is the complete user action (criteria.run): the version check, the criteria rows, the lines
initialised from the header (salesperson fallback, channel rule, language per contact, sorted line
numbers) and one history row per line, committed. The baseline is a single raw INSERT … SELECT that
writes the same rows and nothing else, committed, through the same engine: the same contacts and
the same foreign keys (the company, the header's salesperson, template, group and document, which
PostgreSQL checks row by row), constant values elsewhere. The issue asks for ≤ 2× on each engine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_server  # noqa: E402

from contactdesk.crm import criteria, segments  # noqa: E402
from contactdesk.crm.criteria import CriteriaOptions, CriteriaRequest  # noqa: E402
from contactdesk.crm.criteria_filters import Filter, check  # noqa: E402
from contactdesk.crm.segment_base import get_row  # noqa: E402
from contactdesk.store import db as store_db  # noqa: E402
from contactdesk.store.enums import CriteriaAction  # noqa: E402
from contactdesk.store.models import Contact, Segment  # noqa: E402
from contactdesk.store.opening import open_database  # noqa: E402

LIMIT = 2.0
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
    "attempt_failed, merged, send_word_doc_as_attmt, contact_via, source_action_no, "
    "contact_company_id, salesperson_id, interaction_template_id, interaction_group_id, attachment_id"
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
    p = store_db.db.obj.param
    document = store_db.db.execute_sql(
        f"SELECT MAX(attachment_id) FROM segment_interaction_language WHERE segment_id = {p}", [segment.id]
    ).fetchone()[0]
    keys = [segment.salesperson_id, segment.interaction_template_id, segment.interaction_group_id, document]
    sql = (
        f'INSERT INTO segment_line ({BASELINE_COLUMNS}) SELECT {p}, "t1"."id" * 10, "t1"."id", \'\', FALSE, FALSE, '
        f"0, '', '', {p}, '', 0, 0, 0, 0, 0, FALSE, FALSE, FALSE, '', 1, "
        f'CASE WHEN "t1"."type" = 0 THEN "t1"."id" ELSE "t1"."company_id" END, {p}, {p}, {p}, {p} FROM'
        + select_sql[len(head) :]
    )
    start = time.perf_counter()
    with store_db.db.atomic():
        cursor = store_db.db.execute_sql(sql, [segment.id, "bench", *keys, *params])
    elapsed = time.perf_counter() - start
    segments.delete_segment(no)
    return elapsed, int(cursor.rowcount)


def measure(target: str, repeat: int) -> dict[str, tuple[int, float, float]]:
    """Every scenario on one database: (lines, ours, raw) medians in seconds."""
    open_database(target, create=True)
    print(f"  {Contact.select().count():,} contacts, {Segment.select().count()} segments", flush=True)
    results = {}
    for name, filters, options in SCENARIOS:
        ours(filters, options)  # warm the caches for both
        mine, raw, lines = [], [], 0
        for _ in range(repeat):
            seconds, lines = ours(filters, options)
            mine.append(seconds)
            seconds, raw_lines = baseline(filters, options)
            raw.append(seconds)
            assert raw_lines == lines, (raw_lines, lines)
        results[name] = (lines, statistics.median(mine), statistics.median(raw))
    store_db.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "segments-100k.sqlite")
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    engines: dict[str, dict[str, tuple[int, float, float]]] = {}
    with bench_server.server(args.postgresql, args.keep) as server:
        if not args.db.exists():
            print(f"creating {args.db} with {args.contacts:,} contacts …", flush=True)
            args.db.parent.mkdir(parents=True, exist_ok=True)
            bench_server.run_demo(str(args.db), args.contacts)
        print(f"SQLite: {args.db}", flush=True)
        engines["SQLite"] = measure(str(args.db), args.repeat)
        if server is not None:
            print("PostgreSQL: sample database …", flush=True)
            url, built = server.cached(
                f"bench_segments_{args.contacts}", lambda target: bench_server.run_demo(target, args.contacts)
            )
            print(f"  {'built in ' + format(built, '.0f') + ' s' if built else 'kept from an earlier run'}")
            engines["PostgreSQL"] = measure(url, args.repeat)
    print(f"add contacts by criteria over {args.contacts:,} contacts, medians of {args.repeat} (seconds)")
    header = "".join(f"{name + ' ours':>16}{'raw':>8}{'ratio':>8}" for name in engines)
    print(f"{'scenario':<38}{'lines':>8}{header}")
    worst = dict.fromkeys(engines, 0.0)
    for name, _filters, _options in SCENARIOS:
        row = ""
        for engine, results in engines.items():
            lines, mine, raw = results[name]
            ratio = mine / raw
            worst[engine] = max(worst[engine], ratio)
            row += f"{mine:16.3f}{raw:8.3f}{ratio:7.2f}×"
        print(f"{name:<38}{engines['SQLite'][name][0]:>8}{row}")
    verdicts = ", ".join(f"{engine} worst {ratio:.2f}×" for engine, ratio in worst.items())
    ok = max(worst.values()) <= LIMIT
    print(f"{verdicts} (limit {LIMIT:.2f}×): {'OK' if ok else 'TOO SLOW'}; {bench_server.load()}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
