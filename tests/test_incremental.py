"""The live preview's incremental rebuild (chronicle.incremental) gives exactly a clean generate.

Every edit goes through Session.prepare, the path `chronicle serve` takes; after each, the docs
directory is compared byte for byte with a clean `chronicle generate` of the same content into
another directory.
"""

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.incremental import Session
from chronicle.problems import ChronicleError
from chronicle.render import load_mkdocs, paths_of
from chronicle.writes import KEEP  # .gitignore and the docs folder's marker: not generated pages
from conftest import PROJECT, copy_project


def tree(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and p.name not in KEEP
    }


def dirs(directory: Path) -> set[str]:
    return {p.relative_to(directory).as_posix() for p in directory.rglob("*") if p.is_dir()}


class Project:
    def __init__(self, root: Path, tmp: Path):
        self.root = root
        self.paths = paths_of(load_mkdocs(root / "mkdocs.yml"))
        self.clean = dataclasses.replace(self.paths, docs_dir=tmp / "clean-docs")
        self.session = Session(self.paths)
        self.session.prepare()

    def edit(self, rel: str, old: str, new: str, count: int = 1) -> None:
        path = self.root / rel
        text = path.read_text("utf-8")
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, count), "utf-8")

    def rebuild_matches_clean(self, mode: str | None = None) -> None:
        self.session.prepare()
        if mode is not None:
            assert self.session.last.mode == mode
        shutil.rmtree(self.clean.docs_dir, ignore_errors=True)
        pipeline.prepare(self.clean)
        got, want = tree(self.paths.docs_dir), tree(self.clean.docs_dir)
        assert sorted(got) == sorted(want)
        different = [p for p in want if got[p] != want[p]]
        assert not different, f"pages that differ from a clean generate: {different[:10]}"
        assert dirs(self.paths.docs_dir) == dirs(self.clean.docs_dir)  # no empty directory left behind


@pytest.fixture
def real(tmp_path):
    return Project(copy_project(tmp_path / "project"), tmp_path)


GENEVA = "content/events/gva-talks-fx.yml"
RYABKOV = "content/events/ryabkov-assesses-fx.yml"


def test_event_edits_regenerate_what_a_clean_generate_gives(real):
    # A new title: the event's page and every page listing it.
    real.edit(GENEVA, "title: Переговори США та Росії в Женеві", "title: Змінена назва переговорів у Женеві")
    real.rebuild_matches_clean("events")
    assert "Змінена назва переговорів у Женеві" in (real.paths.docs_dir / "actors/ryabkov-fx/index.md").read_text(
        "utf-8"
    )
    written = set(real.session.last.written)
    assert "events/gva-talks-fx/index.md" in written
    assert "events/council-meeting-fx/index.md" in written  # a related event shows the title
    assert len(written) < 60
    # An actor added: the actor's page, the "met" lists of the others, the year's facets.
    real.edit(GENEVA, "  - state-dept-fx\n", "  - state-dept-fx\n  - nato-fx\n")
    real.rebuild_matches_clean("events")
    # Another year, another kind, another status.
    real.edit(GENEVA, "date: 2022-01-10", "date: 2019-05")
    real.rebuild_matches_clean("events")
    assert (real.paths.docs_dir / "timeline/2019/index.md").is_file()
    real.edit(GENEVA, "kind: talks", "kind: statement")
    real.rebuild_matches_clean("events")
    real.edit(GENEVA, "status: held", "status: scheduled")
    real.rebuild_matches_clean("events")
    # A new event, then deleted; an event deleted that nothing refers to.
    new = real.root / "content/events/a-new-event-2023-03-03.yml"
    new.write_text((real.root / RYABKOV).read_text("utf-8").replace("date: 2022-01-10", "date: 2023-03-03"), "utf-8")
    real.rebuild_matches_clean("events")
    new.unlink()
    real.rebuild_matches_clean("events")
    assert not (real.paths.docs_dir / "events/a-new-event-2023-03-03/index.md").exists()
    assert not (real.paths.docs_dir / "timeline/2023/index.md").exists()
    (real.root / "content/events/danilov-estimate-fx.yml").unlink()
    real.rebuild_matches_clean()
    # Nothing changed: nothing written.
    real.session.prepare()
    assert real.session.last.mode == "unchanged" and real.session.last.written == []


def test_other_edits_regenerate_everything_and_match(real):
    real.edit("content/actors/ryabkov-fx.yml", "name: ", "name: Перейменований ")
    real.rebuild_matches_clean("full")
    template = real.root / "templates/pages/event.md.j2"
    template.write_text(template.read_text("utf-8").replace("## Учасники", "## Учасники події"), "utf-8")
    real.rebuild_matches_clean("full")
    page = real.root / "content/pages/about/index.md"
    page.write_text(page.read_text("utf-8") + "\nДодано.\n", "utf-8")
    real.rebuild_matches_clean()


def test_errors_keep_the_last_good_pages_and_cross_entry_checks_still_run(real):
    before = tree(real.paths.docs_dir)
    # Deleting an actor that events name: the events' references are reported.
    actor = real.root / "content/actors/ryabkov-fx.yml"
    saved = actor.read_bytes()
    actor.unlink()
    with pytest.raises(ChronicleError) as caught:
        real.session.prepare()
    assert any(p.path == GENEVA and "unknown actor 'ryabkov-fx'" in p.message for p in caught.value.problems)
    assert tree(real.paths.docs_dir) == before
    actor.write_bytes(saved)
    # A YAML error: file, line and column.
    real.edit(GENEVA, "kind: talks", "kind: [talks")
    with pytest.raises(ChronicleError) as caught:
        real.session.prepare()
    assert str(caught.value.problems[0]).startswith(f"{GENEVA}:")
    assert tree(real.paths.docs_dir) == before
    real.edit(GENEVA, "kind: [talks", "kind: talks")
    real.session.prepare()
    assert tree(real.paths.docs_dir) == before


@pytest.fixture(scope="module")
def synth_source(tmp_path_factory):
    root = tmp_path_factory.mktemp("synth") / "synth"
    subprocess.run(
        [sys.executable, "-m", "chronicle", "--root", str(PROJECT), "synth", str(root), "--events", "300"],
        check=True,
        capture_output=True,
    )
    (root / "build/docs").mkdir(parents=True, exist_ok=True)
    return root


def test_edits_on_a_synthetic_chronicle_with_split_listings(tmp_path, synth_source):
    """300 events: kinds and some actors have pages per year, the actor index has letters."""
    root = tmp_path / "synth"
    shutil.copytree(synth_source, root)
    project = Project(root, tmp_path)
    events = sorted((root / "content/events").glob("*.yml"))
    for n, path in enumerate(events[:: len(events) // 4][:4]):
        text = path.read_text("utf-8")
        rel = path.relative_to(root).as_posix()
        year = int(re.search(r"^date: (\d{4})", text, re.M).group(1))
        project.edit(rel, re.search(r"^title: .*$", text, re.M).group(0), f"title: Редагування {n}")
        project.rebuild_matches_clean("events")
        project.edit(rel, f"date: {year}", f"date: {year - 3 if year > 2003 else year + 3}")
        project.rebuild_matches_clean("events")


def test_random_event_edits_on_a_synthetic_chronicle(tmp_path, synth_source):
    """Seeded random edits of every field that links an event to other pages."""
    import random

    import yaml

    from chronicle import vocab
    from chronicle.read import parse_yaml

    root = tmp_path / "synth"
    shutil.copytree(synth_source, root)
    project = Project(root, tmp_path)
    rng = random.Random(7)
    ids = lambda kind: sorted(p.stem for p in (root / "content" / kind).glob("*.yml"))  # noqa: E731

    def load(event_id):
        return parse_yaml((root / f"content/events/{event_id}.yml").read_bytes()).data

    def save(event_id, data):
        (root / f"content/events/{event_id}.yml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
        )

    def referenced(event_id):
        return any(
            event_id in (root / f"content/events/{other}.yml").read_text("utf-8")
            for other in ids("events")
            if other != event_id
        )

    for step in range(12):
        events = ids("events")
        event_id = rng.choice(events)
        d = load(event_id)
        what = step % 6
        if what == 0:
            d["kind"] = rng.choice([k for k in vocab.EVENT_KINDS if k != d["kind"]])
            d["status"] = rng.choice(list(vocab.EVENT_STATUSES))
        elif what == 1:
            d["topics"] = rng.sample(ids("topics"), 2)
            d["place"] = rng.choice(ids("places"))
        elif what == 2:
            present = {a if isinstance(a, str) else a["id"] for a in d.get("actors", [])}
            d.setdefault("actors", []).append(rng.choice([a for a in ids("actors") if a not in present]))
            quoted = {a for q in d.get("quotes", []) for a in ([q["by"]] if isinstance(q["by"], str) else q["by"])}
            removable = [a for a in d["actors"] if (a if isinstance(a, str) else a["id"]) not in quoted]
            if len(removable) > 1:
                d["actors"].remove(removable[0])
        elif what == 3:
            d["related"] = sorted(set(d.get("related", [])) | {rng.choice([e for e in events if e != event_id])})
        elif what == 4:
            new_id = f"copy-of-{event_id}"[:80]
            d["date"] = f"{rng.randint(2001, 2024)}-0{rng.randint(1, 9)}"
            save(new_id, d)
            project.rebuild_matches_clean("events")
            continue
        else:
            unreferenced = [e for e in events if not referenced(e)]
            (root / f"content/events/{rng.choice(unreferenced)}.yml").unlink()
            project.rebuild_matches_clean("events")
            continue
        save(event_id, d)
        project.rebuild_matches_clean("events")


def test_a_check_is_not_repeated_when_nothing_changed(real, monkeypatch):
    """`chronicle serve` checks before MkDocs starts; the first build must not check again."""
    import chronicle.pipeline as pipeline_module  # the stages the session runs, with its caches

    session = Session(real.paths)
    session.check()
    calls = []
    original = pipeline_module.validate
    monkeypatch.setattr(pipeline_module, "validate", lambda *a, **k: calls.append(1) or original(*a, **k))
    session.prepare()
    assert calls == []
    real.edit(GENEVA, "status: held", "status: postponed")
    session.prepare()
    assert calls == [1]


def test_worker_processes_generate_the_same_tree(tmp_path, synth_source):
    """chronicle.generate forks workers for a big chronicle: whatever their number, the tree is
    the one a single process generates, byte for byte, and every worker has pages to write.
    The workers run in `chronicle generate` (CHRONICLE_WORKERS sets their number), a process
    of one thread, as `chronicle build` is: pytest's process has other threads."""
    import os

    from chronicle import generate as gen

    project = Project(shutil.copytree(synth_source, tmp_path / "synth"), tmp_path)
    chronicle, raw, _ = pipeline.check(project.paths, suggestions=False)
    one = gen.generate(chronicle, raw, project.paths.templates, workers=1)
    assert list(one) == sorted(one)
    for workers in (2, 3):
        assert {gen._part_of(path, workers) for path in one} == set(range(workers))
        shutil.rmtree(project.paths.docs_dir)
        subprocess.run(
            [sys.executable, "-m", "chronicle", "--root", str(project.root), "generate"],
            check=True,
            capture_output=True,
            env={**os.environ, "CHRONICLE_WORKERS": str(workers)},
        )
        assert tree(project.paths.docs_dir) == one
    # No fork from a process with other threads (a lock one of them holds would stay held in the child).
    script = (
        "import threading, types\n"
        "from chronicle.generate import workers_for\n"
        "c = types.SimpleNamespace(events={})\n"
        "alone = workers_for(c)\n"
        "stop = threading.Event(); t = threading.Thread(target=stop.wait); t.start()\n"
        "print(alone, workers_for(c)); stop.set(); t.join()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "CHRONICLE_WORKERS": "2"},
    )
    assert result.stdout.split() == ["2", "1"]
