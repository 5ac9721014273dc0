"""data/timeline.json: the chronicle in TimelineJS3's JSON format, so that others can embed it.

TimelineJS (Knight Lab) reads a JSON object (https://timeline.knightlab.com/docs/json-format.html):

- `title`: the title slide: the site's name and description;
- `events`: one slide per event, oldest first (then by id), each with
  - `start_date` (and `end_date` when the event has one): `{year, month, day}` with only the parts
    the chronicle knows: an event known to the month has no `day`, one known to the year only a
    `year`; numbers, as the format documents;
  - `display_date`: the date as the chronicle writes it in Ukrainian ("10 січня 2022 р.", with
    its end and precision), so that the slide does not depend on TimelineJS's own locale;
  - `text`: `headline` (the title) and `text` (date, kind, status and place; the summary as plain
    text; a link to the event's page). TimelineJS shows both as HTML, so every editor's text is
    HTML-escaped here, and the only markup is the paragraphs and the link made here;
  - `group`: the event's kind, by its Ukrainian label (TimelineJS puts a group's events in one
    row and shows the value as the row's label);
  - `unique_id`: the event's id (TimelineJS puts it in the page's address for that slide);
- `scale`: "human" (calendar years).

Links are absolute with a site_url; without one they are relative to the site root (a timeline
embedded elsewhere then cannot follow them). No media: the chronicle has no images of its own.
The same chronicle and site give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from markupsafe import escape

from chronicle import stale, vocab
from chronicle.dates import PartialDate
from chronicle.feeds import Site, headline, printable, when
from chronicle.jsonld import plain_text
from chronicle.model import Chronicle, Event
from chronicle.urls import page_of, url_of

TIMELINE_PATH = "data/timeline.json"


def date(d: PartialDate) -> dict[str, int]:
    """A TimelineJS date with the parts known: {year}, {year, month} or {year, month, day}."""
    parts = {"year": d.year, "month": d.month, "day": d.day}
    return {k: v for k, v in parts.items() if v}


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{escape(printable(t))}</p>" for t in texts if t.strip())


def slide(event: Event, c: Chronicle, site: Site, status: Callable[[Event], str] | None = None) -> dict:
    """An event as a TimelineJS slide."""
    summary = plain_text(event.summary).split("\n\n") if event.summary else []
    link = escape(site.link(url_of(page_of(event))))
    text = _paragraphs(headline(event, c, status), *summary) + f'<p><a href="{link}">Сторінка події</a></p>'
    out = {
        "unique_id": event.id,
        "start_date": date(event.date),
        "display_date": str(escape(when(event))),
        "text": {"headline": str(escape(printable(event.title))), "text": text},
        "group": vocab.EVENT_KINDS[event.kind],
    }
    if event.end_date:
        out["end_date"] = date(event.end_date)
    return out


def timeline(c: Chronicle, site: Site) -> dict:
    """The whole chronicle as a TimelineJS timeline."""
    status = stale.status_of(c)
    return {
        "title": {"text": {"headline": str(escape(site.name)), "text": _paragraphs(site.description)}},
        "events": [slide(e, c, site, status) for e in c.events_oldest_first],
        "scale": "human",
    }


def timeline_bytes(c: Chronicle, site: Site) -> bytes:
    return (json.dumps(timeline(c, site), ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode(
        "utf-8"
    )
