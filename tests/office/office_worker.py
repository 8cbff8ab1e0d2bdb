"""One office user for the concurrency test: mixed work against a shared database for a while.

    python tests/office/office_worker.py --db URL --worker N --seconds S --seed N

Prints one JSON object with what it did (numbers taken, segments made and logged, edits and the
conflicts it met) for the test to check against the database. Expected refusals (someone else's
save came first, a segment already logged) are counted; anything else is reported as an error.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import date
from typing import Any

from contactdesk.crm import contacts, criteria, segment_lines, segments
from contactdesk.crm.contact_data import ContactData
from contactdesk.crm.criteria import CriteriaAction, CriteriaRequest
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.database import open_location
from contactdesk.crm.errors import ConcurrentEditError, LogRefusedError, NotFoundError, NothingMatchedError
from contactdesk.crm.logging_ import LogOptions, log_segment
from contactdesk.store.db import write_transaction
from contactdesk.store.numbering import next_number

CITIES = ("Oslo", "Bergen", "Utrecht", "Leiden", "Tromsø")
TODAY = date(2026, 12, 1)


class Worker:
    """Keeps the tally of one process."""

    def __init__(self, number: int, setup: dict[str, Any], seed: int) -> None:
        self.number = number
        self.setup = setup
        self.random = random.Random(seed)
        self.created: list[str] = []
        self.numbers: list[str] = []
        self.edits: Counter[str] = Counter()
        self.own: dict[str, int] = {}  # own unlogged segments → lines
        self.logged: list[dict[str, Any]] = []
        self.shared_added = 0
        self.conflicts: Counter[str] = Counter()
        self.operations: Counter[str] = Counter()
        self.errors: list[str] = []
        self.step = 0

    def contact_nos(self) -> list[str]:
        return list(self.setup["hot"]) + self.created

    def create_contact(self) -> None:
        self.created.append(
            contacts.create_contact(
                ContactData(type=0, name=f"W{self.number} Company {self.step}", city=self.random.choice(CITIES))
            )
        )

    def edit_contact(self) -> None:
        no = self.random.choice(self.setup["hot"])
        loaded = contacts.get_contact(no)
        time.sleep(self.random.uniform(0, 0.01))  # the user typing: others may save meanwhile
        try:
            contacts.update_contact(no, replace(loaded, phone_no=f"{self.number}-{self.step}"))
        except ConcurrentEditError:
            self.conflicts["contact"] += 1
            return
        self.edits[no] += 1

    def build_segment(self) -> None:
        no = segments.create_segment(f"W{self.number} letter {self.step}", self.setup["template"], "SP", TODAY)
        self.own[no] = 0
        request = CriteriaRequest(CriteriaAction.ADD, (Filter("contact", "city", self.random.choice(CITIES)),))
        try:
            self.own[no] = criteria.run(no, request).added
        except NothingMatchedError:
            pass

    def add_lines(self) -> None:
        if not self.own:
            return self.build_segment()
        no = self.random.choice(list(self.own))
        picked = self.random.sample(self.contact_nos(), 2)
        try:
            self.own[no] += segment_lines.add_contacts_by_hand(no, picked).added
        except NothingMatchedError:
            pass
        return None

    def add_to_shared(self) -> None:
        shared = self.setup["shared"]
        seen = segments.get_segment(shared).version
        try:
            added = segment_lines.add_contacts_by_hand(shared, [self.random.choice(self.contact_nos())], seen).added
        except ConcurrentEditError:
            self.conflicts["segment"] += 1
            return
        except NothingMatchedError:
            return
        self.shared_added += added

    def log_own(self) -> None:
        ready = [no for no, lines in self.own.items() if lines]
        if not ready:
            return self.build_segment()
        no = self.random.choice(ready)
        result = log_segment(no, LogOptions(), today=TODAY)
        self.logged.append({"logged": result.logged_segment, "segment": no, "entries": result.entries})
        del self.own[no]
        return None

    def log_pool(self) -> None:
        """Everyone tries the same prepared segments: each must be logged exactly once."""
        no = self.random.choice(self.setup["pool"])
        try:
            result = log_segment(no, LogOptions(), today=TODAY)
        except (LogRefusedError, NotFoundError):
            self.conflicts["logged_already"] += 1
            return
        self.logged.append({"logged": result.logged_segment, "segment": no, "entries": result.entries})

    def take_number(self) -> None:
        with write_transaction():
            self.numbers.append(next_number("CAMP"))

    def run(self, seconds: float) -> dict[str, Any]:
        work = {
            self.create_contact: 3,
            self.edit_contact: 4,
            self.build_segment: 1,
            self.add_lines: 2,
            self.add_to_shared: 3,
            self.log_own: 1,
            self.log_pool: 1,
            self.take_number: 3,
        }
        actions, weights = list(work), list(work.values())
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.step += 1
            action = self.random.choices(actions, weights)[0]
            try:
                action()
            except Exception as problem:  # noqa: BLE001 - every unexpected failure is an invariant broken
                self.errors.append(f"{action.__name__}: {type(problem).__name__}: {problem}")
            self.operations[action.__name__] += 1
        return {
            "worker": self.number,
            "operations": dict(self.operations),
            "created": self.created,
            "numbers": self.numbers,
            "edits": dict(self.edits),
            "own": self.own,
            "logged": self.logged,
            "shared_added": self.shared_added,
            "conflicts": dict(self.conflicts),
            "errors": self.errors,
        }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--worker", type=int, required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--setup", required=True, help="JSON: hot contacts, shared segment, pool, template")
    args = parser.parse_args()
    open_location(args.db)
    worker = Worker(args.worker, json.loads(args.setup), seed=args.worker)
    print(json.dumps(worker.run(args.seconds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
