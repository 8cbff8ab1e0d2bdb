"""The office's change log (PostgreSQL): what field laptops pull.

Statement-level triggers with transition tables on every table a laptop holds write one field_change row
per changed row, set-based, in the writing transaction itself. Their functions are SECURITY DEFINER: a
staff login writes contacts but may not write field_change. Each row carries the writing transaction's id,
so a pull can take "every transaction older than the oldest still running" and never skip one that
commits late (a sequence number cannot tell that: a later number may commit first).
"""

from __future__ import annotations

from peewee import Database, SqliteDatabase

from contactdesk.store import field_pull, transfer
from contactdesk.store.db import db
from contactdesk.store.models import (
    BaseModel,
    FieldChange,
    FieldSyncState,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
)
from contactdesk.store.models.field import OFFICE_ONLY

PRUNE = "contactdesk_field_prune"
_LOG = FieldChange._meta.table_name
_STATE = FieldSyncState._meta.table_name
_KINDS = {"INSERT": ("I", "new_rows"), "UPDATE": ("U", "new_rows"), "DELETE": ("D", "old_rows")}
# The columns every change row gets: the writing transaction, who (a laptop's push names its device), when.
# Inside format(): %L is the table's name, %I its key column.
_WHO = (
    "pg_current_xact_id()::text::bigint, %L, {alias}.%I::text, '{op}', "
    "nullif(current_setting('contactdesk.field_device', true), '')::int, session_user, "
    "now() at time zone 'utc', {old}"
)
_COLUMNS = "txid, table_name, row_key, operation, origin_device, login, changed_at, old_row"


# A segment's own working rows keep no tombstone: logging deletes them, and bringing one back for a laptop that
# changed it meanwhile would bring a logged segment back to be logged twice. The laptop's change to such a row
# is kept as a conflict instead (the office has neither the row nor a tombstone to restore it from). It also
# spares the log the whole old row of each of a large segment's lines at every logging.
NO_TOMBSTONE: tuple[type[BaseModel], ...] = (
    Segment,
    SegmentLine,
    SegmentInteractionLanguage,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
)


def logged_models() -> list[type[BaseModel]]:
    """The tables whose changes are logged: what a laptop holds (the office's own device tables are not)."""
    return [model for model in transfer.copied_models() if model not in OFFICE_ONLY]


def _schema(database: Database) -> str:
    return str(field_pull.execute(database, "SELECT current_schema()").fetchone()[0]).replace('"', '""')


def _function_sql(kind: str, schema: str) -> str:
    op, rows = _KINDS[kind]
    # The key column comes as the trigger's argument; the old row (a delete's tombstone) only for deletes.
    # (the second argument says whether this table keeps tombstones at all).
    old = "CASE WHEN %L = 'tombstone' THEN to_jsonb(r)::text END" if op == "D" else "NULL"
    who = _WHO.format(alias="r", op=op, old=old)
    more = ", TG_ARGV[1]" if op == "D" else ""
    body = (
        f"EXECUTE format($f$INSERT INTO {_LOG} ({_COLUMNS}) SELECT {who} FROM {rows} r$f$, "
        f"TG_TABLE_NAME, TG_ARGV[0]{more});"
    )
    if op == "U":
        # A key that an update changed: the old key is gone, as if deleted (with its tombstone).
        gone = _WHO.format(alias="o", op="D", old="to_jsonb(o)::text")
        body += (
            f" EXECUTE format($f$INSERT INTO {_LOG} ({_COLUMNS}) SELECT {gone} FROM old_rows o "
            "WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.%I = o.%I)$f$, "
            "TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[0], TG_ARGV[0]);"
        )
    return (
        f"CREATE OR REPLACE FUNCTION contactdesk_field_log_{kind.lower()}() RETURNS trigger LANGUAGE plpgsql "
        f'SECURITY DEFINER SET search_path = "{schema}", pg_temp AS $$ BEGIN {body} RETURN NULL; END $$'
    )


def _prune_sql(schema: str) -> str:
    # Changes older than the retention go; pruned_below rises past the newest transaction pruned, so a
    # laptop whose cursor is below it knows it may have missed a change.
    return f"""CREATE OR REPLACE FUNCTION {PRUNE}() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = "{schema}", pg_temp AS $$
DECLARE top bigint; kept_days int;
BEGIN
    INSERT INTO {_STATE} (retention_days, pruned_below)
        SELECT 90, 0 WHERE NOT EXISTS (SELECT 1 FROM {_STATE});
    SELECT retention_days INTO kept_days FROM {_STATE} ORDER BY id LIMIT 1;
    WITH gone AS (
        DELETE FROM {_LOG} WHERE changed_at < (now() at time zone 'utc') - make_interval(days => kept_days)
        RETURNING txid)
    SELECT max(txid) INTO top FROM gone;
    IF top IS NOT NULL THEN
        UPDATE {_STATE} SET pruned_below = greatest(pruned_below, top + 1);
    END IF;
    RETURN (SELECT pruned_below FROM {_STATE} ORDER BY id LIMIT 1);
END $$"""


def _run(database: Database, sql: str) -> None:
    # peewee hands the driver an empty parameter list, so psycopg reads % as a placeholder.
    field_pull.execute(database, sql.replace("%", "%%"))


def create(database: Database | None = None) -> None:
    """Install the functions and triggers (PostgreSQL; a SQLite database keeps no change log)."""
    target = database or db.obj
    if isinstance(target, SqliteDatabase):
        return
    schema = _schema(target)
    for kind in _KINDS:
        _run(target, _function_sql(kind, schema))
    _run(target, _prune_sql(schema))
    for model in logged_models():
        table = model._meta.table_name
        key = str(getattr(model._meta.primary_key, "column_name", "id")).replace("'", "''")
        keeps = "bare" if model in NO_TOMBSTONE else "tombstone"
        for kind, (_op, rows) in _KINDS.items():
            name = f"contactdesk_field_{kind.lower()}"
            field_pull.execute(target, f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            field_pull.execute(
                target,
                f'CREATE TRIGGER {name} AFTER {kind} ON "{table}" REFERENCING '
                f"{'NEW' if rows == 'new_rows' else 'OLD'} TABLE AS {rows}"
                f"{' OLD TABLE AS old_rows' if kind == 'UPDATE' else ''} "
                f"FOR EACH STATEMENT EXECUTE FUNCTION contactdesk_field_log_{kind.lower()}('{key}', '{keeps}')",
            )


def prune(office: Database) -> int:
    """Drop changes older than the retention (in the office, in the caller's transaction); returns pruned_below."""
    return int(field_pull.execute(office, f"SELECT {PRUNE}()").fetchone()[0] or 0)
