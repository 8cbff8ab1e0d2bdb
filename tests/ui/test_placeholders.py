"""Placeholders are filled in one pass: a value holding "%1" or "%3" reaches the user unchanged."""

from __future__ import annotations

from contactdesk.crm.errors import ContactOnSegmentError, ValidationError, ValidationErrors
from contactdesk.crm.imports.results import ImportProblem
from contactdesk.ui import errors
from contactdesk.ui.placeholders import fill

VALUE = "jan%3@x%1y"


def test_fill_replaces_every_placeholder_at_once() -> None:
    assert fill("%1 and %2 (%3)", VALUE, "b%2", 7) == "jan%3@x%1y and b%2 (7)"
    assert fill("%n of %1, %2 stays", "x") == "%n of x, %2 stays"


def test_a_refused_e_mail_address_is_shown_as_typed(qapp) -> None:  # type: ignore[no-untyped-def]
    text = errors.describe(ValidationErrors([ValidationError("email", "invalid_email", VALUE)]))
    assert f'"{VALUE}"' in text and text.startswith("E-mail ")


def test_an_import_problem_shows_the_cell_as_it_is(qapp) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.contacts_io.texts import ImportTexts

    text = ImportTexts().problem(ImportProblem(4, "E-mail", "email", "invalid_email", VALUE))
    assert f'"{VALUE}"' in text


def test_a_segment_number_with_a_percent_sign_stays(qapp) -> None:  # type: ignore[no-untyped-def]
    text = errors.describe(ContactOnSegmentError("CT%2", ["SEG%1"]))
    assert "Contact CT%2 cannot be deleted" in text and "segments SEG%1." in text
