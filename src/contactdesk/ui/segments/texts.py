"""Words of the segment worksheet: filter labels, action names and "why is this contact here"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from contactdesk.crm.criteria import ActionInfo
from contactdesk.crm.criteria_filters import Filter
from contactdesk.crm.enums import CriteriaAction
from contactdesk.ui.placeholders import fill

translate = QCoreApplication.translate


def filter_label(source: str, field: str) -> str:
    """The name of a filter field, as the criteria dialog labels it."""
    labels = {
        ("contact", "no"): translate("SegmentTexts", "Contact no."),
        ("contact", "type"): translate("SegmentTexts", "Contact type"),
        ("contact", "name"): translate("SegmentTexts", "Name"),
        ("contact", "city"): translate("SegmentTexts", "City"),
        ("contact", "post_code"): translate("SegmentTexts", "Post code"),
        ("contact", "country_code"): translate("SegmentTexts", "Country/region"),
        ("contact", "salesperson_code"): translate("SegmentTexts", "Salesperson"),
        ("contact", "language_code"): translate("SegmentTexts", "Language"),
        ("contact", "territory_code"): translate("SegmentTexts", "Territory"),
        ("contact", "correspondence_type"): translate("SegmentTexts", "Correspondence type"),
        ("contact", "job_title"): translate("SegmentTexts", "Job title"),
        ("industry_group", "industry_group_code"): translate("SegmentTexts", "Industry group"),
        ("business_relation", "business_relation_code"): translate("SegmentTexts", "Business relation"),
        ("mailing_group", "mailing_group_code"): translate("SegmentTexts", "Mailing group"),
        ("job_responsibility", "job_responsibility_code"): translate("SegmentTexts", "Job responsibility"),
        ("profile", "questionnaire_code"): translate("SegmentTexts", "Profile questionnaire"),
        ("profile", "line_no"): translate("SegmentTexts", "Profile answer"),
        ("interaction", "interaction_template_code"): translate("SegmentTexts", "Earlier interaction template"),
        ("interaction", "date"): translate("SegmentTexts", "Earlier interaction date"),
        ("interaction", "salesperson_code"): translate("SegmentTexts", "Earlier interaction salesperson"),
        ("interaction", "segment_no"): translate("SegmentTexts", "Earlier interaction segment"),
        ("interaction", "campaign_no"): translate("SegmentTexts", "Earlier interaction campaign"),
        ("interaction", "evaluation"): translate("SegmentTexts", "Earlier interaction evaluation"),
        ("interaction", "logged_segment_no"): translate("SegmentTexts", "Logged segment"),
    }
    return labels.get((source, field), f"{source}.{field}")


def action_name(action: CriteriaAction) -> str:
    """Add contacts, Reduce or Refine."""
    names = {
        CriteriaAction.ADD: translate("SegmentTexts", "Add contacts"),
        CriteriaAction.REDUCE: translate("SegmentTexts", "Remove contacts (Reduce)"),
        CriteriaAction.REFINE: translate("SegmentTexts", "Remove contacts (Refine)"),
    }
    return names[action]


def filters_text(filters: tuple[Filter, ...]) -> str:
    """ "Industry group = RETAIL; Country/region = NL" (or "all contacts")."""
    if not filters:
        return translate("SegmentTexts", "all contacts")
    return "; ".join(f"{filter_label(f.source, f.field)} = {f.expr}" for f in filters)


def why_text(info: ActionInfo | None) -> str:
    """Why a line is on the segment: the action that brought it in."""
    if info is None:
        return translate("SegmentTexts", "Added before the criteria were reset")
    if info.manual:
        return fill(translate("SegmentTexts", "#%1 added by hand"), str(info.no))
    return fill(
        translate("SegmentTexts", "#%1 %2: %3"),
        str(info.no),
        action_name(info.request.action),
        filters_text(info.request.filters),
    )


def action_text(info: ActionInfo) -> str:
    """One criteria action for lists: what it did and with which options."""
    if info.manual:
        verb = (
            translate("SegmentTexts", "Added by hand")
            if info.request.action == CriteriaAction.ADD
            else translate("SegmentTexts", "Removed by hand")
        )
        return f"{info.no}. {verb}: {filters_text(info.request.filters)}"
    return f"{info.no}. {action_name(info.request.action)}: {filters_text(info.request.filters)}"


def nothing_changed(reason: str) -> str:
    """Information after a recorded criteria action that changed no line."""
    first = {
        "already_on_segment": translate(
            "SegmentTexts",
            "Every contact that matches is on the segment already or is excluded from segments, so no line "
            'was added. Tick "Allow existing contacts" or "Ignore exclusion" to add them anyway.',
        ),
        "nothing_removed": translate("SegmentTexts", "Every line matches these criteria, so Refine removed no line."),
    }.get(reason, translate("SegmentTexts", "No contact matches these criteria, so no line changed."))
    return first + " " + translate("SegmentTexts", "The criteria action is recorded; Go back removes it.")


class CountTexts(QObject):
    """Counted sentences (lupdate finds plural forms only in self.tr)."""

    def will_add(self, n: int) -> str:
        """Preview of Add contacts."""
        return self.tr("%n contact(s) will be added.", "", n)

    def will_remove(self, n: int) -> str:
        """Preview of Reduce or Refine."""
        return self.tr("%n line(s) will be removed.", "", n)

    def added(self, n: int) -> str:
        """Status after an action that added lines."""
        return self.tr("%n line(s) added.", "", n)

    def removed(self, n: int) -> str:
        """Status after an action that removed lines."""
        return self.tr("%n line(s) removed.", "", n)

    def lines(self, n: int) -> str:
        """The worksheet's line count."""
        return self.tr("%n line(s)", "", n)

    def segments(self, n: int) -> str:
        """The Segments page's status line."""
        return self.tr("%n segment(s)", "", n)

    def reuse_question(self, segment_no: str, n: int) -> str:
        """Asked before replaying saved criteria on a segment that has criteria actions (default No)."""
        return fill(
            self.tr("Segment %1 already has %n criteria action(s). Reuse saved criteria anyway?", "", n), segment_no
        )

    def remove_lines(self, n: int) -> str:
        """Question before removing selected lines."""
        return self.tr("Remove %n selected line(s) from the segment? Go back can bring them back.", "", n)


TEXTS = CountTexts()
