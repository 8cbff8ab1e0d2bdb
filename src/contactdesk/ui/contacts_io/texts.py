"""The import and export's words: field names, layouts, problems and duplicates, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from contactdesk.crm import errors as e
from contactdesk.crm.imports.results import DuplicateMatch, ImportProblem
from contactdesk.ui.placeholders import fill


class ImportTexts(QObject):
    """Every sentence lives in this class, so lupdate finds it in one context."""

    def field_label(self, field: str) -> str:
        """What a target field is called in the mapping step ('' = not imported)."""
        labels = {
            "": self.tr("(not imported)"),
            "no": self.tr("No."),
            "type": self.tr("Type (company/person)"),
            "name": self.tr("Name"),
            "name_2": self.tr("Name 2"),
            "first_name": self.tr("First name"),
            "middle_name": self.tr("Middle name"),
            "surname": self.tr("Surname"),
            "initials": self.tr("Initials"),
            "job_title": self.tr("Job title"),
            "company_no": self.tr("Company no."),
            "company_name": self.tr("Company name"),
            "address": self.tr("Address"),
            "address_2": self.tr("Address 2"),
            "post_code": self.tr("Post code"),
            "city": self.tr("City"),
            "county": self.tr("County"),
            "country_code": self.tr("Country/region"),
            "phone_no": self.tr("Phone"),
            "mobile_phone_no": self.tr("Mobile phone"),
            "email": self.tr("E-mail"),
            "email_2": self.tr("E-mail 2"),
            "home_page": self.tr("Home page"),
            "vat_registration_no": self.tr("VAT registration no."),
            "salesperson_code": self.tr("Salesperson"),
            "territory_code": self.tr("Territory"),
            "language_code": self.tr("Language"),
            "correspondence_type": self.tr("Correspondence type"),
            "salutation_code": self.tr("Salutation"),
            "exclude_from_segment": self.tr("Exclude from segments"),
            "privacy_blocked": self.tr("Privacy blocked"),
            "minor": self.tr("Minor"),
            "parental_consent_received": self.tr("Parental consent received"),
            "uid": self.tr("UID"),
            "industry_groups": self.tr("Industry groups"),
            "business_relations": self.tr("Business relations"),
            "mailing_groups": self.tr("Mailing groups"),
            "job_responsibilities": self.tr("Job responsibilities"),
        }
        return labels.get(field, field)

    def layout_name(self, layout: str) -> str:
        """The name of a recognised layout."""
        names = {
            "own": self.tr("ContactDesk export"),
            "outlook": self.tr("Outlook contacts export"),
            "google": self.tr("Google Contacts export (Google CSV)"),
            "google_new": self.tr("Google Contacts export"),
            "vcard": self.tr("vCard"),
        }
        return names.get(layout, self.tr("unknown layout"))

    def problem(self, problem: ImportProblem) -> str:
        """One problem of one row, as a sentence saying what to fix."""
        # A classification cell holds several codes: the sentence is about one of them.
        one_code = {
            "industry_groups": self.tr("Industry group"),
            "business_relations": self.tr("Business relation"),
            "mailing_groups": self.tr("Mailing group"),
            "job_responsibilities": self.tr("Job responsibility"),
        }
        label = one_code.get(problem.field) or self.field_label(problem.field)
        if problem.warning:
            text = self.tr(
                '%1 "%2" is not known: the contact gets the default language. Add it under Setup first to keep it.'
            )
        elif problem.field == "country_code" and problem.problem == "unknown":
            text = self.tr(
                '"%2" is not a known country/region. Use a code such as NL, NO or GB, or add the country under Setup.'
            )
        else:
            texts = {
                "required": self.tr("%1 must have a value."),
                "invalid_email": self.tr('"%2" is not a valid e-mail address. Use the form name@example.com.'),
                "unknown": self.tr('%1 "%2" does not exist. Create it under Setup first, or correct the file.'),
                "too_long": self.tr("%1 is too long: use at most %3 characters."),
                "not_a_company": self.tr('%1 "%2" is a person, not a company.'),
                "line_break": self.tr(
                    "%1 holds a line break or another invisible character. Put the value on one line in the file."
                ),
                "control_character": self.tr(
                    "%1 holds an invisible control character (such as a tab). Remove it in the file."
                ),
            }
            text = texts.get(problem.problem, self.tr('"%2" is not a valid value for %1.'))
        return fill(text, label, problem.value, str(problem.limit))

    def duplicate_reason(self, match: DuplicateMatch) -> str:
        """Why a row counts as a duplicate."""
        reasons = {
            "uid": self.tr("same contact (UID)"),
            "email": self.tr("same e-mail"),
            "name_post_code": self.tr("same name and post code"),
        }
        return reasons.get(match.reason, match.reason)

    def duplicate_of(self, match: DuplicateMatch) -> str:
        """What a duplicate row matches: an existing contact or an earlier row."""
        if match.contact_id is not None:
            return fill(self.tr("Contact %1 %2"), match.contact_no, match.contact_name)
        return fill(self.tr("Row %1 of this file (%2)"), str(match.other_row), match.contact_name)

    def summary(self, rows: int, bad: int, duplicates: int, companies: int, warnings: int = 0) -> str:
        """The first line of the check step."""
        return " ".join(
            part
            for part in (
                self.tr("%n row(s) checked.", "", rows),
                self.tr("%n row(s) with problems.", "", bad) if bad else self.tr("No problems found."),
                self.tr("%n warning(s): those rows are imported with a default.", "", warnings) if warnings else "",
                self.tr("%n duplicate(s).", "", duplicates) if duplicates else "",
                self.tr("%n new company(ies) will be created.", "", companies) if companies else "",
            )
            if part
        )

    def listed(self, count: int) -> str:
        """Said when there are more problems or duplicates than the lists show."""
        return fill(self.tr("The lists show the first %1."), count)

    def plan(self, added: int, updated: int, skipped: int, companies: int) -> str:
        """What confirming will do."""
        parts = [self.tr("%n contact(s) will be added.", "", added)]
        if updated:
            parts.append(self.tr("%n contact(s) will be updated.", "", updated))
        if skipped:
            parts.append(self.tr("%n row(s) will be skipped.", "", skipped))
        if companies:
            parts.append(self.tr("%n company(ies) will be created from company names.", "", companies))
        parts.append(
            self.tr(
                "Nothing has been written yet: Import writes everything in one go, and Cancel in the "
                "progress window leaves your contacts as they were."
            )
        )
        return "\n".join(parts)

    def describe(self, error: BaseException) -> str:
        """Sentences for the import and export errors (ui/errors.describe hands these over)."""
        if isinstance(error, e.ImportFileError):
            texts = {
                "missing": self.tr("The file %1 was not found. Check the name and folder."),
                "too_large": self.tr("The file %1 is too large to be a contacts file."),
                "empty": self.tr("The file %1 holds no rows."),
                "not_vcard": self.tr("The file %1 is not a vCard file that can be read."),
                "no_name_column": self.tr(
                    "No column is imported as a name, first name, surname or company name. "
                    "Choose at least one in the column step."
                ),
                "unsupported": self.tr(
                    "The file %1 is a spreadsheet workbook. Save it as CSV (File → Save as → CSV) and import that file."
                ),
                "changed": self.tr(
                    "The file %1 changed while it was being read. Close the program that is "
                    "writing it, then choose the file again."
                ),
            }
            text = texts.get(error.problem, self.tr("The file %1 cannot be read. Check that it is not open elsewhere."))
            return fill(text, error.path)
        if isinstance(error, e.ImportProblemsError):
            return self.tr(
                "%n row(s) have problems, so nothing was imported. Fix the file, or choose to skip the "
                "rows with problems.",
                "",
                error.rows,
            )
        if isinstance(error, e.ImportOutdatedError):
            return self.tr(
                "Contacts were changed while you were checking the file, so nothing was imported. "
                "Start the import again."
            )
        if isinstance(error, e.ExportFileError):
            if error.problem == "unsupported":
                return self.tr(
                    "Contacts can be exported to .csv or .vcf files. Choose a file name ending in one of these."
                )
            return fill(
                self.tr(
                    "The file %1 cannot be written. Choose a folder you can write to, and close the file "
                    "if it is open in another program."
                ),
                error.path,
            )
        return str(error)
