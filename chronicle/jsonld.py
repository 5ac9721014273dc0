"""schema.org JSON-LD for event and actor pages, and plain-text descriptions: pure functions of the model.

The generator puts the dicts into the pages' front matter (`jsonld:`); the theme override
(templates/overrides/main.html) prints them in `<script type="application/ld+json">` with Jinja's
`tojson`, which escapes `<`, `>`, `&` and `'`, so editors' text stays data inside the script, and
adds `url` (the page's canonical address) when the site has a `site_url`.

Choices, where schema.org leaves room:

- `eventStatus`: held and scheduled -> EventScheduled (schema.org: "the event is taking place or
  has taken place on the startDate as scheduled"; it is also the default), cancelled ->
  EventCancelled, postponed -> EventPostponed.
- `startDate`/`endDate`: ISO 8601 with the date's own precision (2022-01-10, 2026-02, 2021).
- Actors: person -> Person; state and government-body -> GovernmentOrganization (a state takes
  part in talks through its government; schema.org's Country is a Place, not an attendee);
  media -> NewsMediaOrganization; organization and delegation -> Organization. An actor whose
  role is `subject` is what the event is `about`, an `organizer` is the event's organizer, every
  other actor is an `attendee`. `sameAs` is the Wikidata page when the entry has `wikidata`.
- Sources: `subjectOf`, as NewsArticle (headline, publisher, datePublished, inLanguage, url
  where known). `citation` and `isBasedOn` belong to CreativeWork, which an Event is not.
- Quotes: each article's `hasPart`, a Quotation (`text`) whose `creator` lists every speaker (a
  joint statement has several) as a Person or Organization, like the attendees. `creator`, not
  `spokenByCharacter`, which schema.org meant for characters of a fiction.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from chronicle.model import Actor, Chronicle, Event, Place, Quote, Source, Topic
from chronicle.text import parse

CONTEXT = "https://schema.org"
WIKIDATA = "https://www.wikidata.org/wiki/"

EVENT_STATUS = {
    "held": "https://schema.org/EventScheduled",
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
}
ACTOR_TYPE = {
    "person": "Person",
    "state": "GovernmentOrganization",
    "government-body": "GovernmentOrganization",
    "media": "NewsMediaOrganization",
    "organization": "Organization",
    "delegation": "Organization",
}
DESCRIPTION_LIMIT = 300  # characters of a page's <meta> description (the JSON-LD keeps it all)


@lru_cache(maxsize=32768)  # an event's summary is wanted by its page's description, JSON-LD, feed and tables
def plain_text(markdown: str) -> str:
    """Editors' Markdown as plain text: what a reader sees, without markup; paragraphs kept apart."""
    blocks: list[str] = []
    for token in parse(markdown or ""):
        if token.type == "inline":
            parts = []
            for child in token.children or ():
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
            blocks.append("".join(parts))
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content)
    return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())


def short(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:—-") + "…"


def description(obj) -> str:
    """A page's one-line description (<meta name="description">, og:description)."""
    if isinstance(obj, Event):
        return short(plain_text(obj.summary) or obj.title)
    return short(plain_text(getattr(obj, "description", "")) or obj.name)


def _same_as(wikidata: str | None) -> dict:
    return {"sameAs": WIKIDATA + wikidata} if wikidata else {}


def _nonempty(**values) -> dict:
    return {k: v for k, v in values.items() if v not in (None, "", [], {})}


def agent(actor: Actor) -> dict:
    """An actor as an attendee, organizer or subject: its type, name and Wikidata page."""
    return {"@type": ACTOR_TYPE.get(actor.kind, "Organization"), "name": actor.name, **_same_as(actor.wikidata)}


def place(p: Place) -> dict:
    geo = (
        {"@type": "GeoCoordinates", "latitude": p.lat, "longitude": p.lon}
        if p.lat is not None and p.lon is not None
        else None
    )
    address = {"@type": "PostalAddress", "addressCountry": p.country} if p.country else None
    return {"@type": "Place", "name": p.name, **_nonempty(address=address, geo=geo), **_same_as(p.wikidata)}


def topic(t: Topic) -> dict:
    return {"@type": "Thing", "name": t.name, **_same_as(t.wikidata)}


def article(s: Source) -> dict:
    return _nonempty(
        **{"@type": "NewsArticle"},
        headline=s.title,
        publisher={"@type": "Organization", "name": s.outlet},
        datePublished=s.published.iso,
        inLanguage=s.language,
        url=s.url,
    )


def event_ld(event: Event, c: Chronicle) -> dict:
    """schema.org Event for an event page."""
    attendees: list[dict] = []
    organizers: list[dict] = []
    subjects: list[dict] = []
    for p in event.actors:
        group = subjects if p.role == "subject" else organizers if p.role == "organizer" else attendees
        if (a := agent(c.actors[p.actor])) not in group:
            group.append(a)
    return _nonempty(
        **{"@context": CONTEXT, "@type": "Event"},
        name=event.title,
        startDate=event.date.iso,
        endDate=event.end_date.iso if event.end_date else None,
        eventStatus=EVENT_STATUS[event.status],
        location=place(c.places[event.place]) if event.place else None,
        attendee=attendees,
        organizer=organizers,
        about=[topic(c.topics[t]) for t in event.topics] + subjects,
        description=plain_text(event.summary),
        subjectOf=[
            _with_quotes(article(c.sources[s]), [q for q in event.quotes if q.source == s], c) for s in event.sources
        ],
    )


def quotation(q: Quote, c: Chronicle) -> dict:
    """A quote: its text and every speaker, as the attendees are given."""
    return {"@type": "Quotation", "text": q.text, "creator": [agent(c.actors[a]) for a in q.by]}


def _with_quotes(article: dict, quotes: list, c: Chronicle) -> dict:
    """The article with its quotes; reported speech is the article's own words, not a Quotation."""
    quoted = [quotation(q, c) for q in quotes if q.kind != "reported"]
    return {**article, "hasPart": quoted} if quoted else article


def actor_ld(actor: Actor, c: Chronicle) -> dict:
    """schema.org Person or Organization for an actor page."""
    current = [r for r in actor.roles if r.end is None]
    person = actor.kind == "person"
    return _nonempty(
        **{"@context": CONTEXT},
        **agent(actor),
        description=plain_text(actor.description),
        jobTitle=[r.post for r in current] if person else None,
        affiliation=[agent(c.actors[r.organization]) for r in current if r.organization] if person else None,
    )


def of(obj, c: Chronicle) -> dict:
    """The JSON-LD of an entry's page ({} for kinds that have none)."""
    if isinstance(obj, Event):
        return event_ld(obj, c)
    if isinstance(obj, Actor):
        return actor_ld(obj, c)
    return {}


# Characters YAML folds (NEL) or refuses in a stream (C1 controls, U+FFFE/U+FFFF, lone surrogates),
# and the line separators: written as \u escapes, which JSON and YAML read back alike.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def front_matter_json(value) -> str:
    """A value as one line of JSON that reads back the same as YAML (front matter is YAML)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
