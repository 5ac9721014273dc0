"""Open data and feeds: the Atom feed, the calendar, the CSV tables, JSON-LD and Open Graph.

Each is read back with the library its readers use (feedparser, icalendar, csv, json) and
compared with the YAML entries, on the real build (`built`) and on a build with a site_url.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import icalendar
import yaml

from chronicle import feeds
from chronicle.config import ProjectPaths
from chronicle.dates import PartialDate
from chronicle.pipeline import check
from conftest import FIXTURE, PROJECT, copy_project, run_chronicle

# Written out here, not taken from chronicle.jsonld or chronicle.feeds (a test that reads the
# implementation's table passes whatever the table says): the schema.org type of each actor kind,
# and an event's id in the feed and the calendar, a UUID5 of "event:<id>" in the chronicle's own
# namespace, which must never change (readers' feed readers and calendars key on it).
SCHEMA_TYPE = {
    "person": "Person",
    "state": "GovernmentOrganization",
    "government-body": "GovernmentOrganization",
    "media": "NewsMediaOrganization",
    "organization": "Organization",
    "delegation": "Organization",
}


def feed_uid(event_id: str) -> str:
    import uuid

    return str(uuid.uuid5(uuid.UUID("8f1c3f52-5d7e-4a43-9a41-2f3c6b7e0d15"), f"event:{event_id}"))


ATOM = "{http://www.w3.org/2005/Atom}"
BUILD_DATE = dt.datetime(2026, 2, 5, tzinfo=dt.timezone.utc)  # the newest source: the build's SOURCE_DATE_EPOCH
STATUS = {
    "held": "EventScheduled",
    "scheduled": "EventScheduled",
    "cancelled": "EventCancelled",
    "postponed": "EventPostponed",
}
TABLES = ["events", "participants", "quotes", "actors", "roles", "sources", "topics", "places"]


def entries(kind: str) -> dict:
    return {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((FIXTURE / "content" / kind).glob("*.yml"))}


EVENTS, ACTORS, SOURCES, TOPICS, PLACES = (entries(k) for k in ("events", "actors", "sources", "topics", "places"))


def participants(event: dict) -> list[tuple[str, str]]:
    return [(a, "") if isinstance(a, str) else (a["id"], a.get("role", "")) for a in event.get("actors", [])]


def day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


class Head(HTMLParser):
    """The <meta property> tags, the <link rel=alternate> tags and the JSON-LD scripts of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.alternates: list[dict] = []
        self.jsonld: list[str] = []
        self._ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta.setdefault(attrs.get("property") or attrs["name"], []).append(attrs.get("content", ""))
        if tag == "link" and "alternate" in (attrs.get("rel") or "").split():  # rel is a set of tokens
            self.alternates.append(attrs)
        self._ld = tag == "script" and attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._ld = False

    def handle_data(self, data):
        if self._ld:
            self.jsonld.append(data)


def head(site: Path, page: str) -> Head:
    parsed = Head()
    parsed.feed((site / page / "index.html").read_text("utf-8"))
    return parsed


def ld_of(site: Path, page: str) -> dict:
    scripts = head(site, page).jsonld
    assert len(scripts) == 1, page
    return json.loads(scripts[0])


# ---- Atom ----


def test_the_feed_holds_every_event_with_its_title_link_and_dates(built):
    assert len(EVENTS) <= feeds.FEED_LIMIT  # the real chronicle: all its events
    site = built / "site"
    raw = (site / "feed.xml").read_bytes()
    feed = feedparser.parse(raw)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.title == "Хроніка дипломатії" and feed.feed.language == "uk"
    assert feed.feed.updated == "2026-02-05T00:00:00Z"  # SOURCE_DATE_EPOCH, not the clock
    assert len(feed.entries) == len(EVENTS)
    newest_first = sorted(EVENTS, key=lambda i: (str(EVENTS[i]["date"]), i), reverse=True)
    assert [e.link for e in feed.entries] == [f"events/{i}/" for i in newest_first]
    assert len({e.id for e in feed.entries}) == len(EVENTS)
    for entry, event_id in zip(feed.entries, newest_first):
        event = EVENTS[event_id]
        assert entry.title == event["title"]
        assert (site / entry.link / "index.html").is_file()  # relative links resolve against feed.xml
        published = sorted(day(SOURCES[s]["published"]) for s in event["sources"])
        assert entry.published == f"{published[0]}T00:00:00Z" and entry.updated == f"{published[-1]}T00:00:00Z"
        assert entry.tags[0].term == event["kind"]
        assert entry.id == f"urn:uuid:{feed_uid(event_id)}"


def test_the_feed_holds_only_the_newest_events(monkeypatch):
    """A feed is what is new: the newest FEED_LIMIT events; the timeline and the data hold all."""
    chronicle, _, _ = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    monkeypatch.setattr(feeds, "FEED_LIMIT", 3)
    feed = feedparser.parse(feeds.atom(chronicle, feeds.Site(updated=BUILD_DATE)))
    newest_first = sorted(EVENTS, key=lambda i: (str(EVENTS[i]["date"]), i), reverse=True)
    assert len(EVENTS) > 3 and [e.link for e in feed.entries] == [f"events/{i}/" for i in newest_first[:3]]


def test_links_in_the_feed_content_resolve_against_the_feed(built):
    site = built / "site"
    root = ET.parse(site / "feed.xml").getroot()
    checked = 0
    for content in root.iter(f"{ATOM}content"):
        for href in re.findall(r'href="([^"]+)"', content.text):
            url = urljoin("https://reader.example/feed.xml", html.unescape(href))
            if urlsplit(url).hostname == "reader.example":
                assert (site / urlsplit(url).path.lstrip("/") / "index.html").is_file(), url
                checked += 1
    assert checked > 0  # some summaries link to other entries


# ---- iCalendar ----


def still_to_come(event: dict) -> bool:
    """Scheduled and dated after the fixture's newest source (5 February 2026): the fixture's own
    scheduled events are long past and out of the calendar (tests/test_stale.py)."""
    return event["status"] == "scheduled" and day(event["date"]) > BUILD_DATE.date()


def test_the_calendar_holds_exactly_the_scheduled_events_still_to_come(built):
    assert not (built / "site" / "calendar.ics").read_bytes().count(b"BEGIN:VEVENT")  # all long past
    chronicle, _, _ = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    # Two moved after the newest source: the council (in Brussels) and a held event (not in it).
    moved = {"council-meeting-fx": "scheduled", "gva-talks-fx": "held"}
    events = {
        i: dataclasses.replace(chronicle.events[i], date=PartialDate(2026, 3, 12), status=status)
        for i, status in moved.items()
    }
    chronicle = dataclasses.replace(chronicle, events={**chronicle.events, **events})
    raw = feeds.calendar(chronicle, feeds.Site(updated=BUILD_DATE))
    cal = icalendar.Calendar.from_ical(raw)
    (item,) = cal.walk("VEVENT")  # the council only: the rest is held or long past
    assert str(item["summary"]) == EVENTS["council-meeting-fx"]["title"]
    assert str(item["uid"]) == feed_uid("council-meeting-fx")
    start = item["dtstart"].dt
    assert type(start) is dt.date and start == dt.date(2026, 3, 12)  # an all-day event
    assert item["dtend"].dt == dt.date(2026, 3, 13)
    assert item["dtstamp"].dt == BUILD_DATE
    assert "url" not in item  # no site_url: iCalendar has no relative URLs
    assert str(item["location"]).startswith(PLACES["bxl-fx"]["name"])
    assert b"DTSTART;VALUE=DATE:20260312" in raw
    assert b"\r\n" in raw and str(cal["version"]) == "2.0"
    public = feeds.calendar(chronicle, feeds.Site(updated=BUILD_DATE, url="https://example.org/"))
    assert [str(e["url"]) for e in icalendar.Calendar.from_ical(public).walk("VEVENT")] == [
        "https://example.org/events/council-meeting-fx/"
    ]


def test_calendar_dates_keep_their_precision_and_ids_their_event():
    chronicle, _, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    assert not [p for p in problems if p.severity == "error"]
    month = dataclasses.replace(chronicle.events["grynkewich-talks-fx"], status="scheduled")
    chronicle = dataclasses.replace(chronicle, events={**chronicle.events, month.id: month})  # derived lists afresh
    site = feeds.Site(updated=BUILD_DATE)
    items = {str(e["uid"]): e for e in icalendar.Calendar.from_ical(feeds.calendar(chronicle, site)).walk("VEVENT")}
    item = items[feed_uid(month.id)]
    assert (item["dtstart"].dt, item["dtend"].dt) == (dt.date(2026, 2, 1), dt.date(2026, 3, 1))  # "2026-02": the month
    assert "відомий лише місяць" in str(item["description"])
    # The UID depends on the event id only: a new title or site address keeps it.
    other = feeds.calendar(chronicle, feeds.Site(updated=BUILD_DATE, url="https://example.org/"))
    assert feed_uid(month.id) in {str(e["uid"]) for e in icalendar.Calendar.from_ical(other).walk("VEVENT")}
    assert feeds.calendar(chronicle, site) == feeds.calendar(chronicle, site)


# ---- CSV ----


def read_table(site: Path, name: str) -> list[dict]:
    raw = (site / "data" / f"{name}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark, for Excel
    assert b"\r\n" in raw
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_the_csv_tables_match_the_yaml(built):
    site = built / "site"
    tables = {name: read_table(site, name) for name in TABLES}
    events = {row["id"]: row for row in tables["events"]}
    assert list(events) == sorted(EVENTS)
    for event_id, event in EVENTS.items():
        row = events[event_id]
        assert row["title"] == event["title"] and row["date"] == str(event["date"])
        assert (row["kind"], row["status"], row["place"]) == (event["kind"], event["status"], event.get("place", ""))
        assert row["sources"].split("; ") == event["sources"]
        assert row["topics"] == "; ".join(event.get("topics", []))
        assert row["actors"] == "; ".join(dict.fromkeys(a for a, _ in participants(event)))
        # on one line: the `|` block's line breaks become spaces (no cell holds a line break)
        assert row["summary"] == " ".join(event.get("summary", "").split())
        assert (site / row["page"] / "index.html").is_file()
    assert [(r["event"], r["actor"], r["role"]) for r in tables["participants"]] == [
        (i, a, role) for i in sorted(EVENTS) for a, role in participants(EVENTS[i])
    ]
    assert [(r["event"], r["text"], r["by"], r["source"]) for r in tables["quotes"]] == [
        (i, q["text"], q["by"] if isinstance(q["by"], str) else "; ".join(q["by"]), q["source"])
        for i in sorted(EVENTS)
        for q in EVENTS[i].get("quotes", [])
    ]
    for name, yaml_entries, label in (
        ("actors", ACTORS, "name"),
        ("sources", SOURCES, "title"),
        ("topics", TOPICS, "name"),
        ("places", PLACES, "name"),
    ):
        rows = {row["id"]: row for row in tables[name]}
        assert list(rows) == sorted(yaml_entries), name
        for entry_id, entry in yaml_entries.items():
            row = rows[entry_id]
            assert row[label] == entry[label]
            assert row.get("wikidata", "") == entry.get("wikidata", "") or "wikidata" not in row
            if "aliases" in row:
                assert row["aliases"].split("; ") == (entry.get("aliases") or [""])
            assert (site / row["page"] / "index.html").is_file()
    assert {r["id"]: (r["lat"], r["lon"]) for r in tables["places"]} == {
        i: (str(p["coordinates"]["lat"]), str(p["coordinates"]["lon"])) if "coordinates" in p else ("", "")
        for i, p in PLACES.items()
    }
    assert [(r["actor"], r["post"]) for r in tables["roles"]] == [
        (i, r["post"]) for i in sorted(ACTORS) for r in ACTORS[i].get("roles", [])
    ]
    assert {r["id"]: r["sha256"] for r in tables["sources"]} == {i: s["sha256"] for i, s in SOURCES.items()}


def test_spreadsheets_show_formulas_as_text():
    assert feeds.spreadsheet_text('=HYPERLINK("https://evil.example")') == '\'=HYPERLINK("https://evil.example")'
    for text in ("+1", "-1", "@SUM(A1)"):
        assert feeds.spreadsheet_text(text) == "'" + text
    assert feeds.spreadsheet_text("Женева") == "Женева" and feeds.spreadsheet_text(None) == ""


# ---- JSON-LD and Open Graph ----


def test_every_event_page_has_schema_org_event_json_ld(built):
    site = built / "site"
    for event_id, event in EVENTS.items():
        ld = ld_of(site, f"events/{event_id}")
        assert ld["@context"] == "https://schema.org" and ld["@type"] == "Event"
        assert ld["name"] == event["title"]
        assert ld["startDate"] == str(event["date"])  # YYYY-MM-DD, YYYY-MM or YYYY, as known
        assert ld.get("endDate") == (str(event["end_date"]) if "end_date" in event else None)
        assert ld["eventStatus"] == "https://schema.org/" + STATUS[event["status"]]
        assert "url" not in ld  # no site_url
        if event.get("summary"):
            assert ld["description"] and "**" not in ld["description"] and "](" not in ld["description"]
        if event.get("place"):
            place = PLACES[event["place"]]
            assert ld["location"]["@type"] == "Place" and ld["location"]["name"] == place["name"]
            assert ld["location"]["address"]["addressCountry"] == place["country"]
            if "coordinates" in place:
                assert (ld["location"]["geo"]["latitude"], ld["location"]["geo"]["longitude"]) == (
                    place["coordinates"]["lat"],
                    place["coordinates"]["lon"],
                )
        expected = [ACTORS[a] for a, role in dict(participants(event)).items() if role not in ("subject", "organizer")]
        attendees = ld.get("attendee", [])
        assert [a["name"] for a in attendees] == [a["name"] for a in expected]
        for attendee, actor in zip(attendees, expected):
            assert attendee["@type"] == SCHEMA_TYPE[actor["kind"]]
            assert attendee.get("sameAs") == (
                f"https://www.wikidata.org/wiki/{actor['wikidata']}" if "wikidata" in actor else None
            )
        subjects = [ACTORS[a]["name"] for a, role in participants(event) if role == "subject"]
        assert [t["name"] for t in ld.get("about", [])] == [
            TOPICS[t]["name"] for t in event.get("topics", [])
        ] + subjects
        assert [s["headline"] for s in ld["subjectOf"]] == [SOURCES[s]["title"] for s in event["sources"]]
        assert [s["publisher"]["name"] for s in ld["subjectOf"]] == [SOURCES[s]["outlet"] for s in event["sources"]]
    # The real chronicle has attendees with Wikidata ids: sameAs is exercised.
    gva = ld_of(site, "events/gva-talks-fx")
    assert {"name": "США", "@type": "GovernmentOrganization", "sameAs": "https://www.wikidata.org/wiki/Q30"} in gva[
        "attendee"
    ]
    assert gva["location"]["sameAs"] == "https://www.wikidata.org/wiki/Q71"


def test_every_actor_page_has_person_or_organization_json_ld(built):
    site = built / "site"
    for actor_id, actor in ACTORS.items():
        ld = ld_of(site, f"actors/{actor_id}")
        assert ld["@context"] == "https://schema.org" and ld["name"] == actor["name"]
        assert ld["@type"] == SCHEMA_TYPE[actor["kind"]]
        assert ld.get("sameAs") == (
            f"https://www.wikidata.org/wiki/{actor['wikidata']}" if "wikidata" in actor else None
        )
    ryabkov = ld_of(site, "actors/ryabkov-fx")
    assert ryabkov["jobTitle"] == ["заступник міністра закордонних справ Росії"]
    assert ryabkov["affiliation"][0]["name"] == ACTORS["mfa-ru-fx"]["name"]


def test_pages_carry_open_graph_tags_and_link_the_feed(built):
    site = built / "site"
    for page, title, kind in [(f"events/{i}", e["title"], "article") for i, e in EVENTS.items()] + [
        (f"actors/{i}", a["name"], "website") for i, a in ACTORS.items()
    ]:
        parsed = head(site, page)
        assert parsed.meta["og:title"] == [title], page
        assert parsed.meta["og:type"] == [kind]
        assert parsed.meta["og:locale"] == ["uk_UA"] and parsed.meta["og:site_name"] == ["Хроніка дипломатії"]
        assert len(parsed.meta["og:description"]) == 1 and parsed.meta["og:description"][0].strip()
        assert parsed.meta["description"] == parsed.meta["og:description"]  # Material's, from the same front matter
        assert len(parsed.meta["og:description"][0]) <= 300  # characters: a description is cut to 300
        assert "og:url" not in parsed.meta  # no site_url
        assert parsed.alternates == [
            {
                "rel": "alternate feed",  # not rel="alternate" alone, which Material reads (tests/test_browser_small.py)
                "type": "application/atom+xml",
                "title": "Хроніка дипломатії: події (Atom)",
                "href": "../../feed.xml",
            }
        ]
    index = head(site, ".")
    assert index.meta["og:type"] == ["website"] and index.alternates[0]["href"] == "feed.xml"
    assert "data/chronicle.json" not in (site / "index.html").read_text("utf-8").split("</head>")[0]


def test_the_home_page_links_every_open_data_file(built):
    site = built / "site"
    page = (site / "index.html").read_text("utf-8")
    section = page[page.index('id="data"') :]
    hrefs = re.findall(r'href="([^"#]+)"', section.split("</article>")[0])
    expected = ["feed.xml", "calendar.ics", "data/chronicle.json"] + [f"data/{t}.csv" for t in TABLES]
    assert set(expected) <= set(hrefs)
    for href in hrefs:
        assert (site / href).is_file(), href


def test_a_site_url_makes_every_link_absolute(tmp_path):
    root = copy_project(tmp_path / "public")
    base = "https://example.org/chronicle/"
    result = run_chronicle("--root", str(root), "build", "--site-url", base)
    assert result.returncode == 0, result.stdout + result.stderr
    site = root / "site"
    feed = feedparser.parse((site / "feed.xml").read_bytes())
    assert feed.bozo == 0 and feed.feed.link == base
    assert {e.link for e in feed.entries} == {f"{base}events/{i}/" for i in EVENTS}
    assert any(link.rel == "self" and link.href == base + "feed.xml" for link in feed.feed.links)
    items = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes()).walk("VEVENT")
    assert {str(e["url"]) for e in items} == {f"{base}events/{i}/" for i, e in EVENTS.items() if still_to_come(e)}
    events = read_table(site, "events")
    assert {r["page"] for r in events} == {f"{base}events/{i}/" for i in EVENTS}
    page = "events/gva-talks-fx"
    assert ld_of(site, page)["url"] == base + page + "/"
    assert head(site, page).meta["og:url"] == [base + page + "/"]
    assert ld_of(site, "actors/us-fx")["url"] == base + "actors/us-fx/"
    check_result = run_chronicle("--root", str(root), "linkcheck")
    assert check_result.returncode == 0, check_result.stdout


def test_feeds_are_dated_by_source_date_epoch_only(tmp_path):
    root = copy_project(tmp_path / "dated")
    result = run_chronicle("--root", str(root), "build", env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.returncode == 0, result.stderr
    stamp = dt.datetime.fromtimestamp(1700000000, dt.timezone.utc)
    assert feedparser.parse((root / "site/feed.xml").read_bytes()).feed.updated == "2023-11-14T22:13:20Z"
    for item in icalendar.Calendar.from_ical((root / "site/calendar.ics").read_bytes()).walk("VEVENT"):
        assert item["dtstamp"].dt == stamp


def test_text_the_feeds_cannot_carry_is_dropped_not_fatal():
    chronicle, _, _ = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"))
    event = chronicle.events["council-meeting-fx"]
    odd = dataclasses.replace(  # dated after the newest source: in the calendar
        event, title='a\x00b\x0bc <d> & "e"', summary="x\x1fy", date=PartialDate(2026, 3, 12)
    )
    chronicle = dataclasses.replace(chronicle, events={**chronicle.events, event.id: odd})
    site = feeds.Site(updated=BUILD_DATE)
    root = ET.fromstring(feeds.atom(chronicle, site))
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert 'abc <d> & "e"' in titles
    summaries = [
        str(e["summary"]) for e in icalendar.Calendar.from_ical(feeds.calendar(chronicle, site)).walk("VEVENT")
    ]
    assert 'abc <d> & "e"' in summaries
