"""The Campaigns page and the campaign card (issue 12 §2)."""
