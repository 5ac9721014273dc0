"""Synthetic chronicles: a complete, valid project of N events, to measure the chronicle at scale.

`chronicle synth DIR --events N [--seed S]` writes into DIR the site's configuration, templates,
hand-written pages and cleaning rules copied from the current project, and a chronicle made up
for the purpose: N events with 3 to 5 actors each (with roles), N/5 actors (people, states,
international organizations, government bodies, media), about N/50 topics and N/40 places, and
a source per one to three events whose seed is a plausible capture of a Ukrainian news page:
a headline, a dateline, paragraphs that name the events' actors and quote them in «…», and the
page furniture content/cleaning.yml drops ("Відео дня", "Читайте також" teasers, related
headlines). Every quote is verbatim in its seed's cleaned text (the generator checks it with
the same cleaner the check uses), every source's sha256 is that of its seed, and every seed
names only actors that an event citing it lists, so `chronicle check` finds no error and no
suggestion to make.

The same N and seed give byte-identical files: one random.Random(seed) draws everything, no
clock is read, and every collection is walked in a fixed order. Events are composed and written
one source at a time; what is kept across sources is small (ids, actors' first and last dates).

The modules, in the order they run:

    world.py      the state and the one random generator; the plan of sources and events; the
                  words that name actors (post and name, agreement), dates and quotes
    cast.py       states, organizations, government bodies, media and people (words.py: the
                  declension of names and transliteration; data.py: the word lists)
    places.py     topics and places
    composers.py  COMPOSERS: one composer per kind of event (cast, title, summary, paragraphs)
    article.py    the seed: a news page reporting a source's events, with page furniture
    writer.py     ids, the YAML of events, sources, actors, topics and places (yaml_text.py)
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from chronicle.clean import Rules
from chronicle.synth.world import World
from chronicle.synth.writer import Output, write_chronicle

COPIED = ("mkdocs.yml", "templates", "content/pages", "content/cleaning.yml")
WRITTEN = ("mkdocs.yml", "templates", "content", "seeds")  # what --force replaces in the target

__all__ = ["Summary", "SynthError", "synthesize"]


class SynthError(Exception):
    """Why a synthetic chronicle cannot be written, in the user's terms."""


@dataclass(frozen=True)
class Summary:
    events: int
    actors: int
    sources: int
    topics: int
    places: int
    quotes: int
    files: int
    bytes: int
    seconds: float

    def line(self, target: Path) -> str:
        return (
            f"chronicle synth: {self.events} events, {self.actors} actors, {self.sources} sources, {self.topics} topics, "
            f"{self.places} places, {self.quotes} quotes in {target} ({self.files} files, {self.bytes:,} bytes, {self.seconds:.1f} s)"
        )


def _cleaning_rules(target: Path) -> tuple[Rules, dict[str, Rules]]:
    """The copied project's cleaning rules: the default ones, and each outlet's."""
    path = target / "content" / "cleaning.yml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.is_file() else None
    data = data if isinstance(data, dict) else {}
    return Rules.from_dict(data.get("default")), {k: Rules.from_dict(v) for k, v in (data.get("outlets") or {}).items()}


def _copy_file(source: Path, dest: Path) -> int:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(source.read_bytes())
    return dest.stat().st_size


def _copy(root: Path, target: Path) -> tuple[int, int]:
    """Copy the project's configuration, templates, pages and cleaning rules: (files, bytes)."""
    files = size = 0
    for rel in COPIED:
        source = root / rel
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                if path.is_file() and "__pycache__" not in path.parts:
                    files, size = files + 1, size + _copy_file(path, target / rel / path.relative_to(source))
        elif source.is_file():
            files, size = files + 1, size + _copy_file(source, target / rel)
        elif rel == "mkdocs.yml":
            raise SynthError(f"{source} does not exist; run it in a chronicle project or pass --root")
    return files, size


def _prepare(target: Path, root: Path, events: int, force: bool) -> None:
    """Refuse what cannot be written; with force, clear what a synthetic chronicle replaces."""
    if events < 1:
        raise SynthError("--events must be at least 1")
    if target == root:
        raise SynthError(f"{target} is the project itself; choose another directory")
    if target.exists() and not target.is_dir():
        raise SynthError(f"{target} is a file; choose a directory")
    if target.is_dir() and any(target.iterdir()):
        if not force:
            raise SynthError(
                f"{target} is not empty; choose an empty directory, or pass --force to replace its chronicle"
            )
        for rel in WRITTEN:
            path = target / rel
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
    target.mkdir(parents=True, exist_ok=True)


def synthesize(target: Path, events: int, seed: int = 0, root: Path = Path("."), force: bool = False) -> Summary:
    """Write a synthetic chronicle of `events` events into target; see the module's docstring."""
    started = time.perf_counter()
    target, root = Path(target).resolve(), Path(root).resolve()
    _prepare(target, root, events, force)
    copied_files, copied_bytes = _copy(root, target)
    world = World(events, seed)
    out = Output(target, *_cleaning_rules(target))
    write_chronicle(world, out)
    return Summary(
        events=events,
        actors=len(world.actors),
        sources=len(world.plan_sources),
        topics=len(world.topics),
        places=len(world.places),
        quotes=out.quotes,
        files=out.files + copied_files,
        bytes=out.size + copied_bytes,
        seconds=time.perf_counter() - started,
    )
