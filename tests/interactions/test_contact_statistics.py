"""A contact's interaction statistics (issue 12 §3.1): not canceled, not postponed; a company includes its persons."""

from __future__ import annotations

from decimal import Decimal

from contactdesk.crm import interaction_changes, interactions
from contactdesk.crm.contact_statistics import contact_statistics, contacts_statistics


def _log(contact_no: str) -> int:
    return interactions.log_interaction(interactions.new_request(contact_no, template_code="TPHONE")).entry_no


def test_statistics_skip_canceled_and_postponed_and_a_company_includes_its_persons(scenario: dict[str, str]) -> None:
    _log(scenario["C1"])
    _log(scenario["P1"])
    interaction_changes.set_canceled([_log(scenario["P1"])], True)
    interactions.postpone(interactions.new_request(scenario["P1"], template_code="TPHONE"))
    _log(scenario["P4"])
    person = contact_statistics(scenario["P1"])
    assert (person.interactions, person.cost, person.duration) == (1, Decimal("0.50"), 10)
    company = contact_statistics(scenario["C1"])
    assert (company.interactions, company.cost, company.duration) == (2, Decimal("1.00"), 20)
    many = contacts_statistics([scenario["C1"], scenario["P1"], scenario["P2"], scenario["P4"]])
    assert many[scenario["C1"]] == company and many[scenario["P1"]] == person
    assert (many[scenario["P2"]].interactions, many[scenario["P2"]].cost) == (0, Decimal("0.00"))
    assert many[scenario["P4"]].interactions == 1
    assert contact_statistics("NOBODY").interactions == 0


def test_the_card_tab_shows_number_cost_and_duration_without_canceled_entries(qtbot, scenario) -> None:  # type: ignore[no-untyped-def]
    from contactdesk.ui.interactions.contact_interactions import ContactInteractionsTab

    _log(scenario["P1"])
    _log(scenario["P1"])
    interaction_changes.set_canceled([_log(scenario["P1"])], True)
    tab = ContactInteractionsTab(scenario["C1"])
    qtbot.addWidget(tab)
    # The English plural comes from the catalogue, which only the ui tests install.
    company_text = tab.summary.text()
    # The company's own list is empty: the line says whose entries it counts.
    assert company_text.startswith("With its persons: 2 interaction"), company_text
    assert "cost 1.00, duration 20 min" in company_text
    person = ContactInteractionsTab(scenario["P1"])
    qtbot.addWidget(person)
    assert person.model.total() == 3, "the list still shows the canceled entry, marked"
    assert person.summary.text() == company_text.removeprefix("With its persons: "), "the persons' entries count"
