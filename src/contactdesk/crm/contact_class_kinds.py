"""The names of the classification kinds and of the contacts list's extra column groups.

Plain strings in a module that imports nothing: the contacts list names its columns with them before the
window's first paint, when the store (peewee, the models) is not loaded yet (ui/quick_start.py).
"""

from __future__ import annotations

INDUSTRY_GROUP = "industry_group"
BUSINESS_RELATION = "business_relation"
MAILING_GROUP = "mailing_group"
JOB_RESPONSIBILITY = "job_responsibility"
KINDS = (INDUSTRY_GROUP, BUSINESS_RELATION, MAILING_GROUP, JOB_RESPONSIBILITY)
# Industry groups and business relations belong to companies: a person shows (and is found by) its company's.
COMPANY_KINDS = (INDUSTRY_GROUP, BUSINESS_RELATION)

# What the contacts list reads beside a page of contacts (crm/contact_list_extras.py).
CLASSES = "classes"
STATISTICS = "statistics"
