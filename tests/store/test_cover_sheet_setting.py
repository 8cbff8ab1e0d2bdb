"""Marketing Setup's cover-sheet template (issue 12 §4): in a new database, an upgraded one, and checked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests import engines

from contactdesk.crm.codes import CodeData, save_code
from contactdesk.crm.errors import ValidationErrors
from contactdesk.crm.marketing_setup import get_marketing_setup, save_marketing_setup
from contactdesk.crm.templates import TemplateData, save_template
from contactdesk.store import db as store_db
from contactdesk.store.migrations import LATEST
from contactdesk.store.models import SchemaVersion
from contactdesk.store.opening import open_database


def test_the_setting_must_name_a_template(database: object) -> None:
    with pytest.raises(ValidationErrors) as refused:
        save_marketing_setup(replace(get_marketing_setup(), cover_sheet_template_code="NOPE"))
    assert [(p.field, p.problem) for p in refused.value.errors] == [("cover_sheet_template_code", "unknown")]
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    save_template(TemplateData("COVER", "LETTER", "Cover sheet"))
    assert (
        save_marketing_setup(
            replace(get_marketing_setup(), cover_sheet_template_code="cover")
        ).cover_sheet_template_code
        == "COVER"
    )


def test_an_older_database_gets_the_setting_blank(database: object) -> None:
    save_code("interaction_group", CodeData("LETTER", "Letters"))
    save_template(TemplateData("COVER", "LETTER", "Cover sheet"))
    store_db.db.execute_sql('ALTER TABLE "marketing_setup" DROP COLUMN "cover_sheet_template_code"')
    SchemaVersion.update(version=10).execute()  # the last step before the setting
    store_db.close()
    opened = open_database(engines.current)
    assert (opened.migration.from_version, opened.migration.to_version) == (10, LATEST)
    assert get_marketing_setup().cover_sheet_template_code == ""
    saved = save_marketing_setup(replace(get_marketing_setup(), cover_sheet_template_code="COVER"))
    assert saved.cover_sheet_template_code == "COVER"
