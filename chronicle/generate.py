"""Stage 3, generate: the chronicle as a tree of plain Markdown files, from Jinja2 templates.

The tree is MkDocs' docs_dir (build/docs by default): one page per event, actor, topic, place
and source, their index pages, a timeline split by year, the home page, the hand-written pages
of content/pages, the raw seeds (linked from source pages) and the JSON Schemas.

Every page is an index.md in the directory it is served from (events/x/index.md is served as
events/x/, page_path): with directory URLs the .md file and its page then sit in the same place,
so a relative link means the same read from either, whichever way a renderer resolves it (MkDocs
leaves links in raw HTML as written, Zensical resolves them from the .md file).

Every value a template prints goes through md_escape unless Python marked it as safe Markup
(links built here, HTML rendered from editors' Markdown by chronicle.text): editors' text can
never become markup. A file is written only when its content changed, and files the chronicle
no longer produces are removed.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import posixpath
import tempfile
import threading
import zlib
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from chronicle import jsonld, vocab
from chronicle.guard import DOCS_MARK, mark
from chronicle.model import Actor, Chronicle, Event, Place, Source, Topic
from chronicle.read import RawProject
from chronicle.swap import die_with_parent
from chronicle.text import md_escape, parse, render_markdown, sort_key
from chronicle.validate import SCHEMA_KINDS, schema_text
from chronicle.writes import named

PLURAL = {Event: "events", Actor: "actors", Source: "sources", Topic: "topics", Place: "places"}
KEEP = {".gitignore", DOCS_MARK}  # files in the output directory that belong to git, and the marker of a docs folder (chronicle.guard)
LATEST = 10  # events on the home page
# Listings that would grow with the chronicle are split: an actor, topic, place or kind with more
# than LISTING_LIMIT events shows the newest LISTING_HEAD on its page and links a page per year;
# an index with more than INDEX_LIMIT entries links a page per letter (actors) or year (sources).
LISTING_LIMIT = 60
LISTING_HEAD = 20
INDEX_LIMIT = 300
MET_LIMIT = 12  # actors met most often, on an actor's page
_LETTERS = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "a b v h g d e ye zh z y i yi j k l m n o p r s t u f kh ts ch sh shch q yu ya".split(),
))


def page_path(name: str) -> str:
    """The Markdown path of the page served at the directory URL `name/` ('' is the home page):
    `name/index.md`, relative to the docs directory."""
    return f"{name}/index.md" if name else "index.md"


def page_of(obj) -> str:
    """The Markdown path of an entry's page, relative to the docs directory."""
    return page_path(f"{PLURAL[type(obj)]}/{obj.id}")


def url_of(md_path: str) -> str:
    """The directory URL MkDocs gives a Markdown page (use_directory_urls), relative to the site root.

    x/index.md and x.md (the layout before every page was an index.md) are both served at x/."""
    stem = md_path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative_url(from_md: str, to_md: str) -> str:
    target, here = url_of(to_md) or ".", url_of(from_md) or "."
    rel = posixpath.relpath(target, here)
    return "./" if rel == "." else rel + "/"


def _name(obj) -> str:
    return obj.title if isinstance(obj, (Event, Source)) else obj.name


def _line_data(event: Event) -> Markup:
    """The attribute list (attr_list) of an event's line on a year page: its kind, status, actors
    and topics as ASCII ids, read by the timeline filter (templates/overrides/assets/javascripts/
    timeline.js). Ids are slugs; escaped all the same, as any value in an attribute."""
    values = {
        "data-kind": event.kind,
        "data-status": event.status,
        "data-actors": " ".join(dict.fromkeys(p.actor for p in event.actors)),
        "data-topics": " ".join(event.topics),
    }
    return Markup("{: %s }" % " ".join(f'{name}="{escape(value)}"' for name, value in values.items()))


def _facet(facet: str, value: str) -> Markup:
    """The attribute list of a facet link (a kind, actor or topic on a year page): the filter
    takes its options and their Ukrainian labels from these links."""
    return Markup('{: data-facet="%s" data-value="%s" }' % (escape(facet), escape(value)))


def together(parts: list) -> Markup:
    """Names joined the Ukrainian way: "А", "А і Б", "А, Б і В" (the parts already escaped)."""
    parts = [Markup(p) for p in parts]
    if len(parts) < 2:
        return Markup("").join(parts)
    return Markup(", ").join(parts[:-1]) + Markup(" і ") + parts[-1]


def _finalize(value):
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    return md_escape(str(value))


@lru_cache(maxsize=None)
def _dir_parts(directory: str) -> tuple[str, ...]:
    return tuple(p for p in directory.split("/") if p not in ("", "."))


def _relpath(target: str, start: str) -> str:
    """posixpath.relpath for the generator's own clean relative paths, without its os calls."""
    here, there = _dir_parts(start), target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


@dataclass
class _Page:
    """What a template needs to link from one page to others.

    path: the page's Markdown path; links are relative to its directory. With `depth` instead
    (path None), links go up `depth` directories to the docs root and down to their target:
    right from any page that deep (an event's list line, rendered once per depth)."""

    path: str | None
    chronicle: Chronicle
    depth: int | None = None

    def _from_here(self, md_path: str) -> str:
        if self.path is None:
            return "../" * (self.depth or 0) + md_path
        return _relpath(md_path, posixpath.dirname(self.path) or ".")

    def link(self, obj, text: str | None = None) -> Markup:
        label = md_escape(text if text is not None else _name(obj))
        return Markup(f"[{label}]({self._from_here(page_of(obj))})")

    def to(self, md_path: str) -> Markup:
        return Markup(self._from_here(md_path))

    def markdown(self, text: str) -> Markup:
        assert self.path is not None, "Markdown is rendered on a page of its own"
        kinds = {"event": self.chronicle.events, "actor": self.chronicle.actors, "topic": self.chronicle.topics, "place": self.chronicle.places, "source": self.chronicle.sources}
        return render_markdown(text, lambda kind, ref: relative_url(self.path, page_of(kinds[kind][ref])))


def environment(templates: Path, reload: bool = True) -> Environment:
    """The Jinja2 environment of the page templates; Generator binds a chronicle to it.

    reload: check each template's file for changes when it is used (the live preview keeps one
    environment across rebuilds); one generation needs no such check.
    """
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        auto_reload=reload,
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,  # the output is Markdown: _finalize escapes for Markdown instead
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # A page's front-matter title. MkDocs and the theme print page.title as HTML (in <title>,
    # the header, the navigation), so it is HTML-escaped here, then quoted as a YAML string.
    env.filters["title"] = lambda s: Markup(json.dumps(str(escape(s)), ensure_ascii=False))
    env.filters["html"] = lambda s: Markup(escape(s))
    # A heading's id: "{#participants}" (attr_list), ASCII so that no Cyrillic reaches a URL.
    env.globals["anchor"] = lambda name: Markup("{#%s}" % escape(name))
    # Open data in the front matter (chronicle.jsonld): `describe(obj)`, a plain-text description,
    # HTML-escaped like the title (Material prints it in <meta name="description">).
    env.globals["describe"] = lambda obj: Markup(jsonld.front_matter_json(str(escape(jsonld.description(obj)))))
    env.globals.update(
        kinds=vocab.EVENT_KINDS,
        statuses=vocab.EVENT_STATUSES,
        roles=vocab.ROLES,
        actor_kinds=vocab.ACTOR_KINDS,
        actor_kind=vocab.ACTOR_KIND,
        precisions=vocab.PRECISIONS,
        line_data=_line_data,
        facet=_facet,
        page_at=page_path,  # a page by its directory URL: to(page_at("timeline/2022"))
        # The attribute list of a list item the search index leaves out (chronicle.pagefind):
        # a source's file name and SHA-256 are found by no reader and cost Pagefind memory.
        unindexed=Markup('{: data-search="skip" }'),
    )
    return env


class Generator:
    def __init__(self, chronicle: Chronicle, templates: Path, env: Environment | None = None):
        """env: an environment() of the same templates to reuse (the live preview keeps one, so
        that templates are compiled once; Jinja2 still reloads a template whose file changed)."""
        self.chronicle = chronicle
        self._lines: dict[tuple, Markup] = {}
        self.env = env if env is not None else environment(templates, reload=False)
        # `ld(obj)`, the page's schema.org JSON-LD, printed by templates/overrides/main.html.
        self.env.globals["ld"] = lambda obj: Markup(jsonld.front_matter_json(jsonld.of(obj, chronicle)))
        self.env.globals["chronicle"] = chronicle
        # A joint quote's speakers: `together(q.by | map("actor") | list, link)`, "А, Б і В".
        self.env.filters["actor"] = lambda actor_id: chronicle.actors[actor_id]
        self.env.globals["together"] = lambda items, show: together([show(item) for item in items])

    def render(self, template: str, path: str, **context) -> str:
        page = _Page(path, self.chronicle)
        depth = len(_dir_parts(posixpath.dirname(path)))
        event_line = lambda event, filterable=False: self._event_line(event, depth, filterable)  # noqa: E731
        text = self.env.get_template(template).render(page=page, link=page.link, to=page.to, md=page.markdown, event_line=event_line, **context)
        return text.rstrip("\n") + "\n"

    def _event_line(self, event: Event, depth: int, filterable: bool) -> Markup:
        """An event's line in a list (_event_line.md.j2), rendered once for all pages as deep.

        An event is listed on a dozen pages or more (its year, kind, actors, topics, place,
        source, related events); its links go up to the site root and down to the event, which
        is right from every page at that depth, so the line is rendered once per depth.
        """
        key = (event.id, depth, filterable)
        line = self._lines.get(key)
        if line is None:
            page = _Page(None, self.chronicle, depth)
            text = self.env.get_template("_event_line.md.j2").render(event=event, page=page, link=page.link, to=page.to, filterable=filterable)
            line = self._lines[key] = Markup(text.removesuffix("\n"))
        return line


    def pages(self, wanted=None) -> dict[str, str]:
        """Every page, or with wanted (a predicate on paths) only the pages it accepts."""
        c = self.chronicle
        out: dict[str, str] = {}
        want = wanted or (lambda path: True)
        latest = c.events_newest_first[:LATEST]
        scheduled = [e for e in c.events_oldest_first if e.status == "scheduled"]
        if len(scheduled) > LATEST:  # the home page shows the latest ten; a page holds them all
            path = page_path("timeline/scheduled")
            if want(path):
                newest_first = list(reversed(scheduled))
                events, archive = self._listing(out, path, "Заплановані події", newest_first)
                out[path] = self.render("scheduled.md.j2", path, events=events, archive=archive, total=len(scheduled))
            all_scheduled = True
            scheduled = scheduled[-LATEST:]
        else:
            all_scheduled = False
        if want("index.md"):
            out["index.md"] = self.render("home.md.j2", "index.md", latest=latest, scheduled=scheduled, all_scheduled=all_scheduled)

        # The timeline: a page per year (events by month, filterable by actor, topic and kind with
        # timeline.js) and a page per kind in use (that kind's events by year), the filter's
        # fallback without JavaScript beside the actor and topic pages.
        years: dict[int, list[Event]] = defaultdict(list)
        by_kind: dict[str, list[Event]] = defaultdict(list)
        for event in c.events_oldest_first:
            years[event.date.year].append(event)
            by_kind[event.kind].append(event)
        kinds_in_use = [(kind, len(by_kind[kind])) for kind in vocab.EVENT_KINDS if kind in by_kind]
        if want("timeline/index.md"):
            out["timeline/index.md"] = self.render("timeline.md.j2", "timeline/index.md", years=sorted(years.items(), reverse=True), kinds_in_use=kinds_in_use)
        for year, events in years.items():
            path = page_path(f"timeline/{year}")
            if not want(path):
                continue
            months: dict[int, list[Event]] = defaultdict(list)
            for event in events:
                months[event.date.month].append(event)
            out[path] = self.render("year.md.j2", path, year=year, months=sorted(months.items()), facets=self._facets(events))
        for kind, events in by_kind.items():
            page = page_path(f"timeline/kinds/{kind}")
            if not want(page):  # the kind's page and its pages per year go together
                continue
            per_year: dict[int, list[Event]] = defaultdict(list)
            for event in events:
                per_year[event.date.year].append(event)
            if len(events) > LISTING_LIMIT:  # the kind's page links a page per year
                archive = []
                for year, items in sorted(per_year.items(), reverse=True):
                    path = page_path(f"timeline/kinds/{kind}/{year}")
                    out[path] = self.render("listing_year.md.j2", path, name=vocab.EVENT_KINDS[kind], year=year, events=items, back=page)
                    archive.append((year, len(items), path))
                out[page] = self.render("timeline_kind.md.j2", page, kind=kind, years=[], archive=archive, kinds_in_use=kinds_in_use)
            else:
                out[page] = self.render("timeline_kind.md.j2", page, kind=kind, years=sorted(per_year.items(), reverse=True), archive=[], kinds_in_use=kinds_in_use)

        for event in c.events.values():
            if not want(page_of(event)):
                continue
            related = c.related.get(event.id, [])
            before = [e for e in related if e.sort_key < event.sort_key]
            after = [e for e in related if e.sort_key > event.sort_key]
            out[page_of(event)] = self.render("event.md.j2", page_of(event), event=event, before=before, after=after)
        # An actor's, topic's or place's page and its pages per year (_listing) go together.
        for actor in c.actors.values():
            if want(page_of(actor)):
                events, archive = self._listing(out, page_of(actor), actor.name, c.events_by_actor.get(actor.id, []))
                out[page_of(actor)] = self.render("actor.md.j2", page_of(actor), actor=actor, events=events, archive=archive, met=c.met(actor.id)[:MET_LIMIT])
        for topic in c.topics.values():
            if want(page_of(topic)):
                events, archive = self._listing(out, page_of(topic), topic.name, c.events_by_topic.get(topic.id, []))
                out[page_of(topic)] = self.render("topic.md.j2", page_of(topic), topic=topic, events=events, archive=archive)
        for place in c.places.values():
            if want(page_of(place)):
                events, archive = self._listing(out, page_of(place), place.name, c.events_by_place.get(place.id, []))
                out[page_of(place)] = self.render("place.md.j2", page_of(place), place=place, events=events, archive=archive)
        for source in c.sources.values():
            if want(page_of(source)):
                out[page_of(source)] = self.render("source.md.j2", page_of(source), source=source, events=c.events_by_source.get(source.id, []))

        by_name = lambda items: sorted(items, key=lambda x: (sort_key(_name(x)), x.id))  # noqa: E731
        if want("actors/index.md"):  # the index and its pages per letter go together
            groups = defaultdict(list)
            for actor in by_name(c.actors.values()):
                groups[actor.kind].append(actor)
            if len(c.actors) > INDEX_LIMIT:  # a page per first letter, the index lists the letters
                letters: dict[str, list] = defaultdict(list)
                for actor in by_name(c.actors.values()):
                    first = actor.name[:1].lower()
                    letters[_LETTERS.get(first, first if first.isascii() and first.isalpha() else "other")].append(actor)
                pages = []
                for slug, actors in letters.items():
                    path = page_path(f"actors/letters/{slug}")
                    label = actors[0].name[:1].upper() if slug != "other" else "Інші"
                    out[path] = self.render("actors_letter.md.j2", path, label=label, actors=actors)
                    pages.append((label, len(actors), path))
                out["actors/index.md"] = self.render("actors.md.j2", "actors/index.md", groups=[], letters=pages)
            else:
                out["actors/index.md"] = self.render("actors.md.j2", "actors/index.md", groups=[(k, groups[k]) for k in vocab.ACTOR_KINDS if groups[k]], letters=[])
        if want("topics/index.md"):
            out["topics/index.md"] = self.render("topics.md.j2", "topics/index.md", topics=by_name(c.topics.values()))
        if want("places/index.md"):
            out["places/index.md"] = self.render("places.md.j2", "places/index.md", places=by_name(c.places.values()))
        if want("sources/index.md"):  # the index and its pages per year go together
            sources = sorted(c.sources.values(), key=lambda s: (s.published, s.id), reverse=True)
            if len(sources) > INDEX_LIMIT:  # a page per year of publication
                per_year_sources: dict[int, list[Source]] = defaultdict(list)
                for source in sources:
                    per_year_sources[source.published.year].append(source)
                source_years = []
                for year, items in per_year_sources.items():
                    path = page_path(f"sources/years/{year}")
                    out[path] = self.render("sources.md.j2", path, sources=items, year=year, years=[])
                    source_years.append((year, len(items), path))
                out["sources/index.md"] = self.render("sources.md.j2", "sources/index.md", sources=[], year=None, years=source_years)
            else:
                out["sources/index.md"] = self.render("sources.md.j2", "sources/index.md", sources=sources, year=None, years=[])
        return out

    def _listing(self, out: dict[str, str], page: str, name: str, events: list[Event]) -> tuple[list[Event], list[tuple]]:
        """The events a page lists itself, and (year, count, page) of the per-year pages it links.

        Up to LISTING_LIMIT events a page lists them all; beyond, it lists the newest
        LISTING_HEAD and a page per year holds the rest, so no page grows with the chronicle.
        """
        if len(events) <= LISTING_LIMIT:
            return events, []
        per_year: dict[int, list[Event]] = defaultdict(list)
        for event in events:  # newest first
            per_year[event.date.year].append(event)
        base = url_of(page).rstrip("/")
        archive = []
        for year, items in per_year.items():
            path = page_path(f"{base}/{year}")
            out[path] = self.render("listing_year.md.j2", path, name=name, year=year, events=items, back=page)
            archive.append((year, len(items), path))
        return events[:LISTING_HEAD], archive

    def _facets(self, events: list[Event]) -> dict[str, list[tuple]]:
        """The kinds (in the vocabulary's order), actors and topics (by name) of a year's events,
        each with its number of events: only what is on that page, so the lists stay short."""
        c = self.chronicle
        kinds: dict[str, int] = defaultdict(int)
        actors: dict[str, int] = defaultdict(int)
        topics: dict[str, int] = defaultdict(int)
        for event in events:
            kinds[event.kind] += 1
            for actor in dict.fromkeys(p.actor for p in event.actors):
                actors[actor] += 1
            for topic in event.topics:
                topics[topic] += 1
        by_name = lambda pairs: sorted(pairs, key=lambda x: (sort_key(_name(x[0])), x[0].id))  # noqa: E731
        return {
            "kinds": [(kind, kinds[kind]) for kind in vocab.EVENT_KINDS if kind in kinds],
            "actors": by_name((c.actors[a], n) for a, n in actors.items()),
            "topics": by_name((c.topics[t], n) for t, n in topics.items()),
        }


PARALLEL_FROM = 2000  # events: below, forking workers costs more than it saves


def workers_for(chronicle: Chronicle) -> int:
    """How many processes generate the pages: the CPUs this process may use (at most 4), for a
    chronicle of PARALLEL_FROM events or more; otherwise one. Only from a single-threaded
    process: forking copies one thread, and a lock another thread held would stay held.
    CHRONICLE_WORKERS=N in the environment sets the number (1: no worker) where forking is safe."""
    if threading.active_count() > 1 or not hasattr(os, "fork"):
        return 1
    if os.environ.get("CHRONICLE_WORKERS", "").isdigit():
        return max(1, int(os.environ["CHRONICLE_WORKERS"]))
    if len(chronicle.events) < PARALLEL_FROM:
        return 1
    return max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def _part_of(path: str, parts: int) -> int:
    """Which worker generates the page at path (and the pages generated with it): a stable hash."""
    return zlib.crc32(path.encode("utf-8")) % parts


_FORKED: Generator | None = None  # the generator a forked worker inherits


def _encoded(pages: dict[str, str]) -> dict[str, bytes]:
    return {path: text.encode("utf-8") for path, text in pages.items()}


def _generate_part(part: int, parts: int) -> dict[str, bytes]:
    assert _FORKED is not None
    return _encoded(_FORKED.pages(lambda path: _part_of(path, parts) == part))


def _pages(generator: Generator, workers: int) -> dict[str, bytes]:
    """Every page as bytes, generated by `workers` processes: this one and workers - 1 forked
    children, each taking the pages _part_of gives it (children inherit the chronicle, nothing
    is sent to them; their pages come back pickled)."""
    global _FORKED
    if workers <= 1:
        return _encoded(generator.pages())
    for name in generator.env.list_templates(filter_func=lambda name: name.endswith(".j2")):
        generator.env.get_template(name)  # compiled once, before the fork, for every worker
    _FORKED = generator
    frozen = gc.get_freeze_count()
    gc.freeze()  # the children's garbage collector leaves the inherited objects (and their pages) alone
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent) as pool:
            futures = [pool.submit(_generate_part, part, workers) for part in range(1, workers)]
            files = _generate_part(0, workers)
            for future in futures:
                files.update(future.result())
    finally:
        _FORKED = None
        if not frozen:  # unless the caller had frozen them, for longer
            gc.unfreeze()
    return files


def generate(chronicle: Chronicle, raw: RawProject, templates: Path, env: Environment | None = None, workers: int = 1) -> dict[str, bytes]:
    """The whole docs tree: path relative to the docs directory -> bytes, in path order.

    workers: processes that generate the pages (workers_for(chronicle) picks); the tree is the
    same whatever their number (tests/test_incremental.py)."""
    files = _pages(Generator(chronicle, templates, env), workers)
    parse.cache_clear()  # the parsed Markdown was for the pages; its tokens are heavy to keep
    for path, data in extra_files(chronicle, raw).items():
        if path in files:
            raise ValueError(f"content/pages/{path} would overwrite a generated page")
        files[path] = data
    return dict(sorted(files.items()))


def extra_files(chronicle: Chronicle, raw: RawProject) -> dict[str, bytes]:
    """The files of the tree that are not generated pages: the hand-written pages, the seeds
    the sources cite and the JSON Schemas."""
    files: dict[str, bytes] = dict(raw.pages)
    for seed in sorted({s.seed for s in chronicle.sources.values()}):
        files[seed] = raw.seeds[seed]
    for name in SCHEMA_KINDS + ("common",):
        files[f"schemas/{name}.schema.json"] = schema_text(name).encode("utf-8")
    return files


def write_tree(directory: Path, files: dict[str, bytes]) -> list[str]:
    """Make directory hold exactly files: write what changed, remove what is gone.

    Returns the paths written. Every changed file is first written in full beside its target,
    and only when all of them are written are they renamed into place: a failure (a full disk,
    a path that cannot be made) leaves the tree as it was, and a reader (mkdocs serve, another
    renderer) never sees a half-written page.
    """
    directory.mkdir(parents=True, exist_ok=True)
    root = str(directory)
    staged: list[tuple[str, str, str]] = []
    try:
        for rel, data in sorted(files.items()):
            target = os.path.join(root, rel)
            try:
                with open(target, "rb") as handle:
                    if handle.read() == data:
                        continue
            except OSError:
                os.makedirs(os.path.dirname(target), exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(target), prefix=".tmp-")
            staged.append((rel, tmp, target))
            with named(target), os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o644)
    except BaseException:
        for _, tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for _, tmp, target in staged:
        os.replace(tmp, target)
    written = [rel for rel, _, _ in staged]
    if not os.path.exists(os.path.join(root, DOCS_MARK)):
        mark(directory, "docs")
    # What the chronicle no longer produces goes, and so do directories left empty (deepest first).
    for here, dirs, names in os.walk(root, topdown=False):
        rel_dir = os.path.relpath(here, root).replace(os.sep, "/")
        prefix = "" if rel_dir == "." else rel_dir + "/"
        for name in names:
            rel = prefix + name
            if rel not in files and rel not in KEEP:
                os.unlink(os.path.join(here, name))
        if here != root and not os.listdir(here):
            os.rmdir(here)
    return written


def write_changes(directory: Path, old: dict[str, bytes], new: dict[str, bytes]) -> list[str]:
    """Make directory, which holds exactly old (written by write_tree or write_changes), hold new.

    The live preview's write_tree: it compares with what it wrote last time instead of reading
    the tree back. Returns the paths written or removed. Staged like write_tree: every changed
    file is written beside its target first, then all are renamed into place.
    """
    changed = sorted(rel for rel, data in new.items() if old.get(rel) != data)
    staged: list[tuple[str, Path]] = []
    try:
        for rel in changed:
            target = directory / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            staged.append((tmp, target))
            with named(target), os.fdopen(fd, "wb") as handle:
                handle.write(new[rel])
            os.chmod(tmp, 0o644)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    removed = sorted(rel for rel in old if rel not in new)
    for rel in removed:
        (directory / rel).unlink(missing_ok=True)
        parent = (directory / rel).parent
        while parent != directory and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    return changed + removed
