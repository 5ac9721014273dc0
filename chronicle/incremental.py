"""The live preview's memory between rebuilds: read, check and generate only what an edit changed.

`chronicle serve` (and `mkdocs serve`) keep one Session in the MkDocs plugin. A rebuild

- re-reads only the files whose size, modification time or inode changed (read.ReadCache);
- re-validates everything, but takes the checks of a single unchanged entry (its schema, its
  seed's cleaned text) from validate.Memo, so the checks across entries (references, quotes in
  their sources) still run on the whole chronicle: a reference to a deleted actor is reported;
- skips the suggestions (warnings): `chronicle serve` prints them once at start-up;
- regenerates, when only events changed, only the pages that show a changed event (before or
  after the edit): the event and the events related to it, its actors', topics', place's and
  sources' pages (with their pages per year), its year and kind pages, the home page, the
  timeline index, the scheduled events and the indexes that count events. Any other change
  (an actor, topic, place, source, seed, hand-written page, the cleaning rules or a template)
  regenerates every page in memory;
- writes only the files whose bytes changed, comparing with what it wrote last time instead
  of reading the docs directory back.

After any edit the docs directory holds exactly what a clean `chronicle generate` would write
(tests/test_incremental.py proves it on the real chronicle). An edit with errors raises
ChronicleError and leaves the session (and the docs directory) at the last good state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronicle import pipeline
from chronicle.config import ProjectPaths
from chronicle.families import affected
from chronicle.generate import Generator, environment, extra_files, with_extras
from chronicle.model import Chronicle
from chronicle.problems import Problem
from chronicle.read import RawProject, ReadCache
from chronicle.timing import stage
from chronicle.validate import Memo
from chronicle.writes import write_tree


@dataclass
class Rebuild:
    """What the last prepare() did, for the preview's log and the benchmark."""

    mode: str = ""  # "full", "events", "unchanged"
    reread: list[str] = field(default_factory=list)  # files read again
    regenerated: int = 0  # pages rendered
    written: list[str] = field(default_factory=list)  # files written or removed in docs_dir

    def line(self) -> str:
        what = {
            "full": "every page regenerated",
            "events": "only the pages that show the changed events regenerated",
            "unchanged": "nothing changed",
        }[self.mode]
        return f"chronicle: {len(self.reread)} file(s) read again, {self.regenerated} page(s) regenerated ({what}), {len(self.written)} file(s) written"


class Session:
    def __init__(self, paths: ProjectPaths):
        self.paths = paths
        self.reads = ReadCache()
        self.memo = Memo()
        self.env = environment(paths.templates)
        self._checked: tuple[Chronicle, RawProject, list[Problem]] | None = None
        self._checked_suggestions = False
        # The last good state: what docs_dir holds, its generated pages, and the chronicle they were generated from.
        self.chronicle: Chronicle | None = None
        self.files: dict[str, bytes] | None = None
        self.pages: dict[str, bytes] = {}
        self._templates: tuple | None = None
        self.last = Rebuild()

    def check(self, suggestions: bool = True) -> tuple[Chronicle, RawProject, list[Problem]]:
        """pipeline.check, reading and validating again only what changed since the last call."""
        raw = pipeline.read(self.paths, cache=self.reads)
        if not self.reads.changed and self._checked is not None and (self._checked_suggestions or not suggestions):
            return self._checked
        chronicle, problems = pipeline.checked(self.paths, raw, suggestions, memo=self.memo)
        self._checked, self._checked_suggestions = (chronicle, raw, problems), suggestions
        return self._checked

    def _templates_key(self) -> tuple:
        found = []
        for path in sorted(self.paths.templates.rglob("*")):
            try:
                st = path.stat()
            except OSError:
                continue
            found.append((path.as_posix(), st.st_size, st.st_mtime_ns, st.st_ino))
        return tuple(found)

    def prepare(self) -> Chronicle:
        """pipeline.prepare, incrementally; raise ChronicleError (and keep the last good state) on errors."""
        chronicle, raw, problems = self.check(suggestions=False)
        pipeline.stop_on_errors(problems)
        rebuild = Rebuild(reread=list(self.reads.reread))
        templates = self._templates_key()
        with stage("generate"):
            pages = self._pages(chronicle, templates, rebuild)
            files = with_extras(pages, extra_files(chronicle, raw))
        with stage("write"):
            rebuild.written = write_tree(self.paths.docs_dir, files, previous=self.files)
        self.chronicle, self.files, self.pages, self._templates = chronicle, files, pages, templates
        self.last = rebuild
        return chronicle

    def _pages(self, chronicle: Chronicle, templates: tuple, rebuild: Rebuild) -> dict[str, bytes]:
        """Every generated page: those that show what changed rendered again, the others as they were."""
        old = self.chronicle
        generator = Generator(
            chronicle, self.paths.templates, self.env, self.paths.repo_url, self.paths.content_dir, self.paths.mkdocs
        )
        if old is None or self.files is None or templates != self._templates or not _same_entities(old, chronicle):
            rebuild.mode = "full"
            pages = generator.pages()
        else:
            changed = {
                i for i in old.events.keys() | chronicle.events.keys() if old.events.get(i) != chronicle.events.get(i)
            }
            rebuild.mode = "events" if changed else "unchanged"
            wanted = affected(old, chronicle, changed) if changed else (lambda path: False)
            pages = generator.pages(wanted) if changed else {}
            rebuild.regenerated = len(pages)
            # the pages that do not show a changed event stay as they were
            return {
                **{p: d for p, d in self.pages.items() if not wanted(p)},
                **{p: t.encode("utf-8") for p, t in pages.items()},
            }
        rebuild.regenerated = len(pages)
        return {p: t.encode("utf-8") for p, t in pages.items()}


def _same_entities(old: Chronicle, new: Chronicle) -> bool:
    """Whether everything but the events is as it was (then only events changed)."""
    return (
        old.actors == new.actors
        and old.topics == new.topics
        and old.places == new.places
        and old.sources == new.sources
    )
