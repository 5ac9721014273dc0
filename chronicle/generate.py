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
import threading
import zlib
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from chronicle import cite, jsonld, maps, origin, pagedata, stale, vocab
from chronicle.families import generate_pages
from chronicle.model import Chronicle, Event, Source, newest_first
from chronicle.problems import Bug
from chronicle.read import RawProject
from chronicle.swap import die_with_parent
from chronicle.text import md_escape, parse, render_markdown, sort_key
from chronicle.urls import dir_parts, entry_page, history_url, page_of, page_path, relative_url, relpath
from chronicle.validate import SCHEMA_KINDS, schema_text


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
        return relpath(md_path, posixpath.dirname(self.path) or ".")

    def link(self, obj, text: str | None = None) -> Markup:
        label = md_escape(text if text is not None else _name(obj))
        if page_of(obj) == self.path:  # the page itself (an actor's name in its own quotes): no link
            return Markup(label)
        return Markup(f"[{label}]({self._from_here(page_of(obj))})")

    def to(self, md_path: str) -> Markup:
        return Markup(self._from_here(md_path))

    def markdown(self, text: str) -> Markup:
        assert self.path is not None, "Markdown is rendered on a page of its own"
        here = self.path
        return render_markdown(text, lambda kind, ref: relative_url(here, entry_page(kind, ref)))


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
    env.globals.update(maps.GLOBALS)  # the offline map: places_map(page, places), place_map, locator
    env.globals.update(origin.GLOBALS)  # a source's outlet_line (whom it relays), web_link, language_name
    return env


class Generator:
    def __init__(
        self,
        chronicle: Chronicle,
        templates: Path,
        env: Environment | None = None,
        repo_url: str = "",
        content_dir: str = "content",
        config=None,
    ):
        """env: an environment() of the same templates to reuse (the live preview keeps one, so
        that templates are compiled once; Jinja2 still reloads a template whose file changed).
        repo_url (MkDocs' setting) and content_dir: where each page links its entry's history.
        config: MkDocs' config, for the site_url and site_name the pages' citations name (None: none)."""
        self.chronicle = chronicle
        self._lines: dict[tuple, Markup] = {}
        self.env = env if env is not None else environment(templates, reload=False)
        # `ld(obj)`, the page's schema.org JSON-LD, printed by templates/overrides/main.html.
        self.env.globals["ld"] = lambda obj: Markup(jsonld.front_matter_json(jsonld.of(obj, chronicle)))
        self.env.globals["chronicle"] = chronicle
        # `status(event)`: its status as shown; a scheduled event long past says so (chronicle.stale).
        self.env.globals["status"] = stale.status_of(chronicle)
        # A joint quote's speakers: `together(q.by | map("actor") | list, link)`, "А, Б і В".
        self.env.filters["actor"] = lambda actor_id: chronicle.actors[actor_id]
        self.env.globals["together"] = lambda items, show: together([show(item) for item in items])
        # `history(kind, id)`: the entry's history in the repository, "" without a repo_url.
        self.env.globals["history"] = lambda kind, entry_id: history_url(repo_url, content_dir, kind, entry_id)
        self.env.globals["newest_first"] = newest_first  # an entry's corrections, newest first
        # `cite(obj)`: an event's or source's "Як цитувати" box (chronicle.cite, _cite.md.j2).
        self.env.globals["cite"] = cite.Citer(chronicle, config)
        # `page_data(kind, key)`: a page's own events as CSV and .ics; `webcal`: the calendar's subscription.
        self.env.globals.update(pagedata.template_globals(chronicle, config))

    def render(self, template: str, path: str, **context) -> str:
        page = _Page(path, self.chronicle)
        depth = len(dir_parts(posixpath.dirname(path)))
        event_line = lambda event, filterable=False: self._event_line(event, depth, filterable)  # noqa: E731
        text = self.env.get_template(template).render(
            page=page, link=page.link, to=page.to, md=page.markdown, event_line=event_line, **context
        )
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
            text = self.env.get_template("_event_line.md.j2").render(
                event=event, page=page, link=page.link, to=page.to, filterable=filterable
            )
            line = self._lines[key] = Markup(text.removesuffix("\n"))
        return line

    def pages(self, wanted=None) -> dict[str, str]:
        """Every page of every family (chronicle.families), or with wanted (a predicate on
        paths) only the pages it accepts."""
        return generate_pages(self, wanted or (lambda path: True))

    def facets(self, events: list[Event]) -> dict[str, list[tuple]]:
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
        with ProcessPoolExecutor(
            workers - 1, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent
        ) as pool:
            futures = [pool.submit(_generate_part, part, workers) for part in range(1, workers)]
            files = _generate_part(0, workers)
            for future in futures:
                files.update(future.result())
    finally:
        _FORKED = None
        if not frozen:  # unless the caller had frozen them, for longer
            gc.unfreeze()
    return files


def generate(
    chronicle: Chronicle,
    raw: RawProject,
    templates: Path,
    env: Environment | None = None,
    workers: int = 1,
    repo_url: str = "",
    content_dir: str = "content",
    config=None,
) -> dict[str, bytes]:
    """The whole docs tree: path relative to the docs directory -> bytes, in path order.

    workers: processes that generate the pages (workers_for(chronicle) picks); the tree is the
    same whatever their number (tests/test_incremental.py)."""
    pages = _pages(Generator(chronicle, templates, env, repo_url, content_dir, config), workers)
    parse.cache_clear()  # the parsed Markdown was for the pages; its tokens are heavy to keep
    return with_extras(pages, extra_files(chronicle, raw))


def with_extras(pages: dict[str, bytes], extras: dict[str, bytes]) -> dict[str, bytes]:
    """The generated pages and the other files of the tree, in path order. The check refuses a
    hand-written page where a page is generated (chronicle.pages), so a clash is a bug."""
    clash = pages.keys() & extras.keys()
    if clash:
        raise Bug(
            f"content/pages/{min(clash)} clashes with a generated page, which chronicle.pages should have refused"
        )
    return dict(sorted({**pages, **extras}.items()))


def extra_files(chronicle: Chronicle, raw: RawProject) -> dict[str, bytes]:
    """The files of the tree that are not generated pages: the hand-written pages, the seeds
    the sources cite (each after a UTF-8 byte-order mark) and the JSON Schemas."""
    files: dict[str, bytes] = dict(raw.pages)
    for seed in sorted({s.seed for s in chronicle.sources.values()}):
        files[seed] = origin.served_capture(raw.seeds[seed])  # after a UTF-8 BOM: its Cyrillic shows right
    for name in SCHEMA_KINDS + ("common",):
        files[f"schemas/{name}.schema.json"] = schema_text(name).encode("utf-8")
    return files
