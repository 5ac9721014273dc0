"""MkDocs' per-page work in worker processes during `chronicle build`: the same bytes as one process.

MkDocs' build (mkdocs.commands.build.build) renders the pages in two loops. The first calls
_populate_page for every page: Markdown to HTML, which sets the page's content, table of
contents, title and anchors. Then, once the nav, the plugins' on_env and the theme's environment
are ready, the second calls _build_page for every page: the theme's template around the content,
written into site_dir. A page's HTML needs the other pages' titles (the nav, the previous and next
links), never their HTML; so the first loop must end before the second starts, and within a loop
the pages are independent.

rendering() replaces those two functions in MkDocs' module, for one build, with ones that only
collect the pages. When the last page of a loop arrives (the last documentation page; the last of
the doc_files MkDocs passes), the pages collected are shared out among N processes: this one and
N - 1 children forked at that moment, which inherit everything MkDocs computed (files, nav,
config, the theme's environment) and run MkDocs' own functions on their pages. The children of
the first loop send back what the render set on each page (its Markdown, meta, HTML, table of
contents, title, anchors, links to anchors) and this process sets it on its own page objects, so
the nav, the second loop and the anchor validation see the pages as one process would have left
them; the children of the second loop write their pages into site_dir. Everything else stays
MkDocs' own: the order of events, static files, the sitemap, anchor validation, strict mode.

What a page logs in a child comes back and is logged here, page by page in MkDocs' order, so that
strict mode counts it. A page that fails in a child (or whose child died) is rendered again here,
in order, where it fails as it would in one process: the same message, for the first failing page.

The per-page events of plugins run in the children, where what a plugin keeps across pages would
be lost: only plugins known to keep nothing across pages (SAFE_PLUGINS: the chronicle's own) may
have them, otherwise the build renders in one process. The functions replaced are private to
MkDocs: the versions this was written for are TESTED (pyproject.toml pins the same range), and any
other version, or a signature that changed, renders in one process and says why on stderr.

A RenderCache (chronicle.buildcache) can take part: pages whose render it holds are not rendered
again (the first loop), and pages whose HTML would come out the same are taken from the previous
site (the second loop).
"""

from __future__ import annotations

import gc
import hashlib
import inspect
import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Any, Protocol

import mkdocs
from mkdocs.commands import build as mkdocs_build
from mkdocs.structure.files import InclusionLevel

from chronicle import timing
from chronicle.swap import die_with_parent

TESTED = ("1.6.",)  # MkDocs versions whose _populate_page and _build_page this module defers
SIGNATURES = {
    "_populate_page": ["page", "config", "files", "dirty"],
    "_build_page": ["page", "config", "doc_files", "nav", "env", "dirty", "excluded"],
}
# Plugins whose per-page events keep nothing from one page to the next (they may run in workers).
SAFE_PLUGINS = {"chronicle"}
PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content", "page_context", "post_page")
PARALLEL_FROM = 400  # pages: below, forking costs about what it saves
MAX_WORKERS = 4
# What MkDocs' render sets on a page (Page.read_source, Page.render), sent back from the workers.
STATE = ("markdown", "meta", "content", "toc", "_title_from_render", "present_anchor_ids")

log = logging.getLogger("chronicle.parallel")


def workers_for(pages: int) -> int:
    """How many processes render `pages` pages, chosen as for generation (chronicle.generate):
    the CPUs this process may use (at most MAX_WORKERS) from PARALLEL_FROM pages; one below, and
    one from a process with other threads (forking copies one thread, and a lock another thread
    held would stay held). CHRONICLE_WORKERS=N in the environment sets the number."""
    if threading.active_count() > 1 or not hasattr(os, "fork"):
        return 1
    if os.environ.get("CHRONICLE_WORKERS", "").isdigit():
        return max(1, int(os.environ["CHRONICLE_WORKERS"]))
    if pages < PARALLEL_FROM:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cpus))


def seam_problem() -> str | None:
    """Why MkDocs' per-page functions cannot be deferred in this installation; None if they can."""
    version = getattr(mkdocs, "__version__", "?")
    if not version.startswith(TESTED):
        return f"MkDocs {version} is not a version the parallel render was tested with ({', '.join(v + 'x' for v in TESTED)})"
    for name, expected in SIGNATURES.items():
        function = getattr(mkdocs_build, name, None)
        if function is None:
            return f"MkDocs {version} has no mkdocs.commands.build.{name}"
        if list(inspect.signature(function).parameters) != expected:
            return f"MkDocs {version}: mkdocs.commands.build.{name} takes other arguments than expected"
    return None


def unsafe_plugins(config) -> list[str]:
    """The plugins with per-page events that may keep something across pages."""
    return [
        name
        for name, plugin in config.plugins.items()
        if name not in SAFE_PLUGINS and any(hasattr(plugin, f"on_{event}") for event in PAGE_EVENTS)
    ]


class Cache(Protocol):
    """What the batch asks of a cache of renders (chronicle.buildcache.RenderCache)."""

    plain_read: bool  # whether no plugin reads the pages' sources itself (on_page_read_source)

    def reuse_populated(self, page, config, files) -> list[tuple[str, int, str]] | None: ...

    def populated(self, page, lookups: dict[str, Any], records: list[tuple[str, int, str]]) -> None: ...

    def reuse_built(self, page, nav, site_dir: str) -> bool: ...

    def built(self, page, digest: str | None) -> None: ...


class _Collect(logging.Handler):
    """A worker's log records, kept (name, level, message) to be logged by the parent."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[tuple[str, int, str]] = []
        self._last: logging.LogRecord | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record is not self._last:  # a record that reached both the root and MkDocs' logger
            self._last = record
            self.records.append((record.name, record.levelno, record.getMessage()))

    def take(self) -> list[tuple[str, int, str]]:
        taken, self.records = self.records, []
        return taken


@contextmanager
def _collecting() -> Iterator[_Collect]:
    """Log records go to the collector instead of the handlers of MkDocs' logger and the root."""
    collector = _Collect()
    loggers = [logging.getLogger(), logging.getLogger("mkdocs")]
    saved = [logger.handlers[:] for logger in loggers]
    for logger in loggers:
        logger.handlers = [collector]
    try:
        yield collector
    finally:
        for logger, handlers in zip(loggers, saved):
            logger.handlers = handlers


def replay(records: list[tuple[str, int, str]]) -> None:
    """Log here what a page logged in a worker: the same loggers, levels and messages."""
    for name, level, message in records:
        logger = logging.getLogger(name)
        logger.handle(logger.makeRecord(name, level, "(worker)", 0, message, (), None))


def page_state(page) -> dict[str, Any]:
    """What MkDocs' render set on the page, to send to the parent (links by the target's src_uri)."""
    links = page.links_to_anchors
    state = {name: getattr(page, name) for name in STATE}
    state["links_to_anchors"] = None if links is None else {f.src_uri: v for f, v in links.items()}
    return state


def set_state(page, state: dict[str, Any], files) -> None:
    for name in STATE:
        setattr(page, name, state[name])
    links = state["links_to_anchors"]
    page.links_to_anchors = None if links is None else {files.src_uris[uri]: v for uri, v in links.items()}


def file_digest(path: str) -> str | None:
    """The SHA-256 of the file at path; None if there is none (MkDocs writes no empty page)."""
    try:
        with open(path, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except FileNotFoundError:
        return None


def _here(call: Callable[[], None]) -> list[tuple[str, int, str]]:
    """Run call in this process, its log records collected (for the cache) and logged."""
    records: list[tuple[str, int, str]] = []
    try:
        with _collecting() as collector:
            try:
                call()
            finally:
                records = collector.take()
    finally:
        replay(records)
    return records


_FORKED: Batch | None = None  # the batch a forked worker inherits


def _run_part(loop: str, part: int, parts: int) -> tuple[list[tuple[int, Any, list]], bool]:
    assert _FORKED is not None
    return _FORKED.run_part(loop, part, parts, child=True)


class Batch:
    """The pages of one build, collected by the replaced functions and rendered by N processes."""

    def __init__(self, workers: int | None, cache: Cache | None = None, site_dir: str = "") -> None:
        self.workers = workers
        self.cache = cache
        self.site_dir = site_dir  # the previous site, whose pages a cache may take again
        self.populate: Callable = mkdocs_build._populate_page
        self.build_page: Callable = mkdocs_build._build_page
        self.serial = False  # a plugin keeps state across pages: MkDocs' functions, as they are
        self.pending: list = []  # pages of the first loop not yet rendered
        self.last: Any = None  # the file whose populate ends the first loop (False: no page)
        self.todo: list = []  # what the running loop renders: pages, or (page, excluded) pairs
        self.args: tuple = ()
        self.lookups: dict[str, dict[str, Any]] = {}  # page src_uri -> the files its links looked up
        self.files = None
        self._current: str | None = None
        self.counts = {"populated": 0, "populated_reused": 0, "built": 0, "built_reused": 0}

    # ---- the functions that replace MkDocs' ----

    def deferred_populate(self, page, config, files, dirty: bool = False) -> None:
        if self.last is None:
            self.files = files
            problem = unsafe_plugins(config)
            self.serial = bool(problem) or dirty
            if problem:
                print(
                    f"chronicle build: the plugin(s) {', '.join(problem)} have per-page events; rendering in one process",
                    file=sys.stderr,
                )
            if self.cache is not None:
                self.cache.plain_read = not any(hasattr(p, "on_page_read_source") for p in config.plugins.values())
            pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
            self.last = pages[-1] if pages else False
        if self.serial:
            return self.populate(page, config, files, dirty)
        self.pending.append(page)
        if page.file is self.last:
            self.flush_populate(config, files)
        return None

    def deferred_build_page(self, page, config, doc_files, nav, env, dirty=False, excluded=False) -> None:
        if self.serial:
            return self.build_page(page, config, doc_files, nav, env, dirty, excluded)
        if self.pending:  # the first loop did not end where expected: finish it first
            self.flush_populate(config, self.files)
        self.todo.append((page, excluded))
        if page.file is doc_files[-1]:
            self.flush_build(config, doc_files, nav, env)
        return None

    # ---- the two loops ----

    def flush_populate(self, config, files) -> None:
        pages, self.pending = self.pending, []
        todo = []
        for page in pages:
            records = self.cache.reuse_populated(page, config, files) if self.cache else None
            if records is None:
                todo.append(page)
            else:
                replay(records)
                self.counts["populated_reused"] += 1
        self.counts["populated"] += len(todo)
        self.todo, self.args = todo, (config, files)
        results = self.run("populate", files)
        for index, page in enumerate(todo):
            if index in results:
                state, records = results[index]
                if state is not None:
                    self.lookups[page.file.src_uri] = state.pop("lookups", {})
                    set_state(page, state, files)
                replay(records)
            else:  # its worker failed or died: here it fails as it would in one process
                with self.recording(files, page):
                    records = _here(partial(self.populate, page, config, files, False))
            if self.cache:
                self.cache.populated(page, self.lookups.get(page.file.src_uri, {}), records)
        self.todo = []

    def flush_build(self, config, doc_files, nav, env) -> None:
        todo, self.todo = self.todo, []
        if self.cache:
            kept = [(p, ex) for p, ex in todo if not self.cache.reuse_built(p, nav, self.site_dir)]
            self.counts["built_reused"] += len(todo) - len(kept)
            todo = kept
        self.counts["built"] += len(todo)
        try:
            env.get_template("main.html")  # compiled once, before the fork (a broken one fails below, per page)
        except Exception:  # noqa: BLE001 - the page that uses it fails the same way, with MkDocs' message
            pass
        self.todo, self.args = todo, (config, doc_files, nav, env)
        results = self.run("build", None)
        for index, (page, excluded) in enumerate(todo):
            if index in results:
                digest, records = results[index]
                replay(records)
            else:
                _here(partial(self.build_page, page, config, doc_files, nav, env, False, excluded))
                digest = file_digest(page.file.abs_dest_path)
            if self.cache:
                self.cache.built(page, digest)
        self.todo = []
        timing.TIMES.update({f"pages_{name}": count for name, count in self.counts.items()})  # for --timings

    def run(self, loop: str, files) -> dict[int, tuple[Any, list]]:
        """The loop's pages shared out among the workers: index -> (what came back, log records),
        for the pages that were rendered; a page missing failed (or its worker died)."""
        global _FORKED
        workers = workers_for(len(self.todo)) if self.workers is None else self.workers
        parts = max(1, min(workers, len(self.todo)))
        timing.TIMES["render_workers"] = max(timing.TIMES.get("render_workers", 1), parts)  # for --timings
        if files is not None and self.cache:
            files.get_file_from_path = self._recording_lookup(files)
        try:
            if parts == 1:
                done, _ = self.run_part(loop, 0, 1, child=False)
                return {i: (state, records) for i, state, records in done}
            _FORKED = self
            frozen = gc.get_freeze_count()
            gc.freeze()  # the children's collector leaves the inherited objects (and their memory pages) alone
            try:
                with ProcessPoolExecutor(
                    parts - 1, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent
                ) as pool:
                    futures = [pool.submit(_run_part, loop, part, parts) for part in range(1, parts)]
                    done, _ = self.run_part(loop, 0, parts, child=False)
                    for future in futures:
                        try:
                            more, _ = future.result()
                        except Exception:  # noqa: BLE001 - a worker that died: its pages are rendered here
                            continue
                        done += more
            finally:
                _FORKED = None
                if not frozen:
                    gc.unfreeze()
            return {i: (state, records) for i, state, records in done}
        finally:
            if files is not None and "get_file_from_path" in vars(files):
                del files.get_file_from_path

    def run_part(self, loop: str, part: int, parts: int, child: bool) -> tuple[list[tuple[int, Any, list]], bool]:
        """Render the pages of this part (every parts-th from part) in this process, until one fails."""
        done: list[tuple[int, Any, list]] = []
        one = self._populate_one if loop == "populate" else self._build_one
        with _collecting() as collector:
            for index in range(part, len(self.todo), parts):
                try:
                    result = one(index, child)
                except Exception:  # noqa: BLE001 - rendered again by the parent, which reports it
                    collector.take()
                    return done, False
                done.append((index, result, collector.take()))
        return done, True

    def _populate_one(self, index: int, child: bool) -> dict[str, Any] | None:
        """MkDocs' first loop for one page; in a child, what it set on the page (and its lookups)."""
        page = self.todo[index]
        config, files = self.args
        with self.recording(files, page):
            self.populate(page, config, files, False)
        if not child:
            return None
        state = page_state(page)
        if self.cache:
            state["lookups"] = self.lookups.get(page.file.src_uri, {})
        return state

    def _build_one(self, index: int, child: bool) -> str | None:
        """MkDocs' second loop for one page: its HTML written; its digest when a cache wants it."""
        page, excluded = self.todo[index]
        config, doc_files, nav, env = self.args
        self.build_page(page, config, doc_files, nav, env, False, excluded)
        return file_digest(page.file.abs_dest_path) if self.cache else None

    # ---- what a page's links looked up (for the cache: a link's target that appears or goes) ----

    @contextmanager
    def recording(self, files, page):
        self._current = page.file.src_uri
        if self.cache:
            self.lookups[self._current] = {}
        try:
            yield
        finally:
            self._current = None

    def _recording_lookup(self, files):
        lookup = type(files).get_file_from_path.__get__(files)

        def recorded(path: str):
            found = lookup(path)
            current = getattr(self, "_current", None)
            if current is not None and current in self.lookups:
                self.lookups[current][str(path)] = lookup_key(found)
            return found

        return recorded


def lookup_key(found) -> list | None:
    """What a link's lookup found, as far as a page's render can tell: the target's URL and
    whether it is excluded from the site."""
    return None if found is None else [found.url, found.inclusion.is_excluded()]


@contextmanager
def rendering(workers: int | None = None, cache: Cache | None = None, site_dir: str = "") -> Iterator[Batch | None]:
    """For the MkDocs build inside: pages rendered by `workers` processes (None: workers_for the
    number of pages each loop renders) and taken from cache. Yields the batch (its counts), or
    None when MkDocs renders as it is (one worker and no cache, or a MkDocs this module does not
    know: said on stderr)."""
    if workers == 1 and cache is None:
        yield None
        return
    problem = seam_problem()
    if problem:
        print(f"chronicle build: {problem}; rendering in one process, without the cache", file=sys.stderr)
        yield None
        return
    batch = Batch(workers, cache, site_dir)
    setattr(mkdocs_build, "_populate_page", batch.deferred_populate)  # noqa: B010 - a private function, replaced
    setattr(mkdocs_build, "_build_page", batch.deferred_build_page)  # noqa: B010
    try:
        yield batch
    finally:
        setattr(mkdocs_build, "_populate_page", batch.populate)  # noqa: B010
        setattr(mkdocs_build, "_build_page", batch.build_page)  # noqa: B010
