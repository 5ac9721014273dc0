"""Stage 5, export: the whole chronicle as open data, data/chronicle.json in the built site.

Researchers get every event, actor, source, topic and place with ids, names, dates,
references, quotes and the URL of each page (relative to the site root). Lists are sorted by
id and keys by name, so the same chronicle always gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

from chronicle import __version__
from chronicle.dates import PartialDate
from chronicle.generate import page_of, url_of
from chronicle.model import Chronicle

EXPORT_PATH = "data/chronicle.json"


def _date(d: PartialDate | None) -> str | None:
    return d.iso if d else None


def as_data(c: Chronicle) -> dict:
    def page(obj) -> str:
        return url_of(page_of(obj))

    return {
        "format": "chronicle/1",
        "generator": f"chronicle {__version__}",
        "events": [
            {
                "id": e.id, "title": e.title, "date": e.date.iso, "date_precision": e.date.precision,
                "end_date": _date(e.end_date), "date_note": e.date_note or None, "kind": e.kind, "status": e.status,
                "place": e.place, "actors": [{"id": p.actor, "role": p.role} for p in e.actors],
                "topics": list(e.topics), "sources": list(e.sources), "summary": e.summary,
                "quotes": [{"text": q.text, "by": q.by, "source": q.source} for q in e.quotes],
                "related": list(e.related), "page": page(e),
            }
            for e in sorted(c.events.values(), key=lambda e: e.id)
        ],
        "actors": [
            {
                "id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases), "description": a.description,
                "roles": [{"post": r.post, "organization": r.organization, "from": _date(r.start), "to": _date(r.end)} for r in a.roles],
                "wikidata": a.wikidata, "page": page(a),
            }
            for a in sorted(c.actors.values(), key=lambda a: a.id)
        ],
        "sources": [
            {
                "id": s.id, "title": s.title, "outlet": s.outlet, "published": s.published.iso, "language": s.language,
                "url": s.url, "seed": s.seed, "sha256": s.sha256, "note": s.note or None, "page": page(s),
            }
            for s in sorted(c.sources.values(), key=lambda s: s.id)
        ],
        "topics": [
            {"id": t.id, "name": t.name, "aliases": list(t.aliases), "description": t.description, "wikidata": t.wikidata, "page": page(t)}
            for t in sorted(c.topics.values(), key=lambda t: t.id)
        ],
        "places": [
            {
                "id": p.id, "name": p.name, "aliases": list(p.aliases), "description": p.description, "country": p.country or None,
                "coordinates": {"lat": p.lat, "lon": p.lon} if p.lat is not None else None, "wikidata": p.wikidata, "page": page(p),
            }
            for p in sorted(c.places.values(), key=lambda p: p.id)
        ],
    }


def export(chronicle: Chronicle, site_dir: Path) -> list[str]:
    """Write the exports into the built site; return the paths written."""
    target = Path(site_dir) / EXPORT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(as_data(chronicle), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return [EXPORT_PATH]
