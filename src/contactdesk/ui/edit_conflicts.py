"""The sentence for a save refused because someone else saved the record first (part of ui/errors.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from contactdesk.crm import errors as e
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def this_record(entity: str) -> str:
    """ "this contact": a phrase of its own per kind, so each language can pick its article."""
    phrases = {
        "contact": translate("Errors", "this contact"),
        "segment": translate("Errors", "this segment"),
        "segment_line": translate("Errors", "this segment line"),
        "salesperson": translate("Errors", "this salesperson"),
        "interaction_group": translate("Errors", "this interaction group"),
        "interaction_template": translate("Errors", "this interaction template"),
        "interaction_template_language": translate("Errors", "this language version of the template"),
        "number_series": translate("Errors", "this number series"),
        "marketing_setup": translate("Errors", "the marketing setup"),
        "company_info": translate("Errors", "the company information"),
        "industry_group": translate("Errors", "this industry group"),
        "business_relation": translate("Errors", "this business relation"),
        "mailing_group": translate("Errors", "this mailing group"),
        "job_responsibility": translate("Errors", "this job responsibility"),
        "territory": translate("Errors", "this territory"),
        "campaign": translate("Errors", "this campaign"),
        "saved_criteria": translate("Errors", "this saved criteria set"),
    }
    return phrases.get(entity, translate("Errors", "this record"))


def local_moment(moment: datetime | None) -> str:
    """A stored (naive UTC) time as the user's locale writes it: the time only when it was today."""
    if moment is None:
        return ""
    utc = moment.replace(tzinfo=UTC)
    stamp = QDateTime(
        QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc()
    ).toLocalTime()
    locale = QLocale()
    if stamp.date() == QDate.currentDate():
        return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def who(name: str) -> str:
    """The user's name, or "Someone else" when the record does not know it."""
    return name or translate("Errors", "Someone else")


def describe_conflict(error: e.ConcurrentEditError, reloaded: bool = False) -> str:
    """ "Anna changed this contact at 10:42. Reload, then make your change again."

    reloaded: the window already shows the newer version (the segment worksheet after a refused line edit).
    """
    when = local_moment(error.changed_at)
    if reloaded:
        if when:
            text = translate(
                "Errors",
                "%1 changed %2 at %3, so your change was not saved. The window now shows the latest version; "
                "make your change again.",
            )
            return fill(text, who(error.changed_by), this_record(error.entity), when)
        text = translate(
            "Errors",
            "%1 changed %2, so your change was not saved. The window now shows the latest version; "
            "make your change again.",
        )
        return fill(text, who(error.changed_by), this_record(error.entity))
    if when:
        text = translate("Errors", "%1 changed %2 at %3. Reload, then make your change again.")
        return fill(text, who(error.changed_by), this_record(error.entity), when)
    text = translate("Errors", "%1 changed %2. Reload, then make your change again.")
    return fill(text, who(error.changed_by), this_record(error.entity))
