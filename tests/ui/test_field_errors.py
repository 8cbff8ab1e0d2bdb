"""Each field-laptop error is one sentence saying what is wrong and what to do; none is the catch-all."""

from __future__ import annotations

import pytest

from contactdesk.crm.field.conflict_errors import ConflictResolveError, ConflictValueError
from contactdesk.crm.field.errors import FieldAdminError, NotFieldCopyError
from contactdesk.ui import errors
from contactdesk.ui.field_errors import FieldTexts

REASONS = (
    "not_field_copy",
    "sqlite_office",
    "schema_newer",
    "schema_older",
    "expired",
    "retired",
    "unreachable",
    "login_refused",
)


@pytest.mark.parametrize("reason", REASONS)
def test_every_refused_sync_has_its_own_sentence(reason: str) -> None:
    texts = FieldTexts()
    sentence = texts.sync_refused(reason, "/home/anna/laptop-unsent.json", 15, 14)
    assert sentence != texts.sync_refused("something else")
    assert sentence.endswith(".") and "%" not in sentence
    if reason.startswith("schema"):
        assert "version 15, this laptop 14" in sentence
    if reason in ("expired", "retired"):
        assert "/home/anna/laptop-unsent.json" in sentence


def test_conflict_errors_say_what_to_do() -> None:
    assert errors.is_expected(ConflictValueError("city", "too_long", "x" * 31, 30))
    assert errors.describe(ConflictValueError("city", "too_long", "x" * 31, 30)) == (
        "City is too long: use at most 30 characters. Nothing was changed."
    )
    assert "does not exist on this laptop" in errors.describe(ConflictValueError("salesperson_code", "unknown", "ZZ"))
    assert "Keep the office value" in errors.describe(ConflictResolveError("gone", 3))
    assert "CT000001 Peters" in errors.describe(ConflictResolveError("in_use", 3, "CT000001 Peters"))
    assert "not a field copy" in errors.describe(NotFieldCopyError("office.sqlite"))


def test_the_administrators_refusals_each_say_what_to_do() -> None:
    staff = errors.describe(FieldAdminError("only an administrator may …", "not_admin"))
    days = errors.describe(FieldAdminError("keep the office's changes …", "days", "3"))
    gone = errors.describe(FieldAdminError("no field laptop 7 …", "no_device", "7"))
    assert "Only an administrator" in staff and "7 and 3650 days" in days and "Laptop 7" in gone
    assert all(errors.is_expected(FieldAdminError("x", reason)) for reason in ("not_admin", "days", "no_device"))
    assert len({staff, days, gone}) == 3 and all(text.endswith(".") for text in (staff, days, gone))
