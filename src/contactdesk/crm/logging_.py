"""Log Segment (spec §2.12): the moment a segment becomes history, in one transaction.

Checks first, every problem at once, before anything is written (log_checks). Then, set-based:
one interaction log entry per line (log_writer), the logged segment numbered from its series,
campaign entries, the lines' comments on their entries, optionally a follow-up segment with the
same header and contacts (recorded as a Reuse action), a snapshot of the segment so the logging
can be undone completely (log_snapshot, log_undo), and finally the segment leaves the worksheet
list. Any error, or Cancel through `progress`, rolls all of it back: the segment is either logged
or untouched, never partly (a process killed half-way leaves SQLite's journal to roll back).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date

from contactdesk.crm import document_sweep, log_snapshot, validation
from contactdesk.crm.campaign_targets import following
from contactdesk.crm.errors import LogRefusedError, NotFoundError
from contactdesk.crm.log_checks import check_segment, flag_condition
from contactdesk.crm.log_data import LogCheck, LogOptions, LogProblem, LogResult
from contactdesk.crm.log_writer import add_campaign_entries, copy_comments, insert_entries
from contactdesk.crm.reuse_logged import apply_reuse, follow_up_description, header_of, new_header
from contactdesk.crm.segment_base import check_version, get_row
from contactdesk.crm.users import current_user
from contactdesk.store.db import write_transaction
from contactdesk.store.locks import lock_rows
from contactdesk.store.models import LoggedSegment, LoggedSegmentUndo, MarketingSetup, NumberSeries, Segment
from contactdesk.store.numbering import reserve

Progress = Callable[[int], None]
STEPS = 5  # progress(0) … progress(STEPS)

__all__ = ["STEPS", "LogCheck", "LogOptions", "LogResult", "check_log", "log_segment"]

log = logging.getLogger("contactdesk.crm")


def _series_value(code: str) -> int:
    """The series' last number (just taken by reserve), so an undo can give it back."""
    return int(NumberSeries.select(NumberSeries.last_number).where(NumberSeries.code == code.upper()).scalar() or 0)


def _segment(no: str) -> Segment:
    """The segment to log; E2 when it is gone because it was logged already."""
    try:
        return get_row(no)
    except NotFoundError:
        key = validation.normalize_code(no)
        if LoggedSegment.select().where(LoggedSegment.segment_no == key).exists():
            raise LogRefusedError(key, [LogProblem("already_logged", key=key)]) from None
        raise


def _locked(no: str) -> Segment:
    """The segment, locked for this logging: a second user logging it at the same moment waits, then is refused."""
    segment = _segment(no)
    locked = lock_rows(Segment.select().where(Segment.id == int(segment.id)))
    return locked[0] if locked else _segment(no)  # gone meanwhile: refused as "already logged"


def check_log(no: str, options: LogOptions | None = None) -> LogCheck:
    """What logging segment `no` would refuse or ask about; writes nothing."""
    return check_segment(_segment(no), options or LogOptions())


def _refuse(segment: Segment, options: LogOptions) -> LogCheck:
    check = check_segment(segment, options)
    if check.problems or (check.flagged and not options.skip_flagged):
        raise LogRefusedError(str(segment.no), check.problems, () if options.skip_flagged else check.flagged)
    return check


def _follow_up(segment: Segment, logged: LoggedSegment, options: LogOptions, today: date) -> Segment:
    follow_up = new_header(
        header_of(segment), follow_up_description(str(segment.no), options.follow_up_description), today
    )
    apply_reuse(follow_up, logged)
    return Segment.get_by_id(int(follow_up.id))


def log_segment(
    no: str,
    options: LogOptions | None = None,
    version: int | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    user: str | None = None,
) -> LogResult:
    """Log segment `no`; LogRefusedError lists every problem (and the last-moment contacts unless skipped).

    `version` (the worksheet's) refuses when the segment changed since it was shown. `progress(step)`
    runs between the steps; raising from it (Cancel) rolls everything back.
    """
    options = options or LogOptions()
    report = progress or (lambda _step: None)
    day = today or date.today()
    who = current_user() if user is None else user
    with write_transaction():
        segment = _locked(no)
        check_version(segment, version)
        # Lines become entries and the segment goes: the target groups follow (spec §2.1 step 6, §2.12).
        with following(int(segment.id)) as targets:
            report(0)
            check = _refuse(segment, options)
            setup = MarketingSetup.get()
            series = str(setup.logged_segment_nos)
            logged_no = reserve(series)[0]
            logged = LoggedSegment.create(
                no=logged_no,
                segment_no=str(segment.no),
                description=str(segment.description),
                creation_date=day,
                user_id=who[:50],
                canceled=False,
            )
            skip = flag_condition(options.deliver) if check.flagged else None
            snapshot = log_snapshot.take(segment, skip)
            report(1)
            entries, first = insert_entries(segment, int(logged.id), who[:50], options.deliver, skip)
            comments, last_comment = copy_comments(segment, int(logged.id), first, skip)
            add_campaign_entries(segment, int(logged.id), day, who[:50])
            report(2)
            follow_up = None
            if options.follow_up:
                follow_up = _follow_up(segment, logged, options, day)
                LoggedSegment.update(follow_up_segment_no=str(follow_up.no)).where(
                    LoggedSegment.id == int(logged.id)
                ).execute()
                targets.watch_segment(int(follow_up.id))
            report(3)
            LoggedSegmentUndo.create(
                logged_segment=int(logged.id),
                segment_no=str(segment.no),
                snapshot=snapshot,
                first_entry_no=first,
                entries=entries,
                skipped_lines=json.dumps([flag.line_no for flag in check.flagged]),
                comments=comments,
                last_comment_id=last_comment,
                follow_up_segment_no=str(follow_up.no) if follow_up else "",
                follow_up_version=int(follow_up.version) if follow_up else 0,
                logged_segment_number=_series_value(series),
                follow_up_number=_series_value(str(setup.segment_nos)) if follow_up else 0,
            )
            document_sweep.record_logged(segment, int(logged.id))
            report(4)
            log_snapshot.remove(segment)
        report(STEPS)
        result = LogResult(
            logged_no, str(segment.no), entries, first, str(follow_up.no) if follow_up else None, len(check.flagged)
        )
    log.info("logged segment %s as %s: %d entries", result.segment_no, logged_no, entries)
    return result
