"""The editors' workflow: `chronicle new` skeletons and the suggestions of `chronicle check`."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
import yaml

from chronicle import cli
from chronicle.read import Entry, parse_yaml
from chronicle.validate import check_schema
from conftest import FIXTURE


def _run(capsys, root: Path, *args: str) -> tuple[int, str, str]:
    status = cli.main(["--root", str(root), *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def _warnings(output: str, path: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(path + ":") and ": warning: " in line]


# ---- chronicle new ----


@pytest.mark.parametrize("kind", ["event", "actor", "topic", "place"])
def test_new_writes_a_valid_commented_skeleton_that_cannot_be_published_unwritten(project, capsys, kind):
    status, out, err = _run(capsys, project, "new", kind, "brand-new")
    assert status == 0, err
    rel = out.strip()
    assert rel == f"content/{kind}s/brand-new.yml"
    text = (project / rel).read_text("utf-8")
    assert text.startswith(f"# yaml-language-server: $schema=../../chronicle/schemas/{kind}.schema.json\n")
    assert sum(line.lstrip().startswith("#") for line in text.splitlines()) >= 3
    assert check_schema(Entry(kind, "brand-new", rel, parse_yaml(text.encode()))) == []  # valid against its schema
    # What only an editor can write is an error until written, at its line: never published.
    status, out, err = _run(capsys, project, "check")
    assert status == 1
    errors = [line for line in out.splitlines() if ": warning: " not in line]
    lines = [
        n for n, line in enumerate(text.splitlines(), 1) if "ЗАПОВНІТЬ" in line and not line.lstrip().startswith("#")
    ]
    assert errors and len(errors) == len(lines)
    for error, n in zip(errors, lines):
        assert re.match(rf"{re.escape(rel)}:{n}:\d+: '\w+' still holds the placeholder ЗАПОВНІТЬ", error), error
    status, _, err = _run(capsys, project, "build")
    assert status == 1 and not (project / "site").exists()


@pytest.mark.parametrize("source_id", ["gva-source-fx", "dialogue-source-fx"])
def test_new_source_fills_in_what_the_seed_tells(project, capsys, source_id):
    real = yaml.safe_load((FIXTURE / "content" / "sources" / f"{source_id}.yml").read_text("utf-8"))
    seed = "seeds/" + Path(real["seed"]).name.replace(".txt", "-again.txt")  # the same capture archived again
    shutil.copyfile(project / real["seed"], project / seed)
    status, out, err = _run(capsys, project, "new", "source", "again", "--seed", seed)
    assert status == 0, err
    data = yaml.safe_load((project / "content/sources/again.yml").read_text("utf-8"))
    assert data["seed"] == seed
    assert data["sha256"] == hashlib.sha256((FIXTURE / real["seed"]).read_bytes()).hexdigest() == real["sha256"]
    assert data["title"] == real["title"]
    assert str(data["published"]) == str(real["published"])
    assert data["language"] == "uk"


def test_an_editor_goes_from_new_article_to_built_page(project, capsys):
    seed = "seeds/2026-03-01-example.txt"
    (project / seed).write_text("Приклад статті\n\nСергій Рябков заявив, що діалог триває.\n", encoding="utf-8")
    assert _run(capsys, project, "new", "source", "example-2026-03-01", "--seed", seed)[0] == 0
    assert (
        _run(capsys, project, "new", "event", "ryabkov-dialogue-2026-03-01", "--source", "example-2026-03-01")[0] == 0
    )
    source = project / "content/sources/example-2026-03-01.yml"
    source.write_text(
        source.read_text("utf-8")
        .replace('"ЗАПОВНІТЬ: видання"', "Приклад")
        .replace(
            "  ЗАПОВНІТЬ: що в знімку бракує (дата, видання) і як це встановлено. Якщо нічого, видаліть note.",
            "  Вигаданий приклад.",
        ),
        encoding="utf-8",
    )
    event = project / "content/events/ryabkov-dialogue-2026-03-01.yml"
    text = event.read_text("utf-8")
    assert "date: 2026-03-01" in text and "sources: [example-2026-03-01]" in text
    text = text.replace("ЗАПОВНІТЬ: що сталося, одним рядком", "Рябков: діалог триває").replace(
        "actors: []", "actors: [ryabkov-fx]"
    )
    text = re.sub(r"  ЗАПОВНІТЬ: що сталося.*", "  [Рябков](actor:ryabkov-fx) заявив про діалог.", text)
    text = text.replace(
        "quotes: []", "quotes:\n  - text: діалог триває\n    by: ryabkov-fx\n    source: example-2026-03-01"
    )
    event.write_text(text, encoding="utf-8")
    status, out, err = _run(capsys, project, "check")
    assert status == 0, out + err
    assert "ЗАПОВНІТЬ" not in out
    status, out, err = _run(capsys, project, "build")
    assert status == 0, err
    page = (project / "site/events/ryabkov-dialogue-2026-03-01/index.html").read_text("utf-8")
    assert "Рябков: діалог триває" in page and "діалог триває" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["event", "Geneva-2022"], "is not a valid id"),
        (["event", "gva-talks-fx"], "already exists"),
        (["source", "x"], "pass it, e.g. --seed"),
        (["source", "x", "--seed", "/etc/passwd"], "is not under seeds/"),
        (["source", "x", "--seed", "seeds/none.txt"], "there is no file 'seeds/none.txt'"),
        (["event", "x", "--seed", "seeds/none.txt"], "--seed belongs to `chronicle new source`"),
        (["event", "x", "--source", "nope"], "there is no source 'nope'"),
    ],
)
def test_new_refuses_with_a_reason_and_writes_nothing(project, capsys, args, message):
    before = sorted(p.relative_to(project).as_posix() for p in (project / "content").rglob("*"))
    status, out, err = _run(capsys, project, "new", *args)
    assert status == 1
    assert message in err and "Traceback" not in err
    assert sorted(p.relative_to(project).as_posix() for p in (project / "content").rglob("*")) == before


# ---- suggestions ----


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_actor_the_article_names_but_no_event_lists(project, capsys):
    event = project / "content/events/drafts-fx.yml"
    _edit(event, "  - id: ua-fx\n    role: subject\n", "")
    source = "content/sources/gva-source-fx.yml"
    status, out, _ = _run(capsys, project, "check")
    assert status == 0  # a suggestion is not an error
    assert _warnings(out, source) == [
        f"{source}:2:7: warning: the article mentions Україна (ua-fx), but no event citing this source lists them "
        "among its actors (if that is intended, add `silence: [unlisted-actor:ua-fx]`)"
    ]
    (project / source).write_text(
        (project / source).read_text("utf-8") + "silence: [unlisted-actor:ua-fx]\n", encoding="utf-8"
    )
    status, out, _ = _run(capsys, project, "check")
    assert status == 0 and _warnings(out, source) == []


def test_an_entry_nothing_links_to(project, capsys):
    topic = "content/topics/sanctions.yml"
    (project / topic).write_text("name: Санкції\n", encoding="utf-8")
    status, out, _ = _run(capsys, project, "check")
    assert status == 0
    assert [w.split(": warning: ")[1] for w in _warnings(out, topic)] == [
        "nothing links to this topic: no event names it (if that is intended, add `silence: [unlinked]`)"
    ]
    # A link from editors' Markdown counts as a link.
    _edit(
        project / "content/events/treaty-expires-fx.yml",
        "summary: |\n",
        "summary: |\n  Див. також [санкції](topic:sanctions).\n",
    )
    status, out, _ = _run(capsys, project, "check")
    assert status == 0 and _warnings(out, topic) == []


def test_an_event_without_quotes_until_silenced(project, capsys):
    path = "content/events/council-meeting-fx.yml"
    _edit(project / path, "silence: [no-quotes]\n", "")
    status, out, _ = _run(capsys, project, "check")
    assert status == 0
    title_line = next(
        n for n, line in enumerate((project / path).read_text("utf-8").splitlines(), 1) if line.startswith("title:")
    )
    quoteless = [w for w in _warnings(out, path) if "stale-scheduled" not in w]  # it is long past too (test_stale.py)
    assert [w.split(": warning: ")[0] for w in quoteless] == [f"{path}:{title_line}:8"]
    assert "silence: [no-quotes]" in out
