"""Helpers of the field-laptop tests: checking a laptop out of the test's office database and going back."""

from __future__ import annotations

from pathlib import Path

from tests import engines

from contactdesk.crm.field.checkout import CheckoutResult, checkout
from contactdesk.crm.field.scope import Scope
from contactdesk.store import db as store_db
from contactdesk.store.opening import open_database


def check_out(tmp_path: Path, name: str = "laptop", scope: Scope | None = None, office: str = "") -> CheckoutResult:
    """A laptop file checked out of the office (the test's database); the laptop stays bound."""
    return checkout(office or engines.current, tmp_path / f"{name}.sqlite", scope or Scope(), host_name="field-pc")


def back_to_office(office: str = "") -> None:
    """Bind the services to the office database again."""
    store_db.close()
    open_database(office or engines.current)


def to_laptop(path: str | Path) -> None:
    """Bind the services to a laptop file."""
    store_db.close()
    open_database(path)
