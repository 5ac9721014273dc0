"""The pipeline, top to bottom: read -> validate -> generate (-> render -> export).

The one orchestration of the stages: check() is `chronicle check`; prepare() is what
`chronicle build`, `chronicle generate` and plain `mkdocs build` run before MkDocs renders;
the live preview (chronicle.incremental.Session) calls the same read() and checked() with its
caches. Render and export run inside MkDocs (chronicle.render, chronicle.plugin).
"""

from __future__ import annotations

import ctypes
import datetime as dt
import gc
from contextlib import contextmanager

from chronicle import pages
from chronicle.config import ProjectPaths
from chronicle.editors.new import placeholders
from chronicle.editors.suggest import suggest
from chronicle.generate import generate, workers_for
from chronicle.model import Chronicle
from chronicle.problems import ChronicleError, Problem
from chronicle.read import RawProject, ReadCache, read_project
from chronicle.timing import stage
from chronicle.validate import Memo, validate
from chronicle.writes import write_tree


def read(paths: ProjectPaths, cache: ReadCache | None = None) -> RawProject:
    """Stage 1: every entry, seed, hand-written page and rule file of the project."""
    with stage("read"):
        return read_project(paths.root, paths.content_dir, paths.seeds_dir, cache=cache)


def checked(
    paths: ProjectPaths, raw: RawProject, suggestions: bool = True, memo: Memo | None = None
) -> tuple[Chronicle, list[Problem]]:
    """Stage 2: the chronicle made of what was read, and every problem (errors and warnings).

    Suggestions (warnings about what may be missing) come only when there is no error: until
    the entries are valid, they would be noise. suggestions=False leaves them out (a build,
    which prints no warnings; `chronicle check` shows them). memo: the checks of unchanged
    entries, kept by the live preview (chronicle.incremental).
    """
    with gc_paused(), stage("validate"):
        chronicle, problems = validate(raw, paths.seeds_dir, memo=memo)
        problems += placeholders(raw)
        problems += pages.check(paths, chronicle, raw, problems)
        if suggestions and not any(p.severity == "error" for p in problems):
            problems += suggest(chronicle, raw)
        problems.sort()
    return chronicle, problems


def check(paths: ProjectPaths, suggestions: bool = True) -> tuple[Chronicle, RawProject, list[Problem]]:
    """Read and validate: the chronicle, what was read, and every problem (`chronicle check`)."""
    with gc_paused():
        raw = read(paths)
    chronicle, problems = checked(paths, raw, suggestions)
    return chronicle, raw, problems


def stop_on_errors(problems: list[Problem]) -> None:
    """Raise ChronicleError with the errors among problems, if there is any."""
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ChronicleError(errors)


@contextmanager
def gc_paused():
    """No cyclic garbage collection inside: reading and checking build up what they keep (every
    entry, every value's position) and drop little, yet each collection walks all of it; at
    10,000 events the collector took a third of those two stages. Objects are still freed as
    soon as nothing refers to them; a cycle left is collected after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def prepare(paths: ProjectPaths) -> Chronicle:
    """Read, validate, generate and write the Markdown tree; raise ChronicleError on any error.

    `chronicle build`, `chronicle generate` and plain `mkdocs build` call it; the live preview
    runs the same stages through chronicle.incremental.Session, with its caches."""
    chronicle, raw, problems = check(paths, suggestions=False)  # warnings are for `chronicle check`
    stop_on_errors(problems)
    # What was read and checked lives until the end of the build: the collector leaves it alone
    # while the pages are generated (and forked workers leave its memory pages shared).
    gc.freeze()
    try:
        with stage("generate"):
            files = generate(
                chronicle,
                raw,
                paths.templates,
                workers=workers_for(chronicle),
                repo_url=paths.repo_url,
                content_dir=paths.content_dir,
                config=paths.mkdocs,
            )
    finally:
        gc.unfreeze()
    with stage("write"):
        write_tree(paths.docs_dir, files)
        del files
        release_memory(collect=False)  # the pages' bytes, freed: back to the system before MkDocs renders
    return chronicle


def release_memory(collect: bool = True) -> None:
    """Give freed memory back to the system (glibc keeps it for the process otherwise): after
    generation, before MkDocs renders; after MkDocs, before Pagefind runs beside this process.
    collect: collect garbage cycles first."""
    if collect:
        gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def source_date_epoch(chronicle: Chronicle) -> int:
    """The newest source date, as the build time of a reproducible build (SOURCE_DATE_EPOCH)."""
    dates = [s.published.first_day for s in chronicle.sources.values()] or [dt.date(1970, 1, 1)]
    newest = max(dates)
    seconds = int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp())
    return min(max(seconds, 0), 2**32 - 1)  # what a gzip header (MkDocs' sitemap.xml.gz) can hold: 1970 to 2106
