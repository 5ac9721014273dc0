"""Stage 5, export: the whole chronicle as open data in the built site.

data/chronicle.json: researchers get every event, actor, source, topic and place with ids,
names, dates, references, quotes and the URL of each page (relative to the site root). Lists
are sorted by id and keys by name, so the same chronicle always gives the same bytes.
chronicle.feeds adds feed.xml (Atom), calendar.ics (the scheduled events) and data/*.csv, dated
by SOURCE_DATE_EPOCH (the plugin sets it to the newest source's date), never by the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from chronicle import __version__, feeds, pagedata, quotes, timelinejs
from chronicle.dates import PartialDate
from chronicle.model import Chronicle, newest_first
from chronicle.pipeline import source_date_epoch
from chronicle.urls import page_of, url_of
from chronicle.writes import named

EXPORT_PATH = "data/chronicle.json"


def _date(d: PartialDate | None) -> str | None:
    return d.iso if d else None


def as_data(c: Chronicle) -> dict:
    def page(obj) -> str:
        return url_of(page_of(obj))

    def related(e) -> list[dict]:
        """Related events both ways, as the pages show them, with the way the YAML wrote it:
        "names" (this event's `related` lists the other), "named-by" (the other's lists this
        one) or "both"."""
        names = set(e.related)
        named_by = {o.id for o in c.related.get(e.id, ())} - names
        both = {o for o in names if e.id in c.events[o].related} if names else set()
        return [
            {"id": o, "direction": "both" if o in both else "names" if o in names else "named-by"}
            for o in sorted(names | named_by)
        ]

    def corrections(entry) -> list[dict]:
        """An entry's corrections, newest first (those of one day in the order written), as its page shows them."""
        return [
            {"date": x.date.iso, "change": x.change, "note": x.note or None} for x in newest_first(entry.corrections)
        ]

    def quote(q) -> dict:
        """A quote, where it is in its source's cleaned text (a W3C TextQuoteSelector, chronicle.quotes)
        and its anchor on the source's page (page#anchor)."""
        return {
            "text": q.text,
            "by": list(q.by),
            "source": q.source,
            "kind": q.kind,
            "anchor": quotes.anchor(q.text),
            "selector": quotes.selector(c.sources[q.source].paragraphs, q.text),
        }

    return {
        # 2: related events both ways, with their direction; 3: a quote's `by` is a list of ids
        # (docs/open-data.md says what changed and how to read every version)
        "format": "chronicle/3",
        "generator": f"chronicle {__version__}",
        "events": [
            {
                "id": e.id,
                "title": e.title,
                "date": e.date.iso,
                "date_precision": e.date.precision,
                "end_date": _date(e.end_date),
                "date_note": e.date_note or None,
                "kind": e.kind,
                "status": e.status,
                "place": e.place,
                "actors": [{"id": p.actor, "role": p.role} for p in e.actors],
                "topics": list(e.topics),
                "sources": list(e.sources),
                "summary": e.summary,
                # `by`: the speakers' ids, always a list (several for a joint statement); chronicle/2 gave one id
                "quotes": [quote(q) for q in e.quotes],
                "related": related(e),
                "corrections": corrections(e),
                "page": page(e),
            }
            for e in sorted(c.events.values(), key=lambda e: e.id)
        ],
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "aliases": list(a.aliases),
                "description": a.description,
                "roles": [
                    {"post": r.post, "organization": r.organization, "from": _date(r.start), "to": _date(r.end)}
                    for r in a.roles
                ],
                "wikidata": a.wikidata,
                "corrections": corrections(a),
                "page": page(a),
            }
            for a in sorted(c.actors.values(), key=lambda a: a.id)
        ],
        "sources": [
            {
                "id": s.id,
                "title": s.title,
                "outlet": s.outlet,
                "published": s.published.iso,
                "language": s.language,
                "url": s.url,
                "archive_url": s.archive_url,
                "via": ({"source": s.via.source} if s.via.source else {"outlet": s.via.outlet}) if s.via else None,
                "seed": s.seed,
                "sha256": s.sha256,
                "note": s.note or None,
                "corrections": corrections(s),
                "page": page(s),
            }
            for s in sorted(c.sources.values(), key=lambda s: s.id)
        ],
        "topics": [
            {
                "id": t.id,
                "name": t.name,
                "aliases": list(t.aliases),
                "description": t.description,
                "wikidata": t.wikidata,
                "corrections": corrections(t),
                "page": page(t),
            }
            for t in sorted(c.topics.values(), key=lambda t: t.id)
        ],
        "places": [
            {
                "id": p.id,
                "name": p.name,
                "aliases": list(p.aliases),
                "description": p.description,
                "country": p.country or None,
                "coordinates": {"lat": p.lat, "lon": p.lon} if p.lat is not None else None,
                "wikidata": p.wikidata,
                "corrections": corrections(p),
                "page": page(p),
            }
            for p in sorted(c.places.values(), key=lambda p: p.id)
        ],
    }


def build_date(chronicle: Chronicle) -> dt.datetime:
    """The date the build stamps on feeds: SOURCE_DATE_EPOCH, else the newest source's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(epoch) if epoch.isdigit() else source_date_epoch(chronicle)
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)


def files(chronicle: Chronicle, site: feeds.Site) -> dict[str, bytes]:
    """Every export: path relative to the site root -> bytes."""
    out = {
        EXPORT_PATH: (
            json.dumps(as_data(chronicle), ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)
            + "\n"
        ).encode("utf-8"),
        feeds.FEED_PATH: feeds.atom(chronicle, site),
        feeds.CALENDAR_PATH: feeds.calendar(chronicle, site),
        feeds.CORRECTIONS_PATH: feeds.corrections_atom(chronicle, site),
    }
    for name, rows in feeds.tables(chronicle, site).items():
        out[f"data/{name}"] = feeds.csv_bytes(rows)
    out[timelinejs.TIMELINE_PATH] = timelinejs.timeline_bytes(chronicle, site)  # TimelineJS, to embed
    out.update(pagedata.files(chronicle, site))  # each actor's, topic's, place's and year's events (data/<folder>/)
    return out


def export(
    chronicle: Chronicle,
    site_dir: Path,
    site_url: str = "",
    site_name: str = "Хроніка дипломатії",
    site_description: str = "",
) -> list[str]:
    """Write the exports into the built site; return the paths written.

    site_url (MkDocs' site_url) makes the links in the feeds absolute; without it they are
    relative to the site root.
    """
    site = feeds.Site(
        updated=build_date(chronicle), url=site_url or "", name=site_name, description=site_description or ""
    )
    written = []
    made: set[Path] = set()  # the folders made
    for rel, data in sorted(files(chronicle, site).items()):
        target = Path(site_dir) / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        aside = target.with_name(target.name + ".tmp")  # the live preview serves while it writes
        with named(target):
            aside.write_bytes(data)
        aside.replace(target)
        written.append(rel)
    return written
