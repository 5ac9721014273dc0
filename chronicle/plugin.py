"""The MkDocs plugin: `mkdocs build` and `mkdocs serve` run the chronicle pipeline.

Before MkDocs collects the docs it runs read -> validate -> generate into docs_dir; after the
site is built it runs export and the search index (Pagefind, chronicle/pagefind.py).
`mkdocs serve` also watches content/, seeds/ and the templates, and builds no search index.

In serve, the plugin keeps a chronicle.incremental.Session between rebuilds (MkDocs keeps a
plugin that has on_startup across the rebuilds of one serve): a rebuild re-reads, re-checks and
regenerates only what an edit changed. A rebuild whose entries have errors prints them
(path:line:column: message) and leaves the pages as they were, so the preview keeps serving the
last good site.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

from jinja2 import BytecodeCache
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from chronicle import compact, export, guard, lock, pagefind, pipeline, sitesize, swap
from chronicle.config import ChronicleConfig, ProjectPaths
from chronicle.incremental import Session
from chronicle.model import Chronicle
from chronicle.problems import ChronicleError
from chronicle.timing import stage

log = logging.getLogger("mkdocs.plugins.chronicle")


class _NoDirtyWarning(logging.Filter):
    """Keeps out MkDocs' "A 'dirty' build is being performed" warning in the live preview.

    The preview re-renders only the pages whose Markdown changed (build_type "dirty"), and the
    chronicle regenerates every page that shows what changed (chronicle.incremental), so the
    stale navigation MkDocs warns about cannot happen here; the warning only alarms a newcomer.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build is being performed")


_NO_DIRTY_WARNING = _NoDirtyWarning()


class _MemoryBytecodeCache(BytecodeCache):
    """Compiled theme templates kept in memory between the rebuilds of a serve.

    MkDocs makes a new Jinja2 environment for every build, which compiled Material's templates
    again each time (most of a second). Jinja2 checks each template's source against the
    cached code's checksum, so an edited template is compiled again.
    """

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        code = self.store.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


class ChroniclePlugin(BasePlugin[ChronicleConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.prepared: Chronicle | None = None  # set by `chronicle build`, which has generated already
        self.chronicle: Chronicle | None = None
        self.paths: ProjectPaths | None = None
        self.session: Session | None = None  # serve only: what the last rebuild read and generated
        self.handoff: Session | None = None  # set by `chronicle serve`, which has checked already
        self.builds = 0
        self.serving = self.dirty = False
        self.bytecode = _MemoryBytecodeCache()
        self.exporting: threading.Thread | None = None
        self.changed = True  # whether the last pre_build changed the generated pages
        self.command: str | None = None
        self.epoch_set = False  # whether this build set SOURCE_DATE_EPOCH (and takes it back)
        # Set by chronicle.render (`chronicle build`): the search index is made after MkDocs'
        # build has returned and its pages are freed (index_search), not in on_post_build.
        self.defer_search = False
        self.locked = False  # whether this plugin holds the project's lock (chronicle.lock)
        self.backup: swap.DocsBackup | None = None  # plain `mkdocs build`: the docs as they were

    # ---- the interface for the chronicle's own commands (chronicle.render, chronicle.cli) ----

    def for_chronicle_build(self, chronicle: Chronicle | None) -> None:
        """`chronicle build` renders: chronicle, when given, was generated into docs_dir already
        (the plugin does not read, check and generate again), and the caller makes the search
        index itself (index_search) once MkDocs' build has returned and its pages are freed."""
        self.prepared = chronicle
        self.defer_search = True

    def for_chronicle_serve(self, session: Session) -> None:
        """`chronicle serve` has read and checked the chronicle in session: the first build
        generates from it without checking again, and later rebuilds keep it."""
        self.handoff = session

    # ---- MkDocs' events ----

    def on_startup(self, *, command, dirty) -> None:
        self.command = command  # "build", "gh-deploy" or "serve"
        # Defining on_startup makes MkDocs keep this plugin across the rebuilds of one serve.
        # CHRONICLE_INCREMENTAL=0: every rebuild reads, checks and generates the whole chronicle,
        # as before the session existed (to compare, benchmarks/serve_latency.py --compare-old).
        self.serving = command == "serve" and os.environ.get("CHRONICLE_INCREMENTAL", "1") != "0"
        self.dirty = bool(dirty)
        if command == "serve":
            logging.getLogger("mkdocs.commands.build").addFilter(_NO_DIRTY_WARNING)  # once: a filter is added only once
        self.session, self.handoff = (self.handoff if self.serving else None), None
        self.builds = 0

    def on_config(self, config):
        self.paths = ProjectPaths.from_mkdocs(config, self.config)
        self._judge_outputs(config)
        if not self.locked:
            try:
                lock.acquire(self.paths.root)
            except lock.BusyError as exc:
                raise PluginError(str(exc)) from None
            self.locked = True
        if self.serving and (self.session is None or self.session.paths != self.paths):
            self.session = Session(self.paths)
        return config

    def _judge_outputs(self, config) -> None:
        """Plain `mkdocs build` too refuses a site_dir or docs_dir that a build could destroy."""
        assert self.paths is not None
        own = (self.paths.content_dir, self.paths.seeds_dir, self.paths.templates_dir)
        config_file = config.config_file_path
        try:
            for kind, key, other in (("site", "site_dir", config.docs_dir), ("docs", "docs_dir", config.site_dir)):
                origin = guard.position(config_file, key) if config_file else key
                guard.judge(kind, config[key], self.paths.root, origin, own=own, other=other)
        except guard.OutputError as exc:
            raise PluginError(f"{exc}; nothing was touched") from None

    def on_pre_build(self, config) -> None:
        assert self.paths is not None
        self.builds += 1
        self._wait_for_export()
        if self.prepared is not None:
            self.chronicle, self.prepared = self.prepared, None
        elif self.session is not None:
            self._prepare_preview()
        else:
            # Plain `mkdocs build`: a failed build leaves the docs as they were (chronicle build
            # keeps its own backup, chronicle.cli).
            swap.sweep_temporary(self.paths.docs_dir)
            self.backup = swap.DocsBackup(self.paths.docs_dir)
            self.backup.take()
            try:
                self.chronicle = pipeline.prepare(self.paths)
            except ChronicleError as exc:
                raise PluginError(f"the chronicle has {len(exc.problems)} problem(s):\n{exc}") from None
        # Reproducible builds: MkDocs dates the sitemap with SOURCE_DATE_EPOCH when it is set.
        # Set for this build only (on_post_build takes it back), unless the user set it: a
        # preview that runs for hours, or tests that build in one process, get each build's own.
        self.epoch_set = "SOURCE_DATE_EPOCH" not in os.environ
        if self.epoch_set and self.chronicle is not None:
            os.environ["SOURCE_DATE_EPOCH"] = str(pipeline.source_date_epoch(self.chronicle))

    def _unset_epoch(self) -> None:
        if self.epoch_set:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            self.epoch_set = False

    def on_build_error(self, error) -> None:
        self._unset_epoch()
        if self.backup is not None:
            self.backup.restore()
            self.backup = None

    def _prepare_preview(self) -> None:
        assert self.session is not None
        first = self.session.files is None
        try:
            self.chronicle = self.session.prepare()
        except ChronicleError as exc:
            if first:
                raise PluginError(f"the chronicle has {len(exc.problems)} problem(s):\n{exc}") from None
            # Keep serving the last good pages: MkDocs finds nothing changed and rebuilds nothing.
            print(
                f"{exc}\nchronicle serve: {len(exc.problems)} problem(s) in the entries; the preview shows the last good version until they are fixed",
                file=sys.stderr,
                flush=True,
            )
            self.chronicle, self.changed = self.session.chronicle, False
            return
        self.changed = first or self.session.last.mode != "unchanged"
        if not first:
            log.info(self.session.last.line())

    def on_env(self, env, config, files):
        if self.session is not None:
            env.bytecode_cache = self.bytecode
        return env

    def on_serve(self, server, config, builder):
        assert self.paths is not None
        for path in self.paths.watched:
            if path.exists():
                server.watch(str(path))
        # The generated Markdown is written by this plugin during a build: watching it too would
        # only start a second rebuild after each one (and hold every request until it ends).
        if self.session is not None:
            try:
                server.unwatch(config.docs_dir)
            except (KeyError, AttributeError):
                pass
        return server

    def _wait_for_export(self) -> None:
        if self.exporting is not None:
            self.exporting.join()
            self.exporting = None

    def on_shutdown(self) -> None:
        self._wait_for_export()
        if self.backup is not None:
            self.backup.discard()
            self.backup = None
        if self.locked and self.paths is not None:
            lock.release(self.paths.root)
            self.locked = False

    def on_post_page(self, output: str, page, config) -> str:
        """Fewer bytes per page (chronicle/compact.py): whitespace runs and JSON's escapes made short."""
        return compact.compact_html(output)

    def check_host(self, config, site_dir) -> list[str]:
        """Warn (stderr) when the built site nears the limits of its host (chronicle/sitesize.py)."""
        if self.command == "serve":
            return []
        return sitesize.warn_near_limits(site_dir, config, self.config)

    @event_priority(-50)  # after other plugins have written their files
    def on_post_build(self, config) -> None:
        try:
            self._post_build(config)
        finally:
            self._unset_epoch()

    def _post_build(self, config) -> None:
        if self.command != "serve":
            guard.mark(config.site_dir, "site")
        if self.chronicle is None:
            return
        if self.session is not None and self.dirty and self.builds > 1:
            # A preview rebuild. The open data files (feeds, JSON, CSV) are written beside the
            # served site while it already shows the edited pages, and the next rebuild waits
            # for them first; only when the chronicle changed.
            if self.changed:
                self.exporting = threading.Thread(
                    target=self._export, args=(config,), name="chronicle-export", daemon=True
                )
                self.exporting.start()
            return
        self._export(config)

    def _export(self, config) -> None:
        assert self.chronicle is not None
        with stage("export"):
            export.export(
                self.chronicle, config.site_dir, config.site_url or "", config.site_name, config.site_description or ""
            )
        # The live preview skips the index (Pagefind takes seconds on every rebuild); its
        # search page says that `chronicle build` makes it.
        if not self.defer_search:
            self.index_search(config.site_dir)
            self.check_host(config, config.site_dir)  # plain `mkdocs build`: the site is complete here

    def index_search(self, site_dir, names: pagefind.Names | None = None) -> None:
        """The search index of the built site (Pagefind), unless the config or the command says not.
        names: the pages' `names` of the last build (chronicle.buildcache keeps them)."""
        if self.chronicle is None or not self.config.search or self.command == "serve":
            return
        with stage("search"):
            # Pagefind, a process of its own, needs hundreds of MiB at 10,000 events: first give
            # back what this process no longer uses.
            pipeline.release_memory()
            try:
                pagefind.index_site(self.chronicle, site_dir, names)
            except pagefind.SearchIndexError as exc:
                raise PluginError(f"search index: {exc}") from None
