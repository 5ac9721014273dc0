"""The validated chronicle: typed, immutable entries and the relations between them.

validate builds these from the raw entries; generate and export only read them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from chronicle.dates import PartialDate
from chronicle.text import sort_key


@dataclass(frozen=True)
class Participation:
    actor: str
    role: str | None = None


@dataclass(frozen=True)
class Quote:
    text: str
    by: tuple[str, ...]  # the speakers: one actor, or several for words said together (a joint statement)
    source: str
    kind: str = "direct"  # how the source gives the words: direct, reported, translation (chronicle.speech)


@dataclass(frozen=True)
class Correction:
    """A correction made to an entry after it was published (the entry's `corrections:`)."""

    date: PartialDate  # the day it was made (the schema wants YYYY-MM-DD)
    change: str  # what changed, one line
    note: str = ""  # the public note, Markdown


def newest_first(corrections: tuple[Correction, ...]) -> list[Correction]:
    """An entry's corrections newest first; those of one day in the order written."""
    return sorted(corrections, key=lambda c: c.date, reverse=True)  # sorted() is stable, reverse too


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: PartialDate
    kind: str
    status: str
    sources: tuple[str, ...]
    end_date: PartialDate | None = None
    date_note: str = ""
    place: str | None = None
    actors: tuple[Participation, ...] = ()
    topics: tuple[str, ...] = ()
    summary: str = ""
    quotes: tuple[Quote, ...] = ()
    related: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()

    @property
    def sort_key(self) -> tuple:
        return (self.date, self.id)

    @property
    def updated(self) -> PartialDate | None:
        """The day of the newest correction ("Оновлено"), or None: an event is updated only by a correction."""
        return max((c.date for c in self.corrections), default=None)


@dataclass(frozen=True)
class Role:
    post: str
    organization: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    corrections: tuple[Correction, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    seed: str  # POSIX path relative to the project root, under seeds/
    sha256: str
    outlet: str
    title: str
    published: PartialDate
    language: str
    paragraphs: tuple[str, ...]  # the cleaned article text
    url: str | None = None
    note: str = ""
    corrections: tuple[Correction, ...] = ()
    capture: CaptureSummary | None = field(default=None, compare=False)  # for the check's warnings
    via: Via | None = None  # whom the article relays (`via:`), or None
    archive_url: str | None = None  # an archived copy of the article elsewhere (web.archive.org, …)


@dataclass(frozen=True)
class Via:
    """Whom a source relays (`via:`): an outlet the article names, or another source entry."""

    outlet: str = ""  # `via: {outlet: …}`; empty for a source entry
    source: str | None = None  # `via: {source: id}`


@dataclass(frozen=True)
class CaptureSummary:
    """What the cleaner made of a source's capture, for `chronicle check`'s warnings."""

    kept_share: float  # of the capture's characters (non-blank lines), the share kept as the article
    title_in_article: bool  # the title is in the headline line or the article text
    title_interface: str | None  # why the title is an interface phrase ("a share bar"), or None


@dataclass(frozen=True)
class Named:
    """What topics and places are: an id, a name and its other forms, a description, a Wikidata item."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata: str | None = None
    corrections: tuple[Correction, ...] = ()


@dataclass(frozen=True)
class Topic(Named):
    pass


@dataclass(frozen=True)
class Place(Named):
    country: str = ""
    lat: float | None = None
    lon: float | None = None


KINDS = ("event", "actor", "source", "topic", "place")


@dataclass
class Chronicle:
    events: dict[str, Event] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)

    def relays(self, source: Source) -> list[tuple[str, Source | None]]:
        """Whom a source relays, then whom that one relays, …: (outlet name, its source entry or
        None for an outlet named only). Validation refuses a circle; a repeat ends the list anyway."""
        found: list[tuple[str, Source | None]] = []
        seen = {source.id}
        via = source.via
        while via is not None:
            relayed = self.sources.get(via.source) if via.source else None
            if via.source and (relayed is None or relayed.id in seen):
                break
            found.append((relayed.outlet if relayed else via.outlet, relayed))
            if relayed is None:
                break
            seen.add(relayed.id)
            via = relayed.via
        return found

    def entries(self, kind: str) -> dict[str, Any]:
        """The entries of a kind ("event", "actor", "source", "topic", "place") by id."""
        by_kind: dict[str, dict[str, Any]] = {
            "event": self.events,
            "actor": self.actors,
            "source": self.sources,
            "topic": self.topics,
            "place": self.places,
        }
        return by_kind[kind]

    # ---- derived relations (computed once, read by generate and export) ----

    @cached_property
    def corrections(self) -> list[tuple[Correction, str, Any]]:
        """Every correction of every entry as (correction, kind, entry), newest first; those of
        one day by kind (events, actors, sources, topics, places), id, and the order written."""
        found = [
            (correction, kind, entry)
            for kind in KINDS
            for entry in sorted(self.entries(kind).values(), key=lambda e: e.id)
            for correction in newest_first(entry.corrections)
        ]
        return sorted(found, key=lambda item: item[0].date, reverse=True)

    @cached_property
    def events_newest_first(self) -> list[Event]:
        return sorted(self.events.values(), key=lambda e: e.sort_key, reverse=True)

    @cached_property
    def events_oldest_first(self) -> list[Event]:
        return list(reversed(self.events_newest_first))

    def _index(self, keys_of) -> dict[str, list[Event]]:
        index: dict[str, list[Event]] = defaultdict(list)
        for event in self.events_newest_first:
            for key in keys_of(event):
                index[key].append(event)
        return index

    @cached_property
    def events_by_actor(self) -> dict[str, list[Event]]:
        return self._index(lambda e: dict.fromkeys(p.actor for p in e.actors))

    @cached_property
    def events_by_topic(self) -> dict[str, list[Event]]:
        return self._index(lambda e: e.topics)

    @cached_property
    def events_by_place(self) -> dict[str, list[Event]]:
        return self._index(lambda e: [e.place] if e.place else [])

    @cached_property
    def events_by_source(self) -> dict[str, list[Event]]:
        return self._index(lambda e: e.sources)

    @cached_property
    def quotes_newest_first(self) -> list[tuple[Event, Quote]]:
        """Every quote with its event: the newest event first, an event's quotes in its order."""
        return [(event, quote) for event in self.events_newest_first for quote in event.quotes]

    @cached_property
    def quotes_by_actor(self) -> dict[str, list[tuple[Event, Quote]]]:
        """Each actor's quotes, newest first; a joint quote is each of its speakers'."""
        index: dict[str, list[tuple[Event, Quote]]] = defaultdict(list)
        for event, quote in self.quotes_newest_first:
            for speaker in quote.by:
                index[speaker].append((event, quote))
        return index

    @cached_property
    def related(self) -> dict[str, list[Event]]:
        """Related events, both ways: what an event names and what names it."""
        links: dict[str, set[str]] = defaultdict(set)
        for event in self.events.values():
            for other in event.related:
                links[event.id].add(other)
                links[other].add(event.id)
        return {
            eid: sorted((self.events[o] for o in others), key=lambda e: e.sort_key) for eid, others in links.items()
        }

    def met(self, actor_id: str) -> list[tuple[Actor, int]]:
        """The actors who took part in events with this one, most shared events first."""
        counts: Counter[str] = Counter()
        for event in self.events_by_actor.get(actor_id, []):
            for other in dict.fromkeys(p.actor for p in event.actors):
                if other != actor_id:
                    counts[other] += 1
        return sorted(
            ((self.actors[a], n) for a, n in counts.items()), key=lambda x: (-x[1], sort_key(x[0].name), x[0].id)
        )
