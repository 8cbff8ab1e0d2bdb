"""`contactdesk campaign new | list | show | activate | deactivate`: campaigns from scripts, as on their page."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from contactdesk.commands import add_db_argument, command_group, fail, open_target, print_json
from contactdesk.commands.listing_parsers import add_list_command, add_show_command


def register(sub: Any) -> None:
    """Add `campaign` with its subcommands."""
    commands = command_group(sub, "campaign", "create, list and activate campaigns")
    new = commands.add_parser("new", help="create a campaign and print its number")
    add_db_argument(new)
    new.add_argument("--description", required=True, metavar="TEXT", help="what the campaign is")
    new.add_argument("--starting-date", default=None, metavar="YYYY-MM-DD", help="first day of the campaign")
    new.add_argument("--ending-date", default=None, metavar="YYYY-MM-DD", help="last day of the campaign")
    new.add_argument("--salesperson", default="", metavar="CODE", help="salesperson in charge")
    new.add_argument("--json", action="store_true", help='print {"no": …}')
    new.set_defaults(handler=run_new)
    add_list_command(commands, "list the campaigns with their statistics", "campaigns", run_list)
    add_show_command(commands, "show a campaign, its entries and statistics", "campaign number", run_show)
    for name, text in (
        ("activate", "activate a campaign: its targets' companies join its target group"),
        ("deactivate", "deactivate a campaign and empty its target group"),
    ):
        action = commands.add_parser(name, help=text)
        action.add_argument("no", metavar="NO", help="campaign number")
        add_db_argument(action)
        action.set_defaults(handler=run_activate if name == "activate" else run_deactivate)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def run_new(args: argparse.Namespace) -> int:
    """Create a campaign numbered from Marketing Setup's campaign series."""
    from contactdesk.crm.campaign_data import CampaignData
    from contactdesk.crm.campaigns import create_campaign

    for option in ("starting_date", "ending_date"):
        try:
            _date(getattr(args, option))
        except ValueError:
            return fail(f"--{option.replace('_', '-')} must look like 2026-11-22, not {getattr(args, option)!r}", 2)
    data = CampaignData(
        description=args.description,
        starting_date=_date(args.starting_date),
        ending_date=_date(args.ending_date),
        salesperson_code=args.salesperson,
    )
    open_target(args)
    made = create_campaign(data)
    if args.json:
        print_json({"no": made.no})
    else:
        print(made.no)
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Every campaign with its number of entries and interactions, cost and duration."""
    from contactdesk.crm.campaigns import list_campaigns

    open_target(args)
    rows = list_campaigns(args.search)
    if args.json:
        print_json([row.as_dict() for row in rows])
    else:
        for row in rows:
            active = "active" if row.campaign.activated else "-"
            print(f"{row.no}\t{active}\t{row.statistics.interactions:>7}\t{row.campaign.description}")
    return 0


def _show(no: str) -> dict[str, Any]:
    from contactdesk.crm import campaign_entries, campaign_targets, campaigns

    campaign = campaigns.get_campaign(no)
    figures = campaigns.statistics([campaign.no])[campaign.no]
    return {
        **campaign.as_dict(),
        "statistics": {
            "interactions": figures.interactions,
            "cost": str(figures.cost),
            "duration": figures.duration,
            "targets_contacted": figures.targets_contacted,
            "contacts_responded": figures.contacts_responded,
        },
        "target_group": [contact_no for contact_no, _name in campaign_targets.target_companies(campaign.no)],
        "entries": [
            {
                "entry_no": entry.entry_no,
                "segment_no": entry.segment_no,
                "logged_segment_no": entry.logged_segment_no,
                "description": entry.description,
                "date": entry.date.isoformat() if entry.date else None,
                "canceled": entry.canceled,
                "interactions": entry.interactions,
            }
            for entry in campaign_entries.list_entries(campaign.no)
        ],
    }


def run_show(args: argparse.Namespace) -> int:
    """One campaign with its statistics, target group and entries."""
    open_target(args)
    data = _show(args.no)
    if args.json:
        print_json(data)
    else:
        figures = data["statistics"]
        print(f"{data['no']}  {data['description']}  ({'activated' if data['activated'] else 'not activated'})")
        print(f"interactions: {figures['interactions']}  cost: {figures['cost']}  duration: {figures['duration']}")
        for entry in data["entries"]:
            print(f"{entry['entry_no']:>6}  {entry['segment_no'] or '-':<10} {entry['description']}")
    return 0


def run_activate(args: argparse.Namespace) -> int:
    """Activate a campaign: the companies of its targets join its target group."""
    from contactdesk.crm.campaign_targets import activate
    from contactdesk.crm.campaigns import get_campaign

    open_target(args)
    companies = activate(args.no)
    print(f"Campaign {get_campaign(args.no).no} is now activated ({companies} in its target group)")
    return 0


def run_deactivate(args: argparse.Namespace) -> int:
    """Deactivate a campaign; its target group is emptied."""
    from contactdesk.crm.campaign_targets import deactivate
    from contactdesk.crm.campaigns import get_campaign

    open_target(args)
    removed = deactivate(args.no)
    print(f"Campaign {get_campaign(args.no).no} is no longer activated ({removed} left its target group)")
    return 0
