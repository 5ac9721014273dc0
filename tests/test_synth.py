"""`chronicle synth`: a synthetic chronicle that checks clean, builds, and is the same for the same seed."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from chronicle import synth
from chronicle.read import ID_RE, KINDS, parse_yaml
from conftest import PROJECT, ROOT, copy_project, run_chronicle, tree_digest

EVENTS = 200


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """A synthetic chronicle of 200 events, written by the real command line."""
    target = tmp_path_factory.mktemp("synth") / "chronicle"
    result = run_chronicle("synth", str(target), "--events", str(EVENTS), "--seed", "7", cwd=PROJECT)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        rf"chronicle synth: {EVENTS} events, {EVENTS // 5} actors, \d+ sources, 10 topics, 10 places, \d+ quotes in \S+ "
        r"\(\d+ files, [\d,]+ bytes, [\d.]+ s\)\n",
        result.stderr,
    ), result.stderr
    return target


def entries(root: Path, kind: str) -> dict[str, dict]:
    return {p.stem: parse_yaml(p.read_bytes()).data for p in sorted((root / "content" / kind).glob("*.yml"))}


def test_check_finds_no_error_and_nothing_to_suggest(synthetic):
    result = run_chronicle("--root", str(synthetic), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    # Not one problem line: no error, and no warning either, but for the scheduled events the
    # later sources overtook, which the synthetic editors never went back to (chronicle.stale).
    assert [
        line
        for line in result.stdout.splitlines()
        if "(if that is intended, add `silence: [stale-scheduled]`)" not in line
    ] == []
    assert f"OK ({EVENTS} events, {EVENTS // 5} actors," in result.stderr


def test_the_chronicle_has_the_promised_shape(synthetic):
    events, actors, sources = entries(synthetic, "events"), entries(synthetic, "actors"), entries(synthetic, "sources")
    topics, places = entries(synthetic, "topics"), entries(synthetic, "places")
    assert len(events) == EVENTS and len(actors) == EVENTS // 5
    assert EVENTS / 3 <= len(sources) <= EVENTS and len(topics) >= 10 and len(places) >= 10
    for kind in KINDS:
        for path in (synthetic / "content" / kind).glob("*.yml"):
            assert ID_RE.match(path.stem), path
            assert path.read_text("utf-8").startswith(
                f"# yaml-language-server: $schema=../../chronicle/schemas/{KINDS[kind]}.schema.json\n"
            )
    for event in events.values():
        assert 3 <= len(event["actors"]) <= 5, event
        assert all(isinstance(a, dict) and a.get("role") for a in event["actors"]), event
    quoted = [e for e in events.values() if e.get("quotes")]
    assert len(quoted) >= EVENTS / 2
    assert all(e.get("silence") == ["no-quotes"] for e in events.values() if not e.get("quotes"))
    statuses = Counter(e["status"] for e in events.values())
    assert statuses["held"] > EVENTS * 0.7 and statuses["scheduled"] > 0
    precision = Counter(len(e["date"].split("-")) for e in events.values())
    assert precision[3] > precision[2] > 0 and precision[1] > 0
    years = sorted(int(e["date"][:4]) for e in events.values())
    assert years[-1] - years[0] >= 20
    assert sum(bool(e.get("related")) for e in events.values()) >= EVENTS / 5
    kinds = Counter(a["kind"] for a in actors.values())
    assert set(kinds) >= {"person", "state", "organization", "government-body", "media"}
    people = [a for a in actors.values() if a["kind"] == "person"]

    def latin(text):
        return all(c in " -'" or unicodedata.name(c, "").startswith("LATIN") for c in text)

    assert all(a["roles"] and any(latin(x) for x in a.get("aliases", [])) for a in people)


def test_seeds_are_news_captures_with_furniture_and_their_hashes(synthetic):
    sources = entries(synthetic, "sources")
    texts = []
    for source in sources.values():
        raw = (synthetic / source["seed"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == source["sha256"]
        text = raw.decode("utf-8")
        assert text.split("\n", 1)[0].startswith(source["title"])
        texts.append(text)
    furniture = {marker: sum(marker in t for t in texts) for marker in ("Відео дня", "Читайте також", "/фото ")}
    assert all(furniture.values()), furniture
    assert sum(bool(re.search("«[^»]+»", t)) for t in texts) > len(texts) / 2


def test_build_writes_a_page_per_event(synthetic):
    result = run_chronicle("--root", str(synthetic), "build")
    assert result.returncode == 0, result.stdout + result.stderr
    for path in (synthetic / "content" / "events").glob("*.yml"):
        assert (synthetic / "site" / "events" / path.stem / "index.html").is_file(), path.stem


def test_the_same_seed_gives_the_same_files_and_another_seed_others(tmp_path):
    first, again, other = tmp_path / "first", tmp_path / "again", tmp_path / "other"
    synth.synthesize(first, 120, seed=11, root=PROJECT)
    synth.synthesize(again, 120, seed=11, root=PROJECT)
    synth.synthesize(other, 120, seed=12, root=PROJECT)
    assert tree_digest(first) == tree_digest(again)
    assert tree_digest(first) != tree_digest(other)
    assert (
        (first / "templates").is_dir()
        and (first / "content" / "pages").is_dir()
        and (first / "content" / "cleaning.yml").is_file()
    )


def test_it_refuses_a_directory_that_is_not_empty_unless_forced(tmp_path):
    target = tmp_path / "taken"
    target.mkdir()
    (target / "notes.txt").write_text("mine", "utf-8")
    refused = run_chronicle("synth", str(target), "--events", "20", cwd=PROJECT)
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.splitlines()) == 1 and "not empty" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr and not (target / "content").exists()
    forced = run_chronicle("synth", str(target), "--events", "20", "--force", cwd=PROJECT)
    assert forced.returncode == 0, forced.stderr
    assert (target / "notes.txt").read_text("utf-8") == "mine"
    assert len(list((target / "content" / "events").glob("*.yml"))) == 20
    # --force again, smaller: the chronicle is replaced, not added to
    assert run_chronicle("synth", str(target), "--events", "12", "--force", cwd=PROJECT).returncode == 0
    assert len(list((target / "content" / "events").glob("*.yml"))) == 12


def test_it_never_writes_over_the_project_it_copies(tmp_path):
    project = copy_project(tmp_path / "project")
    before = tree_digest(project)
    result = run_chronicle("--root", str(project), "synth", str(project), "--events", "20", "--force")
    assert result.returncode == 1 and "the project itself" in result.stderr and "Traceback" not in result.stderr
    assert tree_digest(project) == before


def schema_kinds() -> list[str]:
    import json

    return json.loads((ROOT / "chronicle" / "schemas" / "event.schema.json").read_text("utf-8"))["properties"]["kind"][
        "enum"
    ]


def test_every_kind_of_event_the_schema_allows_has_its_composer():
    from chronicle.synth.composers import COMPOSERS

    assert sorted(COMPOSERS) == sorted(schema_kinds())
    assert all(
        callable(compose) and compose.__name__ == "compose_" + kind.replace("-", "_")
        for kind, compose in COMPOSERS.items()
    )


def test_a_synthetic_chronicle_of_one_size_uses_every_kind(synthetic):
    kinds = Counter(parse_yaml(p.read_bytes()).data["kind"] for p in (synthetic / "content" / "events").glob("*.yml"))
    assert sorted(kinds) == sorted(schema_kinds())  # every composer of the table is reached at 200 events
