"""Number series setup, and taking numbers: concurrent writers, rollbacks."""

from __future__ import annotations

import threading

import pytest

from contactdesk.crm.errors import DuplicateCodeError, InUseError, NotFoundError, ValidationErrors
from contactdesk.crm.number_series import (
    NumberSeriesData,
    delete_series,
    get_series,
    list_series,
    next_number_preview,
    save_series,
)
from contactdesk.store.db import db, write_transaction
from contactdesk.store.models import MarketingSetup, NumberSeries
from contactdesk.store.numbering import next_number

pytestmark = pytest.mark.usefixtures("database")


def test_seeded_series_and_display_numbers() -> None:
    assert [series.code for series in list_series()] == ["CAMP", "CONT", "LSEG", "SEG"]
    contacts = get_series("cont")
    assert (contacts.starting_no, contacts.last_no_used) == ("CT000001", "")
    assert next_number_preview("CONT") == "CT000001"
    with write_transaction():
        next_number("CONT")
    assert get_series("CONT").last_no_used == "CT000001"
    assert next_number_preview("cont") == "CT000002"


def test_create_update_and_preview() -> None:
    saved = save_series(
        NumberSeriesData(code=" inv ", description="Invoices", prefix="INV-", width=4, starting_number=100)
    )
    assert saved == NumberSeriesData("INV", "Invoices", "INV-", 4, 100, 0, 1, False)
    assert next_number_preview("INV") == "INV-0100"
    save_series(
        NumberSeriesData("INV", "Invoices", "INV-", 4, 100, 120, 10, True),
        original_code="INV",
    )
    assert next_number_preview("INV") == "INV-0130"
    assert get_series("INV").last_no_used == "INV-0120"
    with pytest.raises(NotFoundError):
        next_number_preview("NOPE")


def test_validation_collects_every_error() -> None:
    with pytest.raises(ValidationErrors) as caught:
        save_series(
            NumberSeriesData(code="", prefix="P" * 11, width=0, starting_number=-1, last_number=-1, increment_by=0)
        )
    assert {(error.field, error.problem) for error in caught.value.errors} == {
        ("code", "required"),
        ("prefix", "too_long"),
        ("width", "out_of_range"),
        ("starting_number", "negative"),
        ("last_number", "negative"),
        ("increment_by", "out_of_range"),
    }
    with pytest.raises(ValidationErrors) as caught:
        save_series(NumberSeriesData(code="X", width=16))
    assert caught.value.for_field("width") is not None
    # Ten characters of prefix leave room for ten digits in a 20-character number.
    with pytest.raises(ValidationErrors) as caught:
        save_series(NumberSeriesData(code="X", prefix="P" * 10, width=11))
    assert caught.value.for_field("width").limit == 10  # type: ignore[union-attr]
    with pytest.raises(ValidationErrors) as caught:
        save_series(NumberSeriesData(code="X", width=3, starting_number=1000))
    assert caught.value.for_field("starting_number") is not None
    assert NumberSeries.select().count() == 4


def test_duplicates_rename_and_delete() -> None:
    save_series(NumberSeriesData("OLD", prefix="O"))
    with pytest.raises(DuplicateCodeError):
        save_series(NumberSeriesData("old"))
    with pytest.raises(DuplicateCodeError):
        save_series(NumberSeriesData("CONT"), original_code="OLD")

    save_series(NumberSeriesData("CONTACTS", prefix="CT"), original_code="CONT")
    assert MarketingSetup.get().contact_nos == "CONTACTS"
    with pytest.raises(InUseError) as caught:
        delete_series("CONTACTS")
    assert (caught.value.used_by, caught.value.key) == ("marketing_setup", "CONTACTS")
    assert NumberSeries.get_or_none(NumberSeries.code == "CONTACTS") is not None

    delete_series("old")
    assert [series.code for series in list_series()] == ["CAMP", "CONTACTS", "LSEG", "SEG"]
    with pytest.raises(NotFoundError):
        delete_series("OLD")


def test_concurrent_writers_get_consecutive_numbers() -> None:
    threads_count, per_thread = 4, 50
    taken: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(threads_count)

    def worker() -> None:
        # peewee keeps one connection per thread: each worker opens its own and closes it.
        try:
            start.wait()
            for _ in range(per_thread):
                with write_transaction():
                    number = next_number("CONT")
                with lock:
                    taken.append(number)
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread below
            failures.append(exc)
        finally:
            db.close()

    workers = [threading.Thread(target=worker) for _ in range(threads_count)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(timeout=120)

    assert failures == []
    total = threads_count * per_thread
    assert len(taken) == len(set(taken)) == total
    assert sorted(taken) == [f"CT{number:06d}" for number in range(1, total + 1)]
    assert get_series("CONT").last_number == total


def test_a_rolled_back_number_is_handed_out_again() -> None:
    with write_transaction():
        first = next_number("CONT")
    with pytest.raises(RuntimeError):
        with write_transaction():
            lost = next_number("CONT")
            raise RuntimeError("the record using the number failed")
    with write_transaction():
        again = next_number("CONT")
    assert (first, lost, again) == ("CT000001", "CT000002", "CT000002")
