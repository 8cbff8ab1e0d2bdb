"""Turns each domain error into one translated sentence: what happened and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from contactdesk.crm import errors as e
from contactdesk.ui import messages
from contactdesk.ui.classification_errors import describe_classification_error
from contactdesk.ui.edit_conflicts import describe_conflict
from contactdesk.ui.field_errors import FIELD_ERRORS
from contactdesk.ui.interaction_errors import describe_interaction_error
from contactdesk.ui.placeholders import fill
from contactdesk.ui.rule_errors import RuleTexts
from contactdesk.ui.store_errors import describe_store_error

translate = QCoreApplication.translate


class ErrorTexts(QObject):
    """Counted sentences (lupdate finds plural forms only in self.tr)."""

    def in_use(self, entity: str, key: str, used_by: str, count: int) -> str:
        """Why a record cannot be deleted: who still uses it."""
        users = {
            "segments": self.tr("%n segment(s)", "", count),
            "interaction_log_entries": self.tr("%n interaction log entr(y/ies)", "", count),
            "interaction_templates": self.tr("%n interaction template(s)", "", count),
            "campaign_entries": self.tr("%n campaign entry(ies)", "", count),
            "marketing_setup": self.tr("Marketing setup"),
        }
        used = users.get(used_by, used_by.replace("_", " "))
        return fill(
            self.tr("The %1 “%2” is still used by %3, so it cannot be deleted. Change those first."), entity, key, used
        )

    def company_has_persons(self, company_no: str, count: int) -> str:
        """The question behind CompanyHasPersonsError."""
        return fill(
            self.tr(
                "Company %1 has %n person(s). Choose whether to delete them too or keep them as persons "
                "without a company.",
                "",
                count,
            ),
            company_no,
        )


def field_label(field: str) -> str:
    """The form label of a field, for sentences about it."""
    labels = {
        "name": translate("Errors", "Name"),
        "email": translate("Errors", "E-mail"),
        "email_2": translate("Errors", "E-mail 2"),
        "company_no": translate("Errors", "Company"),
        "salesperson_code": translate("Errors", "Salesperson"),
        "country_code": translate("Errors", "Country/region"),
        "language_code": translate("Errors", "Language"),
        "territory_code": translate("Errors", "Territory"),
        "type": translate("Errors", "Type"),
        "code": translate("Errors", "Code"),
        "description": translate("Errors", "Description"),
        "commission_pct": translate("Errors", "Commission %"),
        "interaction_group_code": translate("Errors", "Interaction group"),
        "unit_cost": translate("Errors", "Unit cost"),
        "unit_duration": translate("Errors", "Unit duration (min)"),
        "campaign_no": translate("Errors", "Campaign"),
        "prefix": translate("Errors", "Prefix"),
        "width": translate("Errors", "Digits"),
        "starting_number": translate("Errors", "Starting number"),
        "last_number": translate("Errors", "Last number used"),
        "increment_by": translate("Errors", "Increment"),
        "contact_nos": translate("Errors", "Contact numbers"),
        "segment_nos": translate("Errors", "Segment numbers"),
        "logged_segment_nos": translate("Errors", "Logged segment numbers"),
        "campaign_nos": translate("Errors", "Campaign numbers"),
        "default_salesperson_code": translate("Errors", "Default salesperson"),
        "default_country_code": translate("Errors", "Default country/region"),
        "default_language_code": translate("Errors", "Default language"),
        "cover_sheet_template_code": translate("Errors", "Cover sheet template"),
        "language_code_default": translate("Errors", "Default language"),
        "no": translate("Errors", "No."),
        "address": translate("Errors", "Address"),
        "address_2": translate("Errors", "Address 2"),
        "post_code": translate("Errors", "Post code"),
        "city": translate("Errors", "City"),
        "county": translate("Errors", "County"),
        "name_2": translate("Errors", "Name 2"),
        "phone_no": translate("Errors", "Phone"),
        "mobile_phone_no": translate("Errors", "Mobile phone"),
        "home_page": translate("Errors", "Home page"),
        "job_title": translate("Errors", "Job title"),
        "first_name": translate("Errors", "First name"),
        "surname": translate("Errors", "Surname"),
        "vat_registration_no": translate("Errors", "VAT registration no."),
        "registration_no": translate("Errors", "Registration no."),
        "bank_name": translate("Errors", "Bank name"),
        "bank_account_no": translate("Errors", "Bank account no."),
        "iban": translate("Errors", "IBAN"),
        "swift_code": translate("Errors", "SWIFT code"),
        "correspondence_type": translate("Errors", "Correspondence type"),
        "contact_no": translate("Errors", "Contact"),
        "template_code": translate("Errors", "Interaction template"),
        "date": translate("Errors", "Date"),
        "cost": translate("Errors", "Cost"),
        "duration": translate("Errors", "Duration (min)"),
        "subject": translate("Errors", "Subject"),
        "opportunity_text": translate("Errors", "Opportunity"),
        "result_description": translate("Errors", "Result"),
        "industry_group_code": translate("Errors", "Industry group"),
        "business_relation_code": translate("Errors", "Business relation"),
        "mailing_group_code": translate("Errors", "Mailing group"),
        "job_responsibility_code": translate("Errors", "Job responsibility"),
        "questionnaire_code": translate("Errors", "Profile questionnaire"),
        "interaction_template_code": translate("Errors", "Interaction template"),
        "starting_date": translate("Errors", "Starting date"),
        "ending_date": translate("Errors", "Ending date"),
        "status_code": translate("Errors", "Status"),
    }
    return labels.get(field, field.replace("_", " "))


def entity_label(entity: str) -> str:
    """A record kind, as a noun."""
    labels = {
        "contact": translate("Errors", "contact"),
        "salesperson": translate("Errors", "salesperson"),
        "interaction_group": translate("Errors", "interaction group"),
        "interaction_template": translate("Errors", "interaction template"),
        "template": translate("Errors", "interaction template"),
        "number_series": translate("Errors", "number series"),
        "industry_group": translate("Errors", "industry group"),
        "business_relation": translate("Errors", "business relation"),
        "mailing_group": translate("Errors", "mailing group"),
        "job_responsibility": translate("Errors", "job responsibility"),
        "territory": translate("Errors", "territory"),
        "campaign": translate("Errors", "campaign"),
        "campaign_entry": translate("Errors", "campaign entry"),
        "interaction_log_entry": translate("Errors", "interaction log entry"),
        "attachment": translate("Errors", "document"),
        "segment": translate("Errors", "segment"),
        "segment_line": translate("Errors", "segment line"),
        "saved_criteria": translate("Errors", "saved criteria set"),
        "logged_segment": translate("Errors", "logged segment"),
        "user": translate("Errors", "user"),
        "alt_address": translate("Errors", "alternative address"),
    }
    return labels.get(entity, entity.replace("_", " "))


def describe_validation(error: e.ValidationError) -> str:
    """One sentence about one field."""
    label = field_label(error.field)
    value = "" if error.value is None else str(error.value)
    problems = {
        "required": translate("Errors", "%1 must have a value. Fill it in and try again."),
        "invalid_email": translate("Errors", '%1 "%2" is not a valid e-mail address. Use the form name@example.com.'),
        "too_long": translate("Errors", "%1 is too long: use at most %3 characters."),
        "negative": translate("Errors", "%1 cannot be negative. Enter 0 or more."),
        "out_of_range": translate("Errors", "%1 is outside the allowed range (limit %3)."),
        "unknown": translate(
            "Errors", '%1 "%2" does not exist. Pick a value from the list or create it in Setup first.'
        ),
        "not_a_company": translate("Errors", '%1 "%2" is a person, not a company. Choose a company contact.'),
        "own_company": translate("Errors", "A company cannot be its own company. Clear %1."),
        "has_persons": translate(
            "Errors", "This company still has persons, so it cannot become a person. Move or delete them first."
        ),
        "invalid": translate("Errors", '%1 "%2" is not a valid value.'),
        "line_break": translate(
            "Errors", "%1 must be one line: remove the line break, tab or other invisible character and try again."
        ),
        "control_character": translate(
            "Errors", "%1 holds an invisible control character (such as a tab). Remove it and try again."
        ),
        "blocked": translate("Errors", '%1 "%2" is blocked. Choose someone who is not blocked.'),
        "needs_template": translate(
            "Errors", "%1 needs an interaction template first. Choose the template, then the language."
        ),
        "needs_ignore": translate(
            "Errors", "%1 can only be set when the contact's correspondence type is ignored. Tick that option first."
        ),
        "before_start": translate("Errors", "%1 cannot be before the starting date (%3). Change one of them."),
        "needs_language_row": translate(
            "Errors", "%1 needs a document in the default language. Choose an interaction template that has one first."
        ),
    }
    template = problems.get(error.problem, problems["invalid"])
    return fill(template, label, value, str(error.limit or ""))


def describe(error: BaseException) -> str:
    """The sentence a user sees for any error we expect."""
    from contactdesk.merge.errors import MergeError

    if isinstance(error, OSError):
        from contactdesk.ui.os_errors import OsErrorTexts

        return OsErrorTexts().describe(error)
    if isinstance(error, FIELD_ERRORS):  # BlockUsedUpError before NumberSeriesError: a laptop's block
        from contactdesk.ui.field_errors import FieldTexts

        return FieldTexts().describe(error)
    if isinstance(error, MergeError):
        from contactdesk.ui.merge_errors import MergeTexts

        return MergeTexts().describe(error)
    if isinstance(error, (e.LogRefusedError, e.UndoRefusedError, e.LoggedSegmentStateError)):
        from contactdesk.ui.logged.texts import LoggingTexts

        return LoggingTexts().describe(error)
    if isinstance(error, (e.ImportFileError, e.ImportProblemsError, e.ImportOutdatedError, e.ExportFileError)):
        from contactdesk.ui.contacts_io.texts import ImportTexts

        return ImportTexts().describe(error)
    if isinstance(error, e.CampaignEntryStateError):
        from contactdesk.ui.campaigns.texts import CampaignTexts

        return CampaignTexts().describe(error)
    if isinstance(error, e.UserSetupError):
        from contactdesk.ui.user_errors import describe_user_setup_error

        return describe_user_setup_error(error)
    about_classification = describe_classification_error(error)
    if about_classification is not None:
        return about_classification
    if isinstance(error, e.ValidationErrors):
        return "\n".join(describe_validation(item) for item in error.errors)
    if isinstance(error, e.ValidationError):
        return describe_validation(error)
    if isinstance(error, e.DuplicateCodeError):
        return fill(
            translate("Errors", 'A %1 with code "%2" already exists. Choose another code.'),
            entity_label(error.entity),
            error.code,
        )
    if isinstance(error, e.NotFoundError):
        return fill(
            translate("Errors", 'The %1 "%2" no longer exists. Someone may have deleted it; refresh the list.'),
            entity_label(error.entity),
            str(error.key),
        )
    if isinstance(error, e.ContactOnSegmentError):
        text = (
            translate(
                "Errors",
                "Contact %1 is on the unlogged segments %2, so its company cannot change. "
                "Remove it from those segments or log them first.",
            )
            if error.action == "change_company"
            else translate(
                "Errors",
                "Contact %1 cannot be deleted because it is on the unlogged segments %2. "
                "Remove it from those segments or log them first.",
            )
        )
        return fill(text, error.contact_no, ", ".join(error.segment_nos))
    if isinstance(error, e.CompanyHasPersonsError):
        return ErrorTexts().company_has_persons(error.company_no, error.count)
    if isinstance(error, e.InUseError):
        return ErrorTexts().in_use(entity_label(error.entity), error.key, error.used_by, error.count)
    if isinstance(error, e.NothingMatchedError):
        reasons = {
            "already_on_segment": translate(
                "Errors",
                "Every contact that matches is on the segment already or is "
                'excluded from segments, so nothing was added. Tick "Allow '
                'existing contacts" or "Ignore exclusion" to add them anyway.',
            ),
            "nothing_removed": translate(
                "Errors", "Every line matches these criteria, so Refine would remove nothing. Nothing was changed."
            ),
            "no_recipients": translate(
                "Errors",
                "No contact on this segment can get a cover sheet (privacy-blocked contacts get none). "
                "Add lines to the segment first.",
            ),
        }
        default = translate(
            "Errors", "No contact matches these criteria, so nothing was changed. Loosen the criteria and try again."
        )
        return reasons.get(error.reason, default)
    if isinstance(error, e.NoCriteriaActionsError):
        return fill(
            translate("Errors", "Segment %1 has no criteria actions to save. Add contacts by criteria first."),
            error.segment_no,
        )
    if isinstance(error, e.ConcurrentEditError):
        # The segment worksheet shows the newer version at once after a refused line edit.
        return describe_conflict(error, reloaded=error.entity in ("segment", "segment_line"))
    if isinstance(error, e.MissingSetupError):
        return fill(
            translate("Errors", "%1 must have a value in Marketing Setup. Fill it in under Setup and try again."),
            field_label(error.setting),
        )
    if isinstance(error, e.NumberSeriesError):
        return fill(
            translate("Errors", 'The number series "%1" cannot give a number. Check it under Setup → Number series.'),
            error.series_code,
        )
    if isinstance(error, e.AttachmentError):
        problems = {
            "missing": translate("Errors", "The file %1 was not found. Check the name and folder and try again."),
            "not_docx": translate(
                "Errors", "The file %1 is not a Word document (.docx). Save it as .docx in Word and try again."
            ),
            "corrupt": translate(
                "Errors",
                "The file %1 is damaged or not a real Word document. Open it in Word, save it again "
                "as .docx and try again.",
            ),
            "content_missing": translate(
                "Errors",
                "The document %1 is not in the database: its file was already missing when the database was "
                "upgraded. Attach the document again (Setup → Interaction templates).",
            ),
            "merge_failed": translate(
                "Errors",
                "The Word template %1 has a placeholder that cannot be filled in. Check the "
                "{{ … }} fields in the template (retype any that Word split) and import it again.",
            ),
            "too_large": translate(
                "Errors",
                "The file %1 is too large to use, or unpacks to far more than it holds (%2). It may be damaged "
                "or made to harm programs. Open it in Word, remove very large pictures or embedded files, save "
                "it again as .docx and try again.",
            ),
        }
        sentence = problems.get(
            error.problem, translate("Errors", "The file %1 cannot be read. Check that it is not open elsewhere.")
        )
        return fill(sentence, error.path, str(getattr(error, "detail", "")))
    about_rule = RuleTexts().describe(error)
    if about_rule is not None:
        return about_rule
    about_interaction = describe_interaction_error(error)
    return about_interaction if about_interaction is not None else describe_store_error(error)


def is_expected(error: BaseException) -> bool:
    """True for errors a user can cause and fix (shown as a sentence, not a bug report).

    OSError is the environment (a folder without permission, a full disk, a file open in Word), not a bug.
    """
    return isinstance(error, (e.DomainError, e.StoreError, e.NumberSeriesError, OSError))


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """Show the sentence for an expected error."""
    messages.warning(parent, title or translate("Errors", "Cannot do that"), describe(error))
