"""Stage 4, render: MkDocs with Material turns the generated Markdown into site/.

The site is built aside, in a sibling directory, and swapped in only when the whole build
succeeded, in one step (chronicle.swap): a failed build leaves the previous site/ exactly as it
was, and a build killed at any moment leaves the old complete site or the new one. The folder
was judged by chronicle.guard before (the CLI, or the plugin's on_config).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

import jinja2
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from chronicle import buildcache, parallel, swap
from chronicle.config import ProjectPaths
from chronicle.model import Chronicle
from chronicle.timing import stage
from chronicle.writes import mkdocs_writes_named


class RenderError(Exception):
    pass


def load_mkdocs(config_file: Path, **overrides):
    """Load mkdocs.yml; make sure the generated docs directory exists first (it is git-ignored)."""
    config_file = Path(config_file)
    if not config_file.is_file():
        raise RenderError(f"{config_file}: no such file; run chronicle in the project root or pass --root")
    (config_file.parent / "build" / "docs").mkdir(parents=True, exist_ok=True)
    try:
        return load_config(str(config_file), **overrides)
    except MkDocsException as exc:
        raise RenderError(f"{config_file.name}: {exc}") from None


def paths_of(config) -> ProjectPaths:
    plugin = config.plugins.get("chronicle")
    if plugin is None:
        raise RenderError("mkdocs.yml: the 'chronicle' plugin is not listed under plugins")
    return ProjectPaths.from_mkdocs(config, plugin.config)


def render(config_file: Path, site_dir: Path, chronicle: Chronicle | None = None, site_url: str | None = None) -> None:
    """Build the site into site_dir, atomically. chronicle: already generated, skip generation."""
    site_dir = Path(site_dir).resolve()
    aside = site_dir.with_name(f".site-{site_dir.name}-{os.getpid()}")
    swap.sweep(site_dir)  # what killed builds left, and this process's own
    try:
        cache = build_aside(config_file, aside, chronicle, site_url, previous=site_dir)
    except OSError as exc:  # a full disk: name the file as it would be in the site, not in the staging folder
        shutil.rmtree(aside, ignore_errors=True)
        if exc.filename and Path(os.fsdecode(exc.filename)).is_relative_to(aside):
            raise OSError(
                exc.errno, exc.strerror, str(site_dir / Path(os.fsdecode(exc.filename)).relative_to(aside))
            ) from None
        raise
    except BaseException:
        shutil.rmtree(aside, ignore_errors=True)
        raise
    swap.put_in_place(aside, site_dir)
    if cache is not None:  # only now: the cache describes the site in place
        try:
            cache.save(site_dir)
        except OSError as exc:
            print(
                f"chronicle build: the render cache was not saved ({exc}); the next build renders every page",
                file=sys.stderr,
            )


def build_aside(
    config_file: Path,
    aside: Path,
    chronicle: Chronicle | None = None,
    site_url: str | None = None,
    previous: Path | None = None,
) -> buildcache.RenderCache | None:
    """MkDocs' build, the export and the search index into the staging folder aside. previous:
    the site in place, whose unchanged pages are taken again (chronicle.buildcache); returns the
    render cache to save once the new site is in place (None: not used)."""
    overrides = {"site_url": site_url} if site_url else {}
    config = load_mkdocs(config_file, site_dir=str(aside), strict=True, **overrides)
    plugin = config.plugins.get("chronicle")
    if plugin is None:
        raise RenderError(f"{Path(config_file).name}: the 'chronicle' plugin is not listed under plugins")
    plugin.for_chronicle_build(chronicle)  # the search index: after build() has returned, when MkDocs' pages are freed
    cache = None
    if previous is not None and os.environ.get("CHRONICLE_CACHE", "1") != "0":
        cache = buildcache.open_cache(config, Path(config_file), paths_of(config).templates)
        cache.say()
    config.plugins.on_startup(command="build", dirty=False)
    try:
        with stage("mkdocs"):  # MkDocs' whole build, the plugin's export and search included
            # MkDocs' per-page work in worker processes, unchanged pages from the cache
            with mkdocs_writes_named(), parallel.rendering(cache=cache, site_dir=str(previous or "")) as batch:
                build(config)
            plugin.index_search(
                aside, names=cache.names if cache is not None else None
            )  # unchanged pages' from the cache
        plugin.check_host(config, aside)  # the whole site is there: its bytes and files against the host's limits
    except (MkDocsException, SystemExit) as exc:  # SystemExit: mkdocs.exceptions.Abort is one
        raise RenderError(str(exc) or "MkDocs failed") from None
    except jinja2.TemplateError as exc:  # a theme override that does not compile or render
        raise RenderError(template_problem(exc, Path(config_file).resolve().parent)) from None
    finally:
        config.plugins.on_shutdown()
    return cache if batch is not None else None


def template_problem(exc: jinja2.TemplateError, root: Path) -> str:
    """One line for a template that failed: its path in the project and its line when Jinja knows them."""
    where = "a theme template"
    filename = getattr(exc, "filename", None)
    if filename:
        path = Path(filename).resolve()
        where = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        lineno = getattr(exc, "lineno", None)
        if lineno:
            where += f":{lineno}"
    return f"{where}: the template failed: {exc.message or type(exc).__name__}; fix the template"


def quiet_mkdocs(verbose: bool = False) -> None:
    """Show MkDocs' warnings (and with verbose its progress) on stderr, in one plain line each."""
    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "_chronicle", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handler._chronicle = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if verbose else logging.WARNING)
    logger.propagate = False
