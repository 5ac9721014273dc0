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

from chronicle import pages
from chronicle.config import ProjectPaths
from chronicle.generate import Generator, environment, extra_files, page_of, page_path, write_changes, write_tree
from chronicle.model import Chronicle
from chronicle.problems import ChronicleError, Problem
from chronicle.read import RawProject, ReadCache, read_project
from chronicle.scaffold import placeholders
from chronicle.suggest import suggest
from chronicle.timing import stage
from chronicle.validate import Memo, validate


@dataclass
class Rebuild:
    """What the last prepare() did, for the preview's log and the benchmark."""

    mode: str = ""  # "full", "events", "unchanged"
    reread: list[str] = field(default_factory=list)  # files read again
    regenerated: int = 0  # pages rendered
    written: list[str] = field(default_factory=list)  # files written or removed in docs_dir

    def line(self) -> str:
        what = {"full": "every page regenerated", "events": "only the pages that show the changed events regenerated", "unchanged": "nothing changed"}[self.mode]
        return f"chronicle: {len(self.reread)} file(s) read again, {self.regenerated} page(s) regenerated ({what}), {len(self.written)} file(s) written"


class Session:
    def __init__(self, paths: ProjectPaths):
        self.paths = paths
        self.reads = ReadCache()
        self.memo = Memo()
        self.env = environment(paths.templates)
        self._checked: tuple[Chronicle, RawProject, list[Problem]] | None = None
        self._checked_suggestions = False
        # The last good state: what docs_dir holds and the chronicle it was generated from.
        self.chronicle: Chronicle | None = None
        self.files: dict[str, bytes] | None = None
        self.extras: dict[str, bytes] = {}
        self._templates: tuple | None = None
        self.last = Rebuild()

    def check(self, suggestions: bool = True) -> tuple[Chronicle, RawProject, list[Problem]]:
        """pipeline.check, reading and validating again only what changed since the last call."""
        with stage("read"):
            raw = read_project(self.paths.root, self.paths.content_dir, self.paths.seeds_dir, cache=self.reads)
        if not self.reads.changed and self._checked is not None and (self._checked_suggestions or not suggestions):
            return self._checked
        with stage("validate"):
            chronicle, problems = validate(raw, self.paths.seeds_dir, memo=self.memo)
            problems += placeholders(raw)
            problems += pages.check(self.paths, chronicle, raw, problems)
            if suggestions and not any(p.severity == "error" for p in problems):
                problems += suggest(chronicle, raw)
            problems.sort()
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
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise ChronicleError(errors)
        rebuild = Rebuild(reread=list(self.reads.reread))
        templates = self._templates_key()
        try:
            with stage("generate"):
                extras = extra_files(chronicle, raw)
                old = self.chronicle
                if old is None or self.files is None or templates != self._templates or not _same_entities(old, chronicle):
                    rebuild.mode = "full"
                    pages = Generator(chronicle, self.paths.templates, self.env).pages()
                    wanted = None
                else:
                    changed = {i for i in old.events.keys() | chronicle.events.keys() if old.events.get(i) != chronicle.events.get(i)}
                    wanted = affected(old, chronicle, changed) if changed else (lambda path: False)
                    rebuild.mode = "events" if changed else "unchanged"
                    pages = Generator(chronicle, self.paths.templates, self.env).pages(wanted) if changed else {}
                rebuild.regenerated = len(pages)
                files = {path: text.encode("utf-8") for path, text in pages.items()}
                if wanted is not None:  # keep the pages that do not show a changed event
                    assert self.files is not None
                    files.update((p, d) for p, d in self.files.items() if p not in self.extras and not wanted(p) and p not in files)
                for path, data in extras.items():
                    if path in pages:
                        raise ValueError(f"content/pages/{path} would overwrite a generated page")
                    files[path] = data
        except ValueError as exc:
            raise ChronicleError([Problem(self.paths.content_dir, 1, 1, str(exc))]) from None
        with stage("write"):
            if self.files is None:
                rebuild.written = write_tree(self.paths.docs_dir, files)
            else:
                rebuild.written = write_changes(self.paths.docs_dir, self.files, files)
        self.chronicle, self.files, self.extras, self._templates = chronicle, files, extras, templates
        self.last = rebuild
        return chronicle


def _same_entities(old: Chronicle, new: Chronicle) -> bool:
    """Whether everything but the events is as it was (then only events changed)."""
    return old.actors == new.actors and old.topics == new.topics and old.places == new.places and old.sources == new.sources


class _Affected:
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


def affected(old: Chronicle, new: Chronicle, changed: set[str]) -> _Affected:
    """What to regenerate when the events `changed` (ids) differ between old and new, and
    nothing else does: the pages that show any of them, before or after the edit."""
    wanted = _Affected()
    # Pages that list or count events across the chronicle.
    for page in ("index.md", "timeline/index.md", "topics/index.md", "places/index.md"):
        wanted.pages.add(page)
    wanted.group("timeline/scheduled")
    wanted.pages.add("actors/index.md")
    wanted.groups.add("actors/letters")
    kinds_old = {e.kind for e in old.events.values()}
    kinds_new = {e.kind for e in new.events.values()}
    if kinds_old != kinds_new:  # every kind page links the other kinds in use
        for kind in kinds_old | kinds_new:
            wanted.group(f"timeline/kinds/{kind}")
    for c in (old, new):
        for event_id in changed:
            event = c.events.get(event_id)
            if event is None:
                continue
            wanted.pages.add(page_of(event))
            for other in c.related.get(event_id, []):
                wanted.pages.add(page_of(other))
            for part in event.actors:
                wanted.group(f"actors/{part.actor}")
            for quote in event.quotes:
                for speaker in quote.by:
                    wanted.group(f"actors/{speaker}")
            for topic in event.topics:
                wanted.group(f"topics/{topic}")
            if event.place:
                wanted.group(f"places/{event.place}")
            for source in event.sources:
                wanted.pages.add(page_path(f"sources/{source}"))
            wanted.pages.add(page_path(f"timeline/{event.date.year}"))
            wanted.group(f"timeline/kinds/{event.kind}")
    return wanted

