"""Sentences for the errors of single interactions and their entries (part of ui/errors.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactdesk.crm import errors as e
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def describe_interaction_error(error: BaseException) -> str | None:
    """Sentences for the refusals of Create Interaction and the interaction log (None for other errors)."""
    if isinstance(error, e.ContactBlockedError):
        return fill(
            translate(
                "Errors",
                "Contact %1 is privacy blocked, so no interactions can be recorded for it. Clear "
                "Privacy blocked on the contact card first if that is allowed.",
            ),
            error.contact_no,
        )
    if isinstance(error, e.NoContactError):
        return translate(
            "Errors", "You must select a contact to interact with: type its number or part of its name in Contact."
        )
    if isinstance(error, e.NoPhoneNumberError):
        return translate(
            "Errors",
            "You must fill in the phone number: type it in Phone number, or add it to the contact card.",
        )
    if isinstance(error, e.NoEmailError):
        return fill(
            translate(
                "Errors",
                "Contact %1 has no e-mail address (nor an alternative address with one), so the "
                "interaction cannot go by e-mail. Fill in the e-mail on the contact card, or choose "
                "another correspondence type.",
            ),
            error.contact_no,
        )
    if isinstance(error, e.InteractionDocumentError):
        if error.problem == "email_needs_document":
            return fill(
                translate(
                    "Errors",
                    "The e-mail has nothing to send: template %1 has no Word document. Change the "
                    "correspondence type, or choose a template with a document.",
                ),
                error.template_code,
            )
        return fill(
            translate(
                "Errors",
                "No document found: template %1 has no Word document for this language. Add one "
                "under Setup → Interaction templates, or choose another template.",
            ),
            error.template_code,
        )
    if isinstance(error, e.EntryStateError):
        problems = {
            "not_postponed": translate(
                "Errors", "Entry %1 is not a postponed interaction (any more). Refresh the list."
            ),
            "postponed": translate(
                "Errors", "Entry %1 is a postponed interaction: resume and finish it, or delete it."
            ),
            "not_canceled": translate(
                "Errors", "Entry %1 is not canceled. Only canceled entries can be deleted; cancel it first."
            ),
            "logged_segment_canceled": translate(
                "Errors",
                "Entry %1 belongs to logged segment %2, which is canceled. Restore the logged segment instead.",
            ),
            "campaign_entry_canceled": translate(
                "Errors", "Entry %1 belongs to campaign entry %2, which is canceled. Restore the campaign entry first."
            ),
        }
        text = problems.get(error.problem, problems["not_postponed"])
        return fill(text, str(error.entry_no), error.key)
    return None
