"""Saving a contact card: the contact's fields, its classification codes and its profile answers together.

A user who changes a card and presses Save expects all of it saved, and after Cancel none of it: so the codes and
answers are kept on the card until Save and written in the same transaction as the fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from contactdesk.crm import classification, profiles
from contactdesk.crm import contacts as contact_service
from contactdesk.crm.contact_data import ContactData
from contactdesk.store.db import write_transaction


def save_card(
    existing_no: str,
    data: ContactData,
    codes: Mapping[str, Iterable[str]] | None = None,
    answers: Mapping[str, Iterable[int]] | None = None,
) -> str:
    """Update contact `existing_no` (blank: create one) with its codes and answers; returns its number."""
    with write_transaction():
        if existing_no:
            no = contact_service.update_contact(existing_no, data).no
        else:
            no = contact_service.create_contact(data)
        if codes is not None:
            classification.replace_codes(no, codes)
        if answers is not None:
            profiles.replace_answers(no, answers)
    return no
