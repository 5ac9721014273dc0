"""Scheduled events the chronicle has overtaken ("stale"; issue 18, section 3).

An event still marked `status: scheduled` whose date is over before the chronicle's newest
source was published is stale: the chronicle holds later news, yet no source says whether it
took place. It is shown as "заплановано; про результат джерел немає" on its page and in every
list, it leaves the home page's and timeline/scheduled/'s list of what is coming and
calendar.ics, and `chronicle check` warns the editors (`stale-scheduled`, a warning, never an
error) to record what happened.

The reference date is the first day of the newest source's publication date (`as_of`), not the
build date:

- pages are a function of the content alone: a build with SOURCE_DATE_EPOCH set differs from
  one without only in the dates MkDocs and the feeds stamp (tests/test_build.py), and the same
  content never turns a page over because a build ran later;
- the build date defaults to that same day anyway (chronicle.pipeline.source_date_epoch);
- the live preview regenerates only the pages of changed events when only events changed
  (chronicle.incremental), and this date changes only with a source, which regenerates all.

An event is over on the last day of its period: its end date, else its date, and a partial
date ends with its month or year ("2026-02" is not stale before 1 March 2026). An event dated
the very day of the newest source is not stale (the source may be from that morning).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from chronicle import vocab
from chronicle.dates import PartialDate

if TYPE_CHECKING:
    from chronicle.model import Chronicle, Event

CODE = "stale-scheduled"  # the check's warning (chronicle.editors.suggest)
LABEL = "заплановано; про результат джерел немає"  # the status a stale event shows


def as_of(c: Chronicle) -> dt.date | None:
    """The chronicle's own "today": the first day of its newest source's publication date."""
    return max((s.published.first_day for s in c.sources.values()), default=None)


def last_day(d: PartialDate) -> dt.date:
    """The last day of the period a partial date names (a day, a month or a year)."""
    month = d.month or 12
    return dt.date(d.year, month, d.day or calendar.monthrange(d.year, month)[1])


def is_stale(event: Event, today: dt.date | None) -> bool:
    """Whether a scheduled event was over before `today` (as_of) without a word on its outcome."""
    return event.status == "scheduled" and today is not None and last_day(event.end_date or event.date) < today


def upcoming(c: Chronicle) -> Callable[[Event], bool]:
    """A test of an event: scheduled and not stale (the home page's list, the calendar)."""
    today = as_of(c)
    return lambda event: event.status == "scheduled" and not is_stale(event, today)


def status_of(c: Chronicle) -> Callable[[Event], str]:
    """An event's status as the pages show it: the vocabulary's label, or LABEL when stale."""
    today = as_of(c)
    return lambda event: LABEL if is_stale(event, today) else vocab.EVENT_STATUSES[event.status]
