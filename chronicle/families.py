"""The site's page families: what pages the chronicle makes, and which of them show an event.

Each family knows its paths (chronicle.urls), its template and the entries it depends on:
`pages` renders its pages (those `want` accepts) into `out`; `affected` names the pages that
show any of the events an edit changed, so that the live preview regenerates only those
(chronicle.incremental). FAMILIES is the site map, in one place.

Listings that would grow with the chronicle are split: an actor, topic, place or kind with more
than LISTING_LIMIT events shows the newest LISTING_HEAD on its page and links a page per year;
an index with more than INDEX_LIMIT entries links a page per letter (actors) or year (sources).
A page and the pages it is split into are generated together (a group: every page under its
directory).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from chronicle import stale, vocab
from chronicle.model import Chronicle, Event, Source
from chronicle.text import sort_key
from chronicle.urls import FOLDERS, page_of, page_path, url_of

LATEST = 10  # events on the home page
LISTING_LIMIT = 60
LISTING_HEAD = 20
INDEX_LIMIT = 300
MET_LIMIT = 12  # actors met most often, on an actor's page
_LETTERS = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        "a b v h g d e ye zh z y i yi j k l m n o p r s t u f kh ts ch sh shch q yu ya".split(),
    )
)

Want = Callable[[str], bool]
Pages = dict[str, str]


class Renderer(Protocol):
    """What a family needs of the generator (chronicle.generate.Generator)."""

    chronicle: Chronicle

    def render(self, template: str, path: str, **context) -> str: ...

    def facets(self, events: list[Event]) -> dict[str, list[tuple]]: ...


class Affected:
    """The pages that show any of some events, in two chronicles (before and after an edit).

    `pages`: pages regenerated on their own; `groups`: pages generated together with the
    pages under their directory (an actor's page and its pages per year, an index and its pages
    per letter): every page under stem/, stem/index.md included.
    """

    def __init__(self) -> None:
        self.pages: set[str] = set()
        self.groups: set[str] = set()

    def group(self, stem: str) -> None:
        self.groups.add(stem)
        self.pages.add(page_path(stem))

    def __call__(self, path: str) -> bool:
        if path in self.pages:
            return True
        stem = path.rsplit("/", 1)[0]
        while stem:
            if stem in self.groups:
                return True
            if "/" not in stem:
                return False
            stem = stem.rsplit("/", 1)[0]
        return False


def group_by(items: Iterable, key: Callable) -> dict:
    """Items grouped by key(item) (a year, a month), each group in the items' order, the keys in
    order of first appearance."""
    groups: dict = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return groups


def _event_year(event: Event) -> int:
    return event.date.year


def _name(obj) -> str:
    return obj.title if isinstance(obj, (Event, Source)) else obj.name


def by_name(items: Iterable) -> list:
    return sorted(items, key=lambda x: (sort_key(_name(x)), x.id))


def listing(gen: Renderer, out: Pages, page: str, name: str, events: list[Event]) -> tuple[list[Event], list[tuple]]:
    """The events a page lists itself, and (year, count, page) of the per-year pages it links.

    Up to LISTING_LIMIT events a page lists them all; beyond, it lists the newest
    LISTING_HEAD and a page per year (rendered into out) holds the rest.
    """
    if len(events) <= LISTING_LIMIT:
        return events, []
    base = url_of(page).rstrip("/")
    archive = []
    for year, items in group_by(events, _event_year).items():
        path = page_path(f"{base}/{year}")
        out[path] = gen.render("listing_year.md.j2", path, name=name, year=year, events=items, back=page)
        archive.append((year, len(items), path))
    return events[:LISTING_HEAD], archive


def wanted_pages(entries: Iterable, want: Want) -> Iterator[tuple]:
    """(entry, the Markdown path of its page) for each entry whose page want accepts."""
    for entry in entries:
        path = page_of(entry)
        if want(path):
            yield entry, path


def changed_events(old: Chronicle, new: Chronicle, changed: set[str]) -> Iterator[tuple[Chronicle, Event]]:
    """Each changed event as it was and as it is (where it exists), with its chronicle."""
    for c in (old, new):
        for event_id in changed:
            event = c.events.get(event_id)
            if event is not None:
                yield c, event


class Home:
    """The home page (the latest events, the next scheduled ones) and, when more are scheduled
    than it shows, timeline/scheduled/ with them all. A scheduled event dated before the
    chronicle's newest source is in neither (chronicle.stale)."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        c = gen.chronicle
        scheduled = list(filter(stale.upcoming(c), c.events_oldest_first))  # not those long past
        all_scheduled = len(scheduled) > LATEST
        path = page_path("timeline/scheduled")
        if all_scheduled and want(path):
            events, archive = listing(gen, out, path, "Заплановані події", list(reversed(scheduled)))
            out[path] = gen.render("scheduled.md.j2", path, events=events, archive=archive, total=len(scheduled))
        if want("index.md"):
            shown = scheduled[-LATEST:] if all_scheduled else scheduled
            out["index.md"] = gen.render(
                "home.md.j2",
                "index.md",
                latest=c.events_newest_first[:LATEST],
                scheduled=shown,
                all_scheduled=all_scheduled,
            )

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        wanted.pages.add("index.md")
        wanted.group("timeline/scheduled")


class Timeline:
    """timeline/: the index of years and kinds, and a page per year (events by month, with the
    facets timeline.js filters by)."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        c = gen.chronicle
        years = group_by(c.events_oldest_first, _event_year)
        if want("timeline/index.md"):
            out["timeline/index.md"] = gen.render(
                "timeline.md.j2",
                "timeline/index.md",
                years=sorted(years.items(), reverse=True),
                kinds_in_use=kinds_in_use(c),
            )
        for year, events in years.items():
            path = page_path(f"timeline/{year}")
            if want(path):
                months = group_by(events, lambda e: e.date.month)
                out[path] = gen.render(
                    "year.md.j2", path, year=year, months=sorted(months.items()), facets=gen.facets(events)
                )

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        wanted.pages.add("timeline/index.md")
        for _, event in changed_events(old, new, changed):
            wanted.pages.add(page_path(f"timeline/{event.date.year}"))


def _by_kind(c: Chronicle) -> dict[str, list[Event]]:
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in c.events_oldest_first:
        groups[event.kind].append(event)
    return groups


def kinds_in_use(c: Chronicle) -> list[tuple[str, int]]:
    """(kind, number of events) of the kinds in use, in the vocabulary's order."""
    groups = _by_kind(c)
    return [(kind, len(groups[kind])) for kind in vocab.EVENT_KINDS if kind in groups]


class Kinds:
    """timeline/kinds/<kind>/: a kind's events by year (the filter's fallback without
    JavaScript), split into a page per year beyond LISTING_LIMIT."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        in_use = kinds_in_use(gen.chronicle)
        for kind, events in _by_kind(gen.chronicle).items():
            page = page_path(f"timeline/kinds/{kind}")
            if not want(page):  # the kind's page and its pages per year go together
                continue
            per_year = group_by(events, _event_year)
            years, archive = sorted(per_year.items(), reverse=True), []
            if len(events) > LISTING_LIMIT:  # the kind's page links a page per year
                for year, items in years:
                    path = page_path(f"timeline/kinds/{kind}/{year}")
                    out[path] = gen.render(
                        "listing_year.md.j2", path, name=vocab.EVENT_KINDS[kind], year=year, events=items, back=page
                    )
                    archive.append((year, len(items), path))
                years = []
            out[page] = gen.render(
                "timeline_kind.md.j2", page, kind=kind, years=years, archive=archive, kinds_in_use=in_use
            )

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        kinds_old = {e.kind for e in old.events.values()}
        kinds_new = {e.kind for e in new.events.values()}
        if kinds_old != kinds_new:  # every kind page links the other kinds in use
            for kind in kinds_old | kinds_new:
                wanted.group(f"timeline/kinds/{kind}")
        for _, event in changed_events(old, new, changed):
            wanted.group(f"timeline/kinds/{event.kind}")


class Events:
    """events/<id>/: an event with the related events before and after it."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        c = gen.chronicle
        for event, path in wanted_pages(c.events.values(), want):
            related = c.related.get(event.id, [])
            before = [e for e in related if e.sort_key < event.sort_key]
            after = [e for e in related if e.sort_key > event.sort_key]
            out[path] = gen.render("event.md.j2", path, event=event, before=before, after=after)

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        for c, event in changed_events(old, new, changed):
            wanted.pages.add(page_of(event))
            for other in c.related.get(event.id, []):
                wanted.pages.add(page_of(other))


class _EntryPages:
    """<folder>/<id>/: an entry (an actor, topic or place) and its events, split by year."""

    kind = ""
    template = ""

    def events(self, c: Chronicle, entry) -> list[Event]:
        raise NotImplementedError

    def ids_in(self, event: Event) -> Iterable[str]:
        """The ids of this family's entries whose pages show the event."""
        raise NotImplementedError

    def context(self, c: Chronicle, entry) -> dict:
        return {}

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        c = gen.chronicle
        for entry, path in wanted_pages(c.entries(self.kind).values(), want):
            events, archive = listing(gen, out, path, entry.name, self.events(c, entry))
            context = {self.kind: entry, **self.context(c, entry)}
            out[path] = gen.render(self.template, path, events=events, archive=archive, **context)

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        for _, event in changed_events(old, new, changed):
            for entry_id in self.ids_in(event):
                wanted.group(f"{FOLDERS[self.kind]}/{entry_id}")


class Actors(_EntryPages):
    """actors/<id>/: an actor, the events it took part in (split by year), whom it met most."""

    kind, template = "actor", "actor.md.j2"

    def events(self, c: Chronicle, entry) -> list[Event]:
        return c.events_by_actor.get(entry.id, [])

    def ids_in(self, event: Event) -> Iterable[str]:
        yield from (part.actor for part in event.actors)
        yield from (speaker for quote in event.quotes for speaker in quote.by)

    def context(self, c: Chronicle, entry) -> dict:
        return {"met": c.met(entry.id)[:MET_LIMIT]}


class Topics(_EntryPages):
    """topics/<id>/: a topic and its events (split by year), newest first; with two events or
    more, topics/<id>/oldest/ too, for a reader following the story from its start: every event
    oldest first, or beyond LISTING_LIMIT the oldest LISTING_HEAD and the pages per year."""

    kind, template = "topic", "topic.md.j2"

    def events(self, c: Chronicle, entry) -> list[Event]:
        return c.events_by_topic.get(entry.id, [])

    def ids_in(self, event: Event) -> Iterable[str]:
        return event.topics

    def context(self, c: Chronicle, entry) -> dict:
        return {"oldest": page_path(f"topics/{entry.id}/oldest") if len(self.events(c, entry)) > 1 else None}

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        super().pages(gen, want, out)
        for topic, path in wanted_pages(gen.chronicle.topics.values(), want):
            oldest = self.context(gen.chronicle, topic)["oldest"]
            if oldest is None:
                continue
            events = self.events(gen.chronicle, topic)[::-1]
            split = len(events) > LISTING_LIMIT  # then the topic's page links a page per year (listing)
            years = sorted(group_by(events, _event_year).items()) if split else []
            archive = [(year, len(items), page_path(f"topics/{topic.id}/{year}")) for year, items in years]
            shown = events[:LISTING_HEAD] if split else events
            out[oldest] = gen.render(
                "topic_oldest.md.j2", oldest, topic=topic, events=shown, archive=archive, back=path
            )


class Places(_EntryPages):
    """places/<id>/: a place and its events (split by year)."""

    kind, template = "place", "place.md.j2"

    def events(self, c: Chronicle, entry) -> list[Event]:
        return c.events_by_place.get(entry.id, [])

    def ids_in(self, event: Event) -> Iterable[str]:
        return [event.place] if event.place else []


class Sources:
    """sources/<id>/: a source, its archived text and the events that cite it."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        c = gen.chronicle
        for source, path in wanted_pages(c.sources.values(), want):
            out[path] = gen.render("source.md.j2", path, source=source, events=c.events_by_source.get(source.id, []))

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        for _, event in changed_events(old, new, changed):
            for source in event.sources:
                wanted.pages.add(page_path(f"sources/{source}"))


class ActorIndex:
    """actors/: the actors by kind, or beyond INDEX_LIMIT a page per first letter
    (actors/letters/<letter>/, ASCII)."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        if not want("actors/index.md"):  # the index and its pages per letter go together
            return
        actors = by_name(gen.chronicle.actors.values())
        if len(actors) <= INDEX_LIMIT:
            groups = defaultdict(list)
            for actor in actors:
                groups[actor.kind].append(actor)
            by_kind = [(k, groups[k]) for k in vocab.ACTOR_KINDS if groups[k]]
            out["actors/index.md"] = gen.render("actors.md.j2", "actors/index.md", groups=by_kind, letters=[])
            return
        letters: dict[str, list] = defaultdict(list)
        for actor in actors:
            first = actor.name[:1].lower()
            letters[_LETTERS.get(first, first if first.isascii() and first.isalpha() else "other")].append(actor)
        pages = []
        for slug, group in letters.items():
            path = page_path(f"actors/letters/{slug}")
            label = group[0].name[:1].upper() if slug != "other" else "Інші"
            out[path] = gen.render("actors_letter.md.j2", path, label=label, actors=group)
            pages.append((label, len(group), path))
        out["actors/index.md"] = gen.render("actors.md.j2", "actors/index.md", groups=[], letters=pages)

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        wanted.pages.add("actors/index.md")  # it counts events
        wanted.groups.add("actors/letters")


class _NameIndex:
    """<folder>/: every entry of a kind by name, with its number of events."""

    kind = ""

    def __init__(self, kind: str) -> None:
        self.kind, self.path = kind, page_path(FOLDERS[kind])

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        if want(self.path):
            folder = FOLDERS[self.kind]
            out[self.path] = gen.render(
                f"{folder}.md.j2", self.path, **{folder: by_name(gen.chronicle.entries(self.kind).values())}
            )

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        wanted.pages.add(self.path)


class SourceIndex:
    """sources/: the sources newest first, or beyond INDEX_LIMIT a page per year of
    publication (sources/years/<year>/)."""

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        if not want("sources/index.md"):  # the index and its pages per year go together
            return
        sources = sorted(gen.chronicle.sources.values(), key=lambda s: (s.published, s.id), reverse=True)
        if len(sources) <= INDEX_LIMIT:
            out["sources/index.md"] = gen.render(
                "sources.md.j2", "sources/index.md", sources=sources, year=None, years=[]
            )
            return
        years = []
        for year, items in group_by(sources, lambda s: s.published.year).items():
            path = page_path(f"sources/years/{year}")
            out[path] = gen.render("sources.md.j2", path, sources=items, year=year, years=[])
            years.append((year, len(items), path))
        out["sources/index.md"] = gen.render("sources.md.j2", "sources/index.md", sources=[], year=None, years=years)

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        pass  # it lists sources, not events


class Corrections:
    """corrections/: every correction of every entry, newest first, each linking the entry's
    section of corrections (chronicle.feeds writes the same as the Atom feed corrections.xml)."""

    path = page_path("corrections")

    def pages(self, gen: Renderer, want: Want, out: Pages) -> None:
        if want(self.path):
            items = [(c, kind, entry, page_of(entry), _name(entry)) for c, kind, entry in gen.chronicle.corrections]
            out[self.path] = gen.render("corrections.md.j2", self.path, corrections=items)

    def affected(self, old: Chronicle, new: Chronicle, changed: set[str], wanted: Affected) -> None:
        wanted.pages.add(self.path)  # one page; it names events by their titles


FAMILIES = (
    Home(),
    Timeline(),
    Kinds(),
    Events(),
    Actors(),
    Topics(),
    Places(),
    Sources(),
    ActorIndex(),
    _NameIndex("topic"),
    _NameIndex("place"),
    SourceIndex(),
    Corrections(),
)


def generate_pages(gen: Renderer, want: Want) -> Pages:
    """Every page of every family that want accepts: Markdown path -> text."""
    out: Pages = {}
    for family in FAMILIES:
        family.pages(gen, want, out)
    return out


def affected(old: Chronicle, new: Chronicle, changed: set[str]) -> Affected:
    """What to regenerate when the events `changed` (ids) differ between old and new, and
    nothing else does: the pages that show any of them, before or after the edit."""
    wanted = Affected()
    for family in FAMILIES:
        family.affected(old, new, changed, wanted)
    return wanted
