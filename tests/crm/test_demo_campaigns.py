"""The sample data has campaigns (issue 12 §2): a finished one over the old logged segment, and a running,
activated one with the retail segment attached as its targets and phone calls logged with it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from contactdesk.crm import campaign_entries, campaign_targets, campaigns, classification, segment_lines
from contactdesk.crm.demo import load_demo
from contactdesk.store.models import Contact, InteractionLogEntry, LoggedSegment

TODAY = date(2026, 3, 2)


def test_the_sample_office_has_a_finished_and_a_running_campaign(database) -> None:  # type: ignore[no-untyped-def]
    result = load_demo(contacts=400, seed=1, today=TODAY)
    finished, running = campaigns.list_campaigns()
    assert (finished.no, finished.campaign.status_code, finished.campaign.activated) == ("CP0001", "DONE", False)
    (logged,) = LoggedSegment.select()
    entries = InteractionLogEntry.select().where(InteractionLogEntry.logged_segment == logged.id)
    assert entries.count() and all(entry.campaign_id == "CP0001" for entry in entries)
    (entry,) = campaign_entries.list_entries("CP0001")
    assert (entry.logged_segment_no, entry.interactions) == (str(logged.no), entries.count())
    assert finished.statistics.interactions == entries.count()
    assert [s.logged_no for s in campaigns.segments_of("CP0001")] == [str(logged.no)]

    retail = result.segments[0]
    started = running.campaign.starting_date
    assert (running.no, running.campaign.activated, started) == ("CP0002", True, date(2026, 2, 9))
    assert [s.segment_no for s in campaigns.segments_of("CP0002")] == [retail]
    lines = segment_lines.list_lines(retail, limit=-1)
    assert lines and all(line.contact_no for line in lines)
    # Every line is a target: each company on the segment (or the line's own company) is in the group once.
    companies = {
        str(Contact.get_by_id(c.company_id or c.id).no)
        for c in Contact.select().where(Contact.no.in_([line.contact_no for line in lines]))
    }
    assert sorted(companies) == [no for no, _name in campaign_targets.target_companies("CP0002")]
    figures = running.statistics
    assert (figures.interactions, figures.cost, figures.duration) == (3, Decimal("1.50"), 30)
    assert (figures.contacts_responded, figures.target_companies) == (2, len(companies))
    assert [row.interactions for row in campaign_entries.list_entries("CP0002")] == [1, 1, 1]


def test_the_sample_contacts_are_classified_in_every_kind(database) -> None:  # type: ignore[no-untyped-def]
    load_demo(contacts=120, seed=7, today=TODAY)
    found = {kind: set() for kind in classification.KINDS}
    for contact in Contact.select(Contact.no):
        codes = classification.get_classification(str(contact.no)).codes
        for kind, rows in codes.items():
            found[kind].update(row.code for row in rows)
    assert {kind: bool(codes) for kind, codes in found.items()} == dict.fromkeys(classification.KINDS, True)
