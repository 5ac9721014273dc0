"""Where a chronicle project keeps its parts: the typed config of the MkDocs plugin.

In mkdocs.yml:

    plugins:
      - chronicle:
          content_dir: content
          seeds_dir: seeds
          templates_dir: templates/pages
          search: true

The generated Markdown goes to MkDocs' own docs_dir.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ChronicleConfig(Config):
    content_dir = c.Type(str, default="content")
    seeds_dir = c.Type(str, default="seeds")
    templates_dir = c.Type(str, default="templates/pages")
    # Index the built site with Pagefind, with Ukrainian word forms and aliases as hidden
    # metadata (chronicle.pagefind, chronicle.search); false builds no index (the search page
    # then says that search is not available).
    search = c.Type(bool, default=True)
    # Where the site is published, for the build's warning when the site nears the host's limits
    # (chronicle/sitesize.py: GitHub Pages 1 GB, GitLab Pages 200,000 files); auto: from
    # site_url (*.github.io, *.gitlab.io), else none. max_site_bytes / max_site_files: other limits.
    host = c.Choice(("auto", "github-pages", "gitlab-pages", "none"), default="auto")
    max_site_bytes = c.Optional(c.Type(int))
    max_site_files = c.Optional(c.Type(int))


@dataclass(frozen=True)
class ProjectPaths:
    root: Path
    docs_dir: Path
    content_dir: str = "content"
    seeds_dir: str = "seeds"
    templates_dir: str = "templates/pages"
    mkdocs: Any = field(
        default=None, compare=False, repr=False
    )  # the loaded MkDocs config (chronicle.pages renders with it)

    @property
    def repo_url(self) -> str:
        """MkDocs' repo_url, "" when unset: the pages then link no entry's history."""
        return (getattr(self.mkdocs, "repo_url", None) or "") if self.mkdocs is not None else ""

    @property
    def templates(self) -> Path:
        return self.root / self.templates_dir

    @property
    def watched(self) -> list[Path]:
        """What the live preview watches besides the docs directory."""
        return [self.root / self.content_dir, self.root / self.seeds_dir, self.templates]

    @classmethod
    def from_mkdocs(cls, config, plugin_config: ChronicleConfig) -> ProjectPaths:
        return cls(
            root=Path(config.config_file_path).resolve().parent,
            docs_dir=Path(config.docs_dir),
            content_dir=plugin_config.content_dir,
            seeds_dir=plugin_config.seeds_dir,
            templates_dir=plugin_config.templates_dir,
            mkdocs=config,
        )
