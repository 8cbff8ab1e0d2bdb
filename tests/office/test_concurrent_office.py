"""Four users on one PostgreSQL database doing mixed work at once; afterwards every invariant holds.

CI runs it for 60 s; CONTACTDESK_CONCURRENCY_SECONDS shortens it on a developer's machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from peewee import fn
from tests import engines

from contactdesk.crm import contacts, segment_lines, segments, templates
from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.salespeople import SalespersonData, save_salesperson
from contactdesk.store.enums import CorrespondenceType
from contactdesk.store.models import (
    Contact,
    InteractionLogEntry,
    LoggedSegment,
    NumberSeries,
    Segment,
    SegmentLine,
)

WORKERS = 4
SECONDS = float(os.environ.get("CONTACTDESK_CONCURRENCY_SECONDS", "60"))
WORKER = Path(__file__).with_name("office_worker.py")
CITIES = ("Oslo", "Bergen", "Utrecht", "Leiden", "Tromsø")
TODAY = date(2026, 12, 1)

pytestmark = [pytest.mark.slow, pytest.mark.postgresql_only]


def _prepare() -> dict[str, Any]:
    save_code("interaction_group", CodeData("VISIT", "Visits"))
    save_salesperson(SalespersonData("SP", "Sam Post"))
    templates.save_template(
        templates.TemplateData("VISIT", "VISIT", "Visit", correspondence_type_default=CorrespondenceType.BLANK)
    )
    hot = [
        contacts.create_contact(ContactData(type=0, name=f"Hot Company {i}", city=CITIES[i % len(CITIES)]))
        for i in range(8)
    ]
    shared = segments.create_segment("Everyone adds here", "VISIT", "SP", TODAY)
    pool = []
    for i in range(12):
        no = segments.create_segment(f"Pool {i}", "VISIT", "SP", TODAY)
        segment_lines.add_contacts_by_hand(no, hot[i % 8 : i % 8 + 3])
        pool.append(no)
    return {"hot": hot, "shared": shared, "pool": pool, "template": "VISIT"}


def _run_workers(setup: dict[str, Any]) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH", "")]))}
    started = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                "--db",
                engines.current,
                "--worker",
                str(n),
                "--seconds",
                str(SECONDS),
                "--setup",
                json.dumps(setup),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(1, WORKERS + 1)
    ]
    reports = []
    for process in started:
        out, err = process.communicate(timeout=SECONDS + 180)
        assert process.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def _series_numbers(code: str) -> list[str]:
    series = NumberSeries.get(NumberSeries.code == code)
    first, last, step = int(series.starting_number), int(series.last_number), int(series.increment_by)
    return [f"{series.prefix}{n:0{series.width}d}" for n in range(first, last + 1, step)]


def test_four_users_at_once_keep_every_invariant(database) -> None:  # type: ignore[no-untyped-def]
    setup = _prepare()
    contacts_before = Contact.select().count()
    shared_before = segment_lines.count_lines(setup["shared"])
    version_before = {no: contacts.get_contact(no).version for no in setup["hot"]}
    reports = _run_workers(setup)
    # Print what the run did (pytest -s shows it; the report quotes it).
    for report in reports:
        print(f"worker {report['worker']}: {report['operations']} conflicts {report['conflicts']}")

    assert sorted({error for report in reports for error in report["errors"]}) == []
    assert all(sum(report["operations"].values()) > 0 for report in reports)

    # Contacts: every one a worker made exists once; the series handed out each number once, none skipped.
    created = [no for report in reports for no in report["created"]]
    assert len(created) == len(set(created))
    assert Contact.select().count() == contacts_before + len(created)
    stored = [row.no for row in Contact.select(Contact.no)]
    assert sorted(stored) == _series_numbers("CONT")

    # No lost update: each successful edit of a contact raised its version by exactly one.
    edits: Counter[str] = Counter()
    for report in reports:
        edits.update(report["edits"])
    for no in setup["hot"]:
        assert contacts.get_contact(no).version == version_before[no] + edits[no], no

    # Numbers taken from the same series at the same moment: unique, and no gap.
    numbers = [n for report in reports for n in report["numbers"]]
    assert len(numbers) == len(set(numbers))
    assert sorted(numbers) == _series_numbers("CAMP")

    # Segments: every segment number is either a segment or a logged one, once; logged numbers are gapless.
    live = [row.no for row in Segment.select(Segment.no)]
    logged = list(LoggedSegment.select())
    gone = [row.segment_no for row in logged]
    assert len(set(live) | set(gone)) == len(live) + len(gone)
    assert sorted(live + gone) == _series_numbers("SEG")
    assert sorted(row.no for row in logged) == _series_numbers("LSEG")

    # Every logging a worker reported is complete; no segment is half-logged; each pool segment logged once.
    reported = {item["logged"]: item for report in reports for item in report["logged"]}
    assert set(reported) == {row.no for row in logged}
    for row in logged:
        entries = InteractionLogEntry.select().where(InteractionLogEntry.logged_segment == row.id).count()
        assert entries == reported[row.no]["entries"] > 0, row.no
        assert row.segment_no not in live
    pool_logged = Counter(item["segment"] for item in reported.values() if item["segment"] in setup["pool"])
    assert all(count == 1 for count in pool_logged.values())
    assert set(pool_logged) | (set(setup["pool"]) & set(live)) == set(setup["pool"])
    entry_nos = [row.entry_no for row in InteractionLogEntry.select(InteractionLogEntry.entry_no)]
    assert sorted(entry_nos) == list(range(1, len(entry_nos) + 1))

    # Segments still open: exactly the lines the workers added, each contact once.
    for report in reports:
        for no, lines in report["own"].items():
            assert segment_lines.count_lines(no) == lines, no
    shared = Segment.get(Segment.no == setup["shared"])
    added = sum(report["shared_added"] for report in reports)
    assert segment_lines.count_lines(setup["shared"]) == shared_before + added
    doubles = (
        SegmentLine.select(SegmentLine.segment, SegmentLine.contact)
        .group_by(SegmentLine.segment, SegmentLine.contact)
        .having(fn.COUNT(SegmentLine.id) > 1)
        .count()
    )
    assert doubles == 0 and shared.version > 1
