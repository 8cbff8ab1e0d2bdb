"""The Segments, Logged Segments, Interaction Log and Postponed Interactions pages (read-only lists)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from contactdesk.crm import overview
from contactdesk.ui.models.column_model import Column
from contactdesk.ui.pages.list_page import ListPage

translate = QCoreApplication.translate
MAX_ENTRIES = 10000


class PageTexts(QObject):
    """Counted sentences of the list pages (lupdate finds plural forms only in self.tr)."""

    def segments(self, n: int) -> str:
        """"3 segments"."""
        return self.tr("%n segment(s)", "", n)

    def logged_segments(self, n: int) -> str:
        """"3 logged segments"."""
        return self.tr("%n logged segment(s)", "", n)

    def postponed(self, n: int) -> str:
        """"3 postponed interactions"."""
        return self.tr("%n postponed interaction(s)", "", n)

    def entries(self, n: int) -> str:
        """"3 interaction log entries"."""
        return self.tr("%n interaction log entr(y/ies)", "", n)


TEXTS = PageTexts()


def _date(value: object) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""  # type: ignore[call-overload]


def segments_page() -> ListPage:
    """All unlogged segments."""
    columns = [
        Column(lambda: translate("Pages", "No."), lambda r: r.no),
        Column(lambda: translate("Pages", "Description"), lambda r: r.description),
        Column(lambda: translate("Pages", "Salesperson"), lambda r: r.salesperson_code),
        Column(lambda: translate("Pages", "Date"), lambda r: r.date, display=lambda r: _date(r.date)),
        Column(lambda: translate("Pages", "Interaction template"), lambda r: r.template_code),
        Column(lambda: translate("Pages", "Lines"), lambda r: r.lines, align_right=True),
    ]
    return ListPage(
        "page_segments", lambda: translate("Pages", "Segments"), columns, overview.list_segments,
        lambda: translate("Pages", "There are no segments yet. A segment groups the contacts that get the same "
                                   "interaction, such as a letter; load the sample data to see examples."),
        TEXTS.segments,
    )


def logged_segments_page() -> ListPage:
    """Segments that were logged."""
    columns = [
        Column(lambda: translate("Pages", "No."), lambda r: r.no),
        Column(lambda: translate("Pages", "Segment No."), lambda r: r.segment_no),
        Column(lambda: translate("Pages", "Description"), lambda r: r.description),
        Column(lambda: translate("Pages", "Date"), lambda r: r.creation_date, display=lambda r: _date(r.creation_date)),
        Column(lambda: translate("Pages", "User"), lambda r: r.user_id),
        Column(lambda: translate("Pages", "Entries"), lambda r: r.entries, align_right=True),
        Column(lambda: translate("Pages", "Canceled"), lambda r: r.canceled,
               display=lambda r: translate("Pages", "Yes") if r.canceled else ""),
    ]
    return ListPage(
        "page_logged_segments", lambda: translate("Pages", "Logged segments"), columns,
        overview.list_logged_segments,
        lambda: translate("Pages", "No segment has been logged yet. When a segment is logged, it appears here "
                                   "with its interaction log entries."),
        TEXTS.logged_segments,
    )


def _entry_columns() -> list[Column[overview.EntrySummary]]:
    return [
        Column(lambda: translate("Pages", "Entry No."), lambda r: r.entry_no, align_right=True),
        Column(lambda: translate("Pages", "Date"), lambda r: r.date, display=lambda r: _date(r.date)),
        Column(lambda: translate("Pages", "Contact No."), lambda r: r.contact_no),
        Column(lambda: translate("Pages", "Contact name"), lambda r: r.contact_name),
        Column(lambda: translate("Pages", "Interaction template"), lambda r: r.template_code),
        Column(lambda: translate("Pages", "Description"), lambda r: r.description),
        Column(lambda: translate("Pages", "Salesperson"), lambda r: r.salesperson_code),
        Column(lambda: translate("Pages", "Cost"), lambda r: r.cost, align_right=True,
               display=lambda r: QLocale().toString(float(r.cost), "f", 2)),
        Column(lambda: translate("Pages", "Duration (min)"), lambda r: r.duration, align_right=True),
        Column(lambda: translate("Pages", "Segment No."), lambda r: r.segment_no),
        Column(lambda: translate("Pages", "Canceled"), lambda r: r.canceled,
               display=lambda r: translate("Pages", "Yes") if r.canceled else ""),
    ]


def _entries_status(postponed: bool, shown: int) -> str:
    total = overview.count_entries(postponed)
    if total > shown:
        return translate("Pages", "Showing the newest %1 of %2 entries").replace("%1", str(shown)).replace(
            "%2", str(total))
    if postponed:
        return TEXTS.postponed(shown)
    return TEXTS.entries(shown)


def interaction_log_page() -> ListPage:
    """Every interaction that was recorded (not postponed)."""
    return ListPage(
        "page_interaction_log", lambda: translate("Pages", "Interaction log"), _entry_columns(),
        lambda: overview.list_entries(False, MAX_ENTRIES),
        lambda: translate("Pages", "No interactions have been recorded yet. Letters, calls and meetings you log "
                                   "appear here."),
        lambda n: _entries_status(False, n),
    )


def postponed_page() -> ListPage:
    """Interactions kept to finish later."""
    return ListPage(
        "page_postponed", lambda: translate("Pages", "Postponed interactions"), _entry_columns(),
        lambda: overview.list_entries(True, MAX_ENTRIES),
        lambda: translate("Pages", "No postponed interactions. An interaction you cancel and keep for later "
                                   "waits here until you resume it."),
        lambda n: _entries_status(True, n),
    )
