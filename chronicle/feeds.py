"""The chronicle as feeds and tables: an Atom feed, an iCalendar file and CSV files.

Pure functions of the model and a `Site` (its address, name and build date); chronicle.export
writes what they return into the built site. The same chronicle and Site give the same bytes:
nothing here reads the clock, and every list is in a fixed order.

- feed.xml (Atom, RFC 4287): one entry per event, newest event first. Atom has no field for
  when an event happened, so an entry is dated by its sources (`published`: the first,
  `updated`: the newest) and the event's date opens its summary; the feed's `updated` is the
  build date (SOURCE_DATE_EPOCH). Written with the standard library's ElementTree, which
  escapes text and attributes.
- corrections.xml (Atom): the newest FEED_LIMIT corrections of any entry, newest first, each
  dated by its day and linking the entry's section of corrections; the feed's `updated` is the
  newest correction's day (the build date when there is none).
- calendar.ics (iCalendar, RFC 5545): the scheduled events, as all-day events. An event known
  only to the month or the year spans that month or year. UID is derived from the event id,
  DTSTAMP is the build date. Written with the `icalendar` package (escaping, line folding).
- data/*.csv: one table per kind, plus the participants, quotes and roles, in UTF-8 with a
  byte-order mark so that Excel reads the Cyrillic right; every cell on one line
  (spreadsheet_text). chronicle.pagedata writes each page's own events with events_table.

Links: absolute when the site has a site_url; otherwise relative to the site root, where
feed.xml sits, so that they resolve against the feed's own address. iCalendar has no relative
URLs: without a site_url its events carry no URL.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import icalendar
from markupsafe import Markup

from chronicle import __version__, stale, vocab
from chronicle.dates import PartialDate
from chronicle.jsonld import plain_text
from chronicle.model import Chronicle, Event
from chronicle.text import links, render_markdown
from chronicle.urls import FOLDERS, page_of, page_path, url_of

ATOM = "http://www.w3.org/2005/Atom"
# Ids of the feed, its entries and calendar events: UUIDs derived from the event id (RFC 4122
# version 5 in this namespace), so that they survive a new site address or a changed title.
NAMESPACE = uuid.UUID("8f1c3f52-5d7e-4a43-9a41-2f3c6b7e0d15")
FEED_PATH = "feed.xml"
# The feed holds the newest events, as feeds do (a reader polls it for what is new); the
# timeline and data/chronicle.json hold them all. At 10,000 events a feed of every event was
# 25 MB and took 8 s to write.
FEED_LIMIT = 50
CALENDAR_PATH = "calendar.ics"
CORRECTIONS_PATH = "corrections.xml"

# Characters XML 1.0 and iCalendar text cannot carry (C0 controls but tab and line ends,
# U+FFFE, U+FFFF, lone surrogates): dropped from editors' text.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def printable(text: str) -> str:
    return _UNPRINTABLE.sub("", text)


@dataclass(frozen=True)
class Site:
    """What the feeds need to know about the site."""

    updated: dt.datetime  # the build date: SOURCE_DATE_EPOCH
    url: str = ""  # site_url; "" for a local build (relative links)
    name: str = "Хроніка дипломатії"
    description: str = ""

    @property
    def base(self) -> str:
        return self.url.rstrip("/") + "/" if self.url else ""

    def link(self, path: str) -> str:
        """The address of a path relative to the site root: absolute with a site_url, else relative."""
        return self.base + path if self.base else (path or "./")


def uid(event_id: str) -> str:
    """An event's id in the feed and the calendar: the same for the same event id, always."""
    return str(uuid.uuid5(NAMESPACE, f"event:{event_id}"))


def _timestamp(day: dt.date | dt.datetime) -> str:
    if isinstance(day, dt.datetime):
        return day.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{day.isoformat()}T00:00:00Z"


def _after(d: PartialDate) -> dt.date:
    """The first day after the period a partial date names (a day, a month or a year)."""
    if d.day:
        return d.first_day + dt.timedelta(days=1)
    if d.month:
        return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return dt.date(d.year + 1, 1, 1)


def when(event: Event) -> str:
    """The event's date as a Ukrainian reader writes it, with its end and precision."""
    text = event.date.uk() + (f" – {event.end_date.uk()}" if event.end_date else "")
    if event.date.precision != "day":
        text += f" ({vocab.PRECISIONS[event.date.precision]})"
    return text


def headline(event: Event, c: Chronicle, status: Callable[[Event], str] | None = None) -> str:
    """One line on an event: date, kind, status (a stale one says so: chronicle.stale), place.

    A caller writing many lines passes `status` (stale.status_of(c)) so the newest source is found once."""
    parts = [when(event), vocab.EVENT_KINDS[event.kind], (status or stale.status_of(c))(event)]
    if event.place:
        parts.append(c.places[event.place].name)
    return " · ".join(parts)


def _summary_html(event: Event, c: Chronicle, site: Site) -> str:
    """The summary as HTML; its links to entries are addresses like the entries' own links."""
    for kind, ref in _entry_links(event.summary):
        c.entries(kind)[ref]  # noqa: B018 -- validated; an unknown entry stays an error here too
    return str(Markup("<p>%s</p>\n") % headline(event, c) + _summary_body(event.summary, site.base))


@lru_cache(maxsize=65536)
def _entry_links(summary: str) -> tuple[tuple[str, str], ...]:
    found = []
    for _, _, href in links(summary or ""):
        kind, _, ref = href.partition(":")
        if kind in FOLDERS:
            found.append((kind, ref))
    return tuple(found)


@lru_cache(maxsize=65536)
def _summary_body(summary: str, base: str) -> Markup:
    """A summary as HTML: a pure function of its text and the site's address, so computed once
    per text (the live preview exports after every edit)."""
    if not summary:
        return Markup("")
    return render_markdown(
        summary,
        lambda kind, ref: (
            base + url_of(page_path(f"{FOLDERS[kind]}/{ref}"))
            if base
            else (url_of(page_path(f"{FOLDERS[kind]}/{ref}")) or "./")
        ),
    )


# ---- Atom ----


def _el(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: printable(v) for k, v in attrs.items()})
    if text is not None:
        element.text = printable(text)
    return element


def atom(c: Chronicle, site: Site) -> bytes:
    """The Atom feed of the newest FEED_LIMIT events, newest first."""
    feed = _feed(site, "feed", site.name, FEED_PATH, "", site.updated)
    for event in c.events_newest_first[:FEED_LIMIT]:
        published = sorted(c.sources[s].published.first_day for s in event.sources)
        page = url_of(page_of(event))
        entry = _el(feed, "entry")
        _el(entry, "id", f"urn:uuid:{uid(event.id)}")
        _el(entry, "title", event.title, type="text")
        _el(entry, "link", rel="alternate", type="text/html", href=site.link(page))
        _el(entry, "published", _timestamp(published[0]))
        _el(entry, "updated", _timestamp(published[-1]))
        _el(entry, "category", term=event.kind, label=vocab.EVENT_KINDS[event.kind])
        summary = headline(event, c) + (f"\n\n{plain_text(event.summary)}" if event.summary else "")
        _el(entry, "summary", summary, type="text")
        _el(entry, "content", _summary_html(event, c, site), type="html")
    return _xml(feed)


def _feed(site: Site, key: str, title: str, path: str, page: str, updated: dt.date | dt.datetime) -> ET.Element:
    """An Atom feed's own elements, before its entries: its id (from key), title, dates and links."""
    # Plain names and a literal xmlns: ElementTree would otherwise invent prefixes (ns0:feed).
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "uk"})
    _el(feed, "id", f"urn:uuid:{uuid.uuid5(NAMESPACE, key)}")
    _el(feed, "title", title)
    if site.description:
        _el(feed, "subtitle", site.description)
    _el(feed, "updated", _timestamp(updated))
    _el(feed, "link", rel="self", type="application/atom+xml", href=site.link(path))
    _el(feed, "link", rel="alternate", type="text/html", href=site.link(page))
    author = _el(feed, "author")
    _el(author, "name", site.name)
    _el(feed, "generator", "chronicle", version=__version__)
    return feed


def _xml(feed: ET.Element) -> bytes:
    ET.indent(feed, "  ")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n").encode("utf-8")


# An entry's kind, in a correction's title: "Подія «…»: …".
_KIND_UK = {"event": "Подія", "actor": "Учасник", "source": "Джерело", "topic": "Тема", "place": "Місце"}


def corrections_atom(c: Chronicle, site: Site) -> bytes:
    """The Atom feed of the newest FEED_LIMIT corrections (chronicle.model.Chronicle.corrections),
    newest first. An entry's id comes from the entry's kind and id, the correction's day and its
    place among that entry's corrections of the day: a correction added later, or the text of
    one edited, leaves the others' ids as they were."""
    items = c.corrections[:FEED_LIMIT]
    updated = items[0][0].date.first_day if items else site.updated
    feed = _feed(
        site, "corrections", f"{site.name}: виправлення", CORRECTIONS_PATH, url_of(page_path("corrections")), updated
    )
    seen: dict[tuple, int] = {}
    for correction, kind, entry in items:
        key = (kind, entry.id, correction.date.iso)
        seen[key] = seen.get(key, 0) + 1
        name = entry.title if kind in ("event", "source") else entry.name
        item = _el(feed, "entry")
        _el(item, "id", f"urn:uuid:{uuid.uuid5(NAMESPACE, 'correction:' + ':'.join(key) + f':{seen[key]}')}")
        _el(item, "title", f"{_KIND_UK[kind]} «{name}»: {correction.change}", type="text")
        _el(item, "link", rel="alternate", type="text/html", href=site.link(url_of(page_of(entry))) + "#corrections")
        _el(item, "published", _timestamp(correction.date.first_day))
        _el(item, "updated", _timestamp(correction.date.first_day))
        _el(item, "category", term=kind, label=_KIND_UK[kind])
        summary = correction.change + (f"\n\n{plain_text(correction.note)}" if correction.note else "")
        _el(item, "summary", summary, type="text")
        html = Markup("<p>%s</p>\n") % correction.change + _summary_body(correction.note, site.base)
        _el(item, "content", str(html), type="html")
    return _xml(feed)


# ---- iCalendar ----


def calendar(c: Chronicle, site: Site, events: list[Event] | None = None, name: str = "") -> bytes:
    """The scheduled events as all-day events, but those long past (chronicle.stale).

    events, name: only these events (oldest first), in a calendar named for the page that
    offers it (chronicle.pagedata: an actor's, topic's, place's or year's)."""
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//chronicle {__version__}//{printable(site.name)}//UK")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", printable(f"{site.name}: {name + ', ' if name else ''}заплановані події"))
    if site.description:
        cal.add("x-wr-caldesc", printable(site.description))
    upcoming = stale.upcoming(c)  # not the scheduled events long past (chronicle.stale)
    for event in c.events_oldest_first if events is None else events:
        if not upcoming(event):
            continue
        item = icalendar.Event()
        item.add("uid", uid(event.id))
        item.add("dtstamp", site.updated.astimezone(dt.timezone.utc))
        item.add("dtstart", event.date.first_day)
        item.add("dtend", _after(event.end_date or event.date))
        item.add("summary", printable(event.title))
        description = headline(event, c) + (f"\n\n{plain_text(event.summary)}" if event.summary else "")
        if site.base:
            description += "\n\n" + site.link(url_of(page_of(event)))
            item.add("url", site.link(url_of(page_of(event))))
        item.add("description", printable(description))
        if event.place:
            place = c.places[event.place]
            item.add("location", printable(", ".join(x for x in (place.name, place.country) if x)))
            if place.lat is not None and place.lon is not None:
                item.add("geo", (place.lat, place.lon))
        item.add("categories", [printable(vocab.EVENT_KINDS[event.kind])])
        cal.add_component(item)
    return cal.to_ical()


# ---- CSV ----


# A line break with the spaces around it: YAML's `|` blocks keep the editor's line breaks.
_BREAK = re.compile("[ \t]*(?:[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029][ \t]*)+")


def spreadsheet_text(text: str | None) -> str:
    """Editors' text for a spreadsheet cell, on one line: line breaks (and paragraph breaks) become
    a space, so that no cell holds a hard line break (data/chronicle.json keeps them). A leading
    =, +, -, @ (a formula to Excel and LibreOffice) gets an apostrophe before it, so that the
    cell shows the text instead."""
    text = _BREAK.sub(" ", text or "").strip()
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _ids(values) -> str:
    return "; ".join(values)


def _lines(values) -> str:
    """A list of texts (aliases) in one cell, separated by "; " as lists of ids are."""
    return "; ".join(spreadsheet_text(v) for v in values)


def _date(d: PartialDate | None) -> str:
    return d.iso if d else ""


def tables(c: Chronicle, site: Site) -> dict[str, list[list]]:
    """Every table: file name -> rows, the first row the header. Rows are sorted by id."""
    events = sorted(c.events.values(), key=lambda e: e.id)
    actors = sorted(c.actors.values(), key=lambda a: a.id)

    def page(obj) -> str:
        return site.link(url_of(page_of(obj)))

    return {
        "events.csv": events_table(events, page),
        "participants.csv": [["event", "actor", "role"]]
        + [[e.id, p.actor, p.role or ""] for e in events for p in e.actors],
        "quotes.csv": [["event", "text", "by", "source", "kind"]]
        + [[e.id, spreadsheet_text(q.text), _ids(q.by), q.source, q.kind] for e in events for q in e.quotes],
        "actors.csv": _actors_table(actors, page),
        "roles.csv": _roles_table(actors),
        "sources.csv": _sources_table(c, page),
        "topics.csv": _topics_table(c, page),
        "places.csv": _places_table(c, page),
    }


def events_table(events: list, page: Callable[[object], str]) -> list[list]:
    """The events table: a header row, then a row per event in the order given."""
    t = spreadsheet_text
    return [
        [
            "id",
            "title",
            "date",
            "date_precision",
            "end_date",
            "kind",
            "status",
            "place",
            "actors",
            "topics",
            "sources",
            "related",
            "summary",
            "date_note",
            "page",
        ]
    ] + [
        [
            e.id,
            t(e.title),
            e.date.iso,
            e.date.precision,
            _date(e.end_date),
            e.kind,
            e.status,
            e.place or "",
            _ids(dict.fromkeys(p.actor for p in e.actors)),
            _ids(e.topics),
            _ids(e.sources),
            _ids(e.related),
            t(e.summary),
            t(e.date_note),
            page(e),
        ]
        for e in events
    ]


def _actors_table(actors: list, page: Callable[[object], str]) -> list[list]:
    t = spreadsheet_text
    return [["id", "name", "kind", "aliases", "description", "wikidata", "page"]] + [
        [a.id, t(a.name), a.kind, _lines(a.aliases), t(a.description), a.wikidata or "", page(a)] for a in actors
    ]


def _roles_table(actors: list) -> list[list]:
    t = spreadsheet_text
    return [["actor", "post", "organization", "from", "to"]] + [
        [a.id, t(r.post), r.organization or "", _date(r.start), _date(r.end)] for a in actors for r in a.roles
    ]


def _sources_table(c: Chronicle, page: Callable[[object], str]) -> list[list]:
    t = spreadsheet_text
    head = ["id", "title", "outlet", "published", "language", "url", "seed", "sha256", "note", "page"]
    # Columns added later go last, so that programs reading by position keep working.
    return [[*head, "archive_url", "via_outlet", "via_source"]] + [
        [s.id, t(s.title), t(s.outlet), s.published.iso, s.language, s.url or "", s.seed, s.sha256, t(s.note), page(s)]
        + [s.archive_url or "", t(s.via.outlet) if s.via else "", (s.via.source or "") if s.via else ""]
        for s in sorted(c.sources.values(), key=lambda s: s.id)
    ]


def _topics_table(c: Chronicle, page: Callable[[object], str]) -> list[list]:
    t = spreadsheet_text
    return [["id", "name", "aliases", "description", "wikidata", "page"]] + [
        [x.id, t(x.name), _lines(x.aliases), t(x.description), x.wikidata or "", page(x)]
        for x in sorted(c.topics.values(), key=lambda x: x.id)
    ]


def _places_table(c: Chronicle, page: Callable[[object], str]) -> list[list]:
    t = spreadsheet_text
    return [["id", "name", "aliases", "description", "country", "lat", "lon", "wikidata", "page"]] + [
        [
            p.id,
            t(p.name),
            _lines(p.aliases),
            t(p.description),
            t(p.country),
            "" if p.lat is None else repr(p.lat),
            "" if p.lon is None else repr(p.lon),
            p.wikidata or "",
            page(p),
        ]
        for p in sorted(c.places.values(), key=lambda p: p.id)
    ]


def csv_bytes(rows: list[list]) -> bytes:
    """Rows as CSV (RFC 4180: comma, double quotes, CRLF) in UTF-8 with a byte-order mark."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8", errors="replace")
