"""The MkDocs plugin: `mkdocs build` and `mkdocs serve` run the chronicle pipeline.

Before MkDocs collects the docs it runs read -> validate -> generate into docs_dir; after the
site is built it runs export and the search index (Pagefind, chronicle/pagefind.py).
`mkdocs serve` also watches content/, seeds/ and the templates, and builds no search index.
"""

from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from chronicle import export, pagefind, pipeline
from chronicle.config import ChronicleConfig, ProjectPaths
from chronicle.model import Chronicle
from chronicle.problems import ChronicleError
from chronicle.timing import stage


class ChroniclePlugin(BasePlugin[ChronicleConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.prepared: Chronicle | None = None  # set by `chronicle build`, which has generated already
        self.chronicle: Chronicle | None = None
        self.paths: ProjectPaths | None = None
        self.command: str | None = None

    def on_startup(self, *, command, dirty) -> None:
        self.command = command  # "build", "gh-deploy" or "serve"

    def on_config(self, config):
        self.paths = ProjectPaths.from_mkdocs(config, self.config)
        return config

    def on_pre_build(self, config) -> None:
        assert self.paths is not None
        if self.prepared is not None:
            self.chronicle, self.prepared = self.prepared, None
        else:
            try:
                self.chronicle = pipeline.prepare(self.paths)
            except ChronicleError as exc:
                raise PluginError(f"the chronicle has {len(exc.problems)} problem(s):\n{exc}") from None
        # Reproducible builds: MkDocs dates the sitemap with SOURCE_DATE_EPOCH when it is set.
        os.environ.setdefault("SOURCE_DATE_EPOCH", str(pipeline.source_date_epoch(self.chronicle)))

    def on_serve(self, server, config, builder):
        assert self.paths is not None
        for path in self.paths.watched:
            if path.exists():
                server.watch(str(path))
        return server

    @event_priority(-50)  # after other plugins have written their files
    def on_post_build(self, config) -> None:
        if self.chronicle is not None:
            with stage("export"):
                export.export(self.chronicle, config.site_dir, config.site_url or "", config.site_name, config.site_description or "")
            # The live preview skips the index (Pagefind takes seconds on every rebuild); its
            # search page says that `chronicle build` makes it.
            if self.config.search and self.command != "serve":
                with stage("search"):
                    try:
                        pagefind.index_site(self.chronicle, config.site_dir)
                    except pagefind.SearchIndexError as exc:
                        raise PluginError(f"search index: {exc}") from None
