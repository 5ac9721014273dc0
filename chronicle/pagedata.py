"""Data where the reader is (issue 18, section 5): each actor's, topic's, place's and year's
events as files its page links, and the home page's calendar subscription.

- data/<folder>/<key>.csv: the page's events, oldest first, with the columns and cells of
  data/events.csv (chronicle.feeds.events_table): comma, UTF-8 with a byte-order mark, CRLF,
  English snake_case headings that stay as they are for programs.
- data/<folder>/<key>.ics: the page's scheduled events still to come (chronicle.stale), only
  when it has any: iCalendar as calendar.ics (chronicle.feeds.calendar).
- data/events.excel.csv: data/events.csv for a spreadsheet in a Ukrainian locale, where Excel
  opens a double-clicked CSV with the list separator of Windows' regional settings, `;` (a comma
  file opens as one column): `;`, UTF-8 with a byte-order mark (without one Excel reads the
  Cyrillic as Windows-1251), CRLF, and Ukrainian headings (EXCEL_HEADINGS), for people. The
  pages link it with a note on opening their own CSV in Excel. A twin of every page's CSV would
  double these files' bytes: measured on `chronicle synth --events 1000`, the pages' CSVs are
  4.5 MB (each event is in 7.5 of them: its 3.8 actors, 1.8 topics, place and year) and their
  twins 4.6 MB more (docs/open-data.md).

<folder> is actors, topics, places (the entry's id) or years (timeline/<year>/). One or two
small files per page, none per event. An entry without events has no files and its page no
links. Keys are the entries' ids (lowercase ASCII slugs, checked by the schema; checked again
here, so that no path leaves data/) and years.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from markupsafe import Markup, escape

from chronicle import feeds, stale
from chronicle.model import Chronicle, Event
from chronicle.urls import page_of, url_of

FOLDERS = {"actor": "actors", "topic": "topics", "place": "places", "year": "years"}
EXCEL_EVENTS = "data/events.excel.csv"
_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

# data/events.csv's headings (chronicle.feeds.events_table) as the .excel.csv files print them.
EXCEL_HEADINGS = {
    "id": "Ідентифікатор",
    "title": "Назва",
    "date": "Дата",
    "date_precision": "Точність дати",
    "end_date": "Дата завершення",
    "kind": "Вид",
    "status": "Статус",
    "place": "Місце",
    "actors": "Учасники",
    "topics": "Теми",
    "sources": "Джерела",
    "related": "Пов'язані події",
    "summary": "Короткий опис",
    "date_note": "Примітка до дати",
    "page": "Сторінка",
}


@dataclass(frozen=True)
class PageData:
    """A page's data files, as paths from the site root (the templates link them with to())."""

    csv: str
    ics: str | None  # None: no scheduled event still to come
    excel: str = EXCEL_EVENTS  # every event, for Excel (the page's own CSV has no twin)


def _events(c: Chronicle, kind: str, key: str) -> list[Event]:
    """The events a page lists, oldest first."""
    if kind == "year":
        return [e for e in c.events_oldest_first if str(e.date.year) == key]
    index = {"actor": c.events_by_actor, "topic": c.events_by_topic, "place": c.events_by_place}[kind]
    return index.get(key, [])[::-1]  # the index is newest first


def _stem(kind: str, key: str) -> str:
    if not _KEY.fullmatch(key):  # the schema allows only such ids; a path must not leave data/
        raise ValueError(f"{kind} id {key!r} is not a lowercase ASCII slug")
    return f"data/{FOLDERS[kind]}/{key}"


def _of(kind: str, key: str, events: list[Event], upcoming: Callable[[Event], bool]) -> PageData | None:
    if not events:
        return None
    stem = _stem(kind, key)
    return PageData(f"{stem}.csv", f"{stem}.ics" if any(map(upcoming, events)) else None)


def pages(c: Chronicle) -> Iterator[tuple[str, str, str, list[Event]]]:
    """(kind, key, name, events oldest first) of every page that offers its events."""
    for kind in ("actor", "topic", "place"):
        for key, entry in sorted(c.entries(kind).items()):
            events = _events(c, kind, key)
            if events:
                yield kind, key, entry.name, events
    years = sorted({e.date.year for e in c.events.values()})
    for year in years:
        yield "year", str(year), f"{year} рік", _events(c, "year", str(year))


def excel_bytes(rows: list[list]) -> bytes:
    """The events table for Excel in a Ukrainian locale: `;`, UTF-8 with a byte-order mark, CRLF,
    the headings in Ukrainian."""
    heading = [EXCEL_HEADINGS[name] for name in rows[0]]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows([heading, *rows[1:]])
    return ("\ufeff" + out.getvalue()).encode("utf-8", errors="replace")


def files(c: Chronicle, site: feeds.Site) -> dict[str, bytes]:
    """Every page's data files and data/events.excel.csv: path from the site root -> bytes."""

    def page(obj) -> str:
        return site.link(url_of(page_of(obj)))

    upcoming = stale.upcoming(c)
    whole = feeds.events_table(sorted(c.events.values(), key=lambda e: e.id), page)
    row_of = {row[0]: row for row in whole[1:]}  # each event's row, made once for all its pages
    out = {EXCEL_EVENTS: excel_bytes(whole)}
    for kind, key, name, events in pages(c):
        data = _of(kind, key, events, upcoming)
        assert data is not None  # pages() yields only pages with events
        out[data.csv] = feeds.csv_bytes([whole[0], *(row_of[e.id] for e in events)])
        if data.ics:
            out[data.ics] = feeds.calendar(c, site, events, name)
    return out


def webcal(site_url: str) -> str:
    """calendar.ics as a subscription (webcal://, which calendar apps open and poll); "" without
    a site URL, when the site's address is not known."""
    scheme, sep, rest = (site_url or "").partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest.strip("/"):
        return ""
    return f"webcal://{rest.rstrip('/')}/{feeds.CALENDAR_PATH}"


def template_globals(c: Chronicle, config=None) -> dict:
    """What the page templates use: `page_data(kind, key)` (a PageData, or None when the page
    lists no event) and `webcal`, the subscription's address (HTML-escaped; "" without a site URL)."""
    upcoming = stale.upcoming(c)
    site_url = (getattr(config, "site_url", None) or "") if config is not None else ""
    return {
        "page_data": lambda kind, key: _of(kind, str(key), _events(c, kind, str(key)), upcoming),
        "webcal": Markup(escape(webcal(site_url))),
    }
