"""data/timeline.json (chronicle.timelinejs): TimelineJS3's JSON format, written by hand for fixture
events from TimelineJS's documentation (https://timeline.knightlab.com/docs/json-format.html), and
the same bytes every time."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from chronicle import timelinejs
from chronicle.config import ProjectPaths
from chronicle.dates import PartialDate
from chronicle.feeds import Site
from chronicle.model import Chronicle
from chronicle.pipeline import check
from conftest import PROJECT

SITE = Site(
    updated=dt.datetime(2026, 2, 5, tzinfo=dt.timezone.utc),
    url="https://example.org/chronicle/",
    name="Хроніка дипломатії",
    description="Перевірена хроніка.",
)
# TimelineJS's documented fields: the timeline, a slide, a date.
TIMELINE_FIELDS = {"title", "events", "eras", "scale"}
SLIDE_FIELDS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_FIELDS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}


@pytest.fixture(scope="module")
def chronicle():
    c, _, problems = check(ProjectPaths(root=PROJECT, docs_dir=PROJECT / "build/docs"), suggestions=False)
    assert not [p for p in problems if p.severity == "error"]
    return c


def _slides(c: Chronicle, site: Site = SITE) -> dict[str, dict]:
    return {s["unique_id"]: s for s in timelinejs.timeline(c, site)["events"]}


def test_a_fixture_event_as_a_slide(chronicle):
    assert _slides(chronicle)["geoana-rejects-fx"] == {
        "unique_id": "geoana-rejects-fx",
        "start_date": {"year": 2022, "month": 1, "day": 10},
        "display_date": "10 січня 2022 р.",
        "text": {
            "headline": "Мірча Джоане заявляє, що НАТО вважає неприйнятними низку пропозицій Росії",
            "text": "<p>10 січня 2022 р. · Заява · відбулося</p>"
            "<p>Заступник генерального секретаря НАТО заявив, що в Альянсі вважають неприйнятними низку "
            "пропозицій Росії щодо гарантій безпеки.</p>"
            '<p><a href="https://example.org/chronicle/events/geoana-rejects-fx/">Сторінка події</a></p>',
        },
        "group": "Заява",
    }


def test_a_date_known_to_the_month_has_no_day(chronicle):
    slide = _slides(chronicle)["comms-suspended-fx"]
    assert slide["start_date"] == {"year": 2022, "month": 2}
    assert slide["display_date"] == "лютий 2022 р. (відомий лише місяць)"
    assert slide["group"] == "Рішення"
    assert timelinejs.date(PartialDate(2019)) == {"year": 2019}


def test_the_place_and_an_end_date(chronicle):
    event = dataclasses.replace(chronicle.events["gva-talks-fx"], end_date=PartialDate(2022, 1, 12))
    slide = timelinejs.slide(event, chronicle, SITE)
    assert slide["end_date"] == {"year": 2022, "month": 1, "day": 12}
    assert slide["display_date"] == "10 січня 2022 р. – 12 січня 2022 р."
    assert slide["text"]["text"].startswith(
        "<p>10 січня 2022 р. – 12 січня 2022 р. · Переговори · відбулося · Женева</p>"
    )


def test_the_title_slide_and_only_documented_fields(chronicle):
    data = timelinejs.timeline(chronicle, SITE)
    assert data["title"] == {"text": {"headline": "Хроніка дипломатії", "text": "<p>Перевірена хроніка.</p>"}}
    assert data["scale"] == "human"
    assert set(data) <= TIMELINE_FIELDS
    for slide in data["events"]:
        assert set(slide) <= SLIDE_FIELDS, slide["unique_id"]
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) <= DATE_FIELDS and all(isinstance(v, int) for v in slide[key].values())
    assert sorted(_slides(chronicle)) == sorted(chronicle.events)  # every event once


def test_editors_text_is_escaped_for_timelinejs_which_shows_it_as_html(chronicle):
    event = dataclasses.replace(
        chronicle.events["geoana-rejects-fx"], title="<img src=x onerror=alert(1)>", summary="A <b>bold</b> & *em*"
    )
    slide = timelinejs.slide(event, chronicle, SITE)
    assert slide["text"]["headline"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert "<p>A &lt;b&gt;bold&lt;/b&gt; &amp; em</p>" in slide["text"]["text"]


def test_without_a_site_url_links_are_relative_to_the_site_root(chronicle):
    local = dataclasses.replace(SITE, url="")
    assert '<a href="events/geoana-rejects-fx/">' in _slides(chronicle, local)["geoana-rejects-fx"]["text"]["text"]


def test_the_same_chronicle_gives_the_same_bytes_in_date_order(chronicle):
    reordered = Chronicle(
        events=dict(reversed(list(chronicle.events.items()))),
        actors=chronicle.actors,
        sources=chronicle.sources,
        topics=chronicle.topics,
        places=chronicle.places,
    )
    one = timelinejs.timeline_bytes(chronicle, SITE)
    assert one == timelinejs.timeline_bytes(reordered, SITE)
    starts = [tuple(s["start_date"].get(k, 0) for k in ("year", "month", "day")) for s in json.loads(one)["events"]]
    assert starts == sorted(starts)


def test_a_build_writes_it_beside_the_other_open_data(built):
    data = json.loads((built / "site" / timelinejs.TIMELINE_PATH).read_text("utf-8"))
    assert data["events"] and data["title"]["text"]["headline"] == "Хроніка дипломатії"
    home = (built / "site/index.html").read_text("utf-8")
    assert 'href="data/timeline.json"' in home
