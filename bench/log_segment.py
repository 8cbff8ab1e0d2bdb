"""Log a 10,000-line segment: the whole user action against a raw INSERT … SELECT of the same entries.

  python bench/log_segment.py [--lines 10000] [--repeat 5] [--db bench/out/log-10k.sqlite]

The database is made once with the demo and segment services (a segment built by "Add contacts",
as a user builds it) and copied fresh for every run, so each run logs the same segment.
"Ours" is logging.log_segment() as the GUI and the command line call it: the last-moment check and
every other check, the logged segment numbered from its series, one entry per line (set-based),
the comments and campaign entries, the undo snapshot and the segment removed from the worksheet
list, committed. The baseline is one raw INSERT … SELECT writing the same entries (same columns,
same entry numbers and uids made by SQLite, same contacts left out) into the same table, committed.
The issue asks for ≤ 1.5×. The follow-up variant is printed for information.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from contactdesk.crm import criteria, segments  # noqa: E402
from contactdesk.crm.criteria import CriteriaRequest  # noqa: E402
from contactdesk.crm.criteria_filters import Filter  # noqa: E402
from contactdesk.crm.demo import load_demo  # noqa: E402
from contactdesk.crm.log_data import LogOptions  # noqa: E402
from contactdesk.crm.log_writer import _SQLITE_UUID  # noqa: E402
from contactdesk.crm.logging_ import log_segment  # noqa: E402
from contactdesk.store import db as store_db  # noqa: E402
from contactdesk.store.enums import CriteriaAction  # noqa: E402
from contactdesk.store.models import Contact, InteractionLogEntry, Segment  # noqa: E402
from contactdesk.store.opening import open_database  # noqa: E402

LIMIT = 1.5
RAW = f"""INSERT INTO interaction_log_entry (entry_no, uid, contact_id, contact_no, contact_name, contact_company_id,
 date, time_of_interaction, description, subject, information_flow, initiated_by, attachment_id, cost, duration,
 user_id, interaction_group_id, interaction_template_id, language_code, campaign_id, campaign_entry_no,
 campaign_target, campaign_response, segment_no, logged_segment_id, evaluation, attempt_failed, salesperson_id,
 delivery_status, canceled, postponed, correspondence_type, alt_address_code, contact_via, send_word_docs_as_attmt,
 merged, opportunity_text, result_description, letter_name, letter_sha256, created_at)
SELECT (SELECT COALESCE(MAX(entry_no), 0) FROM interaction_log_entry) + ROW_NUMBER() OVER (ORDER BY l.line_no),
 {_SQLITE_UUID}, l.contact_id, c.no, c.name, l.contact_company_id, l.date, COALESCE(l.time_of_interaction, ?),
 l.description, l.subject, l.information_flow, l.initiated_by, l.attachment_id, l.cost, l.duration, ?,
 l.interaction_group_id, l.interaction_template_id, l.language_code, l.campaign_id, 0, l.campaign_target,
 l.campaign_response, ?, NULL, l.evaluation, l.attempt_failed, l.salesperson_id, 0, 0, 0, l.correspondence_type,
 l.alt_address_code, l.contact_via, l.send_word_doc_as_attmt, l.merged, '', '', '', '', ?
FROM segment_line AS l JOIN contact AS c ON c.id = l.contact_id
WHERE l.segment_id = ? AND c.privacy_blocked = 0 AND c.exclude_from_segment = 0"""


def build(path: Path, lines: int) -> str:
    """The sample office plus one segment of exactly `lines` lines, made through the services."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    open_database(path, create=True)
    load_demo(contacts=lines + lines // 10, seed=11)
    nos = [
        str(no)
        for (no,) in Contact.select(Contact.no)
        .where(Contact.exclude_from_segment == False)  # noqa: E712
        .order_by(Contact.no)
        .limit(lines)
        .tuples()
    ]
    no = segments.create_segment("Autumn mailing", "WELCOME", "JV")
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "no", f"{nos[0]}..{nos[-1]}"),)))
    store_db.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store_db.close()
    return no


def fresh(source: Path, work: Path) -> None:
    """A copy of the prepared file (with no journal left from an earlier run) bound as the database."""
    store_db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, work)
    open_database(work, create=True)


def raw(source: Path, work: Path, no: str) -> tuple[float, int]:
    """The baseline: one INSERT … SELECT, committed."""
    fresh(source, work)
    segment = Segment.get(Segment.no == no)
    start = time.perf_counter()
    with store_db.db.atomic():
        cursor = store_db.db.execute_sql(RAW, ["12:00:00", "bench", no, "2026-11-22 12:00:00", segment.id])
    return time.perf_counter() - start, int(cursor.rowcount)


def ours(source: Path, work: Path, no: str, follow_up: bool = False) -> tuple[float, int]:
    """The whole logging action, committed."""
    fresh(source, work)
    start = time.perf_counter()
    result = log_segment(no, LogOptions(follow_up=follow_up, skip_flagged=True), user="bench")
    elapsed = time.perf_counter() - start
    assert InteractionLogEntry.select().where(InteractionLogEntry.segment_no == no).count() == result.entries
    return elapsed, result.entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "log-10k.sqlite")
    args = parser.parse_args()
    source = args.db
    work = source.with_name(source.stem + "-run.sqlite")
    print(f"building {source} …", flush=True)
    no = build(source, args.lines)
    mine, base, follow = [], [], []
    entries = 0
    for turn in range(args.repeat + 1):
        # Alternate the order, and throw the first round away (cold file cache).
        runs = [("raw", lambda: raw(source, work, no)), ("ours", lambda: ours(source, work, no))]
        got = {name: run() for name, run in (runs if turn % 2 else runs[::-1])}
        (seconds_raw, raw_rows), (seconds_ours, entries) = got["raw"], got["ours"]
        assert raw_rows == entries, (raw_rows, entries)
        if turn:
            mine.append(seconds_ours)
            base.append(seconds_raw)
    for _ in range(max(1, args.repeat // 2)):
        follow.append(ours(source, work, no, follow_up=True)[0])
    store_db.close()
    ratio = statistics.median(mine) / statistics.median(base)
    print(f"segment {no}: {entries} lines logged, {args.repeat} runs each (medians)")
    print(f"raw INSERT … SELECT      {statistics.median(base):.3f} s")
    print(f"log_segment (whole)      {statistics.median(mine):.3f} s")
    print(f"  with follow-up segment {statistics.median(follow):.3f} s (for information)")
    verdict = "OK" if ratio <= LIMIT else "TOO SLOW"
    print(f"ratio {ratio:.2f}× (limit {LIMIT:.2f}×): {verdict}")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
