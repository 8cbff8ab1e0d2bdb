"""Log a 10,000-line segment: the whole user action against a raw INSERT … SELECT of the same entries.

  python bench/log_segment.py [--lines 10000] [--repeat 7] [--db bench/out/log-10k.sqlite] [--campaign]
                              [--postgresql ADMIN_URL|auto]

The database is made once with the demo and segment services (a segment built by "Add contacts",
as a user builds it) and copied fresh for every run, so each run logs the same segment.
"Ours" is logging.log_segment() as the GUI and the command line call it: the last-moment check and
every other check, the logged segment numbered from its series, one entry per line (set-based),
the comments and campaign entries, the undo snapshot and the segment removed from the worksheet
list, committed. The baseline is one raw INSERT … SELECT writing the same entries (same columns,
same entry numbers, uids made by the database, same contacts left out) into the same table,
committed, through the same engine. SQLite copies the file; PostgreSQL copies the database
(CREATE DATABASE … TEMPLATE) and reaches its server over loopback. The issue asks for ≤ 1.5× on each.
The follow-up variant is printed for information. With --campaign the segment belongs to an activated
campaign and every line is a campaign target, so logging also keeps the campaign's target group.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_server  # noqa: E402

from contactdesk.crm import campaign_targets, campaigns, criteria, segments  # noqa: E402
from contactdesk.crm.campaign_data import CampaignData  # noqa: E402
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
SOURCE = "bench_log_source"
RUN = "bench_log_run"
RAW = """INSERT INTO interaction_log_entry (entry_no, uid, contact_id, contact_no, contact_name, contact_company_id,
 date, time_of_interaction, description, subject, information_flow, initiated_by, attachment_id, cost, duration,
 user_id, interaction_group_id, interaction_template_id, language_code, campaign_id, campaign_entry_no,
 campaign_target, campaign_response, segment_no, logged_segment_id, evaluation, attempt_failed, salesperson_id,
 delivery_status, canceled, postponed, correspondence_type, alt_address_code, contact_via, send_word_docs_as_attmt,
 merged, opportunity_text, result_description, letter_name, letter_sha256, created_at)
SELECT (SELECT COALESCE(MAX(entry_no), 0) FROM interaction_log_entry) + ROW_NUMBER() OVER (ORDER BY l.line_no),
 {uid}, l.contact_id, c.no, c.name, l.contact_company_id, l.date, COALESCE(l.time_of_interaction, {p}),
 l.description, l.subject, l.information_flow, l.initiated_by, l.attachment_id, l.cost, l.duration, {p},
 l.interaction_group_id, l.interaction_template_id, l.language_code, l.campaign_id, 0, l.campaign_target,
 l.campaign_response, {p}, NULL, l.evaluation, l.attempt_failed, l.salesperson_id, 0, FALSE, FALSE,
 l.correspondence_type, l.alt_address_code, l.contact_via, l.send_word_doc_as_attmt, l.merged, '', '', '', '', {p}
FROM segment_line AS l JOIN contact AS c ON c.id = l.contact_id
WHERE l.segment_id = {p} AND NOT c.privacy_blocked AND NOT c.exclude_from_segment"""


def build(target: str, lines: int, campaign: bool = False) -> str:
    """The sample office plus one segment of exactly `lines` lines, made through the services.

    With `campaign`, the segment belongs to an activated campaign and marks every line a campaign target.
    """
    open_database(target, create=True)
    load_demo(contacts=lines + lines // 10, seed=11)
    nos = [
        str(no)
        for (no,) in Contact.select(Contact.no)
        .where(Contact.exclude_from_segment == False)  # noqa: E712
        .order_by(Contact.no)
        .limit(lines)
        .tuples()
    ]
    campaign_no = ""
    if campaign:
        campaign_no = campaigns.create_campaign(CampaignData(description="Autumn campaign")).no
        campaign_targets.activate(campaign_no)
    no = segments.create_segment("Autumn mailing", "WELCOME", "JV", campaign_no=campaign_no, campaign_target=campaign)
    criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "no", f"{nos[0]}..{nos[-1]}"),)))
    if store_db.is_sqlite():
        store_db.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        store_db.db.execute_sql("ANALYZE")
    store_db.close()
    return no


class FileCopies:
    """SQLite: the prepared file, and a fresh copy of it bound for every run."""

    name = "SQLite"

    def __init__(self, source: Path) -> None:
        self.source = source
        self.work = source.with_name(source.stem + "-run.sqlite")

    def prepare(self) -> str:
        """Where to build the prepared database (an old one is removed)."""
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.source}{suffix}").unlink(missing_ok=True)
        self.source.parent.mkdir(parents=True, exist_ok=True)
        return str(self.source)

    def fresh(self) -> None:
        """A copy of the prepared file (with no journal left from an earlier run) bound as the database."""
        store_db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.work}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.source, self.work)
        open_database(self.work, create=True)


class ServerCopies:
    """PostgreSQL: the prepared database, and a fresh copy of it (CREATE DATABASE … TEMPLATE) for every run."""

    name = "PostgreSQL"

    def __init__(self, server: bench_server.Server) -> None:
        self.server = server

    def prepare(self) -> str:
        """A new empty database to build in."""
        return self.server.create(SOURCE)

    def fresh(self) -> None:
        """A copy of the prepared database bound as the database."""
        store_db.close()
        open_database(self.server.copy(SOURCE, RUN), create=True)


def raw(side: FileCopies | ServerCopies, no: str) -> tuple[float, int]:
    """The baseline: one INSERT … SELECT, committed."""
    side.fresh()
    segment = Segment.get(Segment.no == no)
    uid = _SQLITE_UUID if store_db.is_sqlite() else "gen_random_uuid()::text"
    sql = RAW.format(uid=uid, p=store_db.db.obj.param)
    start = time.perf_counter()
    with store_db.db.atomic():
        cursor = store_db.db.execute_sql(sql, ["12:00:00", "bench", no, "2026-11-22 12:00:00", segment.id])
    return time.perf_counter() - start, int(cursor.rowcount)


def ours(side: FileCopies | ServerCopies, no: str, follow_up: bool = False) -> tuple[float, int]:
    """The whole logging action, committed."""
    side.fresh()
    start = time.perf_counter()
    result = log_segment(no, LogOptions(follow_up=follow_up, skip_flagged=True), user="bench")
    elapsed = time.perf_counter() - start
    assert InteractionLogEntry.select().where(InteractionLogEntry.segment_no == no).count() == result.entries
    return elapsed, result.entries


def measure(side: FileCopies | ServerCopies, lines: int, repeat: int, campaign: bool) -> dict[str, float]:
    """Build the segment on this engine, then time both ways, alternating (medians)."""
    print(f"{side.name}: building the segment …", flush=True)
    no = build(side.prepare(), lines, campaign)
    mine, base, follow = [], [], []
    entries = 0
    for turn in range(repeat + 1):
        # Alternate the order, and throw the first round away (cold caches).
        runs: list[tuple[str, Callable[[], tuple[float, int]]]] = [
            ("raw", lambda: raw(side, no)),
            ("ours", lambda: ours(side, no)),
        ]
        got = {name: run() for name, run in (runs if turn % 2 else runs[::-1])}
        (seconds_raw, raw_rows), (seconds_ours, entries) = got["raw"], got["ours"]
        assert raw_rows == entries, (raw_rows, entries)
        if turn:
            mine.append(seconds_ours)
            base.append(seconds_raw)
    for _ in range(max(1, repeat // 2)):
        follow.append(ours(side, no, follow_up=True)[0])
    store_db.close()
    return {
        "entries": entries,
        "raw": statistics.median(base),
        "ours": statistics.median(mine),
        "follow_up": statistics.median(follow),
        "ratio": statistics.median(mine) / statistics.median(base),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "log-10k.sqlite")
    parser.add_argument("--campaign", action="store_true", help="an activated campaign, every line a target")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with bench_server.server(args.postgresql, args.keep) as server:
        sides: list[FileCopies | ServerCopies] = [FileCopies(args.db)]
        if server is not None:
            sides.append(ServerCopies(server))
        for side in sides:
            results[side.name] = measure(side, args.lines, args.repeat, args.campaign)
        store_db.close()
    names = list(results)
    kind = "campaign-target " if args.campaign else ""
    print(f"a {args.lines:,}-line {kind}segment logged, {args.repeat} runs each (medians, seconds)")
    print(f"{'':28}" + "".join(f"{name:>12}" for name in names))
    for key, label in (
        ("entries", "entries written"),
        ("raw", "raw INSERT … SELECT"),
        ("ours", "log_segment (whole)"),
        ("follow_up", "  with follow-up segment"),
    ):
        values = [results[name][key] for name in names]
        print(f"{label:28}" + "".join(f"{v:12.0f}" if key == "entries" else f"{v:12.3f}" for v in values))
    worst = max(results[name]["ratio"] for name in names)
    print(
        f"{'ratio (limit ' + format(LIMIT, '.2f') + '×)':28}" + "".join(f"{results[n]['ratio']:11.2f}×" for n in names)
    )
    print(f"{'OK' if worst <= LIMIT else 'TOO SLOW'}; {bench_server.load()}")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
