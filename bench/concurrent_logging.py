"""Several users logging segments at the same moment on one database: throughput and conflicts.

  python bench/concurrent_logging.py [--users 8] [--segments 4] [--lines 1000]
                                     [--postgresql ADMIN_URL|auto] [--no-sqlite] [--db bench/out/concurrent.sqlite]

The sample data and users × segments segments of `lines` lines each are made once per engine with the
demo, segment and criteria services, then copied fresh for each run. Every user is a process of its
own with a connection of its own (on PostgreSQL a login of its own, made here and removed after) that
logs its segments one after another through logging.log_segment(), as the GUI does; all start
together. Printed: entries/s and segments/s over the whole run (first start to last commit), the
slowest single logging, every conflict (a logging that failed, by error), and a check of the result:
every logged segment complete, entry numbers and logged-segment numbers unique and without gaps.
The same work by one user alone is measured on the same engine for comparison. SQLite serves its 8
users from one file (its write lock queues them); PostgreSQL runs them over loopback.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_server  # noqa: E402

SOURCE = "bench_concurrent_source"
RUN = "bench_concurrent_run"
ROLE = "bench_user_{}"


def build(target: str, users: int, per_user: int, lines: int) -> list[list[str]]:
    """Sample data plus users × per_user segments of `lines` lines each; returns the segment nos per user."""
    from contactdesk.crm import criteria, segments
    from contactdesk.crm.criteria import CriteriaRequest
    from contactdesk.crm.criteria_filters import Filter
    from contactdesk.crm.demo import load_demo
    from contactdesk.store import db as store_db
    from contactdesk.store.enums import CriteriaAction
    from contactdesk.store.models import Contact
    from contactdesk.store.opening import open_database

    open_database(target, create=True)
    load_demo(contacts=3 * lines, seed=5)
    nos = [
        str(no)
        for (no,) in Contact.select(Contact.no)
        .where((Contact.exclude_from_segment == False) & (Contact.privacy_blocked == False))  # noqa: E712
        .order_by(Contact.no)
        .tuples()
    ]
    plan: list[list[str]] = []
    for user in range(users):
        mine = []
        for turn in range(per_user):
            # Overlapping stretches of the contact list: the same contacts land on several segments.
            first = (user * per_user + turn) * 97 % (len(nos) - lines)
            no = segments.create_segment(f"User {user + 1} mailing {turn + 1}", "WELCOME", "JV")
            chosen = Filter("contact", "no", f"{nos[first]}..{nos[first + lines - 1]}")
            criteria.run(no, CriteriaRequest(CriteriaAction.ADD, (chosen,)))
            mine.append(no)
        plan.append(mine)
    if store_db.is_sqlite():
        store_db.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        store_db.db.execute_sql("ANALYZE")
    store_db.close()
    return plan


def worker(target: str, nos: list[str], start: Any, results: Any) -> None:
    """One user: connect, wait for the others, log each segment; report (start, end, entries) or the error."""
    from contactdesk.crm.log_data import LogOptions
    from contactdesk.crm.logging_ import log_segment
    from contactdesk.store import db as store_db
    from contactdesk.store.opening import open_database

    open_database(target)
    done: list[tuple[str, float, float, int, str]] = []
    start.wait()
    for no in nos:
        began = time.perf_counter()
        try:
            result = log_segment(no, LogOptions(skip_flagged=True))
            done.append((no, began, time.perf_counter(), result.entries, ""))
        except Exception as exc:  # noqa: BLE001 - a conflict is what we count, whatever its kind
            message = traceback.format_exception_only(exc)[-1].strip().splitlines()[0]
            done.append((no, began, time.perf_counter(), 0, message[:160]))
    store_db.close()
    results.put(done)


def run(targets: list[str], plan: list[list[str]]) -> dict[str, Any]:
    """Every user at once, each in a process of its own; returns the figures."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(plan) + 1)
    results = context.Queue()
    processes = [
        context.Process(target=worker, args=(targets[i % len(targets)], nos, start, results))
        for i, nos in enumerate(plan)
    ]
    for process in processes:
        process.start()
    start.wait(timeout=120)
    done = [row for _ in processes for row in results.get(timeout=3600)]
    for process in processes:
        process.join()
    first = min(row[1] for row in done)
    last = max(row[2] for row in done)
    ok = [row for row in done if not row[4]]
    return {
        "wall": last - first,
        "segments": len(ok),
        "entries": sum(row[3] for row in ok),
        "slowest": max(row[2] - row[1] for row in ok) if ok else 0.0,
        "conflicts": [f"{row[0]}: {row[4]}" for row in done if row[4]],
    }


def verify(target: str, plan: list[list[str]], expected_segments: int) -> list[str]:
    """What is wrong with the database after the run (nothing, we hope)."""
    from peewee import fn

    from contactdesk.store import db as store_db
    from contactdesk.store.models import InteractionLogEntry, LoggedSegment, LoggedSegmentUndo
    from contactdesk.store.opening import open_database

    open_database(target)
    problems = []
    entries = InteractionLogEntry.select(
        fn.COUNT(InteractionLogEntry.id),
        fn.COUNT(InteractionLogEntry.entry_no.distinct()),
        fn.MIN(InteractionLogEntry.entry_no),
        fn.MAX(InteractionLogEntry.entry_no),
    ).tuples()
    count, distinct, low, high = entries[0]
    if count != distinct or (count and high - low + 1 != count):
        problems.append(f"entry numbers: {count} entries, {distinct} distinct, {low}..{high}")
    logged = LoggedSegment.select(fn.COUNT(LoggedSegment.id), fn.COUNT(LoggedSegment.no.distinct())).tuples()
    total, unique = logged[0]
    if total != unique:
        problems.append(f"logged segment numbers: {total} logged, {unique} distinct")
    ours = LoggedSegment.select().where(LoggedSegment.segment_no.in_([no for nos in plan for no in nos])).count()
    if ours != expected_segments:
        problems.append(f"{ours} segments logged, {expected_segments} loggings succeeded")
    for undo in LoggedSegmentUndo.select():
        have = InteractionLogEntry.select().where(InteractionLogEntry.logged_segment == undo.logged_segment_id).count()
        if have != undo.entries:
            problems.append(f"logged segment {undo.logged_segment_id}: {have} entries of {undo.entries}")
    store_db.close()
    return problems


class Engine:
    """One engine's prepared database and fresh copies of it (a user each, or shared)."""

    def __init__(self, name: str, server: bench_server.Server | None, path: Path) -> None:
        self.name = name
        self.server = server
        self.path = path

    def prepare(self) -> str:
        """Where to build the prepared database."""
        if self.server is not None:
            return self.server.create(SOURCE)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return str(self.path)

    def fresh(self, users: int) -> tuple[str, list[str]]:
        """A fresh copy: (the admin's target, one target per user)."""
        if self.server is None:
            work = self.path.with_name(self.path.stem + "-run.sqlite")
            for suffix in ("", "-wal", "-shm"):
                Path(f"{work}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(self.path, work)
            return str(work), [str(work)]
        url = self.server.copy(SOURCE, RUN)
        logins = []
        for user in range(1, users + 1):
            role = ROLE.format(user)
            self.server.admin(f'DROP ROLE IF EXISTS "{role}"')
            self.server.admin(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{role}'")
            logins.append(_as_login(url, role))
        # Everything a user needs to log segments (the roles of migration 8 will narrow this down).
        names = ", ".join(f'"{ROLE.format(user)}"' for user in range(1, users + 1))
        _run_in(url, f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {names}")
        _run_in(url, f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {names}")
        return url, logins

    def drop_logins(self, users: int) -> None:
        """Remove the users' logins again (they are the cluster's, not the database's)."""
        if self.server is None:
            return
        self.server.drop(RUN)
        for user in range(1, users + 1):
            self.server.admin(f'DROP ROLE IF EXISTS "{ROLE.format(user)}"')


def _as_login(url: str, role: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{role}:{role}@{host}", parts.path, parts.query, parts.fragment))


def _run_in(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


def measure(engine: Engine, users: int, per_user: int, lines: int) -> dict[str, dict[str, Any]]:
    """One user alone, then all users at once, each on a fresh copy."""
    print(f"{engine.name}: building {users * per_user} segments of {lines} lines …", flush=True)
    plan = build(engine.prepare(), users, per_user, lines)
    figures = {}
    for label, chosen in (("1 user", plan[:1]), (f"{users} users", plan)):
        admin, targets = engine.fresh(len(chosen))
        try:
            result = run(targets, chosen)
            result["problems"] = verify(admin, chosen, result["segments"])
        finally:
            engine.drop_logins(len(chosen))
        figures[label] = result
        print(f"  {label}: {result['wall']:.2f} s, {len(result['conflicts'])} conflicts", flush=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--segments", type=int, default=4, help="segments per user")
    parser.add_argument("--lines", type=int, default=1000, help="lines per segment")
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "concurrent.sqlite")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    bench_server.add_arguments(parser)
    args = parser.parse_args()
    engines: dict[str, dict[str, dict[str, Any]]] = {}
    with bench_server.server(args.postgresql, args.keep) as server:
        chosen = [] if args.no_sqlite else [Engine("SQLite", None, args.db)]
        if server is not None:
            chosen.append(Engine("PostgreSQL", server, args.db))
        for engine in chosen:
            engines[engine.name] = measure(engine, args.users, args.segments, args.lines)
    print(f"{args.users} users × {args.segments} segments × {args.lines} lines, logged at the same moment")
    print(f"{'':16}{'users':>6}{'wall (s)':>10}{'entries/s':>11}{'segments/s':>12}{'slowest (s)':>13}{'conflicts':>11}")
    bad = 0
    for name, figures in engines.items():
        for label, result in figures.items():
            rate = result["entries"] / result["wall"] if result["wall"] else 0.0
            per = result["segments"] / result["wall"] if result["wall"] else 0.0
            print(
                f"{name:16}{label.split()[0]:>6}{result['wall']:10.2f}{rate:11.0f}{per:12.2f}"
                f"{result['slowest']:13.3f}{len(result['conflicts']):11}"
            )
            for line in result["conflicts"][:10] + result["problems"]:
                print(f"    {line}")
            bad += bool(result["conflicts"] or result["problems"])
    print(bench_server.load())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
