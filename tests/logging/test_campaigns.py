"""Campaigns without Qt (issue 12 §2): numbering, entries from logging and single interactions, cancel and
delete (E17), statistics without canceled or postponed entries, and the target group of an activated campaign."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from contactdesk.crm import (
    campaign_entries,
    campaign_targets,
    campaigns,
    interaction_changes,
    interactions,
    logged_segments,
    segments,
)
from contactdesk.crm.campaign_data import CampaignData
from contactdesk.crm.errors import (
    CampaignEntryStateError,
    ConcurrentEditError,
    EntryStateError,
    InUseError,
    MissingSetupError,
    ValidationErrors,
)
from contactdesk.crm.interaction_log import EntryFilter, count_entries
from contactdesk.crm.logging_ import log_segment
from contactdesk.store.models import CampaignEntry, InteractionLogEntry, MarketingSetup

from .conftest import TODAY, F

E = InteractionLogEntry


def _campaign(description: str = "Spring campaign", **values: object) -> str:
    return campaigns.create_campaign(CampaignData(description=description, **values)).no  # type: ignore[arg-type]


def _single(f: F, campaign_no: str, contact: str = "P4", postpone: bool = False) -> int:
    request = interactions.new_request(getattr(f, contact), template_code="T2", campaign_no=campaign_no)
    request.date = TODAY
    request.salesperson_code = "SP1"
    if postpone:
        return interactions.postpone(request).entry_no
    return interactions.log_interaction(request).entry_no


def test_campaigns_are_numbered_from_their_series_and_checked(f: F) -> None:
    no = _campaign(starting_date=date(2026, 3, 1), ending_date=date(2026, 5, 31), salesperson_code="sp1")
    assert no == "CP0001" and _campaign("Autumn") == "CP0002"
    made = campaigns.get_campaign(no.lower())
    assert (made.salesperson_code, made.activated, made.ending_date) == ("SP1", False, date(2026, 5, 31))
    with pytest.raises(ValidationErrors) as refused:
        _campaign("", starting_date=date(2026, 5, 1), ending_date=date(2026, 4, 1), salesperson_code="NOBODY")
    assert {(p.field, p.problem) for p in refused.value.errors} == {
        ("description", "required"),
        ("ending_date", "before_start"),
        ("salesperson_code", "unknown"),
    }
    changed = campaigns.update_campaign(replace(made, description="Spring 2026", status_code="planned"))
    assert (changed.description, changed.status_code, changed.version) == ("Spring 2026", "PLANNED", 2)
    with pytest.raises(ConcurrentEditError):
        campaigns.update_campaign(replace(made, description="Stale"))
    assert [row.no for row in campaigns.list_campaigns("autumn")] == ["CP0002"]
    campaigns.delete_campaign("CP0002")
    MarketingSetup.update(campaign_nos="").execute()
    with pytest.raises(MissingSetupError):
        _campaign("No series")
    assert [row.no for row in campaigns.list_campaigns()] == ["CP0001"]


def test_a_single_interaction_with_a_campaign_writes_its_campaign_entry(f: F) -> None:
    no = _campaign()
    postponed = _single(f, no, postpone=True)
    assert CampaignEntry.select().count() == 0  # a draft is not logged yet
    logged = _single(f, no)
    entry = E.get(E.entry_no == logged)
    (row,) = campaign_entries.list_entries(no)
    assert entry.campaign_entry_no == row.entry_no != 0
    assert (row.segment_no, row.logged_segment_no, row.description, row.date, row.interactions) == (
        "",
        "",
        "Printed letter",
        TODAY,
        1,
    )
    # Finishing the postponed one logs it: it gets its own campaign entry then.
    finished = interactions.log_interaction(interactions.resume(postponed))
    assert E.get(E.entry_no == finished.entry_no).campaign_entry_no not in (0, row.entry_no)
    assert len(campaign_entries.list_entries(no)) == 2
    with pytest.raises(InUseError):
        campaigns.delete_campaign(no)


def test_a_logged_segment_and_its_campaign_entry_statistics(f: F) -> None:
    no = _campaign()
    segment = segments.create_segment("Spring", "T1", "SP1", TODAY, [f.C1, f.P1, f.P4], campaign_no=no)
    assert segments.get_segment(segment).campaign_no == no
    log_segment(segment, today=TODAY)
    _single(f, no)
    _single(f, no, postpone=True)
    (single, logged) = campaign_entries.list_entries(no)
    assert (logged.segment_no, logged.interactions, single.interactions) == (segment, 3, 1)
    figures = campaigns.statistics([no])[no]
    # Three letters of T1 (2.50, 5 min) and one of T2 (1.00); the postponed draft does not count.
    assert (figures.interactions, figures.cost, figures.duration) == (4, Decimal("8.50"), 15)
    assert count_entries(EntryFilter(campaign_no=no.lower())) == 4
    campaign_entries.set_canceled([single.entry_no], True)
    figures = campaigns.statistics([no])[no]
    assert (figures.interactions, figures.cost) == (3, Decimal("7.50"))
    (row,) = campaigns.list_campaigns()
    assert (row.entries, row.statistics.interactions) == (2, 3)
    later = segments.create_segment("Summer", "T1", "SP1", TODAY, campaign_no=no)
    assert [(s.segment_no, s.logged_no) for s in campaigns.segments_of(no)] == [(later, ""), (segment, "LSEG00001")]


def test_canceling_a_campaign_entry_takes_its_interactions_along_and_e17_holds_them(f: F) -> None:
    no = _campaign()
    first, second = _single(f, no), _single(f, no, "P1")
    entry_no = E.get(E.entry_no == first).campaign_entry_no
    assert campaign_entries.set_canceled([entry_no], True) == 1
    assert E.get(E.entry_no == first).canceled and not E.get(E.entry_no == second).canceled
    with pytest.raises(EntryStateError) as refused:  # E17: Canceled must be No on Campaign Entry
        interaction_changes.set_canceled([first], False)
    assert (refused.value.problem, refused.value.key) == ("campaign_entry_canceled", str(entry_no))
    assert str(refused.value) == f"interaction log entry {first}: Canceled must be No on Campaign Entry {entry_no}"
    with pytest.raises(CampaignEntryStateError) as not_canceled:
        campaign_entries.delete_canceled([E.get(E.entry_no == second).campaign_entry_no])
    assert not_canceled.value.problem == "not_canceled"
    assert campaign_entries.set_canceled([entry_no], False) == 1
    assert not E.get(E.entry_no == first).canceled
    campaign_entries.set_canceled([entry_no], True)
    assert campaign_entries.delete_canceled([entry_no]) == 1
    assert not E.select().where(E.entry_no == first).exists()
    assert [row.interactions for row in campaign_entries.list_entries(no)] == [1]


def test_a_campaign_entry_of_a_canceled_logged_segment_stays_canceled(f: F) -> None:
    no = _campaign()
    segment = segments.create_segment("Spring", "T1", "SP1", TODAY, [f.C1], campaign_no=no)
    logged = log_segment(segment, today=TODAY).logged_segment
    logged_segments.set_canceled([logged], True)
    (entry,) = campaign_entries.list_entries(no)
    assert entry.canceled and entry.logged_segment_no == logged
    with pytest.raises(CampaignEntryStateError) as refused:
        campaign_entries.set_canceled([entry.entry_no], False)
    assert (refused.value.problem, refused.value.key) == ("logged_segment_canceled", logged)


def test_an_activated_campaign_keeps_its_target_companies(f: F) -> None:
    no = _campaign()
    targets = segments.create_segment(
        "Targets", "T1", "SP1", TODAY, [f.C1, f.P1, f.P4], campaign_no=no, campaign_target=True
    )
    others = segments.create_segment("Others", "T1", "SP1", TODAY, [f.C2], campaign_no=no)
    log_segment(targets, today=TODAY)
    assert campaign_targets.target_companies(no) == []  # not activated yet
    assert campaign_targets.activate(no) == 2
    # C1 once for itself and its person P1; P4 stands alone; C2's line is no target.
    assert [contact for contact, _name in campaign_targets.target_companies(no)] == [f.C1, f.P4]
    assert campaigns.get_campaign(no).activated
    assert campaign_targets.deactivate(no) == 2
    assert campaign_targets.target_companies(no) == [] and not campaigns.get_campaign(no).activated
    # Activated first: logging a target segment, or a single target interaction, fills the group.
    later = _campaign("Later")
    campaign_targets.activate(later)
    segment = segments.create_segment("Later", "T1", "SP1", TODAY, [f.P1], campaign_no=later, campaign_target=True)
    log_segment(segment, today=TODAY)
    request = interactions.new_request(f.P3, template_code="T2", campaign_no=later)
    request.campaign_target, request.salesperson_code = True, "SP1"
    interactions.log_interaction(request)
    assert [contact for contact, _name in campaign_targets.target_companies(later)] == [f.C1, f.C2]
    assert campaigns.statistics([later])[later].target_companies == 2
    assert others and campaign_targets.target_companies(no) == []
