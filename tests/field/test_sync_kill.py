"""Issue 14 §3: `contactdesk field sync` killed (SIGKILL) at random moments, 20 times, each time with a few
hundred changes waiting (a logged segment among them) and office changes to fetch: a rerun completes the
sync, nothing is applied twice and nothing is lost.

The moments are seeded. The first half are spread over a whole sync; the second half fall between the
latest kill that changed nothing and the earliest that came too late, where the office has committed and
the laptop not yet (the moment a repeated push must get the stored answer, not apply again).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from tests import engines
from tests.field.field_office import check_out, to_laptop
from tests.field.sync_parties import connect, differences, table_rows

from contactdesk.crm import contacts, interactions, segments
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.logging_ import log_segment
from contactdesk.store import db as store_db
from contactdesk.store.db import db
from contactdesk.store.models import Contact

SEED, KILLS = 14, 20

pytestmark = [pytest.mark.postgresql_only, pytest.mark.slow]


def _sync_process() -> list[str]:
    return [sys.executable, "-m", "contactdesk", "field", "sync", "--json", "--db"]


def _environment() -> dict[str, str]:
    environment = {**os.environ}
    environment.pop("QT_QPA_PLATFORM", None)
    return environment


def _rerun(laptop: Path) -> dict[str, int]:
    done = subprocess.run(
        [*_sync_process(), str(laptop)], capture_output=True, text=True, env=_environment(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def _killed(laptop: Path, delay: float) -> int:
    """Start a sync and SIGKILL it after `delay` seconds; its exit status (-9 when it was still running)."""
    process = subprocess.Popen(
        [*_sync_process(), str(laptop)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=_environment(),
    )
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    return process.wait(timeout=30)


def _outbox(laptop: Path) -> set[str]:
    database = connect(laptop)
    try:
        with database.connection_context():
            return {str(op) for (op,) in database.execute_sql("SELECT op_uuid FROM outbox").fetchall()}
    finally:
        database.close()


def _cursor(laptop: Path) -> str:
    database = connect(laptop)
    try:
        with database.connection_context():
            return str(database.execute_sql("SELECT value FROM field_info WHERE key = 'cursor'").fetchone()[0])
    finally:
        database.close()


def _office(sql: str, *params: object) -> list[tuple[object, ...]]:
    return engines.rows(engines.current, sql, *params)


class Changes:
    """A round of laptop changes: expected office values noted as they are made."""

    def __init__(self, rng: random.Random, laptop: Path) -> None:
        self.rng, self.laptop = rng, laptop
        self.cities: dict[str, str] = {}  # contact number -> the city the office must end with
        self.made_contacts: list[str] = []
        self.entries = self.logged = self.deleted = 0

    def make(self, turn: int) -> None:
        """About 300 outbox rows: two bulk updates, new contacts, calls, a delete, sometimes a logged segment."""
        to_laptop(self.laptop)
        ids = [int(c.id) for c in Contact.select(Contact.id).order_by(Contact.id)]
        chosen = self.rng.sample(ids, 120)
        with db.atomic():
            Contact.update(city=f"K{turn}-" + Contact.no).where(Contact.id.in_(chosen)).execute()
            Contact.update(job_title=f"J{turn}").where(Contact.id.in_(chosen)).execute()
        for contact in Contact.select(Contact.no, Contact.city).where(Contact.id.in_(chosen)):
            self.cities[str(contact.no)] = str(contact.city)
        for n in range(5):
            self.made_contacts.append(
                contacts.create_contact(ContactData(name=f"Road {turn}.{n}", city="Road", salesperson_code="JV"))
            )
            self.cities[self.made_contacts[-1]] = "Road"
        for no in self.rng.sample(self.made_contacts[:-5] or self.made_contacts, 1):
            contacts.delete_contact(no)
            self.made_contacts.remove(no)
            del self.cities[no]
            self.deleted += 1
        for no in self.rng.sample(sorted(self.cities), 3):
            interactions.log_interaction(interactions.new_request(no, "JV", template_code="PHONE"))
            self.entries += 1
        # The office changes other contacts meanwhile, so a kill may fall in the pull too.
        with psycopg.connect(engines.current, autocommit=True) as office:
            office.execute("UPDATE contact SET phone_no = %s WHERE id = ANY(%s)", (f"+47 {turn}", chosen[:40]))
        if turn % 4 == 0:
            on_it = self.rng.sample(sorted(self.cities), 12)
            log_segment(segments.create_segment(f"Visit {turn}", "PHONE", None, None, on_it))
            self.logged += 1
            self.entries += len(on_it)
        store_db.close()


def test_a_sync_killed_at_random_moments_completes_on_rerun_without_applying_anything_twice(
    demo_database: object, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    before = {t: engines.count(engines.current, t) for t in ("contact", "interaction_log_entry", "logged_segment")}
    device = check_out(tmp_path).device
    laptop = tmp_path / "laptop.sqlite"
    store_db.close()
    changes = Changes(rng, laptop)
    sent: set[str] = set()
    # How long a whole sync of such a round takes here, process start included.
    changes.make(0)
    sent |= _outbox(laptop)
    start = time.perf_counter()
    _rerun(laptop)
    whole = time.perf_counter() - start
    low, high = 0.0, whole * 1.2
    moments = {"nothing done": 0, "office committed, laptop not": 0, "push done, pull not": 0, "all done": 0}
    sizes = []
    for turn in range(1, KILLS + 1):
        changes.make(turn)
        pending = _outbox(laptop)
        sent |= pending
        sizes.append(len(pending))
        applied = int(_office("SELECT count(*) FROM field_applied_op")[0][0])
        cursor = _cursor(laptop)
        if turn <= KILLS // 2:
            delay = rng.uniform(0.0, whole * 1.2)
        elif high - low > 0.1:
            delay = rng.uniform(low, high)
        else:  # the edge is found: around it, where a moment's jitter decides which side a kill falls
            delay = max(0.0, rng.gauss((low + high) / 2, 0.05))
        status = _killed(laptop, delay)
        left = _outbox(laptop)
        now_applied = int(_office("SELECT count(*) FROM field_applied_op")[0][0])
        if left and now_applied == applied:
            moments["nothing done"] += 1
            low = max(low, delay) if status == -signal.SIGKILL else low
        elif left:
            moments["office committed, laptop not"] += 1
        else:
            moments["push done, pull not" if _cursor(laptop) == cursor else "all done"] += 1
            high = min(high, delay)
        assert left in (pending, set()), "the laptop committed half a push"
        _rerun(laptop)
        assert _outbox(laptop) == set()
        # Nothing applied twice: each operation once, and the office has exactly what was made.
        ops = _office("SELECT op_uuid FROM field_applied_op WHERE device_id = %s", device)
        assert len(ops) == len({op for (op,) in ops}) and {str(op) for (op,) in ops} == sent
        assert engines.count(engines.current, "contact") == before["contact"] + len(changes.made_contacts)
        assert engines.count(engines.current, "interaction_log_entry") == before["interaction_log_entry"] + (
            changes.entries
        )
        assert engines.count(engines.current, "logged_segment") == before["logged_segment"] + changes.logged
        # Nothing lost: every city the laptop wrote is the office's, and both hold the same rows.
        cities = dict(_office("SELECT no, city FROM contact"))
        assert {no: cities.get(no) for no in changes.cities} == changes.cities
        assert differences(table_rows(engines.current), table_rows(laptop)) == {}
    print(f"kills: {moments}; outbox {min(sizes)}-{max(sizes)} rows; a whole sync {whole:.2f} s")
    assert min(sizes) >= 200
    assert moments["nothing done"] + moments["office committed, laptop not"] > 0  # some kills came mid-sync
