"""An office login and its password in the keychain: looked up, kept, forgotten; never in an address."""

from __future__ import annotations

import pytest
from tests.office.conftest import MemoryKeychain

from contactdesk.crm import office_login
from contactdesk.crm.office_errors import KeychainError
from contactdesk.crm.office_login import OfficeLogin


def test_a_login_is_read_from_an_address_and_written_back_without_its_password() -> None:
    login = OfficeLogin.from_url("postgresql://anna:s%40cret@db.office.example:6543/crm%20main")
    assert login == OfficeLogin("db.office.example", 6543, "crm main", "anna")
    assert login.url == "postgresql://anna@db.office.example:6543/crm%20main"
    assert "s%40cret" not in login.url and "cret" not in login.key
    assert OfficeLogin.from_url(login.url) == login
    assert office_login.password_in_url("postgresql://anna:x@h/db")
    assert not office_login.password_in_url(login.url)


def test_libpq_defaults_fill_what_an_address_leaves_out() -> None:
    login = OfficeLogin.from_url("postgresql://anna@server/office")
    assert login is not None and login.port == office_login.DEFAULT_PORT
    assert OfficeLogin.from_url("sqlite:///tmp/contacts.sqlite") is None
    assert OfficeLogin("::1", 5432, "office", "anna").url == "postgresql://anna@[::1]:5432/office"


def test_a_kept_password_is_found_for_its_login_only_and_can_be_forgotten(keychain: MemoryKeychain) -> None:
    anna = OfficeLogin("server", 5432, "office", "anna")
    assert office_login.keychain_status().usable
    assert office_login.find_password(anna) is None
    office_login.store_password(anna, "geheim")
    assert office_login.find_password(anna) == "geheim"
    assert office_login.find_password(OfficeLogin("server", 5432, "office", "bert")) is None
    assert office_login.find_password(OfficeLogin("server", 5433, "office", "anna")) is None
    assert list(keychain.passwords) == [(office_login.SERVICE, "anna@server:5432/office")]
    assert office_login.forget_password(anna)
    assert office_login.find_password(anna) is None
    assert not office_login.forget_password(anna)


def test_without_a_keychain_nothing_is_kept_and_keeping_says_why(no_keychain: None) -> None:
    anna = OfficeLogin("server", 5432, "office", "anna")
    status = office_login.keychain_status()
    assert not status.usable
    assert office_login.find_password(anna) is None
    with pytest.raises(KeychainError) as refused:
        office_login.store_password(anna, "geheim")
    assert refused.value.reason == "unavailable"
    assert not office_login.forget_password(anna)
