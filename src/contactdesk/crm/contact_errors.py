"""Typed errors about contacts: where they are used, and whether they can be reached."""

from __future__ import annotations

from contactdesk.crm.error_base import DomainError


class ContactOnSegmentError(DomainError):
    """The contact sits on unlogged segments (delete or company change refused)."""

    def __init__(self, contact_no: str, segment_nos: list[str], action: str = "delete") -> None:
        super().__init__(f"contact {contact_no} is on unlogged segments {', '.join(segment_nos)}")
        self.contact_no = contact_no
        self.segment_nos = segment_nos
        self.action = action


class CompanyHasPersonsError(DomainError):
    """Deleting a company with persons needs the user to say what happens to them."""

    def __init__(self, company_no: str, count: int) -> None:
        super().__init__(f"company {company_no} has {count} persons")
        self.company_no = company_no
        self.count = count


class ContactBlockedError(DomainError):
    """The contact is privacy blocked: no interactions may be recorded for it."""

    def __init__(self, contact_no: str) -> None:
        super().__init__(f"contact {contact_no} is privacy blocked")
        self.contact_no = contact_no


class NoContactError(DomainError):
    """An interaction (also one kept for later) needs a contact to interact with (spec 2.11, E9)."""

    def __init__(self) -> None:
        super().__init__("select a contact to interact with")


class NoEmailError(DomainError):
    """E-mail correspondence for a contact without an e-mail address (its own or its alternative address)."""

    def __init__(self, contact_no: str) -> None:
        super().__init__(f"contact {contact_no} has no e-mail address")
        self.contact_no = contact_no


class NoPhoneNumberError(DomainError):
    """A phone call needs a number to call (issue 12 §4: "You must fill in the phone number")."""

    def __init__(self, contact_no: str) -> None:
        super().__init__(f"contact {contact_no}: no phone number to call")
        self.contact_no = contact_no
