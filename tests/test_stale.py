"""A scheduled event long past (issue 18, section 3): "заплановано; про результат джерел немає".

The fixture chronicle is the real case the issue names: its newest source is of 5 February 2026
and it still has the NATO–Russia Council of 12 January 2022 and the OSCE Permanent Council of
13 January 2022 as `scheduled`. Expected strings are written here by hand, from the YAML.

- `chronicle check` warns at each one's status field (file:line:column) and still passes;
- the built site shows them as stale on their pages and in every list, and neither is on the
  home page's list of what is coming or in calendar.ics;
- an event dated after the newest source stays scheduled, on the home page and in the calendar,
  whatever the build date (SOURCE_DATE_EPOCH) says.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import icalendar
import pytest

from chronicle.dates import PartialDate
from chronicle.model import Event
from chronicle.stale import is_stale
from conftest import copy_project, run_chronicle

STALE = "заплановано; про результат джерел немає"
NEWEST_SOURCE = dt.date(2026, 2, 5)  # dialogue-source-fx, the fixture's newest source
COUNCIL, OSCE = "council-meeting-fx", "osce-council-fx"


def _event(date: str, status: str = "scheduled", end: str | None = None) -> Event:
    return Event(
        id="x",
        title="x",
        date=PartialDate.parse(date),
        kind="meeting",
        status=status,
        sources=(),
        end_date=PartialDate.parse(end) if end else None,
    )


# ---- the rule ----


@pytest.mark.parametrize(
    ("date", "end", "status", "stale"),
    [
        ("2022-01-12", None, "scheduled", True),
        ("2026-02-04", None, "scheduled", True),  # the day before the newest source
        ("2026-02-05", None, "scheduled", False),  # that very day: the source may be from the morning
        ("2026-02-06", None, "scheduled", False),
        ("2026-01", None, "scheduled", True),  # January 2026 is over on 31 January
        ("2026-02", None, "scheduled", False),  # February 2026 is not over on 5 February
        ("2025", None, "scheduled", True),
        ("2026", None, "scheduled", False),
        ("2026-01-20", "2026-02-10", "scheduled", False),  # still going on
        ("2026-01-20", "2026-02-04", "scheduled", True),
        ("2022-01-12", None, "held", False),  # only a scheduled event can be stale
        ("2022-01-12", None, "postponed", False),
        ("2022-01-12", None, "cancelled", False),
    ],
)
def test_a_scheduled_event_is_stale_once_over_before_the_newest_source(date, end, status, stale):
    assert is_stale(_event(date, status, end), NEWEST_SOURCE) is stale


def test_a_chronicle_without_sources_has_no_stale_event():
    assert not is_stale(_event("1999-01-01"), None)


# ---- chronicle check ----


def test_check_warns_at_the_status_field_and_passes(built):
    result = run_chronicle("--root", str(built), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "stale-scheduled" in line]
    # `status: scheduled` is line 5 of both files; its value starts at column 9.
    assert [line.split(": warning: ")[0] for line in lines] == [
        f"content/events/{COUNCIL}.yml:5:9",
        f"content/events/{OSCE}.yml:5:9",
    ]
    assert "2022-01-12" in lines[0] and "2026-02-05" in lines[0]
    assert "record what happened" in lines[0] and "held" in lines[0] and "cancelled" in lines[0]
    assert "2022-01-13" in lines[1]
    github = run_chronicle("--root", str(built), "check", "--format", "github")
    assert github.returncode == 0
    assert f"::warning file=content/events/{COUNCIL}.yml,line=5,col=9::" in github.stdout


def test_silence_and_a_recorded_outcome_end_the_warning(project):
    council = project / f"content/events/{COUNCIL}.yml"
    text = council.read_text("utf-8").replace("silence: [no-quotes]", "silence: [no-quotes, stale-scheduled]")
    council.write_text(text, encoding="utf-8")
    osce = project / f"content/events/{OSCE}.yml"
    osce.write_text(osce.read_text("utf-8").replace("status: scheduled", "status: held"), encoding="utf-8")
    result = run_chronicle("--root", str(project), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "stale-scheduled" not in result.stdout and "still `scheduled`" not in result.stdout


# ---- the built site ----


def _section(html: str, anchor: str) -> str | None:
    start = html.find(f'id="{anchor}"')
    if start == -1:
        return None
    end = html.find("<h2", start)
    return html[start : end if end != -1 else None]


def test_stale_events_say_so_on_their_pages_and_in_every_list(built):
    site = built / "site"
    for event_id in (COUNCIL, OSCE):
        page = (site / f"events/{event_id}/index.html").read_text("utf-8")
        assert f"<strong>Статус:</strong> {STALE}" in page, event_id
    # Their lines, wherever they are listed: the timeline's year, the kind, the actors, the topic.
    for path in ("timeline/2022", "timeline/kinds/meeting", "actors/nato-fx", "actors/ru-fx", "topics/guarantees-fx"):
        html = (site / path / "index.html").read_text("utf-8")
        assert re.search(rf'href="[./]*events/{COUNCIL}/">[^<]*</a>[^<]*<em>{STALE}</em>', html), path
    held = (site / "events/gva-talks-fx/index.html").read_text("utf-8")
    assert "<strong>Статус:</strong> відбулося" in held


def test_stale_events_leave_the_home_page_and_the_calendar(built):
    home = (built / "site/index.html").read_text("utf-8")
    assert _section(home, "scheduled") is None  # nothing is coming: no "Заплановано" at all
    assert not (built / "site/timeline/scheduled").exists()
    calendar = icalendar.Calendar.from_ical((built / "site/calendar.ics").read_bytes())
    assert calendar.walk("VEVENT") == [] and str(calendar["version"]) == "2.0"


@pytest.fixture(scope="module")
def upcoming(tmp_path_factory) -> Path:
    """The fixture with the OSCE council moved to 13 March 2026, after the newest source, built
    with a build date years later: the build date must not make it stale."""
    root = copy_project(tmp_path_factory.mktemp("upcoming") / "project")
    osce = root / f"content/events/{OSCE}.yml"
    osce.write_text(osce.read_text("utf-8").replace("date: 2022-01-13", "date: 2026-03-13"), encoding="utf-8")
    result = run_chronicle("--root", str(root), "build", env={"SOURCE_DATE_EPOCH": "1900000000"})  # 2030
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_an_event_after_the_newest_source_stays_scheduled(upcoming):
    site = upcoming / "site"
    page = (site / f"events/{OSCE}/index.html").read_text("utf-8")
    assert "<strong>Статус:</strong> заплановано</li>" in page
    home = (site / "index.html").read_text("utf-8")
    coming = _section(home, "scheduled")
    assert coming is not None and f"events/{OSCE}/" in coming and f"events/{COUNCIL}/" not in coming
    assert "<em>заплановано</em>" in coming
    items = icalendar.Calendar.from_ical((site / "calendar.ics").read_bytes()).walk("VEVENT")
    assert [str(item["summary"]) for item in items] == ["Засідання Постійної ради ОБСЄ щодо вимог Росії"]
    assert items[0]["dtstart"].dt == dt.date(2026, 3, 13) and items[0]["dtend"].dt == dt.date(2026, 3, 14)
    assert "заплановано" in str(items[0]["description"])


def test_the_check_does_not_warn_about_an_event_still_to_come(upcoming):
    result = run_chronicle("--root", str(upcoming), "check", env={"SOURCE_DATE_EPOCH": "1900000000"})
    assert result.returncode == 0
    assert [line.split(":")[0] for line in result.stdout.splitlines() if "stale-scheduled" in line] == [
        f"content/events/{COUNCIL}.yml"
    ]


def test_stale_events_say_so_in_the_feed_and_the_timeline_data(built):
    site = built / "site"
    feed = ET.parse(site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    summaries = {
        e.find(f"{atom}link").get("href").rstrip("/").rsplit("/", 1)[-1]: e.find(f"{atom}summary").text
        for e in feed.iter(f"{atom}entry")
    }
    assert summaries[COUNCIL].splitlines()[0].endswith(f"· {STALE} · Брюссель"), summaries[COUNCIL]
    assert f"· {STALE}" not in summaries["gva-talks-fx"] and "· відбулося ·" in summaries["gva-talks-fx"]
    slides = {
        s["unique_id"]: s["text"]["text"] for s in json.loads((site / "data/timeline.json").read_text())["events"]
    }
    assert f"· {STALE}" in slides[OSCE] and f"· {STALE}" not in slides["gva-talks-fx"]
