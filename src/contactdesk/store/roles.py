"""Who may do what in the office database: PostgreSQL group roles, logins and grants.

Two group roles carry the permissions: `contactdesk_staff` (read everything; write contacts, segments,
interactions and documents; take numbers) and `contactdesk_admin` (everything; a member of staff).
Roles are shared by the whole server, grants belong to one database: every database gets its grants
from grant_privileges(), and a login is a member of one group. PostgreSQL checks every statement
against them, so a staff login cannot change setup from psql either. SQLite has no logins: there
the one user may do everything, and nothing here is called.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import AutoField

from contactdesk.store import statistics
from contactdesk.store.db import db
from contactdesk.store.enums import UserRole
from contactdesk.store.models import (
    AppUser,
    Attachment,
    BaseModel,
    BusinessRelation,
    Campaign,
    CampaignEntry,
    CampaignTargetGroup,
    CompanyInfo,
    Contact,
    ContactAltAddress,
    ContactBusinessRelation,
    ContactIndustryGroup,
    ContactJobResponsibility,
    ContactMailingGroup,
    ContactProfileAnswer,
    Country,
    DocumentContent,
    FieldAppliedOp,
    FieldChange,
    FieldDevice,
    FieldNumberBlock,
    FieldPushResult,
    FieldSyncState,
    IndustryGroup,
    InteractionCommentLine,
    InteractionGroup,
    InteractionLogEntry,
    InteractionTemplate,
    InteractionTemplateLanguage,
    JobResponsibility,
    Language,
    LoggedSegment,
    LoggedSegmentDocument,
    LoggedSegmentUndo,
    MailingGroup,
    MarketingSetup,
    NumberSeries,
    ProfileQuestionnaire,
    ProfileQuestionnaireLine,
    Salesperson,
    Salutation,
    SalutationFormula,
    SavedCriteria,
    SavedCriteriaLine,
    SchemaVersion,
    Segment,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SegmentInteractionLanguage,
    SegmentLine,
    Territory,
)

STAFF_GROUP = "contactdesk_staff"
ADMIN_GROUP = "contactdesk_admin"
GROUPS = {UserRole.STAFF: STAFF_GROUP, UserRole.ADMIN: ADMIN_GROUP}

# The daily work: staff add, change and remove these.
STAFF_WRITES: tuple[type[BaseModel], ...] = (
    Contact,
    ContactAltAddress,
    ContactIndustryGroup,
    ContactBusinessRelation,
    ContactMailingGroup,
    ContactJobResponsibility,
    ContactProfileAnswer,
    Segment,
    SegmentLine,
    SegmentInteractionLanguage,
    SegmentCriteriaLine,
    SegmentHistory,
    SegmentHistoryLine,
    SavedCriteria,
    SavedCriteriaLine,
    InteractionLogEntry,
    InteractionCommentLine,
    Attachment,
    DocumentContent,
    # Campaigns are marketing's daily work (a page of their own, not Setup): staff create and activate them,
    # and logging for an activated campaign fills its target group.
    Campaign,
    CampaignEntry,
    CampaignTargetGroup,
)
# Logging creates a logged segment and cancelling changes it; deleting one (or undoing the logging,
# which deletes it too) removes history, so that is an administrator's.
STAFF_ADDS: dict[type[BaseModel], str] = {
    LoggedSegment: "INSERT, UPDATE",
    LoggedSegmentUndo: "INSERT",
    LoggedSegmentDocument: "INSERT",
    # Checking a laptop out registers it and gives it its own numbers; the records stay (history of who has what).
    # A sync notes when the laptop last synced and how far it has pulled.
    FieldDevice: 'INSERT, UPDATE ("last_sync_at", "sync_cursor")',
    FieldNumberBlock: "INSERT",
    # A sync records what it applied and what it found, so a repeated push is answered the same.
    FieldAppliedOp: "INSERT",
    FieldPushResult: "INSERT",
}
# Taking a number moves the series on (and its version, so an open setup dialog cannot set it back);
# its definition (prefix, width, …) is setup.
STAFF_COLUMNS: dict[type[BaseModel], tuple[str, ...]] = {
    NumberSeries: ("last_number", "version", "changed_by", "changed_at")
}
# Setup: staff read these, only administrators change them.
SETUP: tuple[type[BaseModel], ...] = (
    SchemaVersion,
    NumberSeries,
    Country,
    Language,
    Territory,
    Salutation,
    SalutationFormula,
    Salesperson,
    MarketingSetup,
    CompanyInfo,
    IndustryGroup,
    BusinessRelation,
    MailingGroup,
    JobResponsibility,
    ProfileQuestionnaire,
    ProfileQuestionnaireLine,
    InteractionGroup,
    InteractionTemplate,
    InteractionTemplateLanguage,
    AppUser,
    # Written by the office's own triggers and by the sync's pruning (SECURITY DEFINER), read by every laptop.
    FieldChange,
    FieldSyncState,
)


@dataclass(frozen=True)
class Standing:
    """What the connected login is on this server and database."""

    login: str
    superuser: bool
    owner: bool
    create_role: bool
    admin_member: bool

    @property
    def is_admin(self) -> bool:
        """May change everything here: a superuser, the database's owner, or a member of the admin group."""
        return self.superuser or self.owner or self.admin_member


def identifier(name: str) -> str:
    """A name quoted for SQL ("a""b"), so any login or database name is taken literally."""
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _run(sql: str) -> None:
    # peewee hands the driver an empty parameter list, so psycopg reads % as a placeholder.
    db.execute_sql(sql.replace("%", "%%"))


def _one(sql: str, params: list[Any]) -> Any:
    row = db.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def _table(model: type[BaseModel]) -> str:
    return identifier(model._meta.table_name)


def standing() -> Standing:
    """The connected login's standing: superuser, owner of the database, may create roles, admin member."""
    p = db.obj.param
    row = db.execute_sql(
        "SELECT r.rolname, r.rolsuper, r.rolcreaterole, pg_has_role(d.datdba, 'MEMBER'), "
        f"COALESCE((SELECT pg_has_role(g.oid, 'USAGE') FROM pg_roles g WHERE g.rolname = {p}), false) "
        "FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()",
        [ADMIN_GROUP],
    ).fetchone()
    login, superuser, create_role, owner, admin = row
    return Standing(str(login), bool(superuser), bool(owner), bool(create_role), bool(admin))


def role_exists(name: str) -> bool:
    """True when the server knows a role (a login or a group) of this name."""
    return bool(_one(f"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {db.obj.param})", [name]))


def groups_exist() -> bool:
    """True when both group roles exist on this server."""
    return role_exists(STAFF_GROUP) and role_exists(ADMIN_GROUP)


def _member(member: str, group: str) -> bool:
    p = db.obj.param
    return bool(
        _one(
            "SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            f"JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = {p} AND r.rolname = {p})",
            [group, member],
        )
    )


def ensure_groups() -> None:
    """Create the two group roles where missing (admin a member of staff); needs CREATEROLE the first time."""
    for group in (STAFF_GROUP, ADMIN_GROUP):
        if not role_exists(group):
            # Another database on the same server may be set up at the same moment: the loser's
            # CREATE is simply not needed.
            _run(
                f"DO $$ BEGIN CREATE ROLE {identifier(group)} NOLOGIN; "
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
            )
    if not _member(ADMIN_GROUP, STAFF_GROUP):
        _run(f"GRANT {identifier(STAFF_GROUP)} TO {identifier(ADMIN_GROUP)}")


def _sequence(model: type[BaseModel]) -> str | None:
    key = model._meta.primary_key
    if not isinstance(key, AutoField):
        return None
    name = _one(
        f"SELECT pg_get_serial_sequence({db.obj.param}, {db.obj.param})", [model._meta.table_name, key.column_name]
    )
    return str(name) if name else None


def grant_privileges() -> None:
    """Give this database's tables to the groups (idempotent: first everything is taken back)."""
    staff, admin = identifier(STAFF_GROUP), identifier(ADMIN_GROUP)
    schema = identifier(str(_one("SELECT current_schema()", [])))
    database = identifier(str(_one("SELECT current_database()", [])))
    for kind in ("TABLES", "SEQUENCES"):
        _run(f"REVOKE ALL ON ALL {kind} IN SCHEMA {schema} FROM {staff}, {admin}")
    # Only ContactDesk's users connect; the owner keeps its own rights.
    _run(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    _run(f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {staff}")
    _run(f"GRANT USAGE ON SCHEMA {schema} TO {staff}")
    _run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {staff}")
    _run(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_table(m) for m in STAFF_WRITES)} TO {staff}")
    for model, privileges in STAFF_ADDS.items():
        _run(f"GRANT {privileges} ON {_table(model)} TO {staff}")
    for model, columns in STAFF_COLUMNS.items():
        _run(f"GRANT UPDATE ({', '.join(identifier(c) for c in columns)}) ON {_table(model)} TO {staff}")
    for model in (*STAFF_WRITES, *STAFF_ADDS):
        if (sequence := _sequence(model)) is not None:
            _run(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {staff}")
    _run(f"GRANT ALL ON ALL TABLES IN SCHEMA {schema} TO {admin}")
    _run(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA {schema} TO {admin}")
    statistics.create_function(staff)  # staff's large imports refresh the planner's statistics (not owners)


def office_ready() -> bool:
    """True when this database was set up for an office (its tables are granted to the groups)."""
    # Nobody but the owner may read a table until it is granted: schema_version is there in every version.
    return groups_exist() and bool(
        _one(
            f"SELECT has_table_privilege({db.obj.param}, {db.obj.param}, 'SELECT')",
            [STAFF_GROUP, SchemaVersion._meta.table_name],
        )
    )


def create_login(login: str, password: str) -> None:
    """A new server login; the password is hashed here (libpq), so the server never sees or logs it."""
    hashed = db.connection().pgconn.encrypt_password(password.encode(), login.encode()).decode("ascii")
    _run(f"CREATE ROLE {identifier(login)} LOGIN PASSWORD {_literal(hashed)}")


def set_membership(login: str, role: UserRole | None) -> None:
    """Make `login` a member of the group for `role` only (None: of neither, so it cannot connect).

    An administrator may pass both groups on (WITH ADMIN OPTION) and create logins (CREATEROLE);
    a superuser's attributes are the server administrator's business and are left alone.
    """
    name = identifier(login)
    for group in (ADMIN_GROUP, STAFF_GROUP):
        if _member(login, group):
            _run(f"REVOKE {identifier(group)} FROM {name}")
    # Whoever runs this keeps their own attributes (the owner setting up the office needs CREATEROLE).
    keep = bool(
        _one(f"SELECT rolsuper OR rolname = current_user FROM pg_roles WHERE rolname = {db.obj.param}", [login])
    )
    if role is UserRole.ADMIN:
        for group in (ADMIN_GROUP, STAFF_GROUP):
            _run(f"GRANT {identifier(group)} TO {name} WITH ADMIN OPTION")
    elif role is UserRole.STAFF:
        _run(f"GRANT {identifier(STAFF_GROUP)} TO {name}")
    if not keep:
        _run(f"ALTER ROLE {name} {'CREATEROLE' if role is UserRole.ADMIN else 'NOCREATEROLE'}")
